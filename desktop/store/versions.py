"""Stale edits: a record saved over a newer version of itself is refused, never overwritten.

An editor remembers the record's version (the largest ``rev`` of the row and its child rows)
when it loads it, and the save compares it again inside its ``BEGIN IMMEDIATE`` transaction,
where no one else can change it any more. The refusal names who changed it and when: the
latest audit entry of the row (the OS user), or the row's origin office and time.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import sqlite_utils

from desktop.core.errors import StoreError
from desktop.core.i18n import pick

# (child table, condition on :id), e.g. ("rhk", "skp_id = :id")
Children = Iterable[tuple[str, str]]


def record_version(
    db: sqlite_utils.Database, table: str, row_id: int, children: Children = ()
) -> str:
    """A token that changes whenever the row or one of its child rows is inserted, updated or
    deleted: the largest ``rev`` among them (every synced row takes a new rev when written)
    and how many there are (a deletion lowers the count)."""
    parts = [f"SELECT rev FROM {table} WHERE id = :id"]
    parts += [f"SELECT rev FROM {child} WHERE {where}" for child, where in children]
    sql = f"SELECT coalesce(max(rev), 0), count(*) FROM ({' UNION ALL '.join(parts)})"
    top, count = db.execute(sql, {"id": row_id}).fetchone()
    return f"{top}.{count}"


def refuse_if_changed(
    db: sqlite_utils.Database,
    table: str,
    row_id: int,
    expected: str | None,
    children: Children = (),
) -> None:
    """StoreError("stale_edit") when the record is no longer the version ``expected`` (None:
    no check). Call inside the write transaction."""
    if expected is None:
        return
    if record_version(db, table, row_id, children) == expected:
        return
    who, when = changed_by(db, table, row_id)
    raise StoreError("stale_edit", who=who, when=when)


def changed_by(db: sqlite_utils.Database, table: str, row_id: int) -> tuple[str, str]:
    """(who, when) of the latest change of the row, for the refusal message."""
    row = db.execute(
        f"SELECT uuid, updated_at, origin FROM {table} WHERE id = ?", [row_id]
    ).fetchone()
    if row is None:
        return pick("pengguna lain", "another user"), "-"
    uuid, updated_at, origin = row
    entry = db.execute(
        "SELECT user, at FROM audit_log WHERE row_uuid = ? ORDER BY id DESC LIMIT 1", [uuid]
    ).fetchone()
    if entry is not None and entry[1] >= updated_at[:19]:
        return entry[0], local_time(entry[1])
    office = db.execute("SELECT office_uuid FROM office").fetchone()
    if origin and (office is None or origin != office[0]):
        return pick(f"kantor {origin[:8]}", f"office {origin[:8]}"), local_time(updated_at)
    who = entry[0] if entry is not None else pick("pengguna lain", "another user")
    return who, local_time(updated_at)


def local_time(stamp: str) -> str:
    """``2026-12-05T07:30:12.123Z`` → ``05-12-2026 14:30`` on this PC's clock."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")
