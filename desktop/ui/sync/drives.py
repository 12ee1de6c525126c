"""Finding the USB sticks a package can be written to.

Linux desktops mount sticks under ``/media/$USER/<label>`` (Debian, Ubuntu), ``/run/media/$USER/
<label>`` (Fedora, openSUSE) or, by hand, under ``/mnt/<name>``; Windows gives them a drive letter
whose ``GetDriveTypeW`` is ``DRIVE_REMOVABLE``; macOS mounts them under ``/Volumes``. Only real
mount points are offered on Linux, so an empty ``/mnt/usb`` folder is not mistaken for a stick.
The wizard always offers "choose a folder" as well (card readers, external disks, network shares).
No Qt here: the wizard calls ``removable_drives()`` and tests pass their own finder.
"""

from __future__ import annotations

import getpass
import os
import shutil
import string
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

DRIVE_REMOVABLE = 2  # winbase.h
SEM_FAILCRITICALERRORS = 0x0001


@dataclass(frozen=True)
class Drive:
    """A place to write a package: where it is mounted, what it is called, how much is free."""

    path: Path
    label: str
    free: int | None = None  # bytes; None when the medium cannot be asked
    total: int | None = None


DriveFinder = Callable[[], list[Drive]]


def removable_drives() -> list[Drive]:
    """The removable media mounted on this machine, by label."""
    if sys.platform == "win32":
        found = _windows_drives()
    elif sys.platform == "darwin":
        found = [_drive(p, p.name) for p in _children([Path("/Volumes")]) if os.path.ismount(p)]
    else:
        found = linux_drives(linux_roots())
    return sorted(found, key=lambda d: (d.label.lower(), str(d.path)))


def linux_roots() -> list[Path]:
    """Folders whose sub-folders are mount points of sticks."""
    user = _user()
    roots = [Path("/media") / user, Path("/run/media") / user, Path("/media"), Path("/mnt")]
    return list(dict.fromkeys(roots))


def linux_drives(
    roots: Iterable[Path], *, is_mount: Callable[[Path], bool] = os.path.ismount
) -> list[Drive]:
    """Mount points directly under ``roots`` (WSL's ``/mnt/wsl`` and Windows disks excluded)."""
    out: dict[Path, Drive] = {}
    for path in _children(roots):
        if path.name == "wsl" or (path.parent == Path("/mnt") and len(path.name) == 1):
            continue  # WSL mounts the Windows system disks as /mnt/c, /mnt/d
        if path not in out and is_mount(path):
            out[path] = _drive(path, path.name)
    return list(out.values())


def _children(roots: Iterable[Path]) -> list[Path]:
    found = []
    for root in roots:
        try:
            found += [p for p in root.iterdir() if p.is_dir()]
        except OSError:  # missing or unreadable root: nothing mounted there
            continue
    return found


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "")


def _drive(path: Path, label: str) -> Drive:
    try:
        usage = shutil.disk_usage(path)
    except OSError:
        return Drive(path, label)
    return Drive(path, label, usage.free, usage.total)


def _windows_drives() -> list[Drive]:  # pragma: no cover - needs Windows
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    # an empty card-reader slot would otherwise pop up "There is no disk in the drive"
    previous = kernel32.SetErrorMode(SEM_FAILCRITICALERRORS)
    try:
        return _removable_letters(kernel32, mask)
    finally:
        kernel32.SetErrorMode(previous)


def _removable_letters(kernel32, mask: int) -> list[Drive]:  # pragma: no cover - Windows
    import ctypes

    out = []
    for n, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        if not mask & (1 << n) or kernel32.GetDriveTypeW(root) != DRIVE_REMOVABLE:
            continue
        name = ctypes.create_unicode_buffer(261)
        has_medium = kernel32.GetVolumeInformationW(
            root, name, len(name), None, None, None, None, 0
        )
        if has_medium:  # an empty card-reader slot is removable too, but has no medium
            out.append(_drive(Path(root), name.value or f"{letter}:"))
    return out
