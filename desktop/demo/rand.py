"""A seeded random source with the few helpers the demo needs.

Everything random in the demo, uuids included, comes from one ``DemoRandom`` so the same seed
gives the same database byte for byte (``uuid4`` would not).
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """Items with weights, the cumulative sums computed once (picking is then a bisection)."""

    __slots__ = ("cum", "items")

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        pairs = [(item, weight) for item, weight in pairs if weight > 0]
        self.items: list[T] = [item for item, _ in pairs]
        self.cum: list[float] = list(itertools.accumulate(weight for _, weight in pairs))


class DemoRandom(random.Random):
    """``random.Random`` plus uuids, weighted picks and dates.

    ``randint`` and ``pick`` scale one ``random()`` float instead of the exact but slower
    integer methods of ``random.Random``: the bias is far below what a demo can show, and
    the office is built from about a million draws.
    """

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def uuid(self) -> str:
        """32 lower-case hex digits, like the schema's ``lower(hex(randomblob(16)))``."""
        return f"{self.getrandbits(128):032x}"

    def pick(self, weighted: Weighted[T]) -> T:
        cum = weighted.cum
        return weighted.items[min(bisect.bisect(cum, self.random() * cum[-1]), len(cum) - 1)]

    def chance(self, p: float) -> bool:
        return self.random() < p

    def item(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def day_between(self, first: date, last: date) -> date:
        """A day from ``first`` to ``last`` inclusive (``first`` when the range is empty)."""
        span = (last - first).days
        return first if span <= 0 else first + timedelta(days=self.randint(0, span))

    def month_start_between(self, first: date, last: date) -> date:
        """The first day of a month between the two dates (TMT are always the 1st)."""
        day = self.day_between(first, last)
        return day.replace(day=1) if day.replace(day=1) >= first else _next_month(day)


def _next_month(d: date) -> date:
    return date(d.year + d.month // 12, d.month % 12 + 1, 1)


def add_years(d: date, years: int) -> date:
    """The same day ``years`` later (28 February for 29 February in a common year)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def add_months(d: date, months: int) -> date:
    """The first of the month ``months`` after ``d``'s month."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def largest_remainder(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` into integers proportional to ``weights`` (Hamilton's method)."""
    whole = sum(weights)
    if total <= 0 or whole <= 0:
        return [0] * len(weights)
    exact = [total * w / whole for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (counts[i] - exact[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts
