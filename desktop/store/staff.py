"""Staff records: the fast list for the main table, one record with its history, saves and
bulk upserts by NIP. Every write is one transaction with an audit entry; a save that changes
nothing writes nothing (so the sync counter only moves for real changes)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.errors import NotFound, StoreError
from desktop.core.models import (
    NonaktifAlasan,
    RiwayatGolongan,
    RiwayatJabatan,
    Staff,
    StaffHistory,
)
from desktop.store import access
from desktop.store.db import translate_errors
from desktop.store.history import HISTORY_TABLES, load_history, save_history
from desktop.store.rows import from_row, insert_row, to_row, update_changed
from desktop.store.session import Session
from desktop.store.versions import record_version, refuse_if_changed

_STAFF_EXCLUDE = ("id", "uuid")


class StaffListRow(NamedTuple):
    """What the main table shows for one employee."""

    id: int
    nip: str
    nama: str  # with gelar
    jabatan: str
    golongan: str
    status: str
    unit_id: int | None
    unit_nama: str
    aktif: bool


# An employee's name with gelar as ``core.models.full_name`` writes it, in SQL (alias ``s``):
# every list that shows names reads it so (staff list, appraisal page, talent lists).
NAMA_SQL = (
    "trim(CASE WHEN s.gelar_depan <> '' THEN s.gelar_depan || ' ' ELSE '' END || s.nama"
    " || CASE WHEN s.gelar_belakang <> '' THEN ', ' || s.gelar_belakang ELSE '' END)"
)

_LIST_SQL = f"""
SELECT s.id, s.nip,
       {NAMA_SQL},
       s.jabatan, coalesce(s.golongan, ''), s.status, s.unit_id, coalesce(u.nama, ''), s.aktif
FROM staff s LEFT JOIN unit u ON u.id = s.unit_id
"""


def list_rows(
    db: sqlite_utils.Database,
    *,
    include_inactive: bool = True,
    scoped: bool = False,
    limit: int | None = None,
) -> list[StaffListRow]:
    """Every employee as a light row, sorted by name; one query (50k rows ≈ 0.1 s).
    ``scoped``: only those the session may see (the staff list; lookups need everyone).
    ``limit``: only the first rows by name (a first screenful, < 1 ms through the index)."""
    # a full scan sorted once beats walking the name index with a row lookup each (~90 ms at
    # 50k staff), so the index is not used here unless only the first rows are wanted
    sql = _LIST_SQL if limit else _LIST_SQL.replace("FROM staff s", "FROM staff s NOT INDEXED")
    where, params = access.visible_staff_sql(db) if scoped else ("1", [])
    sql += f" WHERE {where}" + ("" if include_inactive else " AND s.aktif = 1")
    sql += " ORDER BY s.nama" + (f" LIMIT {int(limit)}" if limit else "")
    make = StaffListRow._make
    return [make(r) for r in db.execute(sql, params).fetchall()]


def unit_counts(db: sqlite_utils.Database, *, include_inactive: bool = False) -> Counter[int]:
    """Staff per unit (own members) whom the session may see, without reading the list: the
    unit tree's numbers while the window opens on the appraisal page."""
    where, params = access.visible_staff_sql(db)
    sql = f"SELECT s.unit_id, count(*) FROM staff s WHERE s.unit_id IS NOT NULL AND {where}"
    sql += ("" if include_inactive else " AND s.aktif = 1") + " GROUP BY s.unit_id"
    return Counter(dict(db.execute(sql, params).fetchall()))


def list_row(db: sqlite_utils.Database, staff_id: int) -> StaffListRow:
    row = db.execute(_LIST_SQL + " WHERE s.id = ?", [staff_id]).fetchone()
    if row is None:
        raise NotFound("record", what=f"staff #{staff_id}")
    return StaffListRow._make(row)


def get_staff(db: sqlite_utils.Database, staff_id: int) -> Staff:
    rows = list(db.query("SELECT * FROM staff WHERE id = ?", [staff_id]))
    if not rows:
        raise NotFound("record", what=f"staff #{staff_id}")
    return from_row(Staff, rows[0])


def find_by_nip(db: sqlite_utils.Database, nip: str) -> Staff | None:
    rows = list(db.query("SELECT * FROM staff WHERE nip = ?", [nip]))
    return from_row(Staff, rows[0]) if rows else None


def get_by_nip(db: sqlite_utils.Database, nip: str) -> Staff:
    staff = find_by_nip(db, nip)
    if staff is None:
        raise NotFound("staff", nip=nip)
    return staff


def _check_nip_free(db: sqlite_utils.Database, staff: Staff) -> None:
    clash = db.execute(
        "SELECT nama FROM staff WHERE nip = ? AND id IS NOT ?", [staff.nip, staff.id]
    ).fetchone()
    if clash:
        raise StoreError("duplicate_nip", nip=staff.nip, nama=clash[0])


def edit_version(db: sqlite_utils.Database, staff_id: int) -> str:
    """The version of a record and its history, read before an editor loads it."""
    return record_version(db, "staff", staff_id, _HISTORY_CHILDREN)


_HISTORY_CHILDREN = [(table, "staff_id = :id") for table, _cls in HISTORY_TABLES.values()]


def save_staff(
    db: sqlite_utils.Database,
    staff: Staff,
    history: StaffHistory | None = None,
    *,
    expected_rev: str | None = None,
    session: Session | None = None,
) -> Staff:
    """Insert or update one record (and replace its history when given) in one transaction.
    With ``expected_rev`` (``edit_version`` when the editor loaded it), a record changed since
    is refused (StoreError "stale_edit") instead of overwritten."""
    access.require(db, Perm.EDIT_STAFF, staff_id=staff.id, unit_id=staff.unit_id, session=session)
    row = to_row(staff, exclude=_STAFF_EXCLUDE)
    with translate_errors(), db.atomic():
        if staff.id is not None:
            refuse_if_changed(db, "staff", staff.id, expected_rev, _HISTORY_CHILDREN)
        _check_nip_free(db, staff)
        if staff.id is None:
            staff_id = int(insert_row(db, "staff", row, audit=staff.nama)["id"])
        else:
            staff_id = staff.id
            update_changed(db, "staff", staff_id, row, audit=staff.nama)
        if history is not None:
            save_history(db, staff_id, history)
    return get_staff(db, staff_id)


def set_active(
    db: sqlite_utils.Database,
    staff_id: int,
    active: bool,
    alasan: NonaktifAlasan | None = None,
    tanggal: date | None = None,
) -> Staff:
    """Deactivate (mutasi, pensiun, ...) or reactivate; the record and its history stay."""
    staff = get_staff(db, staff_id)
    staff.aktif = active
    staff.nonaktif_alasan = None if active else alasan
    staff.nonaktif_tanggal = None if active else (tanggal or date.today())
    return save_staff(db, staff)


def load_record(db: sqlite_utils.Database, staff_id: int) -> tuple[Staff, StaffHistory]:
    """A record and its riwayat, as the detail dialog edits them (personal fields blank for
    a session that may not see them)."""
    access.require(db, Perm.VIEW_STAFF, staff_id=staff_id)
    return access.screened(db, get_staff(db, staff_id)), load_history(db, staff_id)


@dataclass
class UpsertResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


def upsert_many(
    db: sqlite_utils.Database,
    records: list[Staff],
    *,
    fields: set[str] | None = None,
    summary: str = "import",
) -> UpsertResult:
    """Insert or update many records by NIP in the caller's transaction (or one of its own).

    ``fields`` limits an update to the columns the source actually carried, so a spreadsheet
    without an "email" column does not wipe e-mails already on record."""
    result = UpsertResult()
    with translate_errors(), db.atomic():
        existing = _existing_by_nip(db, [r.nip for r in records])
        for record in records:
            row = to_row(record, exclude=_STAFF_EXCLUDE)
            before = existing.get(record.nip)
            moved = fields is None or "unit_id" in fields  # the new unit must be in scope too
            access.require(
                db,
                Perm.EDIT_STAFF,
                staff_id=before["id"] if before else None,
                unit_id=record.unit_id if moved else None,
            )
            if before is None:
                existing[record.nip] = insert_row(db, "staff", row, audit=summary)
                result.inserted += 1
                continue
            wanted = {k: v for k, v in row.items() if fields is None or k in fields}
            if not update_changed(db, "staff", before["id"], wanted, audit=summary, before=before):
                result.unchanged += 1
                continue
            result.updated += 1
    return result


def _existing_by_nip(db: sqlite_utils.Database, nips: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(nips), 500):
        chunk = nips[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in db.query(f"SELECT * FROM staff WHERE nip IN ({marks})", chunk):
            found[row["nip"]] = dict(row)
    return found


def unit_heads(db: sqlite_utils.Database) -> dict[int, int]:
    """unit id → id of its head (kepala), for the default-superior rule."""
    rows = db.execute("SELECT id, kepala_id FROM unit WHERE kepala_id IS NOT NULL")
    return dict(rows.fetchall())


def atasan_candidates(db: sqlite_utils.Database, unit_ids: list[int]) -> list[StaffListRow]:
    """Managers (JPT, administrator, pengawas) of the given units, for the superior picker."""
    if not unit_ids:
        return []
    marks = ", ".join("?" * len(unit_ids))
    sql = (
        _LIST_SQL + f" WHERE s.aktif = 1 AND s.unit_id IN ({marks}) "
        "AND (s.jenis_jabatan IN ('jpt', 'administrator', 'pengawas') "
        "OR s.id IN (SELECT kepala_id FROM unit WHERE kepala_id IS NOT NULL)) ORDER BY s.nama"
    )
    return [StaffListRow._make(r) for r in db.execute(sql, unit_ids).fetchall()]


def grow_history(
    db: sqlite_utils.Database,
    staff_id: int,
    *,
    golongan: list[RiwayatGolongan] | None = None,
    jabatan: list[RiwayatJabatan] | None = None,
    summary: str = "import",
) -> int:
    """Append riwayat rows a later download brings (a new golongan, a new jabatan) after the
    ones on record, instead of overwriting them; a row already there (same golongan, or same
    jabatan and TMT) is left alone, only gaining a TMT it lacked. Returns rows written; call
    inside the caller's transaction."""
    access.require(db, Perm.EDIT_STAFF, staff_id=staff_id)
    written = 0
    for table, items, same in (
        ("riwayat_golongan", golongan or [], _same_golongan),
        ("riwayat_jabatan", jabatan or [], _same_jabatan),
    ):
        sql = f"SELECT * FROM {table} WHERE staff_id = ?"
        stored = [dict(r) for r in db.query(sql, [staff_id])]
        for item in items:
            row = to_row(item, exclude=("id", "uuid"))
            match = next((old for old in stored if same(old, row)), None)
            if match is None:
                row.update(staff_id=staff_id, urutan=max([-1, *(r["urutan"] for r in stored)]) + 1)
                stored.append(_insert_child(db, table, row, summary))
                written += 1
            elif match["tmt"] is None and row["tmt"] is not None:
                _set_tmt(db, table, match, row["tmt"], summary)
                written += 1
    return written


def _set_tmt(
    db: sqlite_utils.Database, table: str, match: dict[str, Any], tmt: str, summary: str
) -> None:
    update_changed(db, table, match["id"], {"tmt": tmt}, audit=summary, before=match)
    match["tmt"] = tmt


def _same_golongan(old: dict[str, Any], new: dict[str, Any]) -> bool:
    return bool(old["golongan"] == new["golongan"])


def _same_jabatan(old: dict[str, Any], new: dict[str, Any]) -> bool:
    same_name = " ".join(old["jabatan"].lower().split()) == " ".join(new["jabatan"].lower().split())
    return same_name and (old["tmt"] == new["tmt"] or old["tmt"] is None)


def _insert_child(
    db: sqlite_utils.Database, table: str, row: dict[str, Any], summary: str
) -> dict[str, Any]:
    return insert_row(db, table, row, audit=summary)
