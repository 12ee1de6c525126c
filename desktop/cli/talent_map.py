"""``kinerja talent map``: the talent map (9-box) of a year as PDF or xlsx.

    kinerja talent map --year Y [--unit KODE] [--paper a4|f4] -o FILE.pdf|FILE.xlsx [--json]

``--unit`` maps that unit with its sub-units (default: the whole office in the account's
scope). Exit 1 with the reason and nothing written for an unknown unit or an output that is
neither .pdf nor .xlsx.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from desktop.cli.common import Context, IdCommand, emit_json, rejecting
from desktop.cli.options import year_option
from desktop.cli.talent_output import open_scope, output_options, talent_unit_option, write_doc
from desktop.core.i18n import pick, plural


@click.command("map", cls=IdCommand)
@year_option(help="Tahun peta talenta (predikat tahun ini dan tahun sebelumnya).")
@talent_unit_option()
@output_options
@click.pass_obj
def talent_map(
    obj: Context, tahun: int, unit_kode: str | None, paper: str | None, out: Path, as_json: bool
) -> None:
    """Peta talenta (9-box): kotak per pegawai, rekomendasi, yang belum dipetakan (draf)."""
    from desktop.reports.talent_map import map_doc, scope_label
    from desktop.store.talent_map import placements

    with rejecting():
        db, unit_id = open_scope(obj, out, unit_kode)
        people = placements(db, tahun, unit_id)
        doc = map_doc(people, tahun, scope_label(db, unit_id))
        write_doc(db, doc, out, paper)
    counts = Counter(p.box for p in people if p.box is not None)
    unmapped = sum(1 for p in people if p.box is None)
    if as_json:
        emit_json({
            "file": str(out), "tahun": tahun, "pegawai": len(people), "belum_dipetakan": unmapped,
            "kotak": {str(n): counts.get(n, 0) for n in range(1, 10)},
            "kelompok_suksesi": sum(1 for p in people if p.in_pool),
            "tidak_memenuhi_rekam_jejak": sum(1 for p in people if p.rekam_jejak),
        })  # fmt: skip
        return
    mapped = plural(len(people) - unmapped, "pegawai", "employee", "employees")
    click.echo(
        pick(
            f"Peta talenta {tahun}: {mapped} dipetakan, {unmapped} belum; ditulis ke {out}.",
            f"Talent map {tahun}: {mapped} mapped, {unmapped} not yet; written to {out}.",
        )
    )
