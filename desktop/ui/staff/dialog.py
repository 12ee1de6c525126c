"""The staff detail dialog: Data Pribadi, Kepegawaian and the five riwayat tabs.

It never writes: ``load(staff, history)`` → ``validate()`` (shown under each field as the person
types; Simpan is disabled while there are errors) → ``result()``. Simpan emits ``submitted``;
the caller saves through the store, then ``accept()``s or reports a problem with
``show_issue()``.

A new record opens quiet, focused on NIP: a field's problems show once it is edited, and all of
them on the first Simpan (a blank form is not an error yet). Esc, Batal or the window's close
button on a form with edits asks first, with "Kembali ke formulir" as the default answer.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.models import (
    JenisJabatan,
    Staff,
    StaffHistory,
    StatusPegawai,
    staff_full_name,
)
from desktop.core.nip import NipInfo, NipKind, format_nip, normalize_digits, parse_nik
from desktop.core.staff_rules import validate_staff
from desktop.core.validation import Issue, Report, Severity
from desktop.ui import shortcuts
from desktop.ui.prompts import Prompts
from desktop.ui.staff.employment_tab import EmploymentTab
from desktop.ui.staff.history_tab import HistoryTab, HistoryTabFactory
from desktop.ui.staff.lookups import Lookups
from desktop.ui.staff.personal_tab import PersonalTab
from desktop.ui.staff.talent_tabs import show_talent_tabs
from desktop.ui.widgets import DateField, FieldMessage

_ERROR_COLOR, _WARNING_COLOR = QColor("#b3261e"), QColor("#8a5a00")


class StaffDialog(QDialog):
    submitted = Signal()

    def __init__(
        self, lookups: Lookups, parent: QWidget | None = None, prompts: Prompts | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setMinimumSize(760, 560)
        self.resize(900, 640)
        self._prompts = prompts
        self._lookups = lookups
        self._original = Staff(nip="", nama="")
        self._external: list[Issue] = []
        self._quiet = False  # a new, not yet submitted record: hide untouched fields' issues
        self._loaded: object = None  # the form's content right after load(), to see edits
        self.personal = PersonalTab(lookups)
        self.employment = EmploymentTab(lookups)
        self.history_tabs: list[HistoryTab] = HistoryTabFactory(self).build(lookups)
        self.heading = QLabel(objectName="dialogHeading")
        self.general = FieldMessage()
        self.general.setObjectName("message_general")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.personal, self.tr("Data Pribadi"))
        self.tabs.addTab(self.employment, self.tr("Kepegawaian"))
        for tab in self.history_tabs:
            self.tabs.addTab(tab, tab.title)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Simpan"), objectName="saveButton")
        self.save_button.setShortcut(shortcuts.key("staff_save"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # once it belongs to the dialog
        self._messages = self._collect_messages()
        self._connect()

    def _collect_messages(self) -> dict[str, tuple[int, FieldMessage]]:
        """Field key → (tab index, the label under that field)."""
        found = {k: (0, m) for k, m in self.personal.grid.messages.items()}
        found.update({k: (1, m) for k, m in self.employment.grid.messages.items()})
        for n, tab in enumerate(self.history_tabs, start=2):
            found[tab.key] = (n, tab.message)
        return found

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        for tab in (self.personal, self.employment, *self.history_tabs):
            tab.changed.connect(self._on_form_changed)
        self.personal.nip_recognized.connect(self._on_nip_recognized)
        self.employment.jenis_jabatan.value_changed.connect(self._on_jenis_jabatan_changed)

    # -- the contract ----------------------------------------------------------------------
    def load(self, staff: Staff, history: StaffHistory | None = None) -> None:
        """Show a record (``staff.id is None`` for a new one) and its riwayat."""
        self._original = dataclasses.replace(staff)
        self._external = []
        self.personal.load(staff)
        self.employment.load(staff)
        for tab in self.history_tabs:
            tab.load(history or StaffHistory())
        self._on_jenis_jabatan_changed()
        self._quiet = staff.id is None
        self._loaded = self._snapshot()
        self.tabs.setCurrentIndex(0)
        if staff.id is None:  # a new record starts at NIP; an open one is read before typed in
            self.personal.nip.setFocus()
        self.setWindowTitle(
            self.tr("Pegawai Baru")
            if staff.id is None
            else self.tr("Data Pegawai — %1").replace("%1", staff.nama)
        )
        self._refresh()

    def validate(self) -> Report:
        """Every problem of the form: unreadable values, core rules, riwayat, store replies."""
        report = Report()
        staff = self._collect(report)
        unreadable = {i.field for i in report.issues}
        report.issues += [i for i in validate_staff(staff).issues if i.field not in unreadable]
        for tab in self.history_tabs:
            tab.check(report)
        report.issues += self._external
        return report

    def result(self) -> tuple[Staff, StaffHistory]:  # type: ignore[override]
        """The edited record (NIP and NIK as digits) and its riwayat; only when valid."""
        if not self.validate().ok:
            raise ValidationError("error", detail="form has errors")
        staff = self._collect(Report())
        staff.nip = normalize_digits(staff.nip)
        if staff.nik:
            staff.nik = parse_nik(staff.nik).digits
        history = StaffHistory()
        for tab in self.history_tabs:
            tab.apply_to(history)
        return staff, history

    def show_issue(self, field: str, message: str) -> None:
        """Show a problem found on saving (e.g. a NIP already registered) under its field."""
        self._external = [Issue(field, "store", message)]
        self._refresh()
        tab, _label = self._messages.get(field, (self.tabs.currentIndex(), None))
        self.tabs.setCurrentIndex(tab)

    # -- internals -------------------------------------------------------------------------
    def _collect(self, report: Report) -> Staff:
        staff = dataclasses.replace(self._original)
        self.personal.apply_to(staff, report)
        self.employment.apply_to(staff, report)
        return staff

    def _refresh(self) -> None:
        report = self._visible(self.validate())
        by_field: dict[str, list[Issue]] = defaultdict(list)
        for issue in report.issues:
            by_field[issue.field].append(issue)
        for key, (_tab, label) in self._messages.items():
            label.show_issues(by_field.pop(key, []))
        self.general.show_issues([i for issues in by_field.values() for i in issues])
        self._mark_tabs(report)
        self.save_button.setEnabled(report.ok)
        self._update_heading()

    def _visible(self, report: Report) -> Report:
        """The issues to show: all of them, except on a quiet new form, where a field of the
        record that still holds its loaded value stays silent (typed text that cannot be read
        is an edit, so it shows)."""
        if not self._quiet:
            return report
        unreadable = Report()
        staff = self._collect(unreadable)
        typed = {i.field for i in unreadable.issues}
        names = {f.name for f in dataclasses.fields(Staff)}
        shown = Report()
        shown.issues = [
            i
            for i in report.issues
            if i.field not in names
            or i.field in typed
            or getattr(staff, i.field) != getattr(self._original, i.field)
        ]
        return shown

    def has_changes(self) -> bool:
        """The form differs from what was loaded (a tab that merely redraws is no edit)."""
        return self._snapshot() != self._loaded

    def _snapshot(self) -> object:
        """Everything the form would save, and each date as typed (an unreadable date is
        collected as None, yet it is an edit)."""
        history = StaffHistory()
        for tab in self.history_tabs:
            tab.apply_to(history)
        dates = sorted((field.objectName(), field.text()) for field in self.findChildren(DateField))
        return self._collect(Report()), history, dates

    def reject(self) -> None:
        """Esc, Batal and the close button: edits are dropped only when the person says so."""
        if self._prompts is not None and self.has_changes():
            drop = self._prompts.confirm(
                self,
                self.tr("Tutup tanpa menyimpan?"),
                self.tr("Perubahan pada formulir ini belum disimpan dan akan hilang."),
                self.tr("Tutup tanpa menyimpan"),
                safe_default=True,
                cancel_text=self.tr("Kembali ke formulir"),
            )
            if not drop:
                return
        super().reject()

    def _mark_tabs(self, report: Report) -> None:
        worst: dict[int, Severity] = {}
        for issue in report.issues:
            tab = self._messages.get(issue.field, (-1, None))[0]
            if worst.get(tab) is not Severity.ERROR:
                worst[tab] = issue.severity
        bar = self.tabs.tabBar()
        for n in range(self.tabs.count()):
            color = {Severity.ERROR: _ERROR_COLOR, Severity.WARNING: _WARNING_COLOR}.get(
                worst.get(n), self.palette().windowText().color()
            )
            bar.setTabTextColor(n, color)

    def _update_heading(self) -> None:
        nama = self.personal.nama.text().strip()
        nip = format_nip(self.personal.nip.text().strip())
        if not nama:
            self.heading.setText(self.tr("Pegawai baru"))
            return
        staff = Staff(
            nip="",
            nama=nama,
            gelar_depan=self.personal.gelar_depan.text(),
            gelar_belakang=self.personal.gelar_belakang.text(),
        )
        self.heading.setText(" · ".join(p for p in (staff_full_name(staff), nip) if p))

    def _on_form_changed(self) -> None:
        self._external = []
        self._refresh()

    def _on_jenis_jabatan_changed(self) -> None:
        """The talent tabs a record shows: sanctions by permission, PAK for fungsional."""
        fungsional = self.employment.jenis_jabatan.value() == JenisJabatan.FUNGSIONAL
        may_read = self._lookups.may_read_hukuman(self._original.id)
        show_talent_tabs(self.tabs, self.history_tabs, 2, hukuman=may_read, pak=fungsional)

    def _on_nip_recognized(self, info: NipInfo) -> None:
        """A new record takes birth date, gender and TMT CPNS from its NIP where still empty."""
        if self._original.id is not None:
            return
        if not self.personal.tanggal_lahir.text().strip():
            self.personal.tanggal_lahir.set_value(info.birth_date)
        if self.personal.jenis_kelamin.value() is None:
            self.personal.jenis_kelamin.set_value(info.gender)
        status = StatusPegawai.PPPK if info.kind is NipKind.PPPK else StatusPegawai.PNS
        self.employment.fill_from_nip(info.appointment, status)

    def _on_save_clicked(self) -> None:
        report = self.validate()
        if report.ok:
            self.submitted.emit()
            return
        self._quiet = False  # submitted: every problem shows now, on its tab
        self._refresh()
        first = next(i for i in report.issues if i.severity is Severity.ERROR)
        self.tabs.setCurrentIndex(self._messages.get(first.field, (0, None))[0])
