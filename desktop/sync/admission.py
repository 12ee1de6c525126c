"""Whether a verified package may be applied, must be held, or is refused: the office and its
key, the seal and signature, the encryption, and the sequence against what the centre applied.
Nothing here writes; ``central`` applies what is admitted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.i18n import pick
from desktop.store.units import get_office
from desktop.sync import backend, keys
from desktop.sync.encryption import Transform, decrypter
from desktop.sync.errors import SyncError
from desktop.sync.manifest import Manifest
from desktop.sync.reader import PackageFile, verify_origin
from desktop.sync.receipts import latest_applied
from desktop.sync.registry import OfficeEntry, find_office
from desktop.sync.report import PackageOutcome, State
from desktop.sync.trust import TrustPolicy, first_contact, refuse_revoked
from desktop.sync.zipguard import MAX_MEMBER


@dataclass
class Admitted:
    """A package that passed every check, with what applying it needs."""

    pkg: PackageFile
    outcome: PackageOutcome
    office: OfficeEntry | None  # None: registered by this import
    decrypt: Transform | None
    hold: bool


def admit(db: Any, pkg: PackageFile, trust: TrustPolicy, outcome: PackageOutcome) -> Admitted:
    """Every check, without writing: office and key, seal and signature, encryption, sequence.
    Raises SyncError with the reason a package is refused. On PostgreSQL the office is locked
    first, so a second importer of the same package waits and then finds it applied."""
    m = pkg.manifest
    backend.lock_office(db, m.office.uuid)
    if m.office.uuid == get_office(db).office_uuid:
        raise SyncError("own_package", file=pkg.name)
    refuse_revoked(db, pkg)
    office = find_office(db, m.office.uuid)
    if office is None:
        first_contact(pkg, trust)
    elif office.status == "revoked":
        raise SyncError(
            "revoked", file=pkg.name, nama=office.label, when=office.revoked_at or "",
            fingerprint=office.fingerprint,
        )  # fmt: skip
    elif m.office.sign_key != keys.b64(office.sign_key):
        raise SyncError(
            "key_mismatch", file=pkg.name, nama=office.label, fingerprint=m.office.fingerprint,
            registered=office.fingerprint,
        )  # fmt: skip
    else:
        verify_origin(pkg, office.sign_key)
    hold = _sequence(db, pkg, office)
    if hold:
        outcome.state = State.HELD
        outcome.code = "held"
        outcome.message = _held_message(m)
    return Admitted(pkg, outcome, office, decrypter_for(db, pkg), hold)


def decrypter_for(db: Any, pkg: PackageFile) -> Transform | None:
    m = pkg.manifest
    if m.encryption is None:
        return None
    box = keys.own_key(db, keys.BOX)
    if box is None or m.encryption.recipient_key != box.fingerprint:
        raise SyncError("wrong_centre", file=pkg.name, fingerprint=m.encryption.recipient_key)
    try:
        return decrypter(box, m.encryption, m.package_id, limit=MAX_MEMBER)
    except ValueError as exc:
        raise SyncError("tampered", file=pkg.name, detail="encryption") from exc


def _sequence(db: Any, pkg: PackageFile, office: OfficeEntry | None) -> bool:
    """Whether to hold the package (True) or apply it (False); SyncError to refuse it."""
    m = pkg.manifest
    nama = m.office.nama or m.office.instansi
    applied = office.applied_sequence if office else 0
    row = db.execute(
        "SELECT id, package_id, state, received_at, applied_at FROM sync_package "
        "WHERE office_uuid = ? AND sequence = ?",
        [m.office.uuid, m.sequence],
    ).fetchone()
    if row is not None:
        row_id, package_id, state, received_at, applied_at = row
        if package_id != m.package_id:
            raise SyncError(
                "sequence_reused", sequence=m.sequence, nama=nama, when=received_at,
                _receipt_for=latest_applied(db, m.office.uuid),
            )  # fmt: skip
        if state == "held":
            raise SyncError("already_held", sequence=m.sequence, nama=nama)
        if state == "superseded":
            raise SyncError("superseded", sequence=m.sequence, nama=nama, applied=applied)
        raise SyncError(
            "already_applied", sequence=m.sequence, nama=nama, when=applied_at, _receipt_for=row_id
        )
    if m.sequence <= applied:
        raise SyncError("superseded", sequence=m.sequence, nama=nama, applied=applied)
    return not (m.full or m.base_sequence <= applied)


def _held_message(m: Manifest) -> str:
    return pick(
        f"menunggu paket urutan {m.base_sequence} dari kantor ini (atau paket lengkap)",
        f"waiting for package {m.base_sequence} of this office (or a full package)",
    )
