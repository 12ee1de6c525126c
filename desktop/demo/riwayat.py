"""History (riwayat) rows of a demo employee: jabatan, golongan, pendidikan, diklat, penghargaan.

Rows are plain dicts ready for ``store.history.insert_many``; every one carries a uuid from the
seeded generator and the build's fixed ``updated_at`` so two builds with one seed are identical.
Dates follow the career: schooling ends before the appointment, Latsar comes in the first year,
leadership training near the appointment to a managerial post, Satyalancana after 10/20/30 years.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.demo.careers import PROFESI, Career
from desktop.demo.data import SCHOOLS
from desktop.demo.data_jabatan import (
    GENERAL_DIKLAT,
    LATSAR,
    LEADERSHIP,
    ORIENTASI_PPPK,
    PRAJABATAN,
    Diklat,
    Edu,
    Family,
)
from desktop.demo.rand import DemoRandom, add_months
from desktop.demo.ranks import REFERENCE

Row = dict[str, Any]
School = tuple[str, str, str, int]  # jenjang, sekolah, jurusan, tahun lulus
Training = tuple[str, str, date, date, int]  # nama, penyelenggara, mulai, selesai, JP
_GRADUATION_AGE = {"SMA": 18, "D3": 21, "D4": 22, "S1": 22}
_EARLIER_RANK = {"administrator": "pengawas", "jpt": "administrator"}
_SATYALANCANA = ((10, "X"), (20, "XX"), (30, "XXX"))


def schooling(rng: DemoRandom, edu: Edu, birth: date, start: date) -> list[School]:
    """One or two rows, oldest first; the first degree is done by the appointment ``start``."""
    level = edu.pendidikan
    sma_year = min(birth.year + 18 + rng.randint(0, 1), start.year)
    if level == "SMA":
        return [("SMA", rng.item(SCHOOLS["sma"]), edu.jurusan, sma_year)]
    first_level = level if level in _GRADUATION_AGE else "S1"
    age = _GRADUATION_AGE[first_level] + (2 if edu.depan in PROFESI else 0) + rng.randint(0, 2)
    first_year = min(birth.year + age, start.year)
    first = (first_level, rng.item(SCHOOLS[edu.kampus]), edu.s1 or edu.jurusan, first_year)
    if level in _GRADUATION_AGE:
        sma = ("SMA", rng.item(SCHOOLS["sma"]), rng.item(("IPA", "IPS")), sma_year)
        return [sma, first] if rng.chance(0.5) else [first]
    s2_year = _later_year(rng, first_year + 3)
    if level == "S2":
        return [first, ("S2", rng.item(SCHOOLS["umum"]), edu.jurusan, s2_year)]
    s2 = ("S2", rng.item(SCHOOLS["umum"]), edu.s1 or edu.jurusan, s2_year)
    return [s2, ("S3", rng.item(SCHOOLS["umum"]), edu.jurusan, _later_year(rng, s2_year + 3))]


def _later_year(rng: DemoRandom, first: int) -> int:
    """A year from ``first`` on, before the reference year."""
    return min(rng.randint(first, max(first, REFERENCE.year - 1)), REFERENCE.year - 1)


def history_rows(
    rng: DemoRandom,
    staff_id: int,
    career: Career,
    school: list[School],
    family: Family | None,
    stamp: str,
) -> dict[str, list[Row]]:
    """Every riwayat table's rows for one employee, keyed by table name."""
    tables = {
        "riwayat_jabatan": [_jabatan(rng, item) for item in career.jabatan],
        "riwayat_golongan": [
            _golongan(rng, i, item, career) for i, item in enumerate(career.golongan)
        ],
        "riwayat_pendidikan": [_pendidikan(item) for item in school],
        "riwayat_diklat": [_training(item) for item in _diklat(rng, career, family)],
        "riwayat_penghargaan": [_award(rng, item) for item in _satyalancana(rng, career)],
    }
    for rows in tables.values():
        for urutan, row in enumerate(rows):
            row.update(staff_id=staff_id, urutan=urutan, uuid=rng.uuid(), updated_at=stamp)
    return tables


def _jabatan(rng: DemoRandom, item: tuple[str, str, date]) -> Row:
    jabatan, unit, tmt = item
    return {"jabatan": jabatan, "unit_nama": unit, "tmt": tmt.isoformat(), **_sk(rng, "821.2", tmt)}


def _golongan(rng: DemoRandom, i: int, item: tuple[str, date], career: Career) -> Row:
    """The first row is the appointment (CPNS or PPPK), the others promotions."""
    golongan, tmt = item
    agency = "BKPSDM" if career.status == "pppk" else None
    sk = _sk(rng, "813.3" if i == 0 else "823.3", tmt, agency)
    return {"golongan": golongan, "tmt": tmt.isoformat(), **sk}


def _pendidikan(item: School) -> Row:
    jenjang, sekolah, jurusan, tahun = item
    return {"jenjang": jenjang, "nama_sekolah": sekolah, "jurusan": jurusan, "tahun_lulus": tahun}


def _training(item: Training) -> Row:
    nama, by, start, end, jp = item
    return {
        "nama": nama,
        "penyelenggara": by,
        "tanggal_mulai": start.isoformat(),
        "tanggal_selesai": end.isoformat(),
        "jp": jp,
    }


def _award(rng: DemoRandom, item: tuple[str, int]) -> Row:
    roman, year = item
    return {
        "nama": f"Satyalancana Karya Satya {roman} Tahun",
        "pemberi": "Presiden Republik Indonesia",
        "tahun": year,
        "nomor_sk": f"Keppres Nomor {rng.randint(20, 140)}/TK/Tahun {year}",
    }


def _sk(rng: DemoRandom, kode: str, tmt: date, agency: str | None = None) -> Row:
    """An SK number and date a few weeks before the TMT (BKD until the 2017 reorganisation)."""
    signed = tmt - timedelta(days=rng.randint(7, 60))
    agency = agency or ("BKD" if signed.year < 2017 else "BKPSDM")
    number = f"{kode}/{rng.randint(1, 950)}/{agency}/{signed.year}"
    return {"nomor_sk": number, "tanggal_sk": signed.isoformat()}


def _diklat(rng: DemoRandom, career: Career, family: Family | None) -> list[Training]:
    start = career.golongan[0][1]
    end = (career.nonaktif or REFERENCE) - timedelta(days=20)
    found: list[Training] = []
    if career.status == "pppk":
        _add(found, ORIENTASI_PPPK, add_months(start, rng.randint(1, 5)), end, days=5)
    else:
        roman = career.golongan[0][0].split("/")[0]
        when = add_months(start, rng.randint(3, 12))
        basic = LATSAR if when.year >= 2018 else PRAJABATAN
        _add(
            found,
            Diklat(f"{basic.nama} Golongan {roman}", basic.jp, basic.penyelenggara),
            when,
            end,
            days=basic.jp // 6,
        )
    if career.eselon is not None:
        _leadership(rng, found, career, end)
    pool = (family.diklat if family else ()) + GENERAL_DIKLAT
    first = add_months(start, 12)
    for i in rng.sample(range(len(pool)), rng.randint(0, 2) + (career.eselon is not None)):
        if first < end:
            _add(found, pool[i], rng.day_between(first, end), end, days=max(1, pool[i].jp // 8))
    return sorted(found, key=lambda t: (t[2], t[0]))


def _leadership(rng: DemoRandom, found: list[Training], career: Career, end: date) -> None:
    """PKP for pengawas, plus PKA for administrators, plus PKN II for JPT, near each post."""
    rank = career.jenis.value
    posts = [(rank, career.jabatan[-1][2])]
    if rank in _EARLIER_RANK and len(career.jabatan) >= 2:
        posts.insert(0, (_EARLIER_RANK[rank], career.jabatan[-2][2]))
    for level, appointed in posts:
        new_name, old_name, jp, by = LEADERSHIP[level]
        when = appointed + timedelta(days=rng.randint(-200, 300))
        name = new_name if when.year >= 2019 else old_name
        _add(found, Diklat(name, jp, by), min(when, end - timedelta(days=1)), end, days=jp // 6)


def _add(found: list[Training], diklat: Diklat, start: date, end: date, *, days: int) -> None:
    """Record a training that started before ``end`` (later ones have not happened yet)."""
    if start < end:
        finished = min(start + timedelta(days=days), end)
        found.append((diklat.nama, diklat.penyelenggara, start, finished, diklat.jp))


def _satyalancana(rng: DemoRandom, career: Career) -> list[tuple[str, int]]:
    """Satyalancana Karya Satya for 10, 20, 30 years of service (PNS only)."""
    if career.status != "pns" or career.tmt_cpns is None:
        return []
    last = (career.nonaktif or REFERENCE).year - 1
    awards = []
    for years, roman in _SATYALANCANA:
        earliest = career.tmt_cpns.year + years + 1
        if earliest <= last:
            awards.append((roman, min(earliest + rng.randint(0, 2), last)))
    return awards
