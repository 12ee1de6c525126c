"""What every ``kinerja`` command shares: the context (database path, language), JSON output,
the refusal that turns a known error into exit code 1, import verdicts and progress lines."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

import click

from desktop.core.errors import KinerjaError
from desktop.core.i18n import pick


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
