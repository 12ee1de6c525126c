"""Making hostile packages for the reliability tests: zips written byte by byte (so headers can
lie, flag encryption, repeat names or inflate to gigabytes) and real packages re-signed with the
office's own key after their rows were changed (so the signature is valid and only the rows are
wrong)."""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.sync.keys import KeyPair
from desktop.sync.manifest import TOMBSTONES, canonical
from desktop.sync.reader import load_package, member_bytes
from desktop.sync.writer import PackageWriter

GiB = 1 << 30
MiB = 1 << 20


@dataclass(frozen=True)
class Entry:
    """One zip member as it will be written: ``data`` is already compressed when ``method``
    is 8, and ``size``/``crc`` are what the headers claim (they may lie)."""

    name: str
    data: bytes
    size: int
    crc: int
    method: int = 8
    flags: int = 0


def stored(name: str, content: bytes, **changes: Any) -> Entry:
    return replace(Entry(name, content, len(content), zlib.crc32(content), method=0), **changes)


def deflated(name: str, content: bytes, **changes: Any) -> Entry:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packer.compress(content) + packer.flush()
    return replace(Entry(name, data, len(content), zlib.crc32(content)), **changes)


def zero_bomb(size: int) -> bytes:
    """A raw deflate stream of ``size`` zero bytes (a multiple of 16 MiB), made in well under
    a second: one fully flushed block of 16 MiB of zeros repeated (each block starts afresh)."""
    block = 16 * MiB
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    one = packer.compress(bytes(block)) + packer.flush(zlib.Z_FULL_FLUSH)
    return one * (size // block) + packer.flush(zlib.Z_FINISH)


def write_zip(path: Path, entries: list[Entry], comment: bytes = b"\0" * 64) -> Path:
    """A zip exactly as given: local headers, data, central directory, end record."""
    out = bytearray()
    directory = bytearray()
    for e in entries:
        name = e.name.encode("utf-8")
        offset = len(out)
        head = (e.flags, e.method, 0, 0x21, e.crc, len(e.data), min(e.size, 0xFFFFFFFF))
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, *head, len(name), 0) + name + e.data
        directory += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 0x31E, 20, *head, len(name), 0, 0, 0, 0, 0, offset
        )
        directory += name
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), len(out),
        len(comment),
    )  # fmt: skip
    path.write_bytes(bytes(out + directory + end + comment))
    return path


def small_manifest() -> bytes:
    return json.dumps({"format": "kinerja-luring-paket", "format_version": 1}).encode()


def office_key(office: sqlite_utils.Database) -> KeyPair:
    row = office.execute(
        "SELECT private_key, public_key FROM sync_key WHERE purpose = 'sign'"
    ).fetchone()
    return KeyPair("sign", bytes(row[0]), bytes(row[1]))


Tables = dict[str, list[dict[str, Any]]]
"""A package's lines by table (``tombstone`` for deletions), each line a dict."""


def package_lines(path: Path) -> Tables:
    """Every line of a real, unencrypted package, by table, in member order."""
    pkg = load_package(path)
    out: Tables = {}
    for member in pkg.manifest.members:
        lines = member_bytes(pkg, member, None).decode("utf-8").splitlines()
        out.setdefault(member.table, []).extend(json.loads(line) for line in lines)
    return out


def resign(
    source: Path,
    target: Path,
    signer: KeyPair,
    edit: Callable[[Tables], None],
    *,
    package_id: str | None = None,
    **manifest_changes: Any,
) -> Path:
    """``source`` with its rows changed by ``edit`` and written again by the real writer,
    signed and sealed with ``signer`` (the office's key: the signature is valid)."""
    pkg = load_package(source)
    tables = package_lines(source)
    edit(tables)
    manifest = replace(
        pkg.manifest, members=[], encryption=None,
        package_id=package_id or "f" * 32, **manifest_changes,
    )  # fmt: skip
    with open(target, "w+b") as handle:
        writer = PackageWriter(handle, manifest, signer)
        counts = {}
        for table, lines in tables.items():
            ordered = lines if table == TOMBSTONES else sorted(lines, key=lambda r: r["uuid"])
            writer.add(table, [canonical(line) for line in ordered])
            counts[table] = len(lines)
        writer.close(rows=counts)
    return target


def first(tables: Tables, table: str) -> dict[str, Any]:
    """The first row of ``table`` in a package (its ``data`` is what the tests change)."""
    return tables[table][0]
