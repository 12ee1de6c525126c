"""Riwayat (history) rows of one employee: jabatan, golongan, pendidikan, diklat, penghargaan.

Saved by matching on uuid so an unchanged row keeps its uuid and rev (sync sends only real
changes); rows the operator removed are deleted and leave tombstones."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop.core.models import (
    RiwayatDiklat,
    RiwayatGolongan,
    RiwayatJabatan,
    RiwayatPendidikan,
    RiwayatPenghargaan,
    StaffHistory,
)
from desktop.store.children import sync_children
from desktop.store.rows import from_row

HISTORY_TABLES: dict[str, tuple[str, type]] = {
    "jabatan": ("riwayat_jabatan", RiwayatJabatan),
    "golongan": ("riwayat_golongan", RiwayatGolongan),
    "pendidikan": ("riwayat_pendidikan", RiwayatPendidikan),
    "diklat": ("riwayat_diklat", RiwayatDiklat),
    "penghargaan": ("riwayat_penghargaan", RiwayatPenghargaan),
}


def load_history(db: sqlite_utils.Database, staff_id: int) -> StaffHistory:
    history = StaffHistory()
    for attr, (table, cls) in HISTORY_TABLES.items():
        rows = db.query(f"SELECT * FROM {table} WHERE staff_id = ? ORDER BY urutan, id", [staff_id])
        setattr(history, attr, [from_row(cls, r) for r in rows])
    return history


def save_history(db: sqlite_utils.Database, staff_id: int, history: StaffHistory) -> None:
    """Make the stored history equal to ``history`` (call inside a transaction)."""
    for attr, (table, _cls) in HISTORY_TABLES.items():
        sync_children(db, table, "staff_id", staff_id, getattr(history, attr), audit="riwayat")


def insert_many(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    """Fast path for generated data (demo office): plain executemany of prepared rows."""
    if not rows:
        return
    cols = list(rows[0])
    marks = ", ".join("?" * len(cols))
    db.conn.executemany(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})",
        [tuple(r[c] for c in cols) for r in rows],
    )
