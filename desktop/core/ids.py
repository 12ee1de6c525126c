"""Row ids of saved records."""

from __future__ import annotations

from typing import Any


def required_id(obj: Any) -> int:
    """The id of a saved record (``skp.id``), refusing an unsaved one instead of using 0."""
    row_id = obj if isinstance(obj, int) or obj is None else getattr(obj, "id", None)
    if row_id is None:
        raise ValueError(f"{type(obj).__name__} has not been saved yet (no id)")
    return int(row_id)
