"""Receipts (tanda terima): the centre's signed word that it applied a package.

The centre writes one small file per applied package; the office imports it, marks that
package acknowledged, and its next export starts after it. A receipt is canonical JSON signed
by the centre's Ed25519 key and carries the centre's public keys, so an office that trusts the
centre's fingerprint on its first receipt learns the key to encrypt to. Receipts are
deterministic: writing one again gives the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core.access import Perm
from desktop.store import access, audit
from desktop.store.db import translate_errors
from desktop.store.units import get_office
from desktop.sync import keys
from desktop.sync.errors import SyncError
from desktop.sync.files import read_signed_json, slug, write_atomic
from desktop.sync.manifest import canonical_bytes
from desktop.sync.registry import CentreInfo, configured_centre, set_centre
from desktop.sync.status import find_export, sync_status

RECEIPT_FORMAT = "kinerja-luring-tanda-terima"
RECEIPT_VERSION = 1
SUFFIX = ".kinerja-tt"
COUNT_KINDS = ("new", "updated", "unchanged", "deleted", "conflicts")


# -- the centre's side ------------------------------------------------------------------------


def receipt_name(office_nama: str, office_uuid: str, sequence: int) -> str:
    name = slug(office_nama, limit=32)
    return f"tanda-terima-{name}-{office_uuid[:6]}-{sequence:05d}{SUFFIX}"


def receipt_bytes(db: sqlite_utils.Database, package: int) -> tuple[str, bytes]:
    """File name and content of the receipt of an applied package (``sync_package.id``)."""
    row = db.execute(
        "SELECT p.office_uuid, o.nama, p.package_id, p.sequence, p.package_sha256, "
        "p.applied_at, p.rows_new, p.rows_updated, p.rows_unchanged, p.rows_deleted, "
        "p.conflicts FROM sync_package p JOIN sync_office o USING (office_uuid) "
        "WHERE p.id = ? AND p.state = 'applied'",
        [package],
    ).fetchone()
    if row is None:
        raise SyncError("row_not_found", table="sync_package", uuid=str(package))
    sign = keys.own_key(db, keys.SIGN)
    box = keys.own_key(db, keys.BOX)
    if sign is None or box is None:
        raise SyncError("no_centre_keys")
    centre = get_office(db)
    body = {
        "format": RECEIPT_FORMAT, "format_version": RECEIPT_VERSION,
        "centre": {
            "uuid": centre.office_uuid, "nama": centre.nama_kantor or centre.instansi,
            "sign_key": keys.b64(sign.public), "box_key": keys.b64(box.public),
            "fingerprint": sign.fingerprint,
        },
        "office_uuid": row[0], "office_nama": row[1], "package_id": row[2],
        "sequence": row[3], "package_sha256": row[4], "applied_at": row[5],
        "counts": dict(zip(COUNT_KINDS, row[6:], strict=True)),
    }  # fmt: skip
    signed = {"receipt": body, "signature": keys.b64(keys.sign(sign, canonical_bytes(body)))}
    return receipt_name(row[1], row[0], row[3]), canonical_bytes(signed) + b"\n"


def store_receipt(db: sqlite_utils.Database, package: int) -> None:
    """Record the receipt of a package just applied (inside the import's transaction)."""
    _name, content = receipt_bytes(db, package)
    db.conn.execute(
        "INSERT OR REPLACE INTO sync_receipt (package, receipt_sha256, created_at) "
        "VALUES (?, ?, ?)",
        [package, hashlib.sha256(content).hexdigest(), keys.utc_now()],
    )


def write_receipt(db: sqlite_utils.Database, package: int, folder: Path) -> Path:
    """Write (or write again) the receipt of an applied package into ``folder``."""
    name, content = receipt_bytes(db, package)
    return write_atomic(folder / name, content)


def latest_applied(db: sqlite_utils.Database, office_uuid: str) -> int | None:
    """The ``sync_package.id`` of the newest applied package of an office."""
    row = db.execute(
        "SELECT id FROM sync_package WHERE office_uuid = ? AND state = 'applied' "
        "ORDER BY sequence DESC LIMIT 1",
        [office_uuid],
    ).fetchone()
    return row[0] if row else None


# -- the office's side ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiptResult:
    sequence: int
    centre_nama: str
    centre_fingerprint: str
    counts: dict[str, int]
    newly_trusted: bool  # the centre was taken on this receipt's fingerprint
    restored: bool  # newer than this database's log: the next export carries every row
    rows_waiting: int


@dataclass(frozen=True)
class CentreCandidate:
    """A centre met for the first time through a receipt: the operator compares fingerprints."""

    uuid: str
    nama: str
    fingerprint: str
    file: str


def read_receipt(path: Path) -> dict[str, Any]:
    """The verified-in-form body of a receipt (signature checked by ``import_receipt``)."""
    name = Path(path).name
    raw, signed, body = read_signed_json(
        path, "receipt", RECEIPT_FORMAT, RECEIPT_VERSION, "receipt_bad"
    )
    try:
        centre = body["centre"]
        sign_key = keys.unb64(centre["sign_key"])
        good = (
            raw == canonical_bytes(signed) + b"\n"
            and keys.verify(sign_key, keys.unb64(signed["signature"]), canonical_bytes(body))
            and centre["fingerprint"] == keys.fingerprint(sign_key)
            and isinstance(body["sequence"], int)
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise SyncError("receipt_bad", file=name) from exc
    if not good:
        raise SyncError("receipt_bad", file=name)
    return body


def import_receipt(
    db: sqlite_utils.Database,
    path: Path,
    *,
    trust: frozenset[str] = frozenset(),
    confirm: Callable[[CentreCandidate], bool] | None = None,
) -> ReceiptResult:
    """Mark the package acknowledged so the next export starts after it. An unknown centre
    is accepted only when its fingerprint is in ``trust`` or ``confirm`` says yes."""
    access.require(db, Perm.SYNC)
    name = Path(path).name
    body = read_receipt(path)
    office = get_office(db)
    if body["office_uuid"] != office.office_uuid:
        raise SyncError("receipt_other_office", file=name, office=body.get("office_nama", ""))
    centre, newly = _centre(db, body, name, trust, confirm)
    sequence = body["sequence"]
    restored = _check_sequence(db, body, name)
    content = Path(path).read_bytes()
    with translate_errors(), db.atomic():
        if newly:
            set_centre(db, centre, how="receipt")
        if restored:
            db.conn.execute(
                "UPDATE sync_config SET sequence_floor = max(sequence_floor, ?), full_pending = 1",
                [sequence],
            )
        else:
            db.conn.execute(
                "UPDATE sync_export SET acked_at = ?, receipt_sha256 = ? WHERE sequence = ?",
                [body["applied_at"], hashlib.sha256(content).hexdigest(), sequence],
            )
        audit.record(
            db, action="sync_receipt", table="sync_export", row_uuid=body["package_id"],
            after={"sequence": sequence, "restored": restored}, summary=centre.nama,
        )  # fmt: skip
    return ReceiptResult(
        sequence, centre.nama, centre.fingerprint, dict(body["counts"]), newly, restored,
        sync_status(db).total_waiting,
    )  # fmt: skip


def _check_sequence(db: sqlite_utils.Database, body: dict[str, Any], name: str) -> bool:
    """True when the receipt is newer than this database's whole log, or names a package
    this database never wrote under a number its log used for another one: the database
    was restored from a backup (or copied), so the next export must be full and numbered
    past the centre's (the advice of the centre's ``sequence_reused`` refusal)."""
    sequence = body["sequence"]
    entry = find_export(db, sequence)
    if entry is not None and entry.package_id == body["package_id"]:
        if entry.acked_at:
            raise SyncError("receipt_duplicate", sequence=sequence, when=entry.acked_at)
        return False
    if entry is not None:  # same number, another package: the centre holds the other one
        return True
    logged, floor = db.execute(
        "SELECT (SELECT coalesce(max(sequence), 0) FROM sync_export), sequence_floor "
        "FROM sync_config"
    ).fetchone()
    if entry is None and sequence > logged:
        if sequence <= floor:
            raise SyncError("receipt_duplicate", sequence=sequence, when="-")
        return True
    raise SyncError("receipt_unknown_package", file=name, sequence=sequence)


def _centre(
    db: sqlite_utils.Database,
    body: dict[str, Any],
    name: str,
    trust: frozenset[str],
    confirm: Callable[[CentreCandidate], bool] | None,
) -> tuple[CentreInfo, bool]:
    """The centre that signed the receipt, and whether it is taken now for the first time."""
    raw = body["centre"]
    info = CentreInfo(
        raw["uuid"], raw["nama"], keys.unb64(raw["sign_key"]),
        keys.unb64(raw["box_key"]) if raw.get("box_key") else None, keys.utc_now(),
    )  # fmt: skip
    known = configured_centre(db)
    if known is not None:
        if known.uuid != info.uuid or known.sign_key != info.sign_key:
            raise SyncError(
                "receipt_other_centre", file=name, fingerprint=info.fingerprint,
                expected=known.fingerprint,
            )  # fmt: skip
        return known, False
    candidate = CentreCandidate(info.uuid, info.nama, info.fingerprint, name)
    trusted = {keys.normal_fingerprint(f) for f in trust}
    if info.fingerprint in trusted or (confirm is not None and confirm(candidate)):
        return info, True
    raise SyncError(
        "receipt_unknown_centre",
        file=name,
        nama=info.nama or info.uuid,
        fingerprint=info.fingerprint,
    )
