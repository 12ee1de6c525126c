"""Audit entries for what leaves or replaces the data rather than changing it: exports, prints,
backups and restores (issue 10: a PDP inspection asks where personal data went).

Each is one sealed entry of ``store.audit`` in its own transaction, written once the file exists
(an export that failed wrote nothing and records nothing). An export that carried personal
data also records one entry per employee in it, so the "Laporan Data Pribadi" of each of them
lists it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

from desktop.core.audit_terms import CADANGAN, CETAK, EKSPOR, PULIH
from desktop.store import audit
from desktop.store.db import translate_errors

__all__ = ["CADANGAN", "CETAK", "EKSPOR", "PULIH", "record_event", "record_export"]


def record_event(
    db: sqlite_utils.Database,
    kind: str,
    *,
    table: str,
    summary: str,
    row_uuid: str | None = None,
    staff_uuid: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """One entry of ``kind`` (``ekspor``, ``cetak``, ``cadangan``, ``pulih``); ``details`` are
    kept as the entry's "after" fields (file name, count, reason)."""
    with translate_errors(), db.atomic():
        audit.record(
            db,
            action=kind,
            table=table,
            row_uuid=row_uuid,
            after=details,
            summary=summary,
            staff_uuid=staff_uuid,
        )


def record_export(
    db: sqlite_utils.Database,
    *,
    what: str,
    file_name: str,
    count: int,
    personal: bool = False,
    staff_uuids: Iterable[str] = (),
) -> None:
    """An export of ``count`` rows of ``what`` (a table) to ``file_name``; with ``personal``
    each employee in it gets an entry of their own."""
    details = {"berkas": file_name, "jumlah": count, "data_pribadi": personal}
    summary = f"{count} baris ke {file_name}" + (" (dengan data pribadi)" if personal else "")
    with translate_errors(), db.atomic():
        audit.record(db, action=EKSPOR, table=what, row_uuid=None, after=details, summary=summary)
        if personal:
            audit.record_many(
                db,
                [
                    {
                        "action": EKSPOR,
                        "table": "staff",
                        "row_uuid": uuid,
                        "staff_uuid": uuid,
                        "summary": f"data pribadi diekspor ke {file_name}",
                    }
                    for uuid in staff_uuids
                ],
            )
