"""The "Kepegawaian" tab: status, golongan, dates, jabatan, unit and direct superior."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.models import JenisJabatan, Staff, StatusPegawai
from desktop.core.validation import Report
from desktop.store.staff import StaffListRow
from desktop.ui.formatting import status_choices
from desktop.ui.staff.lookups import Lookups
from desktop.ui.widgets import ChoiceCombo, DateField, FieldGrid, TreeChoiceCombo


class EmploymentTab(QWidget):
    changed = Signal()

    def __init__(self, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookups = lookups
        self._staff_id: int | None = None
        self._create_fields(lookups)
        self.grid = FieldGrid()
        self._lay_out()
        self._connect()
        self._on_status_changed()
        self._on_jenis_jabatan_changed()

    def _create_fields(self, lookups: Lookups) -> None:
        self.status = ChoiceCombo(objectName="status", allow_empty=False)
        self.status.set_choices(status_choices())
        self.golongan = ChoiceCombo(objectName="golongan")
        self.tmt_golongan = DateField(objectName="tmt_golongan")
        self.tmt_cpns = DateField(objectName="tmt_cpns")
        self.tmt_pns = DateField(objectName="tmt_pns")
        self.kontrak_selesai = DateField(objectName="kontrak_selesai")  # PPPK only
        self.kontrak_selesai.setToolTip(self.tr("Akhir masa perjanjian kerja PPPK"))
        self.kedudukan_hukum = ChoiceCombo(objectName="kedudukan_hukum", allow_empty=False)
        self.kedudukan_hukum.set_choices([(c.code, c.name) for c in lookups.kedudukan_hukum])
        self.nip_lama = QLineEdit(objectName="nip_lama")
        self.pendidikan = ChoiceCombo(objectName="pendidikan")
        self.pendidikan.set_choices([(c.code, c.name) for c in lookups.pendidikan])
        self.tahun_lulus = QLineEdit(objectName="tahun_lulus")
        self.tahun_lulus.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}")))
        self.tahun_lulus.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") * 3)
        self.jabatan = QLineEdit(objectName="jabatan")
        self.jenis_jabatan = ChoiceCombo(objectName="jenis_jabatan")
        self.jenis_jabatan.set_choices(
            [(JenisJabatan(c.code), c.name) for c in lookups.jenis_jabatan]
        )
        self.jenjang = ChoiceCombo(objectName="jenjang")
        self.jenjang.set_choices([(c.code, c.name) for c in lookups.jenjang])
        self.eselon = ChoiceCombo(objectName="eselon_id")
        self.eselon.set_choices([(c.code, c.name) for c in lookups.eselon])
        self.tmt_jabatan = DateField(objectName="tmt_jabatan")
        self.unit = TreeChoiceCombo(objectName="unit_id")
        self.unit.set_tree_choices(self._unit_choices())
        self.atasan = ChoiceCombo(objectName="atasan_id")
        self.atasan_default = QPushButton(self.tr("Sesuai struktur"), objectName="atasanDefault")
        self.atasan_default.setAutoDefault(False)
        self.atasan_default.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.atasan_default.setToolTip(
            self.tr("Isi dengan kepala unit menurut struktur organisasi")
        )

    def _lay_out(self) -> None:
        add = self.grid.add
        add(0, "status", self.tr("Status pegawai"), self.status)
        add(0, "golongan", self.tr("Golongan"), self.golongan)
        add(0, "tmt_golongan", self.tr("TMT golongan"), self.tmt_golongan)
        add(0, "tmt_cpns", self.tr("TMT CPNS"), self.tmt_cpns)
        add(0, "tmt_pns", self.tr("TMT PNS"), self.tmt_pns)
        add(0, "kontrak_selesai", self.tr("Akhir kontrak"), self.kontrak_selesai)
        add(0, "kedudukan_hukum", self.tr("Kedudukan hukum"), self.kedudukan_hukum)
        add(0, "pendidikan", self.tr("Pendidikan terakhir"), self.pendidikan)
        add(0, "tahun_lulus", self.tr("Tahun lulus"), self.tahun_lulus)
        add(0, "nip_lama", self.tr("NIP lama"), self.nip_lama)
        add(1, "jabatan", self.tr("Jabatan"), self.jabatan)
        add(1, "jenis_jabatan", self.tr("Jenis jabatan"), self.jenis_jabatan)
        add(1, "jenjang", self.tr("Jenjang"), self.jenjang)
        add(1, "eselon_id", self.tr("Eselon"), self.eselon)
        add(1, "tmt_jabatan", self.tr("TMT jabatan"), self.tmt_jabatan)
        add(1, "unit_id", self.tr("Unit kerja"), self.unit)
        atasan_row = QWidget()
        row = QHBoxLayout(atasan_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.atasan, 1)
        row.addWidget(self.atasan_default)
        self.atasan_default.ensurePolished()  # its width with the style sheet's padding
        atasan_row.setMinimumWidth(self.atasan.minimumSizeHint().width() + row.spacing()
                                   + self.atasan_default.sizeHint().width())  # fmt: skip
        focus = [self.atasan, self.atasan_default]
        add(1, "atasan_id", self.tr("Atasan langsung"), atasan_row, focus=focus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addStretch(1)
        self.grid.chain_focus()

    def _connect(self) -> None:
        for edit in (
            self.tmt_golongan,
            self.tmt_cpns,
            self.tmt_pns,
            self.kontrak_selesai,
            self.nip_lama,
            self.tahun_lulus,
            self.jabatan,
            self.tmt_jabatan,
        ):
            edit.textChanged.connect(self.changed)
        for combo in (
            self.status,
            self.golongan,
            self.kedudukan_hukum,
            self.pendidikan,
            self.jenis_jabatan,
            self.jenjang,
            self.eselon,
            self.unit,
            self.atasan,
        ):
            combo.value_changed.connect(self.changed)
        self.status.value_changed.connect(self._on_status_changed)
        self.jenis_jabatan.value_changed.connect(self._on_jenis_jabatan_changed)
        self.unit.value_changed.connect(self._on_unit_changed)
        self.atasan_default.clicked.connect(self._on_atasan_default_clicked)

    def load(self, staff: Staff) -> None:
        self._staff_id = staff.id
        self.status.set_value(staff.status)
        self._on_status_changed()
        self.golongan.set_value(staff.golongan)
        self.tmt_golongan.set_value(staff.tmt_golongan)
        self.tmt_cpns.set_value(staff.tmt_cpns)
        self.tmt_pns.set_value(staff.tmt_pns)
        self.kontrak_selesai.set_value(staff.kontrak_selesai)
        self.kedudukan_hukum.set_value(staff.kedudukan_hukum)
        self.pendidikan.set_value(staff.pendidikan)
        self.tahun_lulus.setText(str(staff.tahun_lulus) if staff.tahun_lulus else "")
        self.nip_lama.setText(staff.nip_lama)
        self.jabatan.setText(staff.jabatan)
        self.jenis_jabatan.set_value(staff.jenis_jabatan)
        self.jenjang.set_value(staff.jenjang)
        self.eselon.set_value(staff.eselon_id)
        self.tmt_jabatan.set_value(staff.tmt_jabatan)
        self.unit.set_value(staff.unit_id)
        self._fill_atasan(staff.atasan_id)

    def apply_to(self, staff: Staff, report: Report) -> None:
        """Copy the fields into ``staff``; unreadable dates become errors in ``report``."""
        staff.status = self.status.value() or StatusPegawai.PNS
        staff.golongan = self.golongan.value()
        for name in ("tmt_golongan", "tmt_cpns", "tmt_pns", "tmt_jabatan", "kontrak_selesai"):
            field: DateField = getattr(self, name)
            try:
                setattr(staff, name, field.value())
            except ValidationError as exc:
                setattr(staff, name, None)
                report.error(name, exc.code, exc.message())
        if staff.status is not StatusPegawai.PPPK:  # a contract's end belongs to PPPK only
            staff.kontrak_selesai = None
        staff.kedudukan_hukum = self.kedudukan_hukum.value() or "01"
        staff.pendidikan = self.pendidikan.value()
        year = self.tahun_lulus.text().strip()
        staff.tahun_lulus = int(year) if year else None
        staff.nip_lama = self.nip_lama.text().strip()
        staff.jabatan = self.jabatan.text().strip()
        staff.jenis_jabatan = self.jenis_jabatan.value()
        staff.jenjang = self.jenjang.value() if self.jenjang.isEnabled() else None
        staff.eselon_id = self.eselon.value()
        staff.unit_id = self.unit.value()
        staff.atasan_id = self.atasan.value()

    def fill_from_nip(self, tmt_cpns: date, status: StatusPegawai) -> None:
        """For a new record: take what the NIP says where the field is still empty."""
        if status is StatusPegawai.PPPK:
            self.status.set_value(status)
        elif self.status.value() is StatusPegawai.PPPK:
            self.status.set_value(StatusPegawai.PNS)
        if not self.tmt_cpns.text().strip() and status is not StatusPegawai.PPPK:
            self.tmt_cpns.set_value(tmt_cpns)

    def _unit_choices(self) -> list[tuple[int, str, int]]:
        tree, out = self.lookups.unit_tree, []

        def walk(parent: int | None, depth: int) -> None:
            for unit in tree.children.get(parent, []):
                out.append((unit.id, unit.nama, depth))
                walk(unit.id, depth + 1)

        walk(None, 0)
        return out

    def _fill_atasan(self, keep: int | None) -> None:
        """Offer the managers of the unit and the units above it (keeping a value set before)."""
        unit_id = self.unit.value()
        tree = self.lookups.unit_tree
        ids = [unit_id, *(u.id for u in tree.ancestors(unit_id))] if unit_id else []
        rows = [r for r in self.lookups.atasan_candidates(ids) if r.id != self._staff_id]
        if keep is not None and all(r.id != keep for r in rows):
            found = self.lookups.staff_row(keep)
            rows += [found] if found else []
        self.atasan.set_choices([(r.id, _person(r)) for r in rows])
        self.atasan.set_value(keep)

    def _on_status_changed(self) -> None:
        status = self.status.value() or StatusPegawai.PNS
        # the code first ("III/b · Penata Muda Tingkat I"): a narrow combo still shows it
        choices = self.lookups.golongan_for(status)
        self.golongan.set_choices([(g.kode, _golongan_text(g.kode, g.pangkat)) for g in choices])
        self.kontrak_selesai.setEnabled(status is StatusPegawai.PPPK)

    def _on_jenis_jabatan_changed(self) -> None:
        self.jenjang.setEnabled(self.jenis_jabatan.value() == JenisJabatan.FUNGSIONAL)

    def _on_unit_changed(self) -> None:
        self._fill_atasan(self.atasan.value())

    def _on_atasan_default_clicked(self) -> None:
        default = self.lookups.unit_tree.default_atasan(self.unit.value(), self._staff_id)
        self._fill_atasan(default)


def _person(row: StaffListRow) -> str:
    return f"{row.nama} — {row.jabatan}" if row.jabatan else row.nama


def _golongan_text(kode: str, pangkat: str) -> str:
    return f"{kode} · {pangkat}" if pangkat else kode
