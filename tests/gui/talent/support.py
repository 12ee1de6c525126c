"""What the talent tab tests share: a main window over a built office, and a tab shown in it."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

from desktop.ui.main_window import MainWindow

T = TypeVar("T", bound=QWidget)


def main_window(qtbot, db, db_path, settings, prompts) -> MainWindow:
    """A main window over ``db`` (its host is what the tabs get)."""
    window = MainWindow(db, db_path, settings, prompts)
    qtbot.addWidget(window)
    return window


def shown_tab(
    qtbot, window: MainWindow, cls: type[T], size: tuple[int, int] = (1000, 640), year: int = 0
) -> T:
    """``cls(window.host)`` shown at ``size``; with ``year``, ``show_for(year, 0)`` (the whole
    office) as the page does when the tab comes up."""
    tab = cls(window.host)  # type: ignore[call-arg]
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitExposed(tab)
    if year:
        tab.show_for(year, 0)  # type: ignore[attr-defined]
    return tab
