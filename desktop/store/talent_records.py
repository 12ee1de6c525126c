"""The talent inputs that arrive in bulk: assessment results, training records and sanctions
from a sheet, matched to what is on record so that the same file twice changes nothing.

An assessment is one per employee and day (the table's unique key): a row for a day already
on record updates it. A training record is the same one when employee, name (spacing and case
aside) and start date agree: it is updated, never doubled; a sanction likewise by employee,
SK number and TMT (and only by a session that may read sanctions). Every write goes through
``store.rows`` (audit in the same transaction) and checks the importing session may edit the
employee's riwayat (``Perm.EDIT_STAFF``, as the staff dialog does).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.models import Asesmen, RiwayatDiklat, RiwayatHukuman
from desktop.store import access
from desktop.store.db import translate_errors
from desktop.store.rows import from_row, insert_row, to_row, update_changed
from desktop.store.session import Source, from_source

IMPORT_SUMMARY = "impor"


@dataclass(frozen=True)
class JenisPengembangan:
    """One kind of competence development (Peraturan LAN 10/2018): klasikal or nonklasikal."""

    kode: str
    nama: str
    bentuk: str  # klasikal | nonklasikal
    siasn_id: str = ""


@dataclass
class WriteCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.inserted or self.updated)


def jenis_pengembangan(db: sqlite_utils.Database) -> list[JenisPengembangan]:
    """The kinds in their list order (klasikal first)."""
    sql = "SELECT kode, nama, bentuk, siasn_id FROM ref_jenis_pengembangan ORDER BY urutan, kode"
    return [JenisPengembangan(*row) for row in db.execute(sql).fetchall()]


def diklat_key(nama: str) -> str:
    """A training's name (or an SK number) as a matching key: "Bimtek  SIASN" and
    "bimtek siasn" agree."""
    return " ".join(nama.lower().split())


def _in(ids: list[int]) -> tuple[str, list[str]]:
    return "staff_id IN (SELECT value FROM json_each(?))", [json.dumps(sorted(set(ids)))]


def stored_asesmen(
    db: sqlite_utils.Database, staff_ids: list[int]
) -> dict[tuple[int, str], Asesmen]:
    """(staff id, ISO date) → the assessment on record, for the given employees."""
    where, params = _in(staff_ids)
    rows = db.query(f"SELECT * FROM asesmen WHERE {where}", params)
    return {(r["staff_id"], r["tanggal"]): from_row(Asesmen, r) for r in rows}


def stored_diklat(
    db: sqlite_utils.Database, staff_ids: list[int]
) -> dict[tuple[int, str, str], RiwayatDiklat]:
    """(staff id, name key, ISO start or '') → the training on record."""
    return _stored_named(db, staff_ids, RiwayatDiklat, "riwayat_diklat", "nama", "tanggal_mulai")


def _stored_named(
    db: sqlite_utils.Database, staff_ids: list[int], cls: Any, table: str, name: str, day: str
) -> dict[tuple[int, str, str], Any]:
    """(staff id, ``diklat_key`` of ``name``, ISO ``day`` or '') → the first such row."""
    where, params = _in(staff_ids)
    rows = db.query(f"SELECT * FROM {table} WHERE {where} ORDER BY urutan, id", params)
    found: dict[tuple[int, str, str], Any] = {}
    for r in rows:
        found.setdefault((r["staff_id"], diklat_key(r[name]), r[day] or ""), from_row(cls, r))
    return found


@from_source(Source.IMPORT)
def save_asesmen(
    db: sqlite_utils.Database,
    items: list[tuple[int, Asesmen]],
    *,
    fields: set[str] | None = None,
) -> WriteCounts:
    """Insert or update assessments (by employee and date) in one transaction; an update
    writes only ``fields`` (the columns a file carried)."""
    return _save_rows(db, "asesmen", items, fields, _same_asesmen, ordered=False)


@from_source(Source.IMPORT)
def save_diklat(
    db: sqlite_utils.Database,
    items: list[tuple[int, RiwayatDiklat]],
    *,
    fields: set[str] | None = None,
) -> WriteCounts:
    """Insert or update training records (by employee, name and start) in one transaction;
    a new one goes after the employee's others; an update writes only ``fields``."""
    return _save_rows(db, "riwayat_diklat", items, fields, _same_diklat, ordered=True)


@from_source(Source.IMPORT)
def save_hukuman(
    db: sqlite_utils.Database,
    items: list[tuple[int, RiwayatHukuman]],
    *,
    fields: set[str] | None = None,
) -> WriteCounts:
    """Insert or update sanctions (by employee, SK number and TMT) in one transaction; the
    session must also be allowed to read them (``store.history.SENSITIVE``)."""
    for staff_id, _item in items:
        access.require(db, Perm.VIEW_PERSONAL, staff_id=staff_id)
    return _save_rows(db, "riwayat_hukuman", items, fields, _same_hukuman, ordered=True)


def stored_hukuman(
    db: sqlite_utils.Database, staff_ids: list[int]
) -> dict[tuple[int, str, str], RiwayatHukuman]:
    """(staff id, SK number key, ISO TMT or '') → the sanction on record."""
    return _stored_named(db, staff_ids, RiwayatHukuman, "riwayat_hukuman", "nomor_sk", "tmt")


Matcher = Callable[[sqlite_utils.Database, int, dict[str, Any]], Any]


def _save_rows(
    db: sqlite_utils.Database,
    table: str,
    items: list[tuple[int, Any]],
    fields: set[str] | None,
    same: Matcher,
    *,
    ordered: bool,
) -> WriteCounts:
    """Each item inserted, or its match (``same``) updated, in one transaction; an ``ordered``
    table's new row goes after the employee's others (``urutan``)."""
    access.require_some(db, Perm.IMPORT)
    counts = WriteCounts()
    with translate_errors(), db.atomic():
        for staff_id, item in items:
            access.require(db, Perm.EDIT_STAFF, staff_id=staff_id)
            row = {**to_row(item, exclude=("id", "uuid")), "staff_id": staff_id}
            old = same(db, staff_id, row)
            if old is None and ordered:
                last = db.execute(
                    f"SELECT coalesce(max(urutan), -1) FROM {table} WHERE staff_id = ?",
                    [staff_id],
                ).fetchone()[0]
                row["urutan"] = last + 1
            _write(db, table, old, row, counts, fields)
    return counts


def _same_asesmen(db: sqlite_utils.Database, staff_id: int, row: dict[str, Any]) -> Any:
    sql = "SELECT id FROM asesmen WHERE staff_id = ? AND tanggal = ?"
    return db.execute(sql, [staff_id, row["tanggal"]]).fetchone()


def _same_named(table: str, name: str, day: str) -> Matcher:
    """The row of the employee with the same ``day`` and the same ``name`` (spacing and case
    aside)."""
    sql = f"SELECT id, {name} FROM {table} WHERE staff_id = ? AND {day} IS ?"

    def same(db: sqlite_utils.Database, staff_id: int, row: dict[str, Any]) -> Any:
        key = diklat_key(row[name])
        for found in db.execute(sql, [staff_id, row[day]]).fetchall():
            if diklat_key(found[1]) == key:
                return found
        return None

    return same


_same_diklat = _same_named("riwayat_diklat", "nama", "tanggal_mulai")
_same_hukuman = _same_named("riwayat_hukuman", "nomor_sk", "tmt")


def _write(
    db: sqlite_utils.Database,
    table: str,
    old: Any,
    row: dict[str, Any],
    counts: WriteCounts,
    fields: set[str] | None,
) -> None:
    if old is None:
        insert_row(db, table, row, audit=IMPORT_SUMMARY)
        counts.inserted += 1
        return
    wanted = {k: v for k, v in row.items() if fields is None or k in fields}
    if update_changed(db, table, old[0], wanted, audit=IMPORT_SUMMARY):
        counts.updated += 1
    else:
        counts.unchanged += 1
