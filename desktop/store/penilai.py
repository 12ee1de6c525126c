"""The appraiser chain: who is an employee's Pejabat Penilai Kinerja and that person's superior
(Atasan Pejabat Penilai), and what is printed about them.

Pejabat Penilai = the SKP's override if one is set, else the recorded atasan, else the head of
the unit tree above the employee; the Atasan Pejabat Penilai is found the same way for the
penilai. ``pejabat`` gives the name, NIP, pangkat, jabatan and unit as the evaluation snapshots
them when it is set, so a later transfer never rewrites history.
"""

from __future__ import annotations

import sqlite_utils

from desktop.core.models import staff_full_name
from desktop.core.skp import Pejabat
from desktop.store.reference import golongan
from desktop.store.staff import get_staff
from desktop.store.units import unit_tree

PEJABAT_FIELDS = ("nama", "nip", "pangkat", "jabatan", "unit")


def resolve_penilai(
    db: sqlite_utils.Database, staff_id: int, override: int | None = None
) -> int | None:
    """Pejabat Penilai: the SKP's override, else the recorded atasan, else the unit tree."""
    if override is not None:
        return override
    staff = get_staff(db, staff_id)
    if staff.atasan_id is not None:
        return staff.atasan_id
    return unit_tree(db).default_atasan(staff.unit_id, staff.id)


def pejabat(db: sqlite_utils.Database, staff_id: int | None) -> Pejabat:
    """Name with gelar, NIP, pangkat "Penata Muda Tingkat I (III/b)", jabatan and unit."""
    if staff_id is None:
        return Pejabat()
    staff = get_staff(db, staff_id)
    labels = {g.kode: g.label for g in golongan(db)}
    unit = db.execute("SELECT nama FROM unit WHERE id = ?", [staff.unit_id]).fetchone()
    return Pejabat(
        nama=staff_full_name(staff),
        nip=staff.nip,
        pangkat=labels.get(staff.golongan or "", staff.golongan or ""),
        jabatan=staff.jabatan,
        unit=unit[0] if unit else "",
    )


def chain(
    db: sqlite_utils.Database, staff_id: int, override: int | None
) -> tuple[int | None, int | None]:
    """(Pejabat Penilai, Atasan Pejabat Penilai) of an employee whose SKP names ``override``."""
    penilai_id = resolve_penilai(db, staff_id, override)
    atasan_id = resolve_penilai(db, penilai_id) if penilai_id is not None else None
    return penilai_id, atasan_id if atasan_id != staff_id else None


def snapshot_values(
    db: sqlite_utils.Database, staff_id: int, override: int | None
) -> dict[str, str]:
    """The ``penilai_*`` and ``atasan_penilai_*`` columns of an evaluation being set."""
    penilai_id, atasan_id = chain(db, staff_id, override)
    out: dict[str, str] = {}
    for prefix, person in (
        ("penilai", pejabat(db, penilai_id)),
        ("atasan_penilai", pejabat(db, atasan_id)),
    ):
        out.update({f"{prefix}_{f}": getattr(person, f) for f in PEJABAT_FIELDS})
    return out


def penilai_candidates(db: sqlite_utils.Database, staff_id: int) -> list[int]:
    """Who may be chosen as an SKP's Pejabat Penilai instead of the default: the active heads
    of the employee's unit and of every unit above it, nearest first, never the employee."""
    staff = get_staff(db, staff_id)
    tree = unit_tree(db)
    if staff.unit_id is None or staff.unit_id not in tree.by_id:
        return []
    units = [tree.by_id[staff.unit_id], *tree.ancestors(staff.unit_id)]
    heads: list[int] = []
    for unit in units:
        if (
            unit.kepala_id is not None
            and unit.kepala_id != staff_id
            and unit.kepala_id not in heads
        ):
            heads.append(unit.kepala_id)
    if not heads:
        return []
    active = {
        row[0]
        for row in db.execute(
            f"SELECT id FROM staff WHERE aktif = 1 AND id IN ({', '.join('?' * len(heads))})",
            heads,
        )
    }
    return [h for h in heads if h in active]
