"""The print log (what each verification code stands for) and the office's print settings:
paper size and emblem. Codes are derived from the content, so printing the same content again
finds its row and only counts the reprint."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from desktop.core.access import Perm
from desktop.store import access, audit
from desktop.store.db import translate_errors
from desktop.store.rows import NO_AUDIT, update_changed

RECORD_TABLES = {"skp": "skp", "evaluasi": "evaluasi", "dokumen": "evaluasi", "rekap": "unit"}


@dataclass(frozen=True)
class PrintEntry:
    """One printed form as the log keeps it."""

    code: str  # 10 characters, no separators
    kind: str
    record_uuid: str
    tahun: int
    periode: str
    content_hash: str
    snapshot: dict
    paper: str
    format_version: int = 1


@dataclass(frozen=True)
class PrintRecord(PrintEntry):
    printed_at: str = ""
    printed_by: str = ""
    last_printed_at: str = ""
    times: int = 1


def log_prints(db: sqlite_utils.Database, entries: list[PrintEntry]) -> None:
    """Record printed forms in one transaction; a code already logged counts a reprint."""
    user = audit.current_user()
    with translate_errors(), db.atomic():
        db.conn.executemany(
            "INSERT INTO print_log (code, kind, record_uuid, tahun, periode, content_hash, "
            "snapshot, format_version, paper, printed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (code) DO UPDATE SET times = times + 1, paper = excluded.paper, "
            "last_printed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            [
                (
                    e.code,
                    e.kind,
                    e.record_uuid,
                    e.tahun,
                    e.periode,
                    e.content_hash,
                    json.dumps(e.snapshot, ensure_ascii=False, sort_keys=True),
                    e.format_version,
                    e.paper,
                    user,
                )
                for e in entries
            ],
        )
        _record_prints(db, entries, user)


def _record_prints(db: sqlite_utils.Database, entries: list[PrintEntry], user: str) -> None:
    """One ``cetak`` audit entry per printed form, naming whom it concerns (same transaction)."""
    audit.record_many(
        db,
        [
            {
                "action": "cetak",
                "table": RECORD_TABLES[e.kind],
                "row_uuid": e.record_uuid,
                "user": user,
                "staff_uuid": audit.staff_uuid_of(db, RECORD_TABLES[e.kind], e.record_uuid),
                "summary": f"{e.kind} {e.tahun} {e.periode} kode {e.code}".replace("  ", " "),
            }
            for e in entries
        ],
    )


def find_print(db: sqlite_utils.Database, code: str) -> PrintRecord | None:
    row = db.execute(
        "SELECT code, kind, record_uuid, tahun, periode, content_hash, snapshot, paper, "
        "format_version, printed_at, printed_by, last_printed_at, times "
        "FROM print_log WHERE code = ?",
        [code],
    ).fetchone()
    if row is None:
        return None
    values = list(row)
    values[6] = json.loads(values[6])
    return PrintRecord(*values)


def logged_codes(db: sqlite_utils.Database, codes: list[str]) -> dict[str, tuple[str, str, str]]:
    """For codes already in the log: (kind, record uuid, content hash) each stands for."""
    rows = db.execute(
        "SELECT code, kind, record_uuid, content_hash FROM print_log "
        "WHERE code IN (SELECT value FROM json_each(?))",
        [json.dumps(codes)],
    ).fetchall()
    return {code: (kind, uuid, digest) for code, kind, uuid, digest in rows}


def record_id(db: sqlite_utils.Database, kind: str, record_uuid: str) -> int | None:
    """The local id of the row a form was printed from; None once it is deleted."""
    table = RECORD_TABLES[kind]
    row = db.execute(f"SELECT id FROM {table} WHERE uuid = ?", [record_uuid]).fetchone()
    return row[0] if row else None


def office_paper(db: sqlite_utils.Database) -> str:
    return db.execute("SELECT kertas FROM office").fetchone()[0]


def office_emblem(db: sqlite_utils.Database) -> bytes | None:
    return db.execute("SELECT emblem FROM office").fetchone()[0]


def set_office_print(
    db: sqlite_utils.Database, *, paper: str | None = None, emblem: bytes | bool | None = False
) -> None:
    """Change the paper size and/or the emblem (``None`` removes it; ``False`` keeps it)."""
    access.require(db, Perm.EDIT_UNITS)
    before = {"kertas": office_paper(db), "emblem": _digest(office_emblem(db))}
    with translate_errors(), db.atomic():
        values: dict[str, object] = {} if paper is None else {"kertas": paper}
        if emblem is not False:
            values["emblem"] = emblem
        update_changed(db, "office", 1, values, audit=NO_AUDIT)  # audited below, emblem hashed
        after = {"kertas": office_paper(db), "emblem": _digest(office_emblem(db))}
        if after != before:
            office_uuid = db.execute("SELECT office_uuid FROM office").fetchone()[0]
            audit.record(
                db,
                action="update",
                table="office",
                row_uuid=office_uuid,
                before=before,
                after=after,
                summary="pengaturan cetak",
            )


def _digest(data: bytes | None) -> str | None:
    import hashlib

    return hashlib.sha256(data).hexdigest()[:16] if data else None
