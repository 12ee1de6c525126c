"""Read a spreadsheet (.xlsx or .csv) as a header row and numbered data rows.

Cells keep the type the file gave them (openpyxl: int, float, datetime, str; CSV: str), since
the type tells an exact NIP from one Excel has rounded. Rows carry the number the operator sees
in Excel. Every way a file can be unreadable ends in ``ImportFileError`` naming the file.
Merged ranges are filled, formulas read as their text and hidden sheets skipped, each named in
``Table.notes`` (``sheet_notes``).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import openpyxl

from desktop.core.errors import ValidationError
from desktop.imports.sheet_notes import (
    Box,
    RowCleaner,
    SheetNote,
    hidden_note,
    is_hidden,
    merged_boxes,
)

HEADER_SEARCH_ROWS = 10
MIN_HEADERS = 2
DELIMITERS = (";", ",", "\t")

Row = tuple[int, Sequence[object]]  # (row number in the sheet, cell values)
Recognise = Callable[[object], str | None]

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


class ImportFileError(ValidationError):
    """The file cannot be read as a staff list; nothing was imported."""

    catalog = {
        "missing": ("Berkas {name} tidak ditemukan.", "File {name} was not found."),
        "locked": (
            "Berkas {name} tidak dapat dibuka (mungkin sedang terbuka di Excel). "
            "Tutup berkasnya lalu coba lagi.",
            "File {name} cannot be opened (perhaps it is open in Excel). Close it and try again.",
        ),
        "empty": ("Berkas {name} kosong.", "File {name} is empty."),
        "xls": (
            "Berkas {name} berformat Excel lama (.xls). Buka di Excel, simpan sebagai "
            "Buku Kerja Excel (.xlsx), lalu impor lagi.",
            "File {name} is in the old Excel format (.xls). Open it in Excel, save it as an "
            "Excel Workbook (.xlsx) and import again.",
        ),
        "ole": (
            "Berkas {name} berformat Excel lama (.xls) atau dilindungi kata sandi. Buka di "
            "Excel, hapus kata sandinya bila ada, simpan sebagai .xlsx, lalu impor lagi.",
            "File {name} is in the old Excel format (.xls) or password-protected. Open it in "
            "Excel, remove any password, save it as .xlsx and import again.",
        ),
        "unsupported": (
            "Berkas {name} bukan .xlsx atau .csv. Simpan sebagai salah satunya lalu coba lagi.",
            "File {name} is neither .xlsx nor .csv. Save it as one of them and try again.",
        ),
        "not_xlsx": (
            "Berkas {name} bukan berkas Excel .xlsx yang sah (rusak atau berformat lain).",
            "File {name} is not a valid Excel .xlsx file (damaged or another format).",
        ),
        "corrupt": (
            "Berkas {name} rusak dan tidak dapat dibaca. Buka di Excel, simpan ulang, lalu "
            "coba lagi.",
            "File {name} is damaged and cannot be read. Open it in Excel, save it again and retry.",
        ),
        "not_text": (
            "Berkas {name} bukan teks CSV (isinya data biner).",
            "File {name} is not CSV text (it holds binary data).",
        ),
        "no_header": (
            "Baris judul kolom tidak ditemukan di {rows} baris pertama berkas {name}. Baris "
            "judul harus memuat kolom NIP dan paling sedikit satu kolom lain, misalnya Nama.",
            "No header row in the first {rows} rows of file {name}. The header row must hold "
            "a NIP column and at least one other, e.g. Nama.",
        ),
        "no_nip": (
            "Berkas {name} tidak memiliki kolom NIP (kolom yang dikenali: {found}). "
            "Tambahkan kolom NIP lalu coba lagi.",
            "File {name} has no NIP column (recognised columns: {found}). Add a NIP column "
            "and try again.",
        ),
        "hidden_only": (
            "Baris judul kolom tidak ditemukan pada lembar yang terlihat di berkas {name}; "
            "lembar tersembunyi ({sheets}) tidak dibaca. Tampilkan (Unhide) lembarnya bila "
            "datanya ada di sana, lalu impor lagi.",
            "No header row on the visible sheets of file {name}; hidden sheets ({sheets}) are "
            "not read. Unhide the sheet if the data is there, then import again.",
        ),
    }


@dataclass
class Table:
    """A sheet opened for reading: headers as written and a stream of data rows."""

    sheet: str | None
    header_row: int
    headers: list[str]
    total: int  # data rows expected (an estimate for .xlsx; 0 when unknown)
    rows: Iterator[Row]
    notes: list[SheetNote] = field(default_factory=list)  # complete once ``rows`` is read


@contextlib.contextmanager
def open_table(path: Path, recognise: Recognise, required: str = "nip") -> Iterator[Table]:
    """Open ``path`` and find its header row; rows stream while the context is open."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError("xls", name=path.name)
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise ImportFileError("unsupported", name=path.name)
    head = _read_head(path)
    if suffix in (".csv", ".txt"):
        yield _csv_table(path, recognise, required)
        return
    if head.startswith(_OLE_MAGIC):  # .xls renamed, or an encrypted .xlsx
        raise ImportFileError("ole", name=path.name)
    if not head.startswith(_ZIP_MAGIC):
        raise ImportFileError("not_xlsx", name=path.name)
    with _xlsx_table(path, recognise, required) as table:
        yield table


def find_header(rows: Iterable[Row], recognise: Recognise, required: str) -> tuple[int, int]:
    """(index among ``rows``, count of known headers) of the first row that looks like a header.

    A header has at least two recognised columns, one of them ``required``. Returns (-1, best
    count) when there is none, and (-2, count) when known headers appear but ``required`` does not.
    """
    best, missing_required = 0, False
    for index, (_number, values) in enumerate(rows):
        keys = [k for k in map(recognise, values) if k]
        if len(keys) >= MIN_HEADERS and required in keys:
            return index, len(keys)
        best = max(best, len(keys))
        missing_required |= len(keys) >= MIN_HEADERS
    return (-2 if missing_required else -1), best


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise ImportFileError("missing", name=path.name) from None
    except OSError as exc:
        raise ImportFileError("locked", name=path.name) from exc
    if not head:
        raise ImportFileError("empty", name=path.name)
    return head


def _header_error(path: Path, head: list[Row], recognise: Recognise, code: int) -> ImportFileError:
    if code == -2:
        found = sorted({str(v).strip() for _n, values in head for v in values if recognise(v)})
        return ImportFileError("no_nip", name=path.name, found=", ".join(found))
    return ImportFileError("no_header", name=path.name, rows=HEADER_SEARCH_ROWS)


def _table(
    sheet: str | None,
    head: list[Row],
    index: int,
    rest: Iterator[Row],
    total: int,
    recognise: Recognise,
    *,
    boxes: list[Box] | None = None,
    notes: list[SheetNote] | None = None,
) -> Table:
    header_number, header_values = head[index]
    headers = ["" if v is None else str(v).strip() for v in header_values]
    used = {n for n, header in enumerate(headers, 1) if header and recognise(header)}
    cleaner = RowCleaner(header_number, used, boxes or [], notes or [])
    rows = cleaner.rows(_chain(head[index + 1 :], rest))
    return Table(sheet, header_number, headers, max(total - header_number, 0), rows, cleaner.notes)


def _chain(first: list[Row], rest: Iterator[Row]) -> Iterator[Row]:
    yield from first
    yield from rest


# --- CSV ---------------------------------------------------------------------------------


def _csv_table(path: Path, recognise: Recognise, required: str) -> Table:
    text = _decode(path)
    delimiter, index = _pick_delimiter(text, recognise, required, path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows: list[Row] = list(enumerate(reader, 1))
    except csv.Error as exc:
        raise ImportFileError("corrupt", name=path.name) from exc
    return _table(None, rows[: index + 1], index, iter(rows[index + 1 :]), len(rows), recognise)


def _decode(path: Path) -> str:
    """The file's text: UTF-16 when it has that BOM (Excel "Unicode text"), else UTF-8
    (with or without BOM), else Windows-1252 as older Excel saves CSV."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError("locked", name=path.name) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    raise ImportFileError("not_text", name=path.name)


def _pick_delimiter(text: str, recognise: Recognise, required: str, path: Path) -> tuple[str, int]:
    """The delimiter under which the header row is found with the most known columns."""
    lines = text.splitlines()[:HEADER_SEARCH_ROWS]
    best: tuple[int, str, int] | None = None
    failure: tuple[int, list[Row]] = (-1, [])
    for delimiter in DELIMITERS:
        head: list[Row] = list(enumerate(csv.reader(lines, delimiter=delimiter), 1))
        index, count = find_header(head, recognise, required)
        if index >= 0 and (best is None or count > best[0]):
            best = (count, delimiter, index)
        elif index < failure[0]:
            failure = (index, head)
    if best is None:
        raise _header_error(path, failure[1], recognise, failure[0])
    return best[1], best[2]


# --- XLSX --------------------------------------------------------------------------------


@contextlib.contextmanager
def _xlsx_table(path: Path, recognise: Recognise, required: str) -> Iterator[Table]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "extension not supported" and the like
            # data_only=False: a formula is read as its text, never as a value it computed
            book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except PermissionError as exc:
        raise ImportFileError("locked", name=path.name) from exc
    except Exception as exc:  # a damaged zip or XML fails in many ways inside openpyxl
        raise ImportFileError("corrupt", name=path.name) from exc
    try:
        yield _first_sheet_with_header(book, path, recognise, required)
    finally:
        book.close()


def _first_sheet_with_header(
    book: openpyxl.Workbook, path: Path, recognise: Recognise, required: str
) -> Table:
    """The active sheet if it has a header row, else the first sheet that has one. Hidden
    sheets are never read; the notes name them."""
    active = book.active
    sheets = [active, *(ws for ws in book.worksheets if ws is not active)]
    hidden = [ws.title for ws in book.worksheets if is_hidden(ws)]
    failure: tuple[int, list[Row]] = (-1, [])
    for ws in sheets:
        if not hasattr(ws, "iter_rows") or is_hidden(ws):
            continue  # a chart sheet, or one the operator cannot see
        estimate = ws.max_row or 0
        ws.reset_dimensions()  # a wrong <dimension> tag must not cut rows off
        rows = _xlsx_rows(ws, path)
        head = list(islice(rows, HEADER_SEARCH_ROWS))
        index, _count = find_header(head, recognise, required)
        if index >= 0:
            notes = [hidden_note(title) for title in hidden]
            boxes = _merged(ws, path)
            return _table(
                ws.title, head, index, rows, estimate, recognise, boxes=boxes, notes=notes
            )
        if index < failure[0]:
            failure = (index, head)
    if hidden:
        raise ImportFileError("hidden_only", name=path.name, sheets=", ".join(hidden))
    raise _header_error(path, failure[1], recognise, failure[0])


def _merged(ws: Any, path: Path) -> list[Box]:
    try:
        return merged_boxes(ws)
    except Exception as exc:  # the sheet's XML is damaged: reading its rows would fail too
        raise ImportFileError("corrupt", name=path.name) from exc


def _xlsx_rows(ws: Any, path: Path) -> Iterator[Row]:
    """Rows numbered as in Excel (openpyxl fills the gaps); a damaged sheet ends in an error."""
    try:
        yield from enumerate(ws.iter_rows(values_only=True), 1)
    except Exception as exc:  # XML errors surface lazily, row by row
        raise ImportFileError("corrupt", name=path.name) from exc
