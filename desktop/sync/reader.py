"""Reading and verifying a package: the zip's directory and declared sizes first (nothing is
inflated before ``zipguard`` has looked), then the manifest through a capped stream (format and
version), then the seal and the manifest's signature against the office's key, then each
member's size and SHA-256 as it is read, decrypted and split into rows. Every failure is a
SyncError naming the file; no exception of ``zipfile`` or ``zlib`` gets out."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.i18n import pick
from desktop.sync import keys, zipguard
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

_ZIP_ERRORS = zipguard.ZIP_ERRORS


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
    name = Path(path).name
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > zipguard.MAX_PACKAGE:
                what = pick("berkas", "the file")
                raise zipguard.too_large(name, what, size, zipguard.MAX_PACKAGE)
            content = handle.read(size + 1)  # not MAX_PACKAGE + 1: read() allocates that
    except OSError as exc:
        raise SyncError("unreadable", file=name, detail=describe(exc)) from exc
    return open_package(content, name)


def open_package(content: bytes, name: str) -> PackageFile:
    """Open the zip and read the manifest; refuse what is not a v1 package."""
    archive, manifest = _open(io.BytesIO(content), len(content), name)
    return PackageFile(name, content, hashlib.sha256(content).hexdigest(), manifest, archive)


def peek_manifest(path: Path) -> Manifest:
    """Only the manifest, reading no more of the file than the zip directory and itself: to
    sort a batch, size a progress bar or show a preview before anything is verified."""
    name = Path(path).name
    try:
        with open(path, "rb") as handle:
            return _open(handle, os.fstat(handle.fileno()).st_size, name)[1]
    except OSError as exc:
        raise SyncError("unreadable", file=name, detail=describe(exc)) from exc


def _open(handle: BinaryIO, size: int, name: str) -> tuple[zipfile.ZipFile, Manifest]:
    """The zip screened entry by entry, the manifest read through a capped stream and parsed,
    and no member but those the manifest lists."""
    archive = zipguard.open_zip(handle, size, name)
    entries = zipguard.screen(archive, name)
    raw = zipguard.read_capped(archive, entries[MANIFEST], zipguard.MAX_MANIFEST, name)
    manifest = _manifest(raw, name)
    zipguard.check_names(entries, {m.name for m in manifest.members}, name)
    return archive, manifest


def _manifest(raw: bytes, name: str) -> Manifest:
    try:
        found, version = read_version(raw)
    except ManifestError as exc:
        if exc.field:
            value = _shown(exc.value)
            raise SyncError("bad_number", file=name, field=exc.field, value=value) from exc
        raise SyncError("not_a_package", file=name) from exc
    if found != FORMAT:
        raise SyncError("not_a_package", file=name)
    if version > FORMAT_VERSION:
        raise SyncError("newer_format", file=name, version=version, known=FORMAT_VERSION)
    try:
        return parse_manifest(raw)
    except ManifestError as exc:
        if exc.field:
            raise SyncError(
                "bad_number", file=name, field=exc.field, value=_shown(exc.value)
            ) from exc
        raise SyncError("damaged", file=name, detail="manifest") from exc


def _shown(value: object) -> str:
    """A manifest value as JSON spells it (``true``, ``1.5``, ``"1"``), cut short."""
    import json

    try:
        return json.dumps(value, ensure_ascii=False)[:40]
    except (TypeError, ValueError):
        return repr(value)[:40]


def verify_origin(pkg: PackageFile, sign_key: bytes) -> None:
    """The seal over every byte and the manifest's signature, both by ``sign_key``."""
    content = memoryview(pkg.content)
    if len(content) <= SEAL_SIZE or pkg.archive.comment != bytes(content[-SEAL_SIZE:]):
        raise SyncError("tampered", file=pkg.name, detail=pick("segel", "seal"))
    message = SEAL_CONTEXT + hashlib.sha256(content[:-SEAL_SIZE]).digest()
    if not keys.verify(sign_key, bytes(content[-SEAL_SIZE:]), message):
        raise SyncError("tampered", file=pkg.name, detail=pick("segel", "seal"))
    try:
        raw = _entry(pkg, MANIFEST, zipguard.MAX_MANIFEST)
        signature = keys.unb64(_entry(pkg, MANIFEST_SIG, zipguard.MAX_SIGNATURE).decode("ascii"))
    except (SyncError, UnicodeDecodeError, ValueError) as exc:
        raise SyncError("tampered", file=pkg.name, detail="manifest") from exc
    if not keys.verify(sign_key, signature, raw):
        raise SyncError("tampered", file=pkg.name, detail=pick("tanda tangan", "signature"))


def _entry(pkg: PackageFile, entry: str, cap: int) -> bytes:
    try:
        info = pkg.archive.getinfo(entry)
    except KeyError as exc:
        raise SyncError("tampered", file=pkg.name, detail=entry) from exc
    return zipguard.read_capped(pkg.archive, info, cap, pkg.name)


def member_bytes(pkg: PackageFile, member: Member, decrypt: Transform | None) -> bytes:
    """A member's JSON lines, after checking its size and hash and decrypting it. The size
    the signed manifest gives must be the size the zip declares, and no more is inflated."""
    try:
        info = pkg.archive.getinfo(member.name)
    except KeyError as exc:
        raise SyncError("tampered", file=pkg.name, detail=member.name) from exc
    if info.file_size != member.size or member.size > zipguard.MAX_MEMBER:
        raise SyncError("tampered", file=pkg.name, detail=member.name)
    try:
        stored = zipguard.read_capped(pkg.archive, info, member.size, pkg.name)
    except SyncError as exc:
        raise SyncError("tampered", file=pkg.name, detail=member.name) from exc
    if len(stored) != member.size or hashlib.sha256(stored).hexdigest() != member.sha256:
        raise SyncError("tampered", file=pkg.name, detail=member.name)
    if decrypt is None:
        return stored
    try:
        plain = decrypt(member.name, stored)
    except DecryptError as exc:
        raise SyncError("tampered", file=pkg.name, detail=member.name) from exc
    if len(plain) > zipguard.RATIO_FLOOR and len(plain) > zipguard.MAX_RATIO * len(stored):
        raise SyncError("zip_unsafe", file=pkg.name, detail=member.name)
    return plain


def verify_members(pkg: PackageFile, decrypt: Transform | None = None) -> None:
    """Every member's size and hash (and decryption, when a decrypter is given)."""
    for member in pkg.manifest.members:
        member_bytes(pkg, member, decrypt)


Reader = Callable[[PackageFile, Member, Transform | None], bytes]
