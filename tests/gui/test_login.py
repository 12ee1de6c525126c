"""Signing in to the window (issue 10): the first start asks for the admin account, the window
opens locked over a database with accounts, wrong passwords get clear messages and ten of them
lock the account, the idle lock hides everything until the same password is typed, and
Ganti pengguna, Ganti kata sandi and Kelola Akun work from the menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.app import Session as AppSession
from desktop.app import configure_logging
from desktop.core.accounts import NewAccount
from desktop.store import accounts
from desktop.store import session as sessions
from desktop.store.db import open_db
from desktop.ui.accounts.forms import AccountDialog, AdminSetupDialog, PasswordDialog, ResetDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.staff.dialog import StaffDialog
from tests.conftest import make_unit
from tests.gui.conftest import wait_window

PASSWORD = "rahasia-kantor-1"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
    sessions.end()
    yield
    sessions.end()


@pytest.fixture
def with_accounts(fresh_db, office):
    """An office with the admin and an inactive pimpinan (besides the admin)."""
    accounts.create_account(fresh_db, NewAccount("admin", "Budi Admin", "admin"), PASSWORD)
    pimpinan = accounts.create_account(
        fresh_db, NewAccount("pimpinan", "Ibu Kepala", "pimpinan"), PASSWORD
    )
    return fresh_db, pimpinan


def sign_in(qtbot, window: MainWindow, username: str, password: str) -> None:
    page = window.accounts.page
    if not page.username.isReadOnly():
        page.username.clear()
        qtbot.keyClicks(page.username, username)
    page.password.clear()
    qtbot.keyClicks(page.password, password)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)


def fill_admin(qtbot, dialog: AdminSetupDialog, password: str, confirm: str) -> None:
    qtbot.keyClicks(dialog.nama, "Budi Santoso, S.Kom.")
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.confirm, confirm)


def test_the_first_start_asks_for_the_admin_account(qtbot, app_session, db_path, office):
    window = app_session.open(db_path)
    dialog = wait_window(qtbot, AdminSetupDialog)
    fill_admin(qtbot, dialog, "pendek", "pendek")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "Kata sandi minimal 10 karakter."
    dialog.password.clear(), dialog.confirm.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.confirm, PASSWORD)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sessions.current().signed_in)
    assert accounts.has_accounts(window.db)
    assert window.windowTitle().endswith("Budi Santoso, S.Kom. (Admin Kepegawaian)")
    assert window.accounts.manage_action.isVisible() and not window.accounts.is_locked


def test_later_keeps_the_database_without_accounts(qtbot, app_session, db_path, office):
    window = app_session.open(db_path)
    dialog = wait_window(qtbot, AdminSetupDialog)
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert not accounts.has_accounts(window.db) and not window.accounts.is_locked
    assert window.centralWidget().isVisible()
    assert not window.accounts.switch_action.isVisible()


def test_a_database_with_accounts_opens_locked_and_says_why_a_sign_in_fails(
    qtbot, app_session, db_path, with_accounts
):
    db, pimpinan = with_accounts
    accounts.set_active(db, pimpinan, False)
    window = app_session.open(db_path)
    assert window.accounts.is_locked
    assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()
    sign_in(qtbot, window, "admin", "salah-sandi-1")
    message = window.accounts.page.message
    assert message.text() == "Nama pengguna atau kata sandi salah."
    assert window.accounts.page.password.text() == ""
    sign_in(qtbot, window, "pimpinan", PASSWORD)
    assert message.text() == "Akun 'pimpinan' dinonaktifkan. Hubungi admin kepegawaian."
    sign_in(qtbot, window, "admin", PASSWORD)
    assert not window.accounts.is_locked and window.centralWidget().isVisible()
    assert window.windowTitle().endswith("Budi Admin (Admin Kepegawaian)")


def test_a_locked_window_reads_nobody_until_someone_signs_in(
    qtbot, app_session, db_path, with_accounts
):
    window = app_session.open(db_path)
    assert window.accounts.is_locked and window.staff_model.rowCount() == 0  # nothing read
    sign_in(qtbot, window, "admin", PASSWORD)
    qtbot.waitUntil(lambda: window.staff_model.rowCount() > 0)


def test_ten_wrong_passwords_lock_the_account_with_the_time(
    qtbot, app_session, db_path, with_accounts
):
    window = app_session.open(db_path)
    for attempt in range(10):
        sign_in(qtbot, window, "admin", f"salah-{attempt:04d}x")
    text = window.accounts.page.message.text()
    assert text.startswith("Akun 'admin' terkunci karena 10 kali salah kata sandi, sampai pukul ")
    sign_in(qtbot, window, "admin", PASSWORD)
    assert window.accounts.is_locked and "terkunci" in window.accounts.page.message.text()


def test_the_idle_lock_hides_the_window_and_the_same_password_opens_it(
    qtbot, app_session, db_path, with_accounts
):
    window = app_session.open(db_path)
    sign_in(qtbot, window, "admin", PASSWORD)
    editor = window.accounts.change_password()  # an open dialog is hidden by the lock too
    assert editor is not None and editor.isVisible()
    window.accounts.idle.set_minutes(0.001)  # 60 ms instead of the office's 15 minutes
    qtbot.waitUntil(lambda: window.accounts.is_locked)
    page = window.accounts.page
    assert page.username.text() == "admin" and page.username.isReadOnly()
    assert not window.centralWidget().isVisible() and not editor.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Tambah pegawai
    assert not any(
        isinstance(w, StaffDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    window.accounts.idle.set_minutes(0)
    sign_in(qtbot, window, "admin", "bukan-sandinya")
    assert window.accounts.is_locked
    assert page.message.text() == "Nama pengguna atau kata sandi salah."
    sign_in(qtbot, window, "admin", PASSWORD)
    assert not window.accounts.is_locked and window.centralWidget().isVisible()
    assert editor.isVisible()  # back as it was
    editor.reject()


def test_switch_user_signs_the_other_account_in(qtbot, app_session, db_path, with_accounts):
    window = app_session.open(db_path)
    sign_in(qtbot, window, "admin", PASSWORD)
    window.accounts.switch_action.trigger()
    assert window.accounts.is_locked and window.accounts.page.username.text() == ""
    sign_in(qtbot, window, "pimpinan", PASSWORD)
    assert window.windowTitle().endswith("Ibu Kepala (Pimpinan)")
    assert sessions.current().role == "pimpinan"
    assert not window.accounts.manage_action.isVisible()
    logouts = list(window.db.query("SELECT user FROM audit_log WHERE action = 'logout'"))
    assert [r["user"] for r in logouts] == ["admin"]


def test_change_own_password_from_the_menu(qtbot, app_session, db_path, with_accounts):
    window = app_session.open(db_path)
    sign_in(qtbot, window, "admin", PASSWORD)
    window.accounts.password_action.trigger()
    dialog = wait_window(qtbot, PasswordDialog)
    qtbot.keyClicks(dialog.old, PASSWORD)
    qtbot.keyClicks(dialog.new, "sandi-baru-saya")
    qtbot.keyClicks(dialog.confirm, "sandi-baru-lain")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Kedua kata sandi tidak sama."
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "sandi-baru-saya")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert accounts.authenticate(window.db, "admin", "sandi-baru-saya").username == "admin"


def test_manage_accounts_adds_resets_and_deactivates(qtbot, app_session, db_path, with_accounts):
    db, _pimpinan = with_accounts
    opd = make_unit(db, kode="9", nama="Dinas Kearsipan Uji", jenis="opd")
    window = app_session.open(db_path)
    sign_in(qtbot, window, "admin", PASSWORD)
    screen = window.accounts.open_manager()
    assert screen.table.rowCount() == 2
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = wait_window(qtbot, AccountDialog)
    qtbot.keyClicks(dialog.username, "operator.dik")
    qtbot.keyClicks(dialog.nama, "Operator Dinas Pendidikan")
    dialog.role.set_value("operator")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.confirm, PASSWORD)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Operator memerlukan sedikitnya satu OPD dalam cakupannya."
    names = [dialog.opds.item(r).text() for r in range(dialog.opds.count())]
    dialog.opds.item(names.index("Dinas Kearsipan Uji")).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.table.rowCount() == 3)
    created = next(a for a in accounts.list_accounts(window.db) if a.username == "operator.dik")
    assert (created.role, created.unit_ids) == ("operator", frozenset({opd.id}))
    screen.select(created.id)
    qtbot.mouseClick(screen.reset_button, Qt.MouseButton.LeftButton)
    reset = wait_window(qtbot, ResetDialog)
    qtbot.keyClicks(reset.new, "sementara-123")
    qtbot.keyClicks(reset.confirm, "sementara-123")
    qtbot.mouseClick(reset.ok, Qt.MouseButton.LeftButton)
    assert accounts.must_change_password(window.db, created.id)
    screen.select(created.id)
    window.prompts.answers.append(True)
    qtbot.mouseClick(screen.toggle_button, Qt.MouseButton.LeftButton)
    assert not accounts.get_account(window.db, created.id).aktif
    screen.reject()


def test_the_password_is_nowhere_in_the_files(
    qtbot, isolated_app, tmp_path, db_path, office, monkeypatch, prompts
):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher())  # the real Argon2id defaults
    configure_logging()
    opened = AppSession(Settings(), prompts)  # QSettings under tmp_path (isolated_app)
    window = opened.open(db_path)
    dialog = wait_window(qtbot, AdminSetupDialog)
    fill_admin(qtbot, dialog, PASSWORD, PASSWORD)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sessions.current().signed_in)
    window.accounts.switch_action.trigger()
    sign_in(qtbot, window, "admin", "salah-" + PASSWORD)
    sign_in(qtbot, window, "admin", PASSWORD)
    stored = window.db.execute("SELECT password_hash FROM akun").fetchone()[0]
    assert stored.startswith("$argon2id$")
    window.close()
    opened.close()
    files = [p for p in Path(tmp_path).rglob("*") if p.is_file()]
    assert db_path in files and any(p.suffix == ".log" for p in files)
    assert any(p.suffix in (".ini", ".conf") for p in files)
    for path in files:
        assert PASSWORD.encode() not in path.read_bytes(), path
    with open_db(db_path) as db:
        assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'login'").fetchone()[0]


def test_after_a_reset_the_new_password_is_chosen_before_the_window_opens(
    qtbot, app_session, db_path, with_accounts
):
    db, pimpinan = with_accounts
    accounts.reset_password(db, pimpinan, "sementara-123")
    window = app_session.open(db_path)
    sign_in(qtbot, window, "pimpinan", "sementara-123")
    dialog = wait_window(qtbot, PasswordDialog)
    assert window.accounts.is_locked and "direset" in dialog.intro.text()
    qtbot.keyClicks(dialog.new, "pilihan-saya-1")
    qtbot.keyClicks(dialog.confirm, "pilihan-saya-1")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.accounts.is_locked)
    assert sessions.current().username == "pimpinan"
    assert not accounts.must_change_password(window.db, pimpinan)


def test_switching_database_signs_out_of_the_first(
    qtbot, app_session, db_path, with_accounts, tmp_path
):
    window = app_session.open(db_path)
    sign_in(qtbot, window, "admin", PASSWORD)
    other = tmp_path / "lain.sqlite"
    with open_db(other) as db:
        make_unit(db)
    app_session.switch_to(other)
    assert app_session.window is not window and not sessions.current().signed_in
    with open_db(db_path) as db:
        logouts = [dict(r) for r in db.query("SELECT * FROM audit_log WHERE action = 'logout'")]
    assert [(r["user"], r["summary"]) for r in logouts] == [("admin", "admin")]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from desktop.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with open_db(path) as db:
        build_demo(db, staff=40, seed=2)
    return path


@pytest.mark.parametrize(
    ("username", "label", "manages"),
    [
        ("admin", "(Admin Kepegawaian)", True),
        ("operator", "Operator OPD (contoh) (Operator)", False),
        ("penilai", "(Pejabat Penilai)", False),
        ("pimpinan", "Pimpinan (contoh) (Pimpinan)", False),
    ],
)
def test_each_demo_account_signs_in_with_the_demo_password(
    qtbot, app_session, demo_file, tmp_path, username, label, manages
):
    import shutil

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    window = app_session.open(path)
    assert window.accounts.is_locked and "kinerja-demo" in window.accounts.page.hint.text()
    sign_in(qtbot, window, username, "kinerja-demo")
    assert not window.accounts.is_locked, window.accounts.page.message.text()
    assert window.windowTitle().endswith(label)
    assert window.accounts.manage_action.isVisible() == manages
