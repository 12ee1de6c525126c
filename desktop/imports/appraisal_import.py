"""Read a filled-in appraisal sheet back: ``read_appraisal_sheet`` checks every row and writes
nothing; ``apply_appraisal_plan`` saves the accepted rows in one transaction.

The ``_info`` sheet is read first and an unknown format or version is refused. Each rejected
row names its sheet, row, column and cell with a reason in the current language. Rows without
ratings are skipped ("kosong"); rows equal to what is stored write nothing ("sama"). Merged
cells carry their top-left value, formulas are read as their text (never run) and hidden
sheets other than ``_info`` are skipped, each named in ``plan.notes``.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple
from xml.etree.ElementTree import ParseError

import sqlite_utils
from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.access import Perm
from desktop.core.appraisal import Rating
from desktop.core.errors import Cancelled, KinerjaError
from desktop.core.models import full_name
from desktop.core.nip import InvalidNip
from desktop.core.periods import PeriodError, parse_period
from desktop.core.workflow import Action, EvalState
from desktop.imports.appraisal_sheet import (
    COLUMNS,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER_KEYS,
    INFO_SHEET,
    REQUIRED,
    AppraisalPlan,
    AppraisalRowError,
    AppraisalSheetError,
    Col,
    PlanRow,
    RowAction,
    RowIssue,
    cell_text,
    header_key,
    is_blank,
    parse_rating,
    read_nip,
)
from desktop.imports.sheet_notes import RowCleaner, hidden_note, is_hidden, merged_boxes
from desktop.store import access, evaluasi
from desktop.store.capaian import get_capaian
from desktop.store.db import translate_errors
from desktop.store.rows import required_id
from desktop.store.session import Source, from_source
from desktop.store.units import unit_by_kode, unit_tree

Progress = Callable[[int, int], bool]
HEADER_SEARCH_ROWS = 30
_BROKEN = (
    zipfile.BadZipFile,
    InvalidFileException,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    ParseError,
)


class _Info(NamedTuple):
    kode: str
    tahun: int
    periode: str


class _Person(NamedTuple):
    id: int
    nama: str
    unit_id: int | None
    aktif: bool


class _Stored(NamedTuple):
    status: EvalState
    hasil: Rating | None
    perilaku: Rating | None
    catatan: str


@dataclass
class _Known:
    """What the database holds for the sheet's year and period, loaded once."""

    staff: dict[str, _Person]
    subtree: set[int]
    skp: dict[int, int]  # staff id → SKP id of the year
    stored: dict[int, _Stored]  # SKP id → evaluation of the period
    seen: dict[str, tuple[str, int]] = field(default_factory=dict)  # NIP → first sheet, row


@dataclass(frozen=True)
class _At:
    """Where a row sits: its sheet, row number and the column index of each known header."""

    sheet: str
    row: int
    cols: dict[Col, int]


def read_appraisal_sheet(
    db: sqlite_utils.Database, path: Path | str, *, progress: Progress | None = None
) -> AppraisalPlan:
    """Check every row of a filled-in sheet against the database; writes nothing.

    Raises ``AppraisalSheetError`` for a file that is not a readable appraisal sheet of a
    known version, ``NotFound`` when its unit is not in this database."""
    book = _open(Path(path))
    try:
        info = _read_info(book, Path(path))
        unit = unit_by_kode(db, info.kode)
        plan = AppraisalPlan(Path(path), unit.kode, required_id(unit), info.tahun, info.periode)
        known = _load_known(db, plan)
        sheets = [s for s in book.worksheets if s.title != INFO_SHEET]
        for done, sheet in enumerate(sheets, start=1):
            if is_hidden(sheet):  # what the appraiser cannot see is not imported
                plan.notes.append(hidden_note(sheet.title))
            else:
                _read_sheet(db, sheet, plan, known)
            if progress is not None and not progress(done, len(sheets)):
                raise Cancelled()
    finally:
        book.close()
    return plan


@from_source(Source.IMPORT)
def apply_appraisal_plan(
    db: sqlite_utils.Database, plan: AppraisalPlan, *, progress: Progress | None = None
) -> dict[str, int]:
    """Save the accepted rows in ONE transaction: both ratings and catatan, then ``nilai``
    for a draft. If any row fails, nothing is written. Returns the plan's counts per action."""
    access.require_some(db, Perm.IMPORT)  # then each evaluation is checked as it is saved
    rows = plan.accepted
    with translate_errors(), db.atomic():
        for done, row in enumerate(rows, start=1):
            _apply_row(db, plan.periode, row)
            if progress is not None and not progress(done, len(rows)):
                raise Cancelled()
    return {action.value: n for action, n in plan.counts().items()}


def _apply_row(db: sqlite_utils.Database, periode: str, row: PlanRow) -> None:
    ev = evaluasi.open_evaluasi(db, row.skp_id or 0, periode)
    ev.rating_hasil, ev.rating_perilaku = row.rating_hasil, row.rating_perilaku
    ev.catatan = row.catatan
    saved = evaluasi.save_evaluasi(db, ev)
    if saved.status is EvalState.DRAFT:
        evaluasi.transition_evaluasi(db, required_id(saved), Action.NILAI)


def _open(path: Path) -> Workbook:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's notes on Excel extensions it drops
            return load_workbook(path, data_only=False)  # a formula is read as its text
    except _BROKEN as exc:
        raise AppraisalSheetError("unreadable", path=str(path)) from exc
    except OSError as exc:
        raise AppraisalSheetError("open", path=str(path), detail=exc.strerror or exc) from exc


def _read_info(book: Workbook, path: Path) -> _Info:
    if INFO_SHEET not in book.sheetnames:
        raise AppraisalSheetError("no_info", path=str(path))
    values = {
        header_key(k): v
        for k, v, *_ in book[INFO_SHEET].iter_rows(max_col=2, values_only=True)
        if k
    }
    found = str(values.get("format") or "").strip()
    if found != FORMAT_NAME:
        raise AppraisalSheetError("format", found=found or "-")
    version = _whole(values.get("versi"))
    if version is None or version < FORMAT_VERSION:
        raise AppraisalSheetError("version", found=values.get("versi"), supported=FORMAT_VERSION)
    if version > FORMAT_VERSION:
        raise AppraisalSheetError("newer", found=version, supported=FORMAT_VERSION)
    tahun = _whole(values.get("tahun"))
    if tahun is None or not 2000 <= tahun <= 2100:
        raise AppraisalSheetError("info_field", name="tahun", value=values.get("tahun"))
    try:
        periode = parse_period(str(values.get("periode") or "")).code
    except PeriodError:
        raise AppraisalSheetError(
            "info_field", name="periode", value=values.get("periode")
        ) from None
    kode = cell_text(values.get("unit"))
    if not kode:
        raise AppraisalSheetError("info_field", name="unit", value="")
    return _Info(kode, tahun, periode)


def _whole(value: object) -> int | None:
    """An integer from a cell (1, 1.0 or "1"), else None."""
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def _load_known(db: sqlite_utils.Database, plan: AppraisalPlan) -> _Known:
    staff = {
        nip: _Person(i, full_name(nama, depan, belakang), unit, bool(aktif))
        for i, nip, nama, depan, belakang, unit, aktif in db.execute(
            "SELECT id, nip, nama, gelar_depan, gelar_belakang, unit_id, aktif FROM staff"
        )
    }
    skp = dict(db.execute("SELECT staff_id, id FROM skp WHERE tahun = ?", [plan.tahun]))
    stored = {
        skp_id: _Stored(
            EvalState(status),
            Rating(h) if h else None,
            Rating(p) if p else None,
            _as_in_sheet(catatan),
        )
        for skp_id, status, h, p, catatan in db.execute(
            "SELECT e.skp_id, e.status, e.rating_hasil, e.rating_perilaku, e.catatan "
            "FROM evaluasi e JOIN skp k ON k.id = e.skp_id WHERE k.tahun = ? AND e.periode = ?",
            [plan.tahun, plan.periode],
        )
    }
    return _Known(staff, unit_tree(db).subtree_ids(plan.unit_id), skp, stored)


def _as_in_sheet(text: str | None) -> str:
    """Stored text as the exported sheet shows it, so an untouched cell compares equal."""
    return cell_text(ILLEGAL_CHARACTERS_RE.sub("", text or ""))


def _read_sheet(
    db: sqlite_utils.Database, sheet: Worksheet, plan: AppraisalPlan, known: _Known
) -> None:
    found = _find_header(sheet)
    if found is None:
        plan.ignored_sheets.append(sheet.title)
        return
    header_row, cols = found
    plan.sheets.append(sheet.title)
    if missing := [c for c in REQUIRED if c not in cols]:
        row = PlanRow(sheet.title, header_row, "")
        for col in missing:
            _issue(row, _At(sheet.title, header_row, cols), col, "column", column=col.value)
        plan.rows.append(row)
        return
    used = {i for col, i in cols.items() if col is not Col.PREDIKAT}  # PREDIKAT: our formula
    cleaner = RowCleaner(header_row, used, merged_boxes(sheet), plan.notes)
    rows = enumerate(sheet.iter_rows(min_row=header_row + 1, values_only=True), header_row + 1)
    for r, values in cleaner.rows(rows):
        cells = {col: values[i - 1] if i <= len(values) else None for col, i in cols.items()}
        read = _read_row(db, _At(sheet.title, r, cols), cells, plan, known)
        if read is not None:
            plan.rows.append(read)


def _find_header(sheet: Worksheet) -> tuple[int, dict[Col, int]] | None:
    """The first row (of the top 30) holding a "NIP" header, with its known columns."""
    rows = sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True)
    for r, values in enumerate(rows, start=1):
        cols: dict[Col, int] = {}
        for i, value in enumerate(values, start=1):
            col = HEADER_KEYS.get(header_key(value))
            if col is not None and col not in cols:
                cols[col] = i
        if Col.NIP in cols:
            return r, cols
    return None


def _read_row(
    db: sqlite_utils.Database, at: _At, cells: dict[Col, object], plan: AppraisalPlan, known: _Known
) -> PlanRow | None:
    if is_blank(cells[Col.HASIL]) and is_blank(cells[Col.PERILAKU]):
        if is_blank(cells[Col.NIP]):
            return None
        return PlanRow(at.sheet, at.row, cell_text(cells[Col.NIP]), action=RowAction.KOSONG)
    row = PlanRow(
        at.sheet, at.row, cell_text(cells[Col.NIP]), catatan=cell_text(cells.get(Col.CATATAN))
    )
    _ratings(row, at, cells)
    _resolve_staff(row, at, cells[Col.NIP], plan, known)
    if row.issues or row.skp_id is None:
        _missing_pair(row, at)
        row.action = RowAction.DITOLAK
    else:
        row.action = _compare(db, row, at, plan, known)
    row.issues.sort(key=lambda issue: COLUMNS.index(Col(issue.column)))
    return row


def _ratings(row: PlanRow, at: _At, cells: dict[Col, object]) -> None:
    given: dict[Col, Rating | None] = {}
    for col in (Col.HASIL, Col.PERILAKU):
        if not is_blank(cells[col]):
            given[col] = parse_rating(cells[col])
            if given[col] is None:
                _issue(row, at, col, "rating", text=cell_text(cells[col]))
    row.rating_hasil, row.rating_perilaku = given.get(Col.HASIL), given.get(Col.PERILAKU)


def _missing_pair(row: PlanRow, at: _At) -> bool:
    """Report a rating left empty while the other is given; True when one was."""
    found = False
    for col, other, value in (
        (Col.HASIL, Col.PERILAKU, row.rating_hasil),
        (Col.PERILAKU, Col.HASIL, row.rating_perilaku),
    ):
        if value is None and not any(i.column == col.value for i in row.issues):
            _issue(row, at, col, "rating_pair", column=col.value, other=other.value)
            found = True
    return found


def _resolve_staff(row: PlanRow, at: _At, raw: object, plan: AppraisalPlan, known: _Known) -> None:
    try:
        row.nip = read_nip(raw)
    except KinerjaError as exc:
        code = f"nip_{exc.code}" if isinstance(exc, InvalidNip) else exc.code
        _issue(row, at, Col.NIP, code, message=exc.message())
        return
    first = known.seen.setdefault(row.nip, (row.sheet, row.row))
    person = known.staff.get(row.nip)
    if first != (row.sheet, row.row):
        _issue(row, at, Col.NIP, "nip_twice", nip=row.nip, sheet=first[0], row=first[1])
    elif person is None:
        _issue(row, at, Col.NIP, "nip_unknown", nip=row.nip)
    elif not person.aktif:
        _issue(row, at, Col.NIP, "inactive", nama=person.nama, nip=row.nip)
    elif person.unit_id not in known.subtree:
        _issue(row, at, Col.NIP, "outside", nama=person.nama, nip=row.nip, kode=plan.unit_kode)
    elif person.id not in known.skp:
        _issue(row, at, Col.NIP, "no_skp", nama=person.nama, tahun=plan.tahun)
    if person is not None:
        row.nama, row.staff_id, row.skp_id = person.nama, person.id, known.skp.get(person.id)


def _compare(
    db: sqlite_utils.Database, row: PlanRow, at: _At, plan: AppraisalPlan, known: _Known
) -> RowAction:
    stored = known.stored.get(row.skp_id or 0)
    if Col.CATATAN not in at.cols:  # no such column: keep what is stored
        row.catatan = stored.catatan if stored else ""
    differs = _differences(row, stored)
    complete = None not in (row.rating_hasil, row.rating_perilaku)
    if stored is not None and not differs and (stored.status != EvalState.DRAFT or not complete):
        return RowAction.SAMA  # as stored (a draft with both ratings still gets "nilai")
    if stored is not None and stored.status is EvalState.DITETAPKAN:
        _issue(
            row, at, differs[0], "locked", nama=row.nama, periode=parse_period(plan.periode).label()
        )
        return RowAction.DITOLAK
    if _missing_pair(row, at):
        return RowAction.DITOLAK
    if reason := _head_conflict(db, row, plan):
        _issue(row, at, Col.HASIL, "head_rating", message=reason)
        return RowAction.DITOLAK
    if stored is None or stored.status is EvalState.DRAFT:
        return RowAction.BARU
    return RowAction.UBAH


def _differences(row: PlanRow, stored: _Stored | None) -> list[Col]:
    """The columns whose sheet value differs from the stored evaluation (all when none)."""
    if stored is None:
        return [Col.HASIL, Col.PERILAKU, Col.CATATAN]
    pairs = (
        (Col.HASIL, row.rating_hasil, stored.hasil),
        (Col.PERILAKU, row.rating_perilaku, stored.perilaku),
        (Col.CATATAN, row.catatan, stored.catatan),
    )
    return [col for col, sheet, db_value in pairs if sheet != db_value]


def _head_conflict(db: sqlite_utils.Database, row: PlanRow, plan: AppraisalPlan) -> str:
    """The store's own message when a unit head's hasil contradicts the unit's capaian."""
    staff_id = row.staff_id or 0
    expected = evaluasi.head_rating(db, staff_id, plan.tahun, plan.periode)
    if expected is None or row.rating_hasil is expected:
        return ""
    unit_id = db.execute(
        "SELECT id FROM unit WHERE kepala_id = ? ORDER BY id LIMIT 1", [staff_id]
    ).fetchone()[0]
    capaian = get_capaian(db, unit_id, plan.tahun, plan.periode)
    return evaluasi.EvaluasiError(
        "head_rating", capaian=capaian.label if capaian else "", rating=expected.label
    ).message()


def _issue(
    row: PlanRow, at: _At, col: Col, code: str, /, *, message: str = "", **params: object
) -> None:
    index = at.cols.get(col)
    cell = f"{get_column_letter(index)}{row.row}" if index else ""
    text = message or AppraisalRowError(code, **params).message()
    row.issues.append(RowIssue(row.sheet, row.row, col.value, cell, code, text))
