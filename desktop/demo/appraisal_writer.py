"""Writing the demo appraisal year: SKP, RHK, IKI, expectations, capaian, evaluations and
their children with ``executemany``, inside the caller's transaction.

Half a million rows through the per-row stamping triggers would take four times as long as the
inserts themselves, so the ``*_stamp_insert`` triggers of these tables are dropped for the bulk
insert and created again before the transaction ends; each row gets the ``rev`` and ``origin``
the trigger would have given it (the next change number, the office's uuid), in insertion
order, and ``sync_state`` ends where the triggers would have left it. A failure rolls back the
whole transaction, triggers included.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from datetime import date

import sqlite_utils

from desktop.core.appraisal import CapaianOrganisasi
from desktop.demo.appraisal_data import LAMPIRAN_KONSEKUENSI, LAMPIRAN_SKEMA, LAMPIRAN_SUMBER_DAYA
from desktop.demo.appraisal_eval import (
    EVALUASI_COLUMNS,
    FEEDBACK_COLUMNS,
    PERILAKU_COLUMNS,
    REALISASI_COLUMNS,
    EvalRows,
)
from desktop.demo.appraisal_office import DemoOffice
from desktop.demo.appraisal_skp import SkpPlan
from desktop.demo.rand import DemoRandom
from desktop.store import audit

TABLES = (
    "skp", "rhk", "iki", "skp_ekspektasi", "capaian_organisasi", "evaluasi", "realisasi",
    "evaluasi_perilaku", "umpan_balik_masyarakat",
)  # fmt: skip
SKP_COLUMNS = ("id", "staff_id", "tahun", "pendekatan", "status", "dukungan_sumber_daya",
               "skema_pertanggungjawaban", "konsekuensi", "uuid", "updated_at")  # fmt: skip
RHK_COLUMNS = ("id", "skp_id", "urutan", "jenis", "uraian", "rhk_atasan_id", "rhk_atasan_text",
               "perspektif", "uuid", "updated_at")  # fmt: skip
IKI_COLUMNS = ("id", "rhk_id", "urutan", "aspek", "indikator", "target", "uuid", "updated_at")
EKSPEKTASI_COLUMNS = ("skp_id", "nilai_no", "ekspektasi", "uuid", "updated_at")
CAPAIAN_COLUMNS = ("unit_id", "tahun", "periode", "capaian", "uuid", "updated_at")
PLAN_CHUNK = 2_000  # SKPs turned into rows and written at a time (memory stays flat)


class Stamp:
    """``updated_at`` for a day: office hours in UTC (08:00–15:59 WIB), to the second."""

    def __init__(self, rng: DemoRandom) -> None:
        self.rng = rng

    def __call__(self, day: date) -> str:
        rng = self.rng
        return f"{day.isoformat()}T{rng.randint(1, 7):02d}:{rng.randint(0, 59):02d}:" \
               f"{rng.randint(0, 59):02d}.000Z"  # fmt: skip


def next_ids(db: sqlite_utils.Database) -> dict[str, int]:
    """The first free row id of each table with explicit ids."""
    return {
        table: db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
        for table in ("skp", "rhk", "iki", "evaluasi", "realisasi", "evaluasi_perilaku")
    }


class Stamper:
    """Hands out change numbers as the insert triggers would."""

    def __init__(self, rev: int, origin: str) -> None:
        self.rev, self.origin = rev, origin

    def stamped(self, rows: Iterable[tuple]) -> Iterator[tuple]:
        for row in rows:
            self.rev += 1
            yield (*row, self.rev, self.origin)


@contextlib.contextmanager
def stamping_suspended(db: sqlite_utils.Database, office_uuid: str) -> Iterator[Stamper]:
    """Drop the insert-stamping triggers of ``TABLES`` for the block; recreate them and bring
    ``sync_state`` up to date afterwards. Only inside a transaction."""
    if not db.conn.in_transaction:
        raise RuntimeError("stamping_suspended needs an open transaction")
    names = [f"{t}_stamp_insert" for t in TABLES]
    triggers = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' * len(names))}) ORDER BY name",
        names,
    ).fetchall()
    for name, _sql in triggers:
        db.conn.execute(f"DROP TRIGGER {name}")
    stamper = Stamper(db.execute("SELECT rev FROM sync_state").fetchone()[0], office_uuid)
    try:
        yield stamper
        db.conn.execute("UPDATE sync_state SET rev = ?", [stamper.rev])
    finally:
        if db.conn.in_transaction:  # else SQLite already rolled everything back
            for _name, sql in triggers:
                db.conn.execute(sql)


def insert(
    db: sqlite_utils.Database, stamper: Stamper, table: str, columns: tuple[str, ...], rows
) -> None:
    cols = (*columns, "rev", "origin")
    db.conn.executemany(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        stamper.stamped(rows),
    )


def insert_evaluations(db: sqlite_utils.Database, stamper: Stamper, rows: EvalRows) -> None:
    """One quarter's evaluations and their children (foreign keys are checked at commit)."""
    for table, columns, values in (
        ("evaluasi", EVALUASI_COLUMNS, rows.evaluasi),
        ("realisasi", REALISASI_COLUMNS, rows.realisasi),
        ("evaluasi_perilaku", PERILAKU_COLUMNS, rows.perilaku),
        ("umpan_balik_masyarakat", FEEDBACK_COLUMNS, rows.feedback),
    ):
        insert(db, stamper, table, columns, values)


def write(
    db: sqlite_utils.Database,
    stamper: Stamper,
    office: DemoOffice,
    year: int,
    plans: dict[int, SkpPlan],
    capaian: dict[int, dict[int, CapaianOrganisasi]],
    stamp: Stamp,
    *,
    meta: dict[str, str],
    annual: dict[int, CapaianOrganisasi] | None = None,
) -> None:
    """Insert the SKPs with their RHK, IKI and expectations and the capaian (the evaluations
    went in quarter by quarter through ``insert_evaluations``) and record ``meta``;
    ``annual``: the year's capaian (TAHUNAN) of a complete year."""
    staff_uuid = dict(db.conn.execute("SELECT id, uuid FROM staff").fetchall())
    chunk: dict[int, SkpPlan] = {}
    for n, (staff_id, plan) in enumerate(plans.items(), start=1):
        chunk[staff_id] = plan
        if n % PLAN_CHUNK and n != len(plans):
            continue
        skp_rows, rhk_rows, iki_rows, ekspektasi_rows = _skp_rows(office, year, chunk, stamp)
        for table, columns, values in (
            ("skp", SKP_COLUMNS, skp_rows),
            ("rhk", RHK_COLUMNS, rhk_rows),
            ("iki", IKI_COLUMNS, iki_rows),
            ("skp_ekspektasi", EKSPEKTASI_COLUMNS, ekspektasi_rows),
        ):
            insert(db, stamper, table, columns, values)
        _approvals(db, year, skp_rows, staff_uuid)
        chunk = {}
    insert(db, stamper, "capaian_organisasi", CAPAIAN_COLUMNS,
           _capaian_rows(year, capaian, stamp, annual or {}))  # fmt: skip
    db.conn.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", sorted(meta.items())
    )


def _approvals(
    db: sqlite_utils.Database, year: int, skp_rows: list[tuple], staff_uuid: dict[int, str]
) -> None:
    """One "setujui" audit entry per approved SKP at its approval time: printed SKPs are dated
    from the log (``reports.data.approved_on``), as they would be in a real office."""
    uuid_at, when_at = SKP_COLUMNS.index("uuid"), SKP_COLUMNS.index("updated_at")
    staff_at = SKP_COLUMNS.index("staff_id")
    audit.record_many(db, [
        {"at": row[when_at], "user": "kantor-contoh", "action": "setujui", "table": "skp",
         "row_uuid": row[uuid_at], "summary": f"SKP {year} disetujui",
         "staff_uuid": staff_uuid.get(row[staff_at])}
        for row in skp_rows
    ])  # fmt: skip


def _skp_rows(
    office: DemoOffice, year: int, plans: dict[int, SkpPlan], stamp: Stamp
) -> tuple[list[tuple], list[tuple], list[tuple], list[tuple]]:
    rng = stamp.rng
    skp, rhk, iki, ekspektasi = [], [], [], []
    for staff_id, plan in plans.items():
        person = office.people[staff_id]
        when = stamp(_approved(rng, year, person.start_month, staff_id in office.head_of))
        unit = office.unit_name(person.unit_id)
        skp.append((
            plan.id, staff_id, year, "kuantitatif", "disetujui",
            rng.item(LAMPIRAN_SUMBER_DAYA).format(unit=unit, tahun=year),
            rng.item(LAMPIRAN_SKEMA), rng.item(LAMPIRAN_KONSEKUENSI), rng.uuid(), when,
        ))  # fmt: skip
        for n, r in enumerate(plan.rhk):
            rhk.append((r.id, plan.id, n, r.jenis, r.uraian, r.atasan_id, r.atasan_text,
                        r.perspektif, rng.uuid(), when))  # fmt: skip
            for m, i in enumerate(r.iki):
                iki.append((i.id, r.id, m, i.aspek, i.indikator, i.target, rng.uuid(), when))
        for nilai_no, text in enumerate(plan.ekspektasi, start=1):
            ekspektasi.append((plan.id, nilai_no, text, rng.uuid(), when))
    return skp, rhk, iki, ekspektasi


def _approved(rng: DemoRandom, year: int, start_month: int, head: bool) -> date:
    """Heads agree their SKP in the first week of January, staff later in the month; someone
    appointed during the year in their first month."""
    if start_month > 1:
        return rng.day_between(date(year, start_month, 5), date(year, start_month, 25))
    return rng.day_between(date(year, 1, 6 if head else 13), date(year, 1, 10 if head else 31))


def _capaian_rows(
    year: int,
    capaian: dict[int, dict[int, CapaianOrganisasi]],
    stamp: Stamp,
    annual: dict[int, CapaianOrganisasi],
) -> list[tuple]:
    rows = []
    for quarter, units in capaian.items():
        first = date(year, 3 * quarter, 28)
        for unit_id in sorted(units):
            day = stamp.rng.day_between(first, date(year, 12, 31) if quarter == 4 else
                                        date(year, 3 * quarter + 1, 3))  # fmt: skip
            rows.append((unit_id, year, f"TW{quarter}", units[unit_id].value, stamp.rng.uuid(),
                         stamp(day)))  # fmt: skip
    for unit_id in sorted(annual):  # set in the first days of the next year
        day = stamp.rng.day_between(date(year + 1, 1, 2), date(year + 1, 1, 5))
        rows.append((unit_id, year, "TAHUNAN", annual[unit_id].value, stamp.rng.uuid(),
                     stamp(day)))  # fmt: skip
    return rows
