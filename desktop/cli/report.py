"""``kinerja report …``: printed forms from the command line, and ``check --verify CODE``.

    kinerja report skp|evaluasi|dokumen --nip NIP --year Y [--period P] [--paper a4|f4] -o OUT.pdf
    kinerja report batch --unit KODE --year Y [--period P] [--form …] [--separate] -o OUT
    kinerja report rekap --unit KODE --year Y [--period P] -o OUT.pdf
    kinerja report settings [--paper a4|f4] [--emblem FILE | --no-emblem]

Exit 0 on success; 1 with a clear message and nothing written (unknown NIP or unit, no SKP or
evaluation, an output that cannot be written, a cancelled batch); 2 for usage errors.
A form is entered in the print log only once its file is written.
"""

from __future__ import annotations

import io
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import click

from desktop.cli.common import Context, IdGroup, emit_json, progress_printer, rejecting
from desktop.cli.options import (
    json_option,
    nip_option,
    output_option,
    paper_option,
    period_option,
    unit_option,
    year_option,
)
from desktop.core.errors import ValidationError
from desktop.core.i18n import pick, plural
from desktop.core.ids import required_id
from desktop.core.periods import parse_period

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.reports.printing import OutputError, Printed

# The reportlab stack loads on first use, so `kinerja gui` does not pay for it at start-up.

FORMS = ("skp", "evaluasi", "dokumen")
MAX_EMBLEM_BYTES = 2 * 1024 * 1024


class EmblemError(ValidationError):
    catalog = {
        "read": (
            "Lambang {path} tidak dapat dibaca sebagai gambar PNG atau JPEG.",
            "The emblem {path} cannot be read as a PNG or JPEG image.",
        ),
        "size": (
            "Lambang {path} terlalu besar ({size} KB); paling besar 2048 KB.",
            "The emblem {path} is too large ({size} KB); at most 2048 KB.",
        ),
    }


@click.group(cls=IdGroup)
def report() -> None:
    """Cetak formulir: SKP, evaluasi, dokumen evaluasi, cetak massal, rekap."""


def _common(func):
    func = json_option(func)
    func = output_option(help="Berkas PDF yang ditulis.")(func)
    func = paper_option()(func)
    return year_option()(func)


def _finish(db: sqlite_utils.Database, printed: Printed, out: Path, as_json: bool) -> None:
    from desktop.reports.printing import save_pdf
    from desktop.reports.verification import register

    save_pdf(out, printed.pdf)
    register(db, printed.sealed)
    info = {
        "file": str(out),
        "kind": printed.kind,
        "title": printed.title,
        "code": printed.code,
        "pages": printed.pages,
        "paper": printed.paper,
    }
    if as_json:
        emit_json(info)
    else:
        pages = plural(printed.pages, "halaman", "page", "pages")
        click.echo(
            pick(
                f"{printed.title}: {pages} ({printed.paper.upper()}) ditulis ke "
                f"{out}. Kode verifikasi {printed.code}.",
                f"{printed.title}: {pages} ({printed.paper.upper()}) written to "
                f"{out}. Verification code {printed.code}.",
            )
        )


@report.command("skp")
@nip_option
@_common
@click.pass_obj
def report_skp(obj: Context, nip: str, tahun: int, paper, out: Path, as_json: bool) -> None:
    """Sasaran Kinerja Pegawai seorang pegawai."""
    from desktop.reports import data
    from desktop.reports.printing import print_forms

    with rejecting():
        db = obj.open()
        skp = data.skp_of(db, nip, tahun)
        _finish(db, print_forms(db, [data.skp_form(db, required_id(skp))], paper=paper, log=False),
                out, as_json)  # fmt: skip


def _evaluation_command(kind: str, doc: str):
    @nip_option
    @period_option()
    @_common
    @click.pass_obj
    def command(
        obj: Context, nip: str, periode: str | None, tahun: int, paper, out: Path, as_json: bool
    ) -> None:
        from desktop.reports import data
        from desktop.reports.printing import print_forms

        with rejecting():
            db = obj.open()
            ev = data.evaluasi_of(db, nip, tahun, periode)
            form = data.load_form(db, kind, required_id(ev), tahun, ev.periode)
            _finish(db, print_forms(db, [form], paper=paper, log=False), out, as_json)

    command.__doc__ = doc
    return report.command(kind)(command)


_evaluation_command("evaluasi", "Evaluasi Kinerja Pegawai (periodik atau tahunan).")
_evaluation_command("dokumen", "Dokumen Evaluasi Kinerja Pegawai (satu halaman, 29 isian).")


@report.command("rekap")
@unit_option()
@period_option(default="TAHUNAN")
@_common
@click.pass_obj
def report_rekap(
    obj: Context, unit_kode: str, periode: str, tahun: int, paper, out: Path, as_json: bool
) -> None:
    """Rekap predikat per unit dan periode: jumlah, kurva terhadap kuota, yang belum dinilai."""
    from desktop.reports import data
    from desktop.reports.printing import print_forms

    with rejecting():
        db = obj.open()
        unit_id = data.unit_id_by_kode(db, unit_kode)
        form = data.rekap_form(db, unit_id, tahun, parse_period(periode).code)
        _finish(db, print_forms(db, [form], paper=paper, log=False), out, as_json)


@report.command("batch")
@unit_option()
@year_option()
@period_option(help="Periode (wajib untuk evaluasi/dokumen).")
@click.option(
    "--form",
    "kinds",
    type=click.Choice(FORMS),
    multiple=True,
    help="Formulir (boleh diulang). Bawaan: dokumen bila ada --period, selain itu skp.",
)
@click.option("--nip", "nips", multiple=True, help="Hanya pegawai ini (boleh diulang).")
@click.option("--separate", is_flag=True, help="Satu berkas per pegawai; OUT adalah folder.")
@paper_option()
@click.option("--workers", type=click.IntRange(1, 16), default=None, help="Jumlah proses.")
@output_option(help="Berkas PDF, atau folder dengan --separate.", target="either")
@json_option
@click.pass_obj
def report_batch(obj: Context, unit_kode, tahun, periode, kinds, nips, separate, paper, workers,
                 out: Path, as_json: bool) -> None:  # fmt: skip
    """Cetak massal semua formulir sebuah unit: satu PDF, atau satu berkas per pegawai."""
    from desktop.reports import data
    from desktop.reports.batch import plan_unit, run_batch

    kinds = kinds or (("dokumen",) if periode else ("skp",))
    with rejecting():
        db = obj.open()
        if not separate and out.exists() and out.is_dir():
            raise _dir_error(out)
        unit_id = data.unit_id_by_kode(db, unit_kode)
        staff_ids = {required_id(data.staff_by_nip(db, nip)) for nip in nips} if nips else None
        plan = plan_unit(db, unit_id, tahun, periode, kinds, staff_ids=staff_ids)
        result = run_batch(
            db, plan, out, separate=separate, paper=paper, workers=workers,
            progress=progress_printer(pick("Mencetak", "Printing")),
        )  # fmt: skip
    info = {
        "files": [str(f) for f in result.files],
        "forms": result.forms,
        "pages": result.pages,
        "seconds": round(result.seconds, 2),
        "workers": result.workers,
        "skipped": [asdict(s) for s in result.skipped],
    }
    if as_json:
        emit_json(info)
        return
    where = out if separate else result.files[0]
    forms = plural(result.forms, "formulir", "form", "forms")
    pages = plural(result.pages, "halaman", "page", "pages")
    files = plural(len(result.files), "berkas", "file", "files")
    click.echo(
        pick(
            f"{forms}, {pages} ditulis ke {where} ({files}, {result.seconds:.1f} detik).",
            f"{forms}, {pages} written to {where} ({files}, {result.seconds:.1f} s).",
        )
    )
    for s in result.skipped:
        click.echo(pick(f"  dilewati: {s.nama} ({s.nip}), {s.kind}: {s.reason}",
                        f"  skipped: {s.nama} ({s.nip}), {s.kind}: {s.reason}"))  # fmt: skip


def _dir_error(out: Path) -> OutputError:
    from desktop.reports.printing import OutputError

    return OutputError("write", path=str(out), detail=pick("itu sebuah folder", "it is a folder"))


@report.command("settings")
@paper_option(help="Kertas bawaan kantor: a4 atau f4.")
@click.option(
    "--emblem",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Lambang instansi (PNG/JPEG) untuk Dokumen Evaluasi.",
)
@click.option("--no-emblem", is_flag=True, help="Hapus lambang.")
@json_option
@click.pass_obj
def report_settings(obj: Context, paper, emblem: Path | None, no_emblem: bool, as_json: bool):
    """Tampilkan atau ubah pengaturan cetak kantor (kertas, lambang)."""
    from desktop.reports import data
    from desktop.reports.layout import PAPER_NAMES, parse_paper
    from desktop.store import prints

    with rejecting():
        db = obj.open()
        image: bytes | bool | None = False
        if no_emblem:
            image = None
        elif emblem is not None:
            image = read_emblem(emblem)
        prints.set_office_print(db, paper=parse_paper(paper) if paper else None, emblem=image)
    office = data.office_print(db)
    info = {
        "paper": office.paper,
        "emblem": len(office.emblem) if office.emblem else 0,
        "instansi": office.instansi,
        "kota": office.kota,
    }
    if as_json:
        emit_json(info)
        return
    click.echo(pick("Kertas: ", "Paper: ") + PAPER_NAMES[office.paper])
    click.echo(
        pick("Lambang: ", "Emblem: ")
        + (f"{len(office.emblem) // 1024 or 1} KB" if office.emblem else pick("tidak ada", "none"))
    )
    click.echo(f"Instansi: {office.instansi or '-'}; " + pick("kota: ", "place: ") + office.kota)


def read_emblem(path: Path) -> bytes:
    """The image file, checked to be a PNG or JPEG of a sane size."""
    from PIL import Image, UnidentifiedImageError

    raw = path.read_bytes()
    if len(raw) > MAX_EMBLEM_BYTES:
        raise EmblemError("size", path=str(path), size=len(raw) // 1024)
    try:
        with Image.open(io.BytesIO(raw)) as image:
            image.verify()
            if image.format not in ("PNG", "JPEG"):
                raise EmblemError("read", path=str(path))
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise EmblemError("read", path=str(path)) from exc
    return raw


def run_verify(db: sqlite_utils.Database, code: str, *, as_json: bool) -> int:
    """``check --verify``: 0 when the printout matches the data, 1 otherwise."""
    from desktop.reports.verify import report_lines, verify

    result = verify(db, code)
    if as_json:
        emit_json(
            {
                "code": result.code,
                "status": result.status.value,
                "ok": result.ok,
                "kind": result.kind,
                "title": result.title,
                "printed_at": result.printed_at,
                "printed_by": result.printed_by,
                "times": result.times,
                "changes": [asdict(c) for c in result.changes],
            }
        )
    else:
        for line in report_lines(result):
            click.echo(line)
    return 0 if result.ok else 1


@report.command("data-pribadi")
@nip_option
@paper_option()
@output_option(help="Berkas PDF yang ditulis.")
@json_option
@click.pass_obj
def report_personal(obj: Context, nip: str, paper, out: Path, as_json: bool) -> None:
    """Laporan Data Pribadi seorang pegawai: semua data yang tersimpan tentangnya dan jejak
    auditnya (UU 27/2022 Pasal 30–32, hak akses)."""
    from desktop.reports.personal_data import write_report

    with rejecting():
        report_data, pages = write_report(obj.open(), nip, out, paper=paper)
    info = {"file": str(out), "nip": report_data.nip, "pages": pages,
            "audit_entries": len(report_data.entries)}  # fmt: skip
    if as_json:
        emit_json(info)
        return
    click.echo(
        pick(
            f"Laporan data pribadi {report_data.nama}: {pages} halaman, "
            f"{len(report_data.entries)} catatan jejak audit, ditulis ke {out}.",
            f"Personal-data report of {report_data.nama}: {pages} pages, "
            f"{len(report_data.entries)} audit entries, written to {out}.",
        )
    )
