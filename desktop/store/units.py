"""Units (instansi → OPD → bidang → sub-bidang/seksi) and the office's own settings."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from desktop.core.errors import NotFound, StoreError, ValidationError
from desktop.core.models import Unit
from desktop.core.orgchart import UnitTree
from desktop.store import audit
from desktop.store.db import translate_errors
from desktop.store.rows import from_row, to_row


class UnitError(ValidationError):
    catalog = {
        "cycle": (
            "Unit tidak dapat dipindah ke bawah unitnya sendiri.",
            "A unit cannot be moved below itself.",
        ),
        "kode": ("Kode unit wajib diisi.", "The unit code is required."),
        "nama": ("Nama unit wajib diisi.", "The unit name is required."),
    }


@dataclass
class Office:
    office_uuid: str
    instansi: str
    nama_kantor: str
    kota: str
    kertas: str


def list_units(db: sqlite_utils.Database) -> list[Unit]:
    return [from_row(Unit, r) for r in db.query("SELECT * FROM unit ORDER BY kode")]


def unit_tree(db: sqlite_utils.Database) -> UnitTree:
    return UnitTree(list_units(db))


def unit_by_kode(db: sqlite_utils.Database, kode: str) -> Unit:
    rows = list(db.query("SELECT * FROM unit WHERE kode = ?", [kode]))
    if not rows:
        raise NotFound("unit", kode=kode)
    return from_row(Unit, rows[0])


def save_unit(db: sqlite_utils.Database, unit: Unit) -> Unit:
    """Insert or update one unit, refusing loops and duplicate codes."""
    if not unit.kode.strip():
        raise UnitError("kode")
    if not unit.nama.strip():
        raise UnitError("nama")
    if unit.id is not None and unit_tree(db).would_cycle(unit.id, unit.parent_id):
        raise UnitError("cycle")
    clash = db.execute(
        "SELECT id FROM unit WHERE kode = ? AND id IS NOT ?", [unit.kode, unit.id]
    ).fetchone()
    if clash:
        raise StoreError("duplicate_unit", kode=unit.kode)
    row = to_row(unit, exclude=("id", "uuid"))
    with translate_errors(), db.atomic():
        if unit.id is None:
            cur = db.conn.execute(
                f"INSERT INTO unit ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            unit_id = cur.lastrowid
            action, before = "insert", None
        else:
            unit_id = unit.id
            before = dict(next(db.query("SELECT * FROM unit WHERE id = ?", [unit_id])))
            sets = ", ".join(f"{k} = ?" for k in row)
            db.conn.execute(f"UPDATE unit SET {sets} WHERE id = ?", [*row.values(), unit_id])
            action = "update"
        saved = dict(next(db.query("SELECT * FROM unit WHERE id = ?", [unit_id])))
        audit.record(
            db,
            action=action,
            table="unit",
            row_uuid=saved["uuid"],
            before=before,
            after=saved,
            summary=unit.nama,
        )
    return from_row(Unit, saved)


def staff_counts(db: sqlite_utils.Database, *, include_inactive: bool = False) -> dict[int, int]:
    """Active staff per unit (own members only; add subtrees in the caller)."""
    sql = "SELECT unit_id, count(*) FROM staff"
    if not include_inactive:
        sql += " WHERE aktif = 1"
    return {uid: n for uid, n in db.execute(sql + " GROUP BY unit_id").fetchall() if uid}


def get_office(db: sqlite_utils.Database) -> Office:
    row = next(db.query("SELECT office_uuid, instansi, nama_kantor, kota, kertas FROM office"))
    return Office(**row)


def save_office(db: sqlite_utils.Database, office: Office) -> None:
    with translate_errors(), db.atomic():
        db.conn.execute(
            "UPDATE office SET instansi = ?, nama_kantor = ?, kota = ?, kertas = ? WHERE id = 1",
            [office.instansi, office.nama_kantor, office.kota, office.kertas],
        )
