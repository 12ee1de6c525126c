"""Kelola Akun's saving side: opens the screen, answers its buttons with the small dialogs of
``forms`` and saves through ``store.accounts`` (the store checks the admin role again)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from desktop.core.accounts import NewAccount
from desktop.core.errors import KinerjaError
from desktop.core.models import UnitJenis
from desktop.store import accounts
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.ui.accounts.forms import AccountDialog, ResetDialog
from desktop.ui.accounts.manage import ManageAccountsDialog
from desktop.ui.errors import show_error
from desktop.ui.host import FeatureHost

D = TypeVar("D", bound=QDialog)


class ManageAccounts(QObject):
    """``idle_changed(minutes)`` after the office's idle-lock time was saved."""

    idle_changed = Signal(int)

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.parent_widget = host.widget()  # the parent of the screen and its messages
        self.screen: ManageAccountsDialog | None = None

    def open(self) -> ManageAccountsDialog:
        if self.screen is None:
            screen = ManageAccountsDialog(self.parent_widget)
            screen.add_requested.connect(self.add)
            screen.edit_requested.connect(self.edit)
            screen.reset_requested.connect(self.reset)
            screen.toggle_requested.connect(self.toggle)
            screen.idle_changed.connect(self.set_idle)
            screen.finished.connect(self._on_screen_finished)
            self.screen = screen
        if not self.reload():
            return self.screen
        self.screen.open()
        return self.screen

    def _on_screen_finished(self) -> None:
        if self.screen is not None:
            self.screen.deleteLater()
            self.screen = None

    def reload(self) -> bool:
        assert self.screen is not None
        db = self.host.db
        try:
            listed = accounts.list_accounts(db)
        except KinerjaError as exc:
            show_error(self.parent_widget, exc)
            return False
        self.screen.load(listed, dict(self._opds()), accounts.idle_minutes(db))
        return True

    def _opds(self) -> list[tuple[int, str]]:
        units = unit_store.list_units(self.host.db)
        return [(u.id, u.nama) for u in units if u.jenis == UnitJenis.OPD and u.id is not None]

    def _find_staff(self, nip: str) -> tuple[int, str] | None:
        found = staff_store.find_by_nip(self.host.db, nip)
        return (found.id, found.nama) if found is not None and found.id is not None else None

    def add(self) -> AccountDialog:
        dialog = AccountDialog(self._opds(), self._find_staff, parent=self.screen)

        def save() -> None:
            choice = dialog.result_account()
            self._save(
                lambda: accounts.create_account(self.host.db, choice.account, choice.password)
            )

        return self._show(dialog, save)

    def edit(self, account_id: int) -> AccountDialog:
        current = accounts.get_account(self.host.db, account_id)
        nip = ""
        if current.staff_id is not None:
            nip = staff_store.get_staff(self.host.db, current.staff_id).nip
        existing = NewAccount(
            current.username,
            current.nama,
            current.role,
            nip=nip,
            staff_id=current.staff_id,
            unit_ids=current.unit_ids,
        )
        dialog = AccountDialog(self._opds(), self._find_staff, existing, parent=self.screen)

        def save() -> None:
            new = dialog.result_account().account
            self._save(
                lambda: accounts.set_role_and_scope(
                    self.host.db, account_id, new.role, new.unit_ids, staff_id=new.staff_id
                )
            )

        return self._show(dialog, save)

    def reset(self, account_id: int) -> ResetDialog:
        target = accounts.get_account(self.host.db, account_id)
        dialog = ResetDialog(target.username, parent=self.screen)

        def save() -> None:
            self._save(lambda: accounts.reset_password(self.host.db, account_id, dialog.password()))

        return self._show(dialog, save)

    def toggle(self, account_id: int) -> None:
        target = accounts.get_account(self.host.db, account_id)
        if target.aktif:
            asked = self.host.prompts.confirm(
                self.screen,
                self.tr("Nonaktifkan akun"),
                self.tr(
                    "Nonaktifkan akun %1? Pemiliknya tidak dapat masuk lagi sampai "
                    "diaktifkan kembali."
                ).replace("%1", target.username),
                self.tr("Nonaktifkan"),
                safe_default=True,
            )
            if not asked:
                return
        self._save(lambda: accounts.set_active(self.host.db, account_id, not target.aktif))

    def set_idle(self, minutes: int) -> None:
        self._save(lambda: accounts.set_idle_minutes(self.host.db, minutes))
        self.idle_changed.emit(accounts.idle_minutes(self.host.db))

    def _show(self, dialog: D, save: Callable[[], None]) -> D:
        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save(self, write: Callable[[], object]) -> None:
        try:
            write()
        except KinerjaError as exc:
            show_error(self.screen or self.parent_widget, exc)
        if self.screen is not None:
            self.reload()
