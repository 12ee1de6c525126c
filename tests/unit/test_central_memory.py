"""A repeated full package at the centre: memory stays flat (the rows the office no longer has
are found by an anti-join in SQL, not by sets of the whole package in Python), and those rows
are still deleted, with a correction among them listed as a conflict."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from desktop.store.db import open_db
from desktop.sync import export_package, import_packages, list_conflicts
from tests.unit.sync_support import TRUST_ALL, centre_db, demo_office, introduce, office_uuid


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


def _peak_import(centre, path: Path) -> tuple[int, dict[str, int]]:
    """Peak traced memory (bytes) of importing one package, and its counts."""
    tracemalloc.start()
    try:
        report = import_packages(centre, [path], trust=TRUST_ALL)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    [outcome] = report.outcomes
    assert outcome.state.value == "applied", outcome.message
    return peak, outcome.counts


def test_a_repeated_full_package_takes_no_more_memory_than_the_first(tmp_path, stick):
    office = demo_office(tmp_path / "kantor.sqlite", staff=400)
    centre = centre_db(tmp_path / "pusat.sqlite")
    try:
        introduce(office, centre, stick)
        first = export_package(office, stick, full=True)
        again = export_package(office, stick, full=True)
        first_peak, counts = _peak_import(centre, first.path)
        assert counts["new"] == first.total_rows
        again_peak, counts = _peak_import(centre, again.path)
        assert counts["unchanged"] == again.total_rows and counts["deleted"] == 0
        print("PEAKS", first_peak, again_peak)
        assert again_peak <= 1.3 * first_peak, (first_peak, again_peak)
    finally:
        office.close()
        centre.close()


def _plant(centre, table: str, row_uuid: str, owner: str, *, corrected: bool = False) -> None:
    """A row the centre holds for ``owner`` that the office's next package will not carry."""
    data = '{"nama":"Tidak Ada Lagi"}'
    with centre.atomic():
        package = centre.execute("SELECT max(id) FROM sync_package").fetchone()[0]
        centre.conn.execute(
            "INSERT INTO central_row (table_name, uuid, office_uuid, data, updated_at, "
            "office_rev, origin, package, centre_base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [table, row_uuid, owner, data, "2026-01-01T00:00:00Z", 1, owner, package,
             '{"nama":"Asli"}' if corrected else None],
        )  # fmt: skip


def _live(centre, row_uuid: str) -> bool:
    row = centre.execute("SELECT deleted_at FROM central_row WHERE uuid = ?", [row_uuid]).fetchone()
    return row is not None and row[0] is None


def test_rows_missing_from_a_full_package_are_deleted_and_only_those(tmp_path, stick):
    office = demo_office(tmp_path / "kantor.sqlite")
    other = demo_office(tmp_path / "lain.sqlite", seed=5)
    centre = centre_db(tmp_path / "pusat.sqlite")
    try:
        introduce(office, centre, stick)
        introduce(other, centre, stick)
        mine, theirs = office_uuid(office), office_uuid(other)
        report = import_packages(
            centre, [export_package(office, stick).path, export_package(other, stick).path],
            trust=TRUST_ALL,
        )  # fmt: skip
        assert report.ok
        _plant(centre, "staff", "a" * 32, mine)
        _plant(centre, "unit", "b" * 32, mine, corrected=True)
        _plant(centre, "staff", "c" * 32, theirs)
        live_before = centre.execute(
            "SELECT count(*) FROM central_row WHERE office_uuid = ? AND deleted_at IS NULL",
            [mine],
        ).fetchone()[0]

        full = export_package(office, stick, full=True)
        [outcome] = import_packages(centre, [full.path], trust=TRUST_ALL).outcomes

        assert outcome.counts["deleted"] == 2
        assert outcome.counts["unchanged"] == full.total_rows
        assert not _live(centre, "a" * 32) and not _live(centre, "b" * 32)
        assert _live(centre, "c" * 32)  # another office's row is never touched
        live_after = centre.execute(
            "SELECT count(*) FROM central_row WHERE office_uuid = ? AND deleted_at IS NULL",
            [mine],
        ).fetchone()[0]
        assert live_after == live_before - 2
        [conflict] = [c for c in list_conflicts(centre) if c.kind == "deleted_corrected"]
        assert (conflict.table, conflict.uuid) == ("unit", "b" * 32)
        assert conflict.centre_value == {"nama": "Tidak Ada Lagi"}
        seen = centre.execute("SELECT count(*) FROM temp.sync_seen").fetchone()[0]
        assert seen == 0  # nothing of the package is left behind
    finally:
        for db in (office, other, centre):
            db.close()
    reopened = open_db(tmp_path / "pusat.sqlite")
    try:
        assert not _live(reopened, "a" * 32)
    finally:
        reopened.close()
