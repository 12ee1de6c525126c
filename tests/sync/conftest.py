"""The central tests run on both backends: a SQLite centre file and a fresh PostgreSQL database
(issue 16). PostgreSQL needs ``KINERJA_TEST_PG`` (a ``postgresql://`` URL of a server where
databases may be created; ``scripts/test.sh`` starts a throwaway one). Without it the
PostgreSQL cases are skipped locally; in CI (``CI`` or ``KINERJA_CI`` set) they fail instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

from desktop.sync import Role, set_role
from tests.unit.sync_support import centre_db

PG_ENV = "KINERJA_TEST_PG"


def in_ci() -> bool:
    return any(os.environ.get(name) for name in ("CI", "KINERJA_CI"))


def pg_url() -> str:
    """The test server's URL; skips (locally) or fails (CI) without one."""
    url = os.environ.get(PG_ENV, "")
    if not url:
        if in_ci():
            pytest.fail(f"{PG_ENV} is not set in CI: the PostgreSQL centre tests must run")
        pytest.skip(f"no PostgreSQL server ({PG_ENV} not set)")
    return url


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


class PgServer:
    """Fresh databases on the test server, dropped at the end."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.admin = psycopg.connect(url, autocommit=True)
        self.made: list[str] = []

    def new_database(self) -> str:
        name = "kinerja_t_" + uuid.uuid4().hex[:12]
        self.admin.execute(f"CREATE DATABASE {name}")
        self.made.append(name)
        return with_database(self.url, name)

    def copy_database(self, url: str) -> str:
        name = "kinerja_t_" + uuid.uuid4().hex[:12]
        source = urlsplit(url).path.lstrip("/")
        self.admin.execute(f"CREATE DATABASE {name} TEMPLATE {source}")
        self.made.append(name)
        return with_database(self.url, name)

    def drop_all(self) -> None:
        for name in self.made:
            self.admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.admin.close()


@pytest.fixture
def pg_server() -> Iterator[PgServer]:
    server = PgServer(pg_url())
    try:
        yield server
    finally:
        server.drop_all()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


class Centre:
    """A central database of either backend, and how to open it again."""

    def __init__(self, kind: str, target: str, db: Any, server: PgServer | None = None) -> None:
        self.kind, self.target, self.db, self.server = kind, target, db, server

    def reopen(self) -> Any:
        from desktop.store.db import open_db
        from desktop.sync.pg import connect

        return connect(self.target) if self.kind == "postgresql" else open_db(Path(self.target))

    def copy(self, folder: Path) -> Centre:
        """A copy of the centre as it is now (a backup to restore later): another file, or
        another database made from this one."""
        if self.kind == "sqlite":
            import sqlite3

            target = folder / "pusat-salinan.sqlite"
            dest = sqlite3.connect(target)
            self.db.conn.backup(dest)
            dest.close()
            made = Centre(self.kind, str(target), None)
        else:
            assert self.server is not None
            self.db.close()  # a template database must have no other session
            made = Centre(self.kind, self.server.copy_database(self.target), None, self.server)
            self.db = self.reopen()
        made.db = made.reopen()
        return made


@pytest.fixture
def centre(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Centre]:
    """An empty central database: a SQLite file or a fresh PostgreSQL database."""
    if backend == "sqlite":
        path = tmp_path / "pusat.sqlite"
        made = Centre(backend, str(path), centre_db(path))
    else:
        from desktop.sync.pg import connect

        server: PgServer = request.getfixturevalue("pg_server")
        url = server.new_database()
        db = connect(url, create=True)
        set_role(db, Role.CENTRAL)
        made = Centre(backend, url, db, server)
    try:
        yield made
    finally:
        made.db.close()


_STATE_TABLES = (
    "sync_config", "sync_key", "sync_office", "sync_package", "sync_backlog", "sync_receipt",
    "sync_conflict", "central_row", "audit_log",
)  # fmt: skip


def centre_state(db: Any) -> dict[str, list[str]]:
    """Every row of the centre's tables, as text, for "nothing was written" checks on either
    backend (the audit entry of the backup a SQLite centre takes before importing aside)."""
    out = {}
    for table in _STATE_TABLES:
        where = " WHERE action <> 'cadangan'" if table == "audit_log" else ""  # the safety copy
        rows = db.execute(f"SELECT * FROM {table}{where}").fetchall()
        out[table] = sorted(repr(tuple(bytes(v) if isinstance(v, memoryview) else v
                                      for v in row)) for row in rows)  # fmt: skip
    return out
