"""``kinerja talent asesmen-import``, ``diklat-import`` and ``hukuman-import``: the talent
inputs from a sheet.

    kinerja talent asesmen-import FILE [--dry-run] [--skip-invalid] [--json]
    kinerja talent diklat-import FILE [--dry-run] [--skip-invalid] [--json]
    kinerja talent hukuman-import FILE [--dry-run] [--skip-invalid] [--json]

The shared import flow (``import_flow``): any rejected row writes nothing and exits 1 unless
``--skip-invalid``; ``--dry-run`` only reports; the same file twice changes nothing; the
database is backed up before a write.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from desktop.cli.common import (
    Context,
    IdCommand,
    echo_counts,
    echo_ignored_columns,
    echo_row_issues,
    rejecting,
)
from desktop.cli.import_flow import ImportFlags, SheetImport, run_import_flow
from desktop.cli.options import file_argument, import_options, json_option
from desktop.core.i18n import pick, plural

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.imports.talent_import import TalentPlan


@dataclass
class TalentImport(SheetImport["TalentPlan"]):
    """Assessment results, training records or sanctions from one file."""

    file: Path
    kind: str  # asesmen | diklat | hukuman

    @property
    def backup_reason(self) -> str:  # type: ignore[override]
        return f"sebelum-impor-{self.kind}"

    def read(self, db: sqlite_utils.Database) -> TalentPlan:
        from desktop.imports.talent_import import read_plan

        return read_plan(db, self.file, self.kind)  # type: ignore[arg-type]

    def write(self, db: sqlite_utils.Database, plan: TalentPlan) -> bool:
        from desktop.imports.talent_import import apply_plan

        return apply_plan(db, plan).changed

    def report(self, plan: TalentPlan, *, written: bool) -> dict[str, Any]:
        counts = plan.counts()
        return {
            "file": str(plan.path),
            "kind": self.kind,
            "written": written,
            "counts": {str(action): n for action, n in counts.items()},
            "columns": plan.columns,
            "ignored_columns": plan.ignored_columns,
            "changed": [
                {"row": r.row, "nip": r.nip, "changes": r.changes} for r in plan.rows if r.changes
            ],
            "rejected": [
                {"row": i.row, "column": i.column, "reason": i.message}
                for row in plan.rejected
                for i in row.issues
            ],
            "notes": [note.message for note in plan.notes],
        }

    def print_plan(self, report: dict[str, Any]) -> None:
        echo_counts(report["counts"])
        echo_ignored_columns(report["ignored_columns"])
        for note in report["notes"]:
            click.echo(f"  {note}")
        for item in report["changed"]:
            click.echo(
                pick(f"  Baris {item['row']}: ", f"  Row {item['row']}: ")
                + "; ".join(item["changes"])
            )
        echo_row_issues(report["rejected"])

    def saved(self, count: int) -> str:
        if self.kind == "asesmen":
            noun = plural(count, "hasil asesmen", "assessment result", "assessment results")
        elif self.kind == "hukuman":
            noun = plural(count, "riwayat hukuman", "sanction", "sanctions")
        else:
            noun = plural(count, "riwayat pengembangan", "training record", "training records")
        return noun + pick(" disimpan", " saved")


def _run(obj: Context, file: Path, kind: str, flags: ImportFlags) -> None:
    with rejecting():
        db = obj.open()
        sys.exit(run_import_flow(db, TalentImport(file, kind), flags))


@click.command("asesmen-import", cls=IdCommand)
@file_argument()
@import_options
@json_option
@click.pass_obj
def asesmen_import(
    obj: Context, file: Path, dry_run: bool, skip_invalid: bool, as_json: bool
) -> None:
    """Impor hasil asesmen dari FILE (.xlsx/.csv): kolom NIP, Tanggal, JPM (%), Lembaga,
    Metode. Tanggal yang sama untuk pegawai yang sama diperbarui, tidak digandakan."""
    _run(obj, file, "asesmen", ImportFlags(dry_run, skip_invalid, as_json))


@click.command("diklat-import", cls=IdCommand)
@file_argument()
@import_options
@json_option
@click.pass_obj
def diklat_import(
    obj: Context, file: Path, dry_run: bool, skip_invalid: bool, as_json: bool
) -> None:
    """Impor riwayat pengembangan kompetensi dari FILE (.xlsx/.csv): kolom NIP, Nama
    Pelatihan, Jenis (kode atau nama), Penyelenggara, Mulai, Selesai, JP, Nomor Sertifikat.
    Baris dengan NIP, nama dan tanggal mulai yang sama tidak digandakan."""
    _run(obj, file, "diklat", ImportFlags(dry_run, skip_invalid, as_json))


@click.command("hukuman-import", cls=IdCommand)
@file_argument()
@import_options
@json_option
@click.pass_obj
def hukuman_import(
    obj: Context, file: Path, dry_run: bool, skip_invalid: bool, as_json: bool
) -> None:
    """Impor riwayat hukuman disiplin dari FILE (.xlsx/.csv): kolom NIP, Kategori (hukuman
    disiplin / kode etik), Tingkat (ringan, sedang, berat), Jenis Hukuman, Nomor SK, Tanggal
    SK, TMT, Selesai. Data sensitif: hanya admin dan operator OPD-nya."""
    _run(obj, file, "hukuman", ImportFlags(dry_run, skip_invalid, as_json))
