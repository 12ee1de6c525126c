"""Staff with Kurang or Sangat Kurang, and those with it in consecutive periods (issue 14
item 5): a flag list for the BKPSDM's pembinaan kinerja (PP 30/2019,
PermenPANRB 6/2022). The app decides nothing; the list is "bahan pembinaan, bukan keputusan".

Periods follow each other within their kind: TW3 → TW4, B05 → B06, the last period of a year
→ the first of the next (TW4 → TW1, B12 → B01), and one annual predikat → the next year's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.appraisal import Predikat
from desktop.core.periods import ANNUAL, parse_period

LOW = frozenset({Predikat.KURANG.value, Predikat.SANGAT_KURANG.value})


@dataclass(frozen=True, order=True)
class Rated:
    """One rated evaluation of an employee."""

    tahun: int
    periode: str  # TW1–TW4, B01–B12, TAHUNAN
    predikat: str


@dataclass(frozen=True)
class LowFinding:
    low: tuple[Rated, ...]  # the year's low results, in period order
    consecutive: tuple[tuple[Rated, Rated], ...]  # pairs of following low periods

    @property
    def berturut(self) -> bool:
        return bool(self.consecutive)


def _key(r: Rated) -> tuple[int, int, int]:
    """(kind, year, index): periods of one kind in time order."""
    if r.periode == ANNUAL:
        return 0, r.tahun, 0
    p = parse_period(r.periode)
    return (1 if p.kind == "triwulan" else 2), r.tahun, p.first


def _follows(a: Rated, b: Rated) -> bool:
    """Is ``b`` the period right after ``a`` (same kind)?"""
    ka, kb = _key(a), _key(b)
    if ka[0] != kb[0]:
        return False
    if ka[0] == 0:
        return kb[1] == ka[1] + 1
    step = 3 if ka[0] == 1 else 1
    return (ka[1] * 12 + ka[2] + step) == (kb[1] * 12 + kb[2])


def find_low(rated: Iterable[Rated], year: int) -> LowFinding | None:
    """The low results of ``year`` and the consecutive pairs ending in it (the year before
    is read only to see a pair that starts there); None when the year has none."""
    lows = sorted((r for r in rated if r.predikat in LOW), key=_key)
    in_year = tuple(r for r in lows if r.tahun == year)
    if not in_year:
        return None
    pairs = tuple((a, b) for a in lows for b in in_year if _follows(a, b))
    return LowFinding(in_year, pairs)


def period_label(r: Rated) -> str:
    """ "TW3 2025", "B05 2025", "Tahunan 2025" with the predikat."""
    name = "Tahunan" if r.periode == ANNUAL else r.periode
    return f"{name} {r.tahun}: {Predikat(r.predikat).label}"
