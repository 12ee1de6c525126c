"""``kinerja check`` on damaged files (issue 8, finding 6): a report or a clear refusal, exit 0
or 1, never a traceback, never a migration, and the file's bytes unchanged."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.store.db import open_db
from tests.gui.office import build_office

PAGE = 4096


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    """A checkpointed office database of several pages (no -wal beside it)."""
    path = tmp_path_factory.mktemp("good") / "kantor.sqlite"
    db = open_db(path)
    build_office(db, staff_count=60)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # a plain file: every byte is in it
    conn.close()
    assert path.stat().st_size > 20 * PAGE
    return path


def _poke(offset: int | Callable[[int], int]) -> Callable[[bytearray], None]:
    def damage(data: bytearray) -> None:
        at = offset(len(data)) if callable(offset) else offset
        data[at : at + 8] = random.Random(at).randbytes(8)

    return damage


def _zero_header(data: bytearray) -> None:
    data[:16] = bytes(16)


def _page_size(data: bytearray) -> None:
    data[16:18] = (777).to_bytes(2, "big")  # not a power of two


def _truncate(data: bytearray) -> None:
    del data[len(data) // 2 + 100 :]


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('kinerja', '9999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()


def _wal_garbage(path: Path) -> None:
    Path(str(path) + "-wal").write_bytes(random.Random(3).randbytes(3 * PAGE + 32))


BYTE_DAMAGE: dict[str, Callable[[bytearray], None]] = {
    "header_overwritten": _zero_header,
    "page1_btree_header": _poke(100),
    "page1_schema_cells": _poke(PAGE - 200),
    "page2": _poke(PAGE + 8),
    "deep_middle_page": _poke(lambda n: (n // PAGE // 2) * PAGE + 40),
    "deep_last_page": _poke(lambda n: n - PAGE + 16),
    "file_size_field": _poke(28),
    "wrong_page_size": _page_size,
    "truncated": _truncate,
}
WHOLE_FILE: dict[str, Callable[[Path], None]] = {
    "zero_bytes": lambda p: p.write_bytes(b""),
    "random_bytes": lambda p: p.write_bytes(random.Random(1).randbytes(8 * PAGE)),
    "text_file": lambda p: p.write_text("NIP;Nama\n198609262015051001;Budi\n", encoding="utf-8"),
    "wal_only_garbage": _wal_garbage,
    "newer_schema": _newer,
}
CASES = sorted([*BYTE_DAMAGE, *WHOLE_FILE])


def _damaged(good: Path, folder: Path, case: str) -> Path:
    path = folder / "kantor.sqlite"
    data = bytearray(good.read_bytes())
    if case in BYTE_DAMAGE:
        BYTE_DAMAGE[case](data)
        path.write_bytes(bytes(data))
    else:
        path.write_bytes(bytes(data))
        WHOLE_FILE[case](path)
    return path


def _snapshot(folder: Path) -> dict[str, bytes]:
    """The bytes of the database and of any WAL beside it. The -shm file is SQLite's index of
    the WAL, rebuilt by every reader, never data; an empty -wal a reader creates holds none."""
    return {
        p.name: p.read_bytes()
        for p in folder.iterdir()
        if p.name.startswith("kantor.sqlite")
        and not p.name.endswith("-shm")
        and not (p.name.endswith("-wal") and p.stat().st_size == 0)
    }


@pytest.mark.parametrize("case", CASES)
def test_check_reports_or_refuses_and_changes_nothing(good, tmp_path, case):
    path = _damaged(good, tmp_path, case)
    before = _snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["--db", str(path), "check"])
    output = result.output
    assert result.exit_code in (0, 1), output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in output
    assert output.strip(), "a message is always shown"
    after = _snapshot(tmp_path)
    assert after == before, f"{case}: check changed {sorted(set(after) ^ set(before))}"
    if case == "zero_bytes":
        assert "kosong (0 byte)" in output and result.exit_code == 1
    if case in ("random_bytes", "text_file", "header_overwritten"):
        assert "bukan basis data" in output and result.exit_code == 1
    if case == "newer_schema":
        assert "versi aplikasi yang lebih baru" in output and result.exit_code == 1


def test_check_of_a_good_file_says_so_and_changes_nothing(good, tmp_path):
    path = tmp_path / "kantor.sqlite"
    path.write_bytes(good.read_bytes())
    result = CliRunner().invoke(cli, ["--db", str(path), "check", "--json"])
    assert result.exit_code == 0, result.output
    assert '"ok": true' in result.output
    assert path.read_bytes() == good.read_bytes()


def test_open_db_refuses_an_existing_empty_file(tmp_path):
    from desktop.core.errors import StoreError

    path = tmp_path / "kosong.sqlite"
    path.write_bytes(b"")
    with pytest.raises(StoreError) as caught:
        open_db(path)
    assert caught.value.code == "empty_file"
    assert path.stat().st_size == 0
    assert sorted(os.listdir(tmp_path)) == ["kosong.sqlite"]


def test_a_read_only_database_says_read_only_not_damaged(good, tmp_path):
    """SQLite's SQLITE_READONLY (here: a write through a read-only connection) is reported as
    hanya-baca, by the error's name."""
    from desktop.core.errors import StoreError
    from desktop.store.db import translate_errors

    path = tmp_path / "kantor.sqlite"
    path.write_bytes(good.read_bytes())
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(StoreError) as caught, translate_errors(path):
        conn.execute("UPDATE staff SET alamat = 'x'")
    conn.close()
    assert caught.value.code == "read_only"
    assert "hanya-baca" in caught.value.message() and "rusak" not in caught.value.message()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes 0444 files")
def test_open_db_of_a_0444_file_says_read_only(good, tmp_path):
    from desktop.core.errors import StoreError

    path = tmp_path / "kantor.sqlite"
    path.write_bytes(good.read_bytes())
    path.chmod(0o444)
    with pytest.raises(StoreError) as caught:
        open_db(path)
    assert caught.value.code == "read_only" and "hanya-baca" in caught.value.message()


def test_open_db_in_a_folder_it_cannot_write_says_read_only(good, tmp_path, monkeypatch):
    """As root (CI containers) permissions are not enforced: the check itself is exercised."""
    from desktop.core.errors import StoreError
    from desktop.store import db as store_db

    path = tmp_path / "kantor.sqlite"
    path.write_bytes(good.read_bytes())
    real_access = os.access
    monkeypatch.setattr(
        store_db.os, "access", lambda p, mode: mode != os.W_OK and real_access(p, mode)
    )
    with pytest.raises(StoreError) as caught:
        open_db(path)
    assert caught.value.code == "read_only" and "hanya-baca" in caught.value.message()
    assert path.read_bytes() == good.read_bytes()
