"""Capaian and predikat of the demo year: believable, and within each unit's quota.

Most units reach *Baik*, a third *Istimewa*, a few small seksi *Butuh Perbaikan* early in the
year. Staff predikat follow a persistent tendency per person (the same people tend to excel),
and are drawn unit by unit from the bottom of the tree up, aiming each unit's whole subtree at
a spread its capaian allows (SE MenPANRB 3/2023, ``core.distribution``); a repair pass then
moves single people where a subtree still breaks its quota, checking every unit above them.

One unit breaks its quota on purpose: its Pejabat Penilai rated everyone *Sesuai Ekspektasi*
(all *Baik*) under capaian *Baik*, the most common mistake the warning exists for. See
``appraisal.quota_unit`` for which unit that is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop.core.appraisal import CapaianOrganisasi as Org
from desktop.core.appraisal import Predikat as P
from desktop.core.appraisal import Rating, head_hasil_rating
from desktop.core.distribution import Bound, check_distribution
from desktop.demo.appraisal_office import DemoOffice
from desktop.demo.rand import DemoRandom, largest_remainder

ORDER = tuple(P)  # best first: the order of the count vectors below
SHARES: dict[Org, tuple[float, ...]] = {
    Org.ISTIMEWA: (0.32, 0.60, 0.07, 0.01, 0.0),
    Org.BAIK: (0.12, 0.70, 0.15, 0.03, 0.0),
    Org.BUTUH_PERBAIKAN: (0.05, 0.28, 0.65, 0.02, 0.0),
}
HEAD_CHOICE = {  # what a head's fixed Rating Hasil Kerja allows, preferred first
    Rating.DI_ATAS: (P.SANGAT_BAIK, P.BAIK),
    Rating.SESUAI: (P.BAIK,),
    Rating.DI_BAWAH: (P.BUTUH_PERBAIKAN,),
}
HEAD_ALLOWED = {
    Rating.DI_ATAS: {P.SANGAT_BAIK, P.BAIK, P.KURANG},
    Rating.SESUAI: {P.BAIK, P.KURANG},
    Rating.DI_BAWAH: {P.BUTUH_PERBAIKAN, P.SANGAT_KURANG},
}
MAX_TRIES = 400  # candidates tried per repair step

Vector = list[int]
Quarter = dict[int, P]  # staff id → predikat of the quarter


def post_order(office: DemoOffice) -> Iterator[int]:
    """Units children first, siblings in code order."""
    tree = office.tree

    def visit(unit_id: int) -> Iterator[int]:
        for child in tree.children.get(unit_id, []):
            if child.id is not None:
                yield from visit(child.id)
        yield unit_id

    for root in tree.roots():
        if root.id is not None:
            yield from visit(root.id)


def score(capaian: Org | None, counts: Vector) -> int:
    """People by which a subtree breaks its quota (0: within it, or no capaian)."""
    if capaian is None:
        return 0
    return sum(b.people for b in check_distribution(capaian, dict(zip(ORDER, counts, strict=True))))


def target(capaian: Org, n: int) -> Vector:
    """A believable spread of ``n`` people that keeps the capaian's quota where it can."""
    counts = largest_remainder(n, SHARES[capaian])
    for _ in range(n + 1):
        breaches = check_distribution(capaian, dict(zip(ORDER, counts, strict=True)))
        if not breaches:
            break
        quota = breaches[0].quota
        inside = [ORDER.index(p) for p in quota.predikat]
        if quota.bound is Bound.MAX:
            source = max(inside, key=lambda i: counts[i])
            dest = 1 if source != 1 else 0  # to Baik, or Baik to Sangat Baik
        else:
            source = max((i for i in range(len(ORDER)) if i not in inside), key=lambda i: counts[i])
            dest = inside[0]
        if counts[source] == 0:
            break
        counts[source] -= 1
        counts[dest] += 1
    return counts


@dataclass
class Solver:
    """One quarter: ``capaian`` per unit, who takes part, and each person's tendency."""

    office: DemoOffice
    capaian: dict[int, Org]
    tendency: dict[int, float]
    quota_unit: int | None

    def head_rating(self, staff_id: int) -> Rating | None:
        unit = self.office.head_of.get(staff_id)
        capaian = self.capaian.get(unit) if unit is not None else None
        return head_hasil_rating(capaian) if capaian else None

    def solve(self, taking_part: set[int]) -> Quarter:
        result: Quarter = {}
        totals: dict[int, Vector] = {}
        for unit_id in post_order(self.office):
            own = [s for s in self.office.members.get(unit_id, []) if s in taking_part]
            below = [0] * len(ORDER)
            for child in self.office.tree.children.get(unit_id, []):
                below = [
                    a + b for a, b in zip(below, totals.get(child.id or 0, below), strict=True)
                ]
            want = self._own_counts(unit_id, own, below)
            for staff_id, value in self._assign(own, want):
                result[staff_id] = value
                below[ORDER.index(value)] += 1
            totals[unit_id] = below
        self.relax(self.repair(result, taking_part))
        return result

    def _own_counts(self, unit_id: int, own: list[int], below: Vector) -> Vector:
        capaian = self.capaian.get(unit_id, Org.BAIK)
        if unit_id == self.quota_unit:
            return [0, len(own), 0, 0, 0]  # everyone Sesuai Ekspektasi: the quota breaks
        goal = target(capaian, len(own) + sum(below))
        need = [max(0, g - b) for g, b in zip(goal, below, strict=True)]
        return largest_remainder(len(own), need if sum(need) else SHARES[capaian])

    def _assign(self, own: list[int], want: Vector) -> Iterator[tuple[int, P]]:
        """Heads first (their hasil follows their unit's capaian), then the rest by tendency."""
        want = list(want)
        rest = []
        for staff_id in own:
            rating = self.head_rating(staff_id)
            if rating is None:
                rest.append(staff_id)
                continue
            choice = next((p for p in HEAD_CHOICE[rating] if want[ORDER.index(p)] > 0), None)
            choice = choice or HEAD_CHOICE[rating][0]
            index = ORDER.index(choice)
            if want[index] == 0:  # take the place from the largest group instead
                index = max(range(len(ORDER)), key=lambda i: want[i])
            want[index] = max(0, want[index] - 1)
            yield staff_id, choice
        rest.sort(key=lambda s: (-self.tendency[s], s))
        slots = [p for p, n in zip(ORDER, want, strict=True) for _ in range(n)]
        yield from zip(rest, slots, strict=False)
        for staff_id in rest[len(slots) :]:
            yield staff_id, P.BAIK

    # -- repair ----------------------------------------------------------------------------------
    def repair(self, result: Quarter, taking_part: set[int]) -> dict[int, Vector]:
        """Move single people until no subtree (but the quota unit's) breaks its quota, or no
        move helps; a move never makes any unit above the person worse. Returns the counts."""
        totals = self.totals(result)
        for unit_id in post_order(self.office):
            if unit_id == self.quota_unit:
                continue
            while score(self.capaian.get(unit_id), totals[unit_id]) > 0:
                if not self._one_move(unit_id, result, totals, taking_part):
                    break
        return totals

    def relax(self, totals: dict[int, Vector]) -> None:
        """A unit whose heads alone keep it over "Baik ≤ 70 %" (tiny seksi below it whose
        heads can only be *Baik*) was in truth *Istimewa*: its quota then holds. Its head's
        *Baik* stays possible (Di Atas hasil, Sesuai perilaku)."""
        for unit_id in post_order(self.office):
            capaian = self.capaian.get(unit_id)
            if unit_id == self.quota_unit or capaian is not Org.BAIK:
                continue
            if score(capaian, totals[unit_id]) and not score(Org.ISTIMEWA, totals[unit_id]):
                self.capaian[unit_id] = Org.ISTIMEWA

    def totals(self, result: Quarter) -> dict[int, Vector]:
        totals = {u: [0] * len(ORDER) for u in self.office.tree.by_id}
        for staff_id, value in result.items():
            for unit_id in self.path(self.office.people[staff_id].unit_id):
                totals[unit_id][ORDER.index(value)] += 1
        return totals

    def path(self, unit_id: int) -> list[int]:
        return [unit_id, *(u.id for u in self.office.tree.ancestors(unit_id) if u.id is not None)]

    def _one_move(
        self, unit_id: int, result: Quarter, totals: dict[int, Vector], taking_part: set[int]
    ) -> bool:
        capaian = self.capaian.get(unit_id)
        assert capaian is not None
        breaches = check_distribution(capaian, dict(zip(ORDER, totals[unit_id], strict=True)))
        blocked = self.office.tree.subtree_ids(self.quota_unit) if self.quota_unit else set()
        inside = self.office.tree.subtree_ids(unit_id) - blocked
        people = [s for s in taking_part if self.office.people[s].unit_id in inside]
        for source, dest in self._moves(breaches):
            chosen = sorted(
                (s for s in people if result.get(s) is source and self._may_be(s, dest)),
                key=lambda s: (self.tendency[s] if dest is P.SANGAT_BAIK else -self.tendency[s], s),
                reverse=dest is P.SANGAT_BAIK,
            )
            for staff_id in chosen[:MAX_TRIES]:
                if self.change(staff_id, dest, result, totals, must_improve=unit_id):
                    return True
        return False

    @staticmethod
    def _moves(breaches: list) -> Iterator[tuple[P, P]]:
        for breach in breaches:
            quota = breach.quota
            if quota.bound is Bound.MAX:
                for source in quota.predikat:
                    for dest in (P.BAIK, P.SANGAT_BAIK, P.BUTUH_PERBAIKAN):
                        if dest not in quota.predikat:
                            yield source, dest
            else:
                for dest in quota.predikat:
                    for source in (P.BAIK, P.SANGAT_BAIK, P.BUTUH_PERBAIKAN, P.KURANG):
                        if source not in quota.predikat:
                            yield source, dest

    def _may_be(self, staff_id: int, value: P) -> bool:
        rating = self.head_rating(staff_id)
        return rating is None or value in HEAD_ALLOWED[rating]

    def change(
        self,
        staff_id: int,
        dest: P | None,
        result: Quarter,
        totals: dict[int, Vector],
        *,
        must_improve: int | None = None,
    ) -> bool:
        """Give ``staff_id`` predikat ``dest`` (None: unrated) if no unit above them gets
        worse (and ``must_improve`` gets better); True when done."""
        source = result[staff_id]
        changed = {}
        for unit in self.path(self.office.people[staff_id].unit_id):
            new = list(totals[unit])
            new[ORDER.index(source)] -= 1
            if dest is not None:
                new[ORDER.index(dest)] += 1
            before, after = score(self.capaian.get(unit), totals[unit]), None
            if unit != self.quota_unit:
                after = score(self.capaian.get(unit), new)
                if after > before or (unit == must_improve and after >= before):
                    return False
            changed[unit] = new
        totals.update(changed)
        if dest is None:
            del result[staff_id]
        else:
            result[staff_id] = dest
        return True


def ratings_for(rng: DemoRandom, value: P, fixed_hasil: Rating | None) -> tuple[Rating, Rating]:
    """(hasil, perilaku) giving ``value`` by the matrix; a head's hasil is fixed."""
    A, S, B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH
    if fixed_hasil is not None:
        perilaku = {
            P.SANGAT_BAIK: A, P.BAIK: A if fixed_hasil is S and rng.chance(0.2) else S,
            P.BUTUH_PERBAIKAN: S, P.KURANG: B, P.SANGAT_KURANG: B,
        }[value]  # fmt: skip
        return fixed_hasil, perilaku
    if value is P.SANGAT_BAIK:
        return A, A
    if value is P.BAIK:
        roll = rng.random()
        return (A, S) if roll < 0.15 else (S, A) if roll < 0.3 else (S, S)
    if value is P.BUTUH_PERBAIKAN:
        return (B, A) if rng.chance(0.2) else (B, S)
    if value is P.KURANG:
        return (A, B) if rng.chance(0.2) else (S, B)
    return B, B
