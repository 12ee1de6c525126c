"""The ``kinerja`` command: ``kinerja [--db FILE] [--lang id|en] COMMAND``.

Exit codes: 0 success, 1 input rejected (a clear message on stderr, nothing changed), 2 usage.
Every reporting command takes ``--json``. Without a command the GUI starts.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

import click

from desktop import __version__, paths
from desktop.core import i18n
from desktop.core.errors import KinerjaError
from desktop.core.i18n import pick
from desktop.store.cleanup import clean_at_start


class Context:
    """What every command gets: the database path and the chosen output language."""

    def __init__(self, db_path: Path, lang_option: str | None) -> None:
        self.db_path = db_path
        self.lang_option = lang_option  # None: the GUI uses its saved setting

    def open(self):
        from desktop.store.db import open_db

        return open_db(self.db_path)


def emit_json(data: Any) -> None:
    def default(obj: Any) -> Any:
        if is_dataclass(obj) and not isinstance(obj, type):
            return asdict(obj)
        return str(obj)

    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=default))


@contextmanager
def rejecting() -> Iterator[None]:
    """Turn a KinerjaError (or a busy, full, read-only or damaged database) into exit code 1
    with its message on stderr."""
    import sqlite3

    from desktop.store.db import store_error_for

    try:
        yield
    except (KinerjaError, sqlite3.Error) as exc:
        known = store_error_for(exc) if isinstance(exc, sqlite3.Error) else exc
        if known is None:
            raise
        click.echo(pick("Ditolak: ", "Rejected: ") + known.message(), err=True)
        sys.exit(1)


def import_verdict(
    rejected: int, saved: str, *, dry_run: bool, blocked: bool, written: bool
) -> str:
    """The last line of a spreadsheet import; ``saved`` is "N pegawai disimpan" in the
    current language (staff and appraisal imports say the same otherwise)."""
    if dry_run:
        return pick("Uji coba: tidak ada yang ditulis.", "Dry run: nothing was written.")
    if blocked:
        return pick(
            f"{rejected} baris ditolak: tidak ada yang ditulis. Perbaiki berkasnya, "
            "atau gunakan --skip-invalid untuk mengimpor baris yang valid saja.",
            f"{rejected} rows rejected: nothing was written. Fix the file, or use "
            "--skip-invalid to import the valid rows only.",
        )
    if written:
        return pick(f"Selesai: {saved}.", f"Done: {saved}.")
    return pick("Tidak ada perubahan.", "Nothing to change.")


def import_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--dry-run`` and ``--skip-invalid``, as every spreadsheet import takes them."""
    func = click.option(
        "--skip-invalid", is_flag=True, help="Impor baris yang valid walau ada baris ditolak."
    )(func)
    return click.option("--dry-run", is_flag=True, help="Periksa saja; tidak ada yang ditulis.")(
        func
    )


def finish_import(
    report: dict[str, Any], print_plan: Callable[[dict[str, Any]], None], *, rejected: int,
    saved: str, dry_run: bool, skip_invalid: bool, blocked: bool, written: bool, as_json: bool,
) -> int:  # fmt: skip
    """Show an import's report (JSON, or ``print_plan`` and the verdict) and return the exit
    code: 1 when rows were rejected and nothing was written."""
    if as_json:
        emit_json(report)
    else:
        print_plan(report)
        click.echo(
            import_verdict(rejected, saved, dry_run=dry_run, blocked=blocked, written=written)
        )
    return 1 if rejected and not (skip_invalid and not dry_run) else 0


def echo_counts(c: dict[str, int], more: tuple[str, str] = ("", "")) -> None:
    """The tally line of a row import; ``more`` is appended (Indonesian, English)."""
    click.echo(
        pick(
            f"Baru: {c['baru']}  Diubah: {c['ubah']}  Sama: {c['sama']}  Ditolak: {c['ditolak']}"
            + more[0],
            f"New: {c['baru']}  Changed: {c['ubah']}  Unchanged: {c['sama']}  "
            f"Rejected: {c['ditolak']}" + more[1],
        )
    )


def echo_ignored_columns(columns: list[str]) -> None:
    if columns:
        click.echo(pick("Kolom diabaikan: ", "Ignored columns: ") + ", ".join(columns))


def echo_row_issues(items: list[dict[str, Any]], *, err: bool = True) -> None:
    """``  Baris 4, kolom 'NIP': reason`` for each refused (or warned) row."""
    for item in items:
        click.echo(
            pick(
                f"  Baris {item['row']}, kolom '{item['column']}': {item['reason']}",
                f"  Row {item['row']}, column '{item['column']}': {item['reason']}",
            ),
            err=err,
        )


def progress_printer(label: str) -> Callable[[int, int], bool]:
    """A progress callback that writes ``label 40%`` to stderr on a terminal."""
    shown = {"pct": -1}

    def report(done: int, total: int) -> bool:
        pct = int(done * 100 / total) if total else 100
        if sys.stderr.isatty() and pct != shown["pct"]:
            shown["pct"] = pct
            click.echo(f"\r{label} {pct}%", err=True, nl=pct >= 100)
        return True

    return report


class IdCommand(click.Command):
    """A command whose ``--help`` line speaks Indonesian like the rest of the help text."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = "Tampilkan bantuan ini lalu keluar."
        return option


class IdGroup(IdCommand, click.Group):
    command_class = IdCommand
    group_class = type  # sub-groups are IdGroups too


@click.group(
    cls=IdGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Berkas basis data kantor (bawaan: folder data pengguna).",
)
@click.option(
    "--lang",
    type=click.Choice(i18n.LANGUAGES),
    default=None,
    help="Bahasa pesan: id (bawaan) atau en.",
)
@click.version_option(__version__, prog_name="kinerja", help="Tampilkan versi lalu keluar.")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, lang: str | None) -> None:
    """Kinerja Luring: data pegawai dan penilaian kinerja ASN, tanpa internet."""
    lang = lang or os.environ.get("KINERJA_LANG")
    i18n.set_language(lang or "id")
    ctx.obj = Context(db_path or paths.default_db_path(), lang)
    if ctx.invoked_subcommand not in (None, "gui"):  # the GUI sweeps in ``run_gui``
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
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON.")
@click.pass_obj
def demo(obj: Context, staff_count: int, seed: int, as_json: bool) -> None:
    """Bangun kantor contoh (kabupaten) beserta satu tahun penilaian kinerja di basis data
    kosong: selalu berkas tersendiri, tidak pernah basis data kantor yang sudah berisi."""
    from desktop.demo import build_demo

    with rejecting():
        db = obj.open()
        summary = build_demo(
            db,
            staff=staff_count,
            seed=seed,
            progress=progress_printer(pick("Membangun", "Building")),
        )
    if as_json:
        emit_json(summary)
        return
    click.echo(
        pick(
            f"Kantor contoh dibuat di {obj.db_path}: {summary}",
            f"Demo office created in {obj.db_path}: {summary}",
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


@cli.group()
def staff() -> None:
    """Data pegawai: impor dan ekspor lembar kerja."""


@staff.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@import_options
@click.option(
    "--create-units", is_flag=True, help="Buat unit yang belum ada menurut daftar (pohon unit)."
)
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON.")
@click.pass_obj
def staff_import(
    obj: Context, file: Path, dry_run: bool, skip_invalid: bool, create_units: bool, as_json: bool
) -> None:
    """Impor pegawai dari FILE (.xlsx, .csv atau .json data utama SIASN); diperbarui menurut
    NIP."""
    from desktop.cli_staff import run_import

    with rejecting():
        sys.exit(
            run_import(
                obj.open(), file, dry_run=dry_run, skip_invalid=skip_invalid, as_json=as_json,
                create_units=create_units,
            )
        )


@staff.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--unit", "unit_kode", default=None, help="Kode unit (beserta sub-unitnya).")
@click.option("--include-inactive", is_flag=True, help="Sertakan pegawai nonaktif.")
@click.pass_obj
def staff_export(obj: Context, file: Path, unit_kode: str | None, include_inactive: bool) -> None:
    """Ekspor pegawai ke FILE (.xlsx atau .csv), NIP sebagai teks."""
    from desktop.cli_staff import run_export

    with rejecting():
        run_export(obj.open(), file, unit_kode=unit_kode, include_inactive=include_inactive)


@cli.group()
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
    from desktop.cli_appraisal import run_appraisal_export

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
    from desktop.cli_appraisal import run_appraisal_import

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
    from desktop.cli_appraisal import run_legacy_import

    with rejecting():
        sys.exit(run_legacy_import(obj.open(), file, dry_run=dry_run, as_json=as_json))


@cli.command()
@click.option(
    "--verify",
    "verify_code",
    default=None,
    metavar="KODE",
    help="Cocokkan formulir tercetak (kode verifikasinya) dengan data saat ini.",
)
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON.")
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
            from desktop.cli_report import run_verify

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


from desktop.cli_sync import sync as sync_group  # noqa: E402  (it imports this module)

cli.add_command(sync_group)

from desktop.cli_report import report as report_group  # noqa: E402  (it imports this module)

cli.add_command(report_group)

from desktop.cli_backup import backup_cmd, restore_cmd  # noqa: E402  (it imports this module)

cli.add_command(backup_cmd)
cli.add_command(restore_cmd)
cli.add_command(__import__("desktop.cli_units", fromlist=["units"]).units)  # units import|export
cli.add_command(__import__("desktop.cli_data", fromlist=["_"]).data_folder)  # folder-data
cli.add_command(__import__("desktop.cli_skm", fromlist=["skm"]).skm)  # skm import|report


def main() -> None:
    cli(prog_name="kinerja")
