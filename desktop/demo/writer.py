"""Writing the generated office in one transaction: the demo's only contact with SQL.

Generated rows go in with ``executemany`` (``store.history.insert_many``), not through
``store.staff.save_staff``: 50,000 records with per-row audit entries would take minutes, and the
demo is one action, so it gets one audit entry. The schema's triggers still stamp ``rev`` and
``origin`` on every row. Foreign keys are checked at commit (``defer_foreign_keys``) because units
name their heads and staff their superiors before all of those rows exist.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import sqlite_utils

from desktop.demo.errors import DemoError
from desktop.demo.marker import is_demo, office_name
from desktop.demo.records import Tables
from desktop.demo.riwayat import Row
from desktop.store import audit
from desktop.store import units as unit_store
from desktop.store.db import translate_errors
from desktop.store.history import insert_many

CACHE_KIB = 65_536  # page cache while writing: measured at 20,000 staff, 64 MiB builds as fast
# as 256 MiB did (the spill goes to the WAL) and keeps a 50,000-staff demo under 400 MB (issue 12)


def counts(db: sqlite_utils.Database) -> tuple[int, int]:
    """(staff, units) already in the database."""
    return db["staff"].count, db["unit"].count


def refuse_unless_empty(db: sqlite_utils.Database) -> None:
    """Only an empty database becomes the demo: no staff, no units, and no office named in
    the first-run wizard (a real office's file, even before its first import)."""
    staff, units = counts(db)
    if staff or units:
        raise DemoError("not_empty", staff=staff, units=units)
    name = office_name(db)
    if name and not is_demo(db):
        raise DemoError("real_office", name=name)


def write(
    db: sqlite_utils.Database,
    unit_rows: list[Row],
    chunks: Iterable[Tables],
    *,
    office: unit_store.Office,
    meta: dict[str, str],
    summary: Callable[[], str],
    progress: Callable[[Tables], None],
    then: Callable[[], None] | None = None,
) -> None:
    """Insert the units, every chunk of staff rows, the office settings, whatever ``then()``
    adds (the appraisal year), one audit entry (``summary()`` once all is written) and the
    meta facts, in one transaction."""
    with translate_errors(), bulk_settings(db), db.atomic():
        refuse_unless_empty(db)
        db.conn.execute("PRAGMA defer_foreign_keys = ON")
        office.office_uuid = unit_store.get_office(db).office_uuid
        unit_store.save_office(db, office, audited=False)  # the demo's one entry says it
        insert_many(db, "unit", unit_rows)
        for tables in chunks:
            for table, rows in tables.rows.items():
                insert_many(db, table, rows)
            progress(tables)
        if then is not None:
            then()
        audit.record(db, action="demo", table="office", row_uuid=office.office_uuid,
                     after=dict(meta), summary=summary())  # fmt: skip
        db.conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", sorted(meta.items())
        )


@contextlib.contextmanager
def bulk_settings(db: sqlite_utils.Database) -> Iterator[None]:
    """A larger page cache and in-memory temp store for the bulk insert, restored after."""
    conn = db.conn
    saved: dict[str, Any] = {
        name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "temp_store")
    }
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")
    try:
        yield
    finally:
        for name, value in saved.items():
            conn.execute(f"PRAGMA {name} = {int(value)}")
