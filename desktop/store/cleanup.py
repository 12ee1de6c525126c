"""Leftovers of work that was killed midway (kill -9, power cut, a closed laptop lid).

Two kinds of work leave files behind when they die: batch printing (a hidden staging folder
of half-printed PDFs, personal data, beside the output) and sync export (a hidden temporary
package, up to tens of MB, on the stick). Both are *guarded*: the running process holds a lock
on a file (``flock`` on POSIX; on Windows an open file cannot be deleted), and the operating
system drops it when the process dies, however it dies. A sweep removes only leftovers whose
guard is free and whose name is one of ours, so it never touches the work of a process that is
still running (a GUI printing while the command line starts).

Staging folders can be anywhere, so each batch also leaves a pointer in the app's data folder
(``sementara/``) before it creates its folder; ``clean_at_start`` follows the pointers. It is
called by the command line and the GUI at every start; the batch and the export also sweep
their own target folder before they write.

Qt-free and SQL-free: it only names and removes files (batch printing, sync export, the CLI
and the GUI start use it).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop import paths

STAGING_PREFIX = ".kinerja-cetak-"
GUARD_NAME = ".kunci"
REGISTRY = "sementara"
# ``.<package name>.kinerja.<8 hex>.tmp``: sync.files.temp_name of a .kinerja package
PACKAGE_TEMP = re.compile(r"^\..+\.kinerja\.[0-9a-f]{8}\.tmp$")
UNGUARDED_GRACE_S = 600  # a staging folder without its guard yet: only when this old


@dataclass
class Swept:
    """What a sweep removed (paths), for the log and the tests."""

    staging: list[Path] = field(default_factory=list)
    temp_files: list[Path] = field(default_factory=list)

    def extend(self, other: Swept) -> Swept:
        self.staging += other.staging
        self.temp_files += other.temp_files
        return self

    @property
    def count(self) -> int:
        return len(self.staging) + len(self.temp_files)


class Guard:
    """A file held open (and locked on POSIX) while the work it guards runs."""

    def __init__(self, path: Path, mode: int = 0o666) -> None:
        self.path = path
        self.fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT, mode)  # less the umask
        if os.name != "nt":
            import fcntl

            with contextlib.suppress(OSError):  # a filesystem without locks: unguarded
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None


def claim(path: Path) -> bool:
    """Remove the guard file ``path`` when its owner is gone; False while it still runs.
    POSIX: the lock is free. Windows: the file is not open (deleting an open file fails)."""
    if os.name == "nt":
        try:
            os.unlink(path)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return True
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            os.close(fd)
            return False  # a filesystem without flock (ENOLCK…) says nothing: treat as free
    try:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
    finally:
        os.close(fd)
    return True


# -- batch staging folders ------------------------------------------------------------------


def registry_dir() -> Path:
    return paths.user_data_dir() / REGISTRY


def new_staging(target_dir: Path) -> tuple[Path, Guard]:
    """A fresh hidden staging folder in ``target_dir``, guarded, with a pointer to it in the
    app's data folder (written first, so a kill at any point leaves a trail to it)."""
    name = STAGING_PREFIX + secrets.token_hex(6)
    folder = target_dir / name
    pointer = _pointer(name)
    if pointer is not None:
        with contextlib.suppress(OSError):
            pointer.write_text(str(folder.resolve()), encoding="utf-8")
    try:
        folder.mkdir(mode=0o700)
        return folder, Guard(folder / GUARD_NAME, 0o600)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        if pointer is not None:
            with contextlib.suppress(OSError):
                pointer.unlink()
        raise


def finish_staging(folder: Path, guard: Guard) -> None:
    """The batch is over (written, cancelled or failed): folder, guard and pointer go."""
    guard.release()
    shutil.rmtree(folder, ignore_errors=True)
    pointer = _pointer(folder.name, create=False)
    if pointer is not None:
        with contextlib.suppress(OSError):
            pointer.unlink()


def _pointer(name: str, *, create: bool = True) -> Path | None:
    folder = registry_dir()
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None  # no data folder: the sweep of the target folder still finds it
    return folder / f"{name}.txt"


def sweep_staging(folder: Path) -> Swept:
    """Staging folders in ``folder`` left by batches that are no longer running."""
    swept = Swept()
    with contextlib.suppress(OSError):
        for item in folder.iterdir():
            if item.name.startswith(STAGING_PREFIX) and item.is_dir() and _dead(item):
                shutil.rmtree(item, ignore_errors=True)
                if not item.exists():
                    swept.staging.append(item)
                    pointer = _pointer(item.name, create=False)
                    if pointer is not None:
                        with contextlib.suppress(OSError):
                            pointer.unlink()
    return swept


def _dead(staging: Path) -> bool:
    guard = staging / GUARD_NAME
    if guard.exists():
        return claim(guard)
    with contextlib.suppress(OSError):  # killed between mkdir and the guard: give it time
        return time.time() - staging.stat().st_mtime > UNGUARDED_GRACE_S
    return False


def sweep_registry() -> Swept:
    """Follow the pointers of every batch that did not finish, wherever it printed."""
    swept = Swept()
    with contextlib.suppress(OSError):
        for pointer in sorted(registry_dir().glob(f"{STAGING_PREFIX}*.txt")):
            with contextlib.suppress(OSError):
                target = Path(pointer.read_text(encoding="utf-8").strip())
                if target.name != pointer.stem or not target.name.startswith(STAGING_PREFIX):
                    pointer.unlink()  # not one of ours: never follow it
                elif not target.exists():
                    pointer.unlink()
                else:
                    swept.extend(sweep_staging(target.parent))
    return swept


# -- temporary package files ----------------------------------------------------------------


def sweep_temp_files(folder: Path) -> Swept:
    """Temporary ``.kinerja`` packages in ``folder`` whose export is no longer running."""
    swept = Swept()
    with contextlib.suppress(OSError):
        for item in folder.iterdir():
            if PACKAGE_TEMP.match(item.name) and item.is_file() and claim(item):
                swept.temp_files.append(item)
    return swept


# -- at start --------------------------------------------------------------------------------


def app_folders(db_path: Path) -> list[Path]:
    """The folders that are the app's own: the database's, its sync and backup folders, and
    the user's data folder."""
    folder = db_path.parent
    found = [folder, folder / f"{db_path.stem}-sinkron", paths.backup_dir_for(db_path)]
    found.append(paths.user_data_dir())
    unique: list[Path] = []
    for item in found:
        if item not in unique and item.is_dir():
            unique.append(item)
    return unique


def clean_at_start(db_path: Path | None) -> Swept:
    """Remove what killed batches and exports left behind; never raises (start-up must go
    on whatever it finds)."""
    swept = Swept()
    try:
        swept.extend(sweep_registry())
        for folder in app_folders(db_path) if db_path is not None else []:
            swept.extend(sweep_staging(folder)).extend(sweep_temp_files(folder))
    except Exception:  # a cleanup must never stop the app from starting
        pass
    return swept
