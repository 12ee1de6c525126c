"""A small dialog to record one item of citizen / service-user feedback (umpan balik
masyarakat): what was said, by whom or through which channel, when, and its sentiment."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.validation import Issue
from desktop.ui.widgets import ChoiceCombo, DateField, FieldGrid


class FeedbackEntryDialog(QDialog):
    """Accepted only with a text; ``values()`` gives (isi, sumber, tanggal, sentimen)."""

    def __init__(self, tahun: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackEntryDialog")
        self.setWindowTitle(self.tr("Tambah umpan balik masyarakat"))
        self.tahun = tahun
        self.isi = QPlainTextEdit(objectName="feedbackIsi")
        self.isi.setTabChangesFocus(True)
        self.isi.setPlaceholderText(self.tr("mis. Pelayanan cepat dan ramah saat mengurus SK"))
        self.sumber = QLineEdit(objectName="feedbackSumber")
        self.sumber.setPlaceholderText(self.tr("mis. Survei kepuasan, kotak saran, SP4N-LAPOR!"))
        self.tanggal = DateField(objectName="feedbackTanggal")
        self.sentimen = ChoiceCombo(allow_empty=False, objectName="feedbackSentimen")
        self.sentimen.set_choices(
            [("positif", self.tr("Positif")), ("netral", self.tr("Netral")),
             ("negatif", self.tr("Negatif"))]
        )  # fmt: skip
        self.sentimen.set_value("netral")
        self.grid = FieldGrid(columns=1)
        self.grid.add(0, "isi", self.tr("Isi"), self.isi)
        self.grid.add(0, "sumber", self.tr("Sumber"), self.sumber)
        self.grid.add(0, "tanggal", self.tr("Tanggal"), self.tanggal)
        self.grid.add(0, "sentimen", self.tr("Sentimen"), self.sentimen)
        self.grid.chain_focus()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("feedbackSave")
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def values(self) -> tuple[str, str, date | None, str]:
        return (
            self.isi.toPlainText().strip(),
            self.sumber.text().strip(),
            self.tanggal.value(),
            str(self.sentimen.value()),
        )

    def _on_save_clicked(self) -> None:
        isi, _sumber, tanggal, _sentimen = self.values()
        problems = {
            "isi": self.tr("Isi umpan balik wajib diisi.") if not isi else "",
            "tanggal": self.tr("Tanggal harus dalam tahun %1.").replace("%1", str(self.tahun))
            if tanggal is not None and tanggal.year != self.tahun
            else "",
        }
        for key, text in problems.items():
            self.grid.messages[key].show_issues([Issue(key, "feedback", text)] if text else [])
        if not any(problems.values()):
            self.accept()
