"""The talent lists as .xlsx: one sheet per table, the draft line and the legal sources on top,
a bold frozen header row, column widths from the content (issue 14 item 9).

openpyxl is imported inside the functions: the app's start-up must not load it.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any

from desktop.reports.talent_doc import DRAFT, TalentDoc, TalentTable

_NUMBER = re.compile(r"-?\d{1,15}([.,]\d+)?")


def write_xlsx(doc: TalentDoc, path: Path) -> None:
    """One sheet per table: title, draft line and sources on top, a bold frozen header row,
    column widths from the content. Numbers in right-aligned columns become numbers; identity
    numbers stay text. Written to a temporary name and renamed when complete."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    names: set[str] = set()
    for table in doc.tables or (TalentTable(doc.title, (), (), ()),):
        _sheet(book, doc, table, _sheet_name(table.heading, names))
    _save_book(book, Path(path))


def _sheet(book: Any, doc: TalentDoc, table: TalentTable, name: str) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(name)
    top = [
        (doc.title, Font(bold=True, size=12)),
        (doc.subtitle, Font(bold=True)),
        (DRAFT, Font(bold=True, color="B00000")),
        ("Dasar: " + "; ".join(doc.sources) if doc.sources else "", None),
        (table.heading, Font(bold=True)),
    ]
    header_row = len(top) + 1
    sheet.freeze_panes = f"A{header_row + 1}"
    for column, width in enumerate(_column_widths(table), 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    for text, font in top:
        cell = _cell(sheet, text)
        if font is not None:
            cell.font = font
        sheet.append([cell])
    header = []
    for text in table.headers:
        cell = _cell(sheet, text)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        header.append(cell)
    sheet.append(header)
    numeric = [code.upper() == "R" for code in table.align]
    numeric += [False] * (len(table.headers) - len(numeric))
    for row in table.rows:
        sheet.append([_value(sheet, text, num) for text, num in zip(row, numeric, strict=False)])
    if not table.rows:
        sheet.append([table.empty or "Tidak ada."])
    for note in doc.notes:
        sheet.append([_text(sheet, f"Catatan: {note}")])


def _value(sheet: Any, text: str, numeric: bool) -> Any:
    """A right-aligned figure as a number (``12,5`` or ``12.5``); anything else as inert text."""
    if numeric and _NUMBER.fullmatch(text):
        if text.lstrip("-").isdigit():
            return int(text)
        return float(text.replace(",", "."))
    return _text(sheet, text)


def _text(sheet: Any, text: str) -> Any:
    """Text stays text: a name like ``=HYPERLINK(…)`` is a string cell, not a formula."""
    from openpyxl.cell import WriteOnlyCell

    from desktop.imports.formulas import is_plain_text, xlsx_text

    if not text:
        return None
    if is_plain_text(text):
        return text
    return xlsx_text(WriteOnlyCell(sheet), text)


def _cell(sheet: Any, text: str) -> Any:
    """A styled write-only cell holding ``text`` as a string."""
    from openpyxl.cell import WriteOnlyCell

    from desktop.imports.formulas import xlsx_text

    return xlsx_text(WriteOnlyCell(sheet), text or None)


def _column_widths(table: TalentTable) -> list[float]:
    """Wide enough for the header and the longest of the first rows, within 6–60 characters."""
    out = []
    for column, header in enumerate(table.headers):
        sample = [row[column] for row in table.rows[:500] if column < len(row)]
        longest = max((len(line) for text in sample for line in text.split("\n")), default=0)
        out.append(float(min(60, max(6, len(header) + 2, longest + 2))))
    return out


def _sheet_name(heading: str, taken: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of ``[]:*?/\\``, unique in the book."""
    base = re.sub(r"[\[\]:*?/\\]", " ", heading).strip()[:31] or "Daftar"
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.casefold())
    return name


def _save_book(book: Any, path: Path) -> None:
    from desktop.imports.staff_export import ExportFileError

    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    except OSError as exc:
        raise ExportFileError("write", name=path.name) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        book.save(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        raise ExportFileError("write", name=path.name) from exc
    finally:
        temporary.unlink(missing_ok=True)
