"""The demo's active staff as the talent step sees them: post, rank dates and the annual
predikat of the complete appraisal years, read from the database once in id order."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from desktop.demo.ranks import INDEX, REFERENCE

GOOD = frozenset(("sangat_baik", "baik"))


@dataclass(slots=True)
class Employee:
    id: int
    status: str  # pns | cpns | pppk
    post: str  # jpt | administrator | pengawas | ahli_* | fungsional | pelaksana
    head: bool
    jenjang: str
    golongan: str
    tmt_golongan: date
    tmt_jabatan: date | None
    ceiling: str  # the highest golongan of reguler promotion for the education ("": none)
    years: tuple[int, ...]  # the complete appraisal years read
    predikat: dict[int, str] = field(default_factory=dict)  # year → annual predikat

    def always(self, value: str) -> bool:
        """The annual predikat was ``value`` in every complete year."""
        return all(self.predikat.get(y) == value for y in self.years)

    def at_least_baik(self) -> bool:
        return all(self.predikat.get(y) in GOOD for y in self.years)

    def below_ceiling(self) -> bool:
        return self.golongan in INDEX and INDEX[self.golongan] < INDEX.get(self.ceiling, 99)


_SQL = """
SELECT s.id, s.status, coalesce(s.jenis_jabatan, ''), coalesce(s.jenjang, ''),
       coalesce(s.golongan, ''), s.tmt_golongan, s.tmt_jabatan, coalesce(m.golongan, '')
FROM staff s LEFT JOIN ref_pangkat_maks m ON m.pendidikan = s.pendidikan
WHERE s.aktif = 1 ORDER BY s.id
"""
_PREDIKAT = """
SELECT k.staff_id, k.tahun, e.predikat FROM evaluasi e JOIN skp k ON k.id = e.skp_id
WHERE e.periode = 'TAHUNAN' AND e.status = 'ditetapkan' AND k.tahun BETWEEN ? AND ?
"""


def load_employees(db: sqlite_utils.Database, lookback: int) -> list[Employee]:
    """Active staff with the annual predikat of the ``lookback`` years before the demo's
    current appraisal year (whose annual evaluation is still open)."""
    last = REFERENCE.year - 2
    years = tuple(range(last - lookback + 1, last + 1))
    predikat: dict[int, dict[int, str]] = defaultdict(dict)
    for staff_id, tahun, value in db.execute(_PREDIKAT, [years[0], years[-1]]):
        predikat[staff_id][tahun] = value
    heads = {r[0] for r in db.execute("SELECT kepala_id FROM unit WHERE kepala_id IS NOT NULL")}
    people = []
    for sid, status, jenis, jenjang, gol, tmt_gol, tmt_jab, ceiling in db.execute(_SQL):
        if not tmt_gol:
            continue
        post = jenis if jenis != "fungsional" else (jenjang if jenjang.startswith("ahli")
                                                     else "fungsional")  # fmt: skip
        people.append(Employee(
            sid, status, post, sid in heads, jenjang, gol, date.fromisoformat(tmt_gol),
            date.fromisoformat(tmt_jab) if tmt_jab else None, ceiling, years,
            predikat.get(sid, {}),
        ))  # fmt: skip
    return people
