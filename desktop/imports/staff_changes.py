"""What an import would change on a record, in words: "golongan III/b → III/c".

The preview shows these per person so a later SIASN download can be checked before it is
saved; units and superiors are named, not numbered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum

from desktop.core.dates import format_date_short
from desktop.core.models import Staff
from desktop.imports.headers import FIELD_LABELS

_LABELS = {"unit_id": "unit", "atasan_id": "atasan", "agama_id": "agama", "eselon_id": "eselon"}
EMPTY = "—"


def label(field: str) -> str:
    """A field as the operator knows it, in lower case ("tmt golongan")."""
    return _LABELS.get(field) or FIELD_LABELS.get(field, field).lower()


def describe(
    before: Staff,
    after: Staff,
    fields: list[str],
    *,
    unit_name: Callable[[int | None], str],
    new_unit: str = "",
    atasan_nip: str = "",
    nip_of: Callable[[int | None], str] = lambda _id: "",
) -> list[str]:
    """One "label old → new" per changed field; ``new_unit`` names a unit still to create."""
    texts = []
    for field in fields:
        if field == "unit_id":
            old, new = unit_name(before.unit_id), new_unit or unit_name(after.unit_id)
        elif field == "atasan_id":
            old, new = nip_of(before.atasan_id), atasan_nip
        else:
            old, new = _text(getattr(before, field)), _text(getattr(after, field))
        texts.append(f"{label(field)} {old or EMPTY} → {new or EMPTY}")
    return texts


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date_short(value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return str(value)
