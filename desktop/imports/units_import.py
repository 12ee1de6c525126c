"""Import a unit structure (SOTK) from .xlsx or .csv: a plan first, then one write.

Columns: kode, nama, singkatan, induk (a kode or a name, of a unit on record or in the file,
above or below the row), jenis, tingkat, jabatan kepala, alias, aktif. A row is matched to a
unit on record by kode, or by name when it has no kode. Parents are resolved once every row is
read, so a file may list children first. ``apply_plan`` writes the accepted rows in one
transaction; the same file twice changes nothing the second time.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.errors import ValidationError
from desktop.core.models import JenisUnit, Unit
from desktop.imports import cells
from desktop.imports.plan import map_columns
from desktop.imports.sheet import ImportFileError, open_table
from desktop.imports.units_columns import (
    UnitCellProblem,
    match_unit_header,
    read_jenis,
    read_level,
    split_aliases,
)
from desktop.imports.units_plan import (
    RowAction,
    RowIssue,
    UnitPlan,
    UnitRow,
    UnitRowProblem,
    UnitsFileError,
    refuse,
)
from desktop.imports.units_resolve import resolve
from desktop.store import access, unit_ops
from desktop.store.db import translate_errors
from desktop.store.session import Source, from_source
from desktop.store.staff import UpsertResult
from desktop.store.units import save_unit

__all__ = [
    "ImportFileError",
    "RowAction",
    "RowIssue",
    "UnitPlan",
    "UnitRow",
    "UnitsFileError",
    "apply_plan",
    "read_plan",
]


def read_plan(db: sqlite_utils.Database, path: Path | str) -> UnitPlan:
    """Read and check ``path`` against the units on record; nothing is written.
    Raises ``ImportFileError`` or ``UnitsFileError`` for a file that cannot be read."""
    path = Path(path)
    try:
        with open_table(path, match_unit_header, required="nama") as table:
            columns, ignored, index = map_columns(table.headers, match_unit_header)
            headers = {key: table.headers[i] for key, i in index.items()}
            rows = [
                _read_row(number, values, index, headers)
                for number, values in table.rows
                if not all(cells.is_blank(v) for v in values)
            ]
    except ImportFileError as exc:
        if exc.code in ("no_header", "no_nip"):
            raise UnitsFileError("no_header", name=path.name) from exc
        raise
    plan = UnitPlan(path, table.sheet, columns, ignored, rows, notes=list(table.notes))
    resolve(db, plan, set(index))
    return plan


def _read_row(
    number: int, values: Sequence[object], index: dict[str, int], headers: dict[str, str]
) -> UnitRow:
    def get(key: str) -> str:
        position = index.get(key)
        return (
            cells.text(values[position]) if position is not None and position < len(values) else ""
        )

    row = UnitRow(number, get("kode"), get("nama"), get("induk"))
    row.unit = Unit(row.kode, row.nama, singkatan=get("singkatan"),
                    jabatan_kepala=get("jabatan_kepala"))  # fmt: skip
    if not row.nama:
        refuse(row, headers, "nama", UnitRowProblem("nama"))
    try:
        row.unit.jenis_unit = (
            read_jenis(get("jenis_unit")) if "jenis_unit" in index else JenisUnit.NONE
        )
        row.level = read_level(get("tingkat"))
    except UnitCellProblem as exc:
        refuse(row, headers, "jenis_unit" if exc.code == "jenis" else "tingkat", exc)
    if "aktif" in index:
        try:
            row.unit.aktif = cells.read_yes_no(get("aktif")) is not False
        except ValidationError:
            refuse(row, headers, "aktif", UnitRowProblem("aktif"))
    if "kritikal" in index:
        try:
            row.unit.kritikal = cells.read_yes_no(get("kritikal")) is True
        except ValidationError:
            refuse(row, headers, "kritikal", UnitRowProblem("kritikal"))
    if "alias" in index:
        row.aliases = split_aliases(get("alias"))
    return row


@from_source(Source.IMPORT)
def apply_plan(db: sqlite_utils.Database, plan: UnitPlan) -> UpsertResult:
    """Save the accepted rows in one transaction, parents before children (so a move never
    passes through a loop); new units without a kode get one under their parent."""
    access.require(db, Perm.EDIT_UNITS)
    rows = {r.row: r for r in plan.rows}
    order = sorted(plan.accepted, key=lambda r: (plan.depths.get(r.row, 0), r.row))
    ids: dict[int, int] = {}
    result = UpsertResult(unchanged=plan.counts()[RowAction.SAMA])
    with translate_errors(), db.atomic():
        for row in order:
            assert row.unit is not None
            parent_id = _parent_id(row, rows, ids)
            unit = dataclasses.replace(row.unit, parent_id=parent_id)
            if unit.id is None and not unit.kode:
                unit.kode = unit_ops.suggest_kode(db, parent_id)
            saved = save_unit(db, unit)
            assert saved.id is not None
            ids[row.row] = saved.id
            if row.aliases is not None:
                unit_ops.set_aliases(db, saved.id, row.aliases)
            if row.action is RowAction.BARU:
                result.inserted += 1
            else:
                result.updated += 1
    return result


def _parent_id(row: UnitRow, rows: dict[int, UnitRow], ids: dict[int, int]) -> int | None:
    assert row.unit is not None
    if row.parent is None:
        return row.unit.parent_id
    kind, ref = row.parent
    if kind == "unit":
        return ref
    parent = rows[ref]
    return ids.get(ref, parent.existing_id)
