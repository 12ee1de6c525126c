"""Verification codes: every printed form carries a short code and a QR code of the record's id
and a hash of its content, and the print log keeps the content as printed, so a page brought
back months later can be checked against the data: the same, or what changed, field by field.

A code is 10 characters of Crockford base32 (no I, L, O, U), printed in two groups of five
(``7KQ2M-9XH4D``); reading one ignores case, spaces and dashes and takes O for 0 and I/L for 1.
It is derived from the form kind, the record and the content hash, so the same content printed
again keeps its code, and any change gives a new one.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

import sqlite_utils

from desktop.core.errors import KinerjaError
from desktop.reports.model import Form
from desktop.store import prints

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
CODE_LENGTH = 10
FORMAT_VERSION = 1
QR_PREFIX = "KL1"
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class VerifyError(KinerjaError):
    catalog = {
        "format": (
            "Kode verifikasi '{code}' tidak sah: kode terdiri atas 10 huruf/angka, "
            "misalnya 7KQ2M-9XH4D.",
            "Verification code '{code}' is not valid: a code has 10 letters/digits, "
            "e.g. 7KQ2M-9XH4D.",
        ),
    }


def snapshot(form: Form) -> dict[str, Any]:
    """The printed content as plain JSON data (the emblem image is not content)."""
    data = asdict(form)
    data.pop("emblem", None)
    return _plain(data)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def content_hash(data: dict[str, Any]) -> str:
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def make_code(kind: str, record_uuid: str, periode: str, digest: str, salt: int = 0) -> str:
    """10 base32 characters from the kind, the record, the period and the content hash."""
    seed = f"{kind}|{record_uuid}|{periode}|{digest}|{salt}".encode()
    number = int.from_bytes(hashlib.sha256(seed).digest()[:8], "big") >> (64 - 5 * CODE_LENGTH)
    chars = []
    for _ in range(CODE_LENGTH):
        number, rest = divmod(number, 32)
        chars.append(ALPHABET[rest])
    return "".join(reversed(chars))


def format_code(code: str) -> str:
    """``7KQ2M-9XH4D``: two groups of five, easy to read aloud and to type."""
    return f"{code[:5]}-{code[5:]}"


def normalize_code(text: str) -> str:
    """The 10 characters of a code as typed: any case, spaces, dashes, O for 0, I/L for 1."""
    raw = re.sub(r"[\s\-_.]", "", str(text or "")).upper().translate(_ALIASES)
    if len(raw) != CODE_LENGTH or any(ch not in ALPHABET for ch in raw):
        raise VerifyError("format", code=str(text or "").strip())
    return raw


def qr_payload(code: str, kind: str, record_uuid: str, digest: str) -> str:
    """What the QR holds, in QR alphanumeric characters (a small, quick code):
    ``KL1:7KQ2M-9XH4D:DOKUMEN:<record uuid>:<first 16 hex of the content hash>``."""
    return ":".join(
        (QR_PREFIX, format_code(code), kind.upper(), record_uuid.upper(), digest[:16].upper())
    )


@dataclass(frozen=True)
class Sealed:
    """A form ready to print: its code, QR payload and the print-log entry to record."""

    form: Form
    code: str
    qr: str
    entry: prints.PrintEntry

    @property
    def printed_code(self) -> str:
        return format_code(self.code)


def seal(form: Form, paper: str, *, salt: int = 0) -> Sealed:
    """Snapshot, hash and code one form (no database access)."""
    data = snapshot(form)
    digest = content_hash(data)
    code = make_code(form.kind.value, form.record_uuid, form.periode, digest, salt)
    entry = prints.PrintEntry(
        code,
        form.kind.value,
        form.record_uuid,
        form.tahun,
        form.periode,
        digest,
        data,
        paper,
        FORMAT_VERSION,
    )
    return Sealed(form, code, qr_payload(code, form.kind.value, form.record_uuid, digest), entry)


def seal_all(db: sqlite_utils.Database, forms: list[Form], paper: str) -> list[Sealed]:
    """Seal forms, re-deriving the rare code already logged for other content."""
    sealed = [seal(f, paper) for f in forms]
    for attempt in range(1, 5):
        taken = prints.logged_codes(db, [s.code for s in sealed])
        seen: dict[str, tuple[str, str, str]] = {}
        clash = False
        for n, s in enumerate(sealed):
            mine = (s.entry.kind, s.entry.record_uuid, s.entry.content_hash)
            other = taken.get(s.code) or seen.get(s.code)
            if other is not None and other != mine:
                sealed[n] = seal(s.form, paper, salt=attempt)
                clash = True
            seen.setdefault(sealed[n].code, mine)
        if not clash:
            break
    return sealed


def register(db: sqlite_utils.Database, sealed: list[Sealed]) -> None:
    """Record the printed forms in the print log (one transaction)."""
    prints.log_prints(db, [s.entry for s in sealed])


class VerifyStatus(StrEnum):
    MATCH = "cocok"
    CHANGED = "berubah"
    UNKNOWN = "tidak_dikenal"
    GONE = "data_dihapus"


@dataclass(frozen=True)
class FieldChange:
    field: str  # where on the form, in words ("Rating Hasil Kerja", "RHK Utama 2 › Target")
    printed: str
    current: str


@dataclass
class VerifyResult:
    code: str
    status: VerifyStatus
    kind: str = ""
    title: str = ""  # what was printed, for whom
    printed_at: str = ""
    printed_by: str = ""
    times: int = 0
    changes: list[FieldChange] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status is VerifyStatus.MATCH
