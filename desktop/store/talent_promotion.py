"""Kenaikan pangkat, kenaikan jenjang and PPPK contract lists for a period (issue 14 item 4).

A handful of set-based reads (the staff in scope, every set annual predikat, the latest PAK,
the hukuman disiplin, the education ceilings) and then the rules of
``core.talent.promotion`` per person in Python: 50,000 staff in well under a second. Lists
hold the active staff the session may see in the talent lists (``Perm.VIEW_TALENT``: an
operator its OPDs, a pimpinan or admin everyone), in the unit's subtree when a unit is chosen
(0: the whole office).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import NamedTuple

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.talent.promotion import (
    ContractState,
    Facts,
    JenjangVerdict,
    Sanction,
    Verdict,
    contract_state,
    evaluate_jenjang,
    evaluate_pangkat,
    period_day,
)
from desktop.store.access import visible_staff_ids
from desktop.store.staff import NAMA_SQL
from desktop.store.talent_scope import require_view

# The people with the set annual predikat of the two years before the period (indexed joins,
# as cheap as reading the staff alone).
_STAFF_SQL = f"""
WITH RECURSIVE sub(id) AS (
    SELECT :unit WHERE :unit <> 0
    UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id
)
SELECT s.id, s.nip,
       {NAMA_SQL},
       s.status, s.golongan, s.tmt_golongan, s.jenis_jabatan, s.jenjang, s.tmt_jabatan,
       s.pendidikan, s.jabatan, coalesce(u.nama, ''), s.kontrak_selesai, s.nama,
       e0.predikat, e1.predikat
FROM staff s
LEFT JOIN unit u ON u.id = s.unit_id
LEFT JOIN skp k0 ON k0.staff_id = s.id AND k0.tahun = :year - 2
LEFT JOIN evaluasi e0 ON e0.skp_id = k0.id AND e0.periode = 'TAHUNAN'
    AND e0.status = 'ditetapkan'
LEFT JOIN skp k1 ON k1.staff_id = s.id AND k1.tahun = :year - 1
LEFT JOIN evaluasi e1 ON e1.skp_id = k1.id AND e1.periode = 'TAHUNAN'
    AND e1.status = 'ditetapkan'
WHERE s.aktif = 1 AND s.status IN (SELECT value FROM json_each(:statuses))
  AND (:unit = 0 OR s.unit_id IN (SELECT id FROM sub))
  AND (:visible IS NULL OR s.id IN (SELECT value FROM json_each(:visible)))
"""  # sorted by name in Python: SQLite's ORDER BY here costs a third of the read

# Older set annual predikat of pejabat fungsional: the angka kredit since a PAK or TMT.
_OLDER_SQL = """
SELECT k.staff_id, k.tahun, e.predikat
FROM staff s JOIN skp k ON k.staff_id = s.id
JOIN evaluasi e ON e.skp_id = k.id AND e.periode = 'TAHUNAN'
WHERE s.jenis_jabatan = 'fungsional' AND s.aktif = 1 AND k.tahun < :year - 2
  AND e.status = 'ditetapkan' AND e.predikat IS NOT NULL
"""

# The latest PAK before the period in the person's current jenjang (a PAK of an earlier
# jenjang does not count: AK restart at a kenaikan jenjang).
_PAK_SQL = """
SELECT p.staff_id, p.tanggal, p.ak_kumulatif
FROM riwayat_pak p JOIN staff s ON s.id = p.staff_id
WHERE s.jenis_jabatan = 'fungsional' AND p.tanggal < :day
  AND (p.jenjang IS NULL OR p.jenjang = s.jenjang)
ORDER BY p.staff_id, p.tanggal, p.id
"""

_SANCTION_SQL = """
SELECT staff_id, kategori, tingkat, tmt, selesai FROM riwayat_hukuman
WHERE kategori = 'disiplin' AND tmt IS NOT NULL AND tmt <= :day
"""


class Person(NamedTuple):
    staff_id: int
    nip: str
    nama: str
    golongan: str
    jabatan: str
    unit_nama: str
    predikat: tuple[str | None, str | None]  # annual predikat of the two years before


class PromotionRow(NamedTuple):
    person: Person
    verdict: Verdict


class JenjangRow(NamedTuple):
    person: Person
    verdict: JenjangVerdict


class ContractRow(NamedTuple):
    person: Person
    kontrak_selesai: date | None
    state: ContractState


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:  # a timestamp, or damaged text: the day part or nothing
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


@dataclass
class _Inputs:
    """What one read of the database gives for a period."""

    staff: list[tuple]
    older: dict[int, dict[int, str]]  # fungsional: set annual predikat before the two
    paks: dict[int, tuple[date, Decimal]]
    sanctions: dict[int, list[Sanction]]
    ceilings: dict[str, str]


def _read(db: sqlite_utils.Database, day: date, unit_id: int, statuses: tuple[str, ...]) -> _Inputs:
    require_view(db, unit_id)
    visible = visible_staff_ids(db, perm=Perm.VIEW_TALENT)
    params = {
        "unit": unit_id,
        "statuses": json.dumps(list(statuses)),
        "visible": None if visible is None else json.dumps(sorted(visible)),
    }
    staff = db.execute(_STAFF_SQL, {**params, "year": day.year}).fetchall()
    staff.sort(key=itemgetter(13, 1))  # nama, nip
    older: dict[int, dict[int, str]] = {}
    if "pns" in statuses:
        for staff_id, tahun, value in db.execute(_OLDER_SQL, {"year": day.year}):
            older.setdefault(staff_id, {})[tahun] = value
    paks: dict[int, tuple[date, Decimal]] = {}
    for staff_id, tanggal, ak in db.execute(_PAK_SQL, {"day": day.isoformat()}):
        when = _date(tanggal)
        if when is not None:
            paks[staff_id] = (when, Decimal(str(ak)))
    sanctions: dict[int, list[Sanction]] = {}
    for staff_id, kategori, tingkat, tmt, selesai in db.execute(
        _SANCTION_SQL, {"day": day.isoformat()}
    ):
        sanctions.setdefault(staff_id, []).append(
            Sanction(kategori, tingkat, _date(tmt), _date(selesai))
        )
    ceilings = dict(db.execute("SELECT pendidikan, golongan FROM ref_pangkat_maks").fetchall())
    return _Inputs(staff, older, paks, sanctions, ceilings)


def _facts(inputs: _Inputs, day: date) -> Iterator[tuple[Person, Facts, tuple]]:
    y0, y1 = day.year - 2, day.year - 1
    older, paks, sanctions = inputs.older, inputs.paks, inputs.sanctions
    for row in inputs.staff:
        staff_id, nip, nama, status, golongan, tmt_gol, jenis, jenjang, tmt_jab, pend = row[:10]
        p0, p1 = row[14], row[15]
        years = dict(older.get(staff_id, ()))
        if p0:
            years[y0] = p0
        if p1:
            years[y1] = p1
        pak = paks.get(staff_id)
        facts = Facts(
            status, golongan, _date(tmt_gol), jenis, jenjang, _date(tmt_jab), pend, years,
            tuple(sanctions.get(staff_id, ())), pak[1] if pak else None, pak[0] if pak else None,
        )  # fmt: skip
        person = Person(staff_id, nip, nama, golongan or "", row[10], row[11], (p0, p1))
        yield person, facts, row


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Building 50,000 rows of tuples sets off the cyclic collector again and again (about
    a sixth of the time) for objects that hold no cycles: pause it while the list is built."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def candidates(db: sqlite_utils.Database, month: date, unit_id: int = 0) -> list[PromotionRow]:
    """One verdict per active PNS and CPNS in scope for the period of ``month``: reguler or
    fungsional, eligible or the reasons (a CPNS is listed as not a candidate)."""
    day = period_day(month)
    with _gc_paused():
        inputs = _read(db, day, unit_id, ("pns", "cpns"))
        return [
            PromotionRow(person, evaluate_pangkat(facts, day, inputs.ceilings))
            for person, facts, _row in _facts(inputs, day)
        ]


def jenjang_candidates(
    db: sqlite_utils.Database, month: date, unit_id: int = 0
) -> list[JenjangRow]:
    """Every pejabat fungsional below the top jenjang, with the kenaikan jenjang verdict."""
    day = period_day(month)
    out = []
    with _gc_paused():
        inputs = _read(db, day, unit_id, ("pns",))
        for person, facts, _row in _facts(inputs, day):
            verdict = evaluate_jenjang(facts, day)
            if verdict is not None:
                out.append(JenjangRow(person, verdict))
    return out


def pppk_contracts(db: sqlite_utils.Database, month: date, unit_id: int = 0) -> list[ContractRow]:
    """PPPK whose contract ends within 6 months of the period, has ended, or has no end
    date, with their last two annual predikat (perpanjangan depends on kinerja)."""
    day = period_day(month)
    inputs = _read(db, day, unit_id, ("pppk",))
    out = []
    for person, _unused, row in _facts(inputs, day):
        ends = _date(row[12])
        state = contract_state(ends, day)
        if state is not None:
            out.append(ContractRow(person, ends, state))
    out.sort(key=lambda r: (r.kontrak_selesai or date.min, r.person.nama))
    return out
