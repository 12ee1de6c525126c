"""An operating-system error (disk full, read-only or pulled medium) in words an operator can
act on, and a guard that turns a failed write into the caller's own ``write_failed`` error.

Shared by backups (``store``) and sync packages (``sync``), which report the same causes alike.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.core.i18n import pick

_UNREACHABLE = (errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT)


def describe_os_error(exc: OSError, *, medium: bool = False) -> str:
    """The cause of a failed read or write; ``medium`` also names a medium that cannot be
    reached (a flash disk pulled out mid-write)."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return pick("ruang disk penuh", "the disk is full")
    if medium and code in _UNREACHABLE:
        return pick(
            "media tidak dapat diakses (dicabut?)", "the medium cannot be reached (removed?)"
        )
    if code == errno.EROFS:
        return pick("media hanya dapat dibaca", "the medium is read-only")
    if code in (errno.EACCES, errno.EPERM):
        return pick("tidak ada izin menulis", "no permission to write")
    return exc.strerror or str(exc)


@contextlib.contextmanager
def write_errors_as(
    error: Callable[..., Exception], path: Path, *, medium: bool = False
) -> Iterator[None]:
    """An OSError inside becomes ``error("write_failed", path=..., detail=...)``."""
    try:
        yield
    except OSError as exc:
        detail = describe_os_error(exc, medium=medium)
        raise error("write_failed", path=str(path), detail=detail) from exc
