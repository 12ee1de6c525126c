"""Save a list of child rows (riwayat, RHK, IKI, realisasi, ...) under one parent.

Rows are matched on uuid (or on a natural key such as ``iki_id`` for rows the editor made
afresh), so an unchanged row keeps its uuid and rev and sync sends only real changes; rows
no longer in the list are deleted and leave tombstones. Call inside a transaction.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop.store.rows import delete_row, insert_row, to_row, update_changed


def sync_children(
    db: sqlite_utils.Database,
    table: str,
    parent_col: str,
    parent_id: int,
    items: list[Any],
    *,
    order_col: str | None = "urutan",
    natural_key: str | None = None,
    audit: str | None = "",
) -> None:
    """Make the stored children of ``parent_id`` equal ``items``; sets their id and uuid.
    Each inserted, changed or removed row is audited field by field with ``audit`` as the
    summary (``NO_AUDIT``: none)."""
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
            after = insert_row(db, table, row, audit=audit)
            item.id, item.uuid = after["id"], after["uuid"]
        else:
            item.id, item.uuid = old["id"], old["uuid"]
            update_changed(db, table, old["id"], row, audit=audit, before=old)
        keep.add(item.uuid)
    for old in stored:
        if old["uuid"] not in keep:
            delete_row(db, table, old["id"], audit=audit, before=old)
