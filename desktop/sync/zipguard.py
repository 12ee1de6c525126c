"""What a package's zip may look like before anything in it is decompressed.

A package arrives from a stick that anyone may have written. Before the office's signature can
be checked, the reader has to decompress the manifest (to learn whose key to check against),
so a hostile file could make it inflate gigabytes (a 3.9 MB file whose ``manifest.json``
inflates to 3 GiB) or walk a directory of millions of entries. So the zip directory is read
under a size bound, every entry's declared sizes and compression ratio are checked against
limits taken from real packages, names must be the package's own (no duplicates, no paths
outside ``data/``, no encryption flags), and every read goes through a capped stream: the
headers can lie, the cap cannot.

Limits (docs/sync.md §3): measured on demo offices (2,000 staff with a year of appraisal:
83,000 rows, 7.1 MB package, 45 MB of JSON; longest row 1.1 KB; compression ratio at most 9
with the writer's zlib level 1; manifest 3.8 KB for 20 members; signature 88 bytes), each with
a wide margin: a 50,000-row member of 5 KB rows is 256 MiB; a 50,000-staff office is ~1 GiB
of JSON in ~200 MB.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from typing import BinaryIO

from desktop.core.i18n import pick
from desktop.sync.errors import SyncError
from desktop.sync.manifest import MANIFEST, MANIFEST_SIG

MiB = 1 << 20
MAX_PACKAGE = 1024 * MiB  # the file itself (read into memory whole)
MAX_DIRECTORY = 4 * MiB  # the zip's central directory
MAX_ENTRIES = 10_000  # members in one zip (a real package has one per 50,000 rows)
MAX_MANIFEST = 1 * MiB  # manifest.json (~190 bytes per member)
MAX_SIGNATURE = 1024  # manifest.sig (88 bytes)
MAX_MEMBER = 256 * MiB  # one data member as stored (50,000 rows of 5 KB)
MAX_TOTAL = 4096 * MiB  # every member together
MAX_RATIO = 100  # uncompressed / compressed (real packages: at most 9)
RATIO_FLOOR = 1 * MiB  # below this size a ratio says nothing (an empty member is 2 bytes)

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_TAIL = _EOCD_SIZE + 0xFFFF  # the end record and the longest zip comment
_ENCRYPTED = 0x1
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_DATA_NAME = re.compile(r"data/[a-z][a-z0-9_]{0,62}(\.[0-9]{3,6})?\.jsonl")
_UNSAFE = re.compile(r"(^[/\\])|(^[A-Za-z]:)|\\|(^|/)\.\.(/|$)|[\x00-\x1f]")

ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    zlib.error,
    struct.error,
    ValueError,
    RuntimeError,
    NotImplementedError,
    OverflowError,
    IndexError,
    KeyError,
    TypeError,
)
"""What ``zipfile`` raises on a hostile file (``RuntimeError`` for an encrypted member,
``NotImplementedError`` for an unknown compression method, ``struct.error`` for a cut one)."""


def size_words(size: int) -> str:
    """``3.0 GiB``, ``3.9 MB``: sizes in the refusals."""
    if size >= 1 << 30:
        return f"{size / (1 << 30):.1f} GiB"
    if size >= MiB:
        return f"{size / MiB:.1f} MiB"
    return f"{size} B" if size < 1024 else f"{size / 1024:.1f} KiB"


def too_large(name: str, what: str, size: int | str, limit: int | str) -> SyncError:
    """A refusal naming what is too large, how large, and the limit (sizes in bytes; counts
    given as text)."""
    shown = [v if isinstance(v, str) else size_words(v) for v in (size, limit)]
    return SyncError("too_large", file=name, what=what, size=shown[0], limit=shown[1])


def open_zip(handle: BinaryIO, size: int, name: str) -> zipfile.ZipFile:
    """The zip, once its directory is known to be small; SyncError for anything else."""
    if size > MAX_PACKAGE:
        raise too_large(name, pick("berkas", "the file"), size, MAX_PACKAGE)
    _check_directory(handle, size, name)
    try:
        handle.seek(0)
        return zipfile.ZipFile(handle)
    except ZIP_ERRORS as exc:
        raise SyncError("damaged", file=name, detail="zip") from exc


def _check_directory(handle: BinaryIO, size: int, name: str) -> None:
    """Read the end record ourselves: ``zipfile`` would load a directory of any size (millions
    of entries) into memory before we could look at it."""
    start = max(0, size - _TAIL)
    handle.seek(start)
    tail = handle.read(size - start)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < _EOCD_SIZE:
        raise SyncError("damaged", file=name, detail="zip")
    _sig, disk, cd_disk, _here, entries, cd_size, cd_offset, _comment = struct.unpack(
        "<4s4H2LH", tail[at : at + _EOCD_SIZE]
    )
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        raise too_large(name, "ZIP64", size, MAX_PACKAGE)  # no real package needs ZIP64
    if disk or cd_disk:
        raise SyncError("zip_unsafe", file=name, detail=pick("zip multi-disk", "multi-disk zip"))
    if entries > MAX_ENTRIES:
        raise too_large(
            name, pick("jumlah anggota zip", "zip entries"), str(entries), str(MAX_ENTRIES)
        )
    if cd_size > MAX_DIRECTORY:
        raise too_large(name, pick("direktori zip", "zip directory"), cd_size, MAX_DIRECTORY)


def screen(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    """Every entry's name, flags, method and declared sizes, before anything is inflated;
    returns the entries by name."""
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    listed = archive.infolist()
    if len(listed) > MAX_ENTRIES:
        raise too_large(
            name, pick("jumlah anggota zip", "zip entries"), str(len(listed)), str(MAX_ENTRIES)
        )
    for info in listed:
        entry = info.filename
        if entry in entries:
            raise SyncError("zip_unsafe", file=name, detail=_said("duplicate", entry))
        if _UNSAFE.search(entry):
            raise SyncError("zip_unsafe", file=name, detail=_said("path", entry))
        if info.flag_bits & _ENCRYPTED:
            raise SyncError("zip_unsafe", file=name, detail=_said("encrypted", entry))
        if info.compress_type not in _METHODS:
            raise SyncError("zip_unsafe", file=name, detail=_said("method", entry))
        entries[entry] = info
        total += info.file_size
    if MANIFEST not in entries or MANIFEST_SIG not in entries:
        raise SyncError("not_a_package", file=name)
    if total > MAX_TOTAL:
        raise too_large(name, pick("isi paket", "the package's content"), total, MAX_TOTAL)
    for info in listed:
        _check_sizes(info, name)
    return entries


def _check_sizes(info: zipfile.ZipInfo, name: str) -> None:
    entry = info.filename
    limit = {MANIFEST: MAX_MANIFEST, MANIFEST_SIG: MAX_SIGNATURE}.get(entry, MAX_MEMBER)
    if info.file_size > limit:
        raise too_large(name, entry, info.file_size, limit)
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
        ratio = info.file_size // max(1, info.compress_size)
        raise SyncError(
            "zip_unsafe", file=name,
            detail=pick(f"{entry} memuai {ratio}× (batas {MAX_RATIO}×)",
                        f"{entry} inflates {ratio}× (limit {MAX_RATIO}×)"),
        )  # fmt: skip


def check_names(entries: dict[str, zipfile.ZipInfo], expected: set[str], name: str) -> None:
    """The v1 members are the manifest, its signature and the members it lists: nothing
    else (a stowaway would travel under the office's seal unread)."""
    extra = sorted(set(entries) - expected - {MANIFEST, MANIFEST_SIG})
    if extra:
        raise SyncError("zip_unsafe", file=name, detail=_said("unexpected", extra[0]))


def read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, name: str) -> bytes:
    """A member's bytes, never more than ``cap`` of them inflated: ``zipfile`` inflates in
    small steps and stops at the declared size (then checks the CRC), and we ask for one byte
    more than the cap to see a lie."""
    try:
        with archive.open(info) as stream:
            data = stream.read(cap + 1)
    except ZIP_ERRORS as exc:
        raise SyncError("damaged", file=name, detail=info.filename) from exc
    if len(data) > cap:
        raise too_large(name, info.filename, len(data), cap)
    return data


def is_data_name(entry: str) -> bool:
    return bool(_DATA_NAME.fullmatch(entry))


_WORDS = {
    "duplicate": ("nama anggota ganda {0}", "duplicate member name {0}"),
    "path": ("nama anggota berbahaya {0}", "unsafe member name {0}"),
    "encrypted": ("anggota {0} bertanda terenkripsi zip", "member {0} flagged as zip-encrypted"),
    "method": ("metode kompresi tak dikenal pada {0}", "unknown compression method in {0}"),
    "unexpected": ("anggota tak terduga {0}", "unexpected member {0}"),
}


def _said(kind: str, entry: str) -> str:
    text_id, text_en = _WORDS[kind]
    shown = entry.encode("unicode_escape").decode("ascii")[:80]
    return pick(text_id.format(shown), text_en.format(shown))
