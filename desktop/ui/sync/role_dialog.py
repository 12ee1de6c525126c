"""Sinkronisasi → Jadikan Basis Data Pusat: turn a fresh database into the centre's.

A centre receives packages and sends receipts; it never exports. The name entered here is
written on the centre's key file and on every receipt, so offices see who acknowledged them.
Only offered while the database has never exported a package.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.validation import Issue, Severity
from desktop.ui.widgets import FieldMessage


class MakeCentralDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("makeCentral")
        self.setWindowTitle(self.tr("Jadikan Basis Data Pusat"))
        intro = QLabel(
            self.tr(
                "Basis data ini akan menjadi basis data <b>pusat</b>: menerima paket dari "
                "kantor-kantor dan menulis tanda terima, dan tidak lagi mengirim paket. Lakukan "
                "ini hanya pada berkas basis data yang khusus dipakai pusat (BKN Kantor Regional "
                "atau BKD), bukan pada basis data kantor."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.name_edit = QLineEdit(objectName="centreName")  # typed on purpose, never prefilled
        self.name_edit.setPlaceholderText(self.tr("mis. BKN Kantor Regional VII Palembang"))
        self.message = FieldMessage()
        form = QFormLayout()
        caption = QLabel(self.tr("&Nama pusat:"))
        caption.setBuddy(self.name_edit)
        form.addRow(caption, self.name_edit)
        form.addRow("", self.message)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("&Jadikan Pusat"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def result_name(self) -> str:
        return self.name_edit.text().strip()

    def _on_accepted(self) -> None:
        if not self.result_name():
            text = self.tr("Isi nama pusat; nama ini tertulis pada setiap tanda terima.")
            self.message.show_issues([Issue("nama", "required", text, Severity.ERROR)])
            self.name_edit.setFocus()
            return
        self.accept()
