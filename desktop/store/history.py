"""Riwayat (history) rows of one employee: jabatan, golongan, pendidikan, diklat, penghargaan.

Saved by matching on uuid so an unchanged row keeps its uuid and rev (sync sends only real
changes); rows the operator removed are deleted and leave tombstones."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.models import (
    Asesmen,
    RiwayatDiklat,
    RiwayatGolongan,
    RiwayatHukuman,
    RiwayatJabatan,
    RiwayatPak,
    RiwayatPendidikan,
    RiwayatPenghargaan,
    StaffHistory,
)
from desktop.core.talent.records import first_problem
from desktop.store import access
from desktop.store.children import sync_children
from desktop.store.rows import from_row

HISTORY_TABLES: dict[str, tuple[str, type]] = {
    "jabatan": ("riwayat_jabatan", RiwayatJabatan),
    "golongan": ("riwayat_golongan", RiwayatGolongan),
    "pendidikan": ("riwayat_pendidikan", RiwayatPendidikan),
    "diklat": ("riwayat_diklat", RiwayatDiklat),
    "penghargaan": ("riwayat_penghargaan", RiwayatPenghargaan),
    "hukuman": ("riwayat_hukuman", RiwayatHukuman),
    "asesmen": ("asesmen", Asesmen),
    "pak": ("riwayat_pak", RiwayatPak),
}
# Lists kept in date order (no urutan column); an assessment is one per day, matched on it.
_DATED = {"asesmen": "tanggal", "pak": "tanggal"}
_NATURAL_KEY = {"asesmen": "tanggal"}
# Sanctions are sensitive: read (and so rewritten) only by a session that may see this
# person's personal data (admin; operator in its OPDs; the pegawai their own). Penilai,
# atasan and pimpinan see the talent lists' verdict ("tidak memenuhi rekam jejak"), not the SK.
SENSITIVE = {"hukuman": Perm.VIEW_PERSONAL}


def readable(db: sqlite_utils.Database, attr: str, staff_id: int | None) -> bool:
    """May the session read (and so rewrite) the list ``attr`` of this employee? A new
    record (no id yet) is the editor's own."""
    perm = SENSITIVE.get(attr)
    if perm is None or staff_id is None:
        return perm is None or access.may_some(perm)
    return access.may(db, perm, staff_id=staff_id)


def load_history(db: sqlite_utils.Database, staff_id: int) -> StaffHistory:
    """Every riwayat list of one employee; a sensitive list the session may not read stays
    empty."""
    history = StaffHistory()
    for attr, (table, cls) in HISTORY_TABLES.items():
        if not readable(db, attr, staff_id):
            continue
        order = _DATED.get(attr, "urutan")
        sql = f"SELECT * FROM {table} WHERE staff_id = ? ORDER BY {order}, id"
        setattr(history, attr, [from_row(cls, r) for r in db.query(sql, [staff_id])])
    return history


def save_history(db: sqlite_utils.Database, staff_id: int, history: StaffHistory) -> None:
    """Make the stored history equal to ``history`` (call inside a transaction); a list that
    breaks a rule (``core.talent.records``) refuses the whole save, and a sensitive list the
    session may not read is left as stored."""
    problem = first_problem(history)
    if problem is not None:
        raise problem
    for attr, (table, _cls) in HISTORY_TABLES.items():
        if not readable(db, attr, staff_id):
            continue
        order_col = None if attr in _DATED else "urutan"
        sync_children(db, table, "staff_id", staff_id, getattr(history, attr),
                      order_col=order_col, natural_key=_NATURAL_KEY.get(attr),
                      audit="riwayat")  # fmt: skip


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
