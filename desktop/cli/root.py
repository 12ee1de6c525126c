"""The ``kinerja`` command: ``kinerja [--db FILE] [--lang id|en] COMMAND``.

Exit codes: 0 success, 1 input rejected (a clear message on stderr, nothing changed), 2 usage.
Every reporting command takes ``--json``. Without a command the GUI starts.
"""

from __future__ import annotations

import os
import sys
from dataclasses import asdict
from pathlib import Path

import click

from desktop import __version__, paths
from desktop.cli.common import Context, IdGroup, emit_json, progress_printer, rejecting
from desktop.cli.db_target import DbTarget, is_url, refuse_url_for_office
from desktop.cli.options import json_option
from desktop.core import i18n
from desktop.core.i18n import pick
from desktop.store import session as sessions
from desktop.store.cleanup import clean_at_start


@click.group(
    cls=IdGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--db",
    "db_path",
    type=DbTarget(),
    default=None,
    help="Berkas basis data kantor (bawaan: folder data pengguna), atau basis data pusat "
    "postgresql://pengguna@host/nama (perintah sync pusat saja).",
)
@click.option(
    "--lang",
    type=click.Choice(i18n.LANGUAGES),
    default=None,
    help="Bahasa pesan: id (bawaan) atau en.",
)
@click.option(
    "--user",
    metavar="NAMA",
    default=None,
    help="Masuk sebagai akun ini (kata sandi ditanyakan, atau KINERJA_PASSWORD); bawaan: "
    "KINERJA_USER. Perlu bila basis data memakai akun.",
)
@click.version_option(__version__, prog_name="kinerja", help="Tampilkan versi lalu keluar.")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, lang: str | None, user: str | None) -> None:
    """Kinerja Luring: data pegawai dan penilaian kinerja ASN, tanpa internet."""
    lang = lang or os.environ.get("KINERJA_LANG")
    i18n.set_language(lang or "id")
    ctx.obj = Context(db_path or paths.default_db_path(), lang, user)
    ctx.call_on_close(sessions.end)  # a sign-in lasts one command (in-process runs too)
    if is_url(db_path):  # a PostgreSQL centre: its sync commands only
        refuse_url_for_office(ctx, db_path)
    elif ctx.invoked_subcommand not in (None, "gui"):  # the GUI sweeps in ``run_gui``
        clean_at_start(ctx.obj.db_path)  # what killed batches and exports left behind
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


@cli.command()
@click.option(
    "--import",
    "import_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Buka layar impor pusat untuk paket .kinerja ini.",
)
@click.pass_obj
def gui(obj: Context, import_file: Path | None) -> None:
    """Buka aplikasi (bawaan)."""
    from desktop.platform_check import refuse_unsupported_windows

    refuse_unsupported_windows()  # before Qt: an old Windows gets a message, not a DLL error
    if is_url(obj.db_path):  # a PostgreSQL centre: its overview ("Rekap Pusat") only
        from desktop.app import run_centre_window

        sys.exit(run_centre_window(str(obj.db_path), language=obj.lang_option))
    from desktop.app import run_gui

    sys.exit(run_gui(obj.db_path, language=obj.lang_option, import_file=import_file))


@cli.command()
@click.option(
    "--staff",
    "staff_count",
    type=click.IntRange(10, 200_000),
    default=600,
    show_default=True,
    help="Jumlah pegawai.",
)
@click.option("--seed", type=int, default=1, show_default=True, help="Benih acak (data sama).")
@json_option
@click.pass_obj
def demo(obj: Context, staff_count: int, seed: int, as_json: bool) -> None:
    """Bangun kantor contoh (kabupaten) beserta dua tahun penilaian lengkap, tahun berjalan
    dan data talenta di basis data kosong: selalu berkas tersendiri, tidak pernah basis data
    kantor yang sudah berisi."""
    from desktop.demo import build_demo
    from desktop.demo.accounts import DEMO_PASSWORD

    with rejecting():
        db = obj.open()
        summary = build_demo(
            db,
            staff=staff_count,
            seed=seed,
            progress=progress_printer(pick("Membangun", "Building")),
        )
        names = [r[0] for r in db.conn.execute("SELECT username FROM akun ORDER BY id")]
    if as_json:
        emit_json({**asdict(summary), "accounts": names, "password": DEMO_PASSWORD})
        return
    click.echo(
        pick(
            f"Kantor contoh dibuat di {obj.db_path}: {summary}",
            f"Demo office created in {obj.db_path}: {summary}",
        )
    )
    click.echo(
        pick(
            f"Akun contoh: {', '.join(names)}; kata sandi semuanya '{DEMO_PASSWORD}'. Perintah "
            "lain meminta --user NAMA (atau KINERJA_USER dan KINERJA_PASSWORD).",
            f"Demo accounts: {', '.join(names)}; each with the password '{DEMO_PASSWORD}'. "
            "Other commands need --user NAME (or KINERJA_USER and KINERJA_PASSWORD).",
        )
    )
    if summary.appraisal is not None:
        year, kode = summary.appraisal.year, summary.appraisal.quota_kode or "1"
        command = f"kinerja appraisal export --unit {kode} --year {year} --period TW4 TW4.xlsx"
        click.echo(
            pick(
                f"Lanjutkan penilaian tahun {year}: selesaikan TW4 dan evaluasi tahunan di "
                f"aplikasi (Penilaian Kinerja) atau dengan lembar isian, misalnya '{command}'.",
                f"Carry on with the {year} appraisal: finish Q4 and the annual evaluation in "
                f"the app (Penilaian Kinerja) or by spreadsheet, e.g. '{command}'.",
            )
        )


@cli.command()
@click.option(
    "--verify",
    "verify_code",
    default=None,
    metavar="KODE",
    help="Cocokkan formulir tercetak (kode verifikasinya) dengan data saat ini.",
)
@json_option
@click.pass_obj
def check(obj: Context, verify_code: str | None, as_json: bool) -> None:
    """Periksa keutuhan basis data dan aturan data pegawai (hanya membaca berkasnya)."""
    from desktop.store.check import open_read_only, run_checks

    with rejecting():
        if not obj.db_path.exists():
            click.echo(
                pick(f"Basis data tidak ada: {obj.db_path}", f"No database at {obj.db_path}"),
                err=True,
            )
            sys.exit(1)
        if verify_code is not None:
            from desktop.cli.report import run_verify

            sys.exit(run_verify(obj.open(), verify_code, as_json=as_json))
        db = open_read_only(obj.db_path)  # never migrated, never written
        report = run_checks(db)
        db.close()
    if as_json:
        emit_json({"ok": report.ok, "problems": report.problems, "facts": report.facts})
    else:
        for line in report.lines():
            click.echo(line)
    sys.exit(0 if report.ok else 1)


def _register() -> None:
    """Each command module declares its own group; the root only collects them (no cycle)."""
    from desktop.cli import appraisal, backup, data, report, skm, staff, sync, talent, units

    cli.add_command(staff.staff)
    cli.add_command(appraisal.appraisal)
    cli.add_command(sync.sync)
    cli.add_command(report.report)
    cli.add_command(backup.backup_cmd)
    cli.add_command(backup.restore_cmd)
    cli.add_command(units.units)
    cli.add_command(data.data_folder)
    cli.add_command(skm.skm)
    cli.add_command(talent.talent)


_register()


def main() -> None:
    cli(prog_name="kinerja")
