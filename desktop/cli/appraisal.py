"""``kinerja appraisal export|import|legacy``: the commands; the work is in
``appraisal_jobs`` (loaded when a command runs)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from desktop.cli.common import Context, IdGroup, rejecting
from desktop.cli.options import (
    dry_run_option,
    file_argument,
    import_options,
    json_option,
    period_option,
    unit_option,
    year_option,
)


@click.group(cls=IdGroup)
def appraisal() -> None:
    """Penilaian kinerja: lembar isian massal untuk pejabat penilai."""


@appraisal.command("export")
@file_argument(exists=False)
@unit_option()
@year_option()
@period_option(required=True)
@click.pass_obj
def appraisal_export(obj: Context, file: Path, unit_kode: str, tahun: int, periode: str) -> None:
    """Tulis lembar isian penilaian FILE.xlsx, satu sheet per unit."""
    from desktop.cli.appraisal_jobs import run_appraisal_export

    with rejecting():
        run_appraisal_export(obj.open(), file, unit_kode=unit_kode, tahun=tahun, periode=periode)


@appraisal.command("import")
@file_argument()
@import_options
@json_option
@click.pass_obj
def appraisal_import(
    obj: Context, file: Path, dry_run: bool, skip_invalid: bool, as_json: bool
) -> None:
    """Baca kembali lembar isian penilaian FILE.xlsx (satu transaksi)."""
    from desktop.cli.appraisal_jobs import run_appraisal_import

    with rejecting():
        sys.exit(
            run_appraisal_import(
                obj.open(), file, dry_run=dry_run, skip_invalid=skip_invalid, as_json=as_json
            )
        )


@appraisal.command("legacy")
@file_argument()
@dry_run_option
@json_option
@click.pass_obj
def appraisal_legacy(obj: Context, file: Path, dry_run: bool, as_json: bool) -> None:
    """Simpan riwayat penilaian lama (PP 46/2011) dari FILE, hanya-baca, tanpa dihitung ulang."""
    from desktop.cli.appraisal_jobs import run_legacy_import

    with rejecting():
        sys.exit(run_legacy_import(obj.open(), file, dry_run=dry_run, as_json=as_json))
