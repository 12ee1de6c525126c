"""The allowed distribution of staff predikat per capaian kinerja organisasi (SE MenPANRB
3/2023, as DESIGN.md §4 states it). The app warns and never blocks: ``check_distribution``
returns each broken quota with how many people it is off by.

Besides its maxima and minima (``QUOTAS``, the lines the charts draw), each curve has a
"sebagian besar" side: the predikat the capaian names is the largest group (``PEAK``; an
Istimewa unit with no Sangat Baik at all breaks it). A unit of one or two rated people is too
small for a percentage: it gets a note (``distribution_note``), not a breach. Every screen and
form judges a distribution through ``check_distribution`` so they agree."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.appraisal import CapaianOrganisasi as Org
from desktop.core.appraisal import Predikat as P
from desktop.core.i18n import pick, plural


class Bound(StrEnum):
    MAX = "max"  # at most pct % of the staff
    MIN = "min"  # at least pct % of the staff


@dataclass(frozen=True)
class Quota:
    predikat: tuple[P, ...]  # counted together ("Kurang or Butuh Perbaikan")
    bound: Bound
    pct: float
    at_least_one: bool = False  # "at least one" instead of a percentage
    largest: bool = False  # "sebagian besar": at least as many as any other predikat

    def limit(self, total: int) -> int:
        """People allowed (MAX) or required (MIN) for ``total`` staff."""
        if self.at_least_one:
            return 1 if total else 0
        exact = self.pct * total / 100
        return math.floor(exact + 1e-9) if self.bound is Bound.MAX else math.ceil(exact - 1e-9)

    def label(self) -> str:
        names = pick(" atau ", " or ").join(p.label for p in self.predikat)
        if self.at_least_one:
            return pick(f"minimal satu {names}", f"at least one {names}")
        if self.largest:
            return pick(f"sebagian besar {names}", f"mostly {names}")
        if self.bound is Bound.MAX and self.pct == 0:
            return pick(f"tidak ada {names}", f"no {names}")
        sign = "≤" if self.bound is Bound.MAX else "≥"
        return f"{names} {sign} {self.pct:g} %"


QUOTAS: dict[Org, tuple[Quota, ...]] = {
    Org.ISTIMEWA: (Quota((P.SANGAT_BAIK,), Bound.MAX, 70),),
    Org.BAIK: (
        Quota((P.BAIK,), Bound.MAX, 70),
        Quota((P.BUTUH_PERBAIKAN, P.KURANG), Bound.MIN, 0, at_least_one=True),
    ),
    Org.BUTUH_PERBAIKAN: (
        Quota((P.BUTUH_PERBAIKAN,), Bound.MIN, 60),
        Quota((P.SANGAT_BAIK,), Bound.MAX, 10),
    ),
    Org.KURANG: (
        Quota((P.KURANG,), Bound.MIN, 60),
        Quota((P.BUTUH_PERBAIKAN,), Bound.MIN, 10),
        Quota((P.SANGAT_BAIK,), Bound.MAX, 10),
    ),
    Org.SANGAT_KURANG: (
        Quota((P.SANGAT_KURANG,), Bound.MIN, 60),
        Quota((P.KURANG, P.BUTUH_PERBAIKAN), Bound.MIN, 10),
        Quota((P.SANGAT_BAIK,), Bound.MAX, 0),
    ),
}


# The "sebagian besar" side of each curve; Butuh Perbaikan, Kurang and Sangat Kurang already
# require 60 % of their own predikat, which makes it the largest group.
PEAK: dict[Org, Quota] = {
    Org.ISTIMEWA: Quota((P.SANGAT_BAIK,), Bound.MIN, 0, largest=True),
    Org.BAIK: Quota((P.BAIK,), Bound.MIN, 0, largest=True),
}
SMALL_UNIT = 2  # up to this many rated people a percentage says nothing


def rules(capaian: Org) -> tuple[Quota, ...]:
    """Every rule of ``capaian``: its quotas, then its "sebagian besar" side."""
    peak = PEAK.get(Org(capaian))
    return QUOTAS[Org(capaian)] + ((peak,) if peak else ())


@dataclass(frozen=True)
class Breach:
    quota: Quota
    actual: int
    limit: int
    people: int  # how many people too many (MAX) or too few (MIN)

    def message(self) -> str:
        if self.quota.bound is Bound.MAX:
            return pick(
                f"Kuota '{self.quota.label()}' terlampaui: {self.actual} orang, "
                f"batas {self.limit} (kelebihan {self.people} orang).",
                f"Quota '{self.quota.label()}' exceeded: "
                f"{plural(self.actual, 'orang', 'person', 'people')}, "
                f"limit {self.limit} ({self.people} too many).",
            )
        return pick(
            f"Kuota '{self.quota.label()}' belum terpenuhi: {self.actual} orang, "
            f"perlu {self.limit} (kurang {self.people} orang).",
            f"Quota '{self.quota.label()}' not met: "
            f"{plural(self.actual, 'orang', 'person', 'people')}, "
            f"need {self.limit} ({self.people} short).",
        )


def count_predikat(values: Iterable[P | str]) -> dict[P, int]:
    """Counts for every predikat (zeros included), best first — the curve's bars; values may be
    the stored codes ("baik")."""
    counter = Counter(P(v) for v in values)
    return {p: counter.get(p, 0) for p in P}


def check_distribution(capaian: Org, counts: dict[P, int]) -> list[Breach]:
    """Every rule of ``capaian`` that the counts break; empty when the curve is allowed, and
    for a unit too small to judge (see ``distribution_note``)."""
    total = sum(counts.values())
    if total <= SMALL_UNIT:
        return []
    breaches = []
    for quota in rules(capaian):
        actual = sum(counts.get(p, 0) for p in quota.predikat)
        if quota.largest:
            limit = max((n for p, n in counts.items() if p not in quota.predikat), default=0)
        else:
            limit = quota.limit(total)
        off = actual - limit if quota.bound is Bound.MAX else limit - actual
        if off > 0:
            breaches.append(Breach(quota, actual, limit, off))
    return breaches


def distribution_note(counts: dict[P, int]) -> str:
    """Why the quotas were not applied (one or two rated people), or ""."""
    total = sum(counts.values())
    if not 0 < total <= SMALL_UNIT:
        return ""
    return pick(
        f"Unit ini baru memiliki {total} pegawai yang dinilai: terlalu sedikit untuk kuota "
        "persentase, distribusi tidak diperiksa.",
        f"This unit has only {total} rated employees: too few for percentage quotas, "
        "the distribution is not checked.",
    )
