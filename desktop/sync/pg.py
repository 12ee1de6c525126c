"""A central database on PostgreSQL (``postgresql://user@host/dbname``), issue 16.

The centre's code (registry, trust, receipts, sequence checks, conflicts) is written once
against the small part of sqlite-utils' ``Database`` it uses: ``execute``, ``query``,
``conn.execute``/``executemany``, ``conn.in_transaction`` and ``atomic()``. ``PgDatabase``
offers the same on a psycopg 3 connection and rewrites the few SQLite spellings those
statements use (``?`` and ``:name`` parameters, ``BEGIN IMMEDIATE``, ``INSERT OR REPLACE``,
``json_extract``, the ``user`` and ``full`` columns), so a PostgreSQL centre refuses and
guarantees exactly what a SQLite one does. The bulk path (merging rows) does not go through
this translation: ``merge_pg`` uses binary COPY and set-based SQL.

The rules a package's rows are checked against come from this app's own schema (``schema_db``:
the migrations applied to a private SQLite file once per process), since the PostgreSQL
centre holds only the central tables.
"""

from __future__ import annotations

import contextlib
import logging
import re
import tempfile
import uuid as uuidlib
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.sync.errors import SyncError

SCHEMES = ("postgresql://", "postgres://")
log = logging.getLogger(__name__)


def is_url(target: object) -> bool:
    """Whether ``--db`` names a PostgreSQL centre rather than a SQLite file."""
    return isinstance(target, str) and target.lower().startswith(SCHEMES)


def is_pg(db: object) -> bool:
    return isinstance(db, PgDatabase)


def safe_url(url: str) -> str:
    """The URL without a password, for messages and reports."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


@lru_cache(maxsize=1)
def schema_db() -> Any:
    """This app's SQLite schema (all migrations) in a private file: the reference lists and
    column rules a package is checked against. Made once per process, never written after."""
    from desktop.store.db import open_db

    folder = Path(tempfile.mkdtemp(prefix="kinerja-skema-"))
    return open_db(folder / "skema.sqlite")


_PARAM = re.compile(r"'(?:[^']|'')*'|\?|(?<![:\w]):([A-Za-z_]\w*)")
_JSON = re.compile(r"json_extract\(\s*([\w.]+)\s*,\s*'\$\.(\w+)'\s*\)")
_QUOTED = re.compile(r"(?<![\"\w])(user|full)(?![\"\w])")
_PRAGMA_COLUMNS = re.compile(r"SELECT name FROM pragma_table_info\(\?\)", re.I)
_NOCASE = re.compile(r"([\w.]+)\s+COLLATE\s+NOCASE\b", re.I)
_REPLACE = re.compile(r"^\s*INSERT OR REPLACE INTO (\w+)\s*\(([^)]*)\)", re.I)
_RETURNING_ID = ("sync_package", "audit_log", "sync_conflict")


@lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """SQLite spellings of the centre's statements in PostgreSQL's."""
    text = sql.strip()
    if text.upper() == "BEGIN IMMEDIATE":
        return "BEGIN"
    text = _PRAGMA_COLUMNS.sub(
        "SELECT column_name AS name FROM information_schema.columns WHERE table_name = ? "
        "AND table_schema = current_schema()",
        text,
    )
    text = _JSON.sub(lambda m: f"({m.group(1)}::jsonb ->> '{m.group(2)}')", text)
    text = _NOCASE.sub(r"lower(\1)", text)
    replace = _REPLACE.match(text)
    if replace:
        table, columns = replace.group(1), [c.strip() for c in replace.group(2).split(",")]
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
        text = (
            f"INSERT INTO {table} ({', '.join(columns)})" + text[replace.end() :]
            + f" ON CONFLICT ({columns[0]}) DO UPDATE SET {updates}"
        )  # fmt: skip
    text = re.sub(r"\bINSERT OR IGNORE INTO\b(.*)$", r"INSERT INTO\1 ON CONFLICT DO NOTHING",
                  text, flags=re.I | re.S)  # fmt: skip
    text = re.sub(r"\bIN \(\s*\)", "IN (NULL)", text)  # SQLite takes an empty list
    text = text.replace("%", "%%")
    text = _PARAM.sub(_param, text)
    return _quote_columns(text)


def _param(m: re.Match[str]) -> str:
    token = m.group(0)
    if token.startswith("'"):
        return token
    if token == "?":
        return "%s"
    return f"%({m.group(1)})s"


def _quote_columns(text: str) -> str:
    """``user`` and ``full`` are reserved words in PostgreSQL: quoted outside string literals."""
    parts = re.split(r"('(?:[^']|'')*')", text)
    return "".join(p if p.startswith("'") else _QUOTED.sub(r'"\1"', p) for p in parts)


class _Cursor:
    """The part of sqlite3's cursor the centre's code reads."""

    def __init__(
        self,
        rows: list[tuple] | None,
        rowcount: int,
        lastrowid: int | None = None,
        names: list[str] | None = None,
    ):
        self._rows = rows or []
        self.description = [(n, None, None, None, None, None, None) for n in names or []]
        self.rowcount = rowcount
        self.lastrowid = lastrowid
        self._at = 0

    def fetchone(self) -> tuple | None:
        if self._at >= len(self._rows):
            return None
        self._at += 1
        return self._rows[self._at - 1]

    def fetchall(self) -> list[tuple]:
        rows, self._at = self._rows[self._at :], len(self._rows)
        return rows

    def __iter__(self) -> Iterator[tuple]:
        while (row := self.fetchone()) is not None:
            yield row


class PgConnection:
    """``db.conn``: execute, executemany and in_transaction, as sqlite3's connection."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        if _app_tables_only(sql):
            return schema_db().conn.execute(sql, params)
        text = translate(sql)
        if self.in_transaction and _AUDIT_HEAD.search(text):
            self.raw.execute(AUDIT_LOCK)  # one chain: entries appended one writer at a time
        returning = _wants_id(text)
        if returning:
            text += " RETURNING id"
        with self.raw.cursor() as cur:
            cur.execute(text, _params(params))
            rows = cur.fetchall() if cur.description else None
            lastrowid = rows[0][0] if returning and rows else None
            names = [d.name for d in cur.description or []]
            return _Cursor(None if returning else rows, cur.rowcount, lastrowid, names)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> _Cursor:
        rows = [_params(r) for r in rows]
        if not rows:
            return _Cursor(None, 0)
        with self.raw.cursor() as cur:
            cur.executemany(translate(sql), rows)
            return _Cursor(None, cur.rowcount)

    def commit(self) -> None:
        if self.in_transaction:
            self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.raw.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()


# The audit log is one hash chain (each entry seals the one before it, ``store.audit``): its
# head is read and the next entry written by one importer at a time, until that importer's
# transaction ends. Importers of offices registered beforehand (key files) write no entry and
# never wait here; first contacts in two parallel batches do.
AUDIT_LOCK = "SELECT pg_advisory_xact_lock(16, 1)"
_AUDIT_HEAD = re.compile(r"FROM audit_log\s+ORDER BY id DESC|INSERT INTO audit_log", re.I)
_TABLE_REF = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE)\s+\[?(\w+)", re.I)


@lru_cache(maxsize=1024)
def _app_tables_only(sql: str) -> bool:
    """A read of the app's own tables only (reference lists such as ``ref_golongan``, or the
    centre's own office data, always empty on a server): answered by ``schema_db``."""
    from desktop.sync.pg_schema import PG_TABLES

    if not sql.lstrip()[:6].upper().startswith(("SELECT", "WITH")):
        return False
    names = {n.lower() for n in _TABLE_REF.findall(sql)}
    return (
        bool(names)
        and not names & PG_TABLES
        and not any(n.startswith(("pg_", "information_schema", "kinerja_")) for n in names)
    )


def _wants_id(text: str) -> bool:
    head = text.lstrip()[:40].upper()
    return head.startswith("INSERT INTO") and any(
        head.startswith(f"INSERT INTO {t.upper()} ") for t in _RETURNING_ID
    ) and "RETURNING" not in text.upper()  # fmt: skip


def _params(params: Any) -> Any:
    if isinstance(params, dict):
        return {k: _value(v) for k, v in params.items()}
    return [_value(v) for v in params]


def _value(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview | bytearray) else value


class PgDatabase:
    """A central database on PostgreSQL, used where the centre's code takes a ``Database``."""

    def __init__(self, url: str, raw: Any) -> None:
        self.url = url
        self.conn = PgConnection(raw)
        self.path = None
        self._savepoints = 0

    @property
    def raw(self) -> Any:
        """The psycopg connection (COPY and set-based SQL in ``merge_pg``)."""
        return self.conn.raw

    @property
    def schema_db(self) -> Any:
        return schema_db()

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> _Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        if _app_tables_only(sql):
            yield from schema_db().query(sql, params)
            return
        with self.raw.cursor() as cur:
            cur.execute(translate(sql), _params(params))
            names = [d.name for d in cur.description or []]
            rows = cur.fetchall()
        for row in rows:
            yield dict(zip(names, row, strict=True))

    @contextlib.contextmanager
    def atomic(self) -> Iterator[PgDatabase]:
        """A transaction, or a savepoint inside one (as sqlite-utils' ``atomic``)."""
        if self.conn.in_transaction:
            self._savepoints += 1
            name = f"kinerja_{self._savepoints}"
            self.raw.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                self.raw.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.raw.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.raw.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.raw.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.raw.execute("COMMIT")

    def lock_office(self, office_uuid: str) -> None:
        """Serialise importers of the same office until this transaction ends (two importers
        given the same package: the second waits, then finds it applied). Offices are taken in
        the order of their uuid, so two importers never wait for each other in a circle."""
        self.raw.execute("SELECT pg_advisory_xact_lock(16, hashtext(%s))", [office_uuid])

    def table_names(self) -> list[str]:
        rows = self.raw.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchall()
        return [r[0] for r in rows]

    def close(self) -> None:
        self.conn.close()


def connect(url: str, *, create: bool = False) -> PgDatabase:
    """Open a PostgreSQL centre; ``create`` makes its tables (``sync role central``). A server
    that cannot be reached, or a database without the centre's tables, is a SyncError."""
    try:
        import psycopg
    except ImportError as exc:  # the office bundle and a plain install leave it out
        raise SyncError("pg_missing") from exc
    from psycopg.types.json import set_json_dumps
    from psycopg.types.string import TextLoader

    try:
        raw = psycopg.connect(url, autocommit=True)
    except psycopg.Error as exc:
        raise SyncError("pg_unreachable", url=safe_url(url), detail=_first_line(exc)) from exc
    for name in ("json", "jsonb"):  # JSON as text, as SQLite gives it
        raw.adapters.register_loader(name, TextLoader)
    set_json_dumps(str, context=raw)  # and taken as text: rows arrive as canonical JSON
    db = PgDatabase(url, raw)
    for statement in TEMPORARY_TABLES:  # outside any transaction: they last the session
        raw.execute(statement)
    if create:
        ensure_schema(db)
    elif "sync_config" not in db.table_names():
        db.close()
        raise SyncError("pg_not_central", url=safe_url(url))
    else:
        from desktop.sync.pg_schema import SCHEMA_VERSION

        if _schema_version(db) < SCHEMA_VERSION:  # a centre made by an older version
            try:
                ensure_schema(db)
            except psycopg.errors.InsufficientPrivilege:  # a user that may only read and write
                log.warning("centre schema not upgraded: its owner runs `sync role central`")
    return db


# the rows of one package member on their way in, and the (table, uuid) of one full package
# (``merge_pg``)
TEMPORARY_TABLES = (
    "CREATE TEMP TABLE IF NOT EXISTS kinerja_stage (uuid text, data text, updated_at text, "
    "office_rev bigint, origin text)",
    "CREATE TEMP TABLE IF NOT EXISTS kinerja_seen (table_name text NOT NULL, "
    "uuid text NOT NULL, PRIMARY KEY (table_name, uuid))",
)


def ensure_schema(db: PgDatabase) -> None:
    """The centre's tables and views, made once and brought up to ``SCHEMA_VERSION``
    (idempotent; concurrent callers serialised)."""
    from desktop.sync.pg_schema import SCHEMA_VERSION, SEED, TABLES, UPGRADES, VIEWS

    with db.atomic():
        db.raw.execute("SELECT pg_advisory_xact_lock(16, 0)")
        db.raw.execute(TABLES)
        for statement in SEED.strip().splitlines():
            params = [uuidlib.uuid4().hex] if "%s" in statement else None
            db.raw.execute(statement, params)
        found = db.raw.execute("SELECT max(version) FROM kinerja_schema").fetchone()[0]
        if found is None:
            db.raw.execute("INSERT INTO kinerja_schema VALUES (%s)", [SCHEMA_VERSION])
        elif found < SCHEMA_VERSION:
            for version in range(found, SCHEMA_VERSION):
                for statement in UPGRADES[version]:
                    db.raw.execute(statement)
            db.raw.execute("UPDATE kinerja_schema SET version = %s", [SCHEMA_VERSION])
        db.raw.execute(VIEWS)


def _schema_version(db: PgDatabase) -> int:
    row = db.raw.execute("SELECT max(version) FROM kinerja_schema").fetchone()
    return int(row[0] or 0)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
