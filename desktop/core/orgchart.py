"""The unit tree as data: children, subtrees, paths and the default superior (atasan langsung).

Pure functions over ``Unit`` lists so the rule that decides a Pejabat Penilai can be tested
without a database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from desktop.core.models import Unit


class UnitTree:
    """Index of a unit list by id and by parent; built once per screen or per rule check."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self.by_id: dict[int, Unit] = {u.id: u for u in units if u.id is not None}
        self.children: dict[int | None, list[Unit]] = defaultdict(list)
        for unit in self.by_id.values():
            self.children[unit.parent_id].append(unit)
        for siblings in self.children.values():
            siblings.sort(key=lambda u: u.kode)

    def roots(self) -> list[Unit]:
        return list(self.children.get(None, []))

    def subtree_ids(self, unit_id: int) -> set[int]:
        """The unit and every unit below it."""
        found, stack = set(), [unit_id]
        while stack:
            current = stack.pop()
            if current in found:
                continue
            found.add(current)
            stack.extend(u.id for u in self.children.get(current, []) if u.id is not None)
        return found

    def ancestors(self, unit_id: int) -> list[Unit]:
        """From the unit's parent up to the root, nearest first (cycles are cut)."""
        chain: list[Unit] = []
        seen = {unit_id}
        parent = self.by_id[unit_id].parent_id if unit_id in self.by_id else None
        while parent is not None and parent not in seen and parent in self.by_id:
            seen.add(parent)
            chain.append(self.by_id[parent])
            parent = self.by_id[parent].parent_id
        return chain

    def path_names(self, unit_id: int) -> list[str]:
        """Names from the root down to the unit, for breadcrumbs and printed 'unit kerja'."""
        if unit_id not in self.by_id:
            return []
        return [u.nama for u in reversed(self.ancestors(unit_id))] + [self.by_id[unit_id].nama]

    def default_atasan(self, unit_id: int | None, staff_id: int | None) -> int | None:
        """Direct superior from the tree: the head of the own unit, or, for the head himself,
        the nearest head above. None when no head is set anywhere up the chain."""
        if unit_id is None or unit_id not in self.by_id:
            return None
        own = self.by_id[unit_id]
        if own.kepala_id is not None and own.kepala_id != staff_id:
            return own.kepala_id
        for unit in self.ancestors(unit_id):
            if unit.kepala_id is not None and unit.kepala_id != staff_id:
                return unit.kepala_id
        return None

    def outside_head(self, unit_id: int | None, staff_id: int | None) -> int | None:
        """The official from outside the staff list (``kepala_luar_id``) who is the direct
        superior when no employee heads a unit up the chain: the Bupati over the Sekda."""
        if unit_id is None or unit_id not in self.by_id:
            return None
        for unit in (self.by_id[unit_id], *self.ancestors(unit_id)):
            if unit.kepala_id is not None and unit.kepala_id != staff_id:
                return None
            if unit.kepala_luar_id is not None:
                return unit.kepala_luar_id
        return None

    def would_cycle(self, unit_id: int, new_parent_id: int | None) -> bool:
        """True when moving ``unit_id`` under ``new_parent_id`` would make a loop."""
        return new_parent_id is not None and new_parent_id in self.subtree_ids(unit_id)
