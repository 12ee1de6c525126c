"""The ``kinerja`` command on a temporary database: exit codes, messages, nothing changed on
rejection, JSON reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.store.db import open_db


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def state(db_path: Path) -> tuple[int, int]:
    db = open_db(db_path)
    try:
        return (
            db.execute("SELECT rev FROM sync_state").fetchone()[0],
            db.execute("SELECT count(*) FROM staff").fetchone()[0],
        )
    finally:
        db.close()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    result = run("--db", str(path), "demo", "--staff", "80", "--seed", "3", "--json")
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo office for each test."""
    target = tmp_path / "kantor.sqlite"
    src = open_db(demo_template)
    dest = __import__("sqlite3").connect(target)
    src.conn.backup(dest)
    dest.close()
    src.close()
    return target


def test_demo_reports_what_it_built_and_refuses_a_second_time(demo_template):
    before = state(demo_template)
    assert before[1] == 80
    again = run("--db", str(demo_template), "demo", "--staff", "80")
    assert again.exit_code == 1
    assert "Ditolak" in again.stderr
    assert state(demo_template) == before


def test_export_then_dry_run_import_finds_everything_unchanged(demo_db, tmp_path):
    sheet = tmp_path / "pegawai.xlsx"
    assert run("--db", str(demo_db), "staff", "export", str(sheet)).exit_code == 0
    result = run("--db", str(demo_db), "staff", "import", str(sheet), "--dry-run", "--json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0
    assert report["counts"]["sama"] > 0 and report["counts"]["ditolak"] == 0
    assert report["written"] is False


def bad_sheet(path: Path, demo_db: Path) -> Path:
    """Two new valid staff and one row whose NIP Excel has damaged (a float cell)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP Baru", "Nama Lengkap", "Gol/Ruang", "Tanggal Lahir", "Jabatan"])
    ws.append(["199203152019032001", "Rina Marlina", "III/a", "15-03-1992", "Pengelola Keuangan"])
    ws.append(["199107202020121002", "Dedi Kurniawan", "III/a", "20/07/1991", "Analis Data"])
    ws.append([1.98609262015051e17, "Rusak Excel", "III/b", "26-09-1986", "Staf"])
    wb.save(path)
    return path


def test_a_rejected_row_blocks_the_import_and_changes_nothing(demo_db, tmp_path):
    before = state(demo_db)
    sheet = bad_sheet(tmp_path / "b.xlsx", demo_db)
    result = run("--db", str(demo_db), "staff", "import", str(sheet))
    assert result.exit_code == 1
    assert "Baris 4" in result.stderr and "NIP" in result.stderr
    assert "tidak ada yang ditulis" in result.stdout
    assert state(demo_db) == before


def test_skip_invalid_imports_the_good_rows(demo_db, tmp_path):
    before = state(demo_db)
    result = run(
        "--db",
        str(demo_db),
        "staff",
        "import",
        "--skip-invalid",
        str(bad_sheet(tmp_path / "b.xlsx", demo_db)),
    )
    assert result.exit_code == 0
    assert state(demo_db)[1] == before[1] + 2


def test_a_broken_spreadsheet_is_refused_in_indonesian(demo_db, tmp_path):
    junk = tmp_path / "rusak.xlsx"
    junk.write_bytes(b"PK\x03\x04 this is not really a workbook")
    before = state(demo_db)
    result = run("--db", str(demo_db), "staff", "import", str(junk))
    assert result.exit_code == 1
    assert "Ditolak" in result.stderr and "rusak.xlsx" in result.stderr
    assert state(demo_db) == before


def test_check_passes_on_the_demo_and_names_a_broken_nip(demo_db):
    ok = run("--db", str(demo_db), "check", "--json")
    assert ok.exit_code == 0 and json.loads(ok.stdout)["problems"] == []
    db = open_db(demo_db)
    with db.atomic():
        db.execute(
            "UPDATE staff SET nip = '198613262015051001' WHERE id = (SELECT min(id) FROM staff)"
        )
    db.close()
    bad = run("--db", str(demo_db), "check")
    assert bad.exit_code == 1
    assert "198613262015051001" in bad.stdout and "Tanggal lahir" in bad.stdout


def test_messages_follow_lang(demo_db, tmp_path):
    result = run(
        "--db",
        str(demo_db),
        "--lang",
        "en",
        "staff",
        "import",
        str(bad_sheet(tmp_path / "b.xlsx", demo_db)),
    )
    assert result.exit_code == 1
    assert "Row 4" in result.stderr and "nothing was written" in result.stdout


def test_usage_errors_exit_2(tmp_path):
    assert run("--db", str(tmp_path / "x.sqlite"), "staff", "import").exit_code == 2
    assert run("--db", str(tmp_path / "x.sqlite"), "demo", "--staff", "nol").exit_code == 2


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    bogus = tmp_path / "foto.sqlite"
    bogus.write_bytes(b"JFIF" + b"\0" * 5000)
    result = run("--db", str(bogus), "check")
    assert result.exit_code == 1 and "bukan basis data" in result.stderr


def test_the_installed_entry_point_runs(tmp_path):
    target = tmp_path / "k.sqlite"
    command = [sys.executable, "-m", "desktop", "--db", str(target), "check", "--json"]
    missing = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and "Basis data tidak ada" in missing.stderr
    assert not target.exists()
    open_db(target).close()
    out = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["ok"] is True and report["facts"]["pegawai aktif"] == 0
