"""Work-arounds for bugs in the Qt binding, each with the reason and when it can go.

``keep_singletons_alive``: with PySide6/shiboken6 6.12.0 on CPython 3.11, every call of a Qt
method that returns ``void`` (``QLabel.setText``, ``QComboBox.clear``, ``QWidget.hide``, ...)
drops one reference to ``None`` that it never took, and every ``Signal.emit()`` from Python does
the same to ``True``. ``None`` starts with ~10,000 references and ``True`` with a few hundred, so
after opening the staff dialog three times, or a few hundred progress signals, CPython aborts
with "Fatal Python error: none_dealloc" (or "bool_dealloc"). CPython 3.12+ makes these objects
immortal and is not affected. Until the app runs on 3.12+ (or a fixed PySide6), give them
enough references for any session. Remove this when ``requires-python`` is ``>=3.12``.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_RESERVE = 1 << 40  # references; each faulty call costs one


def keep_singletons_alive() -> bool:
    """Raise the reference counts of None, True and False far out of reach of the leak.

    Returns True when the work-around was needed (CPython before 3.12)."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field
        if refcount.value < _RESERVE // 2:
            refcount.value += _RESERVE
    return True
