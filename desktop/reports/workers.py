"""Worker processes that never outlive the process that started them.

A batch's workers are started with ``spawn`` and wait on a queue whose write end they hold
themselves, so when their parent dies (kill -9, a power button, a crash) nothing ends them:
they idle on for ever, holding memory and, on Windows, the program's files. ``tie_to_parent``
runs first in each worker (the pool's ``initializer``) and ends it with its parent.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
PARENT_POLL_S = 0.5


def tie_to_parent(parent: int) -> None:
    """In each worker, first: die with the batch's process, however it dies (kill -9 too).
    Linux: the kernel sends SIGKILL when the parent goes (``PR_SET_PDEATHSIG``). Everywhere
    (Windows, macOS, and in case prctl is unavailable): a watchdog thread that ends the
    worker when the parent is gone. Without them an idle worker waits forever on its queue,
    whose write end it holds itself."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.name != "nt" and os.getppid() != parent:
        os._exit(1)  # the parent died before prctl took effect
    watch = _watch_windows if os.name == "nt" else _watch_posix
    threading.Thread(target=watch, args=(parent,), name="parent-watch", daemon=True).start()


def _watch_posix(parent: int) -> None:
    while os.getppid() == parent:  # an orphan is adopted by another process
        time.sleep(PARENT_POLL_S)
    os._exit(1)


def _watch_windows(parent: int) -> None:  # pragma: no cover  (Windows only)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    synchronize, infinite = 0x00100000, 0xFFFFFFFF
    handle = kernel32.OpenProcess(synchronize, False, parent)
    if not handle:
        return  # cannot watch it: better a worker that lingers than one that quits early
    kernel32.WaitForSingleObject(handle, infinite)
    os._exit(1)
