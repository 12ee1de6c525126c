"""A killed export leaves nothing that lasts: its temporary package goes at the next export to
that folder, and a package never has its final name before its export-log row is committed
(else the next export would give its sequence number to another package, and the centre
would refuse one of the two as ``sequence_reused``)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop.store import cleanup
from desktop.sync import TrustPolicy, export_package, import_packages
from desktop.sync.errors import SyncError
from tests.unit.sync_support import centre_db, demo_office


@pytest.fixture
def office(tmp_path: Path):
    db = demo_office(tmp_path / "kantor.sqlite", staff=30)
    yield db
    db.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


def test_the_log_row_is_committed_before_the_package_gets_its_name(office, stick, monkeypatch):
    """Seen from another process at the moment of the rename; then a kill right after the
    rename still leaves a package whose number the next export does not reuse."""
    seen = []
    real_replace = os.replace

    def replace(src, dst):
        other = sqlite3.connect(office.conn.execute("PRAGMA database_list").fetchone()[2])
        seen.append(other.execute("SELECT sequence, file_name FROM sync_export").fetchall())
        other.close()
        real_replace(src, dst)

    monkeypatch.setattr("desktop.sync.export.os.replace", replace)
    first = export_package(office, stick)
    assert seen == [[(1, first.path.name)]]
    monkeypatch.undo()
    assert export_package(office, stick).sequence == 2


def test_a_package_renamed_by_a_killed_export_is_never_refused_as_reused(
    office, stick, tmp_path, monkeypatch
):
    """The export dies right after the rename; the package reaches the centre; the next export
    gets the next number, and the centre takes both."""

    class Killed(BaseException):
        pass

    real_replace = os.replace

    def replace_then_die(src, dst):
        real_replace(src, dst)
        raise Killed

    monkeypatch.setattr("desktop.sync.export.os.replace", replace_then_die)
    with pytest.raises(Killed):
        export_package(office, stick)
    monkeypatch.undo()
    (orphan,) = stick.glob("*.kinerja")
    second = export_package(office, tmp_path)
    assert second.sequence == 2
    centre = centre_db(tmp_path / "pusat.sqlite")
    trust = TrustPolicy(any_new=True)
    first = import_packages(centre, [orphan], trust=trust).outcomes
    then = import_packages(centre, [second.path], trust=trust).outcomes
    assert [o.state.value for o in first + then] == ["applied", "applied"]


def test_the_next_export_removes_a_killed_export_s_temporary_file(office, stick):
    dead = stick / ".kantor-abc123-00001-20261205.kinerja.0a1b2c3d.tmp"
    dead.write_bytes(b"PK" + bytes(1000))  # nobody holds it: its export was killed
    mine = stick / "catatan.tmp"
    mine.write_text("milik pengguna")
    export_package(office, stick)
    assert not dead.exists() and mine.exists()


def test_a_running_export_s_temporary_file_is_left_alone(office, stick):
    live = stick / ".kantor-abc123-00001-20261205.kinerja.0a1b2c3d.tmp"
    guard = cleanup.Guard(live)
    try:
        export_package(office, stick)
        assert live.exists()
    finally:
        guard.release()


def test_a_failed_write_leaves_no_temporary_file(office, stick, monkeypatch):
    import errno

    from desktop.sync.writer import PackageWriter

    def full(self, table, lines):
        raise OSError(errno.ENOSPC, "simulated")

    monkeypatch.setattr(PackageWriter, "add", full)
    with pytest.raises(SyncError):
        export_package(office, stick)
    assert list(stick.iterdir()) == []
