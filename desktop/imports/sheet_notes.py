"""What a plain read of a sheet gets wrong, put right and said out loud.

- A merged range holds its value only in the top-left cell; the others read as blank, and a
  blank would clear the field. Every cell of a range below the header gets the top-left value.
- A cell that a spreadsheet would run as a formula (``=HYPERLINK(…)``, a real formula in an
  .xlsx) is kept as its text, never evaluated; the importer reads it as text.
- A hidden sheet is never read (what the operator cannot see is not imported).

Each of these becomes a ``SheetNote`` the preview and the report show.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from desktop.core.errors import ValidationError
from desktop.imports.formulas import looks_like_formula, unmark

MAX_FORMULA_NOTES = 20
HIDDEN_STATES = ("hidden", "veryHidden")
_MERGE_TAG = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')
_CHUNK = 1 << 20

Row = tuple[int, Sequence[object]]
Box = tuple[int, int, int, int]  # min_col, min_row, max_col, max_row


class SheetNoteText(ValidationError):
    catalog = {
        "merged_rows": (
            "Sel {ref} digabung: nilainya dipakai untuk baris {first}–{last}.",
            "Cells {ref} are merged: their value is used for rows {first}–{last}.",
        ),
        "merged_cols": (
            "Sel {ref} digabung: nilainya dipakai untuk kolom {first}–{last} baris {row}.",
            "Cells {ref} are merged: their value is used for columns {first}–{last} of row {row}.",
        ),
        "merged_block": (
            "Sel {ref} digabung: nilainya dipakai untuk semua sel itu (baris {first}–{last}).",
            "Cells {ref} are merged: their value is used for each of them (rows {first}–{last}).",
        ),
        "formula": (
            "Sel {cell} berisi {text} yang tampak seperti rumus: dibaca sebagai teks, tidak "
            "dijalankan.",
            "Cell {cell} holds {text}, which looks like a formula: read as text, not run.",
        ),
        "formula_more": (
            "Masih ada {n} sel lain yang tampak seperti rumus; semuanya dibaca sebagai teks.",
            "{n} more cells look like formulas; all are read as text.",
        ),
        "hidden": (
            "Lembar '{name}' tersembunyi dan tidak dibaca; tampilkan lembarnya (Unhide) bila "
            "isinya perlu diimpor.",
            "Sheet '{name}' is hidden and was not read; unhide it if its contents should be "
            "imported.",
        ),
    }


@dataclass(frozen=True)
class SheetNote:
    """One thing the preview must say about the file (not about one row's values)."""

    code: str
    cell: str  # "C4:C6", "B5", or "" for a whole sheet
    message: str

    @classmethod
    def of(cls, code: str, where: str = "", /, **params: object) -> SheetNote:
        return cls(code, where, SheetNoteText(code, **params).message())


def hidden_note(name: str) -> SheetNote:
    return SheetNote.of("hidden", name=name)


def is_hidden(ws: Any) -> bool:
    return getattr(ws, "sheet_state", "visible") in HIDDEN_STATES


def merged_boxes(ws: Any) -> list[Box]:
    """The merged ranges of a worksheet. A read-only sheet does not parse them, so its XML is
    scanned for ``<mergeCell ref=…>`` (the tags sit after the cell data; XML escapes ``<`` in
    cell text, so nothing else matches)."""
    ranges = getattr(ws, "merged_cells", None)
    if ranges is not None:
        return [tuple(r.bounds) for r in ranges.ranges]
    boxes: list[Box] = []
    tail = b""
    with ws._get_source() as source:  # openpyxl's read-only sheets open their XML this way
        while chunk := source.read(_CHUNK):
            data = tail + chunk
            cut = max(0, len(data) - 256) if len(chunk) == _CHUNK else len(data)
            last_end = 0
            for match in _MERGE_TAG.finditer(data):
                if match.end() > cut:
                    break
                boxes.append(range_boundaries(match[1].decode("ascii")))
                last_end = match.end()
            tail = data[max(cut, last_end) :]
    return boxes


@dataclass
class RowCleaner:
    """Turns raw sheet rows into what an importer may read, collecting notes on the way.

    ``used`` are the 1-based columns the importer reads: only they get notes. Merged ranges
    that start below ``header_row`` are filled; a range over the header stays as it is.
    """

    header_row: int
    used: set[int]
    boxes: list[Box] = field(default_factory=list)
    notes: list[SheetNote] = field(default_factory=list)
    _formulas: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.boxes = sorted(b for b in self.boxes if b[1] > self.header_row)
        for box in self.boxes:
            if any(box[0] <= c <= box[2] for c in self.used):
                self.notes.append(_merged_note(box))

    def rows(self, rows: Iterable[Row]) -> Iterator[Row]:
        """Rows with merged values filled in and formulas as text (notes are complete once
        the rows are exhausted)."""
        pending = list(reversed(self.boxes))  # popped in row order
        active: list[tuple[Box, object]] = []
        for number, raw in rows:
            values = _cleaned(raw)
            while pending and pending[-1][1] <= number:
                box = pending.pop()
                if box[1] == number:
                    active.append((box, values[box[0] - 1] if box[0] <= len(values) else None))
            active = [(box, v) for box, v in active if box[3] >= number]
            for box, value in active:
                _fill(values, box, value)
            self._check_formulas(number, values)
            yield number, values
        if self._formulas > MAX_FORMULA_NOTES:
            self.notes.append(SheetNote.of("formula_more", n=self._formulas - MAX_FORMULA_NOTES))

    def _check_formulas(self, number: int, values: list[object]) -> None:
        for column in self.used:
            value = values[column - 1] if column <= len(values) else None
            if type(value) is str and value[:1] in _SIGNS and looks_like_formula(value):
                self._formulas += 1
                if self._formulas <= MAX_FORMULA_NOTES:
                    cell = f"{get_column_letter(column)}{number}"
                    shown = _short(value)
                    self.notes.append(SheetNote.of("formula", cell, cell=cell, text=shown))


_PLAIN = frozenset({int, float, bool, datetime, date, time})
_SIGNS = frozenset("=+-@")


def _cleaned(raw: Sequence[object]) -> list[object]:
    """The row's values with our CSV apostrophes dropped and formula objects as text (a
    plain loop: this runs for every cell of a 50,000-row file)."""
    values = list(raw)
    for i, value in enumerate(values):
        kind = type(value)
        if kind is str:
            if value[:1] == "'":  # type: ignore[index]
                values[i] = unmark(value)  # type: ignore[arg-type]
        elif value is not None and kind not in _PLAIN:
            values[i] = _as_text(value)
    return values


def _as_text(value: object) -> object:
    """An array or data-table formula as its text."""
    if isinstance(value, ArrayFormula):
        return value.text or ""
    if isinstance(value, DataTableFormula):
        return "=TABLE()"
    return value


def _fill(values: list[object], box: Box, value: object) -> None:
    if len(values) < box[2]:
        values.extend([None] * (box[2] - len(values)))
    for column in range(box[0], box[2] + 1):
        values[column - 1] = value


def _merged_note(box: Box) -> SheetNote:
    min_col, min_row, max_col, max_row = box
    ref = f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{max_row}"
    if min_col == max_col:
        return SheetNote.of("merged_rows", ref, ref=ref, first=min_row, last=max_row)
    if min_row == max_row:
        first, last = get_column_letter(min_col), get_column_letter(max_col)
        return SheetNote.of("merged_cols", ref, ref=ref, first=first, last=last, row=min_row)
    return SheetNote.of("merged_block", ref, ref=ref, first=min_row, last=max_row)


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return f"'{text}'" if len(text) <= limit else f"'{text[: limit - 1]}…'"
