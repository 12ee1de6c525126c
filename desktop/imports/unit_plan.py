"""Units named by a staff list: the ones on record, the ones to create, and the near misses.

Every row's unit path is first walked down the existing tree (names matched without regard to
case, spacing, punctuation, singkatan or aliases; below a known unit only inside its subtree,
since every dinas has its own "Sekretariat"). What is left of the path is a unit to create
under the deepest unit found. A name that is nearly one on record, or nearly a name more rows
of the same list use ("Dinas Kesehtan" beside "Dinas Kesehatan"), is only ever suggested:
its rows are refused, never given a unit of their own.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field

from desktop.core.errors import ValidationError
from desktop.core.models import JenisUnit, Unit, UnitJenis
from desktop.core.orgchart import UnitTree
from desktop.core.unit_names import NEAR_MISS, UnitIndex, UnitName, acronym
from desktop.imports.unit_paths import Step, child_level, compact, kind_of, normalize, typo_of
from desktop.store.rows import required_id

ROOT_KEY = "@instansi"
UnitRef = int | str  # an existing unit's id, or the key of a unit the import would create


class UnitProblem(ValidationError):
    """Why a row's unit cannot be decided."""

    catalog = {
        "near_miss": (
            "Unit '{value}' tidak ditemukan; mungkin maksudnya {suggestion}? Perbaiki ejaannya "
            "di berkas (unit dengan nama mirip tidak dibuat otomatis).",
            "Unit '{value}' was not found; did you mean {suggestion}? Fix the spelling in the "
            "file (a unit with a similar name is never created automatically).",
        ),
        "ambiguous": (
            "Nama unit '{value}' dipakai oleh {n} unit; tulis juga unit induknya atau isi "
            "kolom Kode Unit.",
            "Unit name '{value}' is used by {n} units; give its parent unit too or fill in "
            "the Kode Unit column.",
        ),
    }


@dataclass
class NewUnit:
    """A unit the import would create; ``parent`` is an existing id or another NewUnit's key."""

    key: str
    nama: str
    jenis: UnitJenis
    jenis_unit: JenisUnit
    parent: UnitRef | None
    induk: str  # the parent's name, for the preview
    kode: str = ""
    rows: int = 0  # rows of the list placed in it (not counting its sub-units)


@dataclass
class Hint:
    """A near miss: the name as written, what it probably means, and the rows it refused."""

    column: str
    written: str
    suggestion: str
    rows: list[int] = field(default_factory=list)


@dataclass
class _Node:
    key: str
    parent: UnitRef | None
    norm: str  # normalised, with spaces (for initials and similarity)
    spellings: Counter[str] = field(default_factory=Counter)
    column: str = ""
    first: int = 0  # order of first appearance
    rows: set[int] = field(default_factory=set)  # rows whose path passes through it
    placed: set[int] = field(default_factory=set)  # rows whose unit it is
    suggestion: str = ""

    @property
    def nama(self) -> str:
        """The spelling most rows use; a mixed-case one over SHOUTING when tied."""
        return max(self.spellings, key=lambda s: (self.spellings[s], not s.isupper()))


class UnitPlanner:
    """Resolve unit paths of one list against the units on record."""

    def __init__(self, units: list[Unit], index: UnitIndex, instansi: str = "") -> None:
        self.units = [u for u in units if u.id is not None]
        self.tree = UnitTree(self.units)
        self.index = index
        self.instansi = instansi.strip()
        self._scopes: dict[int, UnitIndex] = {}
        self._nodes: dict[str, _Node] = {}
        self._instansi_seen: Counter[str] = Counter()
        self._merged: dict[str, str] = {}
        self._compacts: dict[int | None, dict[str, set[int]]] = {}
        self._found: dict[tuple[str, int | None], int | UnitProblem | None] = {}
        roots = self.tree.roots()
        single = roots[0] if len(roots) == 1 else None
        self.top: int | None = single.id if single and single.jenis is UnitJenis.INSTANSI else None

    # -- reading rows ----------------------------------------------------------------------
    def note_instansi(self, written: str) -> None:
        if written.strip():
            self._instansi_seen[written.strip()] += 1

    def locate(self, row: int, path: list[Step]) -> UnitRef | UnitProblem | None:
        """The unit a path names, a key of the unit it would create, or why neither."""
        if path and self._is_instansi(path[0]):
            path = path[1:]
            if not path:
                return self.top if self.top is not None else ROOT_KEY if not self.units else None
        current: int | None = None
        for depth, step in enumerate(path):
            found = self._find(step.nama, current)
            if isinstance(found, UnitProblem):
                return found
            if found is None:
                return self._new_chain(row, current, path[depth:])
            current = found
        return current

    def _is_instansi(self, step: Step) -> bool:
        names = [self.instansi, *self._instansi_seen]
        if self.top is not None:
            names.append(self.tree.by_id[self.top].nama)
        return bool(step.norm) and step.norm in {normalize(n) for n in names if n}

    def _find(self, nama: str, within: int | None) -> int | UnitProblem | None:
        key = (nama, within)
        if key not in self._found:
            self._found[key] = self._lookup(nama, within)
        return self._found[key]

    def _lookup(self, nama: str, within: int | None) -> int | UnitProblem | None:
        index = self.index if within is None else self._scope(within)
        found = index.find(nama)
        if found is None and within is None and len(shared := index.ambiguous(nama)) > 1:
            return UnitProblem("ambiguous", value=nama, n=len(shared))
        if found is None:  # "Sub Bagian Umum" for "Subbagian Umum"
            ids = self._compact(within).get(compact(nama), set())
            found = next(iter(ids)) if len(ids) == 1 else None
        return found

    def _compact(self, within: int | None) -> dict[str, set[int]]:
        if within not in self._compacts:
            index = self.index if within is None else self._scope(within)
            names: dict[str, set[int]] = {}
            for unit in index.units:
                for name in (unit.nama, unit.singkatan, *unit.aliases):
                    if name:
                        names.setdefault(compact(name), set()).add(unit.id)
            self._compacts[within] = names
        return self._compacts[within]

    def _scope(self, unit_id: int) -> UnitIndex:
        """The units below ``unit_id``, to look its sub-units up in."""
        if unit_id not in self._scopes:
            below = self.tree.subtree_ids(unit_id) - {unit_id}
            self._scopes[unit_id] = UnitIndex([u for u in self.index.units if u.id in below])
        return self._scopes[unit_id]

    def _new_chain(self, row: int, parent: int | None, steps: list[Step]) -> str:
        ref: UnitRef | None = parent
        key = f"{parent if parent is not None else ''}"
        for step in steps:
            key = f"{key}|{compact(step.nama)}"  # "Sub Bagian" and "Subbagian" are one
            node = self._nodes.get(key)
            if node is None:
                node = _Node(key, ref, step.norm, column=step.key, first=len(self._nodes))
                self._nodes[key] = node
            node.spellings[step.nama] += 1
            node.rows.add(row)
            ref = key
        self._nodes[key].placed.add(row)
        return key

    # -- deciding ------------------------------------------------------------------------
    def settle(self) -> None:
        """Merge singkatan with their full names, then find the near misses."""
        self._merge_acronyms()
        siblings: dict[UnitRef | None, list[_Node]] = {}
        for node in self._nodes.values():
            siblings.setdefault(node.parent, []).append(node)
        for node in sorted(self._nodes.values(), key=lambda n: n.first):
            node.suggestion = self._near_miss(node, siblings[node.parent])

    def final(self, ref: UnitRef) -> UnitRef:
        """The key a unit ended up under after merging (BKPSDM → its full name)."""
        while isinstance(ref, str) and ref in self._merged:
            ref = self._merged[ref]
        return ref

    def _merge_acronyms(self) -> None:
        """A single word that is the initials of a sibling's name is that sibling (BKPSDM)."""
        by_parent: dict[UnitRef | None, list[_Node]] = {}
        for node in self._nodes.values():
            by_parent.setdefault(node.parent, []).append(node)
        pairs: list[tuple[_Node, _Node]] = []
        for siblings in by_parent.values():
            initials = {acronym(n.norm): n for n in siblings if acronym(n.norm)}
            for node in siblings:
                full = initials.get(node.norm) if " " not in node.norm else None
                if full is not None and full is not node:
                    pairs.append((node, full))
        for old, into in pairs:
            if old.key in self._nodes:
                self._absorb(old, into)

    def _absorb(self, old: _Node, into: _Node) -> None:
        """``old`` is another name of ``into``: its rows and sub-units move there."""
        self._nodes.pop(old.key, None)
        self._merged[old.key] = into.key
        into.rows |= old.rows
        into.placed |= old.placed
        into.first = min(into.first, old.first)
        for child in [n for n in self._nodes.values() if n.parent == old.key]:
            twin = next(
                (n for n in self._nodes.values() if n.parent == into.key and n.norm == child.norm),
                None,
            )
            if twin is None:
                child.parent = into.key
            else:
                twin.spellings.update(child.spellings)
                self._absorb(child, twin)

    def _near_miss(self, node: _Node, siblings: list[_Node]) -> str:
        if isinstance(node.parent, str) and self._nodes[node.parent].suggestion:
            return ""  # under a misspelt unit: refused with it, nothing more to say
        scope = self._scope(node.parent) if isinstance(node.parent, int) else self.index
        if node.parent is None or isinstance(node.parent, int):
            for hit in scope.suggest(node.nama):
                if typo_of(node.nama, hit.nama):
                    return hit.nama
        for other in siblings:
            if other is node or not _beats(other, node):
                continue
            if _similar(other.norm, node.norm) and typo_of(node.nama, other.nama):
                return other.nama
        return ""

    def node(self, key: str) -> _Node:
        return self._nodes[key]

    def hint_for(self, key: str) -> tuple[str, str, str] | None:
        """(column, written, suggestion) of the misspelt unit on the way to ``key``, if any."""
        chain: list[_Node] = []
        current: UnitRef | None = key
        while isinstance(current, str) and current in self._nodes:
            chain.append(self._nodes[current])
            current = self._nodes[current].parent
        for node in reversed(chain):
            if node.suggestion:
                return node.column, node.nama, node.suggestion
        return None

    # -- the units to create -------------------------------------------------------------
    def root_name(self) -> str:
        """The instansi to create as the root: the office's, else the one the list names."""
        if self.units:
            return ""
        if self.instansi:
            return self.instansi
        return self._instansi_seen.most_common(1)[0][0] if self._instansi_seen else ""

    def new_units(self, keys: set[str]) -> list[NewUnit]:
        """The units behind ``keys`` and their new ancestors, parents first, with kodes."""
        wanted: set[str] = set()
        for key in keys:
            current: UnitRef | None = key
            while isinstance(current, str) and current in self._nodes:
                wanted.add(current)
                current = self._nodes[current].parent
        root = self.root_name() if wanted or ROOT_KEY in keys else ""
        units: list[NewUnit] = []
        if root:
            units.append(NewUnit(ROOT_KEY, root, UnitJenis.INSTANSI, JenisUnit.NONE, None, ""))
        ordered = sorted(wanted, key=lambda k: (k.count("|"), self._nodes[k].first))
        by_key = {u.key: u for u in units}
        for key in ordered:
            node = self._nodes[key]
            parent = node.parent if node.parent is not None else (ROOT_KEY if root else None)
            parent = self.top if parent is None and self.top is not None else parent
            level = self._level(parent, by_key)
            induk = self._name(parent, by_key)
            unit = NewUnit(key, node.nama, level, kind_of(node.nama), parent, induk)
            unit.rows = len(node.placed)
            units.append(unit)
            by_key[key] = unit
        assign_kodes(units, self.units)
        return sorted(units, key=_kode_order)  # tree order; a parent's kode prefixes its child's

    def _level(self, parent: UnitRef | None, new: dict[str, NewUnit]) -> UnitJenis:
        if isinstance(parent, str):
            return child_level(new[parent].jenis)
        if parent is None:
            return UnitJenis.OPD
        return child_level(self.tree.by_id[parent].jenis)

    def _name(self, parent: UnitRef | None, new: dict[str, NewUnit]) -> str:
        if isinstance(parent, str):
            return new[parent].nama
        return self.tree.by_id[parent].nama if parent is not None else ""


def _kode_order(unit: NewUnit) -> list[tuple[int, int | str]]:
    return [(0, int(p)) if p.isdigit() else (1, p) for p in unit.kode.split(".")]


def _beats(other: _Node, node: _Node) -> bool:
    """Whether ``other`` is the likelier spelling: more rows, or as many and seen first."""
    return (len(other.rows), -other.first) > (len(node.rows), -node.first)


def _similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a, b).ratio() >= NEAR_MISS


def assign_kodes(new: list[NewUnit], existing: list[Unit]) -> None:
    """Kode under the parent's: ``1.03`` after ``1.02``; never one already taken."""
    taken = {u.kode for u in existing}
    kode_of: dict[UnitRef, str] = {u.id: u.kode for u in existing if u.id is not None}
    for unit in new:
        prefix = f"{kode_of[unit.parent]}." if unit.parent is not None else ""
        number = 1
        while (kode := f"{prefix}{number:02d}" if prefix else str(number)) in taken:
            number += 1
        unit.kode = kode
        taken.add(kode)
        kode_of[unit.key] = kode


def index_entry(unit: Unit) -> UnitName:
    return UnitName(required_id(unit), unit.kode, unit.nama, unit.singkatan)
