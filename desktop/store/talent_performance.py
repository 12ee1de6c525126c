"""Staff with Kurang or Sangat Kurang in a year (issue 14 item 5): one read of the rated
evaluations of the year and the one before, the rule in ``core.talent.low_performance``.

Rated means dinilai or ditetapkan: the appraiser has given the predikat; a draft still being
typed does not count. The list flags, it decides nothing (bahan pembinaan, bukan keputusan).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.talent.low_performance import LOW, LowFinding, Rated, find_low
from desktop.store.access import visible_staff_ids
from desktop.store.staff import NAMA_SQL
from desktop.store.talent_scope import require_view

_SQL = f"""
WITH RECURSIVE sub(id) AS (
    SELECT :unit WHERE :unit <> 0
    UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id
),
low AS (
    SELECT DISTINCT k.staff_id FROM skp k JOIN evaluasi e ON e.skp_id = k.id
    WHERE k.tahun = :year AND e.status IN ('dinilai', 'ditetapkan')
      AND e.predikat IN (SELECT value FROM json_each(:low))
)
SELECT s.id, s.nip,
       {NAMA_SQL},
       coalesce(s.golongan, ''), s.jabatan, coalesce(u.nama, ''),
       k.tahun, e.periode, e.predikat
FROM low JOIN staff s ON s.id = low.staff_id
LEFT JOIN unit u ON u.id = s.unit_id
JOIN skp k ON k.staff_id = s.id AND k.tahun IN (:year - 1, :year)
JOIN evaluasi e ON e.skp_id = k.id
WHERE s.aktif = 1 AND e.status IN ('dinilai', 'ditetapkan') AND e.predikat IS NOT NULL
  AND (:unit = 0 OR s.unit_id IN (SELECT id FROM sub))
  AND (:visible IS NULL OR s.id IN (SELECT value FROM json_each(:visible)))
ORDER BY s.nama, s.nip, s.id
"""


@dataclass(frozen=True)
class LowPerformer:
    staff_id: int
    nip: str
    nama: str
    golongan: str
    jabatan: str
    unit_nama: str
    finding: LowFinding


def low_performers(db: sqlite_utils.Database, year: int, unit_id: int = 0) -> list[LowPerformer]:
    """Everyone in scope with a Kurang or Sangat Kurang in ``year`` (periodic or annual), those
    with it in consecutive periods first, then by name."""
    require_view(db, unit_id)
    visible = visible_staff_ids(db, perm=Perm.VIEW_TALENT)
    params = {
        "year": year,
        "unit": unit_id,
        "low": json.dumps(sorted(LOW)),
        "visible": None if visible is None else json.dumps(sorted(visible)),
    }
    people: dict[int, tuple[str, str, str, str, str]] = {}
    rated: dict[int, list[Rated]] = {}
    for row in db.execute(_SQL, params):
        people.setdefault(row[0], (row[1], row[2], row[3], row[4], row[5]))
        rated.setdefault(row[0], []).append(Rated(row[6], row[7], row[8]))
    out = []
    for staff_id, head in people.items():
        finding = find_low(rated[staff_id], year)
        if finding is not None:
            nip, nama, golongan, jabatan, unit_nama = head
            out.append(LowPerformer(staff_id, nip, nama, golongan, jabatan, unit_nama, finding))
    out.sort(key=lambda r: (not r.finding.berturut, r.nama, r.nip))
    return out
