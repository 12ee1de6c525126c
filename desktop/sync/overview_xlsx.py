"""The centre's overview as a workbook for analysts: one sheet of offices (last package,
receipt, staff) and one of the predikat distribution per office and year with the quotas it
breaks. Every text goes through ``imports.formulas.xlsx_text``: an office name such as
``=HYPERLINK(…)`` arrives from a package and must stay text.

The merged staff are not a sheet: a national centre holds more than a worksheet's 1,048,576
rows; analysts read them from the ``central_staff_v`` view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core.appraisal import Predikat
from desktop.core.i18n import pick
from desktop.sync.errors import SyncError
from desktop.sync.overview import OfficeSummary, OfficeYear, distribution, office_summaries


def write_overview(
    db: sqlite_utils.Database, path: Path, years: list[OfficeYear] | None = None
) -> Path:
    """Write the workbook to ``path`` (replaced if it exists); returns it. ``years``: the
    distribution already worked out (it takes seconds at a national centre)."""
    from openpyxl import Workbook  # only when exporting: the centre's window opens without it

    from desktop.imports.staff_export import _replacing as replacing

    path = checked_path(path)
    with replacing(path) as temporary:  # a failed write leaves an earlier file as it was
        book = Workbook(write_only=True)
        _sheet(
            book, pick("Kantor", "Offices"), _office_header(),
            map(_office_row, office_summaries(db)),
        )  # fmt: skip
        _sheet(
            book,
            pick("Distribusi Predikat", "Predikat distribution"),
            _distribution_header(),
            map(_distribution_row, distribution(db) if years is None else years),
        )
        book.save(temporary)
    return path


def checked_path(path: Path) -> Path:
    """The workbook's path, refused unless it ends in .xlsx (before anything is read)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise SyncError("xlsx_only", name=path.name)
    return path


def _sheet(book: Any, title: str, header: list[str], rows: Any) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from desktop.imports.formulas import xlsx_text  # it loads openpyxl too

    sheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    for n, label in enumerate(header, 1):
        sheet.column_dimensions[get_column_letter(n)].width = max(12, min(40, len(label) + 4))
    cells = []
    for label in header:
        cell = WriteOnlyCell(sheet, value=label)
        cell.font = Font(bold=True)
        cells.append(cell)
    sheet.append(cells)
    for row in rows:
        sheet.append([None if v is None else xlsx_text(WriteOnlyCell(sheet), v) for v in row])


def _office_header() -> list[str]:
    return [
        pick("Kantor", "Office"), pick("Instansi", "Agency"), "Status",
        pick("Paket terakhir", "Last package"), pick("Berkas", "File"),
        pick("Diterima", "Received"), pick("Diterapkan", "Applied"),
        pick("Tanda terima", "Receipt"), pick("Paket tertahan", "Held packages"),
        pick("Pegawai", "Staff"), pick("Pegawai aktif", "Active staff"), "UUID",
    ]  # fmt: skip


def _office_row(o: OfficeSummary) -> list[Any]:
    status = pick("dicabut", "revoked") if o.status == "revoked" else pick("aktif", "active")
    return [
        o.nama, o.instansi, status, o.sequence or None, o.file_name, o.received_at,
        o.applied_at, o.receipt_at, o.held, o.staff, o.staff_active, o.office_uuid,
    ]  # fmt: skip


def _distribution_header() -> list[str]:
    return [
        pick("Kantor", "Office"), pick("Tahun", "Year"), pick("Periode", "Period"),
        pick("Capaian organisasi", "Organisation result"),
        *(p.label for p in Predikat), pick("Jumlah", "Total"),
        pick("Sudah ditetapkan", "Set"), pick("Kuota SE MenPANRB 3/2023", "Quotas"),
    ]  # fmt: skip


def _distribution_row(y: OfficeYear) -> list[Any]:
    return [
        y.office_nama, y.tahun, y.periode,
        y.capaian.label if y.capaian else pick("belum diisi", "not set"),
        *(y.counts[p] for p in Predikat), y.total, y.final, verdict(y),
    ]  # fmt: skip


def verdict(y: OfficeYear) -> str:
    """One line on the quotas: the breaches, why none were checked, or that all are met."""
    if y.capaian is None:
        return pick(
            "tidak diperiksa: capaian organisasi belum diisi",
            "not checked: no organisation result",
        )
    if y.note:
        return y.note
    if y.breaches:
        return " ".join(b.message() for b in y.breaches)
    return pick("sesuai kuota", "within the quotas")
