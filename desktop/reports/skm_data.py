"""What the Laporan Hasil SKM and its spreadsheet show, read from the store in one place:
the unit's survey of the year (the annual one, else the latest semester), its trend across
every period on record, who answered (by service and gender) and who signs."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import sqlite_utils

from desktop.core.errors import ValidationError
from desktop.core.skm import PERIODS, SkmResult, SkmSurvei, period_label
from desktop.reports.data import Loader
from desktop.reports.model import Identity
from desktop.store import skm as skm_store
from desktop.store.rows import required_id


class SkmReportError(ValidationError):
    catalog = {
        "none": (
            "Unit {unit} belum memiliki hasil SKM tahun {tahun}{periode}. Impor data "
            "responden atau ketik rekapnya terlebih dahulu.",
            "Unit {unit} has no SKM results for {tahun}{periode}. Import the respondents or "
            "type the summary first.",
        ),
    }


@dataclass(frozen=True)
class TrendPoint:
    tahun: int
    periode: str
    result: SkmResult

    @property
    def label(self) -> str:
        return period_label(self.periode, self.tahun)


@dataclass(frozen=True)
class SkmReport:
    instansi: str
    kota: str
    paper: str
    unit_kode: str
    unit_nama: str
    survey: SkmSurvei
    result: SkmResult
    trend: tuple[TrendPoint, ...]
    layanan: tuple[tuple[str, int], ...] = ()  # respondents per service used
    gender: tuple[tuple[str, int], ...] = ()
    kepala: Identity = field(default_factory=Identity)
    feedback: int = 0  # citizen-feedback entries about the unit's staff that year

    @property
    def periode_label(self) -> str:
        return period_label(self.survey.periode, self.survey.tahun)


def skm_report(
    db: sqlite_utils.Database, unit_id: int, tahun: int, periode: str | None = None
) -> SkmReport:
    """The report of the unit's survey ``periode`` of ``tahun`` (default: the year's annual
    survey, else its latest semester). Raises SkmReportError when there is none."""
    loader = Loader(db)
    unit = loader.tree.by_id[unit_id]
    wanted = (periode,) if periode else tuple(reversed(PERIODS))
    found = None
    for code in wanted:
        survey = skm_store.get_survey(db, unit_id, tahun, code)
        result = skm_store.result_of(db, survey) if survey else None
        if survey is not None and result is not None:
            found = (survey, result)
            break
    if found is None:
        suffix = f" ({period_label(periode)})" if periode else ""
        raise SkmReportError("none", unit=unit.nama, tahun=tahun, periode=suffix)
    survey, result = found
    trend = tuple(
        TrendPoint(s.tahun, s.periode, r) for s, r in skm_store.surveys_of_unit(db, unit_id)
    )
    layanan, gender = _who_answered(db, required_id(survey))
    subtree = loader.tree.subtree_ids(unit_id)
    return SkmReport(
        loader.office.instansi, loader.office.kota, loader.office.paper, unit.kode, unit.nama,
        survey, result, trend, layanan, gender, loader.person(unit.kepala_id),
        skm_store.unit_feedback_count(db, subtree, tahun),
    )  # fmt: skip


def _who_answered(
    db: sqlite_utils.Database, survei_id: int
) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    rows = db.execute(
        "SELECT layanan, jenis_kelamin FROM skm_responden WHERE survei_id = ?", [survei_id]
    ).fetchall()
    layanan = Counter(r[0] or "Tidak disebut" for r in rows)
    gender = Counter(_gender(r[1]) for r in rows)
    return tuple(sorted(layanan.items(), key=lambda kv: (-kv[1], kv[0]))), tuple(
        sorted(gender.items(), key=lambda kv: (-kv[1], kv[0]))
    )


def _gender(text: str) -> str:
    key = text.strip().upper()[:1]
    return {"L": "Laki-laki", "P": "Perempuan"}.get(key, "Tidak disebut")
