"""Export a unit's SKM to .xlsx: the summary per unsur with the index and mutu ("Rekap"),
the trend across periods ("Tren"), and the respondents in the columns the import reads
("Responden": for analysis, or to start another unit's file from). Numbers stay numbers (the index
with two decimals); text typed by respondents is guarded against formulas. Written under a
temporary name and renamed when complete (``staff_export``'s rule)."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from desktop.core.errors import ValidationError
from desktop.core.skm import DEMOGRAPHICS, UNSUR
from desktop.imports.formulas import xlsx_text
from desktop.imports.staff_export import _replacing as replacing
from desktop.reports.skm_data import SkmReport, skm_report

RESPONDENT_HEADERS = ("No", "Jenis Layanan", "Jenis Kelamin", "Umur", "Pendidikan",
                      "Pekerjaan", "Tanggal", *(u.kode for u in UNSUR))  # fmt: skip
_DEMOGRAPHIC_ORDER = ("layanan", "jenis_kelamin", "umur", "pendidikan", "pekerjaan", "tanggal")


class SkmExportError(ValidationError):
    catalog = {
        "format": (
            "Hasil SKM diekspor ke berkas .xlsx (diminta: {name}).",
            "The SKM is exported to an .xlsx file (asked for: {name}).",
        ),
    }


def export_skm(
    db: sqlite_utils.Database, unit_id: int, tahun: int, path: Path | str,
    periode: str | None = None,
) -> SkmReport:  # fmt: skip
    """Write the unit's survey of the year (as the report picks it) to ``path``."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise SkmExportError("format", name=path.name)
    report = skm_report(db, unit_id, tahun, periode)
    book = Workbook(write_only=True)
    _summary(book, report)
    _trend(book, report)
    _respondents(book, db, report)
    with replacing(path) as temporary:
        book.save(temporary)
    return report


def _bold(sheet, value: object) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.font = Font(bold=True)
    return cell


def _summary(book: Workbook, report: SkmReport) -> None:
    sheet = book.create_sheet("Rekap")
    result = report.result
    sheet.column_dimensions["B"].width = 42
    for label, value in (
        ("Unit layanan", report.unit_nama),
        ("Kode unit", report.unit_kode),
        ("Periode survei", report.periode_label),
        ("Jumlah responden", result.responden),
        ("Populasi penerima layanan", result.populasi),
        ("Sampel minimal", result.minimum),
        ("Nilai IKM (1–4)", float(result.ikm_shown)),
        ("Nilai IKM konversi", float(result.konversi)),
        ("Mutu pelayanan", result.mutu.value),
        ("Kinerja unit pelayanan", result.mutu.kinerja),
    ):
        sheet.append([_bold(sheet, label), xlsx_text(WriteOnlyCell(sheet), value)
                      if isinstance(value, str) else value])  # fmt: skip
    sheet.append([])
    sheet.append([_bold(sheet, h) for h in ("Kode", "Unsur", "Jawaban 1", "Jawaban 2",
                                             "Jawaban 3", "Jawaban 4", "NRR", "NRR × 1/9",
                                             "Terendah")])  # fmt: skip
    for unsur, counts in zip(UNSUR, result.counts, strict=True):
        nrr = result.nrr[unsur.no - 1]
        sheet.append([unsur.kode, unsur.nama, *counts, float(result.nrr_shown(unsur.no)),
                      round(float(nrr / 9), 3),
                      "Ya" if unsur.no in result.weakest else ""])  # fmt: skip


def _trend(book: Workbook, report: SkmReport) -> None:
    sheet = book.create_sheet("Tren")
    sheet.append([_bold(sheet, h) for h in ("Tahun", "Periode", "Responden", "IKM", "Mutu")])
    for point in report.trend:
        sheet.append([point.tahun, point.periode, point.result.responden,
                      float(point.result.konversi), point.result.mutu.value])  # fmt: skip


def _respondents(book: Workbook, db: sqlite_utils.Database, report: SkmReport) -> None:
    sheet = book.create_sheet("Responden")
    sheet.append([_bold(sheet, h) for h in RESPONDENT_HEADERS])
    assert set(_DEMOGRAPHIC_ORDER) <= set(DEMOGRAPHICS)
    rows = db.query(
        "SELECT * FROM skm_responden WHERE survei_id = ? ORDER BY berkas, id",
        [report.survey.id],
    )
    for row in rows:
        texts = [xlsx_text(WriteOnlyCell(sheet), row[k]) if row[k] else None
                 for k in ("kunci", *_DEMOGRAPHIC_ORDER)]  # fmt: skip
        sheet.append([*texts, *(row[f"u{u.no}"] for u in UNSUR)])
