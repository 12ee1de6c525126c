"""``kinerja appraisal export|import|legacy``: the commands; the work is in
``appraisal_jobs`` (loaded when a command runs)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from desktop.cli.common import Context, IdGroup, import_options, rejecting


@click.group(cls=IdGroup)
def appraisal() -> None:
    """Penilaian kinerja: lembar isian massal untuk pejabat penilai."""


@appraisal.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--unit", "unit_kode", required=True, help="Kode unit (beserta sub-unitnya).")
@click.option("--year", "tahun", type=click.IntRange(2000, 2100), required=True, help="Tahun.")
@click.option("--period", "periode", required=True, help="Periode: TW1–TW4, B01–B12, TAHUNAN.")
@click.pass_obj
def appraisal_export(obj: Context, file: Path, unit_kode: str, tahun: int, periode: str) -> None:
    """Tulis lembar isian penilaian FILE.xlsx, satu sheet per unit."""
    from desktop.cli.appraisal_jobs import run_appraisal_export

    with rejecting():
        run_appraisal_export(obj.open(), file, unit_kode=unit_kode, tahun=tahun, periode=periode)


@appraisal.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@import_options
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON.")
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
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Periksa saja; tidak ada yang ditulis.")
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON.")
@click.pass_obj
def appraisal_legacy(obj: Context, file: Path, dry_run: bool, as_json: bool) -> None:
    """Simpan riwayat penilaian lama (PP 46/2011) dari FILE, hanya-baca, tanpa dihitung ulang."""
    from desktop.cli.appraisal_jobs import run_legacy_import

    with rejecting():
        sys.exit(run_legacy_import(obj.open(), file, dry_run=dry_run, as_json=as_json))
