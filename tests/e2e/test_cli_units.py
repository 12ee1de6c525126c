"""``kinerja units import|export|list`` on temporary databases: round trip, dry run, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.store.db import open_db


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def rev_and_units(db_path: Path) -> tuple[int, int]:
    db = open_db(db_path)
    try:
        return (
            db.execute("SELECT rev FROM sync_state").fetchone()[0],
            db.execute("SELECT count(*) FROM unit").fetchone()[0],
        )
    finally:
        db.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    result = run("--db", str(path), "demo", "--staff", "60", "--seed", "5", "--json")
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_import_round_trip_changes_nothing(demo_db, tmp_path, suffix):
    exported = tmp_path / f"unit{suffix}"
    result = run("--db", str(demo_db), "units", "export", str(exported))
    assert result.exit_code == 0 and "unit diekspor" in result.output
    before = rev_and_units(demo_db)
    result = run("--db", str(demo_db), "units", "import", str(exported), "--json")
    report = json.loads(result.output)
    assert result.exit_code == 0 and report["counts"]["ubah"] == 0 and not report["written"]
    assert report["counts"]["sama"] == before[1]
    assert rev_and_units(demo_db) == before
    # into an empty database, then back out: the same file
    fresh = tmp_path / "baru.sqlite"
    result = run("--db", str(fresh), "units", "import", str(exported))
    assert result.exit_code == 0, result.output
    assert rev_and_units(fresh)[1] == before[1]
    again = tmp_path / f"lagi{suffix}"
    run("--db", str(fresh), "units", "export", str(again))
    if suffix == ".csv":
        assert again.read_text(encoding="utf-8-sig") == exported.read_text(encoding="utf-8-sig")
    result = run("--db", str(fresh), "units", "import", str(again), "--json")
    assert json.loads(result.output)["counts"]["sama"] == before[1]


def test_dry_run_writes_nothing(tmp_path):
    sheet = tmp_path / "sotk.csv"
    sheet.write_text("Kode;Nama;Induk\n1;Pemerintah Kabupaten Kepahiang;\n1.01;Dinas Kesehatan;1\n")
    db = tmp_path / "k.sqlite"
    run("--db", str(db), "units", "list")  # creates the empty database
    before = rev_and_units(db)
    result = run("--db", str(db), "units", "import", str(sheet), "--dry-run")
    assert result.exit_code == 0 and "Baru: 2" in result.output
    assert "Uji coba: tidak ada yang ditulis." in result.output
    assert rev_and_units(db) == before


def test_rejected_rows_block_unless_skip_invalid(tmp_path):
    sheet = tmp_path / "sotk.csv"
    sheet.write_text(
        "Kode;Nama;Induk;Jenis\n1;Pemkab Kepahiang;;\n1.01;Dinas Kesehatan;1;Rumah Sakit\n"
        "1.02;Dinas Pendidikan;1;OPD\n"
    )
    db = tmp_path / "k.sqlite"
    result = run("--db", str(db), "units", "import", str(sheet))
    assert result.exit_code == 1
    assert "Baris 3, kolom 'Jenis'" in result.output and "Rumah Sakit" in result.output
    assert rev_and_units(db)[1] == 0
    result = run("--db", str(db), "units", "import", str(sheet), "--skip-invalid", "--json")
    report = json.loads(result.output)
    assert result.exit_code == 0 and report["written"] and report["counts"]["baru"] == 2
    assert report["rejected"][0]["row"] == 3 and report["rejected"][0]["column"] == "Jenis"


def test_list_shows_tree_and_unreadable_file_is_refused(demo_db, tmp_path):
    result = run("--db", str(demo_db), "units", "list", "--json")
    rows = json.loads(result.output)
    assert rows[0]["depth"] == 0 and rows[1]["induk"] == rows[0]["kode"]
    db = open_db(demo_db)
    active = db.execute("SELECT count(*) FROM staff WHERE aktif = 1").fetchone()[0]
    db.close()
    assert sum(r["pegawai"] for r in rows) == active
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"bukan excel")
    result = run("--db", str(demo_db), "units", "import", str(broken))
    assert result.exit_code == 1 and "rusak.xlsx" in result.output
    english = run("--lang", "en", "--db", str(tmp_path / "e.sqlite"), "units", "list")
    assert "No units yet." in english.output
