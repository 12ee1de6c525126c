"""Reading and verifying a package: the manifest first (format and version), then the seal and
the manifest's signature against the office's key, then each member's size and SHA-256 as it
is read, decrypted and split into rows. Every failure is a SyncError naming the file."""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.i18n import pick
from desktop.sync import keys
from desktop.sync.encryption import DecryptError, Transform
from desktop.sync.errors import SyncError
from desktop.sync.files import describe
from desktop.sync.manifest import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MANIFEST_SIG,
    SEAL_CONTEXT,
    SEAL_SIZE,
    Manifest,
    ManifestError,
    Member,
    parse_manifest,
    read_version,
)

_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, ValueError)


@dataclass
class PackageFile:
    """A package read into memory with its manifest parsed (nothing verified yet)."""

    name: str
    content: bytes
    sha256: str
    manifest: Manifest
    archive: zipfile.ZipFile

    @property
    def size(self) -> int:
        return len(self.content)


def load_package(path: Path) -> PackageFile:
    try:
        content = Path(path).read_bytes()
    except OSError as exc:
        raise SyncError("unreadable", file=Path(path).name, detail=describe(exc)) from exc
    return open_package(content, Path(path).name)


def open_package(content: bytes, name: str) -> PackageFile:
    """Open the zip and read the manifest; refuse what is not a v1 package."""
    archive, manifest = _open(io.BytesIO(content), name)
    return PackageFile(name, content, hashlib.sha256(content).hexdigest(), manifest, archive)


def peek_manifest(path: Path) -> Manifest:
    """Only the manifest, reading no more of the file than the zip directory and itself: to
    sort a batch, size a progress bar or show a preview before anything is verified."""
    name = Path(path).name
    try:
        with open(path, "rb") as handle:
            return _open(handle, name)[1]
    except OSError as exc:
        raise SyncError("unreadable", file=name, detail=describe(exc)) from exc


def _open(handle: BinaryIO, name: str) -> tuple[zipfile.ZipFile, Manifest]:
    try:
        archive = zipfile.ZipFile(handle)
        names = set(archive.namelist())
        if MANIFEST not in names or MANIFEST_SIG not in names:
            raise SyncError("not_a_package", file=name)
        raw = archive.read(MANIFEST)
    except _ZIP_ERRORS as exc:
        raise SyncError("damaged", file=name, detail="zip") from exc
    return archive, _manifest(raw, name)


def _manifest(raw: bytes, name: str) -> Manifest:
    try:
        found, version = read_version(raw)
    except ManifestError as exc:
        raise SyncError("not_a_package", file=name) from exc
    if found != FORMAT:
        raise SyncError("not_a_package", file=name)
    if version > FORMAT_VERSION:
        raise SyncError("newer_format", file=name, version=version, known=FORMAT_VERSION)
    try:
        return parse_manifest(raw)
    except ManifestError as exc:
        raise SyncError("damaged", file=name, detail="manifest") from exc


def verify_origin(pkg: PackageFile, sign_key: bytes) -> None:
    """The seal over every byte and the manifest's signature, both by ``sign_key``."""
    content = memoryview(pkg.content)
    if len(content) <= SEAL_SIZE or pkg.archive.comment != bytes(content[-SEAL_SIZE:]):
        raise SyncError("tampered", file=pkg.name, detail=pick("segel", "seal"))
    message = SEAL_CONTEXT + hashlib.sha256(content[:-SEAL_SIZE]).digest()
    if not keys.verify(sign_key, bytes(content[-SEAL_SIZE:]), message):
        raise SyncError("tampered", file=pkg.name, detail=pick("segel", "seal"))
    try:
        raw = pkg.archive.read(MANIFEST)
        signature = keys.unb64(pkg.archive.read(MANIFEST_SIG).decode("ascii"))
    except (*_ZIP_ERRORS, UnicodeDecodeError) as exc:
        raise SyncError("tampered", file=pkg.name, detail="manifest") from exc
    if not keys.verify(sign_key, signature, raw):
        raise SyncError("tampered", file=pkg.name, detail=pick("tanda tangan", "signature"))


def member_bytes(pkg: PackageFile, member: Member, decrypt: Transform | None) -> bytes:
    """A member's JSON lines, after checking its size and hash and decrypting it."""
    try:
        stored = pkg.archive.read(member.name)
    except (*_ZIP_ERRORS, KeyError) as exc:
        raise SyncError("tampered", file=pkg.name, detail=member.name) from exc
    if len(stored) != member.size or hashlib.sha256(stored).hexdigest() != member.sha256:
        raise SyncError("tampered", file=pkg.name, detail=member.name)
    if decrypt is None:
        return stored
    try:
        return decrypt(member.name, stored)
    except DecryptError as exc:
        raise SyncError("tampered", file=pkg.name, detail=member.name) from exc


def verify_members(pkg: PackageFile, decrypt: Transform | None = None) -> None:
    """Every member's size and hash (and decryption, when a decrypter is given)."""
    for member in pkg.manifest.members:
        member_bytes(pkg, member, decrypt)


Reader = Callable[[PackageFile, Member, Transform | None], bytes]
