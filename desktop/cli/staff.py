"""``kinerja staff import|export``: the commands; the work is in ``staff_jobs`` (loaded
when a command runs, so ``kinerja --version`` stays fast)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from desktop.cli.common import Context, IdGroup, import_options, rejecting


@click.group(cls=IdGroup)
def staff() -> None:
    """Data pegawai: impor dan ekspor lembar kerja."""


@staff.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@import_options
@click.option(
    "--create-units", is_flag=True, help="Buat unit yang belum ada menurut daftar (pohon unit)."
)
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON.")
@click.pass_obj
def staff_import(
    obj: Context, file: Path, dry_run: bool, skip_invalid: bool, create_units: bool, as_json: bool
) -> None:
    """Impor pegawai dari FILE (.xlsx, .csv atau .json data utama SIASN); diperbarui menurut
    NIP."""
    from desktop.cli.staff_jobs import run_import

    with rejecting():
        sys.exit(
            run_import(
                obj.open(),
                file,
                dry_run=dry_run,
                skip_invalid=skip_invalid,
                as_json=as_json,
                create_units=create_units,
            )
        )


@staff.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--unit", "unit_kode", default=None, help="Kode unit (beserta sub-unitnya).")
@click.option("--include-inactive", is_flag=True, help="Sertakan pegawai nonaktif.")
@click.pass_obj
def staff_export(obj: Context, file: Path, unit_kode: str | None, include_inactive: bool) -> None:
    """Ekspor pegawai ke FILE (.xlsx atau .csv), NIP sebagai teks."""
    from desktop.cli.staff_jobs import run_export

    with rejecting():
        run_export(obj.open(), file, unit_kode=unit_kode, include_inactive=include_inactive)
