"""Import a staff list from .xlsx or .csv: a plan first (what each row would do), then one write.

``read_plan`` reads and checks every row and compares it with the database by NIP, writing
nothing, so the operator can review ``baru`` / ``ubah`` / ``sama`` / ``ditolak`` before saving.
``apply_plan`` saves the accepted rows in one transaction; columns the file lacks are left alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

import sqlite_utils

from desktop.core.errors import Cancelled
from desktop.core.models import Staff
from desktop.imports import cells
from desktop.imports.cells import Lookups
from desktop.imports.headers import field_of, match_header
from desktop.imports.sheet import ImportFileError, Table, open_table
from desktop.imports.staff_rows import Draft, RowContext, RowIssue, plan_row, resolve_atasan
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.db import translate_errors

__all__ = [
    "ImportFileError",
    "ImportPlan",
    "PlannedRow",
    "RowAction",
    "RowIssue",
    "apply_plan",
    "read_plan",
]

PROGRESS_EVERY = 200
Progress = Callable[[int, int], bool]


class RowAction(StrEnum):
    BARU = "baru"
    UBAH = "ubah"
    SAMA = "sama"
    DITOLAK = "ditolak"


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


@dataclass
class ImportPlan:
    path: Path
    sheet: str | None
    columns: dict[str, str]  # header as written in the file -> Staff field
    ignored_columns: list[str]
    rows: list[PlannedRow]

    def counts(self) -> dict[RowAction, int]:
        found = dict.fromkeys(RowAction, 0)
        for row in self.rows:
            found[row.action] += 1
        return found

    @property
    def accepted(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action in (RowAction.BARU, RowAction.UBAH)]

    @property
    def rejected(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action is RowAction.DITOLAK]


def read_plan(
    db: sqlite_utils.Database,
    path: Path | str,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read and check ``path`` against the database; nothing is written.

    ``progress(done, total)`` is called every few hundred rows; returning False stops the
    reading with ``Cancelled``. Raises ``ImportFileError`` for a file that cannot be read.
    """
    path = Path(path)
    with open_table(path, match_header) as table:
        columns, ignored, index = _map_columns(table.headers)
        ctx = _context(db, table, index, today or date.today())
        drafts = _read_rows(ctx, table, progress)
    resolve_atasan(ctx, drafts)
    rows = [_finish(ctx, d) for d in drafts]
    return ImportPlan(path, table.sheet, columns, ignored, rows)


def _map_columns(headers: list[str]) -> tuple[dict[str, str], list[str], dict[str, int]]:
    """header -> field, unknown headers, and key -> position (the first of two synonyms wins)."""
    columns: dict[str, str] = {}
    ignored: list[str] = []
    index: dict[str, int] = {}
    for position, header in enumerate(headers):
        key = match_header(header)
        if key is None or key in index:
            if header:
                ignored.append(header)
            continue
        index[key] = position
        columns[header] = field_of(key)
    return columns, ignored, index


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


def _finish(ctx: RowContext, draft: Draft) -> PlannedRow:
    staff = None if draft.rejected else draft.staff
    nama = draft.staff.nama if draft.staff else draft.nama
    if staff is None:
        action, changed = RowAction.DITOLAK, []
    elif draft.existing is None:
        action, changed = RowAction.BARU, []
    else:
        changed = _changed_fields(ctx, draft.existing, staff, draft.atasan_nip)
        action = RowAction.UBAH if changed else RowAction.SAMA
    return PlannedRow(
        draft.row, draft.nip, nama, action, draft.issues, staff, changed, draft.atasan_nip
    )


def _changed_fields(ctx: RowContext, before: Staff, after: Staff, atasan_nip: str) -> list[str]:
    """Fields the file carries whose value differs from the record (the superior by NIP)."""
    changed = []
    for name in sorted(ctx.fields - {"nip"}):
        if name == "atasan_id":
            differs = ctx.nips.get(before.atasan_id or 0, "") != atasan_nip
        else:
            differs = getattr(before, name) != getattr(after, name)
        if differs:
            changed.append(name)
    return changed


def apply_plan(db: sqlite_utils.Database, plan: ImportPlan) -> staff_store.UpsertResult:
    """Save the accepted rows in one transaction; nothing is saved if anything fails.

    New records go first so that superiors named in the same file exist; updates then carry
    every changed field at once; last, new records whose superior was new get its id.
    ``unchanged`` also counts the plan's ``sama`` rows.
    """
    fields = set(plan.columns.values())
    new = [r for r in plan.rows if r.action is RowAction.BARU]
    updates = [r for r in plan.rows if r.action is RowAction.UBAH]
    with translate_errors(), db.atomic():
        first = staff_store.upsert_many(db, _records(new, {}), fields=fields)
        ids = {row.nip: row.id for row in staff_store.list_rows(db)}
        second = staff_store.upsert_many(db, _records(updates, ids), fields=fields)
        late = [r for r in new if r.atasan_nip and r.staff and r.staff.atasan_id is None]
        staff_store.upsert_many(db, _records(late, ids), fields={"atasan_id"})
    return staff_store.UpsertResult(
        inserted=first.inserted,
        updated=first.updated + second.updated,
        unchanged=first.unchanged + second.unchanged + plan.counts()[RowAction.SAMA],
    )


def _records(rows: list[PlannedRow], ids: dict[str, int]) -> list[Staff]:
    """The rows' records, with the superior's id once ``ids`` knows it."""
    records = []
    for row in rows:
        if row.staff is None:
            continue
        if row.atasan_nip and row.atasan_nip in ids:
            records.append(dataclasses.replace(row.staff, atasan_id=ids[row.atasan_nip]))
        else:
            records.append(row.staff)
    return records
