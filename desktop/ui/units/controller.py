"""Puts "Struktur Organisasi…" into the Berkas menu and the unit tree's context menu, opens the
screen, and reloads the main window after every change made there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.ui import shortcuts

if TYPE_CHECKING:
    from desktop.ui.units.editor import UnitEditor

SHORTCUT = "open_units"  # its name in desktop.ui.shortcuts.TABLE


class UnitsController(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editor: UnitEditor | None = None
        self.open_action = QAction(self.tr("Struktur &Organisasi…"), window)
        self.open_action.setObjectName("openUnitEditor")
        if not _shortcut_taken(window, SHORTCUT):
            shortcuts.apply(self.open_action, SHORTCUT)
        self.open_action.triggered.connect(self.open_editor)
        window.addAction(self.open_action)
        self._insert_into_berkas()
        tree = getattr(window, "unit_tree", None)
        if tree is not None and tree.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            tree.addAction(self.open_action)

    def _insert_into_berkas(self) -> None:
        """Before "Pengaturan Kantor" in Berkas (the menu that holds it), else at its end."""
        anchor = getattr(getattr(self.window, "main_actions", None), "office_settings", None)
        for action in self.window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and anchor in menu.actions():
                menu.insertAction(anchor, self.open_action)
                return
        menus = [a.menu() for a in self.window.menuBar().actions() if isinstance(a.menu(), QMenu)]
        if menus:
            menus[0].addAction(self.open_action)

    def open_editor(self) -> UnitEditor:
        """Show the screen (one at a time), on the unit selected in the main window."""
        window = self.window
        if self.editor is None:
            from desktop.ui.units.editor import UnitEditor  # with openpyxl: not at start-up

            self.editor = UnitEditor(window.db, window.prompts, window)
            self.editor.units_changed.connect(window.reload)
            self.editor.finished.connect(self._on_editor_finished)
        tree = getattr(window, "unit_tree", None)
        self.editor.reload(tree.current_unit_id() or None if tree is not None else None)
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()
        return self.editor

    def _on_editor_finished(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None


def _shortcut_taken(window: QMainWindow, shortcut: str) -> bool:
    wanted = shortcuts.key(shortcut)
    return any(a.shortcut() == wanted for a in window.findChildren(QAction))


def install(window: QMainWindow) -> UnitsController:
    """Add the Struktur Organisasi screen to a main window (kept as ``window.unit_structure``)."""
    controller = UnitsController(window)
    window.unit_structure = controller  # type: ignore[attr-defined]
    return controller
