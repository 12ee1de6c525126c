"""``kinerja sync ...``: packages to the centre, receipts back, keys, SIASN output.

Office: ``export -o DIR``, ``receipt FILE``, ``status``. Centre: ``role central`` once,
``import FILE...``, ``offices``, ``rekap [-o FILE.xlsx]``, ``revoke``, ``siasn --year Y -o DIR``.
Both: ``keys export`` and ``keys import``. Exit 0 success, 1 refused (the reason on stderr,
nothing changed), 2 usage. An unknown office (or, at an office, an unknown centre) is accepted
only with ``--trust FINGERPRINT`` (or ``--trust-new`` at the centre), or after a yes on an
interactive terminal.
"""

from __future__ import annotations

import sys
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from desktop.cli.common import Context, IdGroup, emit_json, progress_printer, rejecting
from desktop.cli.db_target import CENTRE_COMMANDS, is_url
from desktop.cli.db_target import open_target as _open
from desktop.cli.options import json_option, output_option, year_option
from desktop.core.i18n import pick, plural

_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


def _interactive(as_json: bool) -> bool:
    return not as_json and sys.stdin.isatty()


@click.group(cls=IdGroup)
@click.pass_context
def sync(ctx: click.Context) -> None:
    """Paket sinkron ke pusat: ekspor, impor, tanda terima, kunci, SIASN."""
    from desktop.sync.errors import SyncError

    obj = ctx.find_object(Context)
    if obj is not None and is_url(obj.db_path) and ctx.invoked_subcommand not in CENTRE_COMMANDS:
        with rejecting():
            raise SyncError("pg_office_only")


@sync.command("export")
@output_option(help="Folder tujuan (flashdisk).", target="folder", name="folder")
@click.option("--full", is_flag=True, help="Kirim semua baris (setelah pusat kehilangan data).")
@json_option
@click.pass_obj
def export_cmd(obj: Context, folder: Path, full: bool, as_json: bool) -> None:
    """Tulis paket berikutnya ke folder (baris yang berubah sejak tanda terima terakhir)."""
    from desktop.sync.export import export_package

    with rejecting():
        result = export_package(
            obj.open(),
            folder,
            full=full,
            progress=progress_printer(pick("Mengekspor", "Exporting")),
        )
    if as_json:
        emit_json({**asdict(result), "path": str(result.path), "total_rows": result.total_rows})
        return
    rows = plural(result.total_rows, "baris", "row", "rows")
    click.echo(
        pick(
            f"Paket urutan {result.sequence} ditulis: {result.path} ({rows}, "
            f"{result.size:,} bita). Aman untuk mencabut flashdisk.",
            f"Package {result.sequence} written: {result.path} ({rows}, "
            f"{result.size:,} bytes). Safe to remove the stick.",
        )
    )
    if not result.encrypted:
        click.echo(
            pick(
                "Peringatan: paket TIDAK dienkripsi karena kunci pusat belum diimpor "
                "(kinerja sync keys import FILE).",
                "Warning: the package is NOT encrypted because no centre key was imported "
                "(kinerja sync keys import FILE).",
            ),
            err=True,
        )
    click.echo(pick("Sidik jari kunci kantor: ", "Office key fingerprint: ") + result.fingerprint)


@sync.command("import")
@click.argument("files", nargs=-1, required=True, type=_FILE)
@click.option(
    "--trust",
    "trust",
    multiple=True,
    metavar="SIDIK_JARI",
    help="Daftarkan kantor baru yang sidik jari kuncinya ini (boleh berulang).",
)
@click.option("--trust-new", is_flag=True, help="Daftarkan semua kantor baru (sidik jari dicetak).")
@click.option(
    "--receipts",
    "receipts_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder tanda terima (bawaan: folder paketnya).",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Simpan laporan JSON di sini.",
)
@json_option
@click.pass_obj
def import_cmd(
    obj: Context,
    files: tuple[Path, ...],
    trust: tuple[str, ...],
    trust_new: bool,
    receipts_dir: Path | None,
    report_path: Path | None,
    as_json: bool,
) -> None:
    """Impor paket kantor ke basis data pusat (satu transaksi) dan tulis tanda terimanya."""
    from desktop.sync.central import TrustPolicy, import_packages
    from desktop.sync.report import save_report

    confirm = _confirm_office if _interactive(as_json) else None
    with rejecting():
        _require_db(obj)
        report = import_packages(
            _open(obj), files,
            trust=TrustPolicy(frozenset(trust), trust_new, confirm),
            receipts_dir=receipts_dir, progress=progress_printer(pick("Mengimpor", "Importing")),
        )  # fmt: skip
        saved = save_report(report, report_path or _report_path(obj.db_path))
    if as_json:
        emit_json({**report.as_dict(), "ok": report.ok, "report_file": str(saved)})
    else:
        for line in report.lines():
            click.echo(line)
        click.echo(pick(f"Laporan disimpan: {saved}", f"Report saved: {saved}"))
        for outcome in report.outcomes:
            if outcome.state == "refused":
                click.echo(f"{outcome.file}: {outcome.message}", err=True)
    sys.exit(0 if report.ok else 1)


def _report_path(db_path: Any) -> Path:
    """A new report file: imports within one second get ``-2``, ``-3``… (the name is
    reserved by creating it, so two processes never share one)."""
    from desktop import paths

    if is_url(db_path):  # a server: beside the user's own data
        db_path = paths.default_db_path().with_name("pusat-postgresql")
    folder = db_path.parent / f"{db_path.stem}-sinkron"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = f"impor-{datetime.now(UTC):%Y%m%d-%H%M%S}"
    n = 1
    while True:
        path = folder / (f"{stamp}.json" if n == 1 else f"{stamp}-{n}.json")
        try:
            path.touch(exist_ok=False)
            return path
        except FileExistsError:
            n += 1


def _confirm_office(office: Any) -> bool:
    return click.confirm(
        pick(
            f"Kantor baru: {office.nama} ({office.instansi}), berkas {office.file}.\n"
            f"Sidik jari kunci: {office.fingerprint}\n"
            "Sudah dicocokkan dengan kantor tersebut? Daftarkan",
            f"New office: {office.nama} ({office.instansi}), file {office.file}.\n"
            f"Key fingerprint: {office.fingerprint}\nChecked with that office? Register it",
        ),
        default=False,
        err=True,
    )


def _confirm_centre(centre: Any) -> bool:
    return click.confirm(
        pick(
            f"Pusat baru: {centre.nama or centre.uuid}, sidik jari {centre.fingerprint}.\n"
            "Sudah dicocokkan dengan pusat? Percayai",
            f"New centre: {centre.nama or centre.uuid}, fingerprint {centre.fingerprint}.\n"
            "Checked with the centre? Trust it",
        ),
        default=False,
        err=True,
    )


def _require_db(obj: Context) -> None:
    if not is_url(obj.db_path) and not obj.db_path.exists():
        from desktop.sync.errors import SyncError

        raise SyncError("unreadable", file=str(obj.db_path), detail=pick("tidak ada", "missing"))


@sync.command("receipt")
@click.argument("file", type=_FILE)
@click.option(
    "--trust",
    "trust",
    multiple=True,
    metavar="SIDIK_JARI",
    help="Percayai pusat dengan sidik jari ini (bila kunci pusat belum diimpor).",
)
@json_option
@click.pass_obj
def receipt_cmd(obj: Context, file: Path, trust: tuple[str, ...], as_json: bool) -> None:
    """Impor tanda terima pusat: paketnya ditandai diterima, ekspor berikutnya mengecil."""
    from desktop.sync.receipts import import_receipt

    confirm = _confirm_centre if _interactive(as_json) else None
    with rejecting():
        _require_db(obj)
        result = import_receipt(obj.open(), file, trust=frozenset(trust), confirm=confirm)
    if as_json:
        emit_json(result)
        return
    if result.restored:
        click.echo(
            pick(
                f"Tanda terima urutan {result.sequence} lebih baru dari log ekspor: basis data ini "
                "tampaknya dipulihkan dari cadangan. Paket berikutnya berisi semua baris.",
                f"Receipt {result.sequence} is newer than the export log: this database seems "
                "restored from a backup. The next package carries every row.",
            )
        )
    else:
        click.echo(
            pick(
                f"Paket urutan {result.sequence} diterima pusat {result.centre_nama}. "
                f"Baris menunggu ekspor berikutnya: {result.rows_waiting}.",
                f"Package {result.sequence} acknowledged by centre {result.centre_nama}. "
                f"Rows waiting for the next export: {result.rows_waiting}.",
            )
        )


@sync.group("keys")
def keys_group() -> None:
    """Berkas kunci publik: kantor ↔ pusat."""


@keys_group.command("export")
@click.argument("target", type=click.Path(path_type=Path))
@click.pass_obj
def keys_export(obj: Context, target: Path) -> None:
    """Tulis berkas kunci publik basis data ini (TARGET: berkas atau folder)."""
    from desktop.sync.keyfile import export_key_file

    with rejecting():
        path, key = export_key_file(_open(obj), target)
    click.echo(pick(f"Kunci ditulis: {path}", f"Key written: {path}"))
    click.echo(pick("Sidik jari: ", "Fingerprint: ") + key.fingerprint)


@keys_group.command("new")
@click.option("--yes", is_flag=True, help="Tanpa pertanyaan konfirmasi.")
@click.pass_obj
def keys_new(obj: Context, yes: bool) -> None:
    """Buat kunci baru (mis. setelah laptop berisi salinan basis data dicuri)."""
    from desktop.sync.keyfile import renew_keys

    if not yes and not click.confirm(
        pick(
            "Kunci lama tidak berlaku lagi; pusat menolak paket sampai berkas kunci baru "
            "diimpor di sana. Lanjutkan",
            "The old key stops working; the centre refuses packages until the new key file "
            "is imported there. Continue",
        ),
        default=False,
        err=True,
    ):
        sys.exit(1)
    with rejecting():
        _require_db(obj)
        key = renew_keys(_open(obj))
    click.echo(pick("Sidik jari baru: ", "New fingerprint: ") + key.fingerprint)


@keys_group.command("import")
@click.argument("file", type=_FILE)
@json_option
@click.pass_obj
def keys_import(obj: Context, file: Path, as_json: bool) -> None:
    """Impor kunci pusat (di kantor) atau kunci kantor (di pusat)."""
    from desktop.sync.keyfile import import_key_file

    with rejecting():
        _require_db(obj)
        result = import_key_file(_open(obj), file)
    if as_json:
        emit_json(result)
        return
    who = pick("Pusat", "Centre") if result.kind == "centre" else pick("Kantor", "Office")
    click.echo(f"{who} {result.nama or result.uuid}: {result.fingerprint}")
    if result.previous_fingerprint:
        click.echo(pick("Menggantikan kunci ", "Replaces key ") + result.previous_fingerprint)


@sync.command("siasn")
@year_option()
@output_option(help="Folder tujuan.", target="folder", name="folder")
@json_option
@click.pass_obj
def siasn_cmd(obj: Context, tahun: int, folder: Path, as_json: bool) -> None:
    """JSON siap unggah SIASN (/skp22/save dan /kinerjaperiodik/save), satu per evaluasi."""
    from desktop.sync.siasn import write_siasn

    with rejecting():
        _require_db(obj)
        result = write_siasn(_open(obj), tahun, folder)
    if as_json:
        emit_json({**asdict(result), "files": [str(f) for f in result.files]})
        return
    click.echo(
        pick(
            f"{result.annual} evaluasi tahunan dan {result.periodic} evaluasi periodik {tahun}:",
            f"{result.annual} annual and {result.periodic} periodic evaluations of {tahun}:",
        )
    )
    for path in result.files:
        click.echo(f"  {path}")
    for reason, count in result.skipped.items():
        click.echo(pick(f"  dilewati ({reason}): {count}", f"  skipped ({reason}): {count}"))
    for reason, count in result.held.items():  # listed with their reason in the side file
        click.echo(pick(f"  tertahan ({reason}): {count}", f"  held back ({reason}): {count}"))


@sync.command("status")
@json_option
@click.pass_obj
def status_cmd(obj: Context, as_json: bool) -> None:
    """Paket terakhir, tanda terima terakhir dan baris yang menunggu."""
    from desktop.sync.status import sync_status

    with rejecting():
        _require_db(obj)
        status = sync_status(_open(obj))
    if as_json:
        data = asdict(status)
        if status.centre:
            data["centre"] = {"uuid": status.centre.uuid, "nama": status.centre.nama,
                              "fingerprint": status.centre.fingerprint}  # fmt: skip
        emit_json({**data, "total_waiting": status.total_waiting, "encrypts": status.encrypts})
        return
    for line in _status_lines(status):
        click.echo(line)


def _when(utc_text: str | None) -> str:
    """A stored UTC time in this computer's zone, as the screens show it."""
    from desktop.core.audit_terms import local_time_text

    return local_time_text(utc_text) if utc_text else "-"


def _status_lines(status: Any) -> list[str]:
    centre = status.centre
    last, ack = status.last_export, status.last_receipt
    return [
        pick(f"Peran: {status.role.value}", f"Role: {status.role.value}"),
        pick("Sidik jari kantor: ", "Office fingerprint: ") + (status.fingerprint or "-"),
        pick("Pusat: ", "Centre: ")
        + (f"{centre.nama or centre.uuid} ({centre.fingerprint})" if centre else "-")
        + ("" if status.encrypts else pick(" — paket tidak dienkripsi", " — packages unencrypted")),
        pick("Paket terakhir: ", "Last package: ")
        + (f"{last.sequence} ({_when(last.created_at)}, {last.file_name})" if last else "-"),
        pick("Tanda terima terakhir: ", "Last receipt: ")
        + (f"{ack.sequence} ({_when(ack.acked_at)})" if ack else "-"),
        pick("Belum diterima pusat: ", "Not yet acknowledged: ")
        + (", ".join(str(e.sequence) for e in status.unacknowledged) or "-"),
        pick(f"Baris menunggu: {status.total_waiting}", f"Rows waiting: {status.total_waiting}")
        + (
            pick(" (paket berikutnya lengkap)", " (next package is full)")
            if status.full_pending
            else ""
        ),
    ]


@sync.command("role")
@click.argument("role", type=click.Choice(["office", "central"]), required=False)
@click.option(
    "--nama", default=None, help="Nama kantor/pusat (tertulis di kunci dan tanda terima)."
)
@click.pass_obj
def role_cmd(obj: Context, role: str | None, nama: str | None) -> None:
    """Tampilkan atau ubah peran basis data: office (kantor) atau central (pusat)."""
    from desktop.store.units import get_office, save_office
    from desktop.sync.errors import SyncError
    from desktop.sync.registry import Role, get_role, set_role

    with rejecting():
        if is_url(obj.db_path) and role == "office":
            raise SyncError("pg_office_only")
        db = _open(obj, create=role == "central")
        if nama:
            office = get_office(db)
            office.nama_kantor = nama.strip()
            save_office(db, office)
        if role:
            set_role(db, Role(role))
        current = get_role(db)
    click.echo(pick(f"Peran basis data: {current.value}", f"Database role: {current.value}"))


@sync.command("offices")
@json_option
@click.pass_obj
def offices_cmd(obj: Context, as_json: bool) -> None:
    """Kantor yang terdaftar di pusat ini."""
    from desktop.sync.registry import list_offices

    with rejecting():
        _require_db(obj)
        offices = list_offices(_open(obj))
    if as_json:
        emit_json([{k: v for k, v in asdict(o).items() if k != "sign_key"} for o in offices])
        return
    for o in offices:
        click.echo(f"{o.label}\t{o.fingerprint}\t{o.status}\t{o.applied_sequence}\t{o.office_uuid}")


@sync.command("revoke")
@click.argument("office")
@click.option("--reason", default="", help="Alasan (mis. laptop hilang).")
@click.pass_obj
def revoke_cmd(obj: Context, office: str, reason: str) -> None:
    """Cabut kunci kantor (uuid, sidik jari atau nama): paketnya ditolak sejak itu."""
    from desktop.sync.registry import revoke_office

    with rejecting():
        _require_db(obj)
        entry = revoke_office(_open(obj), office, reason=reason)
    click.echo(pick(f"Kunci {entry.label} dicabut.", f"Key of {entry.label} revoked."))


@sync.command("rekap")
@output_option(help="Simpan juga sebagai buku kerja .xlsx.", required=False)
@json_option
@click.pass_obj
def rekap_cmd(obj: Context, out: Path | None, as_json: bool) -> None:
    """Rekap pusat: kantor, paket dan tanda terima terakhir, pegawai, sebaran predikat."""
    from desktop.sync import Role, SyncError
    from desktop.sync.overview import distribution, office_summaries
    from desktop.sync.overview_xlsx import checked_path, verdict, write_overview
    from desktop.sync.registry import get_role

    with rejecting():
        if out is not None:
            checked_path(out)
        _require_db(obj)
        db = _open(obj)
        if get_role(db) is not Role.CENTRAL:
            raise SyncError("not_central")
        offices = office_summaries(db)
        years = distribution(db)
        if out is not None:
            write_overview(db, out, years)
    if as_json:
        emit_json({
            "offices": [asdict(o) for o in offices],
            "distribution": [
                {"office_uuid": y.office_uuid, "office_nama": y.office_nama, "tahun": y.tahun,
                 "periode": y.periode, "counts": {p.value: n for p, n in y.counts.items()},
                 "final": y.final, "verdict": verdict(y)}
                for y in years
            ],
        })  # fmt: skip
        return
    for line in rekap_lines(offices, years):
        click.echo(line)
    if out is not None:
        click.echo(pick(f"Disimpan: {out}", f"Saved: {out}"))


def rekap_lines(offices: list[Any], years: list[Any]) -> list[str]:
    """The overview as text: one line per office (times in this computer's zone, as the
    screens show them), then per office and year."""
    from desktop.sync.overview_xlsx import verdict

    if not offices:
        return [pick("Belum ada kantor yang terdaftar di pusat ini.",
                     "No office is registered at this centre yet.")]  # fmt: skip
    lines = [pick("Kantor (paket terakhir, diterima, tanda terima, pegawai aktif/semua):",
                  "Offices (last package, received, receipt, active/all staff):")]  # fmt: skip
    for o in offices:
        received, receipt = _when(o.received_at), _when(o.receipt_at)
        held = pick(f", {o.held} tertahan", f", {o.held} held") if o.held else ""
        lines.append(f"  {o.label}\t#{o.sequence}\t{received}\t"
                     f"{receipt}\t{o.staff_active}/{o.staff}{held}")  # fmt: skip
    if years:
        lines.append(pick("Sebaran predikat (SB/B/BP/K/SK, ditetapkan/semua):",
                          "Predikat distribution (SB/B/BP/K/SK, set/all):"))  # fmt: skip
    for y in years:
        counts = "/".join(str(n) for n in y.counts.values())
        lines.append(f"  {y.tahun} {y.periode}\t{y.office_nama}\t{counts}\t"
                     f"{y.final}/{y.total}\t{verdict(y)}")  # fmt: skip
    return lines
