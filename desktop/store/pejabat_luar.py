"""Officials who appraise staff but are not on the staff list: the Bupati, the Wakil Bupati,
an official of another instansi. They head a unit (``unit.kepala_luar_id``: the Bupati heads
the Pemerintah Kabupaten, so the Sekda's default appraiser is the Bupati) or are named on one
SKP (``skp.penilai_luar_id``). A record is deactivated, never deleted, once forms name it."""

from __future__ import annotations

from dataclasses import asdict

import sqlite_utils

from desktop.core.errors import NotFound, ValidationError
from desktop.core.models import PejabatLuar, StatusAsn
from desktop.store import audit
from desktop.store.db import translate_errors
from desktop.store.rows import from_row, query_as, to_row


class PejabatLuarError(ValidationError):
    catalog = {
        "nama": ("Nama pejabat wajib diisi.", "The official's name is required."),
        "jabatan": ("Jabatan pejabat wajib diisi.", "The official's position is required."),
        "nip": (
            "NIP/NRP pejabat hanya berisi angka (boleh dikosongkan): '{value}'.",
            "The official's NIP/NRP holds digits only (or leave it empty): '{value}'.",
        ),
        "golongan": (
            "Golongan '{value}' tidak dikenal.",
            "Unknown golongan '{value}'.",
        ),
        "inactive": (
            "Pejabat {nama} sudah nonaktif dan tidak dapat dipilih sebagai pejabat penilai.",
            "{nama} is inactive and cannot be chosen as appraiser.",
        ),
    }


def list_pejabat_luar(
    db: sqlite_utils.Database, *, include_inactive: bool = False
) -> list[PejabatLuar]:
    where = "" if include_inactive else "WHERE aktif = 1"
    return query_as(db, PejabatLuar, f"SELECT * FROM pejabat_luar {where} ORDER BY nama, id")


def get_pejabat_luar(db: sqlite_utils.Database, luar_id: int) -> PejabatLuar:
    rows = list(db.query("SELECT * FROM pejabat_luar WHERE id = ?", [luar_id]))
    if not rows:
        raise NotFound("record", what=f"pejabat luar {luar_id}")
    return from_row(PejabatLuar, rows[0])


def validate(db: sqlite_utils.Database, person: PejabatLuar) -> PejabatLuar:
    """The record as it will be stored (spaces and dots stripped from the NIP)."""
    person.nama, person.jabatan = person.nama.strip(), person.jabatan.strip()
    if not person.nama:
        raise PejabatLuarError("nama")
    if not person.jabatan:
        raise PejabatLuarError("jabatan")
    nip = "".join(c for c in person.nip if c not in " .-'")
    if nip and not nip.isdigit():
        raise PejabatLuarError("nip", value=person.nip)
    person.nip = nip
    if person.golongan:
        known = db.execute("SELECT 1 FROM ref_golongan WHERE kode = ?", [person.golongan])
        if known.fetchone() is None:
            raise PejabatLuarError("golongan", value=person.golongan)
    else:
        person.golongan = None
    person.status_asn = StatusAsn(person.status_asn)
    return person


def save_pejabat_luar(db: sqlite_utils.Database, person: PejabatLuar) -> PejabatLuar:
    """Insert or update one official; a save that changes nothing writes nothing."""
    person = validate(db, person)
    row = to_row(person, exclude=("id", "uuid"))
    with translate_errors(), db.atomic():
        if person.id is None:
            cur = db.conn.execute(
                f"INSERT INTO pejabat_luar ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            person.id = cur.lastrowid
            saved = get_pejabat_luar(db, person.id)
            audit.record(
                db, action="insert", table="pejabat_luar", row_uuid=saved.uuid,
                after=asdict(saved), summary=f"Pejabat luar: {saved.nama}",
            )  # fmt: skip
            return saved
        before = get_pejabat_luar(db, person.id)
        old = to_row(before, exclude=("id", "uuid"))
        changes = {k: v for k, v in row.items() if old.get(k) != v}
        if changes:
            sets = ", ".join(f"{k} = ?" for k in changes)
            db.conn.execute(
                f"UPDATE pejabat_luar SET {sets} WHERE id = ?", [*changes.values(), person.id]
            )
            audit.record(
                db, action="update", table="pejabat_luar", row_uuid=before.uuid,
                before={k: old[k] for k in changes}, after=changes,
                summary=f"Pejabat luar: {person.nama}",
            )  # fmt: skip
    return get_pejabat_luar(db, person.id)


def set_unit_head(db: sqlite_utils.Database, unit_id: int, luar_id: int | None) -> None:
    """Make an outside official the head of a unit (None removes it)."""
    with translate_errors(), db.atomic():
        row = db.execute("SELECT uuid, kepala_luar_id FROM unit WHERE id = ?", [unit_id])
        found = row.fetchone()
        if found is None:
            raise NotFound("record", what=f"unit {unit_id}")
        if found[1] == luar_id:
            return
        if luar_id is not None:
            check_usable(db, luar_id)
        db.conn.execute("UPDATE unit SET kepala_luar_id = ? WHERE id = ?", [luar_id, unit_id])
        audit.record(
            db, action="update", table="unit", row_uuid=found[0],
            before={"kepala_luar_id": found[1]}, after={"kepala_luar_id": luar_id},
            summary="Kepala unit dari luar daftar pegawai",
        )  # fmt: skip


def check_usable(db: sqlite_utils.Database, luar_id: int) -> PejabatLuar:
    """The official, refusing one who was deactivated."""
    person = get_pejabat_luar(db, luar_id)
    if not person.aktif:
        raise PejabatLuarError("inactive", nama=person.nama)
    return person
