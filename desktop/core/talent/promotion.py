"""Who may be proposed for kenaikan pangkat in a period, and why not (issue 14 item 4).

Twelve periods a year, on the 1st of each month (Peraturan BKN 4/2025): every condition is
read as of that day. **Reguler** (pelaksana, pengawas, administrator, JPT): at least 4 years in
the current pangkat, annual predikat at least Baik in each of the two calendar years before the
period's year, no hukuman disiplin in force, and below the highest pangkat the person's
education reaches (PP 99/2000 jo. PP 12/2002 Pasal 18, ``ref_pangkat_maks``). **Fungsional**:
at least 2 years, the same two predikat, no hukuman disiplin, not at the top pangkat of the
jenjang (that needs a kenaikan jenjang first), and the cumulative angka kredit of the jenjang
(``promotion_ak``). Each failing condition becomes one reason, so a "belum" always says why.

Hukuman disiplin (PP 94/2021) blocks while it runs: any sanction whose ``tmt`` ≤ the day ≤
``selesai``; a sedang or berat one without an end date blocks for 12 months from its TMT (the
longest running sanction of those tingkat). A ringan one without an end date (teguran,
pernyataan tidak puas) has no running time and does not block; a code-of-ethics breach is not a
hukuman disiplin (the talent map's rekam jejak reads it). CPNS are never candidates; PPPK have
no pangkat and get their own list (``contract_status``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from desktop.core.appraisal import Predikat
from desktop.core.dates import format_date_short
from desktop.core.i18n import language, pick
from desktop.core.talent.promotion_ak import (
    GOOD,
    JENJANG_GOLONGAN,
    JENJANG_NAMA,
    NEXT_JENJANG,
    RANK,
    TOP,
    accumulated_ak,
    ak_for_jenjang,
    ak_for_pangkat,
    next_golongan,
)

REGULER_MONTHS = 48
FUNGSIONAL_MONTHS = 24
JENJANG_MONTHS = 12
CONTRACT_WINDOW_MONTHS = 6
HEAVY_EFFECT_MONTHS = 12


class Kategori(StrEnum):
    REGULER = "reguler"
    FUNGSIONAL = "fungsional"
    CPNS = "cpns"

    @property
    def label(self) -> str:
        return {
            "reguler": pick("Reguler", "Regular"),
            "fungsional": pick("Jabatan Fungsional", "Functional position"),
            "cpns": "CPNS",
        }[self.value]


class Sanction(NamedTuple):
    kategori: str  # disiplin | kode_etik
    tingkat: str  # ringan | sedang | berat | ''
    tmt: date | None
    selesai: date | None


class Facts(NamedTuple):
    """What the rules read about one employee (plain values, as the store finds them; a
    named tuple: the store makes 50,000 of them per list)."""

    status: str  # pns | cpns | pppk
    golongan: str | None
    tmt_golongan: date | None
    jenis_jabatan: str | None
    jenjang: str | None = None
    tmt_jabatan: date | None = None
    pendidikan: str | None = None
    predikat: Mapping[int, str] = MappingProxyType({})  # annual, set, by year
    sanctions: tuple[Sanction, ...] = ()
    pak_ak: Decimal | None = None  # latest PAK in the current jenjang
    pak_date: date | None = None


class Verdict(NamedTuple):
    """The answer for one employee and period: eligible, or the reasons it is not (yet)."""

    kategori: Kategori
    reasons: tuple[str, ...]
    next_golongan: str | None = None
    months: int | None = None  # in the current pangkat (or jenjang), on the period's 1st
    ak: Decimal | None = None
    ak_needed: Decimal | None = None
    notes: tuple[str, ...] = ()

    @property
    def eligible(self) -> bool:
        return not self.reasons


def default_period(year: int, today: date) -> date:
    """The period an appraisal year's results are first looked at for: they count for the
    promotions of ``year`` + 1, so this month of that year when it is running, else its
    first period (1 January)."""
    return date(year + 1, today.month if today.year == year + 1 else 1, 1)


def period_day(month: date) -> date:
    """The 1st of the period's month: the day every condition is read on."""
    return month.replace(day=1)


def months_between(start: date, day: date) -> int:
    """Whole months from ``start`` to ``day`` (negative when ``start`` is later)."""
    months = (day.year - start.year) * 12 + day.month - start.month
    return months - 1 if day.day < start.day and months > 0 else months


def masa_text(months: int) -> str:
    years, rest = divmod(max(months, 0), 12)
    return pick(f"{years} tahun {rest} bulan", f"{years} years {rest} months")


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months (the 31st falls back to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def sanction_reason(sanctions: tuple[Sanction, ...], day: date) -> str | None:
    """The hukuman disiplin that blocks on ``day`` (see the module's rule), or None."""
    for s in sanctions:
        if s.kategori != "disiplin" or s.tmt is None or s.tmt > day:
            continue
        end = s.selesai
        if end is None and s.tingkat in ("sedang", "berat"):
            end = add_months(s.tmt, HEAVY_EFFECT_MONTHS)
        if end is not None and day <= end:
            return pick(
                f"sedang menjalani hukuman disiplin tingkat {s.tingkat} "
                f"(s.d. {format_date_short(end)})",
                f"serving a {s.tingkat} disciplinary sanction (until {format_date_short(end)})",
            )
    return None


def predikat_reasons(predikat: Mapping[int, str], years: tuple[int, ...]) -> list[str]:
    """ "predikat tahunan 2024 belum ditetapkan" / "…: Butuh Perbaikan (minimal Baik)"."""
    return [
        _predikat_reason(year, value, language())
        for year in years
        if (value := predikat.get(year)) not in GOOD
    ]


@lru_cache(maxsize=256)
def _predikat_reason(year: int, value: str | None, lang: str) -> str:
    if value is None:
        return pick(f"predikat tahunan {year} belum ditetapkan", f"annual predikat {year} not set")
    label = Predikat(value).label
    return pick(
        f"predikat tahunan {year}: {label} (minimal Baik)",
        f"annual predikat {year}: {label} (at least Good)",
    )


@lru_cache(maxsize=1024)
def _masa_reason(months: int, needed: int, lang: str) -> str | None:
    """Cached: 50,000 people share a few hundred texts (``lang`` keys the cache)."""
    if months >= needed:
        return None
    return pick(
        f"masa kerja golongan {masa_text(months)} (minimal {needed // 12} tahun)",
        f"{masa_text(months)} in the current rank (at least {needed // 12} years)",
    )


def _ak_text(value: Decimal) -> str:
    """``45,50`` in Indonesian, ``45.50`` in English."""
    text = f"{value:.2f}"
    return text if language() == "en" else text.replace(".", ",")


def evaluate_pangkat(facts: Facts, month: date, ceilings: Mapping[str, str]) -> Verdict:
    """The kenaikan pangkat verdict for the period of ``month`` (``ceilings``: pendidikan →
    highest golongan by reguler promotion)."""
    day = period_day(month)
    fungsional = facts.jenis_jabatan == "fungsional"
    kategori = Kategori.FUNGSIONAL if fungsional else Kategori.REGULER
    if facts.status == "cpns":
        return Verdict(Kategori.CPNS, (pick("CPNS: belum dapat diusulkan kenaikan pangkat",
                                            "CPNS: not yet eligible for promotion"),))  # fmt: skip
    golongan = facts.golongan
    if golongan not in RANK or facts.tmt_golongan is None:
        missing = pick("golongan belum diisi", "golongan missing") if golongan not in RANK else (
            pick("TMT golongan belum diisi", "TMT golongan missing"))  # fmt: skip
        return Verdict(kategori, (missing,))
    assert golongan is not None
    months = months_between(facts.tmt_golongan, day)
    if months < 0:  # promoted after this period: the current golongan is not yet in force
        tmt = format_date_short(facts.tmt_golongan)
        return Verdict(kategori, (pick(
            f"golongan {golongan} baru berlaku TMT {tmt}, sesudah periode ini",
            f"rank {golongan} only takes effect on {tmt}, after this period",
        ),), next_golongan(golongan), 0)  # fmt: skip
    reasons: list[str] = []
    if golongan == TOP:
        reasons.append(
            pick(f"sudah pangkat tertinggi ({TOP})", f"already the highest rank ({TOP})")
        )
    ak = needed = None
    notes: tuple[str, ...] = ()
    if fungsional:
        ak, needed, notes = _fungsional(facts, day, golongan, months, reasons)
    else:
        _reguler(facts, golongan, ceilings, reasons)
        if (masa := _masa_reason(months, REGULER_MONTHS, language())) is not None:
            reasons.append(masa)
        notes = _ujian_dinas(golongan)
    years = facts.predikat
    if years.get(day.year - 2) not in GOOD or years.get(day.year - 1) not in GOOD:
        reasons += predikat_reasons(years, (day.year - 2, day.year - 1))
    if facts.sanctions and (sanction := sanction_reason(facts.sanctions, day)) is not None:
        reasons.append(sanction)
    return Verdict(kategori, tuple(reasons), next_golongan(golongan), months, ak, needed, notes)


def _ujian_dinas(golongan: str) -> tuple[str, ...]:
    """Into golongan III or IV a reguler promotion also needs the ujian dinas (PP 99/2000
    jo. PP 12/2002); the app does not hold its result, so it is a note, not a condition."""
    tingkat = {"II/d": "I", "III/d": "II"}.get(golongan)
    if tingkat is None:
        return ()
    return (pick(f"perlu bukti lulus ujian dinas tingkat {tingkat} (atau penyesuaian ijazah)",
                 f"needs proof of passing the level {tingkat} service exam"),)  # fmt: skip


def _reguler(facts: Facts, golongan: str, ceilings: Mapping[str, str], reasons: list[str]) -> None:
    if not facts.pendidikan:
        reasons.append(pick("pendidikan belum diisi", "education missing"))
        return
    ceiling = ceilings.get(facts.pendidikan)
    if ceiling and RANK[golongan] >= RANK[ceiling] and golongan != TOP:
        reasons.append(pick(
            f"sudah pangkat tertinggi untuk pendidikan {facts.pendidikan} ({ceiling})",
            f"already the highest rank for education {facts.pendidikan} ({ceiling})",
        ))  # fmt: skip


def _fungsional(
    facts: Facts, day: date, golongan: str, months: int, reasons: list[str]
) -> tuple[Decimal | None, Decimal | None, tuple[str, ...]]:
    """Adds the fungsional conditions that fail to ``reasons``; returns AK, AK needed, notes."""
    jenjang = facts.jenjang or ""
    if jenjang not in JENJANG_GOLONGAN:
        reasons.append(pick("jenjang jabatan fungsional belum diisi", "functional level missing"))
        return None, None, ()
    if (masa := _masa_reason(months, FUNGSIONAL_MONTHS, language())) is not None:
        reasons.append(masa)
    needed = ak_for_pangkat(jenjang, golongan)
    if needed is None:
        if golongan != TOP:
            nama, top = JENJANG_NAMA[jenjang], JENJANG_GOLONGAN[jenjang][-1]
            reasons.append(pick(
                f"pangkat puncak jenjang {nama} ({top}): perlu kenaikan jenjang",
                f"top rank of the {nama} level ({top}): needs a level promotion",
            ))  # fmt: skip
        return None, None, ()
    ak, notes = _ak_of(facts, jenjang, day)
    if ak is None:
        reasons.append(pick("angka kredit tidak dapat dihitung: TMT jabatan belum diisi",
                            "credit points cannot be counted: TMT jabatan missing"))  # fmt: skip
    elif ak < needed:
        reasons.append(_ak_reason(ak, needed, language()))
    return ak, needed, notes


@lru_cache(maxsize=4096)
def _ak_reason(ak: Decimal, needed: Decimal, lang: str) -> str:
    return pick(
        f"angka kredit {_ak_text(ak)} dari {_ak_text(needed)} yang disyaratkan",
        f"credit points {_ak_text(ak)} of the {_ak_text(needed)} required",
    )


def _ak_of(facts: Facts, jenjang: str, day: date) -> tuple[Decimal | None, tuple[str, ...]]:
    ak = accumulated_ak(
        jenjang, facts.predikat, day.year - 1,
        pak_ak=facts.pak_ak, pak_date=facts.pak_date, tmt_jabatan=facts.tmt_jabatan,
    )  # fmt: skip
    if facts.pak_ak is None and ak is not None:
        return ak, (
            pick(
                "tanpa PAK: angka kredit dihitung dari predikat sejak TMT jabatan",
                "no PAK: credit points counted from the predikat since TMT jabatan",
            ),
        )
    return ak, ()


class JenjangVerdict(NamedTuple):
    jenjang: str
    next_jenjang: str
    reasons: tuple[str, ...]
    months: int | None
    ak: Decimal | None
    ak_needed: Decimal
    notes: tuple[str, ...] = ()

    @property
    def eligible(self) -> bool:
        return not self.reasons


def evaluate_jenjang(facts: Facts, month: date) -> JenjangVerdict | None:
    """Kenaikan jenjang of a fungsional PNS (Peraturan BKN 3/2023): the AK of the jenjang,
    at least 1 year in it (TMT jabatan), predikat at least Baik in the last year, no hukuman
    disiplin. None for everyone else and at the top jenjang. Uji kompetensi and an open
    formasi are outside the app and stay in the notes."""
    jenjang = facts.jenjang or ""
    if facts.status != "pns" or facts.jenis_jabatan != "fungsional" or jenjang not in NEXT_JENJANG:
        return None
    day = period_day(month)
    needed = ak_for_jenjang(jenjang)
    assert needed is not None
    reasons: list[str] = []
    months = months_between(facts.tmt_jabatan, day) if facts.tmt_jabatan else None
    if months is None:
        reasons.append(pick("TMT jabatan belum diisi", "TMT jabatan missing"))
    elif months < JENJANG_MONTHS:
        reasons.append(pick(f"masa dalam jenjang {masa_text(months)} (minimal 1 tahun)",
                            f"{masa_text(months)} in the level (at least 1 year)"))  # fmt: skip
    ak, notes = _ak_of(facts, jenjang, day)
    if ak is not None and ak < needed:
        reasons.append(pick(
            f"angka kredit {_ak_text(ak)} dari {_ak_text(needed)} untuk jenjang berikutnya",
            f"credit points {_ak_text(ak)} of the {_ak_text(needed)} for the next level",
        ))  # fmt: skip
    reasons += predikat_reasons(facts.predikat, (day.year - 1,))
    if (sanction := sanction_reason(facts.sanctions, day)) is not None:
        reasons.append(sanction)
    notes += (
        pick(
            "uji kompetensi dan kebutuhan jabatan diperiksa di luar aplikasi",
            "competence test and an open position are checked outside the app",
        ),
    )
    return JenjangVerdict(jenjang, NEXT_JENJANG[jenjang], tuple(reasons), months, ak, needed, notes)


class ContractState(StrEnum):
    ENDED = "berakhir"
    ENDING = "segera"
    UNKNOWN = "kosong"

    @property
    def label(self) -> str:
        return {
            "berakhir": pick("kontrak telah berakhir", "contract has ended"),
            "segera": pick("berakhir dalam 6 bulan", "ends within 6 months"),
            "kosong": pick("tanggal akhir kontrak belum diisi", "contract end date missing"),
        }[self.value]


def contract_state(kontrak_selesai: date | None, month: date) -> ContractState | None:
    """A PPPK contract to act on in the period (PP 49/2018: perpanjangan depends on kinerja):
    ending within 6 months of the period's 1st, already ended, or with no end date; None
    for a contract that runs longer."""
    day = period_day(month)
    if kontrak_selesai is None:
        return ContractState.UNKNOWN
    if kontrak_selesai < day:
        return ContractState.ENDED
    if kontrak_selesai < add_months(day, CONTRACT_WINDOW_MONTHS):
        return ContractState.ENDING
    return None
