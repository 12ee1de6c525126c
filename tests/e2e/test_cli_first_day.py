"""The first day on the command line: an office's own messy list, a SIASN JSON file and a SIASN
UPPER_SNAKE download each imported into an EMPTY database with its unit tree, every bad row
named, a second run changing nothing, and a later download growing the riwayat."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from desktop.cli import cli
from desktop.store.db import open_db
from tests.unit.first_day_files import (
    OFFICE_BAD_ROWS,
    OFFICE_GOOD,
    office_list,
    siasn_json,
    siasn_records,
    siasn_sheet,
)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def state(db_path: Path) -> tuple[int, int, int, int]:
    """(rev, staff, units, audit entries)."""
    db = open_db(db_path)
    try:
        return tuple(
            db.execute(sql).fetchone()[0]
            for sql in (
                "SELECT rev FROM sync_state",
                "SELECT count(*) FROM staff",
                "SELECT count(*) FROM unit",
                "SELECT count(*) FROM audit_log",
            )
        )  # type: ignore[return-value]
    finally:
        db.close()


def test_an_office_list_into_an_empty_database(tmp_path):
    db, sheet = str(tmp_path / "new.sqlite"), office_list(tmp_path)
    first = run("--db", db, "staff", "import", str(sheet), "--create-units", "--skip-invalid")
    assert first.exit_code == 0, first.output
    assert f"Baru: {OFFICE_GOOD}" in first.stdout and "Ditolak: 3" in first.stdout
    assert (
        "Unit baru (8):" in first.stdout and "Seksi Gizi (di bawah Dinas Kesehatan)" in first.stdout
    )
    assert "mungkin maksudnya Dinas Kesehatan?" in first.stdout
    for row in OFFICE_BAD_ROWS:
        assert f"Baris {row}, kolom '" in first.stderr
    assert "Baris 14, kolom 'NIP': NIP 198609262015051001 sudah ada di baris 5" in first.stderr
    assert "Baris 16, kolom 'Unit Induk': Unit 'Dinas Kesehtan' tidak ditemukan" in first.stderr
    after_first = state(Path(db))
    assert after_first[1:3] == (OFFICE_GOOD, 8)
    second = run("--db", db, "staff", "import", str(sheet), "--create-units", "--skip-invalid")
    assert second.exit_code == 0 and "Tidak ada perubahan." in second.stdout
    assert f"Sama: {OFFICE_GOOD}" in second.stdout and "Unit baru" not in second.stdout
    assert state(Path(db)) == after_first


def test_without_create_units_nothing_is_written(tmp_path):
    db, sheet = str(tmp_path / "new.sqlite"), office_list(tmp_path)
    result = run("--db", db, "staff", "import", str(sheet))
    assert result.exit_code == 1
    assert "gunakan --create-units untuk membuatnya" in result.stdout
    assert "tambahkan unitnya lebih dulu" in result.stderr
    assert state(Path(db))[1:3] == (0, 0)


def test_json_report_lists_the_new_units_and_the_hints(tmp_path):
    db, sheet = str(tmp_path / "new.sqlite"), office_list(tmp_path)
    args = ("staff", "import", str(sheet), "--create-units", "--dry-run", "--json")
    report = json.loads(run("--db", db, *args).stdout)
    assert report["written"] is False and report["create_units"] is True
    assert {"kode": "1.01", "nama": "Seksi Gizi", "induk": "Dinas Kesehatan", "jenis": "bidang",
            "rows": 2} in report["new_units"]  # fmt: skip
    assert report["unit_hints"] == [{"column": "Unit Induk", "written": "Dinas Kesehtan",
                                     "suggestion": "Dinas Kesehatan", "rows": [16]}]  # fmt: skip
    assert {r["row"] for r in report["rejected"]} == set(OFFICE_BAD_ROWS)
    assert state(Path(db))[1:3] == (0, 0)


def _siasn_both_ways(tmp_path: Path, make) -> None:
    db = str(tmp_path / "siasn.sqlite")
    source = make(tmp_path, siasn_records())
    first = run("--db", db, "staff", "import", str(source), "--create-units", "--json")
    report = json.loads(first.stdout)
    assert first.exit_code == 0 and report["counts"]["baru"] == 4 and not report["rejected"]
    assert [u["jenis"] for u in report["new_units"]] == ["instansi", "opd", "bidang", "bidang"]
    conn = open_db(Path(db))
    try:
        found = dict(conn.execute("SELECT nip, status || ' ' || golongan FROM staff").fetchall())
    finally:
        conn.close()
    assert sorted(found.values()) == ["cpns II/c", "pns III/b", "pns IV/b", "pppk IX"]
    before = state(Path(db))
    again = run("--db", db, "staff", "import", str(source), "--create-units")
    assert again.exit_code == 0 and "Tidak ada perubahan." in again.stdout
    assert state(Path(db)) == before


def test_siasn_json_into_an_empty_database(tmp_path):
    _siasn_both_ways(tmp_path, siasn_json)


def test_siasn_upper_snake_sheet_into_an_empty_database(tmp_path):
    _siasn_both_ways(tmp_path, siasn_sheet)


def test_a_changed_download_grows_the_riwayat(tmp_path):
    db = str(tmp_path / "siasn.sqlite")
    run("--db", db, "staff", "import", str(siasn_json(tmp_path, siasn_records())), "--create-units")
    later = siasn_sheet(tmp_path, siasn_records(later=True), "later.xlsx")
    result = run("--db", db, "staff", "import", str(later), "--create-units")
    assert result.exit_code == 0, result.output
    assert "Diubah: 2" in result.stdout and "golongan III/b → III/c" in result.stdout
    conn = open_db(Path(db))
    try:
        rows = conn.execute(
            "SELECT g.golongan, g.tmt FROM riwayat_golongan g JOIN staff s ON s.id = g.staff_id "
            "WHERE s.nip = '198607142010012003' ORDER BY g.urutan"
        ).fetchall()
        jabatan = conn.execute(
            "SELECT count(*) FROM riwayat_jabatan j JOIN staff s ON s.id = j.staff_id "
            "WHERE s.nip = '198607142010012003'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert rows == [("III/b", "2019-04-01"), ("III/c", "2023-04-01")] and jabatan == 2
    before = state(Path(db))
    assert "Tidak ada perubahan." in run("--db", db, "staff", "import", str(later)).stdout
    assert state(Path(db)) == before


def test_a_broken_json_file_is_refused_with_exit_1(tmp_path):
    db, path = str(tmp_path / "new.sqlite"), tmp_path / "rusak.json"
    path.write_text("{not json", encoding="utf-8")
    result = run("--db", db, "staff", "import", str(path))
    assert result.exit_code == 1 and "bukan JSON yang sah" in result.stderr
