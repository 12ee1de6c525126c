"""Careers of the demo staff: birth date, appointment, golongan path and jabatan history.

A career is built around the post (a ``Slot``): a head needs the golongan of the post, so the
path is built backwards from it; anyone else gets an age, an appointment at 22–35 and whatever
promotions the years since allow. Either way the dates agree with each other and with the NIP
made from them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from desktop.core.models import JenisJabatan
from desktop.demo.data_jabatan import (
    HEAD_EDU,
    PELAKSANA_EDU,
    PELAKSANA_LAMA,
    Edu,
    Family,
    Pelaksana,
)
from desktop.demo.orgtree import DemoUnit
from desktop.demo.rand import DemoRandom, Weighted, add_months, add_years
from desktop.demo.ranks import (
    HEAD_RANGE,
    INDEX,
    JENJANG_NAMA,
    PELAKSANA_CAP,
    PPPK_GOLONGAN,
    REFERENCE,
    START,
    Path,
    fungsional_cap,
    jenjang_for,
    path_to,
    promotions,
)  # fmt: skip

LAST_PNS_TMT = date(2024, 6, 1)  # later appointees are still CPNS at REFERENCE
PROFESI = frozenset(("dr.", "drg.", "drh."))
_HEAD_LEVELS = {
    JenisJabatan.JPT: Weighted((("S2", 85), ("S3", 7), ("S1", 8))),
    JenisJabatan.ADMINISTRATOR: Weighted((("S2", 45), ("S1", 55))),
    JenisJabatan.PENGAWAS: Weighted((("S2", 15), ("S1", 85))),
}
_HEAD_YEARS = {JenisJabatan.PENGAWAS: 6, JenisJabatan.ADMINISTRATOR: 12, JenisJabatan.JPT: 18}
_EARLIER = {  # the posts a head held before, oldest first (None: a first, non-manager post)
    JenisJabatan.PENGAWAS: (None,),
    JenisJabatan.ADMINISTRATOR: (None, JenisJabatan.PENGAWAS),
    JenisJabatan.JPT: (JenisJabatan.PENGAWAS, JenisJabatan.ADMINISTRATOR),
}

JabatanRow = tuple[str, str, date]  # jabatan, unit name, TMT


@dataclass(slots=True)
class Slot:
    """A post to fill: a unit's head, or a fungsional/pelaksana member with a status."""

    unit: DemoUnit
    head: bool = False
    family: Family | None = None
    pelaksana: Pelaksana | None = None
    status: str = "pns"
    leave: str | None = None  # "pensiun" or "mutasi": the record is kept but inactive


class Posts(NamedTuple):
    """Manager posts of the tree (jabatan, unit name), for heads' earlier jabatan."""

    pengawas: list[tuple[str, str]]
    administrator: list[tuple[str, str]]


@dataclass(slots=True)
class Career:
    status: str
    gender: str
    birth: date
    edu: Edu
    jenis: JenisJabatan
    golongan: Path
    jabatan: list[JabatanRow]
    tmt_cpns: date | None = None
    tmt_pns: date | None = None
    jenjang: str | None = None
    eselon: int | None = None
    nonaktif: date | None = None


def head_career(rng: DemoRandom, unit: DemoUnit, posts: Posts) -> Career:
    """A head whose golongan fits the post (IV/c–IV/d JPT, III/d–IV/b administrator, ...)."""
    rank = unit.head_jenis
    assert rank is not None and unit.opd is not None
    edu = _head_edu(rng, unit.opd.domain, rank)
    start = "III/b" if edu.depan in PROFESI else "III/a"
    target = rng.item(HEAD_RANGE[rank])
    path = path_to(rng, start, target)
    birth = _birth_before(rng, path[0][1], rng.randint(25 if start == "III/b" else 23, 31))
    if _age(birth) >= (60 if rank is JenisJabatan.JPT else 58):
        path = path_to(rng, start, target, regular=True)
        birth = _birth_before(rng, path[0][1], 23)
    tmt_cpns = path[0][1]
    gender = "P" if rng.chance(0.3) else "L"
    jabatan = _head_jabatan(rng, unit, rank, tmt_cpns, posts)
    return Career(
        "pns",
        gender,
        birth,
        edu,
        rank,
        path,
        jabatan,
        tmt_cpns,
        _tmt_pns(rng, tmt_cpns),
        eselon=unit.eselon,
    )


def member_career(rng: DemoRandom, slot: Slot) -> Career:
    """A fungsional or pelaksana career for a PNS, CPNS or PPPK."""
    edu, ahli = _member_edu(rng, slot)
    female = slot.family.female if slot.family else 0.5
    gender = "P" if rng.chance(female) else "L"
    if slot.status == "pppk":
        return _pppk(rng, slot, edu, ahli, gender)
    min_entry = 25 if edu.depan in PROFESI else 22
    if slot.status == "cpns":
        tmt = date(2025, rng.randint(3, 7), 1)
        birth = _birth_before(rng, tmt, rng.randint(min_entry, 33))
        career = Career("cpns", gender, birth, edu, JenisJabatan.PELAKSANA, [], [], tmt)
        _fill_ranks(rng, career, slot, ahli, REFERENCE)
        return career
    return _pns(rng, slot, edu, ahli, gender, min_entry)


def _pns(rng: DemoRandom, slot: Slot, edu: Edu, ahli: bool, gender: str, min_entry: int) -> Career:
    bup = slot.family.bup if slot.family and ahli else 58
    if slot.leave == "pensiun":
        birth = REFERENCE - timedelta(days=int(bup * 365.25) + rng.randint(60, 700))
    else:
        age = rng.triangular(min_entry + 2, bup - 0.3, 42)
        birth = REFERENCE - timedelta(days=int(age * 365.25))
    entry = rng.randint(min_entry, max(min_entry, min(35, _age(birth) - 2)))
    tmt_cpns = min(add_months(add_years(birth, entry), rng.randint(1, 11)), LAST_PNS_TMT)
    career = Career(
        "pns", gender, birth, edu, JenisJabatan.PELAKSANA, [], [], tmt_cpns, _tmt_pns(rng, tmt_cpns)
    )
    if slot.leave == "pensiun":
        career.nonaktif = add_months(add_years(birth, bup), 1)
    elif slot.leave == "mutasi":
        first = max(date(2024, 1, 1), add_years(tmt_cpns, 1))
        career.nonaktif = rng.month_start_between(first, date(2025, 12, 1))
    _fill_ranks(rng, career, slot, ahli, career.nonaktif or REFERENCE)
    return career


def _fill_ranks(rng: DemoRandom, career: Career, slot: Slot, ahli: bool, end: date) -> None:
    """Golongan path and jabatan rows of a PNS/CPNS member from TMT CPNS up to ``end``."""
    assert career.tmt_cpns is not None
    level = career.edu.pendidikan
    start = START[level]
    unit = slot.unit.nama
    if slot.family is None:
        assert slot.pelaksana is not None
        career.golongan = promotions(rng, start, PELAKSANA_CAP[level], career.tmt_cpns, end)
        career.jabatan = _pelaksana_rows(rng, slot.pelaksana, unit, career.tmt_cpns, end)
        return
    if ahli and INDEX[slot.family.start_ahli] > INDEX[start]:
        start = slot.family.start_ahli  # dokter, apoteker: III/b
    cap = fungsional_cap(level, ahli)
    career.golongan = promotions(rng, start, cap, career.tmt_cpns, end)
    career.jenis = JenisJabatan.FUNGSIONAL
    rows: list[JabatanRow] = []
    for golongan, when in career.golongan:
        jenjang = jenjang_for(golongan, ahli)
        if jenjang != career.jenjang:
            rows.append((f"{slot.family.nama} {JENJANG_NAMA[jenjang]}", unit, when))
            career.jenjang = jenjang
    career.jabatan = rows[-3:]


def _pppk(rng: DemoRandom, slot: Slot, edu: Edu, ahli: bool, gender: str) -> Career:
    """PPPK: appointed 2021–2024 (often after years as honorer), one golongan, no promotion."""
    tmt = date(rng.randint(2021, 2024), rng.item((1, 3, 4, 7, 10)), 1)
    birth = tmt - timedelta(days=int(rng.triangular(23, 52, 33) * 365.25))
    career = Career("pppk", gender, birth, edu, JenisJabatan.PELAKSANA, [], [])
    if slot.family is None:
        assert slot.pelaksana is not None
        golongan, jabatan = rng.item(PPPK_GOLONGAN[edu.pendidikan]), slot.pelaksana.nama
    else:
        if ahli:
            jenjang = "ahli_muda" if rng.chance(0.15) else "ahli_pertama"
        else:
            jenjang = (
                "pemula"
                if edu.pendidikan == "SMA"
                else ("mahir" if rng.chance(0.1) else "terampil")
            )
        career.jenis, career.jenjang = JenisJabatan.FUNGSIONAL, jenjang
        golongan = rng.item(PPPK_GOLONGAN[jenjang])
        jabatan = f"{slot.family.nama} {JENJANG_NAMA[jenjang]}"
    career.golongan = [(golongan, tmt)]
    career.jabatan = [(jabatan, slot.unit.nama, tmt)]
    return career


def _pelaksana_rows(
    rng: DemoRandom, post: Pelaksana, unit: str, tmt_cpns: date, end: date
) -> list[JabatanRow]:
    """Older pelaksana carry their pre-2024 jabatan name before the current one."""
    if tmt_cpns.year < 2021 and rng.chance(0.8):
        renamed = rng.month_start_between(date(2022, 1, 1), min(date(2024, 12, 1), end))
        return [(rng.item(PELAKSANA_LAMA), unit, tmt_cpns), (post.nama, unit, renamed)]
    return [(post.nama, unit, tmt_cpns)]


def _head_jabatan(
    rng: DemoRandom, unit: DemoUnit, rank: JenisJabatan, tmt_cpns: date, posts: Posts
) -> list[JabatanRow]:
    latest = REFERENCE - timedelta(days=45)
    earliest = min(max(add_years(tmt_cpns, _HEAD_YEARS[rank]), add_years(REFERENCE, -7)), latest)
    current = rng.day_between(earliest, latest)
    earlier = _EARLIER[rank]
    upper = add_years(current, -1)
    lower = min(add_years(tmt_cpns, 4), upper)
    dates = sorted(rng.day_between(lower, upper) for _ in earlier)
    rows: list[JabatanRow] = []
    for before, when in zip(earlier, dates, strict=True):
        if before is None:
            rows.append(
                (rng.item(PELAKSANA_LAMA), unit.parent.nama if unit.parent else "", tmt_cpns)
            )
        else:
            pool = posts.pengawas if before is JenisJabatan.PENGAWAS else posts.administrator
            title, where = rng.item(pool) if pool else (unit.kepala, unit.nama)
            rows.append((title, where, when))
    rows.append((unit.kepala, unit.nama, current))
    return rows


def _member_edu(rng: DemoRandom, slot: Slot) -> tuple[Edu, bool]:
    family = slot.family
    if family is not None:
        ahli = bool(family.ahli) and (not family.terampil or rng.chance(family.ahli_share))
        return rng.pick(_weighted(family.ahli if ahli else family.terampil)), ahli
    assert slot.pelaksana is not None
    level = rng.pick(_weighted_levels(slot.pelaksana.levels))
    return rng.pick(_weighted(PELAKSANA_EDU[level])), False


def _head_edu(rng: DemoRandom, domain: str, rank: JenisJabatan) -> Edu:
    level = rng.pick(_HEAD_LEVELS[rank])
    pool = HEAD_EDU.get(domain, ()) if rng.chance(0.7) else ()
    choices = [e for e in pool if e.pendidikan == level]
    return rng.item(choices or [e for e in HEAD_EDU["umum"] if e.pendidikan == level])


@functools.cache
def _weighted(edus: tuple[Edu, ...]) -> Weighted[Edu]:
    return Weighted((e, e.weight) for e in edus)


@functools.cache
def _weighted_levels(levels: tuple[tuple[str, int], ...]) -> Weighted[str]:
    return Weighted(levels)


def _birth_before(rng: DemoRandom, tmt: date, age: int) -> date:
    """A birth date that makes the person ``age`` (whole years) at ``tmt``."""
    return add_years(tmt, -age) - timedelta(days=rng.randint(1, 360))


def _tmt_pns(rng: DemoRandom, tmt_cpns: date) -> date:
    return min(add_months(tmt_cpns, rng.randint(12, 24)), date(2025, 12, 1))


def _age(birth: date, on: date = REFERENCE) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
