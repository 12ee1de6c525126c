"""Capaian kinerja organisasi of every unit per quarter, and the one unit that breaks its quota.

The instansi and most units reach *Baik*, about a third *Istimewa*; a few larger seksi start
the year at *Butuh Perbaikan* and mostly recover by the third quarter. A unit rarely changes
between quarters, and seldom rises to *Istimewa* (``RISE``). Units of fewer than ``SMALL``
people get *Istimewa* (under *Baik* one of a handful would have to be *Butuh Perbaikan*);
``appraisal_ratings.Solver.relax`` turns a *Baik* unit into *Istimewa* where its heads alone
keep it over the *Baik* quota. Units of more than ``LARGE`` people are never *Istimewa*: its
staff would have to be mostly *Sangat Baik*, and the large units set the office's share (issue
14 asks ~10–20 % *Sangat Baik*; in a small office of mostly unit heads it stays higher).

The quota unit: the Sub Bidang Mutasi of the BKPSDM when the office has it with at least two
staff (its head and one more: with everyone *Baik* that already breaks "Baik ≤ 70 %"), else the
leaf unit with most staff among those of ``QUOTA_MIN``–``QUOTA_MAX`` people (the largest leaf of
all in a tiny office). Its capaian is *Baik* all year.
"""

from __future__ import annotations

from desktop.core.appraisal import CapaianOrganisasi as Org
from desktop.core.distribution import SMALL_UNIT
from desktop.demo.appraisal_office import DemoOffice
from desktop.demo.rand import DemoRandom, Weighted

QUARTERS = (1, 2, 3, 4)
QUOTA_NAME = "Sub Bidang Mutasi"
QUOTA_MIN, QUOTA_MAX = 4, 40
_LEAF = Weighted(((Org.BAIK, 62), (Org.ISTIMEWA, 33), (Org.BUTUH_PERBAIKAN, 5)))
_BRANCH = Weighted(((Org.BAIK, 70), (Org.ISTIMEWA, 30)))
SMALL = 4  # fewer staff: Istimewa (under Baik one of them would have to be Butuh Perbaikan)
_FEW = Weighted(((Org.BAIK, 50), (Org.ISTIMEWA, 50)))  # four or five staff
SWITCH = 0.12  # chance an Istimewa unit is back to Baik from one quarter to the next
RISE = 0.03  # chance a Baik unit reaches Istimewa (the two keep about one unit in six Istimewa)
LARGE = 120  # staff in a subtree too many to be mostly Sangat Baik: never Istimewa
RECOVER = 0.6  # chance a Butuh Perbaikan unit is back to Baik from the third quarter


def subtree_sizes(office: DemoOffice) -> dict[int, int]:
    """Active staff in each unit's subtree."""
    return {
        unit_id: sum(len(office.members.get(u, ())) for u in office.tree.subtree_ids(unit_id))
        for unit_id in office.tree.by_id
    }


def quota_unit(office: DemoOffice) -> int | None:
    """The unit that breaks its quota on purpose (see the module docstring)."""
    leaves = [
        u
        for u in sorted(office.tree.by_id)
        if not office.tree.children.get(u) and office.members.get(u)
    ]
    size = {u: len(office.members[u]) for u in leaves}
    for unit_id in leaves:
        if office.unit_name(unit_id) == QUOTA_NAME and size[unit_id] > SMALL_UNIT:
            return unit_id
    sizes = subtree_sizes(office)
    fitting = [
        u for u in leaves
        if QUOTA_MIN <= size[u] <= QUOTA_MAX and 4 * size[u] <= sizes[_parent(office, u)]
    ] or leaves  # fmt: skip
    return max(fitting, key=lambda u: (size[u], -u)) if fitting else None


def _parent(office: DemoOffice, unit_id: int) -> int:
    parent = office.tree.by_id[unit_id].parent_id
    return parent if parent is not None else unit_id


def plan_capaian(
    rng: DemoRandom, office: DemoOffice, quota: int | None
) -> dict[int, dict[int, Org]]:
    """quarter → unit → capaian, for every unit with staff in its subtree."""
    sizes = subtree_sizes(office)
    plan: dict[int, dict[int, Org]] = {q: {} for q in QUARTERS}
    for unit_id in sorted(office.tree.by_id):
        n = sizes[unit_id]
        if n == 0:
            continue
        unit = office.tree.by_id[unit_id]
        if unit.parent_id is None or unit_id == quota:
            values = [Org.BAIK] * len(QUARTERS)
        else:
            values = _quarters(rng, _first(rng, n, bool(office.tree.children.get(unit_id))), n)
        for q, value in zip(QUARTERS, values, strict=True):
            plan[q][unit_id] = value
    return plan


def _first(rng: DemoRandom, n: int, branch: bool) -> Org:
    if n < SMALL:
        return Org.ISTIMEWA
    if n < 6:
        return rng.pick(_FEW)
    value = rng.pick(_BRANCH if branch else _LEAF)
    if value is Org.ISTIMEWA and n > LARGE:
        return Org.BAIK
    return Org.BAIK if value is Org.BUTUH_PERBAIKAN and n < 8 else value


def _quarters(rng: DemoRandom, first: Org, n: int) -> list[Org]:
    values, current = [first], first
    for q in QUARTERS[1:]:
        if current is Org.BUTUH_PERBAIKAN:
            if q >= 3 and rng.chance(RECOVER):
                current = Org.BAIK
        elif current is Org.ISTIMEWA and n >= SMALL and rng.chance(SWITCH):
            current = Org.BAIK
        elif current is Org.BAIK and SMALL <= n <= LARGE and rng.chance(RISE):
            current = Org.ISTIMEWA
        values.append(current)
    return values
