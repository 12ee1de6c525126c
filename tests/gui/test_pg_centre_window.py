"""``kinerja --db postgresql://…`` opens the "Rekap Pusat" page on a PostgreSQL centre (issue
16): the offices, the merged staff (not 0) and the predikat distribution of what was imported,
reloaded with F5 and exported to Excel, the same page a SQLite centre shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from desktop.sync import (
    Role,
    export_key_file,
    export_package,
    import_key_file,
    import_packages,
    set_role,
)
from desktop.sync.pg import connect
from desktop.ui.sync.pg_window import CentreWindow
from tests.gui.conftest import ScriptedPrompts
from tests.sync.conftest import PgServer, pg_server  # noqa: F401 (the fixture)
from tests.unit.sync_support import TRUST_ALL, demo_office, introduce


def centre_with_an_office(server: PgServer, tmp_path: Path) -> tuple[str, int]:
    """A PostgreSQL centre holding one office's first package; returns its URL and the
    office's staff count."""
    url = server.new_database()
    centre = connect(url, create=True)
    set_role(centre, Role.CENTRAL)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    office = demo_office(tmp_path / "kantor.sqlite", seed=5, staff=25)
    try:
        introduce(office, centre, stick)
        key, _ = export_key_file(office, stick / "kantor.kinerja-kunci")
        import_key_file(centre, key)
        assert import_packages(centre, [export_package(office, stick).path], trust=TRUST_ALL).ok
        staff = office.execute("SELECT count(*) FROM staff").fetchone()[0]
    finally:
        office.close()
        centre.close()
    return url, staff


def test_the_overview_of_a_postgresql_centre(qtbot, pg_server: PgServer, tmp_path: Path):  # noqa: F811
    url, staff = centre_with_an_office(pg_server, tmp_path)
    prompts = ScriptedPrompts()
    window = CentreWindow(connect(url), url, prompts)
    qtbot.addWidget(window)
    window.show()
    page = window.overview
    qtbot.waitUntil(lambda: page.years is not None, timeout=20_000)  # worked out in a worker
    assert page.office_table.rowCount() == 1
    assert page.staff_table.rowCount() == staff
    assert window.counter.text() == f"{staff} pegawai gabungan dari 1 kantor"
    assert page.distribution_table.rowCount() >= 1
    assert "postgresql://" in window.windowTitle()
    assert "sync import" in window.hint.text()  # where a package goes in on this centre
    assert window.hint.toolTip().startswith(f"kinerja --db {url}")

    qtbot.keyClick(window, Qt.Key.Key_F5)  # reload: the same, read again
    qtbot.waitUntil(lambda: page.years is not None, timeout=20_000)
    assert page.staff_table.rowCount() == staff

    out = tmp_path / "rekap.xlsx"
    prompts.files.append(out)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(out, read_only=True)
    assert len(book.sheetnames) == 2
    window.close()


def test_the_app_opens_a_postgresql_centre_and_refuses_an_unreachable_one(
    pg_server: PgServer,  # noqa: F811
    tmp_path: Path,
):
    url, _staff = centre_with_an_office(pg_server, tmp_path)
    env = {**os.environ, "KINERJA_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen",
           "KINERJA_DATA_DIR": str(tmp_path / "data")}  # fmt: skip
    opened = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", url],
        capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    unreachable = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", "postgresql://nobody@/nodb?host=/nonexistent"],
        capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert unreachable.returncode == 1
    assert "tidak dapat dihubungi" in unreachable.stderr and "Traceback" not in unreachable.stderr


def test_a_server_gone_while_the_window_is_open_is_a_message_not_a_bug(
    qtbot,
    monkeypatch,
    pg_server: PgServer,  # noqa: F811
    tmp_path: Path,
):
    """The server restarts or the network drops: F5 says so in words (the bug dialog is for
    bugs), and the window stays usable."""
    import psycopg

    from desktop.ui import errors

    url, staff = centre_with_an_office(pg_server, tmp_path)
    window = CentreWindow(connect(url), url, ScriptedPrompts())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.overview.years is not None, timeout=20_000)
    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_unexpected", lambda _parent, exc: shown.append(exc))
    messages: list[str] = []
    monkeypatch.setattr(errors.QMessageBox, "open", lambda box: messages.append(box.text()))
    pid = window.db.raw.execute("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(messages or shown), timeout=10_000)
    assert not shown
    assert "terputus" in messages[0] and "Tidak ada yang diubah" in messages[0]
    assert window.overview.staff_table.rowCount() == staff  # what was shown stays
    window.close()
