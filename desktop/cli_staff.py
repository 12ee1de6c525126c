"""``kinerja staff import|export``: the spreadsheet round trip on the command line.

An import with any rejected row writes nothing and exits 1 unless ``--skip-invalid`` is given;
``--dry-run`` only reports. The report lists every rejected row with its sheet row number,
column and reason, in the chosen language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
import sqlite_utils

from desktop.cli import emit_json, import_verdict, progress_printer
from desktop.core.i18n import pick
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
    }


def _print_plan(report: dict[str, Any]) -> None:
    c = report["counts"]
    click.echo(
        pick(
            f"Baru: {c['baru']}  Diubah: {c['ubah']}  Sama: {c['sama']}  Ditolak: {c['ditolak']}",
            f"New: {c['baru']}  Changed: {c['ubah']}  Unchanged: {c['sama']}  "
            f"Rejected: {c['ditolak']}",
        )
    )
    if report["ignored_columns"]:
        click.echo(
            pick("Kolom diabaikan: ", "Ignored columns: ") + ", ".join(report["ignored_columns"])
        )
    for item in report["rejected"]:
        click.echo(
            pick(
                f"  Baris {item['row']}, kolom '{item['column']}': {item['reason']}",
                f"  Row {item['row']}, column '{item['column']}': {item['reason']}",
            ),
            err=True,
        )


def run_import(
    db: sqlite_utils.Database, file: Path, *, dry_run: bool, skip_invalid: bool, as_json: bool
) -> int:
    """Returns the exit code: 1 when rows were rejected and nothing was written."""
    plan = read_plan(db, file, progress=progress_printer(pick("Membaca", "Reading")))
    blocked = bool(plan.rejected) and not skip_invalid
    written = not dry_run and not blocked and bool(plan.accepted)
    if written:
        apply_plan(db, plan)
    report = plan_as_dict(plan, written=written)
    if as_json:
        emit_json(report)
    else:
        _print_plan(report)
        n = len(plan.accepted)
        saved = pick(f"{n} pegawai disimpan", f"{n} staff saved")
        verdict = import_verdict(
            len(plan.rejected), saved, dry_run=dry_run, blocked=blocked, written=written
        )
        click.echo(verdict)
    return 1 if plan.rejected and not (skip_invalid and not dry_run) else 0


def run_export(
    db: sqlite_utils.Database, file: Path, *, unit_kode: str | None, include_inactive: bool
) -> None:
    unit_ids = None
    if unit_kode:
        unit = unit_by_kode(db, unit_kode)
        unit_ids = unit_tree(db).subtree_ids(unit.id or 0)
    count = export_staff(db, file, unit_ids=unit_ids, include_inactive=include_inactive)
    click.echo(pick(f"{count} pegawai diekspor ke {file}", f"{count} staff exported to {file}"))
