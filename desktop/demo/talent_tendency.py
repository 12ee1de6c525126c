"""How good each demo employee tends to be, the same person in every year.

The appraisal years and the talent inputs (assessment JPM, sanctions) draw from one persistent
value per staff id, so the people rated *Sangat Baik* in 2023 tend to be so again in 2024 and to
score well in an assessment (boxes 7–9 of the talent map have people), and the few rated
*Kurang* tend to stay there (the low-performance list has consecutive periods). Each year adds
its own noise on top (``year_tendency``).
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.demo.rand import DemoRandom

PERSIST = 0.85  # weight of the lasting part; the year's own part makes the variance ~1
YEAR_NOISE = 0.53


def base_tendency(seed: int, max_id: int) -> list[float]:
    """One standard normal value per staff id 0..``max_id`` (index = id), from the seed only."""
    rng = DemoRandom(f"kinerja-tendency-{seed}")
    return [rng.gauss(0, 1) for _ in range(max_id + 1)]


def year_tendency(rng: DemoRandom, base: list[float], staff_ids: Iterable[int]) -> dict[int, float]:
    """A year's tendency per staff id: the lasting part plus the year's noise (``rng``)."""
    return {s: PERSIST * base[s] + YEAR_NOISE * rng.gauss(0, 1) for s in sorted(staff_ids)}
