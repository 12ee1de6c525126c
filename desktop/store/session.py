"""Who is acting in this process: the signed-in account, its role and scope, and where the
action comes from (GUI, CLI, import, sync) for the audit trail.

A database without accounts keeps working as before: the session is the office's admin with no
account (``account_id`` None) and the audit log names the operating-system user. Store functions
read ``current()`` unless a session is passed to them explicitly (tests exercise the role ×
scope matrix that way); ``acting`` sets the session for a block and restores the previous one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from functools import wraps
from typing import ParamSpec, TypeVar

from desktop.core.workflow import Role

P = ParamSpec("P")
R = TypeVar("R")


class Source(StrEnum):
    GUI = "gui"
    CLI = "cli"
    IMPORT = "import"
    SYNC = "sync"
    SYSTEM = "system"


@dataclass(frozen=True)
class Session:
    role: Role = Role.ADMIN
    account_id: int | None = None  # None: no accounts in this database (or a system task)
    username: str = ""  # the account's name; "" means the operating-system user
    nama: str = ""  # the person's full name, for the window title and audit screen
    staff_id: int | None = None  # the employee behind the account (penilai, atasan, pegawai)
    unit_ids: frozenset[int] = field(default_factory=frozenset)  # operator scope (unit roots)
    source: Source = Source.GUI
    # a window over a database with accounts, waiting for its sign-in: it sees nobody and may
    # do nothing (nothing personal is even read before someone signs in)
    locked: bool = False

    @property
    def signed_in(self) -> bool:
        return self.account_id is not None


_current = Session()


def current() -> Session:
    return _current


def begin(session: Session) -> None:
    """Make ``session`` the one acting from now on (after a login, a switch of user, a CLI
    ``--user``)."""
    global _current
    _current = session


def end() -> None:
    """Back to the account-less admin session (sign-out, tests)."""
    begin(Session())


@contextmanager
def acting(session: Session | None = None, *, source: Source | None = None) -> Iterator[Session]:
    """Run a block as ``session`` (default: the current one) and/or from ``source`` (an import
    inside a GUI session records ``import``), restoring the previous session afterwards."""
    previous = _current
    chosen = session or previous
    if source is not None:
        chosen = dataclasses.replace(chosen, source=Source(source))
    begin(chosen)
    try:
        yield chosen
    finally:
        begin(previous)


def set_role(role: Role) -> None:
    """Keep the session but act in another role (tests and scripts from before accounts)."""
    begin(dataclasses.replace(_current, role=Role(role)))


def current_role() -> Role:
    return _current.role


def from_source(source: Source) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a whole flow (a spreadsheet import's apply step, a central package import):
    its audit rows say ``import`` or ``sync``, whoever is signed in."""

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @wraps(func)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            with acting(source=source):
                return func(*args, **kwargs)

        return run

    return decorate
