"""Paper sizes as the print screens offer them: A4 and F4 (folio, 215 × 330 mm), the Qt page
size a printer is set to, and a combo box that defaults to the office's setting.

Labels are defined here rather than taken from ``desktop.reports.layout`` so the menus do not
load reportlab when the window opens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QComboBox, QWidget

PAPERS = ("a4", "f4")
F4_MM = QSizeF(215, 330)


def paper_label(paper: str) -> str:
    """``A4 (210 × 297 mm)`` / ``F4 (215 × 330 mm)``."""
    if paper == "f4":
        return QCoreApplication.translate("Paper", "F4 (215 × 330 mm)")
    return QCoreApplication.translate("Paper", "A4 (210 × 297 mm)")


def page_size(paper: str) -> QPageSize:
    """The Qt page size of a form's paper; F4 is a named custom size printers accept."""
    if paper == "f4":
        return QPageSize(
            F4_MM, QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch
        )
    return QPageSize(QPageSize.PageSizeId.A4)


def normal_paper(text: str | None) -> str:
    """``a4`` or ``f4`` from the office setting (anything unknown reads as A4)."""
    key = str(text or "").strip().lower()
    return "f4" if key in ("f4", "folio", "fs") else "a4"


class PaperCombo(QComboBox):
    """A4 / F4; ``paper()`` returns ``"a4"`` or ``"f4"``."""

    def __init__(self, paper: str, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(objectName or "paperCombo")
        for key in PAPERS:
            self.addItem(paper_label(key), key)
        self.set_paper(paper)

    def paper(self) -> str:
        return str(self.currentData())

    def set_paper(self, paper: str) -> None:
        self.setCurrentIndex(max(0, self.findData(normal_paper(paper))))
