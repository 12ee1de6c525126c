"""The main window's machine-local layout in the typed settings: its size and place, its
toolbars, the splitter between the unit column and the pages, "show inactive" and the tick on
the language menu. What the window shows (the last unit and page) stays with the window."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop.core import i18n
from desktop.ui import settings as keys
from desktop.ui.actions import MainActions
from desktop.ui.settings import Settings
from desktop.ui.widgets import fit_to_screen


def restore_layout(
    window: QMainWindow, splitter: QSplitter, actions: MainActions, settings: Settings
) -> None:
    """As it was when the window last closed, kept on the screen it opens on."""
    if not settings.get(keys.WINDOW_GEOMETRY).isEmpty():
        window.restoreGeometry(settings.get(keys.WINDOW_GEOMETRY))
    else:
        window.resize(1280, 720)
    fit_to_screen(window)
    if not settings.get(keys.WINDOW_STATE).isEmpty():
        window.restoreState(settings.get(keys.WINDOW_STATE))
    if not settings.get(keys.SPLITTER_STATE).isEmpty():
        splitter.restoreState(settings.get(keys.SPLITTER_STATE))
    actions.show_inactive.setChecked(settings.get(keys.SHOW_INACTIVE))
    (actions.language_en if i18n.language() == "en" else actions.language_id).setChecked(True)


def save_layout(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    settings.set(keys.WINDOW_GEOMETRY, window.saveGeometry())
    settings.set(keys.WINDOW_STATE, window.saveState())
    settings.set(keys.SPLITTER_STATE, splitter.saveState())
