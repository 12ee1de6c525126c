"""``kinerja talent succession``: the succession draft of the key positions (jabatan kritikal).

    kinerja talent succession --year Y [--unit KODE] [--position KODE] [--top N]
                              [--paper a4|f4] -o FILE.pdf|FILE.xlsx [--json]

``--unit`` takes the key positions in that unit and below (default: the whole office in the
account's scope); ``--position`` prints one position (the kode of the unit it heads). Exit 1 with
the reason and nothing written for an unknown unit, a unit that is not a key position, or an
output that is neither .pdf nor .xlsx.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import click

from desktop.cli.common import Context, IdCommand, emit_json, rejecting
from desktop.cli.options import year_option
from desktop.cli.talent_output import check_output, output_options, talent_unit_option, write_doc
from desktop.core.errors import ValidationError
from desktop.core.i18n import pick, plural


class SuccessionCliError(ValidationError):
    catalog = {
        "not_key": (
            "Unit {kode} bukan jabatan kritikal (atau di luar cakupan akun): tandai dulu di "
            "Struktur Organisasi.",
            "Unit {kode} is not a key position (or is outside the account's scope): mark it "
            "in the unit structure first.",
        ),
    }


def _as_json(drafts: list[Any]) -> list[dict[str, Any]]:
    out = []
    for d in drafts:
        p = d.position
        out.append({
            "unit": p.unit_kode, "jabatan": p.jabatan, "tingkat": p.tingkat.name.lower(),
            "pemangku": p.holder.nip if p.holder else None,
            "pensiun_pemangku": d.holder_pensiun.isoformat() if d.holder_pensiun else None,
            "calon": [
                {"nip": c.person.nip, "nama": c.person.nama, "kotak": c.talent.box,
                 "kesiapan": str(c.kesiapan), "catatan": [w.code for w in c.catatan]}
                for c in d.candidates
            ],
        })  # fmt: skip
    return out


@click.command("succession", cls=IdCommand)
@year_option(help="Tahun peta talenta (predikat tahun ini dan tahun sebelumnya).")
@talent_unit_option()
@click.option("--position", "position_kode", metavar="KODE", default=None,
              help="Hanya jabatan kritikal yang dipimpin unit berkode ini.")  # fmt: skip
@click.option("--top", type=click.IntRange(0, None), default=None, metavar="N",
              help="Calon per jabatan (bawaan: 10 di PDF, semua di xlsx; 0 = semua).")  # fmt: skip
@output_options
@click.pass_obj
def succession(
    obj: Context,
    tahun: int,
    unit_kode: str | None,
    position_kode: str | None,
    top: int | None,
    paper: str | None,
    out: Path,
    as_json: bool,
) -> None:
    """Draf rencana suksesi jabatan kritikal: calon dari kotak 7–9, kesiapan dan catatan."""
    from desktop.reports.talent_succession import PRINT_LIMIT, succession_doc
    from desktop.store.talent_succession import successions
    from desktop.store.units import get_office, unit_by_kode

    with rejecting():
        check_output(out)
        db = obj.open()
        unit = unit_by_kode(db, unit_kode) if unit_kode else None
        position = unit_by_kode(db, position_kode) if position_kode else None
        today = date.today()
        drafts = successions(db, tahun, unit.id or 0 if unit else 0, on=today)
        if position is not None:
            drafts = [d for d in drafts if d.position.unit_id == position.id]
            if not drafts:
                raise SuccessionCliError("not_key", kode=position_kode)
        title = unit.nama if unit else get_office(db).instansi or get_office(db).nama_kantor
        if top is None:
            top = PRINT_LIMIT if out.suffix.lower() == ".pdf" else 0
        doc = succession_doc(drafts, tahun, title, today, limit=top or None)
        write_doc(db, doc, out, paper)
    if as_json:
        emit_json({"file": str(out), "jabatan": _as_json(drafts)})
        return
    count = plural(len(drafts), "jabatan kritikal", "key position", "key positions")
    click.echo(pick(f"Draf suksesi {count} ditulis ke {out}.",
                    f"Succession draft of {count} written to {out}."))  # fmt: skip
