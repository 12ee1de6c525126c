"""Accounts on the main window: sign-in at start, the idle lock, Berkas → Ganti pengguna /
Ganti kata sandi / Kunci jendela / Kelola Akun, and "Buat akun admin" on the first start of a
database without accounts (issue 10).

``install(host, first_run)`` adds the menu actions to the window's ``FeatureHost`` (a window
built directly, as tests do, keeps acting as before); ``start(then)`` is the app's: over a
database with accounts the window opens locked and ``then`` (the first-run wizard) waits for
the first sign-in; over one without, ``then`` runs and the admin account is asked for once
the office exists ("Nanti" keeps the account-less way of working, and the next start asks
again).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from shiboken6 import isValid

from desktop.core.errors import KinerjaError
from desktop.demo.marker import is_demo
from desktop.store import accounts
from desktop.store import session as sessions
from desktop.store import units as unit_store
from desktop.store.session import Session, Source
from desktop.ui import shortcuts
from desktop.ui.accounts.forms import AdminSetupDialog, PasswordDialog
from desktop.ui.accounts.idle import IdleWatcher
from desktop.ui.accounts.lock_screen import LockScreen
from desktop.ui.errors import show_error
from desktop.ui.host import Changes, FeatureHost

if TYPE_CHECKING:
    from desktop.ui.accounts.manage_controller import ManageAccounts
    from desktop.ui.first_run.flow import StartFlow

log = logging.getLogger(__name__)


def install(host: FeatureHost, first_run: StartFlow) -> AccountsController:
    """Accounts on a host (the window keeps the controller as ``accounts``); ``first_run`` is
    the window's start flow, whose new office the admin account waits for."""
    return AccountsController(host, first_run)


class AccountsController(QObject):
    signed_in = Signal(object)  # Session: after a sign-in, an unlock or the first admin
    locked = Signal()

    def __init__(self, host: FeatureHost, first_run: StartFlow) -> None:
        super().__init__(host.widget())
        self.host, self.first_run = host, first_run
        self.page = LockScreen(host.widget())
        self.idle = IdleWatcher(0, self)
        self.idle.idle.connect(self._on_idle)
        self._locked_to = ""  # the idle lock's username; "" for a fresh sign-in
        self._hidden: list[QWidget] = []
        self._pending: list[Callable[[], object]] = []  # waiting for the first sign-in
        self.session: Session | None = None  # the account signed in through this window
        self.manager: ManageAccounts | None = None
        self.admin_dialog: AdminSetupDialog | None = None
        self._make_actions()
        self.page.sign_in_requested.connect(self._on_sign_in_requested)
        self.page.switch_requested.connect(self.switch_user)
        self.signed_in.connect(host.session_changed.notify)  # title, role-bound actions
        self.refresh_actions()

    # -- menu --------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        w = self.host.widget()
        self.switch_action = QAction(self.tr("Ganti &pengguna…"), w)
        shortcuts.apply(self.switch_action, "switch_user")
        self.lock_action = QAction(self.tr("K&unci jendela"), w)
        shortcuts.apply(self.lock_action, "lock_window")
        self.password_action = QAction(self.tr("Ganti kata &sandi…"), w)
        self.password_action.setObjectName("change_password")
        self.manage_action = QAction(self.tr("Kelola &Akun…"), w)
        self.manage_action.setObjectName("manage_accounts")
        self.switch_action.triggered.connect(self.switch_user)
        self.lock_action.triggered.connect(self.lock_now)
        self.password_action.triggered.connect(self.change_password)
        self.manage_action.triggered.connect(self.open_manager)
        menu, quit_action = self._berkas_menu(), self.host.action("quit")
        if menu is None or quit_action is None:
            return
        menu.insertAction(quit_action, self.manage_action)
        menu.insertSeparator(quit_action)
        for action in (self.password_action, self.lock_action, self.switch_action):
            menu.insertAction(quit_action, action)
        menu.insertSeparator(quit_action)

    def _berkas_menu(self) -> QMenu | None:
        return self.host.menu("berkas")

    def refresh_actions(self) -> None:
        """What the acting session may use: accounts exist → sign-in actions; admin → Kelola."""
        current = sessions.current()
        self.switch_action.setVisible(current.signed_in)
        self.lock_action.setVisible(current.signed_in)
        self.password_action.setVisible(current.signed_in)
        self.manage_action.setVisible(current.role == "admin")

    # -- start -------------------------------------------------------------------------------
    def start(self, then: Callable[[], object] | None = None) -> None:
        """Open locked over a database with accounts (``then`` after the first sign-in); else
        run ``then`` and ask for the admin account once the office exists."""
        sessions.end()  # another database's account means nothing here
        if accounts.has_accounts(self.host.db):
            sessions.begin(sessions.Session(locked=True))  # nothing is read until a sign-in
            if then is not None:
                self._pending.append(then)
            self.sign_in()
            return
        # a database without accounts: the office's admin, as before
        self.refresh_actions()
        if then is not None:
            then()
        if self._office_blank():
            self.first_run.office_created.connect(self._on_office_created)
        else:
            self.ask_admin()

    def _on_office_created(self) -> None:
        """After the wizard's office: the admin account, unless the wizard went on to the
        demo (this window is about to give way to the demo's)."""
        QTimer.singleShot(0, self, self._ask_admin_unless_leaving)

    def _ask_admin_unless_leaving(self) -> None:
        if self.first_run.demo.task is None and self.host.widget().isVisible():
            self.ask_admin()

    def _office_blank(self) -> bool:
        """No office typed yet: the first-run wizard comes first (``first_run.flow``)."""
        office = unit_store.get_office(self.host.db)
        return not office.instansi.strip() and not office.nama_kantor.strip()

    def ask_admin(self) -> AdminSetupDialog | None:
        """Buat akun admin (window-modal); "Nanti" keeps working without accounts."""
        if accounts.has_accounts(self.host.db) or self.admin_dialog is not None:
            return None
        dialog = AdminSetupDialog(self.host.widget())
        dialog.accepted.connect(lambda: self._on_admin_accepted(dialog))
        dialog.finished.connect(self._on_admin_finished)
        self.admin_dialog = dialog
        dialog.open()
        return dialog

    def _on_admin_finished(self) -> None:
        if self.admin_dialog is not None:
            self.admin_dialog.deleteLater()
            self.admin_dialog = None

    def _on_admin_accepted(self, dialog: AdminSetupDialog) -> None:
        choice = dialog.result_account()
        db = self.host.db
        try:
            accounts.create_account(db, choice.account, choice.password)
            signed_in = accounts.authenticate(db, choice.account.username, choice.password)
        except KinerjaError as exc:
            show_error(self.host.widget(), exc)
            return
        self._begin(signed_in)
        self.host.show_status(
            self.tr("Akun admin dibuat; Anda masuk sebagai %1.").replace("%1", signed_in.username),
            8000,
        )

    # -- locking -----------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.idle.lock_page is not None

    def sign_in(self) -> None:
        """Cover the window with a fresh sign-in (start, Ganti pengguna)."""
        self._locked_to = ""
        self._cover(hint=self._demo_hint())

    def lock_now(self) -> None:
        """Kunci jendela (or the idle time passed): the same account's password unlocks."""
        current = self.session
        if current is None or self.is_locked:
            return
        self._locked_to = current.username
        self._cover(nama=current.nama)
        self.locked.emit()

    def switch_user(self) -> None:
        """Ganti pengguna: sign the current account out and ask for any account."""
        self._sign_out()
        self.sign_in()

    def close_session(self) -> None:
        """The window closes: record the logout and stop watching for idleness."""
        self.idle.stop()
        self._sign_out()

    def _sign_out(self) -> None:
        """Record this window's account leaving; the process's session ends only if it is
        still this window's (after a switch of database it is the new window's)."""
        current, self.session = self.session, None
        if current is not None:
            try:
                accounts.record_logout(self.host.db, current)
            except KinerjaError as exc:  # a busy database must not keep the person signed in
                log.warning("logout not recorded: %s", exc.code)
            if sessions.current() == current:
                sessions.end()
        self.refresh_actions()

    def _demo_hint(self) -> str:
        if not is_demo(self.host.db):
            return ""
        return self.tr(
            "Kantor contoh: masuk sebagai admin, operator, penilai atau pimpinan; "
            "kata sandinya kinerja-demo."
        )

    def _cover(self, *, nama: str = "", hint: str = "") -> None:
        if not self.is_locked:
            self._hide_contents()
        self.idle.lock_page = self.page
        self.idle.restart()
        self.page.show_sign_in(locked_to=self._locked_to, nama=nama, hint=hint)

    def _hide_contents(self) -> None:
        """Hide what shows data: the window's parts and every other open window (dialogs
        come back as they were on unlock)."""
        w = self.host.widget()
        parts = self.host.contents()
        parts += [
            t
            for t in QApplication.topLevelWidgets()
            if t is not w and t.isVisible() and not isinstance(t, QMenu)
        ]
        self._hidden = [p for p in parts if p is not None and p.isVisible()]
        for part in self._hidden:
            part.hide()

    def _unlock(self) -> None:
        self.page.hide()
        self.idle.lock_page = None
        for part in self._hidden:
            if isValid(part):  # a dialog may have been closed and deleted meanwhile
                part.show()
        self._hidden = []
        self.idle.restart()

    def _on_idle(self) -> None:
        self.lock_now()

    # -- sign-in -----------------------------------------------------------------------------
    def _on_sign_in_requested(self, username: str, password: str) -> None:
        try:
            signed_in = accounts.authenticate(self.host.db, username, password, source=Source.GUI)
        except KinerjaError as exc:  # wrong password, locked until, inactive, busy database
            self.page.show_message(exc.message())
            return
        if accounts.must_change_password(self.host.db, signed_in.account_id or 0):
            self._ask_new_password(signed_in, password)
            return
        self._finish_sign_in(signed_in)

    def _ask_new_password(self, signed_in: Session, old: str) -> None:
        dialog = PasswordDialog(signed_in.username, forced=True, parent=self.page)
        dialog.old.setText(old)
        dialog.old.setEnabled(False)

        def save() -> None:
            try:
                accounts.change_password(self.host.db, old, dialog.passwords()[1], acting=signed_in)
            except KinerjaError as exc:
                self.page.show_message(exc.message())
                return
            self._finish_sign_in(signed_in)

        dialog.accepted.connect(save)
        dialog.rejected.connect(
            lambda: self.page.show_message(
                self.tr("Kata sandi baru diperlukan sebelum melanjutkan.")
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _finish_sign_in(self, signed_in: Session) -> None:
        previous = sessions.current()
        self._begin(signed_in)
        self._unlock()
        if previous.account_id != signed_in.account_id:
            self._refresh_window()
        pending, self._pending = self._pending, []
        for action in pending:
            action()

    def when_signed_in(self, action: Callable[[], object]) -> None:
        """Run ``action`` now, or after the sign-in the window is waiting for (a package
        opened from the file manager must not show over the sign-in page)."""
        if self.is_locked:
            self._pending.append(action)
        else:
            action()

    def _begin(self, signed_in: Session) -> None:
        self.session = signed_in
        sessions.begin(signed_in)
        self.idle.set_minutes(accounts.idle_minutes(self.host.db))
        self.refresh_actions()
        self.signed_in.emit(signed_in)  # the window's title follows (``session_changed``)

    def _refresh_window(self) -> None:
        """Another account: every page reads again what this role may see."""
        self.host.data_changed.notify(Changes.everything(), self)

    # -- own password, Kelola Akun -----------------------------------------------------------
    def change_password(self) -> PasswordDialog | None:
        current = sessions.current()
        if not current.signed_in:
            return None
        dialog = PasswordDialog(current.username, parent=self.host.widget())

        def save() -> None:
            old, new = dialog.passwords()
            try:
                accounts.change_password(self.host.db, old, new)
            except KinerjaError as exc:
                show_error(self.host.widget(), exc)
                return
            self.host.show_status(self.tr("Kata sandi diganti."), 5000)

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_manager(self) -> QWidget:
        from desktop.ui.accounts.manage_controller import ManageAccounts

        if self.manager is None:
            self.manager = ManageAccounts(self.host)
            self.manager.idle_changed.connect(self.idle.set_minutes)
        return self.manager.open()
