"""Two overlapping writers (issue 8, finding 3): every write transaction starts BEGIN IMMEDIATE,
so the second writer waits for the first (or, past the busy timeout, gets a message naming who
holds the database and succeeds on retry) — never a traceback, never a lost change."""

from __future__ import annotations

import json
import os
import socket
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.core.errors import StoreError
from desktop.store import lock
from desktop.store import staff as staff_store
from desktop.store.db import open_db
from tests.gui.office import build_office

ROUNDS = 20


@pytest.fixture
def office_file(tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / "kantor.sqlite"
    db = open_db(path)
    ids = [s.id for s in build_office(db, staff_count=6).staff]
    db.close()
    return path, ids


def _name_a_holder(path: Path) -> int:
    """A holder file naming another live process (our parent) on this PC."""
    pid = os.getppid()
    lock.holder_path(path).write_text(
        json.dumps(
            {
                "user": "sari",
                "host": socket.gethostname(),
                "pid": pid,
                "since": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        ),
        encoding="utf-8",
    )
    return pid


def _set_address(db, staff_id: int, text: str) -> None:
    """Read, change and save one record as an editor does (version checked)."""
    version = staff_store.edit_version(db, staff_id)
    person = staff_store.get_staff(db, staff_id)
    person.alamat = text
    staff_store.save_staff(db, person, expected_rev=version)


class Holder(threading.Thread):
    """Writer A: saves inside a transaction it keeps open until ``release`` is set."""

    def __init__(self, path: Path, staff_id: int, text: str) -> None:
        super().__init__(daemon=True)
        self.path, self.staff_id, self.text = path, staff_id, text
        self.holding, self.release = threading.Event(), threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        db = open_db(self.path, migrate=False)
        try:
            with db.atomic():
                _set_address(db, self.staff_id, self.text)
                self.holding.set()
                self.release.wait(30)
        except BaseException as exc:  # counted by the test
            self.error = exc
            self.holding.set()
        finally:
            db.close()


def test_twenty_overlapping_writer_pairs_lose_nothing(office_file):
    path, ids = office_file
    holder_pid = _name_a_holder(path)
    tracebacks, busy_messages, waited = [], [], 0
    for n in range(ROUNDS):
        a = Holder(path, ids[0], f"A{n}")
        b = open_db(path, migrate=False)
        patient = n % 2 == 0
        if patient:  # B waits in BEGIN IMMEDIATE; A commits once B is waiting
            b.conn.set_trace_callback(
                lambda sql, a=a: a.release.set() if sql.startswith("BEGIN IMMEDIATE") else None
            )
        else:  # B gives up quickly, is told who holds the database, and retries
            b.conn.execute("PRAGMA busy_timeout = 50")
        a.start()
        assert a.holding.wait(30)
        try:
            _set_address(b, ids[1], f"B{n}")
            waited += 1
        except StoreError as exc:
            if exc.code != "busy":
                tracebacks.append(repr(exc))
            busy_messages.append(exc.message())
            a.release.set()
            a.join(30)
            _set_address(b, ids[1], f"B{n}")  # the retry
        except Exception as exc:  # what the issue measured
            tracebacks.append(repr(exc))
        a.release.set()
        a.join(30)
        if a.error is not None:
            tracebacks.append(repr(a.error))
        b.close()
        check = open_db(path, migrate=False)
        lost = [
            who
            for who, staff_id, text in (("A", ids[0], f"A{n}"), ("B", ids[1], f"B{n}"))
            if staff_store.get_staff(check, staff_id).alamat != text
        ]
        check.close()
        assert not lost, f"round {n}: lost the change of writer {lost}"
    assert tracebacks == []
    assert waited == ROUNDS // 2 and len(busy_messages) == ROUNDS // 2
    assert all(f"sari di {socket.gethostname()} (PID {holder_pid}" in m for m in busy_messages)
    assert all("coba lagi" in m.lower() for m in busy_messages)


def test_a_busy_database_ends_a_cli_write_with_exit_1_and_the_holder(office_file, monkeypatch):
    from desktop.cli import cli
    from desktop.store import db as store_db

    path, ids = office_file
    _name_a_holder(path)
    exported = path.parent / "pegawai.csv"
    result = CliRunner().invoke(cli, ["--db", str(path), "staff", "export", str(exported)])
    assert result.exit_code == 0, result.output
    text = exported.read_text(encoding="utf-8-sig").replace("Budi", "Budiman")
    exported.write_text(text, encoding="utf-8")
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_S", 0.2)
    a = Holder(path, ids[0], "sibuk")
    a.start()
    assert a.holding.wait(30)
    try:
        result = CliRunner().invoke(cli, ["--db", str(path), "staff", "import", str(exported)])
    finally:
        a.release.set()
        a.join(30)
    assert result.exit_code == 1, result.output
    assert "sedang dipakai" in result.output and "sari di" in result.output
    assert "Traceback" not in result.output


def test_a_stale_holder_is_recovered_and_a_live_one_refused(tmp_path):
    path = tmp_path / "kantor.sqlite"
    lock.holder_path(path).write_text(
        json.dumps(
            {
                "user": "budi",
                "host": socket.gethostname(),
                "pid": 2**22 + 12345,  # above Linux's pid_max default: no such process
                "since": "2026-01-01T00:00:00+00:00",
            }
        ),
        encoding="utf-8",
    )
    mine = lock.claim(path)
    assert mine.is_this_process and lock.read_holder(path) == mine
    lock.release(path)
    assert not lock.holder_path(path).exists()
    _name_a_holder(path)
    with pytest.raises(StoreError) as caught:
        lock.claim(path)
    assert caught.value.code == "in_use" and "sari di" in caught.value.message()


def test_a_busy_save_in_the_gui_offers_coba_lagi_and_then_saves(
    qtbot, window, office, fresh_db, db_path
):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.ui.staff.dialog import StaffDialog
    from tests.gui.conftest import find_window, wait_window
    from tests.gui.helpers import click_staff, retype

    fresh_db.conn.execute("PRAGMA busy_timeout = 50")  # the GUI gives up quickly here
    a = Holder(db_path, office.staff[0].id, "sibuk")
    a.start()
    assert a.holding.wait(30)
    click_staff(qtbot, window, office.staff[2].id)
    qtbot.keyClick(window.staff_panel.table, Qt.Key.Key_Return)
    dialog = wait_window(qtbot, StaffDialog)
    retype(qtbot, dialog.personal.nama, "Nama Sesudah Sibuk")
    asked: list[str] = []

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box = next((b for b in boxes if b.isVisible()), None)
        if box is None:
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        a.release.set()  # the other writer finishes
        a.join(30)
        retry = next(b for b in box.buttons() if b.text() == "Coba lagi")
        qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    assert len(asked) == 1 and "sedang dipakai" in asked[0]
    assert staff_store.get_staff(fresh_db, office.staff[2].id).nama == "Nama Sesudah Sibuk"
    assert staff_store.get_staff(fresh_db, office.staff[0].id).alamat == "sibuk"
