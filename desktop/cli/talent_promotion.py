"""``kinerja talent promotion`` and ``kinerja talent low``: the promotion slice's lists.

    kinerja talent promotion --month YYYY-MM | --year Y [--unit KODE]
                             [--list pangkat|jenjang|pppk] [--paper a4|f4] -o FILE [--json]
    kinerja talent low --year Y [--unit KODE] [--paper a4|f4] -o FILE.pdf|FILE.xlsx [--json]

``--year Y`` names the appraisal year instead of a period: its results count for the
promotions of Y + 1, so the list is for this month of Y + 1 when that year is running, else
for 1 January of Y + 1 (as the screen opens). Exit 1 with the reason and nothing written for a
month that is not YYYY-MM, neither --month nor --year, an unknown unit, or an output that is
neither .pdf nor .xlsx.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import click

from desktop.cli.common import Context, IdCommand, emit_json, rejecting
from desktop.cli.options import year_option
from desktop.cli.talent_output import open_scope, output_options, talent_unit_option, write_doc
from desktop.core.errors import ValidationError
from desktop.core.i18n import pick, plural
from desktop.core.talent.promotion import default_period


class PromotionCliError(ValidationError):
    catalog = {
        "month": (
            "Bulan periode '{value}' tidak dikenal: tulis TAHUN-BULAN, misalnya 2026-04.",
            "Unknown period month '{value}': write YEAR-MONTH, e.g. 2026-04.",
        ),
        "period_needed": (
            "Sebutkan periode dengan --month TAHUN-BULAN atau tahun penilaian dengan --year.",
            "Name the period with --month YEAR-MONTH or the appraisal year with --year.",
        ),
    }


def parse_month(text: str) -> date:
    """``2026-04`` (or ``2026-4``) → 1 April 2026."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if not match or not 1 <= int(match[2]) <= 12 or not 2000 <= int(match[1]) <= 2100:
        raise PromotionCliError("month", value=text)
    return date(int(match[1]), int(match[2]), 1)


def period_of(month_text: str | None, year: int | None, today: date) -> date:
    """``--month`` when given, else the period ``--year``'s results are first read for."""
    if month_text is not None:
        return parse_month(month_text)
    if year is None:
        raise PromotionCliError("period_needed")
    return default_period(year, today)


def _summary(doc: Any) -> list[dict[str, Any]]:
    return [{"tabel": t.heading, "baris": len(t.rows)} for t in doc.tables]


@click.command("promotion", cls=IdCommand)
@click.option("--month", "month_text", metavar="YYYY-MM", default=None,
              help="Periode kenaikan pangkat (tanggal 1 bulan ini).")  # fmt: skip
@click.option("--year", "year", type=int, default=None, metavar="Y",
              help="Tahun penilaian (tanpa --month: periode tahun berikutnya).")  # fmt: skip
@talent_unit_option()
@click.option("--list", "kind", type=click.Choice(["pangkat", "jenjang", "pppk"]),
              default="pangkat", show_default=True,
              help="Daftar: kenaikan pangkat, kenaikan jenjang, atau kontrak PPPK.")  # fmt: skip
@output_options
@click.pass_obj
def promotion(
    obj: Context, month_text: str | None, year: int | None, unit_kode: str | None, kind: str,
    paper: str | None, out: Path, as_json: bool,
) -> None:  # fmt: skip
    """Daftar nominatif calon kenaikan pangkat / jenjang, atau kontrak PPPK (draf)."""
    from desktop.reports.talent_promotion import jenjang_doc, pangkat_doc, pppk_doc

    with rejecting():
        month = period_of(month_text, year, date.today())
        db, unit_id = open_scope(obj, out, unit_kode)
        build = {"pangkat": pangkat_doc, "jenjang": jenjang_doc, "pppk": pppk_doc}[kind]
        doc = build(db, month, unit_id)
        write_doc(db, doc, out, paper)
    if as_json:
        emit_json({"file": str(out), "periode": month.isoformat(), "daftar": kind,
                   "tabel": _summary(doc)})  # fmt: skip
        return
    rows = plural(sum(len(t.rows) for t in doc.tables), "baris", "row", "rows")
    click.echo(pick(f"{doc.title} ({rows}) ditulis ke {out}.",
                    f"{doc.title} ({rows}) written to {out}."))  # fmt: skip


@click.command("low", cls=IdCommand)
@year_option(help="Tahun penilaian.")
@talent_unit_option()
@output_options
@click.pass_obj
def low(
    obj: Context, tahun: int, unit_kode: str | None, paper: str | None, out: Path, as_json: bool
) -> None:
    """Pegawai dengan predikat Kurang / Sangat Kurang (bahan pembinaan, bukan keputusan)."""
    from desktop.reports.talent_promotion import low_doc

    with rejecting():
        db, unit_id = open_scope(obj, out, unit_kode)
        doc = low_doc(db, tahun, unit_id)
        write_doc(db, doc, out, paper)
    if as_json:
        emit_json({"file": str(out), "tahun": tahun, "tabel": _summary(doc)})
        return
    count = plural(len(doc.tables[0].rows), "pegawai", "employee", "employees")
    click.echo(pick(f"Daftar kinerja rendah {tahun} ({count}) ditulis ke {out}.",
                    f"Low performance list {tahun} ({count}) written to {out}."))  # fmt: skip
