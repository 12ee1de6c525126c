"""Open, configure and migrate the office database; seed the reference lists.

One SQLite file per office: WAL, foreign keys on, a busy timeout, synchronous=FULL so a power
cut loses no committed action. Migrations are the SQL files in ``db/migrations`` applied through
sqlite-utils' ``Migrations``, each in one transaction, after an automatic backup of a database
that already holds data.

Every write transaction starts ``BEGIN IMMEDIATE`` (``Database.atomic`` and the connection's
isolation level): a deferred transaction that reads and then writes cannot wait for the write
lock (SQLite returns "database is locked" at once instead of using the busy timeout). A busy,
full, read-only or damaged file becomes a ``StoreError`` chosen by SQLite's error name.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from desktop import paths
from desktop.core.errors import StoreError
from desktop.store import audit, lock

MIGRATION_SET = "kinerja"
BUSY_TIMEOUT_S = 5.0


def split_statements(sql: str) -> list[str]:
    """Split a migration into statements (triggers included) without ``executescript``,
    which would commit behind the migration's transaction."""
    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip() and not buf.strip().startswith("--"):
        statements.append(buf.strip())
    return statements


def migration_files() -> list[Path]:
    return sorted(paths.migrations_dir().glob("[0-9][0-9][0-9][0-9]_*.sql"))


def build_migrations() -> Migrations:
    """One sqlite-utils migration per SQL file, named after the file."""
    migrations = Migrations(MIGRATION_SET)
    for path in migration_files():

        def apply(db: sqlite_utils.Database, path: Path = path) -> None:
            audit.register_functions(db.conn)  # 0014 seals the older audit rows with it
            for statement in split_statements(path.read_text(encoding="utf-8")):
                db.conn.execute(statement)

        migrations(name=path.stem)(apply)
    return migrations


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost ``atomic()`` is ``BEGIN IMMEDIATE``: the write
    lock is taken (waiting up to the busy timeout) before the first read of the transaction."""

    path: Path | None = None

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:  # nested: a savepoint, as sqlite-utils does
            with super().atomic():
                yield self
            return
        begin_immediate(self)
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


def begin_immediate(db: sqlite_utils.Database) -> None:
    """Take the write lock now; a database still busy after the timeout is a StoreError
    naming who holds it."""
    path = getattr(db, "path", None)
    with translate_errors(path or ""):
        db.conn.execute("BEGIN IMMEDIATE")


def connect(path: Path | str) -> Database:
    """A configured connection; raises StoreError for a file that is not a database."""
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False, isolation_level="IMMEDIATE"
    )
    db = Database(conn, recursive_triggers=False)
    db.path = None if str(path) == ":memory:" else Path(path)
    try:
        with translate_errors(path):
            if str(path) != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    if db.path is not None:
        lock.note_open(db.path)
    return db


def refuse_unusable(path: Path) -> None:
    """Only a missing path may become a new office: an existing empty file, a folder or a
    file this user cannot write is refused before SQLite touches it."""
    if not path.exists():
        return
    if not path.is_file():
        raise StoreError("cant_open", path=str(path))
    if path.stat().st_size == 0:
        raise StoreError("empty_file", path=str(path))
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StoreError("read_only", path=str(path))


class InstallError(StoreError):
    """The app's own files are missing (a broken installation): nothing is opened."""

    catalog = {
        "no_migrations": (
            "Instalasi Kinerja Luring tidak lengkap: berkas skema basis data tidak ditemukan di "
            "{folder}. Tidak ada yang dibuka atau dibuat; pasang ulang aplikasinya.",
            "The Kinerja Luring installation is incomplete: the database schema files are "
            "missing from {folder}. Nothing was opened or created; reinstall the app.",
        ),
    }


def open_db(path: Path | str, *, migrate: bool = True) -> Database:
    """Open (creating only when the path does not exist) and bring the database to the
    current schema; refused before touching the path when the migrations are missing."""
    if migrate and not migration_files():
        raise InstallError("no_migrations", folder=str(paths.migrations_dir()))
    if str(path) != ":memory:":
        refuse_unusable(Path(path))
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    if migrate:
        try:
            with translate_errors(path):
                upgrade(db, Path(path) if str(path) != ":memory:" else None)
        except BaseException:
            db.close()
            raise
    return db


def upgrade(db: sqlite_utils.Database, path: Path | None) -> list[str]:
    """Apply pending migrations (after a backup) and re-seed reference data; return their names."""
    migrations = build_migrations()
    known = {p.stem for p in migration_files()}
    applied = [m.name for m in migrations.applied(db)]
    newer = [name for name in applied if name not in known]
    if newer:
        raise StoreError("newer_schema", found=newer[-1])
    pending = [m.name for m in migrations.pending(db)]
    if pending and applied and path is not None:
        backup(db, path, reason=f"sebelum-{pending[0]}")
    if pending:
        migrations.apply(db)
    seed_reference(db, force=bool(pending))
    return pending


def backup(db: sqlite_utils.Database, path: Path, *, reason: str) -> Path:
    """A consistent copy through SQLite's online backup, into the backup folder."""
    from desktop.store.backups import create_backup  # backups imports this module

    return create_backup(db, path, reason=reason).path


def _reference_hash() -> str:
    digest = hashlib.sha256()
    for csv_path in sorted(paths.reference_dir().glob("*.csv")):
        digest.update(csv_path.name.encode())
        digest.update(csv_path.read_bytes())
    return digest.hexdigest()


def seed_reference(db: sqlite_utils.Database, *, force: bool = False) -> bool:
    """Upsert every ``db/reference/NAME.csv`` into ``ref_NAME`` when the lists changed."""
    current = _reference_hash()
    row = db.conn.execute("SELECT value FROM meta WHERE key = 'reference_hash'").fetchone()
    if not force and row and row[0] == current:
        return False
    tables = set(db.table_names())
    with db.atomic():
        # a list may refer to one seeded after it (pangkat_maks → pendidikan): check at commit
        db.conn.execute("PRAGMA defer_foreign_keys = ON")
        for csv_path in sorted(paths.reference_dir().glob("*.csv")):
            if f"ref_{csv_path.stem}" in tables:
                _seed_table(db, f"ref_{csv_path.stem}", csv_path)
        db.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('reference_hash', ?)", (current,)
        )
    return True


def _seed_table(db: sqlite_utils.Database, table: str, csv_path: Path) -> None:
    types = {c.name: c.type.upper() for c in db[table].columns}
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = [_typed(row, types) for row in csv.DictReader(handle)]
    if not rows:
        return
    columns = [c for c in rows[0] if c in types]  # a column a later migration adds waits
    sql = (
        f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    db.conn.executemany(sql, [tuple(r[c] for c in columns) for r in rows])


def _typed(row: dict[str, str], types: dict[str, str]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in row.items():
        kind = types.get(key, "TEXT")
        if value == "":
            out[key] = None
        elif kind == "INTEGER":
            out[key] = int(value)
        elif kind == "REAL":
            out[key] = float(value)
        else:
            out[key] = value
    return out


# SQLite's primary error names (extended ones start with these) → StoreError codes
_ERROR_CODES = (
    ("SQLITE_BUSY", "busy"),
    ("SQLITE_LOCKED", "busy"),
    ("SQLITE_FULL", "disk_full"),
    ("SQLITE_READONLY", "read_only"),
    ("SQLITE_CORRUPT", "corrupt"),
    ("SQLITE_NOTADB", "not_a_database"),
    ("SQLITE_CANTOPEN", "cant_open"),
    ("SQLITE_IOERR", "io_error"),
)


# RAISE(ABORT, code) in a migration's trigger → StoreError code
_TRIGGER_CODES = {
    "audit_log_append_only": "audit_append_only",
}


def store_error_for(exc: sqlite3.Error, path: Path | str = "") -> StoreError | None:
    """The StoreError a person should see for a low-level SQLite failure (None: a bug)."""
    name = getattr(exc, "sqlite_errorname", None) or ""
    if name == "SQLITE_CONSTRAINT_TRIGGER" and exc.args and exc.args[0] in _TRIGGER_CODES:
        return StoreError(_TRIGGER_CODES[exc.args[0]])  # the code our own trigger raised
    where = Path(path) if path else lock.only_open_path()
    for prefix, code in _ERROR_CODES:
        if name.startswith(prefix):
            if code == "busy":
                return StoreError(code, who=lock.busy_holder_text(where))
            return StoreError(code, path=str(where) if where else "")
    return None


@contextlib.contextmanager
def translate_errors(path: Path | str = "") -> Iterator[None]:
    """Turn SQLite's low-level failures into StoreErrors a person can act on, by SQLite's
    error name (never by the English text); constraint failures pass through."""
    try:
        yield
    except sqlite3.Error as exc:
        error = store_error_for(exc, path)
        if error is None:
            raise
        raise error from exc
