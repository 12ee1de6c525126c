"""Import a staff list from .xlsx, .csv or SIASN's .json: a plan first, then one write.

``read_plan`` reads and checks every row and compares it with the database by NIP, writing
nothing, so the operator can review ``baru`` / ``ubah`` / ``sama`` / ``ditolak`` (with what
changes, "golongan III/b → III/c") and the units the list names that are not on record.
``apply_plan`` saves the accepted rows, the new units when chosen, and the grown riwayat
golongan/jabatan in one transaction; columns the file lacks are left alone.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.errors import Cancelled
from desktop.core.models import Staff
from desktop.imports import cells
from desktop.imports.cells import Lookups
from desktop.imports.headers import field_of, match_header
from desktop.imports.plan import RowAction, RowTally, map_columns
from desktop.imports.sheet import ImportFileError, Table, open_table
from desktop.imports.sheet_notes import SheetNote
from desktop.imports.siasn_json import open_json_table
from desktop.imports.staff_changes import describe
from desktop.imports.staff_riwayat import grow_riwayat
from desktop.imports.staff_rows import Draft, RowContext, RowIssue, plan_row
from desktop.imports.staff_units import create_units, decide, match_units, unit_id_of
from desktop.imports.unit_plan import Hint, NewUnit, UnitPlanner, UnitRef
from desktop.store import access
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.db import translate_errors
from desktop.store.session import Source, from_source

__all__ = [
    "Hint",
    "ImportFileError",
    "ImportPlan",
    "NewUnit",
    "PlannedRow",
    "RowAction",
    "RowIssue",
    "apply_plan",
    "read_plan",
]

PROGRESS_EVERY = 200
Progress = Callable[[int, int], bool]


@dataclass
class PlannedRow:
    row: int  # 1-based row number in the sheet as the operator sees it
    nip: str  # digits, or the raw text when it could not be read
    nama: str
    action: RowAction
    issues: list[RowIssue]
    staff: Staff | None  # what would be saved (None when rejected)
    changed_fields: list[str]
    atasan_nip: str = ""  # the superior's NIP as the file gives it ("" when none)
    changes: list[str] = field(default_factory=list)  # "golongan III/b → III/c"
    unit_ref: UnitRef | None = None  # a unit on record (id) or one to create (key)
    before: Staff | None = None  # the record on file, for riwayat growth


@dataclass
class _Reading:
    """What re-deciding the rows needs, kept so the create-units choice reads nothing again."""

    ctx: RowContext
    drafts: list[Draft]
    planner: UnitPlanner
    unit_names: dict[int, str]
    decided: dict[bool, tuple[list[PlannedRow], list[NewUnit], list[Hint]]] = field(
        default_factory=dict
    )


@dataclass
class ImportPlan(RowTally[PlannedRow]):
    row_actions = RowAction

    path: Path
    sheet: str | None
    columns: dict[str, str]  # header as written in the file -> Staff field
    ignored_columns: list[str]
    rows: list[PlannedRow]
    notes: list[SheetNote] = dataclasses.field(default_factory=list)  # merged, formulas, hidden
    new_units: list[NewUnit] = field(default_factory=list)  # what creating units would make
    hints: list[Hint] = field(default_factory=list)  # "mungkin maksudnya …"
    create_units: bool = False
    _reading: _Reading | None = field(default=None, repr=False, compare=False)

    def set_create_units(self, create: bool) -> None:
        """Re-decide the rows for the operator's choice about new units (nothing is read)."""
        if self._reading is not None:
            self.rows, self.new_units, self.hints = _decide(self._reading, create)
        self.create_units = create

    @property
    def units_to_create(self) -> list[NewUnit]:
        return self.new_units if self.create_units else []


def read_plan(
    db: sqlite_utils.Database,
    path: Path | str,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    create_units: bool = False,
) -> ImportPlan:
    """Read and check ``path`` against the database; nothing is written.

    ``progress(done, total)`` is called every few hundred rows; returning False stops the
    reading with ``Cancelled``. Raises ``ImportFileError`` (or ``SiasnJsonError``) for a file
    that cannot be read. With ``create_units`` rows in units not on record are accepted and
    the units are planned for creation; without it they are refused.
    """
    path = Path(path)
    with _open(path) as table:
        columns, ignored, index = map_columns(table.headers, match_header, field_of)
        ctx = _context(db, table, index, today or date.today())
        drafts = _read_rows(ctx, table, progress)
    planner = match_units(db, ctx, drafts)
    names = {u.id: u.nama for u in unit_store.list_units(db) if u.id is not None}
    plan = ImportPlan(path, table.sheet, columns, ignored, [], table.notes)
    plan._reading = _Reading(ctx, drafts, planner, names)
    plan.set_create_units(create_units)
    return plan


@contextlib.contextmanager
def _open(path: Path) -> Iterator[Table]:
    if path.suffix.lower() == ".json":
        with open_json_table(path, match_header) as table:
            yield table
    else:
        with open_table(path, match_header) as table:
            yield table


def _decide(reading: _Reading, create: bool) -> tuple[list[PlannedRow], list[NewUnit], list[Hint]]:
    """The rows for one choice, decided once (the checkbox may be toggled many times)."""
    if create not in reading.decided:
        outcome = decide(reading.ctx, reading.drafts, reading.planner, create=create)
        new_names = {u.key: u.nama for u in outcome.new_units}
        rows = [_finish(reading, d, new_names) for d in outcome.drafts]
        reading.decided[create] = (rows, outcome.new_units, outcome.hints)
    return reading.decided[create]


def _context(
    db: sqlite_utils.Database, table: Table, index: dict[str, int], today: date
) -> RowContext:
    on_record = staff_store.list_rows(db)
    headers = {key: table.headers[i] for key, i in index.items()}
    lookups = Lookups.load(db, unit_store.list_units(db))
    return RowContext(
        db, today, index, headers, lookups,
        ids={r.nip: r.id for r in on_record}, nips={r.id: r.nip for r in on_record},
    )  # fmt: skip


def _read_rows(ctx: RowContext, table: Table, progress: Progress | None) -> list[Draft]:
    drafts: list[Draft] = []
    done = 0
    for number, values in table.rows:
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            _report(progress, done, table.total)
        raw = {key: values[i] if i < len(values) else None for key, i in ctx.index.items()}
        if all(cells.is_blank(v) for v in raw.values()):
            continue
        drafts.append(plan_row(ctx, number, raw))
    if progress is not None:
        _report(progress, done, done)
    return drafts


def _report(progress: Progress, done: int, total: int) -> None:
    if progress(done, max(done, total)) is False:
        raise Cancelled()


def _finish(reading: _Reading, draft: Draft, new_names: dict[str, str]) -> PlannedRow:
    ctx = reading.ctx
    staff = None if draft.rejected else draft.staff
    nama = draft.staff.nama if draft.staff else draft.nama
    changes: list[str] = []
    changed: list[str]
    if staff is None:
        action, changed = RowAction.DITOLAK, []
    elif draft.existing is None:
        action, changed = RowAction.BARU, []
    else:
        new_unit = new_names.get(draft.unit_ref, "") if isinstance(draft.unit_ref, str) else ""
        changed = _changed_fields(ctx, draft.existing, staff, draft.atasan_nip, bool(new_unit))
        action = RowAction.UBAH if changed else RowAction.SAMA
        changes = describe(
            draft.existing, staff, changed,
            unit_name=lambda i: reading.unit_names.get(i or 0, ""),
            new_unit=new_unit, atasan_nip=draft.atasan_nip,
            nip_of=lambda i: ctx.nips.get(i or 0, ""),
        )  # fmt: skip
    return PlannedRow(
        draft.row, draft.nip, nama, action, draft.issues, staff, changed, draft.atasan_nip,
        changes, draft.unit_ref, draft.existing,
    )  # fmt: skip


def _changed_fields(
    ctx: RowContext, before: Staff, after: Staff, atasan_nip: str, new_unit: bool
) -> list[str]:
    """Fields the file carries whose value differs from the record (the superior by NIP; a
    unit still to create always differs)."""
    changed = []
    for name in sorted(ctx.fields - {"nip"}):
        if name == "atasan_id":
            differs = ctx.nips.get(before.atasan_id or 0, "") != atasan_nip
        elif name == "unit_id" and new_unit:
            differs = True
        else:
            differs = getattr(before, name) != getattr(after, name)
        if differs:
            changed.append(name)
    return changed


@from_source(Source.IMPORT)
def apply_plan(db: sqlite_utils.Database, plan: ImportPlan) -> staff_store.UpsertResult:
    """Save the accepted rows in one transaction; nothing is saved if anything fails.

    The chosen new units come first (parents first), then new records so that superiors
    named in the same file exist; updates then carry every changed field at once; last, new
    records whose superior was new get its id, and riwayat golongan/jabatan grow where the
    golongan or jabatan is new. ``unchanged`` also counts the plan's ``sama`` rows.
    """
    access.require_some(db, Perm.IMPORT)  # then every row's unit is checked as it is saved
    fields = set(plan.columns.values())
    new = [r for r in plan.rows if r.action is RowAction.BARU]
    updates = [r for r in plan.rows if r.action is RowAction.UBAH]
    with translate_errors(), db.atomic():
        units = create_units(db, plan.units_to_create)
        first = staff_store.upsert_many(db, _records(new, {}, units), fields=fields)
        ids = {row.nip: row.id for row in staff_store.list_rows(db)}
        second = staff_store.upsert_many(db, _records(updates, ids, units), fields=fields)
        late = [r for r in new if r.atasan_nip and r.staff and r.staff.atasan_id is None]
        staff_store.upsert_many(db, _records(late, ids, units), fields={"atasan_id"})
        grow_riwayat(db, [*new, *updates], ids, units)
    return staff_store.UpsertResult(
        inserted=first.inserted,
        updated=first.updated + second.updated,
        unchanged=first.unchanged + second.unchanged + plan.counts()[RowAction.SAMA],
    )


def _records(rows: list[PlannedRow], ids: dict[str, int], units: dict[str, int]) -> list[Staff]:
    """The rows' records, with the superior's id once ``ids`` knows it and the id of a unit
    created by this import."""
    records = []
    for row in rows:
        if row.staff is None:
            continue
        record = row.staff
        if isinstance(row.unit_ref, str):
            record = dataclasses.replace(record, unit_id=unit_id_of(row.unit_ref, units))
        if row.atasan_nip and row.atasan_nip in ids:
            record = dataclasses.replace(record, atasan_id=ids[row.atasan_nip])
        records.append(record)
    return records
