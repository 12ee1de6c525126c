"""``--db``: an office's SQLite file, or a centre on PostgreSQL (``postgresql://…``, issue 16).

A URL is kept as text (a Path would fold its ``//``); only the centre's sync commands take one
(``CENTRE_COMMANDS``), every other command refuses it with a message. Checked without importing
``desktop.sync`` at every command's start.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from desktop.cli.common import Context, rejecting

# what a PostgreSQL centre (``--db postgresql://…``) does; the rest is an office's work
CENTRE_COMMANDS = frozenset(
    {"import", "offices", "status", "siasn", "revoke", "keys", "role", "rekap"}
)


def is_url(target: object) -> bool:
    """``--db`` names a PostgreSQL centre."""
    return isinstance(target, str) and target.lower().startswith(("postgresql://", "postgres://"))


class DbTarget(click.ParamType):
    """``--db``: a SQLite file (a path) or a PostgreSQL centre (a ``postgresql://`` URL, kept
    as text: a Path would fold its ``//``)."""

    name = "db"

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        if isinstance(value, str) and is_url(value):
            return value
        return click.Path(dir_okay=False, path_type=Path).convert(value, param, ctx)


def refuse_url_for_office(ctx: click.Context, target: Any) -> None:
    """An office command given a PostgreSQL URL: refused with a message, exit 1."""
    from desktop.sync.errors import SyncError

    if is_url(target) and ctx.invoked_subcommand not in ("sync", "gui", None):
        with rejecting():
            raise SyncError("pg_office_only")


def open_target(obj: Context, *, create: bool = False) -> Any:
    """The database ``--db`` names: a SQLite file, or a PostgreSQL centre (``create``: make
    its tables, for ``sync role central``)."""
    from desktop.sync.pg import connect

    if is_url(obj.db_path):
        return connect(str(obj.db_path), create=create)
    return obj.open()
