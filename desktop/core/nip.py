"""Identity numbers: NIP PNS, NI PPPK and NIK, read, checked and formatted. Pure functions.

NIP PNS (18): birth YYYYMMDD · TMT CPNS YYYYMM · gender 1/2 · serial NNN.
NI PPPK (18): birth YYYYMMDD · appointment year YYYY · ``21`` · gender 1/2 · serial NNN.
Digits 13–14 of a PNS NIP are a month, so ``21`` there always means PPPK.
NIK (16): region PPKKCC · birth DDMMYY (day + 40 for women) · serial NNNN.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar

from desktop.core.dates import MONTHS_ID, format_date_short
from desktop.core.errors import KinerjaError, ValidationError
from desktop.core.i18n import language
from desktop.core.models import Gender

NIP_LENGTH = 18
NIK_LENGTH = 16
PPPK_MARK = "21"
MIN_BIRTH_YEAR = 1940
MIN_AGE = 18
MAX_AGE = 60

_SCIENTIFIC = re.compile(r"\s*'?\s*\d(?:[.,]\d+)?e\+?\d{1,3}\s*", re.IGNORECASE)
_SEPARATORS = frozenset(".-–")
_GENDER_DIGITS = {"1": Gender.L, "2": Gender.P}


class InvalidNip(ValidationError):
    """A NIP PNS or NI PPPK that cannot be right."""

    catalog = {
        "chars": (
            "NIP hanya boleh berisi angka, spasi, titik, atau tanda hubung "
            "(ditemukan '{char}' pada '{text}').",
            "A NIP may contain only digits, spaces, dots or dashes (found '{char}' in '{text}').",
        ),
        "scientific": (
            "NIP rusak oleh Excel (tertulis {text}). Ketik ulang NIP sebagai teks, bukan angka.",
            "The NIP was damaged by Excel ({text}). Type it again as text, not as a number.",
        ),
        "length": (
            "NIP harus 18 digit (tertulis {n} digit).",
            "A NIP must have 18 digits ({n} given).",
        ),
        "birth_date": (
            "Tanggal lahir pada NIP tidak valid: {part}.",
            "The birth date in the NIP is not valid: {part}.",
        ),
        "birth_year": (
            "Tahun lahir pada NIP tidak masuk akal: {part} (paling awal 1940).",
            "The birth year in the NIP is implausible: {part} (1940 at the earliest).",
        ),
        "tmt": (
            "TMT pengangkatan pada NIP tidak valid: {part} (PNS: tahun dan bulan 01–12; "
            "PPPK: tahun lalu 21).",
            "The appointment date in the NIP is not valid: {part} (PNS: year and month 01–12; "
            "PPPK: year then 21).",
        ),
        "gender": (
            "Digit jenis kelamin pada NIP harus 1 (laki-laki) atau 2 (perempuan), tertulis {part}.",
            "The gender digit in the NIP must be 1 (male) or 2 (female), not {part}.",
        ),
        "serial": (
            "Nomor urut pada NIP tidak boleh 000.",
            "The serial number in the NIP cannot be 000.",
        ),
        "too_young": (
            "Menurut NIP, pegawai diangkat pada usia {age} tahun (TMT {tmt}); "
            "usia minimal 18 tahun.",
            "According to the NIP the employee was appointed at {age} (TMT {tmt}); "
            "the minimum age is 18.",
        ),
        "too_old": (
            "Menurut NIP, pegawai diangkat pada usia {age} tahun (TMT {tmt}); "
            "usia maksimal 60 tahun.",
            "According to the NIP the employee was appointed at {age} (TMT {tmt}); "
            "the maximum age is 60.",
        ),
        "future": (
            "TMT pengangkatan pada NIP ({tmt}) lebih dari setahun ke depan.",
            "The appointment date in the NIP ({tmt}) is more than a year ahead.",
        ),
    }


class InvalidNik(ValidationError):
    """A NIK (Nomor Induk Kependudukan) that cannot be right."""

    catalog = {
        "chars": (
            "NIK hanya boleh berisi angka, spasi, titik, atau tanda hubung "
            "(ditemukan '{char}' pada '{text}').",
            "A NIK may contain only digits, spaces, dots or dashes (found '{char}' in '{text}').",
        ),
        "scientific": (
            "NIK rusak oleh Excel (tertulis {text}). Ketik ulang NIK sebagai teks, bukan angka.",
            "The NIK was damaged by Excel ({text}). Type it again as text, not as a number.",
        ),
        "length": (
            "NIK harus 16 digit (tertulis {n} digit).",
            "A NIK must have 16 digits ({n} given).",
        ),
        "region": (
            "Kode wilayah pada NIK tidak valid: {part}.",
            "The region code in the NIK is not valid: {part}.",
        ),
        "birth_date": (
            "Tanggal lahir pada NIK tidak valid: {part}.",
            "The birth date in the NIK is not valid: {part}.",
        ),
        "serial": (
            "Nomor urut pada NIK tidak boleh 0000.",
            "The serial number in the NIK cannot be 0000.",
        ),
    }


class NipKind(StrEnum):
    PNS = "pns"
    PPPK = "pppk"


@dataclass(frozen=True)
class NipInfo:
    """What an 18-digit NIP says; ``appointment`` is TMT CPNS (PNS) or 1 January (PPPK)."""

    digits: str
    kind: NipKind
    birth_date: date
    appointment: date
    gender: Gender
    serial: int

    @property
    def formatted(self) -> str:
        return format_nip(self.digits)


@dataclass(frozen=True)
class NikInfo:
    """What a 16-digit NIK says; ``birth_date`` is None if no century gives an age of 0–100."""

    digits: str
    region: str
    birth_date: date | None
    gender: Gender
    serial: int

    @property
    def province(self) -> str:
        return self.region[:2]

    @property
    def regency(self) -> str:
        return self.region[2:4]

    @property
    def district(self) -> str:
        return self.region[4:]


@dataclass(frozen=True)
class IdentityWarning:
    """A NIP/NIK disagreement: shown to the operator, who may still save."""

    code: str
    nip_value: str
    nik_value: str

    catalog: ClassVar[dict[str, tuple[str, str]]] = {
        "birth_date_mismatch": (
            "Tanggal lahir pada NIP ({nip}) berbeda dengan NIK ({nik}).",
            "The birth date in the NIP ({nip}) differs from the one in the NIK ({nik}).",
        ),
        "gender_mismatch": (
            "Jenis kelamin pada NIP ({nip}) berbeda dengan NIK ({nik}).",
            "The gender in the NIP ({nip}) differs from the one in the NIK ({nik}).",
        ),
    }
    _genders: ClassVar[dict[str, tuple[str, str]]] = {
        Gender.L: ("laki-laki", "male"),
        Gender.P: ("perempuan", "female"),
    }

    def message(self, lang: str | None = None) -> str:
        """The warning as a sentence in ``lang`` (default: the current language)."""
        index = 1 if (lang or language()) == "en" else 0
        nip, nik = self.nip_value, self.nik_value
        if self.code == "gender_mismatch":
            nip, nik = self._genders[nip][index], self._genders[nik][index]
        return self.catalog[self.code][index].format(nip=nip, nik=nik)

    def __str__(self) -> str:
        return self.message()


def is_excel_scientific(text: str) -> bool:
    """True for ``1.98609E+17`` and the like: a number Excel rounded, digits lost for good."""
    return bool(_SCIENTIFIC.fullmatch(str(text)))


def normalize_digits(text: str) -> str:
    """The digits of a NIP as typed or pasted: ``'NIP. 19860926 201505 1 001`` → 18 digits.

    Spaces, dots and dashes are dropped, as are a leading ``NIP``/``NIP.``/``NIP:`` label and
    an Excel text apostrophe. Any other character raises ``InvalidNip("chars")``.
    """
    return _digits_only(text, ("nip", "ni pppk"), InvalidNip)


def format_nip(digits: str) -> str:
    """``19860926 201505 1 001`` (PNS) or ``19900101 2022 21 1 001`` (PPPK).

    Anything that is not 18 digits (after dropping separators) is returned unchanged.
    """
    try:
        d = normalize_digits(digits)
    except InvalidNip:
        return digits
    if len(d) != NIP_LENGTH:
        return digits
    if d[12:14] == PPPK_MARK:
        return f"{d[:8]} {d[8:12]} {d[12:14]} {d[14]} {d[15:]}"
    return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"


def parse_nip(text: str, *, today: date | None = None) -> NipInfo:
    """Read and check a NIP PNS or NI PPPK; raises ``InvalidNip`` naming the broken part."""
    if is_excel_scientific(text):
        raise InvalidNip("scientific", text=str(text).strip())
    d = normalize_digits(text)
    if len(d) != NIP_LENGTH:
        raise InvalidNip("length", n=len(d), text=d)
    birth = _nip_birth_date(d[:8])
    kind = NipKind.PPPK if d[12:14] == PPPK_MARK else NipKind.PNS
    appointment = _nip_appointment(d, kind)
    if d[14] not in _GENDER_DIGITS:
        raise InvalidNip("gender", part=d[14])
    if d[15:] == "000":
        raise InvalidNip("serial", part=d[15:])
    _check_appointment(birth, appointment, kind, today or date.today())
    return NipInfo(d, kind, birth, appointment, _GENDER_DIGITS[d[14]], int(d[15:]))


def parse_nik(text: str, *, reference: date | None = None) -> NikInfo:
    """Read and check a NIK; the birth century is the one giving an age of 0–100 at ``reference``.

    Raises ``InvalidNik`` (``chars``, ``scientific``, ``length``, ``region``, ``birth_date``,
    ``serial``).
    """
    if is_excel_scientific(text):
        raise InvalidNik("scientific", text=str(text).strip())
    d = _digits_only(text, ("nik",), InvalidNik)
    if len(d) != NIK_LENGTH:
        raise InvalidNik("length", n=len(d), text=d)
    if not 11 <= int(d[:2]) <= 99 or d[2:4] == "00":
        raise InvalidNik("region", part=d[:6])
    day, gender = int(d[6:8]), Gender.L
    if day > 40:
        day, gender = day - 40, Gender.P
    birth = _nik_birth_date(d[6:12], day, int(d[8:10]), int(d[10:12]), reference or date.today())
    if d[12:] == "0000":
        raise InvalidNik("serial", part=d[12:])
    return NikInfo(d, d[:6], birth, gender, int(d[12:]))


def cross_check(nip: NipInfo, nik: NikInfo) -> list[IdentityWarning]:
    """Warnings where the NIP and the NIK disagree on birth date or gender."""
    found: list[IdentityWarning] = []
    if nik.birth_date is not None and nik.birth_date != nip.birth_date:
        found.append(
            IdentityWarning(
                "birth_date_mismatch",
                format_date_short(nip.birth_date),
                format_date_short(nik.birth_date),
            )
        )
    if nik.gender != nip.gender:
        found.append(IdentityWarning("gender_mismatch", nip.gender, nik.gender))
    return found


def age_years(birth: date, on: date) -> int:
    """Completed years of age on ``on``."""
    before_birthday = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - before_birthday


def _digits_only(text: str, labels: tuple[str, ...], error: type[KinerjaError]) -> str:
    raw = str(text)
    rest = raw.strip().lstrip("'’").lstrip()
    for label in labels:
        if rest[: len(label)].lower() == label:
            rest = rest[len(label) :].lstrip(" .:")
            break
    for char in rest:
        if not (char in "0123456789" or char.isspace() or char in _SEPARATORS):
            raise error("chars", char=char, text=raw)
    return "".join(c for c in rest if c in "0123456789")


def _nip_birth_date(part: str) -> date:
    try:
        birth = date(int(part[:4]), int(part[4:6]), int(part[6:]))
    except ValueError:
        raise InvalidNip("birth_date", part=part) from None
    if birth.year < MIN_BIRTH_YEAR:
        raise InvalidNip("birth_year", part=part[:4])
    return birth


def _nip_appointment(d: str, kind: NipKind) -> date:
    year, month = int(d[8:12]), 1 if kind is NipKind.PPPK else int(d[12:14])
    if year < MIN_BIRTH_YEAR or not 1 <= month <= 12:
        raise InvalidNip("tmt", part=d[8:14])
    return date(year, month, 1)


def _check_appointment(birth: date, appointment: date, kind: NipKind, today: date) -> None:
    # Age counts whole months (TMT has no day); a PPPK year is judged at its kindest month.
    latest = 12 if kind is NipKind.PPPK else appointment.month
    tmt = _tmt_text(appointment, kind)
    if (age := _age_at(birth, appointment.year, latest)) < MIN_AGE:
        raise InvalidNip("too_young", age=age, tmt=tmt)
    if (age := _age_at(birth, appointment.year, appointment.month)) > MAX_AGE:
        raise InvalidNip("too_old", age=age, tmt=tmt)
    if appointment > _add_year(today):
        raise InvalidNip("future", tmt=tmt)


def _age_at(birth: date, year: int, month: int) -> int:
    """Age in whole years at a year/month, ignoring days."""
    return ((year - birth.year) * 12 + month - birth.month) // 12


def _tmt_text(appointment: date, kind: NipKind) -> str:
    if kind is NipKind.PPPK:
        return str(appointment.year)
    return f"{MONTHS_ID[appointment.month - 1]} {appointment.year}"


def _add_year(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)


def _nik_birth_date(part: str, day: int, month: int, yy: int, reference: date) -> date | None:
    candidates = []
    for century in (2000, 1900):
        try:
            candidates.append(date(century + yy, month, day))
        except ValueError:
            continue
    if not candidates:
        raise InvalidNik("birth_date", part=part)
    for birth in candidates:
        if birth <= reference and age_years(birth, reference) <= 100:
            return birth
    return None
