"""Opening, saving and (de)activating staff records: the dialogs return data, this saves it.

Every save is one store call (one transaction); ``staff_saved`` tells the main window which
row to refresh, so 50,000 rows are never reloaded for one record. A record changed elsewhere
after its dialog opened is not overwritten: the save is refused with who changed it and when,
and the person may reload it; a busy database offers "Coba lagi".
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
from desktop.ui import roles
from desktop.ui.errors import retrying, show_error
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
        self._versions: dict[StaffDialog, str] = {}  # the record version each dialog shows

    def open_new(self, unit_id: int | None) -> StaffDialog:
        dialog = self._dialog()
        dialog.load(Staff(nip="", nama="", unit_id=unit_id))
        dialog.open()
        return dialog

    def open_record(self, staff_id: int) -> StaffDialog | None:
        dialog = self._dialog()
        if not self._load(dialog, staff_id):
            dialog.deleteLater()
            return None
        dialog.open()
        return dialog

    def _load(self, dialog: StaffDialog, staff_id: int) -> bool:
        """Fill the dialog and remember the version it shows (read first: a change landing
        in between can only cause a needless refusal, never a lost one)."""
        try:
            version = staff_store.edit_version(self.db, staff_id)
            staff, history = staff_store.load_record(self.db, staff_id)
        except KinerjaError as exc:
            show_error(self._window, exc)
            return False
        dialog.load(staff, history)
        roles.screen_staff_dialog(self.db, dialog, staff_id)  # read-only / no personal data
        self._versions[dialog] = version
        return True

    def deactivate(self, row: StaffListRow) -> DeactivateDialog:
        dialog = DeactivateDialog(row, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(partial(self._on_deactivate_accepted, dialog))
        dialog.open()
        return dialog

    def reactivate(self, row: StaffListRow) -> None:
        try:
            saved = retrying(self._window, partial(staff_store.set_active, self.db, row.id, True))
        except KinerjaError as exc:
            show_error(self._window, exc)
            return
        if saved is not None:
            self.staff_saved.emit(row.id)

    def _dialog(self) -> StaffDialog:
        dialog = StaffDialog(self._lookups(), self._window, getattr(self._window, "prompts", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(partial(self._on_dialog_submitted, dialog))
        dialog.destroyed.connect(partial(self._versions.pop, dialog, None))
        return dialog

    def _on_dialog_submitted(self, dialog: StaffDialog) -> None:
        staff, history = dialog.result()
        expected = self._versions.get(dialog) if staff.id is not None else None
        try:
            saved = retrying(
                dialog,
                partial(staff_store.save_staff, self.db, staff, history, expected_rev=expected),
            )
        except StoreError as exc:
            if exc.code == "duplicate_nip":
                dialog.show_issue("nip", exc.message())
            elif exc.code == "stale_edit" and staff.id is not None:
                self._offer_reload(dialog, staff.id, exc)
            else:
                show_error(dialog, exc)
            return
        if saved is None:  # busy, and the person gave up: the dialog keeps the edits
            return
        log.info("staff %s saved", saved.id)
        dialog.done(QDialog.DialogCode.Accepted)
        assert saved.id is not None
        self.staff_saved.emit(saved.id)

    def _offer_reload(self, dialog: StaffDialog, staff_id: int, exc: StoreError) -> None:
        """Refused: someone saved this record after the dialog opened. Reloading shows their
        version (the edits in the dialog are dropped); otherwise the dialog stays as it is."""
        prompts = getattr(self._window, "prompts", None)
        title = self.tr("Data sudah diubah")
        if prompts is not None:
            reload = prompts.confirm(dialog, title, exc.message(), self.tr("Muat ulang"))
        else:  # pragma: no cover - the main window always has prompts
            show_error(dialog, exc)
            reload = False
        if reload:
            self._load(dialog, staff_id)

    def _on_deactivate_accepted(self, dialog: DeactivateDialog) -> None:
        choice = dialog.result()
        save = partial(
            staff_store.set_active, self.db, choice.staff_id, False, choice.alasan, choice.tanggal
        )
        try:
            saved = retrying(self._window, save)
        except KinerjaError as exc:
            show_error(self._window, exc)
            return
        if saved is not None:
            self.staff_saved.emit(choice.staff_id)
