"""Lost updates (issue 8, finding 2): a staff record changed by another process after its
dialog opened is not overwritten by Simpan — the save is refused with who changed it and when,
and "Muat ulang" shows their version; a second GUI on the same file is refused by name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.app import open_main_window
from desktop.store import staff as staff_store
from desktop.ui.staff.dialog import StaffDialog
from tests.gui.conftest import ScriptedPrompts, find_window, wait_window
from tests.gui.helpers import click_staff, click_tab, retype
from tests.reliability.gui_process import REPO, GuiProcess

OTHER_PROCESS = (
    "import sys\n"
    "from desktop.store import audit, staff\n"
    "from desktop.store.db import open_db\n"
    "audit.set_user('sari')\n"
    "db = open_db(sys.argv[1])\n"
    "person = staff.get_staff(db, int(sys.argv[2]))\n"
    "person.alamat = 'Jl. Dari CLI 5'\n"
    "staff.save_staff(db, person)\n"
    "db.close()\n"
)


def _change_elsewhere(db_path: Path, staff_id: int) -> None:
    subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, str(db_path), str(staff_id)],
        check=True,
        cwd=REPO,
    )


def _open(qtbot, window, staff_id: int) -> StaffDialog:
    click_staff(qtbot, window, staff_id)
    qtbot.keyClick(window.staff_panel.table, Qt.Key.Key_Return)
    return wait_window(qtbot, StaffDialog)


def test_a_record_changed_elsewhere_is_refused_then_reloaded(
    qtbot, window, office, fresh_db, db_path, prompts
):
    person = office.staff[3]
    dialog = _open(qtbot, window, person.id)
    _change_elsewhere(db_path, person.id)  # e.g. `kinerja staff import` meanwhile

    click_tab(qtbot, dialog.tabs, "Kepegawaian")
    retype(qtbot, dialog.employment.jabatan, "Pranata Komputer Ahli Muda")
    prompts.answers = [False]  # first: keep the dialog as it is
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(prompts.confirmations) == 1
    message = prompts.confirmations[0]
    assert "diubah oleh sari pada" in message and "Muat ulang?" in message
    stored = staff_store.get_staff(fresh_db, person.id)
    assert stored.alamat == "Jl. Dari CLI 5"  # the other change survived
    assert stored.jabatan == person.jabatan  # and ours was not written over it
    assert find_window(StaffDialog) is dialog  # still open, edits kept

    prompts.answers = [True]  # "Muat ulang"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(prompts.confirmations) == 2
    assert dialog.personal.alamat.toPlainText() == "Jl. Dari CLI 5"
    click_tab(qtbot, dialog.tabs, "Kepegawaian")
    retype(qtbot, dialog.employment.jabatan, "Pranata Komputer Ahli Muda")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    stored = staff_store.get_staff(fresh_db, person.id)
    assert (stored.alamat, stored.jabatan) == ("Jl. Dari CLI 5", "Pranata Komputer Ahli Muda")
    assert len(prompts.confirmations) == 2


def test_an_unchanged_record_saves_without_a_question(qtbot, window, office, fresh_db, prompts):
    person = office.staff[5]
    dialog = _open(qtbot, window, person.id)
    retype(qtbot, dialog.personal.nama, "Nama Baru")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    assert prompts.confirmations == []
    assert staff_store.get_staff(fresh_db, person.id).nama == "Nama Baru"


def test_a_second_window_on_the_same_file_is_refused(qtbot, tmp_path, fresh_db, db_path, settings):
    fresh_db.close()
    gui = GuiProcess(db_path, tmp_path / "first.ini")
    try:
        assert gui.first.startswith("ready"), gui.first
        first_pid = gui.pid
        second_prompts = ScriptedPrompts()
        assert open_main_window(db_path, settings, second_prompts) is None
        assert len(second_prompts.notices) == 1
        notice = second_prompts.notices[0]
        assert "sedang dibuka oleh" in notice and f"PID {first_pid}" in notice
        gui.kill9()  # the first window dies without removing its holder file
    finally:
        gui.close()
    third_prompts = ScriptedPrompts()
    main = open_main_window(db_path, settings, third_prompts)  # stale holder recovered
    assert main is not None and third_prompts.notices == []
    qtbot.addWidget(main)
    main.db.close()


def test_skp_and_evaluation_saves_refuse_a_stale_version(office, fresh_db, db_path):
    """The same rule in the store for SKP and evaluations: a version read at load, changed by
    another connection (an RHK removed, a realisasi typed), refuses the older edit."""
    from desktop.core.appraisal import Rating
    from desktop.core.errors import StoreError
    from desktop.store import evaluasi as ev_store
    from desktop.store import skp as skp_store
    from desktop.store.db import open_db
    from tests.unit.test_store_appraisal import rate, skp_with_rhk

    db = fresh_db
    skp = skp_with_rhk(db, office.staff[1].id)
    version = skp_store.edit_version(db, skp.id)
    other = open_db(db_path, migrate=False)
    theirs = skp_store.get_skp(other, skp.id)
    theirs.rhk[0].iki.pop()  # a part deleted elsewhere
    skp_store.save_skp(other, theirs)
    skp.rhk[0].uraian = "Uraian kami"
    with pytest.raises(StoreError) as caught:
        skp_store.save_skp(db, skp, expected_version=version)
    assert caught.value.code == "stale_edit"
    assert len(skp_store.get_skp(db, skp.id).rhk[0].iki) == 1

    ev = rate(db, skp.id, Rating.SESUAI, Rating.SESUAI)
    version = ev_store.edit_version(db, ev.id)
    theirs_ev = ev_store.get_evaluasi(other, ev.id)
    theirs_ev.realisasi[0].realisasi = "140 usulan"
    ev_store.save_evaluasi(other, theirs_ev)
    other.close()
    ev.realisasi[0].realisasi = "120 usulan"
    with pytest.raises(StoreError) as caught:
        ev_store.save_evaluasi(db, ev, expected_version=version)
    assert caught.value.code == "stale_edit" and "diubah oleh" in caught.value.message()
    assert ev_store.get_evaluasi(db, ev.id).realisasi[0].realisasi == "140 usulan"
