"""``kinerja skm …``: the units' Survei Kepuasan Masyarakat on the command line.

    kinerja skm import FILE --unit KODE --period P [--populasi N] [--dry-run] [--json]
    kinerja skm list --unit KODE [--json]
    kinerja skm report --unit KODE --year Y [--period S1|S2|TAHUNAN] [--paper a4|f4] -o OUT.pdf
    kinerja skm export --unit KODE --year Y [--period …] -o OUT.xlsx

The period is ``2025`` (the year's survey), ``2025-S1`` or ``S2 2025`` (a semester), or
``S1`` with ``--year``. An import with any rejected row writes nothing and exits 1 unless
``--skip-invalid`` is given; ``--dry-run`` only reports; the same file twice changes nothing.
"""

from __future__ import annotations

import sys
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
    finish_import,
    rejecting,
)
from desktop.core.i18n import pick
from desktop.core.skm import UNSUR, SkmResult, format_decimal, parse_skm_period, period_label

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.imports.skm_import import SkmPlan


@click.group(cls=IdGroup)
def skm() -> None:
    """Survei Kepuasan Masyarakat unit layanan: impor, daftar, laporan, ekspor."""


def _unit_option(func):
    return click.option("--unit", "unit_kode", required=True, help="Kode unit layanan.")(func)


@skm.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_unit_option
@click.option("--period", "periode", required=True, help="2025, 2025-S1 atau S2 2025.")
@click.option("--year", "tahun", type=int, default=None, help="Tahun, bila --period S1/S2.")
@click.option("--populasi", type=click.IntRange(1), default=None,
              help="Jumlah penerima layanan dalam periode (untuk sampel minimal).")  # fmt: skip
@click.option("--dry-run", is_flag=True, help="Periksa saja; tidak ada yang ditulis.")
@click.option("--skip-invalid", is_flag=True, help="Impor baris yang valid walau ada yang ditolak.")
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON.")
@click.pass_obj
def import_cmd(
    obj: Context,
    file: Path,
    unit_kode: str,
    periode: str,
    tahun: int | None,
    populasi: int | None,
    dry_run: bool,
    skip_invalid: bool,
    as_json: bool,
) -> None:
    """Impor jawaban responden SKM dari FILE (.xlsx atau .csv): satu baris per responden,
    kolom U1–U9 berisi 1–4, ditambah layanan dan data responden bila ada."""
    with rejecting():
        year, code = parse_skm_period(periode, tahun)
        db = obj.open()
        unit = _unit(db, unit_kode)
        sys.exit(
            run_import(
                db,
                file,
                unit,
                year,
                code,
                populasi=populasi,
                dry_run=dry_run,
                skip_invalid=skip_invalid,
                as_json=as_json,
            )
        )


def _unit(db: sqlite_utils.Database, kode: str):
    from desktop.store.units import unit_by_kode

    return unit_by_kode(db, kode)


def run_import(
    db: sqlite_utils.Database, file: Path, unit: Any, tahun: int, periode: str, *,
    populasi: int | None, dry_run: bool, skip_invalid: bool, as_json: bool,
) -> int:  # fmt: skip
    """Returns the exit code: 1 when rows were rejected and nothing was written."""
    from desktop.imports.skm_import import apply_plan, read_plan

    plan = read_plan(db, file, unit_id=unit.id, tahun=tahun, periode=periode, populasi=populasi)
    blocked = bool(plan.rejected) and not skip_invalid
    written = False
    if not dry_run and not blocked:
        written = apply_plan(db, plan).changed
    n = len(plan.accepted)
    return finish_import(
        plan_as_dict(plan, unit.nama, written=written), _print_plan, rejected=len(plan.rejected),
        saved=pick(f"{n} responden disimpan", f"{n} respondents saved"), dry_run=dry_run,
        skip_invalid=skip_invalid, blocked=blocked, written=written, as_json=as_json,
    )  # fmt: skip


def result_as_dict(result: SkmResult | None) -> dict[str, Any] | None:
    if result is None:
        return None
    return {
        "responden": result.responden,
        "ikm": format_decimal(result.ikm, 3).replace(",", "."),
        "konversi": format_decimal(result.konversi).replace(",", "."),
        "mutu": result.mutu.value,
        "kinerja": result.mutu.kinerja,
        "unsur": [
            {
                "kode": u.kode,
                "nama": u.nama,
                "nrr": str(result.nrr_shown(u.no)),
                "jawaban": list(result.counts[u.no - 1]),
            }
            for u in UNSUR
        ],
        "terendah": [UNSUR[n - 1].kode for n in result.weakest],
        "populasi": result.populasi,
        "sampel_minimal": result.minimum,
        "sampel_cukup": result.enough,
    }


def _shown(number: str) -> str:
    """A JSON number ("81.25") as the reader writes it: 81,25 in Indonesian."""
    return pick(number.replace(".", ","), number)


def plan_as_dict(plan: SkmPlan, unit_nama: str, *, written: bool) -> dict[str, Any]:
    from desktop.imports.skm_import import RowAction

    counts = plan.counts()
    return {
        "file": str(plan.path),
        "unit": unit_nama,
        "tahun": plan.tahun,
        "periode": plan.periode,
        "written": written,
        "counts": {action.value: counts.get(action, 0) for action in RowAction},
        "removed": plan.removed,
        "columns": plan.columns,
        "ignored_columns": plan.ignored_columns,
        "rejected": [
            {"row": i.row, "column": i.column, "reason": i.message}
            for row in plan.rejected
            for i in row.issues
        ],
        "notes": [note.message for note in plan.notes],
        "result": result_as_dict(plan.result),
    }


def _print_plan(report: dict[str, Any]) -> None:
    removed = report["removed"]
    echo_counts(report["counts"], (f"  Dihapus: {removed}", f"  Removed: {removed}"))
    echo_ignored_columns(report["ignored_columns"])
    for note in report["notes"]:
        click.echo(f"  {note}")
    echo_row_issues(report["rejected"])
    result = report["result"]
    if result:
        click.echo(
            pick(
                f"IKM {report['unit']} {period_label(report['periode'], report['tahun'])}: "
                f"{_shown(result['konversi'])} (mutu {result['mutu']}, {result['kinerja']}), "
                f"{result['responden']} responden",
                f"SKM index of {report['unit']} {period_label(report['periode'], report['tahun'])}"
                f": {_shown(result['konversi'])} (grade {result['mutu']}, {result['kinerja']}), "
                f"{result['responden']} respondents",
            )
        )


@skm.command("list")
@_unit_option
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON.")
@click.pass_obj
def list_cmd(obj: Context, unit_kode: str, as_json: bool) -> None:
    """Tampilkan hasil SKM unit per periode (tren)."""
    from desktop.store import skm as skm_store

    with rejecting():
        db = obj.open()
        unit = _unit(db, unit_kode)
        trend = skm_store.surveys_of_unit(db, unit.id)
    rows = [
        {"tahun": s.tahun, "periode": s.periode, "sumber": s.sumber, **(result_as_dict(r) or {})}
        for s, r in trend
    ]
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo(pick(f"Belum ada hasil SKM untuk {unit.nama}.", f"No SKM yet for {unit.nama}."))
    for row in rows:
        click.echo(
            f"{period_label(row['periode'], row['tahun'])}: {_shown(row['konversi'])} "
            f"({row['mutu']}, {row['kinerja']}) · {row['responden']} "
            + pick("responden", "respondents")
        )


def _output_options(func):
    func = click.option("--json", "as_json", is_flag=True, help="Keluaran JSON.")(func)
    func = click.option("-o", "--output", "out", required=True,
                        type=click.Path(dir_okay=False, path_type=Path),
                        help="Berkas keluaran.")(func)  # fmt: skip
    func = click.option("--period", "periode", default=None,
                        type=click.Choice(["S1", "S2", "TAHUNAN", "s1", "s2", "tahunan"]),
                        help="Survei (bawaan: tahunan, atau semester terakhir).")(func)  # fmt: skip
    func = click.option("--year", "tahun", type=int, required=True, help="Tahun survei.")(func)
    return _unit_option(func)


@skm.command("report")
@_output_options
@click.option("--paper", type=click.Choice(["a4", "f4", "A4", "F4"]), default=None,
              help="Ukuran kertas (bawaan: pengaturan kantor).")  # fmt: skip
@click.pass_obj
def report_cmd(obj: Context, unit_kode: str, tahun: int, periode: str | None, out: Path,
               as_json: bool, paper: str | None) -> None:  # fmt: skip
    """Cetak Laporan Hasil SKM unit (PDF)."""
    from desktop.reports import skm as skm_pdf
    from desktop.reports.printing import save_pdf
    from desktop.reports.skm_data import skm_report

    with rejecting():
        db = obj.open()
        unit = _unit(db, unit_kode)
        report = skm_report(db, unit.id, tahun, periode.upper() if periode else None)
        save_pdf(out, skm_pdf.render(report, paper=paper.lower() if paper else None))
    _done(out, report, as_json)


@skm.command("export")
@_output_options
@click.pass_obj
def export_cmd(
    obj: Context, unit_kode: str, tahun: int, periode: str | None, out: Path, as_json: bool
) -> None:
    """Ekspor hasil SKM unit ke .xlsx (rekap, tren, responden yang dapat diimpor kembali)."""
    from desktop.imports.skm_export import export_skm

    with rejecting():
        db = obj.open()
        unit = _unit(db, unit_kode)
        report = export_skm(db, unit.id, tahun, out, periode.upper() if periode else None)
    _done(out, report, as_json)


def _done(out: Path, report: Any, as_json: bool) -> None:
    if as_json:
        emit_json({"file": str(out), "unit": report.unit_nama, "periode": report.periode_label,
                   "result": result_as_dict(report.result)})  # fmt: skip
        return
    value = format_decimal(report.result.konversi)
    click.echo(
        pick(
            f"Hasil SKM {report.unit_nama} {report.periode_label} (IKM {value}, mutu "
            f"{report.result.mutu.value}) ditulis ke {out}.",
            f"SKM of {report.unit_nama} {report.periode_label} (index {value}, grade "
            f"{report.result.mutu.value}) written to {out}.",
        )
    )
