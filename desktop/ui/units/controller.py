"""Puts "Struktur Organisasi…" into the Berkas menu and the unit tree's context menu, opens the
screen, and says through the host's ``DataChanged`` what every change made there touched."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.core.access import Perm
from desktop.ui import shortcuts
from desktop.ui.host import Changes, FeatureHost

if TYPE_CHECKING:
    from desktop.ui.units.editor import UnitEditor

SHORTCUT = "open_units"  # its name in desktop.ui.shortcuts.TABLE


class UnitsController(QObject):
    def __init__(self, host: FeatureHost) -> None:
        window = host.widget()
        super().__init__(window)
        self.host = host
        self.editor: UnitEditor | None = None
        self.open_action = QAction(self.tr("Struktur &Organisasi…"), window)
        self.open_action.setObjectName("openUnitEditor")
        if not _shortcut_taken(window, SHORTCUT):
            shortcuts.apply(self.open_action, SHORTCUT)
        self.open_action.triggered.connect(self.open_editor)
        window.addAction(self.open_action)
        host.gate(self.open_action, Perm.EDIT_UNITS)
        self._insert_into_berkas()
        host.add_unit_action(self.open_action)

    def _insert_into_berkas(self) -> None:
        """Before "Pengaturan Kantor" in Berkas (the menu that holds it), else at its end."""
        anchor, berkas = self.host.action("office_settings"), self.host.menu("berkas")
        if anchor is not None and berkas is not None:
            berkas.insertAction(anchor, self.open_action)

    def open_editor(self) -> UnitEditor:
        """Show the screen (one at a time), on the unit selected in the main window."""
        host = self.host
        if self.editor is None:
            from desktop.ui.units.editor import UnitEditor  # with openpyxl: not at start-up

            self.editor = UnitEditor(host.db, host.prompts, host.widget())
            # units moved, renamed or merged (and staff with them): every page reads again
            self.editor.units_changed.connect(
                partial(host.data_changed.notify, Changes(unit=True, staff=True), self)
            )
            self.editor.finished.connect(self._on_editor_finished)
        self.editor.reload(host.selection.unit_id or None)
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()
        return self.editor

    def _on_editor_finished(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None


def _shortcut_taken(window: QWidget, shortcut: str) -> bool:
    wanted = shortcuts.key(shortcut)
    return any(a.shortcut() == wanted for a in window.findChildren(QAction))


def install(host: FeatureHost) -> UnitsController:
    """The Struktur Organisasi screen on a host (the window keeps it as ``unit_structure``)."""
    return UnitsController(host)
