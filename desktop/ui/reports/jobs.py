"""What the print screens ask a worker to do: load and render one form, print a unit's batch,
send a rendered form to a printer. Each job is ``job(db, progress)`` for ``ui.tasks.Task``
(bound with ``functools.partial``) and runs on the worker's own connection.

Reportlab and the forms' data load here, on first use, so opening the window does not pay
for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils
from PySide6.QtPrintSupport import QPrinter

from desktop.ui.reports.printer import Progress, print_pdf

if TYPE_CHECKING:
    from desktop.reports.batch import BatchResult
    from desktop.reports.model import Form
    from desktop.reports.printing import Printed

PERSONAL_KINDS = ("skp", "evaluasi", "dokumen")


@dataclass(frozen=True)
class FormRequest:
    """One form to preview: a person's SKP/evaluation/dokumen, or a unit's rekap."""

    kind: str  # skp | evaluasi | dokumen | rekap
    tahun: int
    periode: str  # period code; not used by the SKP
    paper: str  # a4 | f4
    staff_id: int | None = None
    nama: str = ""
    nip: str = ""
    unit_id: int | None = None
    unit_kode: str = ""

    def with_paper(self, paper: str) -> FormRequest:
        return FormRequest(
            self.kind, self.tahun, self.periode, paper, self.staff_id, self.nama, self.nip,
            self.unit_id, self.unit_kode,
        )  # fmt: skip


@dataclass(frozen=True)
class BatchRequest:
    """A unit's forms for a year and period, into one PDF or one file per person."""

    unit_id: int
    unit_nama: str
    tahun: int
    periode: str
    kinds: tuple[str, ...]
    separate: bool
    paper: str
    out: Path


def load_form(db: sqlite_utils.Database, request: FormRequest) -> Form:
    """The form the request names; ``ReportError`` (no SKP, no evaluation) when it is not
    there yet, in the words the command line uses (``reports.data`` finds it for both)."""
    from desktop.reports import data

    if request.kind == "rekap":
        return data.rekap_form(db, request.unit_id or 0, request.tahun, request.periode)
    return data.person_form(
        db, request.kind, request.staff_id or 0, request.tahun, request.periode, request.nama
    )


def render_job(request: FormRequest, db: sqlite_utils.Database, _progress: Progress) -> Printed:
    """Load and lay out the form for the preview; nothing is logged yet."""
    from desktop.reports.printing import print_forms

    return print_forms(db, [load_form(db, request)], paper=request.paper, log=False)


def batch_job(request: BatchRequest, db: sqlite_utils.Database, progress: Progress) -> BatchResult:
    """Plan the unit's forms and print them; cancelled: nothing written, nothing logged."""
    from desktop.reports.batch import plan_unit, run_batch

    plan = plan_unit(db, request.unit_id, request.tahun, request.periode, request.kinds)
    return run_batch(
        db, plan, request.out, separate=request.separate, paper=request.paper, progress=progress
    )


def print_job(
    printed: Printed,
    printer: QPrinter,
    current_page: int,
    db: sqlite_utils.Database,
    progress: Progress,
) -> int:
    """Send the pages to the printer, then record the print (only once it went through)."""
    from desktop.reports.verification import register

    pages = print_pdf(printed.pdf, printer, progress, current_page=current_page)
    register(db, printed.sealed)
    return pages
