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
from desktop.cli.options import (
    file_argument,
    import_options,
    json_option,
    output_option,
    paper_option,
    unit_option,
    year_option,
)
from desktop.core.i18n import pick, plural
from desktop.core.skm import UNSUR, SkmResult, format_decimal, parse_skm_period, period_label

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.imports.skm_import import SkmPlan


@click.group(cls=IdGroup)
def skm() -> None:
    """Survei Kepuasan Masyarakat unit layanan: impor, daftar, laporan, ekspor."""


_unit_option = unit_option(help="Kode unit layanan.")


@skm.command("import")
@file_argument()
@_unit_option
@click.option("--period", "periode", required=True, help="2025, 2025-S1 atau S2 2025.")
@year_option(required=False, help="Tahun, bila --period S1/S2.")
@click.option("--populasi", type=click.IntRange(1), default=None,
              help="Jumlah penerima layanan dalam periode (untuk sampel minimal).")  # fmt: skip
@import_options
@json_option
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
    kind = SkmImport(file, unit, tahun, periode, populasi)
    return run_import_flow(db, kind, ImportFlags(dry_run, skip_invalid, as_json))


@dataclass
class SkmImport(SheetImport["SkmPlan"]):
    """One unit's survey answers for one period; the same file twice changes nothing."""

    file: Path
    unit: Any
    tahun: int
    periode: str
    populasi: int | None

    def read(self, db: sqlite_utils.Database) -> SkmPlan:
        from desktop.imports.skm_import import read_plan

        return read_plan(db, self.file, unit_id=self.unit.id, tahun=self.tahun,
                         periode=self.periode, populasi=self.populasi)  # fmt: skip

    def worth_writing(self, plan: SkmPlan) -> bool:
        return True  # a shorter file removes answers: the write decides what changed

    def write(self, db: sqlite_utils.Database, plan: SkmPlan) -> bool:
        from desktop.imports.skm_import import apply_plan

        return apply_plan(db, plan).changed

    def report(self, plan: SkmPlan, *, written: bool) -> dict[str, Any]:
        return plan_as_dict(plan, self.unit.nama, written=written)

    def print_plan(self, report: dict[str, Any]) -> None:
        _print_plan(report)

    def saved(self, count: int) -> str:
        return _respondents(count) + pick(" disimpan", " saved")


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
        people = _respondents(result["responden"])
        click.echo(
            pick(
                f"IKM {report['unit']} {period_label(report['periode'], report['tahun'])}: "
                f"{_shown(result['konversi'])} (mutu {result['mutu']}, {result['kinerja']}), "
                f"{people}",
                f"SKM index of {report['unit']} {period_label(report['periode'], report['tahun'])}"
                f": {_shown(result['konversi'])} (grade {result['mutu']}, {result['kinerja']}), "
                f"{people}",
            )
        )


def _respondents(count: int) -> str:
    return plural(count, "responden", "respondent", "respondents")


@skm.command("list")
@_unit_option
@json_option
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
            f"({row['mutu']}, {row['kinerja']}) · {_respondents(row['responden'])}"
        )


def _output_options(func):
    func = json_option(func)
    func = output_option()(func)
    func = click.option("--period", "periode", default=None,
                        type=click.Choice(["S1", "S2", "TAHUNAN", "s1", "s2", "tahunan"]),
                        help="Survei (bawaan: tahunan, atau semester terakhir).")(func)  # fmt: skip
    func = year_option(help="Tahun survei.")(func)
    return _unit_option(func)


@skm.command("report")
@_output_options
@paper_option(help="Ukuran kertas (bawaan: pengaturan kantor).")
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
