"""A full appraisal year for the demo office (``build_appraisal_year``).

For ``year`` every employee in service gets an approved SKP cascading from the unit heads (each
RHK intervenes an RHK of the superior's SKP), with Ekspektasi Khusus Pimpinan and lampiran;
every unit a capaian kinerja organisasi per quarter; evaluations TW1–TW3 set with the
appraisers snapshotted; TW4 rated for most staff, some TW4 drafts and some not started; the
annual evaluation not started, so an operator can finish the year in the GUI or by sheet.
A *complete* year (the years before, ``complete=True``) has TW1–TW4 and the annual evaluation
(TAHUNAN) set, a capaian for the year, and no unit breaking its quota on purpose; its people
are today's staff in service then (new hires from their TMT) in today's posts. Predikat
follow a tendency per person that lasts across years (``talent_tendency``).

In the open year exactly one unit breaks its quota, on purpose, so the warning shows: see
``appraisal_capaian`` (the Sub Bidang Mutasi of the BKPSDM in a full-size office). Its code is
kept in ``meta`` as ``demo_quota_unit``.

Deterministic: one seeded ``DemoRandom`` (independent of the staff generator's), row ids after
the database's own, timestamps in the year's calendar. Fast: rows go in with ``executemany``;
the per-row stamping triggers are suspended for the bulk insert and ``rev``/``origin`` written
exactly as they would have written them (``appraisal_writer``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import sqlite_utils

from desktop.core.appraisal import CapaianOrganisasi, Predikat, Rating, predikat
from desktop.core.errors import Cancelled
from desktop.core.i18n import pick
from desktop.demo import appraisal_writer as writer
from desktop.demo import skm as skm_demo
from desktop.demo.appraisal_capaian import QUARTERS, plan_capaian, quota_unit
from desktop.demo.appraisal_eval import LAST_QUARTER, EvalWriter, Rated
from desktop.demo.appraisal_office import DemoOffice, load_office
from desktop.demo.appraisal_ratings import Solver, ratings_for
from desktop.demo.appraisal_skp import Ids, plan_skps
from desktop.demo.errors import DemoError
from desktop.demo.rand import DemoRandom
from desktop.demo.talent_tendency import base_tendency, year_tendency
from desktop.store import audit
from desktop.store.db import translate_errors

Progress = Callable[[int, int], bool | None]
TW4_MISSING = 0.05  # of the staff: TW4 evaluation not started
TW4_DRAFT = 0.07  # of the staff: TW4 still a draft
TW4_DRAFT_HASIL = 0.4  # of those drafts: the hasil rating already chosen
ANNUAL_NOISE = 0.25  # the annual predikat weighs the whole year: less noise than a quarter


@dataclass(frozen=True)
class AppraisalSummary:
    """What the appraisal year holds; ``str()`` is one line in the current language."""

    year: int
    skp: int
    rhk: int
    iki: int
    evaluasi: dict[str, int] = field(default_factory=dict)  # "TW4 dinilai" → count
    capaian: int = 0
    feedback: int = 0
    quota_unit: str = ""  # "1.12.03.01 Sub Bidang Mutasi"
    quota_kode: str = ""  # "1.12.03.01"
    seconds: float = 0.0
    complete: bool = False  # TW1–TW4 and TAHUNAN set
    predikat: dict[str, int] = field(default_factory=dict)  # annual predikat → count

    def __str__(self) -> str:
        if self.complete:
            top = self.predikat.get(Predikat.SANGAT_BAIK.value, 0)
            good = self.predikat.get(Predikat.BAIK.value, 0)
            rest = sum(self.predikat.values()) - top - good
            return pick(
                f"tahun penilaian {self.year}: {self.skp} SKP, TW1–TW4 dan evaluasi tahunan "
                f"ditetapkan ({top} Sangat Baik, {good} Baik, {rest} di bawah ekspektasi)",
                f"appraisal year {self.year}: {self.skp} SKP, Q1–Q4 and the annual evaluation "
                f"set ({top} Sangat Baik, {good} Baik, {rest} below expectations)",
            )
        tw4 = {k.split()[1]: v for k, v in self.evaluasi.items() if k.startswith("TW4")}
        rated, draft = tw4.get("dinilai", 0), tw4.get("draft", 0)
        missing = self.skp - rated - draft
        return pick(
            f"tahun penilaian {self.year}: {self.skp} SKP disetujui, TW1–TW3 ditetapkan, TW4 "
            f"{rated} dinilai, {draft} draf, {missing} belum dievaluasi; unit yang melanggar "
            f"kuota: {self.quota_unit or '-'}",
            f"appraisal year {self.year}: {self.skp} approved SKP, Q1–Q3 set, Q4 {rated} "
            f"rated, {draft} draft, {missing} not started; unit breaking its quota: "
            f"{self.quota_unit or '-'}",
        )


def build_appraisal_year(
    db: sqlite_utils.Database,
    *,
    year: int,
    seed: int,
    progress: Progress | None = None,
    complete: bool = False,
) -> AppraisalSummary:
    """Add the appraisal year to a demo office, in one transaction with one audit entry.

    Raises ``DemoError`` when the office has no active staff or already holds SKPs of
    ``year``, and ``Cancelled`` when ``progress(done, total)`` returns False; nothing is
    written in either case."""
    started = time.perf_counter()
    with translate_errors(), db.atomic():
        summary = write_appraisal_year(
            db, year=year, seed=seed, progress=progress, complete=complete
        )
        audit.record(db, action="demo", table="skp", row_uuid=None, summary=str(summary))
    return replace(summary, seconds=round(time.perf_counter() - started, 2))


def write_appraisal_year(
    db: sqlite_utils.Database,
    *,
    year: int,
    seed: int,
    progress: Progress | None = None,
    complete: bool = False,
) -> AppraisalSummary:
    """The work of ``build_appraisal_year`` inside the caller's transaction (the demo office
    adds its years in its own transaction and audit entry)."""
    _refuse(db, year)
    rng = DemoRandom(f"kinerja-appraisal-{seed}-{year}")
    office = load_office(db, year)
    if not office.people:
        raise DemoError("no_staff")
    ids = Ids(writer.next_ids(db))
    quota = None if complete else quota_unit(office)
    capaian = plan_capaian(rng, office, quota)
    base = base_tendency(seed, max(office.people))
    tendency = year_tendency(rng, base, office.people)
    plans = plan_skps(rng, office, ids)
    stamp = writer.Stamp(rng)
    evals = EvalWriter(rng, office, ids, stamp, tendency)
    total, done = len(plans) * (len(QUARTERS) + 1 + complete), len(plans)
    _report(progress, done, total)
    db.conn.execute("PRAGMA defer_foreign_keys = ON")  # evaluations go in before their SKPs
    with writer.stamping_suspended(db, office.office_uuid) as stamper:
        for quarter in QUARTERS:
            for staff_id, rated in _quarter(rng, office, capaian[quarter], tendency, quota,
                                            quarter, complete):  # fmt: skip
                evals.add(plans[staff_id], quarter, rated)
                evals.citizen_feedback(staff_id, quarter)
            writer.insert_evaluations(db, stamper, evals.rows.drain())
            done += len(plans)
            _report(progress, done, total)
        annual: dict[int, CapaianOrganisasi] | None = None
        spread: dict[str, int] = {}
        if complete:
            annual = dict(capaian[LAST_QUARTER])  # the year's capaian: as it stood in TW4
            for staff_id, rated in _annual(rng, office, annual, tendency, set(plans)):
                evals.add(plans[staff_id], None, rated)
                value = _predikat_of(rated)
                spread[value] = spread.get(value, 0) + 1
            writer.insert_evaluations(db, stamper, evals.rows.drain())
            _report(progress, total, total)
        meta = {} if complete else {
            "demo_appraisal_year": str(year), "demo_quota_unit": _kode(office, quota),
        }  # fmt: skip
        writer.write(db, stamper, office, year, plans, capaian, stamp, meta=meta, annual=annual)
    if not complete:
        skm_demo.write_surveys(db, year=year, seed=seed)  # its own random stream
    return AppraisalSummary(
        year=year, skp=len(plans), rhk=sum(len(p.rhk) for p in plans.values()),
        iki=sum(len(p.all_iki()) for p in plans.values()),
        evaluasi=dict(sorted(evals.rows.status.items())),
        capaian=sum(len(c) for c in capaian.values()), feedback=evals.rows.feedback_count,
        quota_unit=_label(office, quota), quota_kode=_kode(office, quota), complete=complete,
        predikat=dict(sorted(spread.items())),
    )  # fmt: skip


def _refuse(db: sqlite_utils.Database, year: int) -> None:
    found = db.execute("SELECT count(*) FROM skp WHERE tahun = ?", [year]).fetchone()[0]
    if found:
        raise DemoError("year_exists", year=year, count=found)


def _quarter(
    rng: DemoRandom,
    office: DemoOffice,
    capaian: dict[int, CapaianOrganisasi],
    tendency: dict[int, float],
    quota: int | None,
    quarter: int,
    complete: bool = False,
) -> list[tuple[int, Rated]]:
    """Everyone in service this quarter with their ratings and the evaluation's state."""
    taking_part = {s for s, p in office.people.items() if p.start_month <= 3 * quarter}
    noisy = {s: t + rng.gauss(0, 0.45) for s, t in sorted(tendency.items())}
    solver = Solver(office, capaian, noisy, quota)
    result = solver.solve(taking_part)
    states = {s: "ditetapkan" for s in result}
    if quarter == LAST_QUARTER and not complete:
        states = _last_quarter(rng, solver, result)
    out = []
    for staff_id in sorted(result):
        value, fixed = result[staff_id], solver.head_rating(staff_id)
        hasil: Rating | None
        perilaku: Rating | None
        hasil, perilaku = ratings_for(rng, value, fixed)
        state = states[staff_id]
        if state == "draft":
            perilaku = None
            hasil = hasil if fixed is not None or rng.chance(TW4_DRAFT_HASIL) else None
        if state != "belum":
            out.append((staff_id, Rated(hasil, perilaku, state)))
    return out


def _annual(
    rng: DemoRandom,
    office: DemoOffice,
    capaian: dict[int, CapaianOrganisasi],
    tendency: dict[int, float],
    taking_part: set[int],
) -> list[tuple[int, Rated]]:
    """The annual evaluation of everyone with an SKP, set, within each unit's quota for the
    year's capaian; it follows the person's tendency with less noise than a quarter."""
    noisy = {s: t + rng.gauss(0, ANNUAL_NOISE) for s, t in sorted(tendency.items())}
    solver = Solver(office, capaian, noisy, None)
    result = solver.solve(taking_part)
    out = []
    for staff_id in sorted(result):
        hasil, perilaku = ratings_for(rng, result[staff_id], solver.head_rating(staff_id))
        out.append((staff_id, Rated(hasil, perilaku, "ditetapkan")))
    return out


def _predikat_of(rated: Rated) -> str:
    assert rated.hasil is not None and rated.perilaku is not None
    return predikat(rated.hasil, rated.perilaku).value


def _last_quarter(rng: DemoRandom, solver: Solver, result: dict[int, Predikat]) -> dict[int, str]:
    """TW4: rated (dinilai) for most; some drafts and some not started, chosen among staff
    rated Baik so no unit's counted spread gets worse by leaving them out."""
    states = {s: "dinilai" for s in result}
    totals = solver.totals(result)
    blocked = solver.office.tree.subtree_ids(solver.quota_unit) if solver.quota_unit else set()
    candidates = [
        s for s in sorted(result)
        if result[s] is Predikat.BAIK and s not in solver.office.head_of
        and solver.office.people[s].unit_id not in blocked
    ]  # fmt: skip
    rng.shuffle(candidates)
    wanted = {"belum": round(TW4_MISSING * len(result)), "draft": round(TW4_DRAFT * len(result))}
    counted = dict(result)
    for staff_id in candidates:
        state = next((k for k, n in wanted.items() if n > 0), None)
        if state is None:
            break
        if solver.change(staff_id, None, counted, totals):
            states[staff_id] = state
            wanted[state] -= 1
    return states


def _kode(office: DemoOffice, unit_id: int | None) -> str:
    unit = office.tree.by_id.get(unit_id) if unit_id is not None else None
    return unit.kode if unit else ""


def _label(office: DemoOffice, unit_id: int | None) -> str:
    unit = office.tree.by_id.get(unit_id) if unit_id is not None else None
    return f"{unit.kode} {unit.nama}" if unit else ""


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


__all__ = ["AppraisalSummary", "build_appraisal_year", "write_appraisal_year"]
