"""Capaian kinerja organisasi per unit and period, and citizen feedback per employee."""

from __future__ import annotations

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.appraisal import CapaianOrganisasi
from desktop.core.dates import format_date_id
from desktop.core.errors import ValidationError
from desktop.core.periods import parse_period
from desktop.core.skp import UmpanBalikMasyarakat
from desktop.store import access
from desktop.store.db import translate_errors
from desktop.store.rows import delete_row, insert_row, query_as, to_row, update_changed


def get_capaian(
    db: sqlite_utils.Database, unit_id: int, tahun: int, periode: str
) -> CapaianOrganisasi | None:
    row = db.execute(
        "SELECT capaian FROM capaian_organisasi WHERE unit_id = ? AND tahun = ? AND periode = ?",
        [unit_id, tahun, parse_period(periode).code],
    ).fetchone()
    return CapaianOrganisasi(row[0]) if row else None


def set_capaian(
    db: sqlite_utils.Database,
    unit_id: int,
    tahun: int,
    periode: str,
    capaian: CapaianOrganisasi | None,
) -> None:
    """Record (or change) the unit's capaian for the period; unchanged values write nothing.
    ``None`` clears it (see ``clear_capaian``)."""
    access.require(db, Perm.EDIT_UNIT_DATA, unit_id=unit_id)
    if capaian is None:
        clear_capaian(db, unit_id, tahun, periode)
        return
    code = parse_period(periode).code
    with translate_errors(), db.atomic():
        current = get_capaian(db, unit_id, tahun, code)
        if current == capaian:
            return
        found = db.execute(
            "SELECT id FROM capaian_organisasi WHERE unit_id = ? AND tahun = ? AND periode = ?",
            [unit_id, tahun, code],
        ).fetchone()
        values: dict[str, object] = {"capaian": CapaianOrganisasi(capaian).value}
        if found:
            update_changed(db, "capaian_organisasi", found[0], values)
        else:
            values |= {"unit_id": unit_id, "tahun": tahun, "periode": code}
            insert_row(db, "capaian_organisasi", values)


def clear_capaian(db: sqlite_utils.Database, unit_id: int, tahun: int, periode: str) -> bool:
    """Remove the unit's capaian for the period (entered by mistake), audited and leaving a
    tombstone for sync. Evaluations already set keep their ratings. False when none was set."""
    access.require(db, Perm.EDIT_UNIT_DATA, unit_id=unit_id)
    code = parse_period(periode).code
    with translate_errors(), db.atomic():
        row = db.execute(
            "SELECT id, uuid, capaian FROM capaian_organisasi "
            "WHERE unit_id = ? AND tahun = ? AND periode = ?",
            [unit_id, tahun, code],
        ).fetchone()
        if row is None:
            return False
        delete_row(db, "capaian_organisasi", row[0])
    return True


def list_feedback(
    db: sqlite_utils.Database, staff_id: int, tahun: int, periode: str | None = None
) -> list[UmpanBalikMasyarakat]:
    sql = "SELECT * FROM umpan_balik_masyarakat WHERE staff_id = ? AND tahun = ?"
    params: list = [staff_id, tahun]
    if periode:
        sql += " AND periode IN (?, 'TAHUNAN')"
        params.append(parse_period(periode).code)
    return query_as(db, UmpanBalikMasyarakat, sql + " ORDER BY tanggal", params)


class FeedbackError(ValidationError):
    catalog = {
        "isi": ("Isi umpan balik wajib diisi.", "The feedback text is required."),
        "sentimen": (
            "Sentimen '{value}' tidak dikenal: pilih positif, netral atau negatif.",
            "Unknown sentiment '{value}': choose positif, netral or negatif.",
        ),
        "tanggal": (
            "Tanggal {tanggal} berada di luar tahun penilaian {tahun}.",
            "The date {tanggal} lies outside the appraisal year {tahun}.",
        ),
    }


SENTIMEN = ("positif", "netral", "negatif")


def add_feedback(db: sqlite_utils.Database, item: UmpanBalikMasyarakat) -> UmpanBalikMasyarakat:
    """Store one citizen feedback item (audited); text required, dated within the year."""
    access.require(db, Perm.EVALUATE, staff_id=item.staff_id)  # evidence for the appraiser
    item.periode = parse_period(item.periode).code
    item.isi, item.sumber = item.isi.strip(), item.sumber.strip()
    if not item.isi:
        raise FeedbackError("isi")
    if item.sentimen not in SENTIMEN:
        raise FeedbackError("sentimen", value=item.sentimen)
    if item.tanggal is not None and item.tanggal.year != item.tahun:
        raise FeedbackError("tanggal", tanggal=format_date_id(item.tanggal), tahun=item.tahun)
    row = to_row(item, exclude=("id", "uuid"))
    with translate_errors(), db.atomic():
        stored = insert_row(db, "umpan_balik_masyarakat", row, audit="umpan balik masyarakat")
        item.id, item.uuid = stored["id"], stored["uuid"]
    return item
