"""The second pass of the units import: which unit on record each row describes, which unit is
its parent (a kode or a name, in the file or on record, before or after the row), loops and
orphans refused, and what would change. Reads the database; writes nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import sqlite_utils

from desktop.core.models import Unit
from desktop.core.orgchart import UnitTree
from desktop.core.unit_names import UnitIndex, normalize
from desktop.core.validation import Severity
from desktop.imports.units_plan import (
    RowAction,
    RowIssue,
    UnitPlan,
    UnitRow,
    UnitRowProblem,
    issue,
    refuse,
)
from desktop.store import unit_ops
from desktop.store import units as unit_store

Node = tuple[str, int]  # ("u", unit id) on record or ("r", row number) new in the file
UNIT_FIELDS = ("nama", "singkatan", "jenis_unit", "jabatan_kepala", "aktif", "kritikal")


@dataclass
class _Context:
    index: UnitIndex
    units: dict[int, Unit]
    aliases: dict[int, list[str]]
    headers: dict[str, str]
    keys: set[str]
    rows: dict[int, UnitRow]
    by_kode: dict[str, list[UnitRow]] = field(default_factory=dict)  # normalised kode in file
    by_name: dict[str, list[UnitRow]] = field(default_factory=dict)  # nama and singkatan

    def __post_init__(self) -> None:
        for row in self.rows.values():
            if row.kode:
                self.by_kode.setdefault(normalize(row.kode), []).append(row)
            names = {normalize(row.nama), normalize(row.unit.singkatan if row.unit else "")}
            for name in names - {""}:
                self.by_name.setdefault(name, []).append(row)


def resolve(db: sqlite_utils.Database, plan: UnitPlan, keys: set[str]) -> None:
    """Fill in each row's match, parent, action and the unit it would save."""
    units = {u.id: u for u in unit_store.list_units(db) if u.id is not None}
    aliases = {uid: unit_store.aliases_of(db, uid) for uid in units}
    ctx = _Context(unit_store.unit_index(db), units, aliases, plan.headers, keys,
                   {r.row: r for r in plan.rows})  # fmt: skip
    _match_rows(ctx, plan.rows)
    for row in plan.rows:
        if not row.rejected and row.induk and "induk" in keys:
            _resolve_parent(ctx, row)
    _pick_candidates(ctx, plan.rows)
    _refuse_duplicates(ctx, plan.rows)
    _refuse_loops_and_orphans(ctx, plan.rows)
    plan.depths = _depths(ctx)
    for row in plan.rows:
        if not row.rejected:
            _finish(db, ctx, row, plan.depths)


# --- which unit a row describes -----------------------------------------------------------


def _match_rows(ctx: _Context, rows: list[UnitRow]) -> None:
    seen_kode: dict[str, int] = {}
    for row in rows:
        if row.rejected:
            continue
        if row.kode:
            key = normalize(row.kode)
            if key in seen_kode:
                refuse(row, ctx.headers, "kode", UnitRowProblem("dup_kode", kode=row.kode,
                                                               row=seen_kode[key]))  # fmt: skip
                continue
            seen_kode[key] = row.row
            row.existing_id = ctx.index.by_kode(row.kode)
            continue
        ids = ctx.index.ambiguous(row.nama)
        if len(ids) > 1:
            row.candidates = ids
        else:
            row.existing_id = ids[0] if ids else ctx.index.find(row.nama)
        if row.existing_id is None and not row.candidates:
            _warn_near_miss(ctx, row)


def _warn_near_miss(ctx: _Context, row: UnitRow) -> None:
    near = ctx.index.suggest(row.nama, limit=1)
    if near:
        problem = UnitRowProblem("near_miss", nama=row.nama, suggestion=near[0].nama)
        warning = issue(row, ctx.headers, "nama", problem)
        row.issues.append(RowIssue(warning.row, warning.column, warning.message, Severity.WARNING))


def _pick_candidates(ctx: _Context, rows: list[UnitRow]) -> None:
    """A name several units share decides by the parent the row names."""
    for row in rows:
        if row.rejected or not row.candidates:
            continue
        parent = _parent_unit_id(ctx, row)
        fitting = [uid for uid in row.candidates if ctx.units[uid].parent_id == parent]
        if len(fitting) == 1:
            row.existing_id = fitting[0]
        else:
            problem = UnitRowProblem("ambiguous", nama=row.nama, count=len(row.candidates))
            refuse(row, ctx.headers, "nama", problem)


def _refuse_duplicates(ctx: _Context, rows: list[UnitRow]) -> None:
    """Two rows for one unit on record, or two new units of one name under one parent."""
    claimed: dict[object, int] = {}
    for row in rows:
        if row.rejected:
            continue
        if row.existing_id is not None:
            key: object = ("u", row.existing_id)
        elif row.kode:
            continue
        else:
            key = (normalize(row.nama), _parent_node(ctx, row))
        if key in claimed:
            problem = UnitRowProblem("dup_nama", nama=row.nama, row=claimed[key])
            refuse(row, ctx.headers, "nama", problem)
        else:
            claimed[key] = row.row


# --- parents ------------------------------------------------------------------------------


def _resolve_parent(ctx: _Context, row: UnitRow) -> None:
    text, key = row.induk, normalize(row.induk)
    by_kode = ctx.by_kode.get(key, [])
    if by_kode:
        row.parent = ("row", by_kode[0].row)
    elif (found := ctx.index.by_kode(text)) is not None:
        row.parent = ("unit", found)
    else:
        named = ctx.by_name.get(key, [])
        on_record = ctx.index.ambiguous(text)
        if len(named) > 1 or (not named and len(on_record) > 1):
            count = max(len(named), len(on_record))
            problem = UnitRowProblem("ambiguous", nama=text, count=count)
            refuse(row, ctx.headers, "induk", problem)
            return
        if named:
            row.parent = ("row", named[0].row)
        elif (found := ctx.index.find(text)) is not None:
            row.parent = ("unit", found)
        else:
            near = ctx.index.suggest(text, limit=1)
            problem = (
                UnitRowProblem("near_parent", induk=text, suggestion=near[0].nama)
                if near
                else UnitRowProblem("no_parent", induk=text)
            )
            refuse(row, ctx.headers, "induk", problem)
            return
    if row.parent == ("row", row.row):
        refuse(row, ctx.headers, "induk", UnitRowProblem("cycle", induk=text))


def _node(row: UnitRow) -> Node:
    return ("u", row.existing_id) if row.existing_id is not None else ("r", row.row)


def _parent_node(ctx: _Context, row: UnitRow) -> Node | None:
    """Where the row puts its unit: its named parent, or (no Induk column) where it is now."""
    if "induk" not in ctx.keys:
        if row.existing_id is None:
            return None
        parent_id = ctx.units[row.existing_id].parent_id
        return ("u", parent_id) if parent_id is not None else None
    if row.parent is None:
        return None
    kind, ref = row.parent
    return ("u", ref) if kind == "unit" else _node(ctx.rows[ref])


def _parent_unit_id(ctx: _Context, row: UnitRow) -> int | None:
    node = _parent_node(ctx, row)
    return node[1] if node is not None and node[0] == "u" else None


def _parent_map(ctx: _Context) -> dict[Node, Node | None]:
    tree: dict[Node, Node | None] = {
        ("u", uid): (("u", u.parent_id) if u.parent_id is not None else None)
        for uid, u in ctx.units.items()
    }
    for row in ctx.rows.values():
        if not row.rejected:
            tree[_node(row)] = _parent_node(ctx, row)
    return tree


def _in_loop(tree: dict[Node, Node | None], start: Node) -> bool:
    seen, current = {start}, tree.get(start)
    while current is not None:
        if current in seen:
            return current == start
        seen.add(current)
        current = tree.get(current)
    return False


def _refuse_loops_and_orphans(ctx: _Context, rows: list[UnitRow]) -> None:
    """Refuse rows whose parent row was refused, and rows that would close a loop, until
    nothing more changes (a refusal can orphan the rows below it)."""
    changed = True
    while changed:
        changed = False
        tree = _parent_map(ctx)
        for row in rows:
            if row.rejected:
                continue
            if row.parent and row.parent[0] == "row" and ctx.rows[row.parent[1]].rejected:
                parent_row = row.parent[1]
                refuse(row, ctx.headers, "induk", UnitRowProblem("parent_rejected", row=parent_row))
                changed = True
            elif _in_loop(tree, _node(row)):
                refuse(row, ctx.headers, "induk", UnitRowProblem("cycle", induk=row.induk))
                changed = True
                tree = _parent_map(ctx)


def _depths(ctx: _Context) -> dict[int, int]:
    """Each accepted row's depth in the tree as it will be (0 = a root)."""
    tree = _parent_map(ctx)
    depths: dict[int, int] = {}
    for row in ctx.rows.values():
        if row.rejected:
            continue
        depth, current, seen = 0, tree.get(_node(row)), set()
        while current is not None and current not in seen:
            seen.add(current)
            depth += 1
            current = tree.get(current)
        depths[row.row] = depth
    return depths


# --- what changes -------------------------------------------------------------------------


def _finish(db: sqlite_utils.Database, ctx: _Context, row: UnitRow, depths: dict[int, int]) -> None:
    assert row.unit is not None
    wanted = row.unit
    parent_id = _parent_unit_id(ctx, row)  # None under a unit new in this file (saved first)
    under_new = _parent_node(ctx, row) is not None and parent_id is None
    level = row.level or unit_ops.level_at_depth(depths.get(row.row, 0))
    if row.existing_id is None:
        row.unit = dataclasses.replace(wanted, parent_id=parent_id, jenis=level)
        row.action = RowAction.BARU
        _check_aliases(ctx, row, row.aliases or [])
        return
    before = ctx.units[row.existing_id]
    after = dataclasses.replace(before)
    for name in UNIT_FIELDS:
        if name in ctx.keys and (name != "nama" or row.kode):  # a name match never renames
            setattr(after, name, getattr(wanted, name))
    if "induk" in ctx.keys:
        after.parent_id = parent_id
    if "induk" in ctx.keys or "tingkat" in ctx.keys:
        after.jenis = level
    row.unit = after
    row.changed_fields = [f.name for f in dataclasses.fields(Unit)
                          if getattr(before, f.name) != getattr(after, f.name)]  # fmt: skip
    if under_new and "parent_id" not in row.changed_fields:
        row.changed_fields.append("parent_id")  # moving under a unit new in this file
    _plan_aliases(ctx, row, before, after)
    if not after.aktif and before.aktif:
        _check_staff(db, ctx, row)
    if not row.rejected:
        row.action = RowAction.UBAH if row.changed_fields else RowAction.SAMA


def _plan_aliases(ctx: _Context, row: UnitRow, before: Unit, after: Unit) -> None:
    """The alias list to store: the file's (or the current one), plus the old name on a rename."""
    current = ctx.aliases.get(before.id or 0, [])
    wanted = list(row.aliases) if row.aliases is not None else list(current)
    if normalize(before.nama) != normalize(after.nama):
        wanted.append(before.nama)
    own = {normalize(after.nama), normalize(after.singkatan)}
    keys = {normalize(a) for a in wanted} - own - {""}
    if keys != {normalize(a) for a in current}:
        row.aliases = wanted
        row.changed_fields.append("alias")
        _check_aliases(ctx, row, wanted)
    else:
        row.aliases = None


def _check_aliases(ctx: _Context, row: UnitRow, aliases: list[str]) -> None:
    for alias in aliases:
        others = [uid for uid in ctx.index.ambiguous(alias) if uid != row.existing_id]
        if others:
            other = ctx.units[others[0]].nama
            refuse(row, ctx.headers, "alias", UnitRowProblem("alias_taken", alias=alias,
                                                             other=other))  # fmt: skip
            return


def _check_staff(db: sqlite_utils.Database, ctx: _Context, row: UnitRow) -> None:
    assert row.existing_id is not None
    subtree = UnitTree(list(ctx.units.values())).subtree_ids(row.existing_id)
    count = unit_ops.active_staff_in(db, subtree)
    if count:
        refuse(row, ctx.headers, "aktif", UnitRowProblem("has_staff", count=count))
