"""Batch printing: the forms of a whole unit (or a chosen list of people) into one PDF or one
file per person, in seconds.

Forms are loaded and sealed (code, QR, print-log entry) in this process; the layout runs in
worker processes when the batch is big enough to pay for starting them (``spawn``: safe beside
a GUI's threads, and what Windows does anyway). Each worker lays out a run of consecutive forms;
``concat`` joins the runs in order. ``progress(done, total)`` is called as forms are finished;
returning False cancels: nothing is written and nothing is logged. Output is written to a
temporary name and moved into place only when complete.

Nothing outlives a killed batch for long: workers die with the process that started them
(``workers.tie_to_parent``), and the staging folder of a batch that was killed is removed at
the next start or the next batch (``store.cleanup``). A full disk ends in ``BatchError("output")``
with nothing left under the output's name.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlite_utils

from desktop.core.errors import Cancelled, KinerjaError
from desktop.core.i18n import pick, plural
from desktop.core.periods import parse_period
from desktop.reports import data
from desktop.reports.concat import concat
from desktop.reports.layout import parse_paper
from desktop.reports.model import Form, FormKind
from desktop.reports.printing import os_reason, render_sealed
from desktop.reports.verification import Sealed, register, seal_all
from desktop.reports.workers import tie_to_parent
from desktop.store import cleanup
from desktop.store.prints import PrintEntry
from desktop.store.units import unit_tree
from desktop.store.workspace import load_workspace

Progress = Callable[[int, int], bool | None]
_EMPTY_ENTRY = PrintEntry("", "", "", 0, "", "", {}, "")
MIN_FORMS_FOR_WORKERS = 200  # starting workers costs ~1.5 s: below this it does not pay
MAX_WORKERS = 4


class BatchError(KinerjaError):
    catalog = {
        "nothing": (
            "Tidak ada formulir untuk dicetak: {detail}",
            "No forms to print: {detail}",
        ),
        "output": (
            "Berkas keluaran tidak dapat ditulis ({path}): {detail}",
            "The output cannot be written ({path}): {detail}",
        ),
    }


@dataclass(frozen=True)
class Skipped:
    nip: str
    nama: str
    kind: str
    reason: str


@dataclass
class BatchPlan:
    """What a batch will print, in order, and who was left out and why."""

    forms: list[Form] = field(default_factory=list)
    owners: list[tuple[str, str]] = field(default_factory=list)  # (nip, nama) per form
    skipped: list[Skipped] = field(default_factory=list)


@dataclass
class BatchResult:
    files: list[Path]
    forms: int
    pages: int
    skipped: list[Skipped]
    seconds: float
    workers: int
    codes: list[str]


def plan_unit(
    db: sqlite_utils.Database,
    unit_id: int,
    tahun: int,
    periode: str | None,
    kinds: Iterable[str],
    *,
    staff_ids: set[int] | None = None,
) -> BatchPlan:
    """The forms of everyone active in the unit and its sub-units (or only ``staff_ids``),
    ordered by unit and name; each person's forms in the order of ``kinds``."""
    forms = [FormKind(k) for k in kinds]
    code = parse_period(periode).code if periode else "TAHUNAN"
    if periode is None and any(k is not FormKind.SKP for k in forms):
        raise data.ReportError("period_needed")
    ws = load_workspace(db, unit_id, unit_tree(db).subtree_ids(unit_id), tahun, code)
    rows = sorted(ws.rows, key=lambda r: (r.unit_nama, r.nama, r.nip))
    loader = data.Loader(db)
    plan = BatchPlan()
    for row in rows:
        if staff_ids is not None and row.staff_id not in staff_ids:
            continue
        for kind in forms:
            form, reason = _form_for(loader, row, kind)
            if form is None:
                plan.skipped.append(Skipped(row.nip, row.nama, kind.value, reason))
            else:
                plan.forms.append(form)
                plan.owners.append((row.nip, row.nama))
    return plan


def _form_for(loader: data.Loader, row, kind: FormKind) -> tuple[Form | None, str]:
    if row.skp_id is None:
        return None, pick("belum ada SKP", "no SKP yet")
    if kind is FormKind.SKP:
        return loader.skp_form(row.skp_id), ""
    if row.evaluasi_id is None:
        return None, pick("belum ada evaluasi periode ini", "no evaluation for this period")
    if kind is FormKind.EVALUASI:
        return loader.evaluasi_form(row.evaluasi_id), ""
    return loader.dokumen_form(row.evaluasi_id), ""


def run_batch(
    db: sqlite_utils.Database,
    plan: BatchPlan,
    out: Path,
    *,
    separate: bool = False,
    paper: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    log: bool = True,
) -> BatchResult:
    """Print the plan to ``out`` (a PDF, or a folder for ``separate`` files per person)."""
    started = time.perf_counter()
    if not plan.forms:
        raise BatchError("nothing", detail=_why_empty(plan))
    office = data.office_print(db)
    paper = parse_paper(paper or office.paper)
    sealed = seal_all(db, plan.forms, paper)
    groups = _groups(plan, separate)
    count = _worker_count(len(sealed), workers)
    job = _Job(sealed, groups, paper, office.kota, today, progress)
    staging, guard = _staging(out, separate)
    try:
        pages = job.run(count, staging)
        files = _publish(staging, out, separate)
    except OSError as exc:  # a full disk while writing a run or the joined PDF
        raise BatchError("output", path=str(out), detail=os_reason(exc)) from exc
    finally:
        cleanup.finish_staging(staging, guard)
    if log:
        register(db, sealed)
    return BatchResult(
        files,
        len(sealed),
        pages,
        plan.skipped,
        time.perf_counter() - started,
        count,
        [s.printed_code for s in sealed],
    )


def _why_empty(plan: BatchPlan) -> str:
    if not plan.skipped:
        return pick("tidak ada pegawai aktif yang dipilih.", "no active staff were chosen.")
    reasons = ", ".join(sorted({s.reason for s in plan.skipped}))
    forms = plural(len(plan.skipped), "formulir", "form", "forms")
    return pick(f"{forms} dilewati ({reasons}).", f"{forms} skipped ({reasons}).")


def _groups(plan: BatchPlan, separate: bool) -> list[tuple[str, list[int]]]:
    """(file name, form indexes): one group per person, or one for the whole PDF."""
    if not separate:
        return [("", list(range(len(plan.forms))))]
    order: dict[str, tuple[str, list[int]]] = {}
    for index, (nip, nama) in enumerate(plan.owners):
        order.setdefault(nip, (f"{nip}-{slug(nama)}.pdf", []))[1].append(index)
    return list(order.values())


def slug(text: str) -> str:
    """A file-name-safe form of a name: ``Dr. Siti Aminah, S.Kom.`` → ``Dr-Siti-Aminah-S-Kom``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")[:60] or "pegawai"


def _worker_count(forms: int, requested: int | None) -> int:
    if requested is not None:
        return max(1, requested)
    if forms < MIN_FORMS_FOR_WORKERS or getattr(sys, "frozen", False):
        return 1  # a frozen app needs freeze_support() in its entry point before spawning
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1, math.ceil(forms / 150)))


def _staging(out: Path, separate: bool) -> tuple[Path, cleanup.Guard]:
    """A temporary folder beside the output, so the final move is a rename; the leftovers of
    killed batches there go first."""
    target_dir = out if separate else out.parent
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        cleanup.sweep_staging(target_dir)
        return cleanup.new_staging(target_dir)
    except OSError as exc:
        raise BatchError("output", path=str(out), detail=os_reason(exc)) from exc


def _publish(staging: Path, out: Path, separate: bool) -> list[Path]:
    """Move the finished files into place; when a move fails, the ones already moved are
    taken back out, so the output is all there or not there."""
    files: list[Path] = []
    try:
        if not separate:
            os.replace(staging / "batch.pdf", out)
            return [out]
        for item in sorted(p for p in staging.iterdir() if p.suffix == ".pdf"):
            target = out / item.name
            os.replace(item, target)
            files.append(target)
        return files
    except OSError as exc:
        for done in files:
            with contextlib.suppress(OSError):
                done.unlink()
        raise BatchError("output", path=str(out), detail=os_reason(exc)) from exc


# -- the work ------------------------------------------------------------------------------------

Payload = tuple[str, list[Sealed], str, str, date | None]


def _render_payload(payload: Payload) -> tuple[str, bytes, list[int]]:
    """In a worker (or in process): lay out one run of forms; returns (name, PDF, pages)."""
    name, sealed, paper, kota, today = payload
    pdf, pages = render_sealed(sealed, paper, kota, today=today)
    return name, pdf, pages


class _Job:
    """Splits the sealed forms into runs, renders them, reports progress, writes the files."""

    def __init__(self, sealed, groups, paper, kota, today, progress: Progress | None) -> None:
        self.sealed, self.groups = sealed, groups
        self.paper, self.kota, self.today = paper, kota, today
        self.progress = progress
        self.done = 0

    def _tick(self, forms: int) -> None:
        self.done += forms
        if self.progress is not None and self.progress(self.done, len(self.sealed)) is False:
            raise Cancelled()

    def _payloads(self, workers: int) -> list[tuple[Payload, int]]:
        """(payload, forms in it). One PDF: runs of consecutive forms (about four per worker,
        for progress); separate files: one payload per person."""
        light = [_light(s) for s in self.sealed]
        if len(self.groups) > 1 or self.groups[0][0]:
            return [
                ((name, [light[i] for i in idx], self.paper, self.kota, self.today), len(idx))
                for name, idx in self.groups
            ]
        size = max(20, math.ceil(len(light) / (workers * 4)))
        runs = [light[i : i + size] for i in range(0, len(light), size)]
        return [
            ((f"{n:05d}", run, self.paper, self.kota, self.today), len(run))
            for n, run in enumerate(runs)
        ]

    def run(self, workers: int, staging: Path) -> int:
        payloads = self._payloads(workers)
        results: dict[str, tuple[bytes, list[int]]] = {}
        separate = bool(self.groups[0][0])
        if workers == 1:
            for payload, n in payloads:
                name, pdf, pages = _render_payload(payload)
                self._store(staging, separate, results, name, pdf, pages)
                self._tick(n)
        else:
            self._run_pool(workers, payloads, staging, separate, results)
        if separate:
            return sum(sum(p) for _pdf, p in results.values())
        ordered = [results[name] for name in sorted(results)]
        (staging / "batch.pdf").write_bytes(concat([pdf for pdf, _ in ordered]))
        return sum(sum(p) for _pdf, p in ordered)

    def _run_pool(self, workers, payloads, staging, separate, results) -> None:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=tie_to_parent,
            initargs=(os.getpid(),),
        ) as pool:
            with _main_hidden():  # every worker starts during these submissions
                pending: dict[Future, int] = {
                    pool.submit(_render_payload, payload): n for payload, n in payloads
                }
            try:
                while pending:
                    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in finished:
                        n = pending.pop(future)
                        name, pdf, pages = future.result()
                        self._store(staging, separate, results, name, pdf, pages)
                        self._tick(n)
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise

    @staticmethod
    def _store(staging, separate, results, name, pdf, pages) -> None:
        if separate:
            (staging / name).write_bytes(pdf)
            results[name] = (b"", pages)
        else:
            results[name] = (pdf, pages)


@contextmanager
def _main_hidden() -> Iterator[None]:
    """Start workers without the program's main module. A spawned child otherwise imports it
    again, and ``python -m desktop`` (whose ``__main__`` runs the CLI at import) or a script
    without an ``if __name__ == "__main__"`` guard would run the whole program once more."""
    main = sys.modules.get("__main__")
    saved = {k: main.__dict__[k] for k in ("__spec__", "__file__") if main and k in main.__dict__}
    try:
        for key in saved:
            setattr(main, key, None)
        yield
    finally:
        for key, value in saved.items():
            setattr(main, key, value)


def _light(sealed: Sealed) -> Sealed:
    """What a worker needs: the form, code and QR (not the print-log snapshot)."""
    return Sealed(sealed.form, sealed.code, sealed.qr, _EMPTY_ENTRY)
