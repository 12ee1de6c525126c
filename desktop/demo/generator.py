"""The demo office as a stream of rows: plan the tree and the posts first, then generate the
employees in chunks so writing one chunk can overlap generating the next.

Everything comes from one seeded ``DemoRandom`` in a fixed order, so chunking changes nothing:
the same seed yields the same rows (uuids and timestamps included) in the same order.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop.core.models import UnitJenis
from desktop.core.orgchart import UnitTree
from desktop.demo.appraisal_data import rumpun_of
from desktop.demo.careers import Slot
from desktop.demo.data_units import BUPATI, INSTANSI
from desktop.demo.orgtree import DemoUnit, plan_tree
from desktop.demo.people import Registry
from desktop.demo.rand import DemoRandom
from desktop.demo.ranks import REFERENCE
from desktop.demo.records import Tables, add_employee
from desktop.demo.riwayat import Row
from desktop.demo.staffing import manager_posts, plan_slots
from desktop.demo.talent_diklat import add_ledger, ledger_random
from desktop.demo.talent_marks import is_kritikal

BUPATI_ID = 1


def timestamp(seed: int) -> str:
    """The fixed ``updated_at`` of every generated row: the reference day, 08:00 + seed s."""
    minutes, seconds = divmod(seed % 3600, 60)
    return f"{REFERENCE.isoformat()}T08:{minutes:02d}:{seconds:02d}.000Z"


@dataclass
class Counts:
    """Running totals of what has been generated, for the summary."""

    staff: int = 0
    aktif: int = 0
    status: Counter[str] = field(default_factory=Counter)
    rows: Counter[str] = field(default_factory=Counter)


class OfficeGenerator:
    """Plans the office on creation (cheap); ``chunks()`` then yields the employees' rows.
    ``jenis``: the kinds of competence development → ``ref_jenis_pengembangan`` codes."""

    def __init__(self, seed: int, staff: int, jenis: dict[str, str | None] | None = None) -> None:
        self.rng = DemoRandom(seed)
        self.ledger_rng = ledger_random(seed)
        self.jenis = jenis or {}
        self.stamp = timestamp(seed)
        self.units: list[DemoUnit] = plan_tree(self.rng, staff)
        self.slots: list[Slot] = plan_slots(self.rng, self.units, staff)
        _appoint_heads(self.units, self.slots)
        self.counts = Counts()

    @property
    def opd_count(self) -> int:
        return sum(1 for u in self.units if u.jenis is UnitJenis.OPD)

    def unit_rows(self) -> list[Row]:
        """The unit table, heads included (``kepala_id`` points at staff rows to come)."""
        return [_unit_row(u, self.stamp) for u in self.units]

    def chunks(self, size: int) -> Iterator[Tables]:
        """The staff and riwayat rows of ``size`` employees at a time, in id order."""
        tree = UnitTree(u.to_unit() for u in self.units)
        registry, posts = Registry(), manager_posts(self.units)
        tables = Tables()
        tables.add("pejabat_luar", [bupati_row(self.stamp)])
        for staff_id, slot in enumerate(self.slots, start=1):
            atasan = tree.default_atasan(slot.unit.id, staff_id)
            career = add_employee(
                self.rng, registry, tables, slot, staff_id, atasan, posts, self.stamp
            )
            add_ledger(self.ledger_rng, tables.rows.setdefault("riwayat_diklat", []), staff_id,
                       career, self.stamp, self.jenis)  # fmt: skip
            if staff_id % size == 0 or staff_id == len(self.slots):
                self._count(tables)
                yield tables
                tables = Tables()
        self.slots = []  # written: the appraisal year that follows reads them from the database

    def _count(self, tables: Tables) -> None:
        staff = tables.rows.get("staff", [])
        self.counts.staff += len(staff)
        self.counts.aktif += sum(r["aktif"] for r in staff)
        self.counts.status.update(r["status"] for r in staff)
        self.counts.rows.update(
            {t: len(r) for t, r in tables.rows.items() if t.startswith("riwayat_")}
        )


def _appoint_heads(units: list[DemoUnit], slots: list[Slot]) -> None:
    """Set each unit's ``kepala_id``; the Sekretaris Daerah also heads the instansi, so kepala
    OPD report to the Sekda (PP 30/2019: the Sekda appraises JPT Pratama of a kabupaten)."""
    for staff_id, slot in enumerate(slots, start=1):
        if slot.head:
            slot.unit.kepala_id = staff_id
            if slot.unit.eselon == 21 and slot.unit.parent is not None:
                slot.unit.parent.kepala_id = staff_id


def _unit_row(unit: DemoUnit, stamp: str) -> Row:
    return {
        "id": unit.id, "kode": unit.kode, "nama": unit.nama, "jenis": unit.jenis.value,
        "parent_id": unit.parent.id if unit.parent else None, "kepala_id": unit.kepala_id,
        "aktif": 1, "rumpun": rumpun_of(unit.nama, unit.jenis is UnitJenis.OPD),
        "kepala_luar_id": BUPATI_ID if unit.jenis is UnitJenis.INSTANSI else None,
        "kritikal": int(is_kritikal(unit)), "uuid": unit.uuid, "updated_at": stamp,
    }  # fmt: skip


def bupati_row(stamp: str) -> Row:
    """The Bupati: not on the staff list, head of the instansi above the Sekretaris Daerah,
    so the Sekda is appraised by the Bupati (PP 30/2019) as an outside official (NON ASN)."""
    return {
        "id": BUPATI_ID, "nama": BUPATI[0], "gelar_depan": "", "gelar_belakang": BUPATI[1],
        "nip": "", "golongan": None, "jabatan": BUPATI[2], "instansi": INSTANSI,
        "status_asn": "non_asn", "aktif": 1, "updated_at": stamp,
        "uuid": uuid.uuid5(uuid.NAMESPACE_URL, f"kinerja-demo/bupati/{stamp}").hex,
    }  # fmt: skip
