"""Stand-in tabs for the page tests: they record every ``show_for`` call."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

CALLS: list[tuple[str, int, int]] = []


class FakeTab(QWidget):
    name = "A"

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        QVBoxLayout(self).addWidget(QLabel(f"Tab {self.name}"))

    def show_for(self, year: int, unit_id: int) -> None:
        CALLS.append((self.name, year, unit_id))


class FakeTabB(FakeTab):
    name = "B"
