"""``kinerja staff import|export``: the spreadsheet round trip on the command line.

The import follows the shared flow (``import_flow``): with any rejected row it writes nothing
and exits 1 unless ``--skip-invalid`` is given; ``--dry-run`` only reports. The report lists
every rejected row with its sheet row number, column and reason, in the chosen language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import sqlite_utils

from desktop.cli.common import echo_counts, echo_ignored_columns, echo_row_issues, progress_printer
from desktop.cli.import_flow import ImportFlags, SheetImport, run_import_flow
from desktop.core.i18n import pick
from desktop.core.ids import required_id
from desktop.imports.staff_export import export_staff
from desktop.imports.staff_import import ImportPlan, RowAction, apply_plan, read_plan
from desktop.store.units import unit_by_kode, unit_tree


def plan_as_dict(plan: ImportPlan, *, written: bool) -> dict[str, Any]:
    counts = plan.counts()
    return {
        "file": str(plan.path),
        "written": written,
        "counts": {action.value: counts.get(action, 0) for action in RowAction},
        "columns": plan.columns,
        "ignored_columns": plan.ignored_columns,
        "notes": [{"cell": n.cell, "code": n.code, "message": n.message} for n in plan.notes],
        "rejected": [
            {"row": issue.row, "column": issue.column, "reason": issue.message}
            for row in plan.rejected
            for issue in row.issues
            if issue.severity.value == "error"
        ],
        "warnings": [
            {"row": issue.row, "column": issue.column, "reason": issue.message}
            for row in plan.rows
            for issue in row.issues
            if issue.severity.value == "warning"
        ],
        "create_units": plan.create_units,
        "new_units": [
            {
                "kode": u.kode,
                "nama": u.nama,
                "induk": u.induk,
                "jenis": u.jenis.value,
                "rows": u.rows,
            }
            for u in plan.new_units
        ],
        "unit_hints": [
            {"column": h.column, "written": h.written, "suggestion": h.suggestion, "rows": h.rows}
            for h in plan.hints
        ],
        "changes": [
            {"row": row.row, "nip": row.nip, "changes": row.changes}
            for row in plan.rows
            if row.changes
        ],
    }


@dataclass
class StaffImport(SheetImport[ImportPlan]):
    """Staff from the office's sheet or a SIASN download, matched by NIP."""

    file: Path
    create_units: bool = False
    backup_reason = "sebelum-impor-pegawai"

    def read(self, db: sqlite_utils.Database) -> ImportPlan:
        progress = progress_printer(pick("Membaca", "Reading"))
        return read_plan(db, self.file, progress=progress, create_units=self.create_units)

    def write(self, db: sqlite_utils.Database, plan: ImportPlan) -> bool:
        apply_plan(db, plan)
        return True

    def report(self, plan: ImportPlan, *, written: bool) -> dict[str, Any]:
        return plan_as_dict(plan, written=written)

    def print_plan(self, report: dict[str, Any]) -> None:
        _print_plan(report)

    def saved(self, count: int) -> str:
        return pick(f"{count} pegawai disimpan", f"{count} staff saved")


def _print_units(report: dict[str, Any]) -> None:
    """The units the list names that are not on record, and the near misses."""
    units = report["new_units"]
    if units:
        if report["create_units"]:
            click.echo(pick(f"Unit baru ({len(units)}):", f"New units ({len(units)}):"))
        else:
            click.echo(
                pick(
                    f"Unit belum ada ({len(units)}); gunakan --create-units untuk membuatnya:",
                    f"Units not on record ({len(units)}); use --create-units to create them:",
                )
            )
        for unit in units:
            under = pick(f" (di bawah {unit['induk']})", f" (under {unit['induk']})")
            click.echo(f"  {unit['kode']}  {unit['nama']}" + (under if unit["induk"] else ""))
    for hint in report["unit_hints"]:
        rows = ", ".join(map(str, hint["rows"]))
        click.echo(
            pick(
                f"  '{hint['written']}' tidak dibuat: mungkin maksudnya {hint['suggestion']}? "
                f"(baris {rows})",
                f"  '{hint['written']}' not created: did you mean {hint['suggestion']}? "
                f"(rows {rows})",
            )
        )
    for item in report["changes"]:
        click.echo(pick("  Baris", "  Row") + f" {item['row']}: " + "; ".join(item["changes"]))


def _print_plan(report: dict[str, Any]) -> None:
    echo_counts(report["counts"])
    echo_ignored_columns(report["ignored_columns"])
    for note in report["notes"]:  # merged cells, formulas kept as text, hidden sheets
        click.echo(pick("Catatan: ", "Note: ") + note["message"])
    _print_units(report)
    echo_row_issues(report["rejected"])


def run_import(
    db: sqlite_utils.Database,
    file: Path,
    *,
    dry_run: bool,
    skip_invalid: bool,
    as_json: bool,
    create_units: bool = False,
) -> int:
    """Returns the exit code: 1 when rows were rejected and nothing was written."""
    return run_import_flow(
        db, StaffImport(file, create_units), ImportFlags(dry_run, skip_invalid, as_json)
    )


def run_export(
    db: sqlite_utils.Database,
    file: Path,
    *,
    unit_kode: str | None,
    include_inactive: bool,
    with_personal: bool = False,
) -> None:
    unit_ids = None
    if unit_kode:
        unit = unit_by_kode(db, unit_kode)
        unit_ids = unit_tree(db).subtree_ids(required_id(unit))
    count = export_staff(
        db, file, unit_ids=unit_ids, include_inactive=include_inactive, with_personal=with_personal
    )
    click.echo(pick(f"{count} pegawai diekspor ke {file}", f"{count} staff exported to {file}"))
