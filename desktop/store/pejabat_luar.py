"""Officials who appraise staff but are not on the staff list: the Bupati, the Wakil Bupati,
an official of another instansi. They head a unit (``unit.kepala_luar_id``: the Bupati heads
the Pemerintah Kabupaten, so the Sekda's default appraiser is the Bupati) or are named on one
SKP (``skp.penilai_luar_id``). A record is deactivated, never deleted, once forms name it."""

from __future__ import annotations

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.errors import NotFound, ValidationError
from desktop.core.models import PejabatLuar, StatusAsn
from desktop.store import access
from desktop.store.db import translate_errors
from desktop.store.rows import from_row, insert_row, query_as, to_row, update_changed


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
    access.require(db, Perm.EDIT_UNITS)
    person = validate(db, person)
    row = to_row(person, exclude=("id", "uuid"))
    with translate_errors(), db.atomic():
        summary = f"Pejabat luar: {person.nama}"
        if person.id is None:
            person.id = insert_row(db, "pejabat_luar", row, audit=summary)["id"]
        else:
            update_changed(db, "pejabat_luar", person.id, row, audit=summary)
    return get_pejabat_luar(db, person.id)


def set_unit_head(db: sqlite_utils.Database, unit_id: int, luar_id: int | None) -> None:
    """Make an outside official the head of a unit (None removes it)."""
    access.require(db, Perm.EDIT_UNITS)
    with translate_errors(), db.atomic():
        row = db.execute("SELECT uuid, kepala_luar_id FROM unit WHERE id = ?", [unit_id])
        found = row.fetchone()
        if found is None:
            raise NotFound("record", what=f"unit {unit_id}")
        if found[1] == luar_id:
            return
        if luar_id is not None:
            check_usable(db, luar_id)
        update_changed(db, "unit", unit_id, {"kepala_luar_id": luar_id},
                       audit="Kepala unit dari luar daftar pegawai")  # fmt: skip


def check_usable(db: sqlite_utils.Database, luar_id: int) -> PejabatLuar:
    """The official, refusing one who was deactivated."""
    person = get_pejabat_luar(db, luar_id)
    if not person.aktif:
        raise PejabatLuarError("inactive", nama=person.nama)
    return person
