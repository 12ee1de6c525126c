"""The appraiser chain: who is an employee's Pejabat Penilai Kinerja and that person's superior
(Atasan Pejabat Penilai), and what is printed about them.

Pejabat Penilai = the SKP's override if one is set, else the recorded atasan, else the head of
the unit tree above the employee; the Atasan Pejabat Penilai is found the same way for the
penilai. ``pejabat`` gives the name, NIP, pangkat, jabatan and unit as the evaluation snapshots
them when it is set, so a later transfer never rewrites history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Protocol

import sqlite_utils

from desktop.core.models import Staff, StatusAsn, full_name, staff_full_name
from desktop.core.orgchart import UnitTree
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


class People(Protocol):
    """Where the chain reads employees and the unit tree. By default the database, each call;
    a batch of forms passes its cache (``reports.data.Loader``) — one rule either way."""

    @property
    def tree(self) -> UnitTree: ...

    def staff(self, staff_id: int) -> Staff: ...


class _Fresh:
    """The database as ``People``: employees read when asked, the tree once per question."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._tree: UnitTree | None = None

    @property
    def tree(self) -> UnitTree:
        if self._tree is None:
            self._tree = unit_tree(self.db)
        return self._tree

    def staff(self, staff_id: int) -> Staff:
        return get_staff(self.db, staff_id)


def resolve_penilai(
    db: sqlite_utils.Database,
    staff_id: int,
    override: int | None = None,
    *,
    people: People | None = None,
) -> int | None:
    """Pejabat Penilai: the SKP's override, else the recorded atasan, else the unit tree."""
    if override is not None:
        return override
    source: People = people or _Fresh(db)
    staff = source.staff(staff_id)
    if staff.atasan_id is not None:
        return staff.atasan_id
    return source.tree.default_atasan(staff.unit_id, staff.id)


def appraiser(
    db: sqlite_utils.Database,
    staff_id: int,
    override: int | None = None,
    luar: int | None = None,
    *,
    people: People | None = None,
) -> Appraiser:
    """Pejabat Penilai: the SKP's outside official, else the employee chain of
    ``resolve_penilai``, else the outside official heading a unit up the tree (the Bupati)."""
    if luar is not None:
        return Appraiser(luar_id=luar)
    source: People = people or _Fresh(db)
    penilai = resolve_penilai(db, staff_id, override, people=source)
    if penilai is not None:
        return Appraiser(staff_id=penilai)
    staff = source.staff(staff_id)
    return Appraiser(luar_id=source.tree.outside_head(staff.unit_id, staff_id))


def appraisers(
    db: sqlite_utils.Database,
    staff_id: int,
    override: int | None = None,
    luar: int | None = None,
    *,
    people: People | None = None,
) -> tuple[Appraiser, Appraiser]:
    """(Pejabat Penilai, Atasan Pejabat Penilai); an outside official's own superior is not
    recorded, and the atasan is never the employee himself."""
    source: People = people or _Fresh(db)
    penilai = appraiser(db, staff_id, override, luar, people=source)
    if penilai.staff_id is None:
        return penilai, Appraiser()
    atasan = appraiser(db, penilai.staff_id, people=source)
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
    db: sqlite_utils.Database,
    staff_id: int,
    override: int | None,
    *,
    people: People | None = None,
) -> tuple[int | None, int | None]:
    """(Pejabat Penilai, Atasan Pejabat Penilai) of an employee whose SKP names ``override``."""
    source: People = people or _Fresh(db)
    penilai_id = resolve_penilai(db, staff_id, override, people=source)
    atasan_id = resolve_penilai(db, penilai_id, people=source) if penilai_id is not None else None
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


def appraisees(db: sqlite_utils.Database, penilai_id: int) -> set[int]:
    """Every employee whose Pejabat Penilai is ``penilai_id`` by ``resolve_penilai``: the
    recorded atasan, else the unit tree, plus any SKP that names them as its override; never
    the penilai himself (what a penilai or atasan session may see and appraise)."""
    return appraisees_of(db, {penilai_id}) - {penilai_id}


def appraisees_of(db: sqlite_utils.Database, penilai_ids: set[int]) -> set[int]:
    """``appraisees`` of several people at once, in a handful of queries (an atasan's chain
    over a large OPD: thousands of penilai)."""
    if not penilai_ids:
        return set()
    tree = unit_tree(db)
    ids = json.dumps(sorted(penilai_ids))
    headed = [u.id for u in tree.by_id.values() if u.kepala_id in penilai_ids and u.id is not None]
    below = set().union(*(tree.subtree_ids(u) for u in headed)) if headed else set()
    found = {
        row[0]
        for row in db.execute(
            "SELECT id FROM staff WHERE atasan_id IN (SELECT value FROM json_each(?)) "
            "UNION SELECT staff_id FROM skp WHERE penilai_id IN (SELECT value FROM json_each(?))",
            [ids, ids],
        )
    }
    if below:
        rows = db.execute(
            "SELECT id, unit_id FROM staff WHERE atasan_id IS NULL "
            "AND unit_id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(below))],
        )
        found |= {sid for sid, unit in rows if tree.default_atasan(unit, sid) in penilai_ids}
    return found
