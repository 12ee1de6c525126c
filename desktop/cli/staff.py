"""``kinerja staff import|export``: the commands; the work is in ``staff_jobs`` (loaded
when a command runs, so ``kinerja --version`` stays fast)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from desktop.cli.common import Context, IdGroup, rejecting
from desktop.cli.options import file_argument, import_options, json_option, unit_option


@click.group(cls=IdGroup)
def staff() -> None:
    """Data pegawai: impor dan ekspor lembar kerja."""


@staff.command("import")
@file_argument()
@import_options
@click.option(
    "--create-units", is_flag=True, help="Buat unit yang belum ada menurut daftar (pohon unit)."
)
@json_option
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
@file_argument(exists=False)
@unit_option(required=False)
@click.option("--include-inactive", is_flag=True, help="Sertakan pegawai nonaktif.")
@click.option(
    "--with-personal",
    is_flag=True,
    help="Sertakan data pribadi (NIK, alamat, telepon, email); hanya bila peran mengizinkan.",
)
@click.pass_obj
def staff_export(
    obj: Context, file: Path, unit_kode: str | None, include_inactive: bool, with_personal: bool
) -> None:
    """Ekspor pegawai ke FILE (.xlsx atau .csv), NIP sebagai teks; tanpa data pribadi kecuali
    dengan --with-personal."""
    from desktop.cli.staff_jobs import run_export

    with rejecting():
        run_export(
            obj.open(),
            file,
            unit_kode=unit_kode,
            include_inactive=include_inactive,
            with_personal=with_personal,
        )
