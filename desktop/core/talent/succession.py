"""Succession for key positions (jabatan kritikal): who from the talent pool could follow whom,
with what warnings, and how soon (issue 14 item 3; PermenPANRB 3/2020, Kepka BKN 411/2025).

The rules, in one place:

- **Pool**: boxes 7–9 of the talent map with the rekam jejak met (``Placement.in_pool``).
- **Key position**: the head of a unit marked ``kritikal``. Its tingkat comes from the current
  head's eselon, else from the unit (kecamatan → administrator, kelurahan/UPT → pengawas, else
  the tree level: instansi → JPT madya, OPD → JPT pratama, bidang → administrator, sub-bidang →
  pengawas).
- **Tingkat** of a person, highest first: 1 JPT madya/utama (eselon I), 2 JPT pratama (eselon II,
  JF ahli utama), 3 administrator (eselon III, JF ahli madya), 4 pengawas (eselon IV, JF ahli
  muda), 5 eselon V / JF ahli pertama / JF penyelia, 6 pelaksana and the other JF keterampilan
  (the ahli jenjang sit beside the eselon they were equalised with, PermenPANRB 17/2021).
- **Candidates**: one tingkat below the position (a pengawas post takes tingkat 5 and 6, the
  pelaksana's usual step up); a person whose tingkat is unknown is kept with a warning rather
  than dropped. The holder, CPNS and PPPK are never candidates.
- **Order**: box (9, 8, 7), then the latest predikat, then the earlier one, then JPM, then name.
- **Warnings**: retirement (TMT pensiun at the position's BUP — 58 administrasi, 60 JPT, 60 JF
  ahli madya, 65 JF ahli utama; UU 20/2023, PP 11/2017 as amended by PP 17/2020 Pasal 239 — on or
  before two years after the draft date); education below the position's minimum (JPT madya S2,
  JPT pratama and administrator S1/D4, pengawas D3; PP 11/2017); golongan below the position's
  minimum (one step below the lowest pangkat of its eselon, PP 100/2000 jo. PP 13/2002: I.a IV/c,
  I.b and II.a IV/b, II.b IV/a, III.a III/d, III.b III/c, IV.a III/a, IV.b II/d; without an
  eselon the lower variant of the tingkat); unknown birth date, education, golongan or tingkat.
- **Kesiapan**: box 9 → siap sekarang, boxes 8 and 7 → siap 1–2 tahun; each warning pushes one
  step later (at most siap > 2 tahun). Computed, never typed, and shown with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum, StrEnum
from functools import cached_property

from desktop.core.appraisal import Predikat
from desktop.core.i18n import pick

__all__ = [
    "Candidate",
    "Catatan",
    "Kesiapan",
    "KeyPosition",
    "Pegawai",
    "Succession",
    "Talent",
    "Tingkat",
    "bup_age",
    "candidates_for",
    "head_title",
    "is_eligible",
    "kesiapan",
    "min_golongan",
    "person_tingkat",
    "succession",
    "tmt_pensiun",
    "unit_tingkat",
    "warnings_for",
]

BUP_WINDOW_YEARS = 2  # a retirement within this many years of the draft date is warned


class Tingkat(IntEnum):
    """Level of a position or a person; a lower number is a higher level."""

    JPT_MADYA = 1
    JPT_PRATAMA = 2
    ADMINISTRATOR = 3
    PENGAWAS = 4
    PERTAMA = 5  # eselon V, JF ahli pertama, JF penyelia
    PELAKSANA = 6  # pelaksana, JF pemula/terampil/mahir

    @property
    def label(self) -> str:
        return {
            1: pick("JPT Madya", "Senior executive (JPT Madya)"),
            2: pick("JPT Pratama", "Executive (JPT Pratama)"),
            3: pick("Administrator", "Administrator"),
            4: pick("Pengawas", "Supervisor (pengawas)"),
            5: pick("Eselon V / Ahli Pertama", "Echelon V / junior expert"),
            6: pick("Pelaksana", "Staff (pelaksana)"),
        }[int(self)]


class Kesiapan(StrEnum):
    """Readiness of a candidate for the position."""

    SEKARANG = "siap_sekarang"
    SATU_DUA = "siap_1_2_tahun"
    LEBIH_DUA = "siap_lebih_2_tahun"

    @property
    def label(self) -> str:
        return {
            "siap_sekarang": pick("Siap sekarang", "Ready now"),
            "siap_1_2_tahun": pick("Siap 1–2 tahun", "Ready in 1–2 years"),
            "siap_lebih_2_tahun": pick("Siap > 2 tahun", "Ready in > 2 years"),
        }[self.value]


_KESIAPAN_ORDER = (Kesiapan.SEKARANG, Kesiapan.SATU_DUA, Kesiapan.LEBIH_DUA)

_ESELON_TINGKAT = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
_JENJANG_TINGKAT = {
    "ahli_utama": 2, "ahli_madya": 3, "ahli_muda": 4, "ahli_pertama": 5,
    "penyelia": 5, "mahir": 6, "terampil": 6, "pemula": 6,
}  # fmt: skip
_JENIS_TINGKAT = {"jpt": 2, "administrator": 3, "pengawas": 4, "pelaksana": 6}
_TREE_TINGKAT = {"instansi": 1, "opd": 2, "bidang": 3, "subbidang": 4}
_JENIS_UNIT_TINGKAT = {"kecamatan": 3, "kelurahan": 4, "upt": 4}

# the lowest golongan for appointment: one step below the eselon's lowest pangkat
_MIN_GOLONGAN_ESELON = {
    "I.a": "IV/c", "I.b": "IV/b", "II.a": "IV/b", "II.b": "IV/a", "III.a": "III/d",
    "III.b": "III/c", "IV.a": "III/a", "IV.b": "II/d", "V.a": "II/c", "V.b": "II/b",
}  # fmt: skip
_MIN_GOLONGAN_TINGKAT = {1: "IV/b", 2: "IV/a", 3: "III/c", 4: "II/d", 5: "II/b"}
_GOLONGAN_ORDER = tuple(
    f"{g}/{r}" for g in ("I", "II", "III", "IV") for r in "abcde" if g == "IV" or r != "e"
)
_PENDIDIKAN_ORDER = ("SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3")
_MIN_PENDIDIKAN = {1: "S2", 2: "D4", 3: "D4", 4: "D3"}  # D4 and S1 are one level
_PENDIDIKAN_TEXT = {"S2": "S2", "D4": "S1/D4", "D3": "D3"}
_PREDIKAT_RANK = {p: i for i, p in enumerate(Predikat)}  # sangat_baik first


def _eselon_level(eselon: str) -> int | None:
    roman = eselon.split(".")[0].strip().upper()
    return _ESELON_TINGKAT.get(roman)


def person_tingkat(
    eselon: str = "", jenjang: str | None = None, jenis_jabatan: str | None = None
) -> Tingkat | None:
    """A person's tingkat from the eselon kode ("III.b"), else the JF jenjang, else the kind of
    jabatan; None when nothing says."""
    level = _eselon_level(eselon) if eselon else None
    if level is None and jenjang:
        level = _JENJANG_TINGKAT.get(jenjang)
    if level is None and jenis_jabatan:
        level = _JENIS_TINGKAT.get(jenis_jabatan)
    return Tingkat(level) if level is not None else None


def unit_tingkat(tree_level: str, jenis_unit: str = "", holder_eselon: str = "") -> Tingkat:
    """The tingkat of a unit's head: the holder's eselon when known, else the unit's kind."""
    level = _eselon_level(holder_eselon) if holder_eselon else None
    if level is None:
        level = _JENIS_UNIT_TINGKAT.get(jenis_unit) or _TREE_TINGKAT.get(tree_level, 4)
    return Tingkat(level)


_HEAD_PREFIXES = (
    ("Sekretariat ", "Sekretaris "),
    ("Kecamatan ", "Camat "),
    ("Kelurahan ", "Lurah "),
    ("Inspektorat ", "Inspektur "),
)


def head_title(unit_nama: str) -> str:
    """The head's title when the unit does not state it: Sekretariat Daerah → Sekretaris
    Daerah, Kecamatan X → Camat X, Kelurahan X → Lurah X, Inspektorat X → Inspektur X, else
    Kepala <unit>."""
    for prefix, title in _HEAD_PREFIXES:
        if unit_nama.startswith(prefix):
            return title + unit_nama[len(prefix) :]
    return f"Kepala {unit_nama}"


def is_eligible(position: Tingkat, person: Tingkat) -> bool:
    """One tingkat below the position; a pengawas (or lower) post also takes the levels below
    it down to pelaksana."""
    if position >= Tingkat.PENGAWAS:
        return person > position
    return person == position + 1


def bup_age(tingkat: Tingkat | None, jenjang: str | None = None) -> int:
    """Batas usia pensiun of a jabatan: 65 JF ahli utama, 60 JPT and JF ahli madya, else 58."""
    if jenjang == "ahli_utama":
        return 65
    if jenjang == "ahli_madya" or (tingkat is not None and tingkat <= Tingkat.JPT_PRATAMA):
        return 60
    return 58


def tmt_pensiun(birth: date, age: int) -> date:
    """The first day of the month after the one in which ``age`` is reached."""
    year, month = birth.year + age, birth.month + 1
    if month > 12:
        year, month = year + 1, 1
    return date(year, month, 1)


def min_golongan(position: Tingkat, eselon: str = "") -> str | None:
    """The lowest golongan for appointment to the position (None below eselon V)."""
    return _MIN_GOLONGAN_ESELON.get(eselon.strip()) or _MIN_GOLONGAN_TINGKAT.get(int(position))


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Catatan:
    """One warning about a candidate (a code and its values; the text in the current
    language)."""

    code: str  # bup, pendidikan, golongan, tingkat, no_lahir, no_pendidikan, no_golongan
    value: str = ""
    need: str = ""

    def text(self) -> str:
        v, n = self.value, self.need
        texts = {
            "bup": (f"pensiun (BUP) {v}", f"retires (BUP) {v}"),
            "pendidikan": (f"pendidikan {v} di bawah {n}", f"education {v} below {n}"),
            "golongan": (f"golongan {v} di bawah {n}", f"rank {v} below {n}"),
            "tingkat": ("tingkat jabatan tidak diketahui", "job level unknown"),
            "no_lahir": ("tanggal lahir belum tercatat", "birth date not recorded"),
            "no_pendidikan": ("pendidikan belum tercatat", "education not recorded"),
            "no_golongan": ("golongan belum tercatat", "rank not recorded"),
        }[self.code]
        return pick(*texts)


@dataclass(frozen=True)
class Pegawai:
    """What the succession rules need of a person (holder or candidate)."""

    staff_id: int
    nip: str
    nama: str  # with gelar
    jabatan: str = ""
    unit_id: int | None = None
    unit_nama: str = ""
    status: str = "pns"
    tanggal_lahir: date | None = None
    golongan: str | None = None
    pendidikan: str | None = None
    eselon: str = ""  # "III.b"; "" when none
    jenjang: str | None = None
    jenis_jabatan: str | None = None

    @cached_property
    def tingkat(self) -> Tingkat | None:
        return person_tingkat(self.eselon, self.jenjang, self.jenis_jabatan)

    def own_bup(self) -> date | None:
        """TMT pensiun at the BUP of the person's own jabatan."""
        if self.tanggal_lahir is None:
            return None
        return tmt_pensiun(self.tanggal_lahir, bup_age(self.tingkat, self.jenjang))


@dataclass(frozen=True)
class Talent:
    """A person's place on the talent map (from ``ninebox.Placement``)."""

    staff_id: int
    box: int | None
    predikat: tuple[Predikat | None, Predikat | None]  # (year-1, year)
    jpm: float | None
    in_pool: bool


@dataclass(frozen=True)
class KeyPosition:
    """The head of a unit marked kritikal."""

    unit_id: int
    unit_kode: str
    unit_nama: str
    jabatan: str  # "Kepala Dinas Kesehatan"
    tingkat: Tingkat
    eselon: str = ""  # the holder's eselon, when known
    holder: Pegawai | None = None
    opd_id: int | None = None  # the OPD it belongs to (its candidates' scope below JPT)


@dataclass(frozen=True)
class Candidate:
    person: Pegawai
    talent: Talent
    catatan: tuple[Catatan, ...]
    kesiapan: Kesiapan
    pensiun: date | None  # TMT pensiun at the position's BUP

    def alasan(self) -> str:
        """Why this readiness: the box, and the warnings when they pushed it later."""
        base = pick(f"kotak {self.talent.box}", f"box {self.talent.box}")
        start = Kesiapan.SEKARANG if self.talent.box == 9 else Kesiapan.SATU_DUA
        if self.kesiapan is start:
            return base
        n = len(self.catatan)
        return base + pick(
            f" ({start.label.lower()}), mundur karena {n} catatan",
            f" ({start.label.lower()}), later for {n} warning(s)",
        )


@dataclass(frozen=True)
class Succession:
    """A key position with its ordered candidates."""

    position: KeyPosition
    candidates: tuple[Candidate, ...] = field(default=())
    holder_pensiun: date | None = None


def warnings_for(
    person: Pegawai, position: KeyPosition, on: date
) -> tuple[tuple[Catatan, ...], date | None]:
    """The warnings about ``person`` for ``position`` on the draft date ``on``, and the TMT
    pensiun at the position's BUP."""
    found: list[Catatan] = []
    pensiun = None
    if person.tanggal_lahir is None:
        found.append(Catatan("no_lahir"))
    else:
        pensiun = tmt_pensiun(person.tanggal_lahir, bup_age(position.tingkat))
        if pensiun <= _add_years(on, BUP_WINDOW_YEARS):
            found.append(Catatan("bup", pensiun.strftime("%d-%m-%Y")))
    found.extend(_education(person, position))
    found.extend(_golongan(person, position))
    if person.tingkat is None:
        found.append(Catatan("tingkat"))
    return tuple(found), pensiun


def _education(person: Pegawai, position: KeyPosition) -> list[Catatan]:
    need = _MIN_PENDIDIKAN.get(int(position.tingkat))
    if need is None:
        return []
    if person.pendidikan not in _PENDIDIKAN_ORDER:
        return [Catatan("no_pendidikan")]
    have = _PENDIDIKAN_ORDER.index(person.pendidikan or "")
    if have < _PENDIDIKAN_ORDER.index(need):
        return [Catatan("pendidikan", person.pendidikan or "", _PENDIDIKAN_TEXT[need])]
    return []


def _golongan(person: Pegawai, position: KeyPosition) -> list[Catatan]:
    need = min_golongan(position.tingkat, position.eselon)
    if need is None:
        return []
    if person.golongan not in _GOLONGAN_ORDER:
        return [Catatan("no_golongan")]
    if _GOLONGAN_ORDER.index(person.golongan or "") < _GOLONGAN_ORDER.index(need):
        return [Catatan("golongan", person.golongan or "", need)]
    return []


def kesiapan(box: int, catatan: tuple[Catatan, ...]) -> Kesiapan:
    """Box 9 → siap sekarang, 8/7 → 1–2 tahun; each warning one step later."""
    start = 0 if box == 9 else 1
    return _KESIAPAN_ORDER[min(start + len(catatan), len(_KESIAPAN_ORDER) - 1)]


def _sort_key(c: Candidate) -> tuple:
    last, prev = c.talent.predikat[1], c.talent.predikat[0]
    none = len(_PREDIKAT_RANK)
    return (
        -(c.talent.box or 0),
        _PREDIKAT_RANK.get(last, none) if last else none,
        _PREDIKAT_RANK.get(prev, none) if prev else none,
        -(c.talent.jpm if c.talent.jpm is not None else -1.0),
        c.person.nama.casefold(),
        c.person.staff_id,
    )


def candidates_for(
    position: KeyPosition,
    people: list[tuple[Pegawai, Talent]],
    on: date,
) -> tuple[Candidate, ...]:
    """The ordered candidates for ``position`` among ``people`` (any list: those outside the
    pool, the holder, CPNS/PPPK and the wrong tingkat are left out here)."""
    holder_id = position.holder.staff_id if position.holder else None
    found = []
    for person, talent in people:
        if not talent.in_pool or talent.box is None or person.staff_id == holder_id:
            continue
        if person.status != "pns":
            continue
        level = person.tingkat
        if level is not None and not is_eligible(position.tingkat, level):
            continue
        catatan, pensiun = warnings_for(person, position, on)
        found.append(Candidate(person, talent, catatan, kesiapan(talent.box, catatan), pensiun))
    return tuple(sorted(found, key=_sort_key))


def succession(position: KeyPosition, people: list[tuple[Pegawai, Talent]], on: date) -> Succession:
    """The position, its candidates and its holder's TMT pensiun."""
    holder_pensiun = position.holder.own_bup() if position.holder else None
    return Succession(position, candidates_for(position, people, on), holder_pensiun)
