"""Convert between core dataclasses and SQLite rows: dates as ISO text, enums as their values,
booleans as 0/1. Field names and column names are the same by design."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from desktop.core.ids import required_id as required_id  # re-exported for store modules
from desktop.store import audit as trail

T = TypeVar("T")


@functools.cache
def _field_kinds(cls: type) -> dict[str, type]:
    """The concrete (non-None) type of each field, e.g. ``date`` for ``date | None``."""
    hints = typing.get_type_hints(cls)
    kinds: dict[str, type] = {}
    for name, hint in hints.items():
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            hint = args[0] if args else str
        kinds[name] = hint
    return kinds


def to_row(obj: Any, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """A dataclass as a dict of SQLite values."""
    row: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if f.name in exclude:
            continue
        value = getattr(obj, f.name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, bool):
            value = int(value)
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, list):
            continue
        row[f.name] = value
    return row


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    """A dataclass from a row; columns the class does not know are ignored."""
    kinds = _field_kinds(typing.cast(type, cls))  # hashable; mypy cannot tell from type[T]
    values: dict[str, Any] = {}
    for name, kind in kinds.items():
        if name not in row:
            continue
        value = row[name]
        if value is not None:
            if kind is date:
                value = date.fromisoformat(value)
            elif kind is bool:
                value = bool(value)
            elif isinstance(kind, type) and issubclass(kind, Enum):
                value = kind(value)
        values[name] = value
    return cls(**values)


def query_as(db: Any, cls: type[T], sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[T]:
    """Every row of ``sql`` as a ``cls`` (the children of a record, a list screen)."""
    return [from_row(cls, r) for r in db.query(sql, params)]


# -- the one write path ------------------------------------------------------------------------
# Every store module inserts and updates through these two functions: table and column names
# are checked against the schema (never interpolated unchecked), a transaction must be open,
# and the field-level audit row (old → new of each changed field) is written in it.

NO_AUDIT = None  # pass as ``audit=`` for rows that are not data about anyone (print log, meta)


class UnknownColumn(ValueError):
    """A programming error: a table or column the schema does not have."""


def columns_of(db: Any, table: str) -> frozenset[str]:
    """The allow-list of a table's columns, from the schema (cached per connection)."""
    cache: dict[str, frozenset[str]] = db.__dict__.setdefault("_write_columns", {})
    if table not in cache:
        if table.startswith(("sqlite_", "_")) or table == "audit_log":
            raise UnknownColumn(f"table {table!r} is not written through this path")
        names = db.conn.execute("SELECT name FROM pragma_table_info(?)", [table]).fetchall()
        if not names:
            raise UnknownColumn(f"no table {table!r}")
        cache[table] = frozenset(n[0] for n in names)
    return cache[table]


def _checked(db: Any, table: str, values: dict[str, Any]) -> None:
    unknown = set(values) - columns_of(db, table)
    if unknown:
        raise UnknownColumn(f"{table} has no column {', '.join(sorted(unknown))}")
    if not db.conn.in_transaction:
        raise AssertionError(f"write to {table} outside a transaction (use db.atomic())")


def _stored(db: Any, table: str, row_id: int) -> dict[str, Any]:
    cur = db.conn.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    return dict(zip(names, row, strict=True)) if row else {}


def insert_row(
    db: Any,
    table: str,
    values: dict[str, Any],
    *,
    audit: str | None = "",
    action: str = "insert",
    staff_uuid: str | None = None,
) -> dict[str, Any]:
    """Insert one row and return it as stored (triggers fill uuid, rev, updated_at); with
    ``audit`` (the summary; ``NO_AUDIT`` for none) an audit row carries its fields."""
    _checked(db, table, values)
    sql = f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})"
    cur = db.conn.execute(sql, list(values.values()))
    after = _stored(db, table, int(cur.lastrowid or 0))
    if audit is not None:
        trail.record(db, action=action, table=table, row_uuid=after.get("uuid"), after=after,
                     summary=audit, staff_uuid=staff_uuid)  # fmt: skip
    return after


def update_changed(
    db: Any,
    table: str,
    row_id: int,
    values: dict[str, Any],
    *,
    audit: str | None = "",
    action: str = "update",
    before: dict[str, Any] | None = None,
    staff_uuid: str | None = None,
) -> dict[str, Any]:
    """Write only the columns whose value differs from the stored row (a save that changes
    nothing writes nothing, so ``rev`` does not move) and audit them old → new; returns the
    changed columns with their new values ({} when nothing changed)."""
    _checked(db, table, values)
    before = before if before is not None else _stored(db, table, row_id)
    changes = {k: v for k, v in values.items() if before.get(k) != v}
    if not changes:
        return {}
    sets = ", ".join(f"{k} = ?" for k in changes)
    db.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*changes.values(), row_id])
    if audit is not None:
        trail.record(db, action=action, table=table, row_uuid=before.get("uuid"), before=before,
                     after={**before, **changes}, summary=audit, staff_uuid=staff_uuid)  # fmt: skip
    return changes


def delete_row(
    db: Any,
    table: str,
    row_id: int,
    *,
    audit: str | None = "",
    before: dict[str, Any] | None = None,
    staff_uuid: str | None = None,
) -> dict[str, Any]:
    """Delete one row (triggers leave its tombstone) and audit what it held."""
    _checked(db, table, {})
    before = before if before is not None else _stored(db, table, row_id)
    if audit is not None and before:
        if staff_uuid is None:  # derived while the row is still there
            staff_uuid = trail.staff_uuid_of(db, table, before.get("uuid"))
        trail.record(db, action="delete", table=table, row_uuid=before.get("uuid"),
                     before=before, summary=audit, staff_uuid=staff_uuid)  # fmt: skip
    db.conn.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
    return before
