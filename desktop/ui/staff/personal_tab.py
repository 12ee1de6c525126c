"""The "Data Pribadi" tab: identity, birth, religion, marital status and contact details."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.models import Staff
from desktop.core.nip import NipInfo, NipKind, parse_nip
from desktop.core.validation import Report
from desktop.ui.formatting import format_date_long, gender_choices, gender_label
from desktop.ui.staff.lookups import Lookups
from desktop.ui.widgets import ChoiceCombo, DateField, FieldGrid


class PersonalTab(QWidget):
    """Emits ``changed`` on every edit and ``nip_recognized`` when the NIP becomes readable."""

    changed = Signal()
    nip_recognized = Signal(object)  # NipInfo

    def __init__(self, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nip = QLineEdit(objectName="nip")
        self.nip.setMaxLength(40)
        self.nip.setPlaceholderText("19860926 201505 1 001")
        self.nip_hint = QLabel(objectName="nipHint")
        self.nip_hint.setWordWrap(True)
        self.nip_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.nip_hint.hide()
        self.nama = QLineEdit(objectName="nama")
        self.gelar_depan = QLineEdit(objectName="gelar_depan")
        self.gelar_belakang = QLineEdit(objectName="gelar_belakang")
        self.tempat_lahir = QLineEdit(objectName="tempat_lahir")
        self.tanggal_lahir = DateField(objectName="tanggal_lahir")
        self.jenis_kelamin = ChoiceCombo(objectName="jenis_kelamin")
        self.jenis_kelamin.set_choices(gender_choices())
        self.agama = ChoiceCombo(objectName="agama_id")
        self.agama.set_choices([(c.code, c.name) for c in lookups.agama])
        self.status_perkawinan = ChoiceCombo(objectName="status_perkawinan_id")
        self.status_perkawinan.set_choices([(c.code, c.name) for c in lookups.status_perkawinan])
        self.nik = QLineEdit(objectName="nik")
        self.nik.setMaxLength(40)
        self.email = QLineEdit(objectName="email")
        self.no_hp = QLineEdit(objectName="no_hp")
        self.alamat = QPlainTextEdit(objectName="alamat")
        self.alamat.setTabChangesFocus(True)
        self.alamat.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.grid = FieldGrid()
        self._lay_out()
        self._connect()
        self._last_info: NipInfo | None = None

    def _lay_out(self) -> None:
        add = self.grid.add
        add(0, "nip", self.tr("NIP"), self.nip, self.nip_hint)
        add(0, "nama", self.tr("Nama"), self.nama)
        add(0, "gelar_depan", self.tr("Gelar depan"), self.gelar_depan)
        add(0, "gelar_belakang", self.tr("Gelar belakang"), self.gelar_belakang)
        add(0, "tempat_lahir", self.tr("Tempat lahir"), self.tempat_lahir)
        add(0, "tanggal_lahir", self.tr("Tanggal lahir"), self.tanggal_lahir)
        add(0, "jenis_kelamin", self.tr("Jenis kelamin"), self.jenis_kelamin)
        add(1, "agama_id", self.tr("Agama"), self.agama)
        add(1, "status_perkawinan_id", self.tr("Status perkawinan"), self.status_perkawinan)
        add(1, "nik", self.tr("NIK"), self.nik)
        add(1, "email", self.tr("Email"), self.email)
        add(1, "no_hp", self.tr("No. HP"), self.no_hp)
        add(1, "alamat", self.tr("Alamat"), self.alamat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addStretch(1)
        self.grid.chain_focus()

    def _connect(self) -> None:
        for edit in (
            self.nip,
            self.nama,
            self.gelar_depan,
            self.gelar_belakang,
            self.tempat_lahir,
            self.tanggal_lahir,
            self.nik,
            self.email,
            self.no_hp,
        ):
            edit.textChanged.connect(self.changed)
        for combo in (self.jenis_kelamin, self.agama, self.status_perkawinan):
            combo.value_changed.connect(self.changed)
        self.alamat.textChanged.connect(self.changed)
        self.nip.textChanged.connect(self._on_nip_text_changed)

    def load(self, staff: Staff) -> None:
        self.nip.setText(staff.nip)
        self.nama.setText(staff.nama)
        self.gelar_depan.setText(staff.gelar_depan)
        self.gelar_belakang.setText(staff.gelar_belakang)
        self.tempat_lahir.setText(staff.tempat_lahir)
        self.tanggal_lahir.set_value(staff.tanggal_lahir)
        self.jenis_kelamin.set_value(staff.jenis_kelamin)
        self.agama.set_value(staff.agama_id)
        self.status_perkawinan.set_value(staff.status_perkawinan_id)
        self.nik.setText(staff.nik)
        self.email.setText(staff.email)
        self.no_hp.setText(staff.no_hp)
        self.alamat.setPlainText(staff.alamat)

    def apply_to(self, staff: Staff, report: Report) -> None:
        """Copy the fields into ``staff``; unreadable dates become errors in ``report``."""
        staff.nip = self.nip.text().strip()
        staff.nama = self.nama.text().strip()
        staff.gelar_depan = self.gelar_depan.text().strip()
        staff.gelar_belakang = self.gelar_belakang.text().strip()
        staff.tempat_lahir = self.tempat_lahir.text().strip()
        try:
            staff.tanggal_lahir = self.tanggal_lahir.value()
        except ValidationError as exc:
            staff.tanggal_lahir = None
            report.error("tanggal_lahir", exc.code, exc.message())
        staff.jenis_kelamin = self.jenis_kelamin.value()
        staff.agama_id = self.agama.value()
        staff.status_perkawinan_id = self.status_perkawinan.value()
        staff.nik = self.nik.text().strip()
        staff.email = self.email.text().strip()
        staff.no_hp = self.no_hp.text().strip()
        staff.alamat = self.alamat.toPlainText().strip()

    def _on_nip_text_changed(self, text: str) -> None:
        """Show what a complete NIP says: ``19860926 201505 1 001 · PNS · lahir … · …``."""
        try:
            info = parse_nip(text)
        except ValidationError:
            info = None
        self.nip_hint.setText(self._describe(info) if info else "")
        self.nip_hint.setVisible(info is not None)
        if info is not None and info != self._last_info:
            self.nip_recognized.emit(info)
        self._last_info = info

    def _describe(self, info: NipInfo) -> str:
        kind = "PPPK" if info.kind is NipKind.PPPK else "PNS"
        born = self.tr("lahir %1").replace("%1", format_date_long(info.birth_date))
        return " · ".join((info.formatted, kind, born, gender_label(info.gender)))
