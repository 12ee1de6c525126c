"""Who works where: one slot per employee, heads first, then members spread over the units.

Members go to each OPD by its weight (Pendidikan and Kesehatan the largest), then to its units,
then take a fungsional family or a pelaksana post from the unit's mix. Statuses are drawn last
over the whole office so the shares are exact: ~20 % PPPK (mostly guru and nakes, by the family's
``pppk`` weight), a few CPNS, and a handful of inactive records (pensiun, mutasi).
"""

from __future__ import annotations

import functools

from desktop.core.models import UnitJenis
from desktop.demo.careers import Posts, Slot
from desktop.demo.data_jabatan import FAMILIES, PELAKSANA, Pelaksana
from desktop.demo.data_units import Mix
from desktop.demo.orgtree import DemoUnit
from desktop.demo.rand import DemoRandom, Weighted, largest_remainder

PPPK_SHARE = 0.2
CPNS_SHARE = 0.03
INACTIVE_SHARE = 0.006
_PELAKSANA = Weighted((p, p.weight) for p in PELAKSANA)
_PELAKSANA_PPPK = 0.3  # PPPK weight of a pelaksana post (a guru's is 6)


def plan_slots(rng: DemoRandom, units: list[DemoUnit], staff: int) -> list[Slot]:
    """``staff`` slots: a head for every unit below the instansi, then the members."""
    heads = [Slot(u, head=True) for u in units if u.kepala]
    members = _members(rng, units, staff - len(heads))
    _draw_statuses(rng, members, staff)
    return heads + members


def manager_posts(units: list[DemoUnit]) -> Posts:
    """Pengawas and administrator posts of the tree, for heads' earlier jabatan."""
    pengawas = [(u.kepala, u.nama) for u in units if u.eselon and u.eselon >= 40]
    admin = [(u.kepala, u.nama) for u in units if u.eselon and 30 <= u.eselon < 40]
    return Posts(pengawas, admin)


def _members(rng: DemoRandom, units: list[DemoUnit], count: int) -> list[Slot]:
    opds = [u for u in units if u.jenis is UnitJenis.OPD]
    slots: list[Slot] = []
    for opd, n in zip(
        opds, largest_remainder(count, [u.opd.weight for u in opds if u.opd]), strict=True
    ):
        subtree = _subtree(opd)
        for unit, k in zip(subtree, largest_remainder(n, [u.weight for u in subtree]), strict=True):
            slots.extend(_member(rng, unit) for _ in range(k))
    return slots


def _subtree(top: DemoUnit) -> list[DemoUnit]:
    found, stack = [], [top]
    while stack:
        unit = stack.pop(0)
        found.append(unit)
        stack[:0] = unit.children
    return found


def _member(rng: DemoRandom, unit: DemoUnit) -> Slot:
    if not unit.mix or rng.chance(unit.pelaksana):
        post: Pelaksana = rng.pick(_PELAKSANA)
        return Slot(unit, pelaksana=post)
    return Slot(unit, family=FAMILIES[rng.pick(_weighted_mix(unit.mix))])


@functools.cache
def _weighted_mix(mix: Mix) -> Weighted[str]:
    return Weighted(mix)


def _draw_statuses(rng: DemoRandom, members: list[Slot], staff: int) -> None:
    """Exact shares: inactive first (PNS only), then PPPK by weight, then CPNS."""
    n_inactive = min(len(members) // 10, max(1, round(staff * INACTIVE_SHARE)))
    for i in rng.sample(range(len(members)), n_inactive):
        members[i].leave = "pensiun" if rng.chance(0.6) else "mutasi"
    free = [s for s in members if s.leave is None]
    n_pppk = min(len(free), round(staff * PPPK_SHARE))
    # Weighted sampling without replacement (Efraimidis–Spirakis): the top keys u^(1/w).
    keys = [(rng.random() ** (1.0 / _pppk_weight(s)), i) for i, s in enumerate(free)]
    for _, i in sorted(keys, reverse=True)[:n_pppk]:
        free[i].status = "pppk"
    rest = [s for s in free if s.status == "pns"]
    for i in rng.sample(range(len(rest)), min(len(rest), round(staff * CPNS_SHARE))):
        rest[i].status = "cpns"


def _pppk_weight(slot: Slot) -> float:
    return slot.family.pppk if slot.family else _PELAKSANA_PPPK
