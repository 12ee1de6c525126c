"""A full disk during ``report batch`` or ``staff export`` (xlsx): a clear message in the
operator's language, exit 1, nothing left under the output's name or beside it, and never a
traceback on stderr. The command line runs in a child process whose file writes fail with
ENOSPC, as they do when a disk or stick is full."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store.db import open_db
from tests.unit.report_office import build_report_office

FULL_DISK = """
import errno, pathlib, sys, zipfile

def full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")

pathlib.Path.write_bytes = full
zipfile.ZipFile.writestr = full
zipfile.ZipFile.write = full
from desktop.cli import main
sys.argv = ["kinerja", *sys.argv[1:]]
main()
"""


@pytest.fixture
def office(db_path: Path) -> Path:
    db = open_db(db_path)
    build_report_office(db)
    db.close()
    return db_path


def run_full(db: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-c", FULL_DISK, "--db", str(db), *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize(
    ("lang", "words"), [("id", "disk penuh"), ("en", "the disk is full")]
)  # fmt: skip
def test_batch_print_on_a_full_disk(office, tmp_path, lang, words):
    out = tmp_path / "cetak"
    out.mkdir()
    done = run_full(office, tmp_path, "--lang", lang, "report", "batch", "--unit", "1",
                    "--year", "2026", "--period", "TW1", "-o", str(out / "semua.pdf"))  # fmt: skip
    assert done.returncode == 1
    assert words in done.stderr and "Traceback" not in done.stderr
    assert list(out.iterdir()) == []


def test_separate_files_on_a_full_disk(office, tmp_path):
    out = tmp_path / "per-pegawai"
    done = run_full(office, tmp_path, "report", "batch", "--unit", "1", "--year", "2026",
                    "--period", "TW1", "--separate", "-o", str(out))  # fmt: skip
    assert done.returncode == 1 and "disk penuh" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(out.iterdir()) == []


def test_staff_export_xlsx_on_a_full_disk(office, tmp_path):
    target = tmp_path / "pegawai.xlsx"
    done = run_full(office, tmp_path, "staff", "export", str(target))
    assert done.returncode == 1
    assert "disk penuh" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert not target.exists()
    assert [p for p in leftovers(tmp_path) if p.endswith(".tmp")] == []
