"""Export the unit structure to .xlsx or .csv in the columns the units import reads, parents
before children, so an exported file imports back without a change.

Codes are written as text ("1.10" must not become the number 1.1); the file is written under a
temporary name and renamed when complete (``staff_export``'s rule).
"""

from __future__ import annotations

import csv
from pathlib import Path

import sqlite_utils
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop.core.models import Unit
from desktop.core.orgchart import UnitTree
from desktop.imports.formulas import csv_text, xlsx_text
from desktop.imports.staff_export import CSV_DELIMITER, TEXT_FORMAT, ExportFileError
from desktop.imports.staff_export import _replacing as replacing
from desktop.imports.units_columns import EXPORT_COLUMNS, jenis_label
from desktop.store import audit_events
from desktop.store import units as unit_store
from desktop.store.rows import required_id

SHEET_TITLE = "Unit"
TEXT_KEYS = frozenset({"kode", "induk"})
_WIDTHS = {"kode": 14, "nama": 48, "singkatan": 14, "induk": 14, "jenis_unit": 14,
           "tingkat": 12, "jabatan_kepala": 36, "alias": 40, "aktif": 8,
           "kritikal": 10}  # fmt: skip


def export_units(db: sqlite_utils.Database, path: Path | str) -> int:
    """Write every unit (inactive ones too, marked) to ``path``; returns the rows written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportFileError("format", name=path.name)
    rows = unit_rows(db)
    with replacing(path) as temporary:
        (_write_xlsx if suffix == ".xlsx" else _write_csv)(temporary, rows)
    audit_events.record_export(db, what="unit", file_name=path.name, count=len(rows))
    return len(rows)


def unit_rows(db: sqlite_utils.Database) -> list[list[str]]:
    """One row per unit in tree order, values in ``EXPORT_COLUMNS`` order."""
    tree = UnitTree(unit_store.list_units(db))
    rows: list[list[str]] = []
    stack = list(reversed(tree.roots()))
    while stack:
        unit = stack.pop()
        rows.append(_values(db, tree, unit))
        stack.extend(reversed(tree.children.get(unit.id, [])))
    return rows


def _values(db: sqlite_utils.Database, tree: UnitTree, unit: Unit) -> list[str]:
    parent = tree.by_id.get(unit.parent_id) if unit.parent_id is not None else None
    values = {
        "kode": unit.kode,
        "nama": unit.nama,
        "singkatan": unit.singkatan,
        "induk": parent.kode if parent else "",
        "jenis_unit": jenis_label(unit.jenis_unit),
        "tingkat": unit.jenis.value,
        "jabatan_kepala": unit.jabatan_kepala,
        "alias": "; ".join(unit_store.aliases_of(db, required_id(unit))),
        "aktif": "Ya" if unit.aktif else "Tidak",
        "kritikal": "Ya" if unit.kritikal else "Tidak",
    }
    return [values[key] for _label, key in EXPORT_COLUMNS]


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    text_at = [key in TEXT_KEYS for _label, key in EXPORT_COLUMNS]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=CSV_DELIMITER)
        writer.writerow(label for label, _key in EXPORT_COLUMNS)
        for row in rows:
            writer.writerow(
                csv_text(v, identity=t and bool(v)) for v, t in zip(row, text_at, strict=True)
            )


def _write_xlsx(path: Path, rows: list[list[str]]) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_TITLE)
    sheet.freeze_panes = "A2"
    for position, (_label, key) in enumerate(EXPORT_COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(position)].width = _WIDTHS.get(key, 14)
    header = []
    for label, _key in EXPORT_COLUMNS:
        cell = WriteOnlyCell(sheet, value=label)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    text_at = [key in TEXT_KEYS for _label, key in EXPORT_COLUMNS]
    for row in rows:
        cells = []
        for value, is_text in zip(row, text_at, strict=True):
            cell = xlsx_text(WriteOnlyCell(sheet), value) if value else None
            if cell is not None and is_text:
                cell.number_format = TEXT_FORMAT
            cells.append(cell)
        sheet.append(cells)
    book.save(path)
