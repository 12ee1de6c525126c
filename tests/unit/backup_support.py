"""Helpers for the backup tests: every row of every table, and a change touching many tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def all_rows(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every table (sqlite_sequence included) with its rows in rowid order, plus the schema."""
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    out: dict[str, list[tuple[Any, ...]]] = {
        "sqlite_master": conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    }
    for table in tables:
        out[table] = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
    return out


def rows_on_disk(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What another process opening the file sees."""
    conn = sqlite3.connect(path)
    try:
        return all_rows(conn)
    finally:
        conn.close()


def change_everything(conn: sqlite3.Connection) -> None:
    """Rename and add across staff, units and settings (one transaction)."""
    with conn:
        conn.execute("UPDATE staff SET nama = nama || ' (diubah)' WHERE id IN (1, 2, 3)")
        conn.execute("UPDATE unit SET nama = 'Unit Baru' WHERE id = (SELECT max(id) FROM unit)")
        conn.execute("DELETE FROM unit WHERE id NOT IN (SELECT unit_id FROM staff "
                     "WHERE unit_id IS NOT NULL) AND id NOT IN (SELECT parent_id FROM unit "
                     "WHERE parent_id IS NOT NULL) AND id > 1")  # fmt: skip
        conn.execute("INSERT INTO meta (key, value) VALUES ('uji', 'diubah')")
