"""Who is trusted at the centre: an unknown office is registered on first contact only when
its fingerprint is listed, all new offices are (``--trust-new``), or the operator confirms it;
a revoked key is refused under any office uuid whatever the policy says. Questions are settled
before the import's transaction starts (a prompt must not hold the database's write lock)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop.core.errors import Cancelled
from desktop.store.units import get_office
from desktop.sync import keys
from desktop.sync.errors import SyncError
from desktop.sync.manifest import Manifest
from desktop.sync.reader import PackageFile, load_package, verify_origin
from desktop.sync.registry import find_office, revoked_key


@dataclass(frozen=True)
class NewOffice:
    """An office met for the first time: the operator compares this fingerprint with it."""

    uuid: str
    nama: str
    instansi: str
    fingerprint: str
    file: str


@dataclass(frozen=True)
class TrustPolicy:
    """Which unknown offices to register on first contact: those whose fingerprint is listed,
    all of them (``any_new``), or those ``confirm`` accepts (an interactive question)."""

    fingerprints: frozenset[str] = frozenset()
    any_new: bool = False
    confirm: Callable[[NewOffice], bool] | None = None

    def accepts(self, office: NewOffice) -> bool:
        listed = {keys.normal_fingerprint(f) for f in self.fingerprints}
        if self.any_new or office.fingerprint in listed:
            return True
        return bool(self.confirm and self.confirm(office))


NO_TRUST = TrustPolicy()  # nobody new: unknown offices are refused with their fingerprint


def first_contacts(
    db: sqlite_utils.Database,
    pending: Iterable[tuple[Path, Manifest]],
    progress: Callable[[int, int], bool | None] | None = None,
) -> list[NewOffice]:
    """The offices an import would have to ask about, one per key: unknown here, not this
    database itself, not revoked, and whose package really verifies against the key it names
    (any other package is refused later with the precise reason: nobody is asked about it).
    The one rule for the command line's questions and the import screen's; ``progress(done,
    total)`` returning False cancels."""
    pending = list(pending)
    own = get_office(db).office_uuid
    seen: set[str] = set()
    found: list[NewOffice] = []
    for done, (path, m) in enumerate(pending):
        if progress is not None and progress(done, len(pending)) is False:
            raise Cancelled()
        office = m.office
        if office.fingerprint in seen or office.uuid == own or find_office(db, office.uuid):
            continue
        if revoked_key(db, office.fingerprint) is not None:
            continue  # refused whatever the answer: do not ask
        try:
            sign_key = keys.unb64(office.sign_key)
            if keys.fingerprint(sign_key) != office.fingerprint:
                continue
            verify_origin(load_package(path), sign_key)
        except (SyncError, ValueError):
            continue  # a damaged copy; another package of the same office may still be good
        seen.add(office.fingerprint)
        found.append(
            NewOffice(office.uuid, office.nama, office.instansi, office.fingerprint, path.name)
        )
    return found


def ask_first(
    db: sqlite_utils.Database, pending: list[tuple[Path, Manifest]], trust: TrustPolicy
) -> TrustPolicy:
    """Settle every first-contact question before the transaction starts (an interactive
    prompt must not hold the database's write lock); returns a policy without questions.
    Only the offices of ``first_contacts`` are asked about."""
    accepted = set(trust.fingerprints)
    if not trust.any_new and trust.confirm is not None:
        accepted |= {o.fingerprint for o in first_contacts(db, pending) if trust.accepts(o)}
    return TrustPolicy(frozenset(accepted), trust.any_new)


def refuse_revoked(db: sqlite_utils.Database, pkg: PackageFile) -> None:
    """A revoked key is refused under any office uuid (a thief's copy of the database may
    claim a new one), whatever the trust policy says."""
    m = pkg.manifest
    try:
        fingerprint = keys.fingerprint(keys.unb64(m.office.sign_key))
    except ValueError as exc:
        raise SyncError("damaged", file=pkg.name, detail="manifest") from exc
    revoked = revoked_key(db, fingerprint)
    if revoked is not None:
        raise SyncError(
            "revoked", file=pkg.name, nama=revoked.nama, when=revoked.revoked_at,
            fingerprint=fingerprint,
        )  # fmt: skip


def first_contact(pkg: PackageFile, trust: TrustPolicy) -> None:
    m = pkg.manifest
    try:
        sign_key = keys.unb64(m.office.sign_key)
    except ValueError as exc:
        raise SyncError("damaged", file=pkg.name, detail="manifest") from exc
    if keys.fingerprint(sign_key) != m.office.fingerprint:
        raise SyncError("damaged", file=pkg.name, detail="manifest")
    verify_origin(pkg, sign_key)
    candidate = NewOffice(
        m.office.uuid, m.office.nama, m.office.instansi, m.office.fingerprint, pkg.name
    )
    if not trust.accepts(candidate):
        raise SyncError(
            "unknown_office",
            nama=m.office.nama or m.office.instansi,
            fingerprint=m.office.fingerprint,
        )
