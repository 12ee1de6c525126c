"""The kinerja axis of the talent map: the annual predikat of two years as one status.

PermenPANRB 20/2025 Pasal 17 reads an annual predikat as di atas / sesuai / di bawah
ekspektasi: Sangat Baik is above, Baik meets, Butuh Perbaikan / Kurang / Sangat Kurang are
below. How two years combine is the office's choice (``GabungKinerja``): the lower of the
two (default) or the latest year only.

A year that is needed but has no set (``ditetapkan``) annual predikat leaves the person
"belum dipetakan" with the reason; no box is ever guessed. Someone appointed (TMT CPNS) after
the start of year Y-1 has only one year of results: under "terendah" they stay unmapped and
the reason says why; under "terakhir" year Y alone places them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.appraisal import Predikat, Rating
from desktop.core.i18n import pick
from desktop.core.talent.settings import GabungKinerja

Kinerja = Rating
"""di_atas / sesuai / di_bawah ekspektasi: the same three values as a rating."""

_ORDER = (Kinerja.DI_BAWAH, Kinerja.SESUAI, Kinerja.DI_ATAS)  # worst first


def kinerja_of(predikat: Predikat) -> Kinerja:
    """One year's status: Sangat Baik → di atas, Baik → sesuai, the rest → di bawah."""
    if predikat is Predikat.SANGAT_BAIK:
        return Kinerja.DI_ATAS
    if predikat is Predikat.BAIK:
        return Kinerja.SESUAI
    return Kinerja.DI_BAWAH


def lower(a: Kinerja, b: Kinerja) -> Kinerja:
    """The worse of two statuses."""
    return a if _ORDER.index(a) <= _ORDER.index(b) else b


@dataclass(frozen=True)
class KinerjaResult:
    """The status, or None with the reason it cannot be given."""

    kinerja: Kinerja | None
    reason: str = ""


def _missing(*years: int) -> str:
    text = pick(" dan ", " and ").join(str(y) for y in years)
    return pick(
        f"predikat tahunan {text} belum ditetapkan",
        f"the {text} annual predikat has not been set",
    )


def _new_hire(year: int, tmt_cpns: date) -> str:
    return pick(
        f"baru diangkat (TMT CPNS {tmt_cpns.isoformat()}): belum ada predikat tahunan {year}; "
        "peta talenta memerlukan dua tahun penilaian",
        f"recently appointed (TMT CPNS {tmt_cpns.isoformat()}): no {year} annual predikat; "
        "the talent map needs two appraisal years",
    )


def kinerja_status(
    year: int,
    previous: Predikat | None,
    current: Predikat | None,
    gabung: GabungKinerja = GabungKinerja.TERENDAH,
    tmt_cpns: date | None = None,
) -> KinerjaResult:
    """Status for the map of ``year`` from the predikat of ``year - 1`` and ``year``."""
    if gabung is GabungKinerja.TERAKHIR:
        if current is None:
            return KinerjaResult(None, _missing(year))
        return KinerjaResult(kinerja_of(current))
    if previous is None and tmt_cpns is not None and tmt_cpns > date(year - 1, 1, 1):
        return KinerjaResult(None, _new_hire(year - 1, tmt_cpns))
    if previous is None or current is None:
        missing = [y for y, p in ((year - 1, previous), (year, current)) if p is None]
        return KinerjaResult(None, _missing(*missing))
    return KinerjaResult(lower(kinerja_of(previous), kinerja_of(current)))
