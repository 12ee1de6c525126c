"""Public key files: how an office and its centre meet before the first package.

The office gives the centre its key file (its Ed25519 public key) and imports the centre's
(Ed25519 for receipts, X25519 for encrypting packages). A key file is small canonical JSON,
self-signed so a damaged or edited file is refused. Importing a key file is the trusted way to
register an office; first contact by package needs a fingerprint confirmation instead.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import sqlite_utils

from desktop.store import audit
from desktop.store.db import translate_errors
from desktop.store.units import get_office
from desktop.sync import keys
from desktop.sync.errors import SyncError
from desktop.sync.files import read_signed_json, require_folder, slug, write_atomic
from desktop.sync.manifest import canonical_bytes
from desktop.sync.registry import (
    CentreInfo,
    Role,
    configured_centre,
    find_office,
    get_role,
    register_office,
    revoked_key,
    set_centre,
)

KEY_FORMAT = "kinerja-luring-kunci"
KEY_FORMAT_VERSION = 1
SUFFIX = ".kinerja-kunci"
_ROLE_WORD = {"office": ("kantor", "office"), "central": ("pusat", "centre")}


@dataclass(frozen=True)
class KeyFile:
    format: str
    format_version: int
    role: str  # "office" | "central"
    uuid: str
    nama: str
    instansi: str
    sign_key: str  # base64
    box_key: str | None  # base64, centres only
    fingerprint: str
    created_at: str


@dataclass(frozen=True)
class KeyImport:
    """What importing a key file did: ``kind`` is ``centre`` (at an office) or ``office``."""

    kind: str
    uuid: str
    nama: str
    fingerprint: str
    previous_fingerprint: str | None


def own_key_file(db: sqlite_utils.Database) -> KeyFile:
    """This database's public keys (made on first use); a centre's include its box key."""
    role = get_role(db)
    sign = keys.ensure_key(db, keys.SIGN)
    box = keys.ensure_key(db, keys.BOX) if role is Role.CENTRAL else None
    office = get_office(db)
    return KeyFile(
        KEY_FORMAT, KEY_FORMAT_VERSION, role.value, office.office_uuid,
        office.nama_kantor or office.instansi, office.instansi, keys.b64(sign.public),
        keys.b64(box.public) if box else None, sign.fingerprint, keys.utc_now(),
    )  # fmt: skip


def renew_keys(db: sqlite_utils.Database) -> KeyFile:
    """New key pairs for this database (after a laptop with a copy of it was stolen): the old
    ones are gone, so give the new key file to the centre (or, at a centre, to every office)."""
    with translate_errors(), db.atomic():
        old = keys.own_key(db, keys.SIGN)
        db.conn.execute("DELETE FROM sync_key")
        for purpose in (keys.SIGN, keys.BOX) if get_role(db) is Role.CENTRAL else (keys.SIGN,):
            keys.store_key(db, keys.new_pair(purpose))
        key = own_key_file(db)
        audit.record(
            db, action="sync_rekey", table="sync_key", row_uuid=key.uuid,
            before={"fingerprint": old.fingerprint if old else None},
            after={"fingerprint": key.fingerprint},
        )  # fmt: skip
    return key


def default_name(key: KeyFile) -> str:
    return f"kunci-{slug(key.nama)}{SUFFIX}"


def export_key_file(db: sqlite_utils.Database, target: Path) -> tuple[Path, KeyFile]:
    """Write this database's public key file to ``target`` (a file, or a folder for the
    default name); returns where and what."""
    key = own_key_file(db)
    path = target / default_name(key) if target.is_dir() else target
    require_folder(path.parent)
    body = asdict(key)
    signed = {
        "key": body,
        "signature": keys.b64(keys.sign(keys.ensure_key(db, keys.SIGN), canonical_bytes(body))),
    }
    write_atomic(path, canonical_bytes(signed) + b"\n")
    return path, key


def read_key_file(path: Path) -> KeyFile:
    """A verified key file; SyncError for anything else."""
    name = Path(path).name
    raw, signed, body = read_signed_json(
        path, "key", KEY_FORMAT, KEY_FORMAT_VERSION, "key_file_bad"
    )
    try:
        key = KeyFile(**body)
        sign_key = keys.unb64(key.sign_key)
        good = (
            raw == canonical_bytes(signed) + b"\n"
            and key.role in _ROLE_WORD
            and key.fingerprint == keys.fingerprint(sign_key)
            and keys.verify(sign_key, keys.unb64(signed["signature"]), canonical_bytes(body))
        )
    except (ValueError, TypeError, KeyError) as exc:
        raise SyncError("key_file_bad", file=name) from exc
    if not good:
        raise SyncError("key_file_bad", file=name)
    return key


def import_key_file(db: sqlite_utils.Database, path: Path) -> KeyImport:
    """At an office: take the file as its centre. At a centre: register the office."""
    key = read_key_file(path)
    name = Path(path).name
    if key.uuid == get_office(db).office_uuid:
        raise SyncError("key_own", file=name)
    role = get_role(db)
    expected = "central" if role is Role.OFFICE else "office"
    if key.role != expected:
        raise SyncError("key_role", file=name, found=_word(key.role), expected=_word(expected))
    with translate_errors(), db.atomic():
        if role is Role.OFFICE:
            return _take_centre(db, key)
        return _register(db, key)


def _word(role: str) -> str:
    from desktop.core.i18n import pick

    return pick(*_ROLE_WORD[role])


def _take_centre(db: sqlite_utils.Database, key: KeyFile) -> KeyImport:
    old = configured_centre(db)
    sign_key = keys.unb64(key.sign_key)
    box_key = keys.unb64(key.box_key) if key.box_key else None
    if old and old.uuid == key.uuid and old.sign_key == sign_key and old.box_key == box_key:
        raise SyncError("key_known", fingerprint=key.fingerprint, nama=key.nama)
    set_centre(
        db, CentreInfo(key.uuid, key.nama, sign_key, box_key, keys.utc_now()), how="key_file"
    )
    return KeyImport(
        "centre", key.uuid, key.nama, key.fingerprint, old.fingerprint if old else None
    )


def _register(db: sqlite_utils.Database, key: KeyFile) -> KeyImport:
    if revoked_key(db, key.fingerprint) is not None:  # under any office uuid
        raise SyncError("key_revoked", fingerprint=key.fingerprint, nama=key.nama)
    old = find_office(db, key.uuid)
    if old and old.fingerprint == key.fingerprint:
        code = "key_revoked" if old.status == "revoked" else "key_known"
        raise SyncError(code, fingerprint=key.fingerprint, nama=key.nama)
    register_office(
        db, office_uuid=key.uuid, nama=key.nama, instansi=key.instansi,
        sign_key=keys.unb64(key.sign_key), how="key_file",
    )  # fmt: skip
    return KeyImport(
        "office", key.uuid, key.nama, key.fingerprint, old.fingerprint if old else None
    )
