"""The batch printing progress bar: "Menyiapkan…" until the first form is done, then
"12 dari 1.000 formulir" with the numbers in the current language (issue 12: it used to open
on "0 dari 100", which reads as stuck while the first forms are being gathered)."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

from desktop.ui.formatting import format_count


class FormsProgressBar(QProgressBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchProgress")

    def text(self) -> str:
        """What the bar says (Qt's style asks for it on every repaint)."""
        if self.maximum() <= 0 or self.value() <= 0:
            return self.tr("Menyiapkan…")
        return (
            self.tr("%1 dari %2 formulir")
            .replace("%1", format_count(self.value()))
            .replace("%2", format_count(self.maximum()))
        )
