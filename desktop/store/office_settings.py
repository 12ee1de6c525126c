"""The office settings screen saves in one go: names, place, evaluation period, paper and the
emblem printed on the Dokumen Evaluasi."""

from __future__ import annotations

import sqlite_utils

from desktop.store.db import translate_errors
from desktop.store.prints import set_office_print
from desktop.store.units import Office, save_office

MAX_EMBLEM_BYTES = 2_000_000  # a scanned logo; larger files only slow every print


def save_office_settings(
    db: sqlite_utils.Database, office: Office, *, emblem: bytes | bool | None = False
) -> None:
    """``emblem``: new image bytes, None to remove it, False to keep the current one."""
    with translate_errors(), db.atomic():
        save_office(db, office)
        set_office_print(db, paper=office.kertas, emblem=emblem)
