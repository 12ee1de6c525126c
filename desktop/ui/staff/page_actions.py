"""Pegawai → Tambah / Buka / Nonaktifkan / Aktifkan kembali on the staff page: which of them
apply to the current row, and handing the row (or the selected unit, for a new record) to the
``StaffEditor``. The window owns the actions; this only answers them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.store.staff import StaffListRow
from desktop.ui.units.model import ALL_UNITS

if TYPE_CHECKING:
    from desktop.ui.actions import MainActions
    from desktop.ui.staff.editing import StaffEditor
    from desktop.ui.staff.view import StaffPanel


class StaffPageActions(QObject):
    def __init__(
        self,
        actions: MainActions,
        panel: StaffPanel,
        editor: StaffEditor,
        current_unit: Callable[[], int],
    ) -> None:
        super().__init__(panel)
        self.actions, self.panel, self.editor = actions, panel, editor
        self.current_unit = current_unit
        actions.new_staff.triggered.connect(self.new)
        actions.open_staff.triggered.connect(self.open)
        actions.deactivate.triggered.connect(self.deactivate)
        actions.reactivate.triggered.connect(self.reactivate)
        panel.staff_activated.connect(editor.open_record)
        panel.current_changed.connect(self.on_current_changed)

    def on_current_changed(self, row: StaffListRow | None) -> None:
        self.actions.open_staff.setEnabled(row is not None)
        self.actions.deactivate.setEnabled(row is not None and row.aktif)
        self.actions.reactivate.setEnabled(row is not None and not row.aktif)

    def new(self) -> None:
        """A new record, in the unit selected in the tree ("Semua unit": none)."""
        unit = self.current_unit()
        self.editor.open_new(None if unit == ALL_UNITS else unit)

    def open(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.editor.open_record(row.id)

    def deactivate(self) -> None:
        row = self.panel.current_row()
        if row is not None and row.aktif:
            self.editor.deactivate(row)

    def reactivate(self) -> None:
        row = self.panel.current_row()
        if row is not None and not row.aktif:
            self.editor.reactivate(row)
