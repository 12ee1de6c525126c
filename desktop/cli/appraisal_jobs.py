"""``kinerja appraisal export|import``: the appraisers' spreadsheet round trip.

Export writes one sheet per unit of the subtree for a year and period. Import follows the
shared flow (``import_flow``): every row is checked first; with any rejected row nothing is
written and the exit code is 1 unless ``--skip-invalid`` is given; ``--dry-run`` only reports.
Accepted rows are saved in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import sqlite_utils

from desktop.cli.common import emit_json, progress_printer
from desktop.cli.import_flow import ImportFlags, SheetImport, run_import_flow
from desktop.core.i18n import pick, plural
from desktop.core.ids import required_id
from desktop.core.periods import parse_period
from desktop.imports.appraisal_export import export_appraisal_sheet
from desktop.imports.appraisal_import import apply_appraisal_plan, read_appraisal_sheet
from desktop.imports.appraisal_legacy import apply_legacy_plan, read_legacy_sheet
from desktop.imports.appraisal_sheet import AppraisalPlan, RowAction
from desktop.store.units import unit_by_kode


def run_appraisal_export(
    db: sqlite_utils.Database, file: Path, *, unit_kode: str, tahun: int, periode: str
) -> None:
    """Write the sheet for the unit (with its sub-units) and say how many staff it lists."""
    unit = unit_by_kode(db, unit_kode)
    code = parse_period(periode).code
    count = export_appraisal_sheet(
        db,
        file,
        unit_id=required_id(unit),
        tahun=tahun,
        periode=code,
        progress=progress_printer(pick("Menulis", "Writing")),
    )
    click.echo(
        pick(
            f"{count} pegawai ditulis ke {file} ({unit.kode}, {code} {tahun}).",
            f"{count} staff written to {file} ({unit.kode}, {code} {tahun}).",
        )
    )


def plan_as_dict(plan: AppraisalPlan, *, written: bool) -> dict[str, Any]:
    """The import report as plain data (the ``--json`` output)."""
    counts = plan.counts()
    return {
        "file": str(plan.path),
        "unit": plan.unit_kode,
        "tahun": plan.tahun,
        "periode": plan.periode,
        "written": written,
        "counts": {action.value: counts[action] for action in RowAction},
        "sheets": plan.sheets,
        "ignored_sheets": plan.ignored_sheets,
        "notes": [{"cell": n.cell, "code": n.code, "message": n.message} for n in plan.notes],
        "rejected": [
            {
                "sheet": i.sheet,
                "row": i.row,
                "column": i.column,
                "cell": i.cell,
                "code": i.code,
                "reason": i.message,
            }
            for i in plan.issues
        ],
    }


@dataclass
class AppraisalImport(SheetImport[AppraisalPlan]):
    """The appraisers' sheet read back: ratings per staff for the sheet's year and period."""

    file: Path
    backup_reason = "sebelum-impor-penilaian"

    def read(self, db: sqlite_utils.Database) -> AppraisalPlan:
        return read_appraisal_sheet(
            db, self.file, progress=progress_printer(pick("Membaca", "Reading"))
        )

    def write(self, db: sqlite_utils.Database, plan: AppraisalPlan) -> bool:
        apply_appraisal_plan(db, plan, progress=progress_printer(pick("Menyimpan", "Saving")))
        return True

    def report(self, plan: AppraisalPlan, *, written: bool) -> dict[str, Any]:
        return plan_as_dict(plan, written=written)

    def print_plan(self, report: dict[str, Any]) -> None:
        _print_plan(report)

    def saved(self, count: int) -> str:
        return plural(count, "evaluasi", "evaluation", "evaluations") + pick(" disimpan", " saved")


def run_appraisal_import(
    db: sqlite_utils.Database, file: Path, *, dry_run: bool, skip_invalid: bool, as_json: bool
) -> int:
    """Returns the exit code: 1 when rows were rejected and nothing was written."""
    return run_import_flow(db, AppraisalImport(file), ImportFlags(dry_run, skip_invalid, as_json))


def _print_plan(report: dict[str, Any]) -> None:
    c = report["counts"]
    click.echo(
        pick(
            f"Dinilai: {c['baru']}  Diubah: {c['ubah']}  Sama: {c['sama']}  Kosong: {c['kosong']}  "
            f"Ditolak: {c['ditolak']}",
            f"Rated: {c['baru']}  Changed: {c['ubah']}  Unchanged: {c['sama']}  "
            f"Blank: {c['kosong']}  Rejected: {c['ditolak']}",
        )
    )
    if report["ignored_sheets"]:
        click.echo(
            pick("Sheet diabaikan (tanpa kolom NIP): ", "Ignored sheets (no NIP column): ")
            + ", ".join(report["ignored_sheets"])
        )
    for note in report["notes"]:  # merged cells, formulas kept as text, hidden sheets
        click.echo(pick("Catatan: ", "Note: ") + note["message"])
    for item in report["rejected"]:
        click.echo(
            pick(
                f"  Sheet '{item['sheet']}' baris {item['row']}, kolom '{item['column']}': "
                f"{item['reason']}",
                f"  Sheet '{item['sheet']}' row {item['row']}, column '{item['column']}': "
                f"{item['reason']}",
            ),
            err=True,
        )


LEGACY_NOUN = ("penilaian lama", "legacy appraisal", "legacy appraisals")


def run_legacy_import(
    db: sqlite_utils.Database, file: Path, *, dry_run: bool, as_json: bool
) -> int:
    """Check the PP 46/2011 sheet; store it (one transaction) unless a row is rejected or
    this is a dry run. Returns the exit code: 1 when any row is rejected."""
    plan = read_legacy_sheet(db, file)
    result = None if dry_run or plan.rejected else apply_legacy_plan(db, plan)
    if as_json:
        emit_json({
            "file": str(file), "written": result is not None, "records": len(plan.records),
            "inserted": result.inserted if result else 0,
            "unchanged": result.unchanged if result else 0,
            "rejected": [{"row": row, "reason": reason} for row, reason in plan.rejected],
            "warnings": [{"row": row, "message": text} for row, text in plan.warnings],
            "notes": [{"cell": n.cell, "code": n.code, "message": n.message} for n in plan.notes],
        })  # fmt: skip
    else:
        for row, reason in plan.rejected:
            click.echo(pick(f"Baris {row}: {reason}", f"Row {row}: {reason}"), err=True)
        for row, text in plan.warnings:
            click.echo(pick(f"Baris {row} (peringatan): {text}", f"Row {row} (warning): {text}"))
        for note in plan.notes:
            click.echo(pick("Catatan: ", "Note: ") + note.message)
        if plan.rejected:
            rows = plural(len(plan.rejected), "baris", "row", "rows")
            click.echo(pick(f"{rows} ditolak; tidak ada yang disimpan.",
                            f"{rows} rejected; nothing was stored."), err=True)  # fmt: skip
        elif result is None:
            ready = plural(len(plan.records), *LEGACY_NOUN)
            click.echo(pick(f"Uji coba: {ready} siap disimpan.", f"Dry run: {ready} ready."))
        else:
            stored = plural(result.inserted, *LEGACY_NOUN)
            click.echo(pick(f"{stored} disimpan, {result.unchanged} sudah ada.",
                            f"{stored} stored, {result.unchanged} already there."))  # fmt: skip
    return 1 if plan.rejected else 0
