"""Capaian kinerja organisasi per unit and period, and citizen feedback per employee."""

from __future__ import annotations

import sqlite_utils

from desktop.core.appraisal import CapaianOrganisasi
from desktop.core.periods import parse_period
from desktop.core.skp import UmpanBalikMasyarakat
from desktop.store import audit
from desktop.store.db import translate_errors
from desktop.store.rows import from_row, to_row


def get_capaian(
    db: sqlite_utils.Database, unit_id: int, tahun: int, periode: str
) -> CapaianOrganisasi | None:
    row = db.execute(
        "SELECT capaian FROM capaian_organisasi WHERE unit_id = ? AND tahun = ? AND periode = ?",
        [unit_id, tahun, parse_period(periode).code],
    ).fetchone()
    return CapaianOrganisasi(row[0]) if row else None


def set_capaian(
    db: sqlite_utils.Database, unit_id: int, tahun: int, periode: str, capaian: CapaianOrganisasi
) -> None:
    """Record (or change) the unit's capaian for the period; unchanged values write nothing."""
    code = parse_period(periode).code
    with translate_errors(), db.atomic():
        current = get_capaian(db, unit_id, tahun, code)
        if current == capaian:
            return
        db.conn.execute(
            "INSERT INTO capaian_organisasi (unit_id, tahun, periode, capaian) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (unit_id, tahun, periode) DO UPDATE SET capaian = excluded.capaian",
            [unit_id, tahun, code, CapaianOrganisasi(capaian).value],
        )
        uuid = db.execute(
            "SELECT uuid FROM capaian_organisasi WHERE unit_id = ? AND tahun = ? AND periode = ?",
            [unit_id, tahun, code],
        ).fetchone()[0]
        audit.record(
            db,
            action="update",
            table="capaian_organisasi",
            row_uuid=uuid,
            before={"capaian": current.value if current else None},
            after={"capaian": CapaianOrganisasi(capaian).value},
        )


def list_feedback(
    db: sqlite_utils.Database, staff_id: int, tahun: int, periode: str | None = None
) -> list[UmpanBalikMasyarakat]:
    sql = "SELECT * FROM umpan_balik_masyarakat WHERE staff_id = ? AND tahun = ?"
    params: list = [staff_id, tahun]
    if periode:
        sql += " AND periode IN (?, 'TAHUNAN')"
        params.append(parse_period(periode).code)
    return [from_row(UmpanBalikMasyarakat, r) for r in db.query(sql + " ORDER BY tanggal", params)]


def add_feedback(db: sqlite_utils.Database, item: UmpanBalikMasyarakat) -> UmpanBalikMasyarakat:
    item.periode = parse_period(item.periode).code
    row = to_row(item, exclude=("id", "uuid"))
    with translate_errors(), db.atomic():
        cur = db.conn.execute(
            f"INSERT INTO umpan_balik_masyarakat ({', '.join(row)}) "
            f"VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        item.id = cur.lastrowid
    return item
