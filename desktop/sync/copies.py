"""The centre's copies of office data: reading them, correcting a row at the centre, and the
lists an analyst looks at (packages per office, conflicts).

A correction is kept with the office version it started from (``centre_base``), so a later
package from the office is merged field by field instead of silently undoing it (see
``merge.three_way`` and docs/sync.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop.store import audit
from desktop.store.db import translate_errors
from desktop.sync.errors import SyncError
from desktop.sync.keys import utc_now
from desktop.sync.manifest import canonical
from desktop.sync.tables import BY_NAME


def central_rows(
    db: sqlite_utils.Database, table: str, *, office_uuid: str | None = None
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(uuid, office_uuid, data)`` of the live (not deleted) copies of ``table``, in file
    order (per office, the order the rows arrived: fast; across offices: by uuid index)."""
    sql = (
        "SELECT uuid, office_uuid, data FROM central_row "
        "WHERE table_name = ? AND deleted_at IS NULL"
    )
    params: list[Any] = [table]
    if office_uuid is not None:
        sql += " AND office_uuid = ?"
        params.append(office_uuid)
    for row_uuid, owner, data in db.execute(sql, params):
        yield row_uuid, owner, json.loads(data)


def office_copy(
    db: sqlite_utils.Database, office_uuid: str
) -> dict[str, dict[str, dict[str, Any]]]:
    """Everything the centre holds of one office: ``{table: {uuid: data}}``."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    rows = db.execute(
        "SELECT table_name, uuid, data FROM central_row WHERE office_uuid = ? "
        "AND deleted_at IS NULL",
        [office_uuid],
    )
    for table, row_uuid, data in rows:
        out.setdefault(table, {})[row_uuid] = json.loads(data)
    return out


def correct_row(
    db: sqlite_utils.Database,
    table: str,
    row_uuid: str,
    changes: dict[str, Any],
    *,
    reason: str = "",
) -> dict[str, Any]:
    """Change fields of an office's row at the centre (e.g. a code SIASN rejects); returns
    the corrected data. Audited; kept through later packages unless the office changes the
    same field."""
    spec = BY_NAME.get(table)
    for name in changes:
        if spec is None or name not in spec.fields:
            raise SyncError("field_unknown", field=name, table=table)
    row = db.execute(
        "SELECT id, data, centre_base FROM central_row WHERE table_name = ? AND uuid = ? "
        "AND deleted_at IS NULL",
        [table, row_uuid],
    ).fetchone()
    if row is None:
        raise SyncError("row_not_found", table=table, uuid=row_uuid)
    row_id, data, base = row
    before = json.loads(data)
    after = {**before, **changes}
    text = canonical(after)
    if text == data:
        return after
    base = base or data
    with translate_errors(), db.atomic():
        db.conn.execute(
            "UPDATE central_row SET data = ?, centre_base = ?, centre_changed_at = ?, "
            "centre_changed_by = ? WHERE id = ?",
            [text, None if text == base else base, utc_now(), audit.current_user(), row_id],
        )
        audit.record(
            db, action="sync_correct", table=table, row_uuid=row_uuid, before=before,
            after=after, summary=reason.strip(),
        )  # fmt: skip
    return after


@dataclass(frozen=True)
class PackageEntry:
    """One received package, for the central import screen."""

    id: int
    office_uuid: str
    office_nama: str
    sequence: int
    base_sequence: int
    full: bool
    state: str
    file_name: str
    received_at: str
    applied_at: str | None
    rows_total: int
    counts: dict[str, int]


def list_packages(db: sqlite_utils.Database, office_uuid: str | None = None) -> list[PackageEntry]:
    """Received packages (applied, held, superseded), newest first per office."""
    sql = (
        "SELECT p.id, p.office_uuid, o.nama, p.sequence, p.base_sequence, p.full, p.state, "
        "p.file_name, p.received_at, p.applied_at, p.rows_total, p.rows_new, p.rows_updated, "
        "p.rows_unchanged, p.rows_deleted, p.conflicts FROM sync_package p "
        "JOIN sync_office o USING (office_uuid)"
    )
    params: list[Any] = []
    if office_uuid:
        sql += " WHERE p.office_uuid = ?"
        params.append(office_uuid)
    out = []
    for r in db.execute(sql + " ORDER BY o.nama, p.sequence DESC", params):
        counts = dict(
            zip(("new", "updated", "unchanged", "deleted", "conflicts"), r[11:], strict=True)
        )
        fields = [*r[:5], bool(r[5]), *r[6:11], counts]
        out.append(PackageEntry(*fields))
    return out


@dataclass(frozen=True)
class ConflictEntry:
    package: int
    office_uuid: str
    table: str
    uuid: str
    kind: str
    fields: list[str]
    centre_value: dict[str, Any] | None
    office_value: dict[str, Any] | None
    resolution: str
    created_at: str


def list_conflicts(db: sqlite_utils.Database, *, package: int | None = None) -> list[ConflictEntry]:
    sql = (
        "SELECT package, office_uuid, table_name, uuid, kind, fields, centre_value, "
        "office_value, resolution, created_at FROM sync_conflict"
    )
    params: list[Any] = []
    if package is not None:
        sql += " WHERE package = ?"
        params.append(package)
    out = []
    for r in db.execute(sql + " ORDER BY id", params):
        out.append(
            ConflictEntry(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                json.loads(r[5]),
                json.loads(r[6]) if r[6] else None,
                json.loads(r[7]) if r[7] else None,
                r[8],
                r[9],
            )
        )
    return out
