"""Build the demo office: a believable kabupaten (Kepahiang) with units, staff and history,
two complete appraisal years and the year before the demo's today still open
(``appraisal.write_appraisal_year``), and the talent inputs that follow from them
(``talent.write_talent``: assessments, sanctions, PAK; the training ledger, PPPK contracts and
key positions come with the staff and units).

Used to try the app, train operators and measure speed without real personal data. The whole
office comes from seeded generators (uuids and timestamps included), so a seed always gives
the same database, and is written in one transaction: cancelling or failing leaves the database
as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import sqlite_utils

from desktop.core.errors import Cancelled
from desktop.core.i18n import pick
from desktop.demo import writer
from desktop.demo.accounts import add_demo_accounts
from desktop.demo.appraisal import AppraisalSummary, write_appraisal_year
from desktop.demo.data_units import INSTANSI, KOTA, NAMA_KANTOR
from desktop.demo.errors import DemoError
from desktop.demo.generator import OfficeGenerator
from desktop.demo.marker import DEMO_KEY
from desktop.demo.prefetch import prefetch
from desktop.demo.ranks import REFERENCE
from desktop.demo.talent import TalentSummary, write_talent
from desktop.demo.talent_diklat import jenis_codes
from desktop.store.units import Office

MIN_STAFF, MAX_STAFF = 1, 200_000
HISTORY_YEARS = 2  # complete appraisal years before the open one
Progress = Callable[[int, int], bool | None]


@dataclass(frozen=True)
class DemoSummary:
    """What was built; ``str()`` is a one-line report in the current language."""

    seed: int
    staff: int
    aktif: int
    pns: int
    cpns: int
    pppk: int
    units: int
    opd: int
    riwayat: dict[str, int] = field(default_factory=dict)
    appraisal: AppraisalSummary | None = None
    seconds: float = 0.0
    history: tuple[AppraisalSummary, ...] = ()  # the complete years, oldest first
    talent: TalentSummary | None = None

    def __str__(self) -> str:
        history = sum(self.riwayat.values())
        parts = [_complete_years(self.history), self.appraisal, self.talent]
        year = "".join(f"; {part}" for part in parts if part)
        return pick(
            f"{self.staff} pegawai ({self.aktif} aktif; {self.pns} PNS, {self.cpns} CPNS, "
            f"{self.pppk} PPPK), {self.units} unit dalam {self.opd} OPD, {history} baris "
            f"riwayat{year}; benih {self.seed}, {self.seconds:.1f} detik",
            f"{self.staff} employees ({self.aktif} active; {self.pns} PNS, {self.cpns} CPNS, "
            f"{self.pppk} PPPK), {self.units} units in {self.opd} OPD, {history} history rows"
            f"{year}; seed {self.seed}, {self.seconds:.1f} s",
        )


def _complete_years(years: tuple[AppraisalSummary, ...]) -> str:
    """ "tahun penilaian 2023 dan 2024 selesai … (Sangat Baik 18 % dan 19 %)"."""
    if not years:
        return ""
    names = pick(" dan ", " and ").join(str(y.year) for y in years)
    top = pick(" dan ", " and ").join(
        f"{round(100 * y.predikat.get('sangat_baik', 0) / max(1, y.skp))} %" for y in years
    )
    return pick(
        f"tahun penilaian {names} selesai dengan evaluasi tahunan ditetapkan (Sangat Baik {top})",
        f"appraisal years {names} complete with the annual evaluation set (Sangat Baik {top})",
    )


def build_demo(
    db: sqlite_utils.Database, *, staff: int = 600, seed: int = 1, progress: Progress | None = None
) -> DemoSummary:
    """Fill an empty database with a demo kabupaten of ``staff`` employees, their complete
    appraisal years, the open year before ``ranks.REFERENCE`` and the talent inputs.

    Raises ``DemoError`` (``not_empty``, ``staff_count``) and ``Cancelled`` when ``progress``
    (called as ``progress(done, total)``: the employees written, then as many steps again for
    each appraisal year) returns False; nothing is written in either case.
    """
    started = time.perf_counter()
    if not MIN_STAFF <= staff <= MAX_STAFF:
        raise DemoError("staff_count", low=MIN_STAFF, high=MAX_STAFF, count=staff)
    writer.refuse_unless_empty(db)
    office = OfficeGenerator(seed, staff, jenis=jenis_codes(db))
    report = _Reporter(progress, (2 + HISTORY_YEARS) * staff)
    years: list[AppraisalSummary] = []
    talent: list[TalentSummary] = []

    def year_progress(offset: int) -> Progress:
        return lambda done, total: report.move_to(offset + staff * done // max(1, total))

    def add_years() -> None:
        first = REFERENCE.year - 1 - HISTORY_YEARS
        for n, year in enumerate(range(first, REFERENCE.year)):
            years.append(
                write_appraisal_year(
                    db, year=year, seed=seed, complete=year < REFERENCE.year - 1,
                    progress=year_progress(staff * (n + 1)),
                )
            )  # fmt: skip
        talent.append(write_talent(db, seed=seed))
        add_demo_accounts(db)  # admin, operator, penilai, pimpinan: password kinerja-demo

    with prefetch(office.chunks(_chunk_size(staff))) as chunks:
        writer.write(
            db, office.unit_rows(), chunks,
            office=Office("", INSTANSI, NAMA_KANTOR, KOTA, "f4"),
            meta={DEMO_KEY: "1", "demo_seed": str(seed), "demo_staff": str(staff)},
            summary=lambda: str(_summarise(seed, office, years, talent)),
            progress=lambda tables: report.advance(tables.count("staff")),
            then=add_years,
        )  # fmt: skip
    report.finish()
    summary = _summarise(seed, office, years, talent)
    return replace(summary, seconds=round(time.perf_counter() - started, 2))


def _chunk_size(staff: int) -> int:
    """Employees per chunk: about 50 progress steps, 10 to 1,000 employees each."""
    return max(10, min(1_000, staff // 50))


def _summarise(
    seed: int,
    office: OfficeGenerator,
    years: list[AppraisalSummary],
    talent: list[TalentSummary],
) -> DemoSummary:
    counts = office.counts
    return DemoSummary(
        seed=seed, staff=counts.staff, aktif=counts.aktif, pns=counts.status["pns"],
        cpns=counts.status["cpns"], pppk=counts.status["pppk"], units=len(office.units),
        opd=office.opd_count, riwayat=dict(sorted(counts.rows.items())),
        appraisal=years[-1] if years else None,
        history=tuple(y for y in years if y.complete), talent=talent[0] if talent else None,
    )  # fmt: skip


class _Reporter:
    """Calls ``progress(done, total)`` every 1 % or so; a False answer cancels."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total = progress, max(1, total)
        self.done, self.next_call = 0.0, 0.0
        self.step = max(1.0, self.total / 100)

    def advance(self, amount: int) -> None:
        self.move_to(self.done + amount)

    def move_to(self, done: float) -> None:
        self.done = max(self.done, done)
        if self.progress is not None and self.done >= self.next_call:
            self.next_call = self.done + self.step
            self._call(min(int(self.done), self.total))

    def finish(self) -> None:
        """The final 100 %; too late to cancel (the transaction is committed)."""
        if self.progress is not None:
            self.progress(self.total, self.total)

    def _call(self, done: int) -> None:
        if self.progress(done, self.total) is False:  # type: ignore[misc]
            raise Cancelled()
