"""The demo office: a seeded, believable kabupaten to try the app on (see ``office.build_demo``),
with an appraisal year (``appraisal.build_appraisal_year``). ``is_demo`` tells a demo file
(its ``meta`` row ``demo = 1``) from an office's own."""

from desktop.demo.appraisal import AppraisalSummary, build_appraisal_year
from desktop.demo.errors import DemoError
from desktop.demo.marker import is_demo
from desktop.demo.office import DemoSummary, build_demo

__all__ = [
    "AppraisalSummary",
    "DemoError",
    "DemoSummary",
    "build_appraisal_year",
    "build_demo",
    "is_demo",
]
