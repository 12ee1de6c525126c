"""Save a list of child rows (riwayat, RHK, IKI, realisasi, ...) under one parent.

Rows are matched on uuid (or on a natural key such as ``iki_id`` for rows the editor made
afresh), so an unchanged row keeps its uuid and rev and sync sends only real changes; rows
no longer in the list are deleted and leave tombstones. Call inside a transaction.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop.store.rows import to_row


def sync_children(
    db: sqlite_utils.Database,
    table: str,
    parent_col: str,
    parent_id: int,
    items: list[Any],
    *,
    order_col: str | None = "urutan",
    natural_key: str | None = None,
) -> None:
    """Make the stored children of ``parent_id`` equal ``items``; sets their id and uuid."""
    stored = [
        dict(r) for r in db.query(f"SELECT * FROM {table} WHERE {parent_col} = ?", [parent_id])
    ]
    by_uuid = {r["uuid"]: r for r in stored}
    by_key = {r[natural_key]: r for r in stored} if natural_key else {}
    keep: set[str] = set()
    for order, item in enumerate(items):
        row = {**to_row(item, exclude=("id", "uuid")), parent_col: parent_id}
        if order_col:
            row[order_col] = order
        old = by_uuid.get(item.uuid or "")
        if old is None and natural_key:
            old = by_key.get(row[natural_key])
        if old is None:
            _insert(db, table, row, item)
        else:
            item.id, item.uuid = old["id"], old["uuid"]
            changes = {k: v for k, v in row.items() if old.get(k) != v}
            if changes:
                sets = ", ".join(f"{k} = ?" for k in changes)
                db.conn.execute(
                    f"UPDATE {table} SET {sets} WHERE id = ?", [*changes.values(), old["id"]]
                )
        keep.add(item.uuid)
    gone = [r["id"] for r in stored if r["uuid"] not in keep]
    for row_id in gone:
        db.conn.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])


def _insert(db: sqlite_utils.Database, table: str, row: dict[str, Any], item: Any) -> None:
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    cur = db.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
    item.id = cur.lastrowid
    item.uuid = db.execute(f"SELECT uuid FROM {table} WHERE id = ?", [item.id]).fetchone()[0]
