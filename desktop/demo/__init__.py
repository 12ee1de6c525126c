"""The demo office: a seeded, believable kabupaten to try the app on (see ``office.build_demo``),
with an appraisal year (``appraisal.build_appraisal_year``). ``is_demo`` tells a demo file
(its ``meta`` row ``demo = 1``) from an office's own.

The names below load on first use: the window asks ``marker.is_demo`` at every start, and the
generator behind ``build_demo`` (name lists, careers, the appraisal year) costs ~0.1 s to import.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.demo.appraisal import AppraisalSummary, build_appraisal_year
    from desktop.demo.errors import DemoError
    from desktop.demo.marker import is_demo
    from desktop.demo.office import DemoSummary, build_demo

_WHERE = {
    "AppraisalSummary": "appraisal",
    "build_appraisal_year": "appraisal",
    "DemoError": "errors",
    "is_demo": "marker",
    "DemoSummary": "office",
    "build_demo": "office",
}

__all__ = [
    "AppraisalSummary",
    "DemoError",
    "DemoSummary",
    "build_appraisal_year",
    "build_demo",
    "is_demo",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'desktop.demo' has no attribute {name!r}")
    return getattr(import_module(f"desktop.demo.{_WHERE[name]}"), name)
