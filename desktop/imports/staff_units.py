"""The unit side of a staff import: match each row's unit once the whole list is read, refuse
near misses, and create the new units in the same transaction as the staff.

Whether unknown units are created is the operator's choice (``--create-units`` / the preview's
checkbox); the rows are the same either way, so the choice only re-decides which rows are
refused, without reading the file again.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import sqlite_utils

from desktop.core.models import Unit
from desktop.imports.cells import CellProblem
from desktop.imports.staff_rows import Draft, RowContext, resolve_atasan
from desktop.imports.unit_plan import (
    Hint,
    NewUnit,
    UnitPlanner,
    UnitProblem,
    UnitRef,
    assign_kodes,
)
from desktop.store import units as unit_store
from desktop.store.rows import required_id


def match_units(db: sqlite_utils.Database, ctx: RowContext, drafts: list[Draft]) -> UnitPlanner:
    """Give every row its unit: an id on record, the key of a unit to create, or an error."""
    planner = UnitPlanner(
        unit_store.list_units(db), unit_store.unit_index(db), unit_store.get_office(db).instansi
    )
    for draft in drafts:
        planner.note_instansi(draft.instansi)
    for draft in drafts:
        if not draft.unit_path or draft.staff is None:
            continue
        found = planner.locate(draft.row, draft.unit_path)
        if isinstance(found, UnitProblem):
            draft.error(_column(ctx, draft.unit_path[0].key), found.message())
        elif isinstance(found, str):
            draft.unit_ref = found
        else:
            draft.staff.unit_id = found
            draft.unit_ref = found
    planner.settle()
    for draft in drafts:
        if isinstance(draft.unit_ref, str):
            draft.unit_ref = planner.final(draft.unit_ref)
    return planner


def _column(ctx: RowContext, key: str) -> str:
    return ctx.headers.get(key, ctx.column("unit_id"))


@dataclass
class UnitOutcome:
    """One way of deciding the rows: refused or not, and the units that would be made."""

    drafts: list[Draft]
    new_units: list[NewUnit]  # what creating would make (shown even while not chosen)
    hints: list[Hint]


def decide(
    ctx: RowContext, drafts: list[Draft], planner: UnitPlanner, *, create: bool
) -> UnitOutcome:
    """Copies of ``drafts`` with the unit errors for this choice and superiors resolved."""
    work = _with_unit_errors(ctx, drafts, planner, create=create)
    resolve_atasan(ctx, work)
    wanted = _wanted(work)
    if not create and any(isinstance(d.unit_ref, str) for d in drafts):  # what ticking makes
        shown = _with_unit_errors(ctx, drafts, planner, create=True)
        resolve_atasan(ctx, shown)
        wanted = _wanted(shown)
    return UnitOutcome(work, planner.new_units(wanted), _hints(ctx, drafts, planner))


def _with_unit_errors(
    ctx: RowContext, drafts: list[Draft], planner: UnitPlanner, *, create: bool
) -> list[Draft]:
    work = []
    for draft in drafts:
        if not draft.atasan_nip and not isinstance(draft.unit_ref, str):
            work.append(draft)  # nothing this choice or the superiors' check adds
            continue
        copy = dataclasses.replace(draft, issues=list(draft.issues))
        if isinstance(copy.unit_ref, str) and copy.staff is not None:
            hint = planner.hint_for(copy.unit_ref)
            last = copy.unit_path[-1]
            if hint is not None:
                column, written, suggestion = hint
                problem = UnitProblem("near_miss", value=written, suggestion=suggestion)
                copy.error(_column(ctx, column), problem.message())
            elif not create:
                unknown = CellProblem("unit_unknown", value=last.nama)
                copy.error(_column(ctx, last.key), unknown.message())
        work.append(copy)
    return work


def _wanted(drafts: list[Draft]) -> set[str]:
    return {d.unit_ref for d in drafts if isinstance(d.unit_ref, str) and not d.rejected}


def _hints(ctx: RowContext, drafts: list[Draft], planner: UnitPlanner) -> list[Hint]:
    found: dict[tuple[str, str, str], Hint] = {}
    for draft in drafts:
        if isinstance(draft.unit_ref, str) and (hint := planner.hint_for(draft.unit_ref)):
            column, written, suggestion = hint
            item = found.setdefault(hint, Hint(_column(ctx, column), written, suggestion))
            item.rows.append(draft.row)
    return list(found.values())


def create_units(db: sqlite_utils.Database, units: list[NewUnit]) -> dict[str, int]:
    """Save the new units, parents first (call inside the import's transaction); kodes are
    taken afresh in case the tree changed since the preview. Returns key → new id."""
    units = [dataclasses.replace(u) for u in units]
    assign_kodes(units, unit_store.list_units(db))
    ids: dict[str, int] = {}
    for unit in units:
        parent = ids[unit.parent] if isinstance(unit.parent, str) else unit.parent
        saved = unit_store.save_unit(
            db, Unit(unit.kode, unit.nama, unit.jenis, parent, jenis_unit=unit.jenis_unit)
        )
        ids[unit.key] = required_id(saved)
    return ids


def unit_id_of(ref: UnitRef | None, created: dict[str, int]) -> int | None:
    """The id a row's unit has once the new units are saved."""
    return created.get(ref) if isinstance(ref, str) else ref
