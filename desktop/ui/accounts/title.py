"""Who is signed in, as the window title shows it."""

from __future__ import annotations

from desktop.core.workflow import role_label
from desktop.store import session as sessions


def signed_in_label() -> str:
    """``Nama (Peran)`` of the signed-in account; "" without accounts."""
    current = sessions.current()
    if not current.signed_in:
        return ""
    return f"{current.nama or current.username} ({role_label(current.role)})"
