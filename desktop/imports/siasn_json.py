"""SIASN's data utama as JSON (what its web service returns) read as a table of rows.

The file holds a list of records, or an object whose ``data`` holds the list (or one record).
Each record's camelCase field names become the table's headers, so the records go through the
same header matching, checks, preview and single transaction as a spreadsheet. The record's
``id`` is SIASN's person id, kept as ``PNS_ID``. Rows are numbered by record, from 1.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.errors import ValidationError
from desktop.imports.sheet import Table

MAX_BYTES = 200 * 1024 * 1024  # a whole province's data utama is far below this


class SiasnJsonError(ValidationError):
    """The JSON file cannot be read as SIASN data utama; nothing was imported."""

    catalog = {
        "missing": ("Berkas {name} tidak ditemukan.", "File {name} was not found."),
        "unreadable": (
            "Berkas {name} tidak dapat dibaca.", "File {name} cannot be read."),
        "too_big": (
            "Berkas {name} terlalu besar untuk data utama SIASN ({size} MB).",
            "File {name} is too large for SIASN data utama ({size} MB).",
        ),
        "not_json": (
            "Berkas {name} bukan JSON yang sah (baris {line}: {detail}).",
            "File {name} is not valid JSON (line {line}: {detail}).",
        ),
        "shape": (
            "Berkas {name} bukan data utama SIASN: harus berisi daftar data pegawai, atau objek "
            "dengan kunci 'data' yang berisi daftar itu.",
            "File {name} is not SIASN data utama: it must hold a list of staff records, or an "
            "object whose 'data' key holds that list.",
        ),
        "no_nip": (
            "Berkas {name} tidak memuat NIP (kolom 'nipBaru') pada data pegawainya.",
            "File {name} has no NIP ('nipBaru') in its staff records.",
        ),
    }  # fmt: skip


# SIASN's JSON names that differ from what the sheet headers already know.
_RENAMED = {"id": "PNS_ID"}


@contextlib.contextmanager
def open_json_table(path: Path, recognise: Any = None) -> Iterator[Table]:
    """The records of ``path`` as a Table (headers = every field any record has)."""
    records = _records(path)
    headers: list[str] = []
    seen: set[str] = set()
    for record in records:
        for name in record:
            if name not in seen:
                seen.add(name)
                headers.append(name)
    if recognise is not None and "nip" not in {recognise(_RENAMED.get(h, h)) for h in headers}:
        raise SiasnJsonError("no_nip", name=path.name)
    rows = (
        (number, [_scalar(record.get(h)) for h in headers])
        for number, record in enumerate(records, 1)
    )
    yield Table(None, 0, [_RENAMED.get(h, h) for h in headers], len(records), iter(rows))


def _records(path: Path) -> list[dict[str, Any]]:
    data = _load(path)
    if isinstance(data, dict) and "data" not in data and "nipBaru" not in data:
        raise SiasnJsonError("shape", name=path.name)  # an error reply, a token, ...
    if isinstance(data, dict) and "data" in data:
        data = data["data"]
        if isinstance(data, dict) and isinstance(data.get("data"), list | dict):
            data = data["data"]  # some gateways wrap it twice
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise SiasnJsonError("shape", name=path.name)
    return data


def _load(path: Path) -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SiasnJsonError("too_big", name=path.name, size=size // (1024 * 1024))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SiasnJsonError("missing", name=path.name) from None
    except OSError as exc:
        raise SiasnJsonError("unreadable", name=path.name) from exc
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise SiasnJsonError("not_json", name=path.name, line=1, detail="bukan UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise SiasnJsonError("not_json", name=path.name, line=exc.lineno, detail=exc.msg) from exc


def _scalar(value: Any) -> Any:
    """Text, numbers and null as they are; a nested object or list is not a cell."""
    if isinstance(value, dict | list):
        return None
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return value
