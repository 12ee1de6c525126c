"""Nonaktifkan: why (mutasi, pensiun, berhenti, meninggal) and since when a record leaves the
active list. The record and its history stay; the caller saves through ``store.staff.set_active``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.models import NonaktifAlasan
from desktop.core.validation import Report
from desktop.store.staff import StaffListRow
from desktop.ui.formatting import alasan_choices, format_date_input
from desktop.ui.widgets import ChoiceCombo, DateField, FieldMessage


@dataclass(frozen=True)
class Deactivation:
    staff_id: int
    alasan: NonaktifAlasan
    tanggal: date


class DeactivateDialog(QDialog):
    def __init__(self, row: StaffListRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deactivateDialog")
        self.setWindowTitle(self.tr("Nonaktifkan Pegawai"))
        self._row = row
        intro = QLabel(
            self.tr(
                "<b>%1</b><br>Data dan riwayatnya tetap tersimpan; pegawai tidak "
                "lagi tampil di daftar aktif."
            ).replace("%1", row.nama)
        )
        intro.setWordWrap(True)
        self.alasan = ChoiceCombo(objectName="alasan", allow_empty=False)
        self.alasan.set_choices(alasan_choices())
        self.tanggal = DateField(objectName="tanggal")
        self.tanggal.setText(format_date_input(date.today()))
        self.message = FieldMessage()
        form = QFormLayout()
        form.addRow(self.tr("Alasan"), self.alasan)
        form.addRow(self.tr("Tanggal"), self.tanggal)
        form.addRow("", self.message)
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("Nonaktifkan"), objectName="deactivateButton")
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_ok_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.tanggal.textChanged.connect(self._on_tanggal_changed)
        self.setMinimumWidth(420)

    def validate(self) -> Report:
        report = Report()
        try:
            if self.tanggal.value() is None:
                report.error("tanggal", "required", self.tr("Tanggal wajib diisi."))
        except ValidationError as exc:
            report.error("tanggal", exc.code, exc.message())
        return report

    def result(self) -> Deactivation:  # type: ignore[override]
        tanggal = self.tanggal.value()
        assert tanggal is not None
        return Deactivation(self._row.id, self.alasan.value(), tanggal)

    def _on_tanggal_changed(self) -> None:
        report = self.validate()
        self.message.show_issues(report.issues)
        self.ok_button.setEnabled(report.ok)

    def _on_ok_clicked(self) -> None:
        if self.validate().ok:
            self.accept()
