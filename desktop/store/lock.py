"""Who has an office database open: the holder file beside it, and the files this process has
open (which no other code of ours may open, read or overwrite).

The GUI claims ``kantor.sqlite.pemakai.json`` (user, PC, PID, since when) when it opens a
database and removes it on close; a second GUI on the same file is refused with that name, and
a writer that finds the database busy names the holder. A holder whose process is gone — same
PC and a dead PID, or a PC that has restarted since — is stale and is taken over. The file is
advisory and never locked, so no descriptor of ours can drop it; SQLite's own locks still guard
the data (see ``docs/locking.md``).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.errors import StoreError
from desktop.core.i18n import pick
from desktop.store.audit import current_user

HOLDER_SUFFIX = ".pemakai.json"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")

_open_paths: set[Path] = set()


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    since: str  # UTC ISO-8601
    boot: str = ""  # this PC's boot id or boot time: a restart makes every old PID stale

    def describe(self) -> str:
        """``budi di PC-KEPEG (PID 4242, sejak 2026-12-05 08:15 UTC)``."""
        since = self.since[:16].replace("T", " ")
        return pick(
            f"{self.user} di {self.host} (PID {self.pid}, sejak {since} UTC)",
            f"{self.user} on {self.host} (PID {self.pid}, since {since} UTC)",
        )

    @property
    def is_this_process(self) -> bool:
        return self.host == _host() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """Only provable on this PC: the PC restarted, or the process is gone."""
        if self.host != _host():
            return False
        if self.boot and _boot_marker() and self.boot != _boot_marker():
            return True
        return not _pid_alive(self.pid)


def holder_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + HOLDER_SUFFIX)


def _host() -> str:
    return socket.gethostname() or "?"


def _boot_marker() -> str:
    """Linux's boot id; elsewhere the boot minute (now − uptime); empty when unknown."""
    with contextlib.suppress(OSError):
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    if sys.platform == "win32":
        import ctypes

        uptime = ctypes.windll.kernel32.GetTickCount64() / 1000  # type: ignore[attr-defined]
        return str(int((datetime.now(UTC).timestamp() - uptime) // 120))
    return ""


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: existence check only
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def read_holder(db_path: Path) -> Holder | None:
    """The recorded holder, or None when there is none or the file is unreadable."""
    try:
        data = json.loads(holder_path(db_path).read_text(encoding="utf-8"))
        return Holder(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
            boot=str(data.get("boot", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def current_holder(db_path: Path) -> Holder | None:
    """A live holder (possibly this process), ignoring stale ones."""
    holder = read_holder(db_path)
    return None if holder is None or holder.is_stale() else holder


def claim(db_path: Path) -> Holder:
    """Record this process as the one GUI on ``db_path``; StoreError("in_use") when another
    live GUI has it. A stale or unreadable holder file is replaced."""
    mine = Holder(
        user=current_user(),
        host=_host(),
        pid=os.getpid(),
        since=datetime.now(UTC).isoformat(timespec="seconds"),
        boot=_boot_marker(),
    )
    target = holder_path(db_path)
    for _attempt in range(3):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            other = read_holder(db_path)
            if other is not None and not other.is_stale() and not other.is_this_process:
                raise StoreError("in_use", who=other.describe(), path=str(db_path)) from None
            with contextlib.suppress(FileNotFoundError):
                target.unlink()  # stale, unreadable or our own: take it over
            continue
        except OSError:
            return mine  # a read-only folder: nobody can write there anyway
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(mine), handle)
        return mine
    raise StoreError("in_use", who="?", path=str(db_path))


def release(db_path: Path) -> None:
    """Remove the holder file if it is ours (the GUI closed the database)."""
    with contextlib.suppress(OSError):
        _open_paths.discard(db_path.resolve())
    holder = read_holder(db_path)
    if holder is not None and holder.is_this_process:
        with contextlib.suppress(OSError):
            holder_path(db_path).unlink()


def note_open(db_path: Path) -> None:
    """Remember a database this process has open (see ``is_live_database_file``)."""
    with contextlib.suppress(OSError):
        _open_paths.add(db_path.resolve())


def is_live_database_file(path: Path) -> bool:
    """True for an open office database of this process or one of its SQLite side files:
    opening, reading or overwriting them outside SQLite would drop SQLite's locks."""
    try:
        resolved = path.resolve()
    except OSError:
        return False
    for db in _open_paths:
        names = {db.name, *(db.name + s for s in SQLITE_SIDE_FILES)}
        if resolved.parent == db.parent and resolved.name in names:
            return True
    return False


def only_open_path() -> Path | None:
    """The database this process has open, when there is exactly one (for messages)."""
    return next(iter(_open_paths)) if len(_open_paths) == 1 else None


def busy_holder_text(db_path: Path | None) -> str:
    """Who probably holds the write lock, for the "busy" message."""
    candidates = [db_path] if db_path is not None else sorted(_open_paths)
    for candidate in candidates:
        holder = current_holder(candidate)
        if holder is not None and not holder.is_this_process:
            return holder.describe()
    return pick(
        "program lain (misalnya perintah kinerja, impor, atau salinan cadangan)",
        "another program (for example a kinerja command, an import or a backup)",
    )
