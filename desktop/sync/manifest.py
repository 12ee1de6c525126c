"""Package format v1: the manifest (read first), canonical JSON and the names inside the zip.

A ``.kinerja`` file is a zip holding ``data/*.jsonl`` members (one JSON object per line, sorted
keys, rows sorted by uuid; large tables split into several members), ``manifest.json`` and
``manifest.sig`` (the office's Ed25519 signature over the manifest's exact bytes). The zip
comment seals the whole file: a signature over the SHA-256 of every byte before it, so a
change to any byte is caught. See docs/sync.md for the full description.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

FORMAT = "kinerja-luring-paket"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.sig"
TOMBSTONES = "tombstone"  # the "table" of deletions: data/tombstone.jsonl
SEAL_SIZE = 64  # raw Ed25519 signature in the zip comment
SEAL_CONTEXT = b"kinerja-luring/segel/1\n"
ENCRYPTION_SCHEME = "X25519-HKDF-SHA256-AES-256-GCM"
_UUID = re.compile(r"[0-9a-f]{32}")
_TABLE = re.compile(r"[a-z][a-z0-9_]{0,62}")
_MEMBER = re.compile(r"data/[a-z][a-z0-9_]{0,62}(\.[0-9]{3,6})?\.jsonl")


def canonical(obj: Any) -> str:
    """The one JSON spelling of ``obj``: sorted keys, no spaces, UTF-8 characters as they are."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_bytes(obj: Any) -> bytes:
    return canonical(obj).encode("utf-8")


_PLAIN = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
_string = json.encoder.encode_basestring  # the C function when available


def row_line(row_uuid: str, rev: int, updated_at: str, origin: str, data: dict[str, Any]) -> str:
    """One ``data/*.jsonl`` line: ``canonical({"data": data, "origin": …, "rev": …,
    "updated_at": …, "uuid": …})`` built directly (the export's hot path); ``data`` must
    already be in key order and hold plain values."""
    return (
        f'{{"data":{_PLAIN.encode(data)},"origin":{_string(origin)},"rev":{int(rev)},'
        f'"updated_at":{_string(updated_at)},"uuid":{_string(row_uuid)}}}'
    )


@dataclass(frozen=True)
class Member:
    """One ``data/*.jsonl`` member: which table, how many rows, its bytes as stored."""

    name: str
    table: str
    rows: int
    size: int
    sha256: str


@dataclass(frozen=True)
class OfficeInfo:
    uuid: str
    nama: str
    instansi: str
    kota: str
    sign_key: str  # base64 Ed25519 public key
    fingerprint: str


@dataclass(frozen=True)
class Encryption:
    """Members are ``nonce || AES-256-GCM(zlib(jsonl))`` under a key derived from an X25519
    exchange between ``ephemeral_key`` and the centre's key ``recipient_key``."""

    scheme: str
    recipient: str  # the centre's uuid
    recipient_key: str  # fingerprint of the centre's X25519 public key
    ephemeral_key: str  # base64 X25519 public key


@dataclass(frozen=True)
class Manifest:
    format: str
    format_version: int
    app_version: str
    schema: str
    package_id: str
    office: OfficeInfo
    sequence: int
    base_sequence: int
    full: bool
    since_rev: int
    upto_rev: int
    created_at: str
    created_by: str
    rows: dict[str, int]
    members: list[Member] = field(default_factory=list)
    encryption: Encryption | None = None

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    def to_bytes(self) -> bytes:
        return canonical_bytes(asdict(self))


class ManifestError(ValueError):
    """The manifest is not a v1 manifest; ``newer`` is set when only the version is newer,
    ``field`` and ``value`` when one field has a value no writer produces."""

    def __init__(
        self, detail: str, *, newer: int | None = None, field: str = "", value: object = None
    ) -> None:
        super().__init__(detail)
        self.newer = newer
        self.field = field
        self.value = value


def read_version(raw: bytes) -> tuple[str, int]:
    """Format name and version, read before anything else so a newer file is named as such.
    The version must be a whole JSON number (not 1.5, ``true`` or ``"1"``) and at least 1."""
    try:
        data = json.loads(raw.decode("utf-8"))
        name, version = data["format"], data["format_version"]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise ManifestError("manifest") from exc
    if not isinstance(name, str):
        raise ManifestError("format")
    if not is_count(version) or version < 1:
        raise ManifestError("format_version", field="format_version", value=version)
    return name, version


def is_count(value: object) -> bool:
    """An exact JSON integer (``bool`` is an ``int`` in Python, and JSON ``true`` is not one)."""
    return type(value) is int and 0 <= value < 2**63


def parse_manifest(raw: bytes) -> Manifest:
    """A v1 manifest from its bytes; ManifestError when it is not one."""
    name, version = read_version(raw)
    if name != FORMAT:
        raise ManifestError("format")
    if version > FORMAT_VERSION:
        raise ManifestError("version", newer=version)
    try:
        data = json.loads(raw.decode("utf-8"))
        _check_types(data)
        office = OfficeInfo(**data.pop("office"))
        members = [Member(**m) for m in data.pop("members")]
        enc = data.pop("encryption")
        manifest = Manifest(
            office=office,
            members=members,
            encryption=Encryption(**enc) if enc else None,
            **data,
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        if isinstance(exc, ManifestError):
            raise
        raise ManifestError("fields") from exc
    _check(manifest)
    return manifest


_COUNTS = ("sequence", "base_sequence", "since_rev", "upto_rev")
_TEXTS = ("format", "app_version", "schema", "package_id", "created_at", "created_by")


def _check_types(data: dict[str, Any]) -> None:
    """Every number an exact integer, every flag a boolean, every text a string: a signed
    manifest saying ``"sequence": 1.5`` or ``true`` is refused, not read as 1."""
    for name in _COUNTS:
        if not is_count(data[name]):
            raise ManifestError("fields", field=name, value=data[name])
    if type(data["full"]) is not bool:
        raise ManifestError("fields", field="full", value=data["full"])
    for name in _TEXTS:
        if not isinstance(data[name], str):
            raise ManifestError("fields", field=name, value=data[name])
    if not isinstance(data["rows"], dict) or not isinstance(data["members"], list):
        raise ManifestError("fields", field="rows", value=None)
    for table, count in data["rows"].items():
        if not is_count(count):
            raise ManifestError("fields", field=f"rows.{table}", value=count)
    for n, member in enumerate(data["members"]):
        for key in ("rows", "size"):
            if not is_count(member[key]):
                raise ManifestError("fields", field=f"members[{n}].{key}", value=member[key])
        for key in ("name", "table", "sha256"):
            if not isinstance(member[key], str):
                raise ManifestError("fields", field=f"members[{n}].{key}", value=member[key])
    texts = [*data["office"].values(), *(data["encryption"] or {}).values()]
    if not all(isinstance(v, str) for v in texts):
        raise ManifestError("fields", field="office", value=None)


def _member_rows(m: Manifest) -> dict[str, int]:
    out: dict[str, int] = {}
    for member in m.members:
        out[member.table] = out.get(member.table, 0) + member.rows
    return out


def _nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {t: n for t, n in counts.items() if n}


def _check(m: Manifest) -> None:
    """Reject values no v1 writer produces, before any of them reaches the database."""
    ok = (
        _UUID.fullmatch(m.office.uuid)
        and _UUID.fullmatch(m.package_id)
        and m.sequence >= 1
        and 0 <= m.base_sequence < m.sequence
        and 0 <= m.since_rev <= m.upto_rev
        and all(isinstance(n, int) and n >= 0 for n in m.rows.values())
        and all(_MEMBER.fullmatch(mem.name) for mem in m.members)
        and all(re.fullmatch(r"[0-9a-f]{64}", mem.sha256) for mem in m.members)
        and all(_TABLE.fullmatch(mem.table) and mem.rows >= 0 for mem in m.members)
        and all(mem.name[5:].split(".")[0] == mem.table for mem in m.members)
        and len({mem.name for mem in m.members}) == len(m.members)
        and _nonzero(_member_rows(m)) == _nonzero(m.rows)
    )
    if not ok:
        raise ManifestError("values")
