"""Export staff to .xlsx or .csv with the column names operators know, ready to import back.

Identity numbers are written as text (an Excel number would round a NIP to 15 digits) and
dates as real dates. Text is written inert (``formulas``): a name like ``=HYPERLINK(…)`` is a
string cell in .xlsx and an apostrophed field in .csv, as are the identity numbers there.
The file is written under a temporary name and renamed when complete, so a crash or a full
disk never leaves half a list under the operator's file name.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop.core.access import PERSONAL_FIELDS
from desktop.core.audit_terms import PersonalDataError, may_see_personal
from desktop.core.dates import format_date_short
from desktop.core.errors import ValidationError
from desktop.core.models import Staff
from desktop.core.workflow import role_label
from desktop.imports.formulas import csv_text, is_plain_text, xlsx_text
from desktop.imports.headers import EXPORT_COLUMNS
from desktop.store import access, audit_events, reference, session
from desktop.store import staff as staff_store
from desktop.store import units as unit_store

SHEET_TITLE = "Pegawai"
DATE_FORMAT = "dd-mm-yyyy"
TEXT_FORMAT = "@"
CSV_DELIMITER = ";"  # what Excel expects under Indonesian regional settings
TEXT_KEYS = frozenset({"nip", "unit_kode", "atasan_nip", "nik", "no_hp"})
_WIDTHS = {"nip": 21, "nama": 30, "jabatan": 34, "unit_nama": 34, "atasan_nip": 21, "nik": 19,
           "email": 26, "alamat": 36, "tempat_lahir": 16, "jenis_jabatan": 26}  # fmt: skip


class ExportFileError(ValidationError):
    """The export could not be written; any earlier file of that name is untouched."""

    catalog = {
        "format": (
            "Ekspor hanya ke berkas .xlsx atau .csv (diminta: {name}).",
            "Export only to .xlsx or .csv files (asked for: {name}).",
        ),
        "disk_full": (
            "Berkas {name} tidak dapat ditulis: disk penuh. Tidak ada yang disimpan; kosongkan "
            "sebagian ruang atau pilih tempat lain, lalu coba lagi.",
            "File {name} cannot be written: the disk is full. Nothing was saved; free some "
            "space or choose another place, then try again.",
        ),
        "write": (
            "Berkas {name} tidak dapat ditulis (mungkin sedang terbuka di Excel, atau foldernya "
            "tidak dapat ditulisi). Tutup berkasnya atau pilih folder lain, lalu coba lagi.",
            "File {name} cannot be written (perhaps it is open in Excel, or the folder is "
            "read-only). Close it or choose another folder, then try again.",
        ),
    }


def export_staff(
    db: sqlite_utils.Database,
    path: Path | str,
    *,
    unit_ids: set[int] | None = None,
    include_inactive: bool = False,
    with_personal: bool = False,
) -> int:
    """Write the staff (of ``unit_ids`` when given) to ``path``; returns the rows written.

    The format follows the suffix: ``.xlsx`` (sheet "Pegawai") or ``.csv`` (UTF-8, ``;``).
    NIK, address, phone and email (``PERSONAL_FIELDS``) are written only ``with_personal``,
    which the session's role must allow (UU 27/2022); the export is recorded in the audit trail.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportFileError("format", name=path.name)
    role = session.current().role
    if with_personal and not may_see_personal(role):
        raise PersonalDataError("role", role=role_label(role))
    columns = export_columns(with_personal=with_personal)
    uuids: list[str] = []
    rows = list(_rows(db, unit_ids, include_inactive, columns, uuids))
    writer = _write_xlsx if suffix == ".xlsx" else _write_csv
    with _replacing(path) as temporary:
        writer(temporary, rows, columns)
    audit_events.record_export(
        db, what="staff", file_name=path.name, count=len(rows), personal=with_personal,
        staff_uuids=uuids,
    )  # fmt: skip
    return len(rows)


def export_columns(*, with_personal: bool) -> tuple[tuple[str, str], ...]:
    """The (label, key) columns of an export: without NIK, address, phone and email unless
    asked for (an import of such a file leaves those fields as they are)."""
    if with_personal:
        return EXPORT_COLUMNS
    return tuple(c for c in EXPORT_COLUMNS if c[1] not in PERSONAL_FIELDS)


def _rows(
    db: sqlite_utils.Database,
    unit_ids: set[int] | None,
    include_inactive: bool,
    columns: tuple[tuple[str, str], ...],
    uuids: list[str],
) -> Iterator[list[Any]]:
    """One list of cell values per employee, in ``columns`` order, sorted by name; the uuid of
    each employee written is appended to ``uuids`` (for the audit trail)."""
    listed = staff_store.list_rows(db, include_inactive=True)
    nips = {row.id: row.nip for row in listed}
    chosen = [
        row for row in listed
        if (include_inactive or row.aktif) and (unit_ids is None or row.unit_id in unit_ids)
    ]  # fmt: skip
    chosen = access.only_visible(db, chosen)  # an operator exports their OPD only
    chosen.sort(key=lambda row: (row.nama.casefold(), row.nip))
    value_of = _value_readers(db, nips)
    for row in chosen:
        staff = staff_store.get_staff(db, row.id)
        uuids.append(staff.uuid or "")
        yield [value_of.get(key, _attribute(key))(staff) for _label, key in columns]


def _attribute(key: str) -> Callable[[Staff], Any]:
    return lambda staff: _plain(getattr(staff, key))


def _plain(value: Any) -> Any:
    """Enums as their text, empty strings as empty cells."""
    if value is None or value == "":
        return None
    return getattr(value, "value", value)


def _value_readers(
    db: sqlite_utils.Database, nips: dict[int, str]
) -> dict[str, Callable[[Staff], Any]]:
    """Cells that show a name rather than the stored code, as operators know them."""
    units = {u.id: u for u in unit_store.list_units(db)}
    names = {
        name: {c.code: c.name for c in reference.choices(db, name)}
        for name in ("agama", "status_perkawinan", "jenis_jabatan", "jenjang", "eselon",
                     "kedudukan_hukum")
    }  # fmt: skip

    def named(table: str, attr: str) -> Callable[[Staff], Any]:
        return lambda s: names[table].get(getattr(s, attr), _plain(getattr(s, attr)))

    return {
        "jenis_kelamin": lambda s: _plain(s.jenis_kelamin),
        "status": lambda s: s.status.value.upper(),
        "agama_id": named("agama", "agama_id"),
        "status_perkawinan_id": named("status_perkawinan", "status_perkawinan_id"),
        "jenis_jabatan": named("jenis_jabatan", "jenis_jabatan"),
        "jenjang": named("jenjang", "jenjang"),
        "eselon_id": named("eselon", "eselon_id"),
        "kedudukan_hukum": named("kedudukan_hukum", "kedudukan_hukum"),
        "unit_kode": lambda s: units[s.unit_id].kode if s.unit_id in units else None,
        "unit_nama": lambda s: units[s.unit_id].nama if s.unit_id in units else None,
        "atasan_nip": lambda s: nips.get(s.atasan_id) if s.atasan_id else None,
        "aktif": lambda s: "Ya" if s.aktif else "Tidak",
    }


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` that replaces it only when writing succeeded."""
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    except OSError as exc:
        raise ExportFileError(_write_error(exc), name=path.name) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as exc:
        raise ExportFileError(_write_error(exc), name=path.name) from exc
    finally:
        temporary.unlink(missing_ok=True)


def _write_error(exc: OSError) -> str:
    """A full disk says so; anything else is most often the file open in Excel."""
    return "disk_full" if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) else "write"


def _write_csv(path: Path, rows: list[list[Any]], columns: tuple[tuple[str, str], ...]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=CSV_DELIMITER)
        writer.writerow(label for label, _key in columns)
        text_at = [key in TEXT_KEYS for _label, key in columns]
        for row in rows:
            writer.writerow(_csv_field(v, is_text) for v, is_text in zip(row, text_at, strict=True))


def _csv_field(value: Any, is_text: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date_short(value)
    return csv_text(str(value), identity=is_text)


def _write_xlsx(path: Path, rows: list[list[Any]], columns: tuple[tuple[str, str], ...]) -> None:
    """A streaming workbook: bold frozen header, text identity numbers, dd-mm-yyyy dates."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_TITLE)
    last = get_column_letter(len(columns))
    # The streaming writer omits <dimension>, which makes readers (openpyxl too) scan the
    # sheet twice to size it; the size is known here, so give it.
    sheet.calculate_dimension = lambda: f"A1:{last}{len(rows) + 1}"
    sheet.freeze_panes = "A2"
    for position, (label, key) in enumerate(columns, 1):
        width = _WIDTHS.get(key, max(len(label) + 3, 12))
        sheet.column_dimensions[get_column_letter(position)].width = width
    sheet.append([_header_cell(sheet, label) for label, _key in columns])
    text_at = [key in TEXT_KEYS for _label, key in columns]
    try:
        for row in rows:
            sheet.append([_cell(sheet, v, t) for v, t in zip(row, text_at, strict=True)])
        book.save(path)
    except OSError:
        _close_quietly(sheet)
        raise


def _close_quietly(sheet: Any) -> None:
    """After a failed write (a full disk), end the sheet's row stream now: left to the garbage
    collector it prints a traceback of its own ("Exception ignored …") on stderr."""
    with contextlib.suppress(Exception):
        sheet.close()


def _header_cell(sheet: Any, label: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=label)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    return cell


def _cell(sheet: Any, value: Any, is_text: bool) -> Any:
    if value is None:
        return None
    if isinstance(value, str) and not is_text and is_plain_text(value):
        return value
    if is_text or isinstance(value, str):
        cell = xlsx_text(WriteOnlyCell(sheet), str(value))
        if is_text:
            cell.number_format = TEXT_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value
