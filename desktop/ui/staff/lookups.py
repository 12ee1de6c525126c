"""Everything the staff dialog needs to fill its lists, read once from the store.

The dialog never queries the database itself: it gets these lists and a function for the
superior candidates of a unit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

from desktop.core.errors import NotFound
from desktop.core.orgchart import UnitTree
from desktop.store import history, reference, talent_records
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.reference import Choice, Golongan
from desktop.store.staff import StaffListRow
from desktop.store.talent_records import JenisPengembangan

AtasanFinder = Callable[[list[int]], list[StaffListRow]]
RowFinder = Callable[[int], StaffListRow | None]
Permission = Callable[[int | None], bool]


@dataclass
class Lookups:
    golongan: list[Golongan] = field(default_factory=list)
    agama: list[Choice] = field(default_factory=list)
    status_perkawinan: list[Choice] = field(default_factory=list)
    kedudukan_hukum: list[Choice] = field(default_factory=list)
    pendidikan: list[Choice] = field(default_factory=list)
    jenis_jabatan: list[Choice] = field(default_factory=list)
    jenjang: list[Choice] = field(default_factory=list)
    eselon: list[Choice] = field(default_factory=list)
    unit_tree: UnitTree = field(default_factory=lambda: UnitTree([]))
    atasan_candidates: AtasanFinder = lambda _ids: []
    staff_row: RowFinder = lambda _id: None
    jenis_pengembangan: list[JenisPengembangan] = field(default_factory=list)
    # may the session read this person's riwayat hukuman (``store.history.SENSITIVE``)
    may_read_hukuman: Permission = lambda _id: True

    def golongan_for(self, status: str) -> list[Golongan]:
        """PNS and CPNS use I/a … IV/e; PPPK uses I … XVII."""
        jenis = "pppk" if status == "pppk" else "pns"
        return [g for g in self.golongan if g.jenis == jenis]

    def golongan_rank(self) -> dict[str, int]:
        """Golongan code → its position in ref_golongan (urutan order), for sorting."""
        return {g.kode: n for n, g in enumerate(self.golongan)}


def load_lookups(db: sqlite_utils.Database) -> Lookups:
    """Read the reference lists and the unit tree; superiors are looked up on demand."""
    lists = {name: reference.choices(db, name) for name in (
        "agama", "status_perkawinan", "kedudukan_hukum", "pendidikan", "jenis_jabatan",
        "jenjang", "eselon",
    )}  # fmt: skip
    return Lookups(
        golongan=reference.golongan(db),
        unit_tree=unit_store.unit_tree(db),
        atasan_candidates=lambda ids: staff_store.atasan_candidates(db, ids),
        staff_row=lambda staff_id: _row_or_none(db, staff_id),
        jenis_pengembangan=talent_records.jenis_pengembangan(db),
        may_read_hukuman=lambda staff_id: history.readable(db, "hukuman", staff_id),
        **lists,
    )


def _row_or_none(db: sqlite_utils.Database, staff_id: int) -> StaffListRow | None:
    try:
        return staff_store.list_row(db, staff_id)
    except NotFound:
        return None
