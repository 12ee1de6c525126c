"""Where the central import differs between a SQLite file and a PostgreSQL server.

Everything else (checks, refusals, sequence, conflicts, receipts) is the same code on both;
these few steps are not: the safety copy before an import (a SQLite file is backed up beside
itself; a server has its own backups), the page cache and WAL checkpoint (SQLite only), the
per-office lock that lets several importers run at once (PostgreSQL; a SQLite file has one
writer at a time anyway) and the bulk merge (COPY and set-based SQL on PostgreSQL).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from typing import Any

from desktop.store import changes
from desktop.store.backups import auto_backup
from desktop.sync.merge import Merger, SeenRows
from desktop.sync.pg import AUDIT_LOCK, is_pg, safe_url
from desktop.sync.registry import find_office

CACHE_MIB = 256  # SQLite page cache while importing: 1.7× faster at 2.4 million rows
# A batch of at least this many rows runs with a rollback journal instead of the WAL (about
# 60 MB of WAL; SQLite's own advice: "a rollback journal for transactions larger than a few
# dozen megabytes"). Each page the cache must read back is looked up in the WAL's index, a
# search through every 4,096 frames the open transaction wrote, so in a WAL a page costs more
# the larger the batch already is: 20 offices × 400,740 rows slowed to 0.78× by the last
# package, with a rollback journal they stay level (bench/sync.py; docs/sync.md §12).
ROLLBACK_ROWS = 100_000


def location(db: Any) -> str:
    """The database a report names: the file, or the server URL without its password."""
    if is_pg(db):
        return safe_url(db.url)
    return str(db.conn.execute("PRAGMA database_list").fetchone()[2])


def before_import(db: Any, reason: str) -> None:
    """A SQLite centre is copied first (``safety_copy``); a server is backed up by its own
    means (pg_dump, base backups), not by each importer."""
    if not is_pg(db):
        safety_copy(db, reason)


def safety_copy(db: Any, reason: str) -> Any:
    """The backup before an import, into the database's backup folder (then thinned)."""
    return auto_backup(db, reason)


@contextlib.contextmanager
def bulk(db: Any, rows: int = 0) -> Iterator[None]:
    """The import's settings: SQLite's larger page cache, and for a batch of ``rows`` ≥
    ``ROLLBACK_ROWS`` a rollback journal while nobody else has the file open (the WAL comes
    back afterwards); nothing on PostgreSQL."""
    if is_pg(db):
        yield
        return
    journal = rows >= ROLLBACK_ROWS and rollback_journal(db)
    try:
        with changes.page_cache(db, CACHE_MIB):
            yield
    finally:
        if journal:
            back_to_wal(db)


def rollback_journal(db: Any) -> bool:
    """Leave the WAL for a rollback journal (synchronous stays FULL: as safe on power loss);
    False, at once, when another connection has the file open: the batch then runs in the
    WAL as before (slower, and readers elsewhere keep reading meanwhile)."""
    if getattr(db, "path", None) is None or db.conn.in_transaction:
        return False
    saved = db.conn.execute("PRAGMA busy_timeout").fetchone()[0]
    db.conn.execute("PRAGMA busy_timeout = 0")
    try:
        mode = db.conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError:  # locked: someone else is reading or writing
        return False
    finally:
        db.conn.execute(f"PRAGMA busy_timeout = {int(saved)}")
    return str(mode).lower() == "delete"


def back_to_wal(db: Any) -> None:
    """The WAL again after the batch; should a reader hold the file past the busy timeout, the
    next ``open_db`` (which always asks for WAL) puts it back."""
    with contextlib.suppress(sqlite3.Error):
        db.conn.execute("PRAGMA journal_mode = WAL")


def after_commit(db: Any) -> None:
    """A big SQLite batch in the WAL leaves a WAL as large as itself: fold it in and give it
    back (a no-op under the rollback journal)."""
    if not is_pg(db):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def start_batch(db: Any, office_uuids: list[str]) -> None:
    """At the start of a batch's transaction on PostgreSQL: a batch that will register an
    office (first contact) writes to the audit chain, so it takes the chain's lock first,
    before any office's lock: two importers never wait for each other in a circle."""
    if is_pg(db) and any(find_office(db, u) is None for u in office_uuids):
        db.raw.execute(AUDIT_LOCK)


def lock_office(db: Any, office_uuid: str) -> None:
    """Until the batch ends, no other importer admits a package of this office."""
    if is_pg(db):
        db.lock_office(office_uuid)


def merger(db: Any, office_uuid: str, package: int, *, seen: bool) -> Merger:
    """The merger for one package; ``seen``: a full package over rows the centre holds, so
    the rows it no longer carries are deleted after it (``Merger.delete_unseen``)."""
    if is_pg(db):
        from desktop.sync.merge_pg import PgMerger, PgSeenRows

        return PgMerger(db, office_uuid, package, seen=PgSeenRows(db) if seen else None)  # type: ignore[arg-type]
    return Merger(db, office_uuid, package, seen=SeenRows(db) if seen else None)
