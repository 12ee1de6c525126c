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
    kinds = _field_kinds(cls)
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
