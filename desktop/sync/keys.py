"""This database's key pairs, fingerprints, signatures and the sealing of whole files.

Two pairs, made on first use: ``sign`` (Ed25519) signs packages, receipts and key files;
``box`` (X25519) lets offices encrypt packages to a centre. Private keys live in the database
(table ``sync_key``) so the backups of the database carry them: restoring a backup keeps the
office's identity and keeps the centre able to open packages encrypted to it. Whoever holds a
copy of the database can sign as this office, which adds little to what the copy already
holds (the personal data itself); protect the file and its backups accordingly.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

# cryptography loads inside the functions that sign, verify or make keys: the window asks this
# module only for the role and fingerprints at start (about 15 ms saved there).
SIGN, BOX = "sign", "box"


@dataclass(frozen=True)
class KeyPair:
    purpose: str
    private: bytes
    public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)


def utc_now() -> str:
    """UTC as stored everywhere in the database: ``2026-11-23T08:00:00.000Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def fingerprint(public: bytes) -> str:
    """What people compare by phone: 32 hex digits of SHA-256 in groups of four."""
    digest = hashlib.sha256(public).hexdigest()[:32].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def normal_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, spaces or dashes) in the canonical spelling."""
    digits = re.sub(r"[^0-9A-Fa-f]", "", text).upper()
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Base64 to bytes; ValueError for anything that is not strict base64."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError) as exc:
        raise ValueError("base64") from exc


def new_pair(purpose: str) -> KeyPair:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    private = Ed25519PrivateKey.generate() if purpose == SIGN else X25519PrivateKey.generate()
    return KeyPair(
        purpose,
        private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
        private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
    )


def own_key(db: sqlite_utils.Database, purpose: str) -> KeyPair | None:
    """The stored pair, or None; never creates one (reading must not change the database)."""
    row = db.execute(
        "SELECT private_key, public_key FROM sync_key WHERE purpose = ?", [purpose]
    ).fetchone()
    return KeyPair(purpose, bytes(row[0]), bytes(row[1])) if row else None


def own_fingerprint(db: sqlite_utils.Database) -> str | None:
    """The fingerprint this database signs with, None before it has a key: what a screen shows
    to be read out by phone (a screen never holds the private key)."""
    row = db.execute("SELECT public_key FROM sync_key WHERE purpose = ?", [SIGN]).fetchone()
    return fingerprint(bytes(row[0])) if row else None


def store_key(db: sqlite_utils.Database, pair: KeyPair) -> None:
    """Save a pair made with ``new_pair`` (inside the caller's transaction)."""
    db.conn.execute(
        "INSERT INTO sync_key (purpose, private_key, public_key, created_at) VALUES (?, ?, ?, ?)",
        [pair.purpose, pair.private, pair.public, utc_now()],
    )


def ensure_key(db: sqlite_utils.Database, purpose: str) -> KeyPair:
    """The stored pair, made and saved on first use."""
    pair = own_key(db, purpose)
    if pair is None:
        pair = new_pair(purpose)
        with db.atomic():
            store_key(db, pair)
    return pair


def sign(pair: KeyPair, message: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(pair.private).sign(message)


def verify(public: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
