"""Writing files that must never exist half-written under their final name.

Everything goes to a hidden temporary name beside the target, is flushed and fsynced, and
is renamed only when complete; a full disk or a stick pulled out (``OSError``) becomes a
``SyncError`` that names the place and the cause, and the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import unicodedata
from pathlib import Path
from typing import Any

from desktop.core.os_errors import describe_os_error, write_errors_as
from desktop.store.backup_archive import fsync_dir
from desktop.sync.errors import SyncError


def describe(exc: OSError) -> str:
    """The cause of a failed write in words an operator can act on."""
    return describe_os_error(exc, medium=True)


def write_errors(path: Path) -> contextlib.AbstractContextManager[None]:
    return write_errors_as(SyncError, path, medium=True)


def temp_name(final: Path) -> Path:
    return final.with_name(f".{final.name}.{secrets.token_hex(4)}.tmp")


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def write_atomic(final: Path, data: bytes) -> Path:
    """Write ``data`` to ``final`` through a temporary name; SyncError on failure."""
    tmp = temp_name(final)
    try:
        with write_errors(final):
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, final)
            fsync_dir(final.parent)
    except BaseException:
        remove_quietly(tmp)
        raise
    return final


def require_folder(folder: Path) -> Path:
    if not folder.is_dir():
        raise SyncError("no_folder", path=str(folder))
    return folder


def slug(text: str, *, fallback: str = "kantor", limit: int = 40) -> str:
    """A file-name-safe ASCII form: ``BKPSDM Kab. Kepahiang`` → ``bkpsdm-kab-kepahiang``,
    cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(words) > limit:
        cut = words[: limit + 1]
        words = cut[: cut.rfind("-")] if "-" in cut else words[:limit]
    return words.strip("-") or fallback


def read_signed_json(
    path: Path, member: str, fmt: str, known: int, bad: str
) -> tuple[bytes, dict[str, Any], dict[str, Any]]:
    """Read a small signed JSON file (key file, receipt): the raw bytes, the whole object and
    its ``member`` body, checked for format name and version. Refuses with ``SyncError(bad)``
    when it is not such a file and ``newer_format`` when a newer app wrote it."""
    name = Path(path).name
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise SyncError("unreadable", file=name, detail=describe(exc)) from exc
    try:
        signed = json.loads(raw.decode("utf-8"))
        body = signed[member]
        version = body["format_version"]
        if type(version) is not int or version < 1:  # 1.5, true or "1" is not a version
            raise ValueError("format_version")
        if body["format"] != fmt:
            raise ValueError("format")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise SyncError(bad, file=name) from exc
    if version > known:
        raise SyncError("newer_format", file=name, version=version, known=known)
    return raw, signed, body
