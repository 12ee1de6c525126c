"""``kinerja talent jp`` and ``kinerja talent ipasn``: the competence-development ledger and
the IP ASN pre-check of a year.

    kinerja talent jp --year Y [--unit KODE] [--paper a4|f4] -o FILE.pdf|FILE.xlsx [--json]
    kinerja talent ipasn --year Y [--unit KODE] [--paper a4|f4] -o FILE.pdf|FILE.xlsx [--json]

``--unit`` takes the unit with its sub-units (default: the whole office in the account's
scope). The spreadsheet carries more than the PDF (every person's JP; each dimension's
evidence). Exit 1 with the reason and nothing written for an unknown unit, a unit outside the
account's scope or an output that is neither .pdf nor .xlsx.
"""

from __future__ import annotations

from pathlib import Path

import click

from desktop.cli.common import Context, IdCommand, emit_json, rejecting
from desktop.cli.options import year_option
from desktop.cli.talent_output import (
    is_xlsx,
    open_scope,
    output_options,
    talent_unit_option,
    write_doc,
)
from desktop.core.i18n import pick


@click.command("jp", cls=IdCommand)
@year_option(help="Tahun pengembangan kompetensi.")
@talent_unit_option()
@output_options
@click.pass_obj
def jp(
    obj: Context, tahun: int, unit_kode: str | None, paper: str | None, out: Path, as_json: bool
) -> None:
    """Rekap JP pengembangan kompetensi: per unit, pegawai di bawah target, saran kebutuhan."""
    from desktop.reports.talent_doc import indonesian
    from desktop.reports.talent_jp import build
    from desktop.store.talent_jp import jp_ledger

    with rejecting():
        db, unit_id = open_scope(obj, out, unit_kode)
        with indonesian():
            ledger = jp_ledger(db, tahun, unit_id)
            doc = build(ledger, full=is_xlsx(out))
        write_doc(db, doc, out, paper)
    if as_json:
        emit_json({
            "file": str(out), "tahun": tahun, "target": ledger.target,
            "pegawai": ledger.total.staff, "capai": ledger.total.reached,
            "di_bawah": ledger.total.below, "jumlah_jp": ledger.total.total_jp,
            "kebutuhan": len(ledger.needs),
        })  # fmt: skip
        return
    t = ledger.total
    click.echo(pick(
        f"Rekap JP {tahun} ditulis ke {out}: {t.staff} pegawai, {t.reached} mencapai "
        f"{ledger.target} JP, {t.below} di bawah target, {len(ledger.needs)} saran pengembangan.",
        f"JP ledger {tahun} written to {out}: {t.staff} employees, {t.reached} reached "
        f"{ledger.target} JP, {t.below} below target, {len(ledger.needs)} development "
        "suggestions.",
    ))  # fmt: skip


@click.command("ipasn", cls=IdCommand)
@year_option(help="Tahun pengukuran.")
@talent_unit_option()
@output_options
@click.pass_obj
def ipasn(
    obj: Context, tahun: int, unit_kode: str | None, paper: str | None, out: Path, as_json: bool
) -> None:
    """Pra-pengukuran IP ASN: nilai per dimensi, kategori, rata-rata kantor, saran."""
    from desktop.reports.talent_doc import indonesian
    from desktop.reports.talent_ipasn import build
    from desktop.store.talent_ipasn import ipasn_report

    with rejecting():
        db, unit_id = open_scope(obj, out, unit_kode)
        with indonesian():
            report = ipasn_report(db, tahun, unit_id)
            doc = build(report, full=is_xlsx(out))
        write_doc(db, doc, out, paper)
    s = report.summary
    if as_json:
        emit_json({
            "file": str(out), "tahun": tahun, "versi": report.rubric.versi, "pegawai": s.count,
            "rata_rata": round(s.average, 2),
            "dimensi": {str(d): round(v, 2) for d, v in s.dim_average.items()},
            "kategori": {str(b): n for b, n in s.bands.items()},
        })  # fmt: skip
        return
    average = f"{s.average:.1f}" if s.count else "-"  # nobody measured: no average
    click.echo(pick(
        f"Pra-pengukuran IP ASN {tahun} ditulis ke {out}: {s.count} pegawai, rata-rata "
        f"{average.replace('.', ',')}.",
        f"IP ASN pre-check {tahun} written to {out}: {s.count} employees, average {average}.",
    ))  # fmt: skip
