"""Where the app runs: Windows 10 1809 (build 17763) or newer, checked before Qt is imported.

Qt 6 needs Windows 10 1809; on an older Windows importing PySide6 fails with a raw DLL error
the office cannot act on. So the GUI asks here first and, when too old, shows a plain Windows
message box (through ``ctypes``, no Qt) in Indonesian and English, then exits. Qt-free.
"""

from __future__ import annotations

import sys

from desktop.core.i18n import pick

MIN_WINDOWS_BUILD = 17763  # Windows 10 version 1809
TITLE = "Kinerja Luring"


def windows_build() -> int | None:
    """The Windows build number, or None when not on Windows."""
    if sys.platform != "win32":
        return None
    return int(sys.getwindowsversion().build)


def unsupported_windows(build: int | None) -> bool:
    return build is not None and build < MIN_WINDOWS_BUILD


def unsupported_message(build: int) -> str:
    return pick(
        f"Kinerja Luring memerlukan Windows 10 versi 1809 atau yang lebih baru (build "
        f"{MIN_WINDOWS_BUILD}). Komputer ini memakai Windows build {build}. Perbarui Windows "
        "atau pasang aplikasi di komputer lain; data kantor tidak diubah.",
        f"Kinerja Luring needs Windows 10 version 1809 or newer (build {MIN_WINDOWS_BUILD}). "
        f"This computer runs Windows build {build}. Update Windows or install the app on "
        "another computer; the office data was not changed.",
    )


def show_message(text: str) -> None:
    """A Windows message box without Qt (stderr elsewhere or when that fails)."""
    print(text, file=sys.stderr)
    if sys.platform == "win32":
        try:
            import ctypes

            ctypes.windll.user32.MessageBoxW(None, text, TITLE, 0x10)  # type: ignore[attr-defined]
        except (OSError, AttributeError):
            pass


def refuse_unsupported_windows(build: int | None = None) -> None:
    """Exit with code 1 and a clear message when this Windows is too old for Qt 6."""
    build = windows_build() if build is None else build
    if unsupported_windows(build):
        assert build is not None
        show_message(unsupported_message(build))
        sys.exit(1)
