"""Bookkeeping every import plan shares: mapping a header row to column keys, and counting and
splitting the planned rows by what the import does with each.

One copy so that the staff, unit, SKM and appraisal imports read headers and tally rows alike.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, Generic, Protocol, TypeVar


class RowAction(StrEnum):
    """What an import does with one row (shared by every sheet import and its preview)."""

    BARU = "baru"
    UBAH = "ubah"
    SAMA = "sama"
    DITOLAK = "ditolak"


class _Acted(Protocol):
    action: Any


RowT = TypeVar("RowT", bound=_Acted)


def map_columns(
    headers: list[str],
    recognise: Callable[[str], str | None],
    name: Callable[[str], str] = str,
) -> tuple[dict[str, str], list[str], dict[str, int]]:
    """header -> ``name(key)``, unknown headers, and key -> position (the first of two synonyms
    wins; a later synonym counts as unknown)."""
    columns: dict[str, str] = {}
    ignored: list[str] = []
    index: dict[str, int] = {}
    for position, header in enumerate(headers):
        key = recognise(header)
        if key is None or key in index:
            if header:
                ignored.append(header)
            continue
        index[key] = position
        columns[header] = name(key)
    return columns, ignored, index


class RowTally(Generic[RowT]):
    """``counts``/``accepted``/``rejected`` over ``rows`` for a plan whose rows carry an
    ``action`` of ``row_actions`` (an enum with BARU, UBAH and DITOLAK members)."""

    rows: list[RowT]
    row_actions: ClassVar[type[StrEnum]]

    def counts(self) -> dict[Any, int]:
        found: dict[Any, int] = dict.fromkeys(self.row_actions, 0)
        for row in self.rows:
            found[row.action] += 1
        return found

    @property
    def accepted(self) -> list[RowT]:
        """The rows that write: new and changed ones."""
        writes = (self.row_actions["BARU"], self.row_actions["UBAH"])
        return [r for r in self.rows if r.action in writes]

    @property
    def rejected(self) -> list[RowT]:
        refused = self.row_actions["DITOLAK"]
        return [r for r in self.rows if r.action is refused]
