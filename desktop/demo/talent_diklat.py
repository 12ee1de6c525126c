"""The competence-development ledger of a demo employee (issue 14): for each year from
``FIRST_YEAR`` to the demo's last year in service, the courses followed with their JP, kind
(``ref_jenis_pengembangan``: klasikal or nonklasikal), organiser and certificate.

Most staff reach the 20 JP a year (PermenPANRB 38/2017, PP 17/2020), about a quarter stay below
and a few follow nothing that year, so the JP view has people on both sides. The rows join the
employee's career trainings (Latsar, leadership) in date order, and those get their kind too.

Drawn from a random stream of its own (``ledger_random``): the rest of the office is the same
with or without the ledger.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import sqlite_utils

from desktop.demo.careers import Career
from desktop.demo.data_jabatan import FAMILIES
from desktop.demo.rand import DemoRandom, Weighted, add_months
from desktop.demo.ranks import REFERENCE
from desktop.demo.talent_data import (
    COURSE_WEIGHTS,
    COURSES,
    KIND_WORDS,
    NO_CERTIFICATE,
    Course,
)

Row = dict[str, Any]
FIRST_YEAR = 2023
NONE_SHARE = 0.08  # of staff-years: no development at all
LOW_SHARE = 0.3  # of staff-years: some, below the 20 JP (career trainings lift a few over)
TARGET_JP = 20
MAX_COURSES = 6
_COURSES = Weighted(zip(COURSES, COURSE_WEIGHTS, strict=True))
_FAMILY_DIKLAT = frozenset(d.nama for f in FAMILIES.values() for d in f.diklat)


def ledger_random(seed: int) -> DemoRandom:
    return DemoRandom(f"kinerja-diklat-{seed}")


def jenis_codes(db: sqlite_utils.Database) -> dict[str, str | None]:
    """Each kind of ``KIND_WORDS`` → its ``ref_jenis_pengembangan`` code (None: not listed)."""
    rows = db.execute(
        "SELECT kode, nama FROM ref_jenis_pengembangan ORDER BY urutan, kode"
    ).fetchall()
    found: dict[str, str | None] = {}
    for kind, words in KIND_WORDS.items():
        found[kind] = next(
            (kode for word in words for kode, nama in rows
             if word in nama.lower() or word in kode.lower()),
            None,
        )  # fmt: skip
    return found


def kind_of(nama: str) -> str:
    """The kind of a career training, by its name."""
    lower = nama.lower()
    if "kepemimpinan" in lower:
        return "kepemimpinan"
    if "prajabatan" in lower or "pelatihan dasar cpns" in lower:
        return "dasar"
    if lower.startswith("orientasi"):
        return "orientasi"
    if lower.startswith("bimbingan teknis"):
        return "bimtek"
    return "fungsional" if nama in _FAMILY_DIKLAT else "teknis"


def add_ledger(
    rng: DemoRandom,
    rows: list[Row],
    staff_id: int,
    career: Career,
    stamp: str,
    codes: dict[str, str | None],
) -> None:
    """Give the employee's career trainings (the tail of ``rows``) their kind, add the
    yearly courses, and number them all in date order."""
    start = len(rows)
    while start > 0 and rows[start - 1]["staff_id"] == staff_id:
        start -= 1
    own = rows[start:]
    del rows[start:]
    for row in own:
        row["jenis"] = codes.get(kind_of(row["nama"]))
        row["nomor_sertifikat"] = ""
    new = [
        _row(rng, course, jp, day, staff_id, stamp, codes)
        for course, jp, day in _courses(rng, career)
    ]
    merged = sorted(own + new, key=lambda r: (r["tanggal_mulai"], r["nama"]))
    for urutan, row in enumerate(merged):
        row["urutan"] = urutan
    rows.extend(merged)


def _courses(rng: DemoRandom, career: Career) -> list[tuple[Course, int, date]]:
    appointed = career.golongan[0][1]
    end = (career.nonaktif or REFERENCE) - timedelta(days=20)
    found = []
    for year in range(FIRST_YEAR, REFERENCE.year):
        first = max(date(year, 1, 6), add_months(appointed, 1))
        last = min(date(year, 12, 12), end)
        if first >= last:
            continue
        roll = rng.random()
        if roll < NONE_SHARE:
            continue
        low = roll < NONE_SHARE + LOW_SHARE
        target = rng.randint(3, TARGET_JP - 4) if low else rng.randint(TARGET_JP, 46)
        found += _year(rng, target, TARGET_JP - 1 if low else 80, first, last)
    return found


def _year(
    rng: DemoRandom, target: int, ceiling: int, first: date, last: date
) -> list[tuple[Course, int, date]]:
    """Courses until ``target`` JP, never past ``ceiling``; each course once a year."""
    taken: list[tuple[Course, int, date]] = []
    names: set[str] = set()
    total = 0
    for _ in range(3 * MAX_COURSES):
        if total >= target or len(taken) >= MAX_COURSES:
            break
        course = rng.pick(_COURSES)
        jp = rng.randint(course.jp_low, course.jp_high)
        if course.nama in names or total + jp > ceiling:
            continue
        names.add(course.nama)
        taken.append((course, jp, rng.day_between(first, last)))
        total += jp
    return taken


def _row(
    rng: DemoRandom,
    course: Course,
    jp: int,
    day: date,
    staff_id: int,
    stamp: str,
    codes: dict[str, str | None],
) -> Row:
    days = max(0, jp // 8 - 1)
    certificate = ""
    if course.kind not in NO_CERTIFICATE:
        certificate = f"{rng.randint(1, 2400):04d}/SERT/{course.kind.upper()}/{day.year}"
    return {
        "nama": course.nama, "penyelenggara": course.penyelenggara,
        "tanggal_mulai": day.isoformat(),
        "tanggal_selesai": (day + timedelta(days=days)).isoformat(), "jp": jp,
        "staff_id": staff_id, "urutan": 0, "uuid": rng.uuid(), "updated_at": stamp,
        "jenis": codes.get(course.kind), "nomor_sertifikat": certificate,
    }  # fmt: skip
