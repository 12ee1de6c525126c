"""The appraiser chain: who is an employee's Pejabat Penilai Kinerja and that person's superior
(Atasan Pejabat Penilai), and what is printed about them.

Pejabat Penilai = the SKP's override if one is set, else the recorded atasan, else the head of
the unit tree above the employee; the Atasan Pejabat Penilai is found the same way for the
penilai. ``pejabat`` gives the name, NIP, pangkat, jabatan and unit as the evaluation snapshots
them when it is set, so a later transfer never rewrites history.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from desktop.core.models import StatusAsn, full_name, staff_full_name
from desktop.core.skp import Pejabat
from desktop.store.pejabat_luar import get_pejabat_luar
from desktop.store.reference import golongan
from desktop.store.staff import get_staff
from desktop.store.units import unit_tree

PEJABAT_FIELDS = ("nama", "nip", "pangkat", "jabatan", "unit", "status")


@dataclass(frozen=True)
class Appraiser:
    """An employee (``staff_id``) or an official from outside the staff list (``luar_id``);
    both None when nobody is found up the chain."""

    staff_id: int | None = None
    luar_id: int | None = None

    def __bool__(self) -> bool:
        return self.staff_id is not None or self.luar_id is not None


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


def appraiser(
    db: sqlite_utils.Database,
    staff_id: int,
    override: int | None = None,
    luar: int | None = None,
) -> Appraiser:
    """Pejabat Penilai: the SKP's outside official, else the employee chain of
    ``resolve_penilai``, else the outside official heading a unit up the tree (the Bupati)."""
    if luar is not None:
        return Appraiser(luar_id=luar)
    penilai = resolve_penilai(db, staff_id, override)
    if penilai is not None:
        return Appraiser(staff_id=penilai)
    staff = get_staff(db, staff_id)
    return Appraiser(luar_id=unit_tree(db).outside_head(staff.unit_id, staff_id))


def appraisers(
    db: sqlite_utils.Database,
    staff_id: int,
    override: int | None = None,
    luar: int | None = None,
) -> tuple[Appraiser, Appraiser]:
    """(Pejabat Penilai, Atasan Pejabat Penilai); an outside official's own superior is not
    recorded, and the atasan is never the employee himself."""
    penilai = appraiser(db, staff_id, override, luar)
    if penilai.staff_id is None:
        return penilai, Appraiser()
    atasan = appraiser(db, penilai.staff_id)
    return penilai, Appraiser() if atasan.staff_id == staff_id else atasan


def pejabat_of(db: sqlite_utils.Database, who: Appraiser) -> Pejabat:
    """What forms and snapshots print about an appraiser, employee or not."""
    if who.luar_id is None:
        return pejabat(db, who.staff_id)
    person = get_pejabat_luar(db, who.luar_id)
    labels = {g.kode: g.label for g in golongan(db)}
    return Pejabat(
        nama=full_name(person.nama, person.gelar_depan, person.gelar_belakang),
        nip=person.nip,
        pangkat=labels.get(person.golongan or "", person.golongan or ""),
        jabatan=person.jabatan,
        unit=person.instansi,
        status=StatusAsn(person.status_asn).value,
    )


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
        status=StatusAsn.ASN.value,
    )


def chain(
    db: sqlite_utils.Database, staff_id: int, override: int | None
) -> tuple[int | None, int | None]:
    """(Pejabat Penilai, Atasan Pejabat Penilai) of an employee whose SKP names ``override``."""
    penilai_id = resolve_penilai(db, staff_id, override)
    atasan_id = resolve_penilai(db, penilai_id) if penilai_id is not None else None
    return penilai_id, atasan_id if atasan_id != staff_id else None


def snapshot_values(
    db: sqlite_utils.Database, staff_id: int, override: int | None, luar: int | None = None
) -> dict[str, str]:
    """The ``penilai_*`` and ``atasan_penilai_*`` columns of an evaluation being set."""
    penilai, atasan = appraisers(db, staff_id, override, luar)
    out: dict[str, str] = {}
    for prefix, person in (
        ("penilai", pejabat_of(db, penilai)),
        ("atasan_penilai", pejabat_of(db, atasan)),
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
