"""The schema snapshot ``db/schema.sql``: what a fresh database looks like after every
migration. A test compares it with a migrated database so schema changes are reviewed.

Regenerate with ``python -m desktop.store.schema > db/schema.sql``.
"""

from __future__ import annotations

import sqlite_utils

from desktop.store.db import open_db


def dump_schema(db: sqlite_utils.Database) -> str:
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 "
        "WHEN 'index' THEN 1 ELSE 2 END, name"
    ).fetchall()
    return "".join(f"{sql.strip()};\n\n" for _type, _name, sql in rows)


if __name__ == "__main__":
    print(dump_schema(open_db(":memory:")), end="")
