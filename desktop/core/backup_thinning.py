"""Which automatic backups to keep: Anki's thinning, as a pure function over their times.

Newest first, a backup is kept when it is one of the ``recent`` newest, or the newest of a day,
a week or a month that no kept backup already stands for, while that bucket's quota lasts
(``daily`` days, ``weekly`` weeks, ``monthly`` months). The quotas count *distinct periods that
hold a backup*, not calendar time: an office that left the app closed for two months still
keeps its last six months of backups rather than losing them to the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Limits:
    """How many backups of each kind survive (Anki's defaults, as the issue asks)."""

    recent: int = 10
    daily: int = 7
    weekly: int = 4
    monthly: int = 6


def _day(when: datetime) -> tuple[int, int, int]:
    return (when.year, when.month, when.day)


def _week(when: datetime) -> tuple[int, int]:
    iso = when.isocalendar()
    return (iso.year, iso.week)


def _month(when: datetime) -> tuple[int, int]:
    return (when.year, when.month)


def backups_to_keep(times: Iterable[datetime], limits: Limits = Limits()) -> set[datetime]:
    """The times (from ``times``) of the backups to keep; every other one may be deleted.

    Pass local times so "a day" is the office's day. Equal times count as one backup.
    """
    kept: set[datetime] = set()
    days: set[tuple[int, int, int]] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    counts = {"recent": 0, "daily": 0, "weekly": 0, "monthly": 0}
    for when in sorted(set(times), reverse=True):
        kind = _kind(when, counts, limits, days, weeks, months)
        if kind is None:
            continue
        counts[kind] += 1
        kept.add(when)
        days.add(_day(when))
        weeks.add(_week(when))
        months.add(_month(when))
    return kept


def _kind(
    when: datetime,
    counts: dict[str, int],
    limits: Limits,
    days: set[tuple[int, int, int]],
    weeks: set[tuple[int, int]],
    months: set[tuple[int, int]],
) -> str | None:
    """Which quota keeps ``when`` (the first that has room and a new period), or None."""
    if counts["recent"] < limits.recent:
        return "recent"
    if counts["daily"] < limits.daily and _day(when) not in days:
        return "daily"
    if counts["weekly"] < limits.weekly and _week(when) not in weeks:
        return "weekly"
    if counts["monthly"] < limits.monthly and _month(when) not in months:
        return "monthly"
    return None
