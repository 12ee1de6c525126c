"""The lock bug (issue 8, finding 1): a file dialog on the database's folder must not drop
SQLite's locks, or a later process deletes the WAL the app still writes to and saved work
never reaches the file. A real GUI process, a real second process, a real kill -9."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store.db import open_db
from tests.gui.office import build_office
from tests.reliability.gui_process import GuiProcess, locks_held

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX fcntl locks only")

OPEN_AND_CLOSE = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "c.execute('SELECT count(*) FROM staff').fetchone()\n"
    "c.close()\n"
)


def _address(path: Path, staff_id: int) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT alamat FROM staff WHERE id = ?", [staff_id]).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def office_file(tmp_path: Path) -> tuple[Path, int]:
    folder = tmp_path / "kantor"
    path = folder / "kantor.sqlite"
    db = open_db(path)
    staff_id = build_office(db, staff_count=5).staff[0].id
    db.close()
    return path, staff_id


def test_file_dialog_then_another_process_then_save_survives_kill(tmp_path, office_file):
    path, staff_id = office_file
    gui = GuiProcess(path, tmp_path / "settings.ini")
    try:
        assert gui.first.startswith("ready"), gui.first
        assert Path(str(path) + "-wal").exists() and Path(str(path) + "-shm").exists()
        held_before = locks_held(gui.pid, Path(str(path) + "-shm"))

        answer = gui.ask("dialog")
        listed = int(answer.split()[1])
        assert listed >= 4, answer  # kantor.sqlite, -wal, -shm, the holder file
        held_after = locks_held(gui.pid, Path(str(path) + "-shm"))

        subprocess.run([sys.executable, "-c", OPEN_AND_CLOSE, str(path)], check=True)

        assert gui.ask(f"save {staff_id} Jl. Merdeka No. 17") == "saved"
        on_disk = _address(path, staff_id)
        assert on_disk == "Jl. Merdeka No. 17", (
            f"the save did not reach the file (locks on -shm before/after the dialog: "
            f"{held_before}/{held_after})"
        )
        if held_before >= 0:
            assert held_after == held_before, "the dialog dropped SQLite's locks"
        gui.kill9()
        assert _address(path, staff_id) == "Jl. Merdeka No. 17"
    finally:
        gui.close()


def test_the_open_database_and_its_side_files_cannot_be_picked(office_file, tmp_path):
    """A picker never hands the open database (or -wal/-shm) to an import or an export."""
    from desktop.store.lock import is_live_database_file

    path, _ = office_file
    db = open_db(path)
    try:
        for name in ("kantor.sqlite", "kantor.sqlite-wal", "kantor.sqlite-shm"):
            assert is_live_database_file(path.with_name(name))
        assert not is_live_database_file(path.with_name("pegawai.xlsx"))
        assert not is_live_database_file(tmp_path / "lain" / "kantor.sqlite")
    finally:
        db.close()
