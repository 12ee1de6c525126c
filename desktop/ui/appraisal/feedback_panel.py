"""Side panel of the evaluation editor: citizen / service-user feedback (umpan balik
masyarakat) about the employee in the period, coloured by sentiment, as evidence."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dates import format_date_short
from desktop.core.skp import UmpanBalikMasyarakat

_SENTIMENT = {
    "positif": ("#e6f4ea", "#1e6b2e"),
    "netral": ("#f1f3f4", "#3c4043"),
    "negatif": ("#fdecea", "#a3261c"),
}


class FeedbackPanel(QWidget):
    """``add_requested`` when the appraiser wants to record a new item (the controller asks
    for it and stores it)."""

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = QPushButton(self.tr("Tambah umpan balik…"), objectName="feedbackAdd")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_requested)
        self.title = QLabel(self.tr("<b>Umpan balik masyarakat</b>"))
        self.list = QListWidget(objectName="feedbackList")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAccessibleName(self.tr("Umpan balik masyarakat"))
        self.empty = QLabel(self.tr("Belum ada umpan balik masyarakat untuk periode ini."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("QLabel { color: #5f6368; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_button)

    def set_items(self, items: list[UmpanBalikMasyarakat]) -> None:
        self.list.clear()
        for entry in items:
            self.list.addItem(self._item(entry))
        self.empty.setVisible(not items)

    def _item(self, entry: UmpanBalikMasyarakat) -> QListWidgetItem:
        when = format_date_short(entry.tanggal) if entry.tanggal else "—"
        source = entry.sumber or self.tr("tanpa sumber")
        item = QListWidgetItem(f"{when} · {source}\n{entry.isi}")
        background, text = _SENTIMENT.get(entry.sentimen, _SENTIMENT["netral"])
        item.setBackground(QBrush(QColor(background)))
        item.setForeground(QBrush(QColor(text)))
        item.setToolTip(self.tr("Sentimen: %1").replace("%1", self._sentiment(entry.sentimen)))
        item.setData(Qt.ItemDataRole.UserRole, entry.sentimen)
        return item

    def _sentiment(self, value: str) -> str:
        return {"positif": self.tr("positif"), "negatif": self.tr("negatif")}.get(
            value, self.tr("netral")
        )
