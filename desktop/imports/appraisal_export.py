"""Write the appraisal sheet that Pejabat Penilai fill in: one worksheet per unit with active
staff, ratings prefilled, set (ditetapkan) rows greyed out, and the ``_info`` sheet last.

The file is written to a temporary name beside the target and renamed when complete, so a
crash or a full disk never leaves half a workbook under the real name.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import sqlite_utils
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop import __version__
from desktop.core.appraisal import Rating
from desktop.core.errors import Cancelled, NotFound
from desktop.core.orgchart import UnitTree
from desktop.core.periods import Period, parse_period
from desktop.core.workflow import EvalState, SkpState
from desktop.imports.appraisal_sheet import (
    COLUMNS,
    FORMAT_NAME,
    FORMAT_VERSION,
    INFO_SHEET,
    LOCKED_NOTE,
    RATING_TEXTS,
    AppraisalSheetError,
    Col,
    sheet_title,
)
from desktop.imports.formulas import xlsx_text
from desktop.store import audit_events
from desktop.store.evaluasi import head_rating
from desktop.store.units import get_office, unit_tree
from desktop.store.workspace import Workspace, WorkspaceRow, load_workspace

Progress = Callable[[int, int], bool]

HEADER_ROW = 9  # after the seven title lines and a blank row

WIDTHS: dict[Col, int] = {
    Col.NIP: 21, Col.NAMA: 34, Col.JABATAN: 36, Col.STATUS_SKP: 15, Col.HASIL: 22,
    Col.PERILAKU: 22, Col.PREDIKAT: 19, Col.CATATAN: 44, Col.STATUS_EVALUASI: 30,
}  # fmt: skip
SKP_STATUS = {
    SkpState.DRAFT: "Draft", SkpState.DIAJUKAN: "Diajukan", SkpState.DISETUJUI: "Disetujui",
    SkpState.DIKEMBALIKAN: "Dikembalikan",
}  # fmt: skip
EVAL_STATUS = {
    EvalState.DRAFT: "Draft", EvalState.DINILAI: "Dinilai", EvalState.DITETAPKAN: LOCKED_NOTE,
}  # fmt: skip
LOCKED_FILL = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
INSTRUCTION = (
    "Isi Rating Hasil Kerja dan Rating Perilaku Kerja dengan pilihan pada sel: Di Atas / "
    "Sesuai / Di Bawah Ekspektasi. Jangan mengubah kolom NIP. Baris abu-abu sudah ditetapkan."
)


def export_appraisal_sheet(
    db: sqlite_utils.Database,
    path: Path | str,
    *,
    unit_id: int,
    tahun: int,
    periode: str,
    progress: Progress | None = None,
) -> int:
    """Write the sheet for the unit's subtree; returns the number of staff rows written.

    Raises ``NotFound`` for an unknown unit and ``AppraisalSheetError("no_staff")`` when the
    subtree has no active staff (nothing is written then)."""
    period, tree = parse_period(periode), unit_tree(db)
    if unit_id not in tree.by_id:
        raise NotFound("record", what=f"unit #{unit_id}")
    instansi = get_office(db).instansi
    catatan = _catatan(db, tahun, period.code)
    book, count = Workbook(), 0
    taken: set[str] = set()
    book.remove(book.active)
    units = _subtree(tree, unit_id)
    for done, uid in enumerate(units, start=1):
        space = load_workspace(db, uid, {uid}, tahun, period.code)
        if space.rows:
            unit = tree.by_id[uid]
            sheet = book.create_sheet(sheet_title(unit.kode, unit.nama, taken))
            _title_block(sheet, instansi, f"{unit.kode} {unit.nama}", period, space)
            _staff_rows(sheet, _ordered(space.rows), catatan, _head_notes(db, space))
            count += len(space.rows)
        if progress is not None and not progress(done, len(units)):
            raise Cancelled()
    if count == 0:
        raise AppraisalSheetError("no_staff", kode=tree.by_id[unit_id].kode)
    _info_sheet(book, tree.by_id[unit_id].kode, tahun, period, instansi)
    save_atomically(book, Path(path))
    audit_events.record_export(db, what="evaluasi", file_name=Path(path).name, count=count)
    return count


def _subtree(tree: UnitTree, unit_id: int) -> list[int]:
    """The unit, then its children depth first, each level in kode order (loops cut)."""
    order: list[int] = []
    stack, seen = [unit_id], set()
    while stack:
        uid = stack.pop()
        if uid not in seen:
            seen.add(uid)
            order.append(uid)
            stack.extend(reversed([c.id for c in tree.children.get(uid, []) if c.id]))
    return order


def _ordered(rows: list[WorkspaceRow]) -> list[WorkspaceRow]:
    """Unit heads first, then by name."""
    return sorted(rows, key=lambda r: (not r.is_head, r.nama.lower()))


def _head_notes(db: sqlite_utils.Database, space: Workspace) -> dict[int, str]:
    """Staff id → a note for unit heads whose Rating Hasil Kerja the unit's capaian fixes."""
    notes = {}
    for row in space.rows:
        hasil = head_rating(db, row.staff_id, space.tahun, space.periode) if row.is_head else None
        if hasil is not None:
            notes[row.staff_id] = (
                "Pimpinan unit: Rating Hasil Kerja mengikuti capaian kinerja "
                f"organisasi, yaitu {RATING_TEXTS[hasil]}."
            )
    return notes


def _catatan(db: sqlite_utils.Database, tahun: int, periode: str) -> dict[int, str]:
    rows = db.execute(
        "SELECT e.id, e.catatan FROM evaluasi e JOIN skp k ON k.id = e.skp_id "
        "WHERE k.tahun = ? AND e.periode = ?",
        [tahun, periode],
    ).fetchall()
    return dict(rows)


def _title_block(
    sheet: Worksheet, instansi: str, unit: str, period: Period, space: Workspace
) -> None:
    capaian = space.capaian.label.upper() if space.capaian else "BELUM DITETAPKAN"
    lines = [
        "LEMBAR ISIAN PENILAIAN KINERJA PEGAWAI",
        f"INSTANSI: {instansi}",
        f"UNIT KERJA: {unit}",
        f"PERIODE: {period.label()}",
        f"TAHUN: {space.tahun}",
        f"CAPAIAN KINERJA ORGANISASI: {capaian}",
        INSTRUCTION,
    ]
    for n, text in enumerate(lines, start=1):
        sheet.cell(n, 1, text).font = Font(
            bold=n == 1, size=12 if n == 1 else 11, italic=text == INSTRUCTION
        )


def _staff_rows(
    sheet: Worksheet, rows: list[WorkspaceRow], catatan: dict[int, str], notes: dict[int, str]
) -> None:
    for n, col in enumerate(COLUMNS, start=1):
        cell = sheet.cell(HEADER_ROW, n, col.value)
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(n)].width = WIDTHS[col]
    for r, row in enumerate(rows, start=HEADER_ROW + 1):
        values = _values(row, catatan, r)
        for n, col in enumerate(COLUMNS, start=1):
            cell = _put(sheet, r, n, values[col], formula=col is Col.PREDIKAT)
            cell.alignment = Alignment(vertical="top", wrap_text=col is Col.CATATAN)
            if col is Col.NIP:
                cell.number_format = "@"
            if row.eval_status == EvalState.DITETAPKAN:
                cell.fill = LOCKED_FILL
        note = LOCKED_NOTE if row.eval_status == EvalState.DITETAPKAN else notes.get(row.staff_id)
        if note:
            sheet.cell(r, _index(Col.HASIL)).comment = Comment(note, "Kinerja Luring")
    _rating_dropdown(sheet, HEADER_ROW + 1, HEADER_ROW + len(rows))
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, _index(Col.JABATAN))
    sheet.auto_filter.ref = (
        f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{HEADER_ROW + len(rows)}"
    )


def _put(sheet: Worksheet, r: int, n: int, value: object, *, formula: bool = False) -> Cell:
    """Write a value; text is kept as text even when it starts with "=", and characters
    that xlsx cannot hold (control characters pasted from elsewhere) are dropped."""
    if formula:
        return sheet.cell(r, n, value)
    return xlsx_text(sheet.cell(r, n), value)


def _values(row: WorkspaceRow, catatan: dict[int, str], r: int) -> dict[Col, object]:
    def rating(value: str | None) -> str:
        return RATING_TEXTS[Rating(value)] if value else ""

    skp = SKP_STATUS[SkpState(row.skp_status)] if row.skp_status else "Belum ada SKP"
    status = EVAL_STATUS[EvalState(row.eval_status)] if row.eval_status else "Belum dinilai"
    return {
        Col.NIP: row.nip, Col.NAMA: row.nama, Col.JABATAN: row.jabatan,
        Col.STATUS_SKP: skp, Col.HASIL: rating(row.rating_hasil),
        Col.PERILAKU: rating(row.rating_perilaku), Col.PREDIKAT: predikat_formula(r),
        Col.CATATAN: catatan.get(row.evaluasi_id or 0, ""), Col.STATUS_EVALUASI: status,
    }  # fmt: skip


def _index(col: Col) -> int:
    return COLUMNS.index(col) + 1


def predikat_formula(r: int) -> str:
    """The matrix of DESIGN.md §4 as an Excel formula over the row's two rating cells; blank
    until both hold one of the three full texts (the import recomputes it in any case)."""
    h, p = (f"{get_column_letter(_index(c))}{r}" for c in (Col.HASIL, Col.PERILAKU))
    atas, sesuai, bawah = (f'"{RATING_TEXTS[x]}"' for x in Rating)
    valid = f"AND(OR({h}={atas},{h}={sesuai},{h}={bawah}),OR({p}={atas},{p}={sesuai},{p}={bawah}))"
    matrix = (
        f'IF({p}={bawah},IF({h}={bawah},"Sangat Kurang","Kurang/Misconduct"),'
        f'IF({h}={bawah},"Butuh Perbaikan",'
        f'IF(AND({h}={atas},{p}={atas}),"Sangat Baik","Baik")))'
    )
    return f'=IF({valid},{matrix},"")'


def _rating_dropdown(sheet: Worksheet, first: int, last: int) -> None:
    texts = ",".join(RATING_TEXTS[r] for r in Rating)
    rule = DataValidation(
        type="list",
        formula1=f'"{texts}"',
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",
    )
    rule.errorTitle, rule.error = "Rating", "Pilih salah satu: " + texts.replace(",", ", ")
    rule.promptTitle, rule.prompt = "Rating", "Di Atas / Sesuai / Di Bawah Ekspektasi"
    rule.showInputMessage = True
    hasil, perilaku = (get_column_letter(_index(c)) for c in (Col.HASIL, Col.PERILAKU))
    rule.add(f"{hasil}{first}:{perilaku}{last}")
    sheet.add_data_validation(rule)


def _info_sheet(book: Workbook, kode: str, tahun: int, period: Period, instansi: str) -> None:
    sheet = book.create_sheet(INFO_SHEET)
    rows = [
        ("format", FORMAT_NAME),
        ("versi", FORMAT_VERSION),
        ("tahun", tahun),
        ("periode", period.code),
        ("unit", kode),
        ("instansi", instansi),
        ("aplikasi", f"Kinerja Luring {__version__}"),
    ]
    for n, (key, value) in enumerate(rows, start=1):
        sheet.cell(n, 1, key).font = Font(bold=True)
        cell = xlsx_text(sheet.cell(n, 2), value)  # an instansi named "=…" stays text
        cell.number_format = "@" if isinstance(value, str) else "General"
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = 12, 40
    sheet.sheet_state = "hidden"


def save_atomically(book: Workbook, path: Path) -> None:
    """Save under a temporary name in the same folder, then rename over ``path``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        book.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AppraisalSheetError("write", path=str(path), detail=exc.strerror or str(exc)) from exc
