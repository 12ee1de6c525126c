"""The emblem row of the first-run wizard: a preview, "Pilih gambar…" and "Hapus". The file is
checked by the same ``read_emblem`` as Pengaturan Kantor (readable, PNG/JPEG, at most 2 MB)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.ui.office.dialog import emblem_preview, read_emblem, show_emblem
from desktop.ui.prompts import Prompts

KEEP = False


class EmblemField(QWidget):
    """``value()``: the chosen image bytes, or KEEP when none was chosen."""

    problem = Signal(str)  # the reason a file was refused; "" clears it

    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self._data: bytes | None = None
        self.preview = emblem_preview()
        self.preview.setStyleSheet("QLabel { color: #829ab1; font-size: 8pt; }")
        self.choose = QPushButton(self.tr("Pilih gambar…"), objectName="chooseEmblem")
        self.remove = QPushButton(self.tr("Hapus"), objectName="removeEmblem")
        for button in (self.choose, self.remove):
            button.setAutoDefault(False)
        self.choose.clicked.connect(self._on_choose_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.preview)
        box.addWidget(self.choose)
        box.addWidget(self.remove)
        box.addStretch(1)
        self._show(None)

    def value(self) -> bytes | bool:
        return self._data if self._data else KEEP

    def _show(self, data: bytes | None) -> None:
        show_emblem(self.preview, data, self.tr("belum ada"))
        self.remove.setEnabled(bool(data))

    def _on_choose_clicked(self) -> None:
        path = self.prompts.open_file(
            self, self.tr("Pilih lambang"), self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path is None:
            return
        data, problem = read_emblem(path)
        self.problem.emit(problem)
        if not problem:
            self._data = data
            self._show(data)

    def _on_remove_clicked(self) -> None:
        self._data = None
        self.problem.emit("")
        self._show(None)
