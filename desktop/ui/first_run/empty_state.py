"""What a page shows when it has nothing to show yet: one sentence on what to do next and the
buttons that do it, so a new office never faces a blank table and guesses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

_STYLE = """
QWidget#emptyState { background: #ffffff; border: 1px solid #d5dbe2; }
QLabel#emptyTitle { font-size: 13pt; font-weight: bold; color: #243b53; }
QLabel#emptyText { color: #486581; }
"""


class EmptyState(QWidget):
    """A title, a sentence and a row of buttons, centred; buttons come from the page's owner
    (``add_button``) so the page need not know the window's actions."""

    def __init__(
        self,
        title: str = "",
        text: str = "",
        parent: QWidget | None = None,
        *,
        name: str = "",
        vertical: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name or "emptyState")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE.replace("#emptyState", f"#{self.objectName()}"))
        self.title = QLabel(title, objectName="emptyTitle")
        self.text = QLabel(text, objectName="emptyText")
        for label in (self.title, self.text):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.buttons: list[QPushButton] = []
        # a narrow column (the unit tree's) stacks its buttons
        self._row: QBoxLayout = QVBoxLayout() if vertical else QHBoxLayout()
        self._row.addStretch(1)
        self._row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(4)
        layout.addLayout(self._row)
        layout.addStretch(2)

    def set_text(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.text.setText(text)

    def add_button(
        self, text: str, slot: Callable[[], object], *, name: str = "", primary: bool = False
    ) -> QPushButton:
        """A button before the closing stretch; ``primary`` makes it the default look."""
        button = QPushButton(text, objectName=name)
        button.setAutoDefault(False)
        button.setDefault(primary)
        button.clicked.connect(lambda _checked=False: slot())
        self._row.insertWidget(self._row.count() - 1, button)
        self.buttons.append(button)
        if isinstance(self._row, QVBoxLayout):  # stacked buttons: one width, one column
            self._row.setAlignment(button, Qt.AlignmentFlag.AlignHCenter)
            width = max(b.sizeHint().width() for b in self.buttons)
            for each in self.buttons:
                each.setMinimumWidth(width)
        return button

    def add_action(self, action: QAction, text: str = "", *, primary: bool = False) -> QPushButton:
        """A button that triggers a window action (and follows its visibility)."""
        button = self.add_button(
            text or action.text().replace("&", ""), action.trigger, primary=primary
        )
        button.setObjectName(f"empty_{action.objectName()}" if action.objectName() else "")
        return button

    def button(self, text: str) -> QPushButton | None:
        """The button showing ``text`` (tests, screenshots)."""
        return next((b for b in self.buttons if b.text() == text), None)
