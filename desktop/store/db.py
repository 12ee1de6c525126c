"""Open, configure and migrate the office database; seed the reference lists.

One SQLite file per office: WAL, foreign keys on, a busy timeout, synchronous=FULL so a power
cut loses no committed action. Migrations are the SQL files in ``db/migrations`` applied through
sqlite-utils' ``Migrations``, each in one transaction, after an automatic backup of a database
that already holds data.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from desktop import paths
from desktop.core.errors import StoreError

MIGRATION_SET = "kinerja"


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
            for statement in split_statements(path.read_text(encoding="utf-8")):
                db.conn.execute(statement)

        migrations(name=path.stem)(apply)
    return migrations


def connect(path: Path | str) -> sqlite_utils.Database:
    """A configured connection; raises StoreError for a file that is not a database."""
    conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
    db = sqlite_utils.Database(conn, recursive_triggers=False)
    try:
        if str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError("not_a_database", path=str(path)) from exc
    return db


def open_db(path: Path | str, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) and bring the database to the current schema."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    if migrate:
        with translate_errors(path):
            upgrade(db, Path(path) if str(path) != ":memory:" else None)
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
    folder = paths.backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite"
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


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
    columns = list(rows[0])
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


@contextlib.contextmanager
def translate_errors(path: Path | str = "") -> Iterator[None]:
    """Turn SQLite's low-level failures into StoreErrors a person can act on."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "disk is full" in text or "database or disk is full" in text:
            raise StoreError("disk_full") from exc
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise StoreError("read_only", path=str(path)) from exc
        raise
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc).lower() or "malformed" in str(exc).lower():
            raise StoreError("not_a_database", path=str(path)) from exc
        raise
