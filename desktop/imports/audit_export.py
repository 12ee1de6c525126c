"""The "Jejak Audit" screen's export: the filtered trail as an .xlsx sheet, one row per changed
field (an entry without fields is one row), so a spreadsheet can filter by field or person.

NIPs are text cells (an 18-digit number would lose digits in Excel), every text is written
inert (``formulas``), the file is written under a temporary name and renamed when complete
(``staff_export._replacing``), and the export itself is recorded in the trail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlite_utils
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop.core import audit_terms as terms
from desktop.core.errors import Cancelled
from desktop.core.nip import format_nip
from desktop.imports.formulas import xlsx_text
from desktop.imports.staff_export import ExportFileError, _replacing
from desktop.store import audit_events, audit_query, session
from desktop.store.audit_query import AuditEntry, AuditFilter

SHEET_TITLE = "Jejak Audit"
COLUMNS: tuple[tuple[str, int], ...] = (
    ("No", 8), ("Waktu", 17), ("Akun", 16), ("Sumber", 14), ("Jenis", 14), ("Tabel", 16),
    ("Baris", 34), ("NIP", 22), ("Nama Pegawai", 28), ("Field", 22), ("Lama", 28),
    ("Baru", 28), ("Ringkasan", 48),
)  # fmt: skip
TEXT_COLUMNS = frozenset({"Baris", "NIP", "Lama", "Baru"})
Progress = Callable[[int, int], bool]


def export_audit(
    db: sqlite_utils.Database,
    flt: AuditFilter,
    path: Path | str,
    *,
    progress: Progress | None = None,
) -> int:
    """Write every entry matching ``flt`` (newest first) to ``path`` (.xlsx); returns the
    number of entries. ``progress(done, total)`` returning False cancels (``Cancelled``).
    Admin and pimpinan only (``PersonalDataError("audit")`` for the others)."""
    role = session.current().role
    if not terms.may_read_audit(role):
        raise terms.PersonalDataError("audit", role=terms.role_label(role))
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportFileError("format", name=path.name)
    total = audit_query.count(db, flt)
    people = _people(db)
    with _replacing(path) as temporary:
        written = _write(temporary, _rows(db, flt, people, total, progress))
    audit_events.record_export(db, what="audit_log", file_name=path.name, count=written)
    return written


def _people(db: sqlite_utils.Database) -> dict[str, tuple[str, str]]:
    """staff uuid → (NIP, name), read once."""
    return {u: (nip, nama) for u, nip, nama in db.execute("SELECT uuid, nip, nama FROM staff")}


def _rows(
    db: sqlite_utils.Database,
    flt: AuditFilter,
    people: dict[str, tuple[str, str]],
    total: int,
    progress: Progress | None,
) -> Iterator[tuple[int, list[Any]]]:
    for done, entry in enumerate(audit_query.iter_entries(db, flt), 1):
        if progress is not None and done % 500 == 0 and not progress(done, total):
            raise Cancelled()
        for row in entry_rows(entry, people):
            yield entry.id, row


def entry_rows(entry: AuditEntry, people: dict[str, tuple[str, str]]) -> list[list[Any]]:
    """The sheet rows of one entry: its fields, each with old and new value in words."""
    nip, nama = people.get(entry.staff_uuid or entry.row_uuid or "", ("", ""))
    head = [
        entry.id,
        terms.local_time_text(entry.at),
        entry.user,
        terms.source_label(entry.source),
        terms.kind_label(entry.action),
        terms.table_label(entry.table_name),
        entry.row_uuid or "",
        format_nip(nip) if nip else "",
        nama,
    ]
    changes = entry.changes() or [("", None, None)]
    with_old = bool(entry.before)
    return [
        [
            *head,
            terms.field_label(key),
            terms.value_text(old, key) if key and with_old else "",
            terms.value_text(new, key) if key else "",
            entry.summary,
        ]
        for key, old, new in changes
    ]


def _write(path: Path, rows: Iterator[tuple[int, list[Any]]]) -> int:
    """A streaming workbook with a bold frozen header; returns the entries written."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_TITLE)
    sheet.freeze_panes = "A2"
    for position, (_label, width) in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(position)].width = width
    sheet.append([_header(sheet, label) for label, _w in COLUMNS])
    texts = [label in TEXT_COLUMNS for label, _w in COLUMNS]
    entries: set[int] = set()
    for entry_id, row in rows:
        entries.add(entry_id)
        sheet.append([_cell(sheet, v, t) for v, t in zip(row, texts, strict=True)])
    book.save(path)
    return len(entries)


def _header(sheet: Any, label: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=label)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(vertical="center")
    return cell


def _cell(sheet: Any, value: Any, is_text: bool) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        cell = xlsx_text(WriteOnlyCell(sheet), value)
        if is_text:
            cell.number_format = "@"
        return cell
    return value
