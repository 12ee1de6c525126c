"""Units (instansi → OPD → bidang → sub-bidang/seksi) and the office's own settings."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.errors import NotFound, StoreError, ValidationError
from desktop.core.models import Unit
from desktop.core.orgchart import UnitTree
from desktop.core.unit_names import UnitIndex, UnitName
from desktop.store import access, audit
from desktop.store.db import translate_errors
from desktop.store.rows import NO_AUDIT, from_row, insert_row, query_as, to_row, update_changed


class UnitError(ValidationError):
    catalog = {
        "cycle": (
            "Unit tidak dapat dipindah ke bawah unitnya sendiri.",
            "A unit cannot be moved below itself.",
        ),
        "kode": ("Kode unit wajib diisi.", "The unit code is required."),
        "nama": ("Nama unit wajib diisi.", "The unit name is required."),
        "kertas": (
            "Ukuran kertas '{value}' tidak dikenal: pilih A4 atau F4.",
            "Unknown paper size '{value}': choose A4 or F4.",
        ),
        "periode": (
            "Periode evaluasi '{value}' tidak dikenal: pilih triwulan atau bulanan.",
            "Unknown evaluation period '{value}': choose triwulan or bulanan.",
        ),
    }


PERIODE_EVALUASI = ("triwulan", "bulanan")
KERTAS = ("a4", "f4")


@dataclass
class Office:
    office_uuid: str
    instansi: str
    nama_kantor: str
    kota: str
    kertas: str
    periode_evaluasi: str = "triwulan"  # periodic evaluations: triwulan (TW1–TW4) or bulanan


def list_units(db: sqlite_utils.Database) -> list[Unit]:
    return query_as(db, Unit, "SELECT * FROM unit ORDER BY kode")


def unit_tree(db: sqlite_utils.Database) -> UnitTree:
    return UnitTree(list_units(db))


def unit_index(db: sqlite_utils.Database, *, include_inactive: bool = True) -> UnitIndex:
    """Every unit by kode, nama, singkatan and aliases, for matching imported names.

    Inactive units are included by default so an import can name (and refuse) them rather than
    offer to create a duplicate."""
    aliases: dict[int, list[str]] = {}
    for unit_id, alias in db.execute("SELECT unit_id, alias FROM unit_alias ORDER BY id"):
        aliases.setdefault(unit_id, []).append(alias)
    sql = "SELECT id, kode, nama, singkatan FROM unit"
    if not include_inactive:
        sql += " WHERE aktif = 1"
    return UnitIndex(
        [
            UnitName(uid, kode, nama, singkatan or "", tuple(aliases.get(uid, ())))
            for uid, kode, nama, singkatan in db.execute(sql + " ORDER BY kode")
        ]
    )


def get_unit(db: sqlite_utils.Database, unit_id: int) -> Unit:
    rows = list(db.query("SELECT * FROM unit WHERE id = ?", [unit_id]))
    if not rows:
        raise NotFound("record", what=f"unit {unit_id}")
    return from_row(Unit, rows[0])


def aliases_of(db: sqlite_utils.Database, unit_id: int) -> list[str]:
    """The other names a unit is known by, in the order they were added."""
    sql = "SELECT alias FROM unit_alias WHERE unit_id = ? ORDER BY id"
    return [alias for (alias,) in db.execute(sql, [unit_id])]


def unit_by_kode(db: sqlite_utils.Database, kode: str) -> Unit:
    rows = list(db.query("SELECT * FROM unit WHERE kode = ?", [kode]))
    if not rows:
        raise NotFound("unit", kode=kode)
    return from_row(Unit, rows[0])


def save_unit(db: sqlite_utils.Database, unit: Unit) -> Unit:
    """Insert or update one unit, refusing loops and duplicate codes."""
    access.require(db, Perm.EDIT_UNITS)
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
            return from_row(Unit, insert_row(db, "unit", row, audit=unit.nama))
        before = dict(next(db.query("SELECT * FROM unit WHERE id = ?", [unit.id])))
        if not update_changed(db, "unit", unit.id, row, audit=unit.nama, before=before):
            return from_row(Unit, before)  # nothing changed: no write, no new rev
        saved = dict(next(db.query("SELECT * FROM unit WHERE id = ?", [unit.id])))
    return from_row(Unit, saved)


def staff_counts(db: sqlite_utils.Database, *, include_inactive: bool = False) -> dict[int, int]:
    """Active staff per unit (own members only; add subtrees in the caller)."""
    sql = "SELECT unit_id, count(*) FROM staff"
    if not include_inactive:
        sql += " WHERE aktif = 1"
    return {uid: n for uid, n in db.execute(sql + " GROUP BY unit_id").fetchall() if uid}


def get_office(db: sqlite_utils.Database) -> Office:
    row = next(
        db.query(
            "SELECT office_uuid, instansi, nama_kantor, kota, kertas, periode_evaluasi FROM office"
        )
    )
    return Office(**row)


def save_office(db: sqlite_utils.Database, office: Office, *, audited: bool = True) -> None:
    """Save the office's own settings in one transaction, with an audit entry unless the
    caller writes its own (the demo); a save that changes nothing writes nothing."""
    access.require(db, Perm.EDIT_UNITS)
    office.instansi, office.nama_kantor = office.instansi.strip(), office.nama_kantor.strip()
    office.kota = office.kota.strip()
    if office.kertas not in KERTAS:
        raise UnitError("kertas", value=office.kertas)
    if office.periode_evaluasi not in PERIODE_EVALUASI:
        raise UnitError("periode", value=office.periode_evaluasi)
    with translate_errors(), db.atomic():
        before = asdict(get_office(db))
        after = asdict(office) | {"office_uuid": before["office_uuid"]}
        if after == before:
            return
        values = {k: v for k, v in after.items() if k != "office_uuid"}
        update_changed(db, "office", 1, values, audit=NO_AUDIT)  # its uuid is office_uuid
        if audited:
            audit.record(db, action="update", table="office", row_uuid=before["office_uuid"],
                         before=before, after=after, summary="pengaturan kantor")  # fmt: skip


def evaluations_not_of(db: sqlite_utils.Database, periode_evaluasi: str) -> int:
    """How many periodic evaluations were made under the other setting (TW* for bulanan, B**
    for triwulan): they stay as they are when an office switches."""
    pattern = "B[01][0-9]" if periode_evaluasi == "triwulan" else "TW[1-4]"
    return db.execute("SELECT count(*) FROM evaluasi WHERE periode GLOB ?", [pattern]).fetchone()[0]


def unit_rumpun(db: sqlite_utils.Database, unit_id: int | None) -> str:
    """The rumpun of the unit or, when empty, of its nearest ancestor that has one ("" if
    none): a seksi inherits the kind of work of its dinas."""
    if unit_id is None:
        return ""
    tree = unit_tree(db)
    if unit_id not in tree.by_id:
        return ""
    for unit in [tree.by_id[unit_id], *tree.ancestors(unit_id)]:
        if unit.rumpun:
            return unit.rumpun
    return ""
