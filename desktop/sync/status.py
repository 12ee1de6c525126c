"""The office's side of the exchange, read only: the export log, what the centre has
acknowledged, and how many changes wait for the next package (the sync status screen)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlite_utils

from desktop.store import changes
from desktop.store.units import get_office
from desktop.sync import keys
from desktop.sync.registry import CentreInfo, Role, configured_centre, get_role
from desktop.sync.tables import present_tables


@dataclass(frozen=True)
class ExportEntry:
    """One line of the export log."""

    sequence: int
    package_id: str
    base_sequence: int
    since_rev: int
    upto_rev: int
    created_at: str
    user: str
    row_count: int
    tombstone_count: int
    counts: dict[str, int]
    package_sha256: str
    file_name: str
    encrypted: bool
    acked_at: str | None
    receipt_sha256: str | None

    @property
    def full(self) -> bool:
        return self.since_rev == 0


@dataclass(frozen=True)
class AckPoint:
    """The newest package the centre acknowledged: the next export starts after it."""

    sequence: int = 0
    upto_rev: int = 0


@dataclass
class SyncStatus:
    role: Role
    office_uuid: str
    office_nama: str
    fingerprint: str | None  # None until the first export or key export makes the key
    centre: CentreInfo | None
    last_export: ExportEntry | None
    last_receipt: ExportEntry | None
    unacknowledged: list[ExportEntry]
    rows_waiting: dict[str, int] = field(default_factory=dict)
    tombstones_waiting: int = 0
    full_pending: bool = False

    @property
    def encrypts(self) -> bool:
        return bool(self.centre and self.centre.box_key)

    @property
    def total_waiting(self) -> int:
        return sum(self.rows_waiting.values()) + self.tombstones_waiting


_COLUMNS = (
    "sequence, package_id, base_sequence, since_rev, upto_rev, created_at, user, row_count, "
    "tombstone_count, counts, package_sha256, file_name, encrypted, acked_at, receipt_sha256"
)


def _entry(row: tuple) -> ExportEntry:
    values = list(row)
    values[9] = json.loads(values[9])
    values[12] = bool(values[12])
    return ExportEntry(*values)


def export_log(db: sqlite_utils.Database) -> list[ExportEntry]:
    """Every package written, newest first."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM sync_export ORDER BY sequence DESC")
    return [_entry(r) for r in rows]


def find_export(db: sqlite_utils.Database, sequence: int) -> ExportEntry | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM sync_export WHERE sequence = ?", [sequence])
    found = row.fetchone()
    return _entry(found) if found else None


def ack_point(db: sqlite_utils.Database) -> AckPoint:
    row = db.execute(
        "SELECT sequence, upto_rev FROM sync_export WHERE acked_at IS NOT NULL "
        "ORDER BY sequence DESC LIMIT 1"
    ).fetchone()
    return AckPoint(*row) if row else AckPoint()


def next_sequence(db: sqlite_utils.Database) -> int:
    last = db.execute("SELECT coalesce(max(sequence), 0) FROM sync_export").fetchone()[0]
    floor = db.execute("SELECT sequence_floor FROM sync_config").fetchone()[0]
    return max(int(last), int(floor)) + 1


def full_pending(db: sqlite_utils.Database) -> bool:
    return bool(db.execute("SELECT full_pending FROM sync_config").fetchone()[0])


def sync_status(db: sqlite_utils.Database) -> SyncStatus:
    """Last package, last receipt and the changes waiting, for the status screen and CLI."""
    office = get_office(db)
    log = export_log(db)
    ack = ack_point(db)
    pending = full_pending(db)
    since = 0 if pending else ack.upto_rev
    names = [t.name for t in present_tables(db.table_names())]
    sign = keys.own_key(db, keys.SIGN)
    return SyncStatus(
        role=get_role(db),
        office_uuid=office.office_uuid,
        office_nama=office.nama_kantor or office.instansi,
        fingerprint=sign.fingerprint if sign else None,
        centre=configured_centre(db),
        last_export=log[0] if log else None,
        last_receipt=next((e for e in log if e.acked_at), None),
        unacknowledged=[e for e in log if not e.acked_at and e.sequence > ack.sequence],
        rows_waiting={
            t: n for t, n in changes.count_changed(db, names, since_rev=since).items() if n
        },
        tombstones_waiting=changes.count_tombstones(db, names, since_rev=since),
        full_pending=pending,
    )
