"""``kinerja units import|export|list``: the unit structure (SOTK) on the command line.

The import follows the shared flow (``import_flow``): with any rejected row it writes nothing
and exits 1 unless ``--skip-invalid`` is given; ``--dry-run`` only reports. Each rejected row
is named with its sheet row, column and reason.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from desktop.cli.common import (
    Context,
    IdGroup,
    echo_counts,
    echo_ignored_columns,
    echo_row_issues,
    emit_json,
    rejecting,
)
from desktop.cli.import_flow import ImportFlags, SheetImport, run_import_flow
from desktop.cli.options import file_argument, import_options, json_option
from desktop.core.i18n import pick, plural
from desktop.core.ids import required_id
from desktop.core.orgchart import UnitTree
from desktop.core.validation import Severity

if TYPE_CHECKING:  # the import machinery loads only when a command runs
    import sqlite_utils

    from desktop.imports.units_plan import UnitPlan


@click.group(cls=IdGroup)
def units() -> None:
    """Struktur organisasi (unit kerja): impor, ekspor dan daftar."""


@units.command("import")
@file_argument()
@import_options
@json_option
@click.pass_obj
def import_cmd(obj: Context, file: Path, dry_run: bool, skip_invalid: bool, as_json: bool) -> None:
    """Impor unit dari FILE (.xlsx atau .csv): kode, nama, singkatan, induk, jenis."""
    with rejecting():
        sys.exit(
            run_import(
                obj.open(), file, dry_run=dry_run, skip_invalid=skip_invalid, as_json=as_json
            )
        )


@units.command("export")
@file_argument(exists=False)
@click.pass_obj
def export_cmd(obj: Context, file: Path) -> None:
    """Ekspor semua unit ke FILE (.xlsx atau .csv), siap diimpor kembali."""
    from desktop.imports.units_export import export_units

    with rejecting():
        count = export_units(obj.open(), file)
    click.echo(
        plural(count, "unit", "unit", "units")
        + pick(f" diekspor ke {file}", f" exported to {file}")
    )


@units.command("list")
@json_option
@click.pass_obj
def list_cmd(obj: Context, as_json: bool) -> None:
    """Tampilkan pohon unit dengan jumlah pegawai aktif."""
    with rejecting():
        rows = list_rows(obj.open())
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo(pick("Belum ada unit.", "No units yet."))
    for row in rows:
        mark = "" if row["aktif"] else pick(" [nonaktif]", " [inactive]")
        click.echo(f"{'  ' * row['depth']}{row['kode']}  {row['nama']} ({row['pegawai']}){mark}")


def list_rows(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every unit in tree order with its depth and own active staff."""
    from desktop.imports.units_columns import jenis_label
    from desktop.store import units as unit_store

    tree = UnitTree(unit_store.list_units(db))
    counts = unit_store.staff_counts(db)
    rows: list[dict[str, Any]] = []
    stack = [(unit, 0) for unit in reversed(tree.roots())]
    while stack:
        unit, depth = stack.pop()
        parent = tree.by_id.get(unit.parent_id) if unit.parent_id is not None else None
        rows.append({
            "kode": unit.kode, "nama": unit.nama, "singkatan": unit.singkatan,
            "induk": parent.kode if parent else "", "jenis": jenis_label(unit.jenis_unit),
            "tingkat": unit.jenis.value, "jabatan_kepala": unit.jabatan_kepala,
            "aliases": unit_store.aliases_of(db, required_id(unit)), "aktif": unit.aktif,
            "pegawai": counts.get(required_id(unit), 0), "depth": depth,
        })  # fmt: skip
        stack.extend((child, depth + 1) for child in reversed(tree.children.get(unit.id, [])))
    return rows


def plan_as_dict(plan: UnitPlan, *, written: bool) -> dict[str, Any]:
    from desktop.imports.units_plan import RowAction

    counts = plan.counts()

    def issues(severity: Severity) -> list[dict[str, Any]]:
        return [
            {"row": i.row, "column": i.column, "reason": i.message}
            for row in plan.rows
            for i in row.issues
            if i.severity is severity
        ]

    return {
        "file": str(plan.path),
        "written": written,
        "counts": {action.value: counts.get(action, 0) for action in RowAction},
        "columns": plan.columns,
        "ignored_columns": plan.ignored_columns,
        "rejected": issues(Severity.ERROR),
        "warnings": issues(Severity.WARNING),
        "changes": [
            {
                "row": r.row,
                "kode": r.kode,
                "nama": r.nama,
                "action": r.action.value,
                "fields": r.changed_fields,
            }
            for r in plan.accepted
        ],
        "notes": [note.message for note in plan.notes],
    }


@dataclass
class UnitsImport(SheetImport["UnitPlan"]):
    """The unit structure (SOTK) from a sheet: kode, nama, singkatan, induk, jenis."""

    file: Path

    def read(self, db: sqlite_utils.Database) -> UnitPlan:
        from desktop.imports.units_import import read_plan

        return read_plan(db, self.file)

    def write(self, db: sqlite_utils.Database, plan: UnitPlan) -> bool:
        from desktop.imports.units_import import apply_plan

        apply_plan(db, plan)
        return True

    def report(self, plan: UnitPlan, *, written: bool) -> dict[str, Any]:
        return plan_as_dict(plan, written=written)

    def print_plan(self, report: dict[str, Any]) -> None:
        _print_plan(report)

    def saved(self, count: int) -> str:
        return plural(count, "unit", "unit", "units") + pick(" disimpan", " saved")


def run_import(
    db: sqlite_utils.Database, file: Path, *, dry_run: bool, skip_invalid: bool, as_json: bool
) -> int:
    """Returns the exit code: 1 when rows were rejected and nothing was written."""
    return run_import_flow(db, UnitsImport(file), ImportFlags(dry_run, skip_invalid, as_json))


def _print_plan(report: dict[str, Any]) -> None:
    echo_counts(report["counts"])
    echo_ignored_columns(report["ignored_columns"])
    for note in report["notes"]:
        click.echo(f"  {note}")
    echo_row_issues(report["warnings"], err=False)
    echo_row_issues(report["rejected"])
