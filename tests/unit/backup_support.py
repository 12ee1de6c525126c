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


Rows = dict[str, list[tuple[Any, ...]]]


def without_restore_entry(rows: Rows) -> Rows:
    """``all_rows`` of a restored database less what the restore itself adds: its own audit
    entry (``pulih``, the last) and the chain's head in ``meta`` that points at it."""
    return without_last_entry(rows, "pulih")


def without_last_entry(rows: Rows, kind: str) -> Rows:
    """Less the last audit entry, which must be of ``kind`` (``cadangan`` after a backup
    someone asked for: the archive was written before it), and the chain's head."""
    out = dict(rows)
    assert out["audit_log"] and out["audit_log"][-1][3] == kind
    out["audit_log"] = out["audit_log"][:-1]
    return without_audit_head(out)


def without_audit_head(rows: Rows) -> Rows:
    return {**rows, "meta": [r for r in rows.get("meta", []) if r[0] != "audit_head"]}


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
