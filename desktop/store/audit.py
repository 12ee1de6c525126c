"""The audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

import getpass
import json
from typing import Any

import sqlite_utils

_user: str | None = None


def set_user(name: str) -> None:
    """The person acting in this process (until logins exist: the OS account)."""
    global _user
    _user = name


def current_user() -> str:
    if _user:
        return _user
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "operator"


def changed_fields(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    before, after = before or {}, after or {}
    return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))


def record(
    db: sqlite_utils.Database,
    *,
    action: str,
    table: str,
    row_uuid: str | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    summary: str = "",
) -> None:
    """Append one entry; call inside the transaction of the change it describes."""
    keys = changed_fields(before, after)
    db.conn.execute(
        "INSERT INTO audit_log (user, action, table_name, row_uuid, summary, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            current_user(),
            action,
            table,
            row_uuid,
            summary,
            json.dumps({k: before.get(k) for k in keys}, ensure_ascii=False) if before else None,
            json.dumps({k: after.get(k) for k in keys}, ensure_ascii=False) if after else None,
        ),
    )


def entries_for(db: sqlite_utils.Database, row_uuid: str) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM audit_log WHERE row_uuid = ? ORDER BY id", [row_uuid]))
