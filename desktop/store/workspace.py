"""The appraisal workspace of a unit and period: who has an SKP, who is evaluated, who is
missing, and the predikat counts against the organisation's quota. One indexed query, so a
500-person unit opens in milliseconds."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import sqlite_utils

from desktop.core.appraisal import CapaianOrganisasi, Predikat
from desktop.core.distribution import Breach, check_distribution, count_predikat
from desktop.core.periods import parse_period
from desktop.core.workflow import EvalState
from desktop.store.access import visible_staff_ids
from desktop.store.capaian import get_capaian
from desktop.store.staff import NAMA_SQL


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


# Unit heads: one list read once (`IN (SELECT …)`), not a correlated EXISTS per staff row;
# migration 0011 indexes unit.kepala_id for the lookups of a single person elsewhere.
_SQL = f"""
SELECT s.id, s.nip,
       {NAMA_SQL},
       s.jabatan, coalesce(u.nama, ''),
       s.id IN (SELECT kepala_id FROM unit WHERE kepala_id IS NOT NULL),
       k.id, k.status, e.id, e.status, e.rating_hasil, e.rating_perilaku, e.predikat
FROM staff s
LEFT JOIN unit u ON u.id = s.unit_id
LEFT JOIN skp k ON k.staff_id = s.id AND k.tahun = :tahun
LEFT JOIN evaluasi e ON e.skp_id = k.id AND e.periode = :periode
WHERE s.aktif = 1 AND s.unit_id IN (SELECT value FROM json_each(:units))
  AND (:visible IS NULL OR s.id IN (SELECT value FROM json_each(:visible)))
ORDER BY s.nama
"""


@dataclass
class Workspace:
    unit_id: int
    tahun: int
    periode: str
    capaian: CapaianOrganisasi | None
    rows: list[WorkspaceRow] = field(default_factory=list)

    @cached_property  # the chart, the panel and ``breaches`` all ask (50,000 rows at "Semua unit")
    def counts(self) -> dict[Predikat, int]:
        """Predikat per category over every *rated* evaluation: set (ditetapkan), rated
        (dinilai) and drafts that already hold both ratings. The preview is for the appraiser
        while rating, so it counts what is entered, not only what is locked;
        ``not_set_count`` says how many of these could still change."""
        return count_predikat(r.predikat for r in self.rows if r.predikat)

    @property
    def set_counts(self) -> dict[Predikat, int]:
        """Predikat of the set (ditetapkan) evaluations only: the distribution as final."""
        return count_predikat(
            r.predikat for r in self.rows if r.predikat and r.eval_status == EvalState.DITETAPKAN
        )

    @property
    def not_set_count(self) -> int:
        """Rated evaluations counted in ``counts`` that are not set (ditetapkan) yet."""
        return sum(1 for r in self.rows if r.predikat and r.eval_status != EvalState.DITETAPKAN)

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
    """Everyone active in ``unit_ids`` (the unit's subtree) for the year and period whom the
    session may see (a penilai: their appraisees; a pegawai: themself)."""
    code = parse_period(periode).code
    visible = visible_staff_ids(db)
    params = {"tahun": tahun, "periode": code, "units": json.dumps(sorted(unit_ids))}
    params["visible"] = None if visible is None else json.dumps(sorted(visible))
    rows = db.execute(_SQL, params).fetchall()
    return Workspace(
        unit_id,
        tahun,
        code,
        get_capaian(db, unit_id, tahun, code),
        [WorkspaceRow._make(r) for r in rows],
    )


def active_staff_count(db: sqlite_utils.Database, unit_ids: set[int]) -> int:
    """Active staff in ``unit_ids``: whether a workspace is small enough to read at once."""
    row = db.execute(
        "SELECT count(*) FROM staff WHERE aktif = 1 "
        "AND unit_id IN (SELECT value FROM json_each(?))",
        [json.dumps(sorted(unit_ids))],
    ).fetchone()
    return int(row[0])


def working_period(db: sqlite_utils.Database, today_year: int) -> tuple[int, str | None]:
    """The year and periodic period an operator most likely wants to open: the latest year
    with SKPs up to this year and, for a past year, its latest periodic period with an
    evaluation (None: let the screen pick the period running today)."""
    row = db.execute("SELECT max(tahun) FROM skp WHERE tahun <= ?", [today_year]).fetchone()
    year = int(row[0]) if row and row[0] is not None else today_year
    if year == today_year:
        return year, None
    monthly = db.execute("SELECT periode_evaluasi FROM office").fetchone() == ("bulanan",)
    quarters, months = [f"TW{n}" for n in range(4, 0, -1)], [f"B{n:02d}" for n in range(12, 0, -1)]
    for periode in (months + quarters) if monthly else (quarters + months):
        # latest first, the office's own kind of period first: each probe stops at its first
        # evaluation (a max() over the year's evaluations read 250,000 rows at 50,000 staff)
        found = db.execute(
            "SELECT 1 FROM evaluasi e JOIN skp k ON k.id = e.skp_id "
            "WHERE e.periode = ? AND k.tahun = ? LIMIT 1",
            [periode, year],
        ).fetchone()
        if found:
            return year, periode
    return year, None
