"""Read and save the office's talent settings (one row of ``pengaturan_talenta``)."""

from __future__ import annotations

from dataclasses import asdict

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.talent.settings import GabungKinerja, TalentSettings
from desktop.store import access, audit
from desktop.store.db import translate_errors

_COLUMNS = tuple(asdict(TalentSettings()))


def talent_settings(db: sqlite_utils.Database) -> TalentSettings:
    """The settings, or the defaults on a database that has never saved them."""
    row = db.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM pengaturan_talenta WHERE id = 1"
    ).fetchone()
    if row is None:
        return TalentSettings()
    values = dict(zip(_COLUMNS, row, strict=True))
    values["gabung_kinerja"] = GabungKinerja(values["gabung_kinerja"])
    return TalentSettings(**values)


def save_talent_settings(db: sqlite_utils.Database, settings: TalentSettings) -> None:
    """Save in one transaction with an audit entry (an invalid value is refused by the
    table's CHECK and changes nothing). Office-wide: only who may edit the whole office's
    settings (as the office settings)."""
    access.require(db, Perm.EDIT_UNITS)
    values = asdict(settings)
    values["gabung_kinerja"] = str(settings.gabung_kinerja)
    before = asdict(talent_settings(db))
    before["gabung_kinerja"] = str(before["gabung_kinerja"])
    with translate_errors(), db.atomic():
        db.execute(
            f"INSERT OR REPLACE INTO pengaturan_talenta (id, {', '.join(_COLUMNS)}) "
            f"VALUES (1, {', '.join('?' for _ in _COLUMNS)})",
            [values[c] for c in _COLUMNS],
        )
        audit.record(
            db,
            action="ubah",
            table="pengaturan_talenta",
            row_uuid=None,
            before=before,
            after=values,
            summary="pengaturan talenta",
        )
