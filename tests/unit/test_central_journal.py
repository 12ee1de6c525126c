"""A large central import runs with a rollback journal (a WAL slows every page it reads back
as the batch grows), only while nobody else has the file open, and leaves the file in WAL
mode with every row in it; a small one never leaves the WAL."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store.db import open_db
from desktop.sync import backend, export_package, import_packages
from tests.unit.sync_support import (
    TRUST_ALL,
    centre_copy,
    centre_db,
    demo_office,
    introduce,
    office_data,
)


@pytest.fixture
def world(tmp_path: Path):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    office = demo_office(tmp_path / "kantor.sqlite")
    centre = centre_db(tmp_path / "pusat.sqlite")
    introduce(office, centre, stick)
    package = export_package(office, stick, full=True)
    yield office, centre, package
    office.close()
    centre.close()


def _import_noting_journal(centre, path: Path) -> set[str]:
    """Import one package; the journal modes seen while its rows were applied."""
    modes: set[str] = set()

    def progress(_done: int, _total: int) -> None:
        modes.add(centre.execute("PRAGMA journal_mode").fetchone()[0])

    report = import_packages(centre, [path], trust=TRUST_ALL, progress=progress)
    assert report.ok, report.lines()
    return modes


def test_a_large_batch_uses_a_rollback_journal_and_gives_the_wal_back(world, monkeypatch):
    office, centre, package = world
    monkeypatch.setattr(backend, "ROLLBACK_ROWS", 1)  # this small package counts as large
    assert _import_noting_journal(centre, package.path) == {"delete"}
    assert centre.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert centre_copy(centre, office) == office_data(office)  # every row arrived


def test_with_the_file_open_elsewhere_the_batch_stays_in_the_wal(world, monkeypatch, tmp_path):
    office, centre, package = world
    monkeypatch.setattr(backend, "ROLLBACK_ROWS", 1)
    reader = open_db(tmp_path / "pusat.sqlite")  # e.g. the centre's screen, still open
    try:
        assert reader.execute("SELECT count(*) FROM central_row").fetchone()[0] == 0
        assert _import_noting_journal(centre, package.path) == {"wal"}
        assert reader.execute("SELECT count(*) FROM central_row").fetchone()[0] > 0
    finally:
        reader.close()
    assert centre_copy(centre, office) == office_data(office)


def test_a_small_batch_never_leaves_the_wal(world):
    _office, centre, package = world
    assert package.total_rows < backend.ROLLBACK_ROWS
    assert _import_noting_journal(centre, package.path) == {"wal"}
