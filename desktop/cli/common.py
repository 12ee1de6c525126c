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

from desktop.core.i18n import pick


class Context:
    """What every command gets: the database path, the chosen output language and the account
    named by ``--user`` (or ``KINERJA_USER``)."""

    def __init__(self, db_path: Path, lang_option: str | None, user: str | None = None) -> None:
        self.db_path = db_path
        self.lang_option = lang_option  # None: the GUI uses its saved setting
        self.user = user

    def open(self, *, sign_in: bool = True):
        """The office database, migrated; once it has accounts, signed in (``sign_in``: the
        command reads personal data or writes). A refused sign-in exits 1 with the reason."""
        from desktop.store.db import open_db

        db = open_db(self.db_path)
        if sign_in:
            self._sign_in(db)
        return db

    def _sign_in(self, db) -> None:
        """``--user`` / ``KINERJA_USER`` with ``KINERJA_PASSWORD`` or a hidden prompt; the
        session's source is ``cli``. A database without accounts works as before."""
        import os

        from desktop.core.accounts import AccountError
        from desktop.store import accounts
        from desktop.store import session as sessions

        if not accounts.has_accounts(db):  # no accounts: the admin session, from the CLI
            sessions.begin(sessions.Session(source=sessions.Source.CLI))
            return
        with rejecting():
            username = (self.user or os.environ.get("KINERJA_USER", "")).strip()
            if not username:
                raise AccountError("sign_in")
            password = os.environ.get("KINERJA_PASSWORD")
            if password is None:
                password = _ask_password(username)
            signed_in = accounts.authenticate(  # the command's own entries name the account
                db, username, password, source=sessions.Source.CLI, record_login=False
            )
            if accounts.must_change_password(db, signed_in.account_id or 0):
                raise AccountError("must_change", username=signed_in.username)
            sessions.begin(signed_in)


def _ask_password(username: str) -> str:
    """The hidden prompt; without a terminal or input it is a refusal, not a hang."""
    from desktop.core.accounts import AccountError

    stdin = sys.stdin
    if stdin is None or stdin.closed:
        raise AccountError("no_password", username=username)
    if not stdin.isatty():  # a script piping the password (never getpass: it opens /dev/tty)
        line = stdin.readline()
        if not line:
            raise AccountError("no_password", username=username)
        return line.rstrip("\r\n")
    try:
        return click.prompt(
            pick(f"Kata sandi {username}", f"Password for {username}"),
            hide_input=True, show_default=False, err=True,
        )  # fmt: skip
    except (click.Abort, EOFError):
        raise AccountError("no_password", username=username) from None


def emit_json(data: Any) -> None:
    def default(obj: Any) -> Any:
        if is_dataclass(obj) and not isinstance(obj, type):
            return asdict(obj)
        return str(obj)

    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=default))


@contextmanager
def rejecting() -> Iterator[None]:
    """Turn a KinerjaError (or a busy, full, read-only or damaged database, or a PostgreSQL
    server gone) into exit code 1 with its message on stderr."""
    from desktop.sync.errors import known_error

    try:
        yield
    except Exception as exc:
        known = known_error(exc)
        if known is None:
            raise
        click.echo(pick("Ditolak: ", "Rejected: ") + known.message(), err=True)
        sys.exit(1)


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
