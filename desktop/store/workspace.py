"""The appraisal workspace of a unit and period: who has an SKP, who is evaluated, who is
missing, and the predikat counts against the organisation's quota. One indexed query, so a
500-person unit opens in milliseconds."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import NamedTuple

import sqlite_utils

from desktop.core.appraisal import CapaianOrganisasi, Predikat
from desktop.core.distribution import Breach, check_distribution, count_predikat
from desktop.core.periods import parse_period
from desktop.store.capaian import get_capaian


class WorkspaceRow(NamedTuple):
    staff_id: int
    nip: str
    nama: str
    jabatan: str
    unit_nama: str
    is_head: bool
    skp_id: int | None
    skp_status: str | None
    evaluasi_id: int | None
    eval_status: str | None
    rating_hasil: str | None
    rating_perilaku: str | None
    predikat: str | None


_SQL = """
SELECT s.id, s.nip,
       trim(CASE WHEN s.gelar_depan <> '' THEN s.gelar_depan || ' ' ELSE '' END || s.nama
            || CASE WHEN s.gelar_belakang <> '' THEN ', ' || s.gelar_belakang ELSE '' END),
       s.jabatan, coalesce(u.nama, ''),
       EXISTS (SELECT 1 FROM unit h WHERE h.kepala_id = s.id),
       k.id, k.status, e.id, e.status, e.rating_hasil, e.rating_perilaku, e.predikat
FROM staff s
LEFT JOIN unit u ON u.id = s.unit_id
LEFT JOIN skp k ON k.staff_id = s.id AND k.tahun = :tahun
LEFT JOIN evaluasi e ON e.skp_id = k.id AND e.periode = :periode
WHERE s.aktif = 1 AND s.unit_id IN (SELECT value FROM json_each(:units))
ORDER BY s.nama
"""


@dataclass
class Workspace:
    unit_id: int
    tahun: int
    periode: str
    capaian: CapaianOrganisasi | None
    rows: list[WorkspaceRow] = field(default_factory=list)

    @property
    def counts(self) -> dict[Predikat, int]:
        return count_predikat(r.predikat for r in self.rows if r.predikat)

    @property
    def breaches(self) -> list[Breach]:
        """Broken quotas (a warning, never a block); empty without a capaian."""
        return check_distribution(self.capaian, self.counts) if self.capaian else []

    @property
    def without_skp(self) -> list[WorkspaceRow]:
        return [r for r in self.rows if r.skp_id is None]

    @property
    def not_evaluated(self) -> list[WorkspaceRow]:
        return [r for r in self.rows if r.skp_id is not None and r.predikat is None]


def load_workspace(
    db: sqlite_utils.Database, unit_id: int, unit_ids: set[int], tahun: int, periode: str
) -> Workspace:
    """Everyone active in ``unit_ids`` (the unit's subtree) for the year and period."""
    code = parse_period(periode).code
    rows = db.execute(
        _SQL, {"tahun": tahun, "periode": code, "units": json.dumps(sorted(unit_ids))}
    ).fetchall()
    return Workspace(
        unit_id,
        tahun,
        code,
        get_capaian(db, unit_id, tahun, code),
        [WorkspaceRow._make(r) for r in rows],
    )
