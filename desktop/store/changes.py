"""Rows changed since a change counter value: what a sync package carries.

Every synced table stamps ``rev`` (the database's change counter in ``sync_state``) on each
insert and update, and deletions leave ``tombstone`` rows with the rev of the deletion, so
"everything since rev N" is a plain range query. Foreign keys are local integer ids, which
mean nothing in another database, so they are returned as the uuid of the row they point at.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import sqlite_utils


@contextlib.contextmanager
def page_cache(db: sqlite_utils.Database, mib: int) -> Iterator[None]:
    """A larger page cache for one bulk read or write (a package), restored afterwards: the
    uuid indexes are visited in random order, and SQLite's default 2 MB cache thrashes."""
    saved = db.execute("PRAGMA cache_size").fetchone()[0]
    db.conn.execute(f"PRAGMA cache_size = -{int(mib) * 1024}")
    try:
        yield
    finally:
        db.conn.execute(f"PRAGMA cache_size = {int(saved)}")


def current_rev(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT rev FROM sync_state").fetchone()[0])


def _select(table: str, columns: Iterable[str], foreign: Mapping[str, str]) -> str:
    """``SELECT uuid, rev, updated_at, origin, <columns>, <fk uuids>`` with one LEFT JOIN per
    foreign key; ``foreign`` maps a column (``unit_id``) to the table it points at."""
    picks = ["t.uuid", "t.rev", "t.updated_at", "t.origin", *(f"t.{c}" for c in columns)]
    joins = []
    for n, (column, target) in enumerate(sorted(foreign.items())):
        picks.append(f"f{n}.uuid")
        joins.append(f"LEFT JOIN {target} f{n} ON f{n}.id = t.{column}")
    return f"SELECT {', '.join(picks)} FROM {table} t {' '.join(joins)}"


def changed_rows(
    db: sqlite_utils.Database,
    table: str,
    columns: Iterable[str],
    foreign: Mapping[str, str],
    *,
    since_rev: int,
    upto_rev: int | None = None,
) -> Iterator[tuple[Any, ...]]:
    """Rows of ``table`` with ``since_rev < rev <= upto_rev``, ordered by uuid, as tuples
    ``(uuid, rev, updated_at, origin, *columns, *fk_uuids)`` (foreign keys sorted by name)."""
    sql = _select(table, list(columns), foreign) + " WHERE t.rev > ?"
    params: list[int] = [since_rev]
    if upto_rev is not None:
        sql += " AND t.rev <= ?"
        params.append(upto_rev)
    yield from db.execute(sql + " ORDER BY +t.uuid", params)  # sort, not an index walk


def count_changed(
    db: sqlite_utils.Database, tables: Iterable[str], *, since_rev: int
) -> dict[str, int]:
    """How many rows of each table changed after ``since_rev`` (deletions not included)."""
    return {
        table: int(
            db.execute(f"SELECT count(*) FROM {table} WHERE rev > ?", [since_rev]).fetchone()[0]
        )
        for table in tables
    }


def tombstones(
    db: sqlite_utils.Database,
    tables: Iterable[str],
    *,
    since_rev: int,
    upto_rev: int | None = None,
) -> Iterator[tuple[str, str, int, str, str]]:
    """Deletions in ``tables`` after ``since_rev``: ``(table, uuid, rev, deleted_at, origin)``,
    the latest per row, ordered by table and uuid."""
    names = sorted(set(tables))
    marks = ", ".join("?" * len(names))
    sql = (
        "SELECT table_name, uuid, max(rev), deleted_at, origin FROM tombstone "
        f"WHERE table_name IN ({marks}) AND rev > ?"
    )
    params: list[Any] = [*names, since_rev]
    if upto_rev is not None:
        sql += " AND rev <= ?"
        params.append(upto_rev)
    yield from db.execute(sql + " GROUP BY table_name, uuid ORDER BY table_name, uuid", params)


def count_tombstones(db: sqlite_utils.Database, tables: Iterable[str], *, since_rev: int) -> int:
    names = sorted(set(tables))
    marks = ", ".join("?" * len(names))
    return int(
        db.execute(
            f"SELECT count(DISTINCT table_name || uuid) FROM tombstone "
            f"WHERE table_name IN ({marks}) AND rev > ?",
            [*names, since_rev],
        ).fetchone()[0]
    )
