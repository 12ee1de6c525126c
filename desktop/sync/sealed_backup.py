"""A backup sealed with a passphrase, for carrying on a USB stick.

Layout: ``MAGIC`` · header length (4 bytes, big-endian) · header JSON (format, version, KDF and
its parameters, salt, nonce prefix, chunk size, a passphrase check) · chunks, each its length
(4 bytes) and AES-256-GCM ciphertext. The key comes from Argon2id; each chunk's nonce is the
prefix and the chunk number, and its associated data binds the header, the number and whether
it is the last, so chunks cannot be dropped, swapped or cut off unnoticed. The header is read
first and a newer version is refused before any key is derived.

Writing goes through the sync export's safe path (``sync.files``): a hidden temporary name, an
fsync, a full read-back that decrypts and compares with the archive, and only then the rename
and a directory fsync, after which the stick is safe to unplug.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import struct
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop.store.backup_archive import BackupError, check_format, sha256_file, temp_path
from desktop.sync.files import (
    fsync_dir,
    remove_quietly,
    require_folder,
    temp_name,
    write_errors,
)

MAGIC = b"KLCADENC"
FORMAT = "kinerja-cadangan-terenkripsi"
FORMAT_VERSION = 1
SUFFIX = ".kinerja-cadangan"
CHUNK = 1 << 20
MAX_HEADER = 4096
MIN_PASSPHRASE = 8
_CHECK = b"kinerja-cadangan: kata sandi benar"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: 64 MiB, 3 passes, 4 lanes (~0.15 s here). Tests pass cheap ones."""

    memory_cost: int = 64 * 1024  # KiB
    iterations: int = 3
    lanes: int = 4


@dataclass(frozen=True)
class SealedFile:
    path: Path
    size: int
    archive_sha256: str  # of the plain archive inside, checked by reading the file back


def check_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Refuse a short passphrase, or two entries that differ."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupError("passphrase_short", minimum=MIN_PASSPHRASE)
    if repeated is not None and repeated != passphrase:
        raise BackupError("passphrase_mismatch")


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    raw = Argon2id(
        salt=salt,
        length=64,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_cost,
    ).derive(passphrase.encode("utf-8"))
    key, check_key = raw[:32], raw[32:]
    return key, hashlib.sha256(check_key + _CHECK).digest()


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">Q?", index, last)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


# -- writing ---------------------------------------------------------------------------------
def seal_into(
    archive: Path, folder: Path, passphrase: str, params: KdfParams | None = None
) -> SealedFile:
    """Seal ``archive`` into ``folder`` (a stick) under a name not yet taken there."""
    require_folder(folder)
    stem, n = archive.name.removesuffix(".zip"), 1
    final = folder / f"{stem}{SUFFIX}"
    while final.exists():
        n += 1
        final = folder / f"{stem}-{n}{SUFFIX}"
    return seal(archive, final, passphrase, params)


def seal(
    archive: Path, final: Path, passphrase: str, params: KdfParams | None = None
) -> SealedFile:
    """Write ``archive`` encrypted to ``final``, read it back, then rename it into place."""
    check_passphrase(passphrase)
    params = params or KdfParams()
    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(8)
    key, check = _derive(passphrase, salt, params)
    header = _header(salt, prefix, check, params)
    expected = sha256_file(archive)
    tmp = temp_name(final)
    try:
        with write_errors(final):
            with open(tmp, "wb") as out, open(archive, "rb") as source:
                out.write(MAGIC + struct.pack(">I", len(header)) + header)
                _encrypt(source, out, AESGCM(key), prefix, header)
                out.flush()
                os.fsync(out.fileno())
            if _read_back(tmp, key, final.name) != expected:
                raise BackupError("damaged", file=final.name)
            os.replace(tmp, final)
            fsync_dir(final.parent)
    except BaseException:
        remove_quietly(tmp)
        raise
    return SealedFile(final, final.stat().st_size, expected)


def _header(salt: bytes, prefix: bytes, check: bytes, params: KdfParams) -> bytes:
    body = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kdf": "argon2id",
        **asdict(params),
        "salt": base64.b64encode(salt).decode("ascii"),
        "cipher": "aes-256-gcm",
        "nonce_prefix": base64.b64encode(prefix).decode("ascii"),
        "chunk_size": CHUNK,
        "check": base64.b64encode(check).decode("ascii"),
    }
    return json.dumps(body, sort_keys=True).encode("utf-8")


def _encrypt(source: BinaryIO, out: BinaryIO, aes: AESGCM, prefix: bytes, header: bytes) -> None:
    index, block = 0, source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        last = not following
        sealed = aes.encrypt(_nonce(prefix, index), block, _aad(header, index, last))
        out.write(struct.pack(">I", len(sealed)) + sealed)
        if last:
            return
        index, block = index + 1, following


def _read_back(path: Path, key: bytes, name: str) -> str:
    """The SHA-256 of what ``path`` decrypts to (what actually reached the medium)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        header, body = _read_header(handle, name)
        for block in _chunks(handle, AESGCM(key), header, body, name):
            digest.update(block)
    return digest.hexdigest()


# -- reading ---------------------------------------------------------------------------------
@contextlib.contextmanager
def plain_archive(path: Path, passphrase: str | None, workdir: Path) -> Iterator[Path]:
    """``path`` itself for a plain backup; for a sealed one, a decrypted copy in ``workdir``
    that is removed afterwards. A sealed file without a passphrase is wrong_passphrase."""
    if not is_sealed(path):
        yield path
        return
    if not passphrase:
        raise BackupError("wrong_passphrase", file=path.name)
    with write_errors(workdir):
        workdir.mkdir(parents=True, exist_ok=True)
    target = temp_path(workdir, f"{path.name}.zip")
    try:
        unseal(path, passphrase, target)
        yield target
    finally:
        remove_quietly(target)


def unseal(path: Path, passphrase: str, target: Path) -> None:
    """Decrypt ``path`` into ``target`` (a plain backup archive). BackupError for a file that is
    not a sealed backup, a newer format, a wrong passphrase or damage; ``target`` then goes."""
    name = path.name
    try:
        with open(path, "rb") as handle:
            header, body = _read_header(handle, name)
            key, check = _derive(passphrase, _b64(body, "salt", name), _params(body, name))
            if not secrets.compare_digest(check, _b64(body, "check", name)):
                raise BackupError("wrong_passphrase", file=name)
            with write_errors(target), open(target, "wb") as out:
                for block in _chunks(handle, AESGCM(key), header, body, name):
                    out.write(block)
    except BaseException:
        remove_quietly(target)
        raise


def _read_header(handle: BinaryIO, name: str) -> tuple[bytes, dict[str, object]]:
    if handle.read(len(MAGIC)) != MAGIC:
        raise BackupError("not_backup", file=name)
    size_bytes = handle.read(4)
    if len(size_bytes) != 4:
        raise BackupError("damaged", file=name)
    (size,) = struct.unpack(">I", size_bytes)
    header = handle.read(size) if size <= MAX_HEADER else b""
    try:
        body = json.loads(header.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BackupError("damaged", file=name) from exc
    return header, check_format(body, name, FORMAT, FORMAT_VERSION, bad_version="damaged")


def _b64(body: dict[str, object], key: str, name: str) -> bytes:
    try:
        return base64.b64decode(str(body[key]), validate=True)
    except (KeyError, ValueError) as exc:
        raise BackupError("damaged", file=name) from exc


def _params(body: dict[str, object], name: str) -> KdfParams:
    values = [body.get(k) for k in ("memory_cost", "iterations", "lanes")]
    numbers = [v for v in values if isinstance(v, int) and type(v) is int and v > 0]  # no bool
    if body.get("kdf") != "argon2id" or len(numbers) != len(values):
        raise BackupError("damaged", file=name)
    memory, iterations, lanes = numbers
    if memory > 4 * 1024 * 1024 or iterations > 64 or lanes > 64 or memory < 8 * lanes:
        raise BackupError("damaged", file=name)  # a header asking for 4 GiB is not ours
    return KdfParams(memory, iterations, lanes)


def _chunks(handle: BinaryIO, aes: AESGCM, header: bytes, body: dict[str, object], name: str):
    prefix = _b64(body, "nonce_prefix", name)
    limit = CHUNK + 16
    index = 0
    while True:
        size_bytes = handle.read(4)
        if len(size_bytes) != 4:
            raise BackupError("damaged", file=name)  # cut off before the last chunk
        (size,) = struct.unpack(">I", size_bytes)
        sealed = handle.read(size) if size <= limit else b""
        if len(sealed) != size or not sealed:
            raise BackupError("damaged", file=name)
        last = not handle.peek(1)[:1] if hasattr(handle, "peek") else False
        try:
            yield aes.decrypt(_nonce(prefix, index), sealed, _aad(header, index, last))
        except InvalidTag as exc:
            raise BackupError("damaged", file=name) from exc
        if last:
            return
        index += 1
