"""Opening, saving and (de)activating staff records: the dialogs return data, this saves it.

Every save is one store call (one transaction); ``staff_saved`` tells the main window which
row to refresh, so 50,000 rows are never reloaded for one record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

import sqlite_utils
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.errors import KinerjaError, StoreError
from desktop.core.models import Staff
from desktop.store import staff as staff_store
from desktop.store.staff import StaffListRow
from desktop.ui.errors import show_error
from desktop.ui.staff.deactivate import DeactivateDialog
from desktop.ui.staff.dialog import StaffDialog
from desktop.ui.staff.lookups import Lookups

log = logging.getLogger(__name__)


class StaffEditor(QObject):
    """Opens the dialogs window-modally (non-blocking) and saves what they return."""

    staff_saved = Signal(int)  # staff id

    def __init__(
        self, db: sqlite_utils.Database, lookups: Callable[[], Lookups], window: QWidget
    ) -> None:
        super().__init__(window)
        self.db = db
        self._lookups = lookups
        self._window = window

    def open_new(self, unit_id: int | None) -> StaffDialog:
        dialog = self._dialog()
        dialog.load(Staff(nip="", nama="", unit_id=unit_id))
        dialog.open()
        return dialog

    def open_record(self, staff_id: int) -> StaffDialog | None:
        try:
            staff, history = staff_store.load_record(self.db, staff_id)
        except KinerjaError as exc:
            show_error(self._window, exc)
            return None
        dialog = self._dialog()
        dialog.load(staff, history)
        dialog.open()
        return dialog

    def deactivate(self, row: StaffListRow) -> DeactivateDialog:
        dialog = DeactivateDialog(row, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(partial(self._on_deactivate_accepted, dialog))
        dialog.open()
        return dialog

    def reactivate(self, row: StaffListRow) -> None:
        try:
            staff_store.set_active(self.db, row.id, True)
        except KinerjaError as exc:
            show_error(self._window, exc)
            return
        self.staff_saved.emit(row.id)

    def _dialog(self) -> StaffDialog:
        dialog = StaffDialog(self._lookups(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(partial(self._on_dialog_submitted, dialog))
        return dialog

    def _on_dialog_submitted(self, dialog: StaffDialog) -> None:
        staff, history = dialog.result()
        try:
            saved = staff_store.save_staff(self.db, staff, history)
        except StoreError as exc:
            if exc.code == "duplicate_nip":
                dialog.show_issue("nip", exc.message())
            else:
                show_error(dialog, exc)
            return
        log.info("staff %s saved", saved.id)
        dialog.done(QDialog.DialogCode.Accepted)
        assert saved.id is not None
        self.staff_saved.emit(saved.id)

    def _on_deactivate_accepted(self, dialog: DeactivateDialog) -> None:
        choice = dialog.result()
        try:
            staff_store.set_active(self.db, choice.staff_id, False, choice.alasan, choice.tanggal)
        except KinerjaError as exc:
            show_error(self._window, exc)
            return
        self.staff_saved.emit(choice.staff_id)
