"""Who is who: whether this database is an office or a centre, the centre an office sends to,
and the offices a centre knows (with their keys, status and the last sequence applied).

A database is an office unless ``sync_config.role`` says ``central``; ``set_role(central)``
also makes the centre's keys, so offices can be given its key file at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import sqlite_utils

from desktop.store import audit
from desktop.store.db import translate_errors
from desktop.store.units import get_office
from desktop.sync import keys
from desktop.sync.errors import SyncError


class Role(StrEnum):
    OFFICE = "office"
    CENTRAL = "central"


@dataclass(frozen=True)
class CentreInfo:
    """The centre an office sends its packages to (from the centre's key file or receipt)."""

    uuid: str
    nama: str
    sign_key: bytes
    box_key: bytes | None
    set_at: str

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint(self.sign_key)


@dataclass(frozen=True)
class OfficeEntry:
    """One office in a centre's registry."""

    office_uuid: str
    nama: str
    instansi: str
    sign_key: bytes
    fingerprint: str
    status: str
    registered_at: str
    registered_by: str
    registered_how: str
    revoked_at: str | None
    revoked_reason: str
    applied_sequence: int
    last_package_at: str | None

    @property
    def label(self) -> str:
        return office_label(self.nama, self.instansi, self.office_uuid)


def office_label(nama: str | None, instansi: str | None, fallback: str = "") -> str:
    """How a centre names an office: its local government first, since every district's
    BKPSDM bears much the same name, then the office ("Kabupaten Ciamis — Badan …")."""
    place = (instansi or "").strip().removeprefix("Pemerintah ").strip()
    return " — ".join(p for p in (place, (nama or "").strip()) if p) or fallback


def get_role(db: sqlite_utils.Database) -> Role:
    return Role(db.execute("SELECT role FROM sync_config").fetchone()[0])


def set_role(db: sqlite_utils.Database, role: Role) -> None:
    """Make this database an office or a centre; a centre gets its sign and box keys now."""
    role = Role(role)
    with translate_errors(), db.atomic():
        if role is Role.CENTRAL:
            for purpose in (keys.SIGN, keys.BOX):
                if keys.own_key(db, purpose) is None:
                    keys.store_key(db, keys.new_pair(purpose))
        if get_role(db) is not role:
            db.conn.execute("UPDATE sync_config SET role = ?", [role.value])
            audit.record(
                db,
                action="sync_role",
                table="sync_config",
                row_uuid=get_office(db).office_uuid,
                after={"role": role.value},
            )


def configured_centre(db: sqlite_utils.Database) -> CentreInfo | None:
    row = db.execute(
        "SELECT centre_uuid, centre_nama, centre_sign_key, centre_box_key, centre_set_at "
        "FROM sync_config"
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return CentreInfo(row[0], row[1], bytes(row[2]), bytes(row[3]) if row[3] else None, row[4])


def set_centre(db: sqlite_utils.Database, centre: CentreInfo, *, how: str) -> None:
    """Record the centre (inside the caller's transaction), with an audit entry."""
    db.conn.execute(
        "UPDATE sync_config SET centre_uuid = ?, centre_nama = ?, centre_sign_key = ?, "
        "centre_box_key = ?, centre_set_at = ?",
        [centre.uuid, centre.nama, centre.sign_key, centre.box_key, centre.set_at],
    )
    audit.record(
        db,
        action="sync_centre",
        table="sync_config",
        row_uuid=centre.uuid,
        after={"nama": centre.nama, "fingerprint": centre.fingerprint, "how": how},
    )


_OFFICE_COLUMNS = (
    "office_uuid, nama, instansi, sign_key, fingerprint, status, registered_at, registered_by, "
    "registered_how, revoked_at, revoked_reason, applied_sequence, last_package_at"
)


def _entry(row: tuple) -> OfficeEntry:
    values = list(row)
    values[3] = bytes(values[3])
    return OfficeEntry(*values)


def find_office(db: sqlite_utils.Database, office_uuid: str) -> OfficeEntry | None:
    row = db.execute(
        f"SELECT {_OFFICE_COLUMNS} FROM sync_office WHERE office_uuid = ?", [office_uuid]
    ).fetchone()
    return _entry(row) if row else None


def list_offices(db: sqlite_utils.Database) -> list[OfficeEntry]:
    rows = db.execute(f"SELECT {_OFFICE_COLUMNS} FROM sync_office ORDER BY nama, office_uuid")
    return [_entry(r) for r in rows]


def resolve_office(db: sqlite_utils.Database, text: str) -> OfficeEntry:
    """An office by uuid, fingerprint or exact name (as an operator types it)."""
    wanted = text.strip()
    for entry in list_offices(db):
        if wanted in (entry.office_uuid, entry.nama) or (
            keys.normal_fingerprint(wanted) == entry.fingerprint
        ):
            return entry
    raise SyncError("office_not_found", office=text)


def register_office(
    db: sqlite_utils.Database,
    *,
    office_uuid: str,
    nama: str,
    instansi: str,
    sign_key: bytes,
    how: str,
) -> None:
    """Add an office, or give a known one a new key (inside the caller's transaction)."""
    db.conn.execute(
        "INSERT INTO sync_office (office_uuid, nama, instansi, sign_key, fingerprint, "
        "registered_at, registered_by, registered_how) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (office_uuid) DO UPDATE SET nama = excluded.nama, "
        "instansi = excluded.instansi, sign_key = excluded.sign_key, "
        "fingerprint = excluded.fingerprint, status = 'active', revoked_at = NULL, "
        "revoked_reason = '', registered_at = excluded.registered_at, "
        "registered_by = excluded.registered_by, registered_how = excluded.registered_how",
        [office_uuid, nama, instansi, sign_key, keys.fingerprint(sign_key), keys.utc_now(),
         audit.current_user(), how],
    )  # fmt: skip
    audit.record(
        db,
        action="sync_register",
        table="sync_office",
        row_uuid=office_uuid,
        after={"nama": nama, "fingerprint": keys.fingerprint(sign_key), "how": how},
    )


def revoke_office(db: sqlite_utils.Database, office: str, *, reason: str = "") -> OfficeEntry:
    """Refuse every later package signed with this office's key (e.g. a stolen laptop)."""
    entry = resolve_office(db, office)
    with translate_errors(), db.atomic():
        db.conn.execute(
            "UPDATE sync_office SET status = 'revoked', revoked_at = ?, revoked_reason = ? "
            "WHERE office_uuid = ?",
            [keys.utc_now(), reason.strip(), entry.office_uuid],
        )
        audit.record(
            db,
            action="sync_revoke",
            table="sync_office",
            row_uuid=entry.office_uuid,
            before={"status": entry.status, "revoked_key": None},
            after={"status": "revoked", "revoked_key": entry.fingerprint},
            summary=reason.strip(),
        )
    found = find_office(db, entry.office_uuid)
    assert found is not None
    return found


@dataclass(frozen=True)
class RevokedKey:
    """A signing key the centre revoked: refused under any office uuid, for good."""

    fingerprint: str
    office_uuid: str
    nama: str
    revoked_at: str


_REVOKED = """
SELECT fingerprint, office_uuid, revoked_at FROM sync_office
 WHERE status = 'revoked' AND fingerprint = :fp
UNION ALL
SELECT json_extract(after, '$.revoked_key'), row_uuid, at FROM audit_log
 WHERE action = 'sync_revoke' AND json_extract(after, '$.revoked_key') = :fp
UNION ALL
SELECT :fp, v.row_uuid, v.at FROM audit_log v
 WHERE v.action = 'sync_revoke' AND json_extract(v.after, '$.revoked_key') IS NULL
   AND (SELECT json_extract(r.after, '$.fingerprint') FROM audit_log r
         WHERE r.action = 'sync_register' AND r.row_uuid = v.row_uuid AND r.id < v.id
         ORDER BY r.id DESC LIMIT 1) = :fp
ORDER BY 3 LIMIT 1
"""


def revoked_key(db: sqlite_utils.Database, fingerprint: str) -> RevokedKey | None:
    """The revocation of this key, if it was ever revoked. The office's row holds only its
    current key (a new key file replaces the revoked one), so the audit log's revocations are
    read too: each names the key it revoked (older ones: the key registered before it)."""
    row = db.execute(_REVOKED, {"fp": fingerprint}).fetchone()
    if row is None:
        return None
    office = find_office(db, row[1])
    return RevokedKey(row[0], row[1], office.label if office else row[1], row[2] or "")
