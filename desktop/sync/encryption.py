"""Encrypting package members to the centre: X25519 + HKDF-SHA256 + AES-256-GCM.

Each package gets a fresh ephemeral X25519 key; its exchange with the centre's public key,
through HKDF, gives the AES key for that package only. Every member is compressed, then
encrypted with its own random nonce, and the package id and member name are bound in as
associated data so members cannot be moved between packages or names.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.sync.keys import KeyPair, b64, fingerprint, unb64
from desktop.sync.manifest import ENCRYPTION_SCHEME, Encryption

_INFO = b"kinerja-luring/paket/1"
_NONCE = 12
COMPRESS_LEVEL = 1

Transform = Callable[[str, bytes], bytes]


class DecryptError(ValueError):
    """A member that does not decrypt: altered, or encrypted under another key."""


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_INFO)
    return hkdf.derive(shared)


def _aad(package_id: str, name: str) -> bytes:
    return f"{package_id}/{name}".encode()


def encrypter(
    recipient_uuid: str, recipient_key: bytes, package_id: str
) -> tuple[Encryption, Transform]:
    """The manifest's encryption block and a function ``(member name, jsonl) -> stored bytes``."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_key))
    aead = AESGCM(_key(shared, ephemeral_public, recipient_key))

    def encrypt(name: str, plain: bytes) -> bytes:
        nonce = os.urandom(_NONCE)
        packed = zlib.compress(plain, COMPRESS_LEVEL)
        return nonce + aead.encrypt(nonce, packed, _aad(package_id, name))

    info = Encryption(
        ENCRYPTION_SCHEME, recipient_uuid, fingerprint(recipient_key), b64(ephemeral_public)
    )
    return info, encrypt


def decrypter(
    own: KeyPair, info: Encryption, package_id: str, *, limit: int | None = None
) -> Transform:
    """The inverse of ``encrypter`` for the centre holding ``own`` (its box key pair); a
    member that would inflate past ``limit`` bytes is refused without inflating the rest."""
    ephemeral_public = unb64(info.ephemeral_key)
    private = X25519PrivateKey.from_private_bytes(own.private)
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    aead = AESGCM(_key(shared, ephemeral_public, own.public))

    def decrypt(name: str, stored: bytes) -> bytes:
        try:
            packed = aead.decrypt(stored[:_NONCE], stored[_NONCE:], _aad(package_id, name))
            return _inflate(packed, limit)
        except (InvalidTag, zlib.error, ValueError) as exc:
            raise DecryptError(name) from exc

    return decrypt


def _inflate(packed: bytes, limit: int | None) -> bytes:
    if limit is None:
        return zlib.decompress(packed)
    inflater = zlib.decompressobj()
    plain = inflater.decompress(packed, limit + 1)
    if len(plain) > limit or not inflater.eof or inflater.unused_data:
        raise ValueError("inflates past the limit or does not end")
    return plain
