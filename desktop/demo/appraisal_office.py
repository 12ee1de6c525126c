"""The office as the demo appraisal year sees it, read from the database once: staff in service,
the unit tree with each unit's rumpun and head, who appraises whom (the store's rule), what a
set evaluation snapshots about the appraisers, and the indicator library.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from desktop.core.models import full_name
from desktop.core.orgchart import UnitTree
from desktop.store.units import list_units


@dataclass(slots=True)
class Person:
    id: int
    nip: str
    nama: str  # with gelar, as printed
    golongan: str
    jabatan: str
    jenis: str
    unit_id: int
    atasan_id: int | None
    start_month: int  # first month of the year in service (CPNS appointed this year)


@dataclass(frozen=True, slots=True)
class LibraryRow:
    rumpun: str
    rhk: str
    aspek: str
    indikator: str
    target: str


@dataclass
class DemoOffice:
    year: int
    office_uuid: str
    people: dict[int, Person]
    tree: UnitTree
    rumpun: dict[int, str]  # unit id → own or inherited rumpun
    pangkat: dict[str, str]  # golongan → "Penata Muda Tingkat I (III/b)"
    library: dict[str, list[LibraryRow]]  # rumpun → rows in file order
    head_of: dict[int, int] = field(default_factory=dict)  # staff → lowest unit id headed
    members: dict[int, list[int]] = field(default_factory=dict)  # unit → own active staff
    outsiders: dict[int, tuple[str, ...]] = field(default_factory=dict)  # pejabat_luar rows

    def unit_name(self, unit_id: int) -> str:
        unit = self.tree.by_id.get(unit_id)
        return unit.nama if unit else ""

    def penilai(self, staff_id: int) -> int | None:
        """Pejabat Penilai as ``store.penilai.resolve_penilai`` decides without an override."""
        person = self.people[staff_id]
        if person.atasan_id is not None:
            return person.atasan_id
        return self.tree.default_atasan(person.unit_id, staff_id)

    def snapshot(self, staff_id: int | None) -> tuple[str, ...]:
        """(nama, nip, pangkat, jabatan, unit, status) as ``store.penilai.pejabat`` prints
        them."""
        if staff_id is None or staff_id not in self.people:
            return ("",) * 6
        p = self.people[staff_id]
        return (p.nama, p.nip, self.pangkat.get(p.golongan, p.golongan), p.jabatan,
                self.unit_name(p.unit_id), "asn")  # fmt: skip

    def outside_head(self, staff_id: int) -> int | None:
        """The official from outside the staff list above ``staff_id`` (the Bupati)."""
        return self.tree.outside_head(self.people[staff_id].unit_id, staff_id)

    def outsider(self, luar_id: int | None) -> tuple[str, ...]:
        """An outside official as ``store.penilai.pejabat_of`` prints them."""
        return self.outsiders.get(luar_id or 0, ("",) * 6)

    def depth(self, staff_id: int) -> int:
        """Steps up the appraiser chain to the top (the Sekretaris Daerah is 0)."""
        seen, current, steps = {staff_id}, self.penilai(staff_id), 0
        while current is not None and current not in seen and current in self.people:
            seen.add(current)
            steps += 1
            current = self.penilai(current)
        return steps


def load_office(db: sqlite_utils.Database, year: int) -> DemoOffice:
    """Everything the appraisal year is generated from, in id order (deterministic)."""
    tree = UnitTree(list_units(db))
    office = DemoOffice(
        year=year,
        office_uuid=db.execute("SELECT office_uuid FROM office").fetchone()[0],
        people=_people(db, year),
        tree=tree,
        rumpun=_rumpun(tree),
        pangkat={
            kode: f"{pangkat} ({kode})" if pangkat else kode
            for kode, pangkat in db.execute("SELECT kode, pangkat FROM ref_golongan")
        },
        library=_library(db),
        outsiders=_outsiders(db),
    )
    for unit in sorted(tree.by_id.values(), key=lambda u: u.id or 0, reverse=True):
        if unit.kepala_id in office.people and unit.id is not None:
            office.head_of[unit.kepala_id] = unit.id  # lowest id wins, as the store picks
    members: dict[int, list[int]] = defaultdict(list)
    for person in office.people.values():
        members[person.unit_id].append(person.id)
    office.members = dict(members)
    return office


# In service in ``year`` and today: appointed by 1 December (CPNS/PNS by TMT CPNS, PPPK by their
# first golongan's TMT). Those who left since are not appraised in the earlier years either:
# the office's screens (workspace, quota) count today's staff, so their past ratings would
# skew the spread a unit is judged by.
_PEOPLE_SQL = """
SELECT id, nip, nama, gelar_depan, gelar_belakang, coalesce(golongan, ''), jabatan,
       coalesce(jenis_jabatan, ''), unit_id, atasan_id, mulai
FROM (SELECT s.*, coalesce(s.tmt_cpns, (SELECT min(g.tmt) FROM riwayat_golongan g
                                          WHERE g.staff_id = s.id)) AS mulai
      FROM staff s
      WHERE s.aktif = 1 AND s.unit_id IS NOT NULL)
WHERE mulai IS NULL OR mulai <= ?
ORDER BY id
"""


def _people(db: sqlite_utils.Database, year: int) -> dict[int, Person]:
    people = {}
    for i, nip, nama, depan, belakang, gol, jabatan, jenis, unit, atasan, tmt in db.execute(
        _PEOPLE_SQL, [f"{year}-12-01"]
    ):
        start = date.fromisoformat(tmt) if tmt else None
        month = start.month if start is not None and start.year == year else 1
        people[i] = Person(i, nip, full_name(nama, depan, belakang), gol, jabatan, jenis, unit,
                           atasan, month)  # fmt: skip
    return people


def _rumpun(tree: UnitTree) -> dict[int, str]:
    found: dict[int, str] = {}
    for unit_id, unit in tree.by_id.items():
        chain = [unit, *tree.ancestors(unit_id)]
        found[unit_id] = next((u.rumpun for u in chain if u.rumpun), "umum")
    return found


def _library(db: sqlite_utils.Database) -> dict[str, list[LibraryRow]]:
    rows: dict[str, list[LibraryRow]] = defaultdict(list)
    for values in db.execute(
        "SELECT rumpun, rhk, aspek, indikator, target FROM ref_indikator ORDER BY id"
    ):
        rows[values[0]].append(LibraryRow(*values))
    return dict(rows)


def _outsiders(db: sqlite_utils.Database) -> dict[int, tuple[str, ...]]:
    """Outside officials printed as ``store.penilai.pejabat_of`` does (name with gelar)."""
    rows = db.execute(
        "SELECT p.id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, p.golongan, p.jabatan, "
        "p.instansi, p.status_asn, g.pangkat FROM pejabat_luar p "
        "LEFT JOIN ref_golongan g ON g.kode = p.golongan"
    )
    out: dict[int, tuple[str, ...]] = {}
    for id_, nama, depan, belakang, nip, gol, jabatan, instansi, status, pangkat in rows:
        label = (f"{pangkat} ({gol})" if pangkat else gol) if gol else ""
        out[id_] = (full_name(nama, depan, belakang), nip, label, jabatan, instansi, status)
    return out
