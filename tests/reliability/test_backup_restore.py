"""Backup → change → restore through the real command line gives back every row of every
table; a restore killed with SIGKILL at any point leaves the database sound and wholly before
or wholly after it, and the next run leaves no working file behind.

Kill points are fractions of the time an uninterrupted restore took on this machine (measured
first). Linux only, like the other kill -9 tests.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from desktop import paths
from tests.unit.backup_support import (
    change_everything,
    rows_on_disk,
    without_audit_head,
    without_restore_entry,
)

FRACTIONS = (0.1, 0.3, 0.5, 0.65, 0.8, 0.9, 0.97)
STAFF = 600


def kinerja(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> tuple[Path, Path]:
    """An office with a backup of it; the database then changed after the backup."""
    db = tmp_path_factory.mktemp("kantor") / "kantor.sqlite"
    assert kinerja(db, "demo", "--staff", str(STAFF), "--seed", "11").returncode == 0
    made = kinerja(db, "backup", "--json")
    assert made.returncode == 0, made.stderr
    archive = Path(json.loads(made.stdout)["file"])
    conn = sqlite3.connect(db)
    change_everything(conn)
    conn.close()
    return db, archive


def test_backup_change_restore_is_row_identical(office, tmp_path):
    changed_db, archive = office
    db = tmp_path / "kantor.sqlite"
    shutil.copy(changed_db, db)
    backup_rows = _archive_rows(archive, tmp_path)
    changed = rows_on_disk(db)
    assert changed != backup_rows
    reader = sqlite3.connect(db)  # another process's view, open during the restore
    reader.execute("SELECT count(*) FROM staff").fetchone()
    result = kinerja(db, "restore", str(archive), "--yes")
    assert result.returncode == 0, result.stderr
    assert restored(rows_on_disk(db), backup_rows)  # and the restore's own audit entry
    assert reader.execute("SELECT nama FROM staff WHERE id = 1").fetchone() == (
        dict(backup_rows)["staff"][0][_column(db, "staff", "nama")],
    )
    reader.close()
    assert integrity(db) == "ok"


def restored(rows, backup_rows) -> bool:
    """Every row of the backup, plus only what the restore itself records (its audit entry
    ``pulih`` and the chain's head)."""
    last = rows.get("audit_log", [])[-1:]
    return (
        bool(last)
        and last[0][3] == "pulih"
        and (without_restore_entry(rows) == without_audit_head(backup_rows))
    )


def _column(db: Path, table: str, name: str) -> int:
    conn = sqlite3.connect(db)
    try:
        names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()
    return names.index(name)


def _archive_rows(archive: Path, tmp_path: Path):
    target = tmp_path / "isi-cadangan.sqlite"
    with zipfile.ZipFile(archive) as zf:
        target.write_bytes(zf.read("kinerja.sqlite"))
    return rows_on_disk(target)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL timing on Linux")
def test_restore_killed_at_any_point_is_all_or_nothing(office, tmp_path):
    changed_db, archive = office
    backup_rows = _archive_rows(archive, tmp_path)
    changed_rows = rows_on_disk(changed_db)
    work = tmp_path / "ukur.sqlite"
    shutil.copy(changed_db, work)
    started = time.perf_counter()
    assert kinerja(work, "restore", str(archive), "--yes").returncode == 0
    full = time.perf_counter() - started
    outcomes = {"sebelum": 0, "sesudah": 0}
    for n, fraction in enumerate(FRACTIONS):
        db = tmp_path / f"k{n}" / "kantor.sqlite"
        db.parent.mkdir()
        shutil.copy(changed_db, db)
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--db", str(db), "restore", str(archive), "--yes"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(full * fraction)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert integrity(db) == "ok"
        rows = rows_on_disk(db)
        after = restored(rows, backup_rows)
        assert after or rows == changed_rows, f"half a restore at {fraction}"
        outcomes["sesudah" if after else "sebelum"] += 1
        assert kinerja(db, "backup").returncode == 0  # the next run removes the kill's leftovers
        folder = paths.backup_dir_for(db)
        assert [p.name for p in folder.glob(".*")] == []
    print("kill -9 during restore:", outcomes)
    assert sum(outcomes.values()) == len(FRACTIONS)
