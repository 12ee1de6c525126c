"""Each demo account signs in on the lock page and sees only what its role may (issue 10):
the operator only their OPD's staff, the penilai only their appraisees (staff list and
appraisal workspace), the pimpinan everything but nothing to change, the pegawai themself.
The window only hides; the store refuses regardless (tests/unit/test_access_matrix.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.accounts import NewAccount
from desktop.core.appraisal import Rating
from desktop.core.workflow import Action, Role
from desktop.demo import build_demo
from desktop.demo.accounts import DEMO_PASSWORD
from desktop.store import accounts, penilai
from desktop.store import evaluasi as ev_store
from desktop.store import session as sessions
from desktop.store.access import unit_scope
from desktop.store.db import open_db
from desktop.ui.appraisal import AppraisalWorkspace
from desktop.ui.main_window import APPRAISAL_PAGE, MainWindow
from desktop.ui.staff.dialog import StaffDialog
from tests.gui.conftest import wait_window
from tests.gui.test_appraisal_support import YEAR, build_office, skp_for
from tests.gui.test_appraisal_support import ScriptedPrompts as AppraisalPrompts

_TEMPLATE: list[Path] = []


@pytest.fixture(autouse=True)
def signed_out():
    sessions.end()
    yield
    sessions.end()


@pytest.fixture
def demo_path(tmp_path: Path, tmp_path_factory) -> Path:
    """The demo office (its four accounts) plus ``pegawai``: one of the penilai's appraisees.
    Built once; each test gets a copy."""
    if not _TEMPLATE:
        template = tmp_path_factory.mktemp("roles") / "demo.sqlite"
        db = open_db(template)
        build_demo(db, staff=120, seed=5)
        penilai_id = db.execute("SELECT staff_id FROM akun WHERE username = 'penilai'").fetchone()
        own = min(penilai.appraisees(db, penilai_id[0]))
        hashed = db.execute("SELECT password_hash FROM akun WHERE username = 'admin'").fetchone()
        with sessions.acting(sessions.Session()):
            accounts.create_account(
                db,
                NewAccount("pegawai", "Pegawai (contoh)", "pegawai", staff_id=own),
                DEMO_PASSWORD,
                password_hash=hashed[0],
            )
        db.close()
        _TEMPLATE.append(template)
    path = tmp_path / "kantor.sqlite"
    with sqlite3.connect(_TEMPLATE[0]) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    return path


def signed_in_window(qtbot, app_session, path: Path, username: str) -> MainWindow:
    """Open the office (it starts locked) and type the account's name and password."""
    window = app_session.open(path)
    assert window is not None and window.accounts.is_locked
    page = window.accounts.page
    qtbot.keyClicks(page.username, username)
    qtbot.keyClicks(page.password, DEMO_PASSWORD)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.accounts.is_locked)
    assert sessions.current().username == username
    return window


def listed(window: MainWindow) -> set[int]:
    """The active employees the staff table shows ("Semua unit", inactive hidden)."""
    model = window.staff_model
    return {model.row_at(i).id for i in range(model.rowCount())}


def everyone(window: MainWindow) -> set[int]:
    return {r[0] for r in window.db.execute("SELECT id FROM staff WHERE aktif = 1")}


def visible(window: MainWindow) -> set[str]:
    return window.host.role_gate.visible_texts()


def test_admin_sees_everyone_and_every_tool(qtbot, app_session, demo_path):
    window = signed_in_window(qtbot, app_session, demo_path, "admin")
    assert listed(window) == everyone(window)
    assert {"Tambah", "Impor Pegawai…", "Pengaturan Kantor…", "Cadangan…"} <= visible(window)
    assert window.sync.menu.menuAction().isVisible()


def test_operator_sees_only_their_opd_and_no_office_tools(qtbot, app_session, demo_path):
    window = signed_in_window(qtbot, app_session, demo_path, "operator")
    scope = unit_scope(window.db, sessions.current())
    in_opd = {
        sid
        for sid, unit in window.db.execute("SELECT id, unit_id FROM staff WHERE aktif = 1")
        if unit in scope
    }
    assert listed(window) == in_opd and in_opd != everyone(window)
    shown = visible(window)
    assert {"Tambah", "Impor Pegawai…"} <= shown
    assert not {"Pengaturan Kantor…", "Cadangan…", "Struktur Organisasi…"} & shown
    assert not window.sync.menu.menuAction().isVisible()
    window.pages.setCurrentIndex(APPRAISAL_PAGE)
    own = min(sessions.current().unit_ids)
    other = window.db.execute(
        "SELECT id FROM unit WHERE jenis = 'opd' AND id <> ? LIMIT 1", [own]
    ).fetchone()[0]
    for unit, may_set in ((own, True), (other, False)):
        window.unit_tree.select_unit(unit)
        qtbot.waitUntil(
            lambda u=unit: window.appraisal is not None and window.appraisal.unit_id == u
        )
        assert window.appraisal.top.capaian.isEnabled() is may_set


def test_penilai_sees_only_their_appraisees_in_the_list_and_the_workspace(
    qtbot, app_session, demo_path
):
    window = signed_in_window(qtbot, app_session, demo_path, "penilai")
    mine = penilai.appraisees(window.db, sessions.current().staff_id) & everyone(window)
    assert mine and listed(window) == mine
    assert "Tambah" not in visible(window) and "Impor Pegawai…" not in visible(window)
    window.pages.setCurrentIndex(APPRAISAL_PAGE)
    workspace = window.appraisal
    assert workspace is not None
    window.unit_tree.select_unit(0)  # Semua unit
    qtbot.waitUntil(lambda: workspace.workspace is not None)
    shown = {row.staff_id for row in workspace.workspace.rows}
    assert shown and shown <= mine
    assert sessions.current().staff_id not in shown  # never their own


def test_pimpinan_reads_everything_and_can_change_nothing(qtbot, app_session, demo_path):
    window = signed_in_window(qtbot, app_session, demo_path, "pimpinan")
    assert listed(window) == everyone(window)
    shown = visible(window)
    assert "Rekap Predikat Unit…" in shown
    assert not {"Tambah", "Nonaktifkan…", "Impor Pegawai…", "Pengaturan Kantor…"} & shown
    first = window.staff_model.row_at(0).id
    window.editor.open_record(first)
    dialog = wait_window(qtbot, StaffDialog)
    assert not dialog.save_button.isVisible()  # read-only
    assert not dialog.personal.nik.isVisible() and not dialog.personal.alamat.isVisible()
    assert dialog.personal.nama.isVisible()
    dialog.reject()
    window.pages.setCurrentIndex(APPRAISAL_PAGE)
    opd = window.db.execute("SELECT id FROM unit WHERE jenis = 'opd' LIMIT 1").fetchone()[0]
    window.unit_tree.select_unit(opd)
    qtbot.waitUntil(lambda: window.appraisal is not None and window.appraisal.unit_id == opd)
    assert not window.appraisal.top.capaian.isEnabled()  # capaian organisasi: not theirs
    assert window.appraisal.skm.menu_button.isHidden()


def test_pegawai_sees_only_themself(qtbot, app_session, demo_path):
    window = signed_in_window(qtbot, app_session, demo_path, "pegawai")
    own = sessions.current().staff_id
    assert listed(window) == {own}
    window.editor.open_record(own)
    dialog = wait_window(qtbot, StaffDialog)
    assert dialog.personal.nik.isVisible()  # their own personal data
    assert not dialog.save_button.isVisible()
    dialog.reject()


# -- keberatan: the atasan pejabat penilai decides it in the evaluation editor ------------------


@pytest.fixture
def set_evaluation(fresh_db):
    """A bidang whose kabid appraises three staff; the first one's TW1 evaluation is set."""
    office = build_office(fresh_db, staff_count=3)
    skp = skp_for(fresh_db, office.staff[0].id, approve=True)
    ev = ev_store.open_evaluasi(fresh_db, skp.id, "TW1")
    ev.rating_hasil = ev.rating_perilaku = Rating.SESUAI
    ev = ev_store.save_evaluasi(fresh_db, ev)
    ev_store.transition_evaluasi(fresh_db, ev.id, Action.NILAI)
    ev_store.transition_evaluasi(fresh_db, ev.id, Action.TETAPKAN)
    return office, ev.id


def open_evaluation(qtbot, office, db_path, prompts, session: sessions.Session):
    sessions.begin(session)
    widget = AppraisalWorkspace(office.db, db_path, prompts=prompts)
    qtbot.addWidget(widget)
    widget.top.year.setValue(YEAR)
    widget.top.period.setCurrentIndex(0)  # Triwulan I
    widget.set_unit(office.bidang.id, {office.bidang.id})
    widget.show()
    qtbot.waitExposed(widget)
    widget.select_staff(office.staff[0].id)
    with qtbot.waitSignal(widget.editors.editor_opened) as opened:
        qtbot.mouseClick(widget.top.evaluation_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    qtbot.waitExposed(dialog)
    return dialog


def test_the_atasan_upholds_a_keberatan_with_a_decision(qtbot, set_evaluation, db_path):
    office, evaluasi_id = set_evaluation
    prompts = AppraisalPrompts()
    atasan = sessions.Session(Role.ATASAN, 7, "atasan", staff_id=office.kabid.id)
    dialog = open_evaluation(qtbot, office, db_path, prompts, atasan)
    button = dialog.buttons[Action.KEBERATAN]
    assert button.isVisible() and button.isEnabled()
    assert not dialog.buttons[Action.BUKA_KEMBALI].isEnabled()  # reopening is the penilai's
    prompts.reasons = ["Keberatan diterima: bukti dukung TW1 baru diserahkan"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ev_store.get_evaluasi(office.db, evaluasi_id).status == "dinilai")
    assert "bukti dukung TW1 baru" in ev_store.get_evaluasi(office.db, evaluasi_id).alasan
    dialog.reject()


def test_the_penilai_gets_no_keberatan_button(qtbot, set_evaluation, db_path):
    office, _ = set_evaluation
    penilai_session = sessions.Session(Role.PENILAI, 8, "penilai", staff_id=office.kabid.id)
    dialog = open_evaluation(qtbot, office, db_path, AppraisalPrompts(), penilai_session)
    assert not dialog.buttons[Action.KEBERATAN].isVisible()
    assert dialog.buttons[Action.BUKA_KEMBALI].isEnabled()
    dialog.reject()
