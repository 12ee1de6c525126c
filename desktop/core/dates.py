"""Indonesian dates: printing them the way forms do and reading what operators type or import.

Reading is strict where a guess could be wrong: two-digit years are refused, and an Excel serial
is only accepted as a number (never as a digit string, which might be a year or a NIP).
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta

from desktop.core.errors import ValidationError

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip

_MONTH_NAMES: dict[str, int] = {
    **{name.lower(): n for n, name in enumerate(MONTHS_ID, start=1)},
    "jan": 1, "feb": 2, "peb": 2, "pebruari": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "ags": 8, "agus": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11,
    "nop": 11, "nopember": 11, "des": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "aug": 8, "oct": 10, "october": 10, "dec": 12, "december": 12,
}  # fmt: skip

_WEEKDAYS = {
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip

_TIME = r"(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_ISO = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME)
_NUMERIC = re.compile(r"(\d{1,2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d+)")
_DAY_NAME = re.compile(r"(\d{1,2})[ ./-]*([a-z]+)\.?[ ./,-]*(\d+)")
_NAME_DAY = re.compile(r"([a-z]+)\.? (\d{1,2}),? (\d+)")

EXCEL_SERIAL_MAX = 2958465  # 9999-12-31


class InvalidDate(ValidationError):
    """A date that cannot be read, or that is not on the calendar."""

    catalog = {
        "format": (
            "Format tanggal tidak dikenali: '{value}'. Tulis misalnya 23-11-2026 "
            "atau 23 November 2026.",
            "Unrecognised date format: '{value}'. Write e.g. 23-11-2026 or 23 November 2026.",
        ),
        "two_digit_year": (
            "Tahun dua digit tidak diterima karena ambigu: '{value}'. Tulis tahun lengkap, "
            "misalnya 1986.",
            "Two-digit years are ambiguous and not accepted: '{value}'. Write the full year, "
            "e.g. 1986.",
        ),
        "invalid": (
            "Tanggal tidak ada di kalender: '{value}'.",
            "No such date on the calendar: '{value}'.",
        ),
    }


def format_date_id(d: date) -> str:
    """``23 November 2026``, as printed on forms."""
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


def format_date_short(d: date) -> str:
    """``23-11-2026``."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def excel_serial_to_date(n: float) -> date:
    """A date from an Excel serial (1900 system: 1 = 1900-01-01; 60, the Lotus 29 Feb, is invalid).

    A fractional part (the time of day) is dropped.
    """
    if isinstance(n, bool) or not isinstance(n, int | float) or not math.isfinite(n):
        raise InvalidDate("invalid", value=str(n))
    serial = math.floor(n)
    if not 1 <= serial <= EXCEL_SERIAL_MAX or serial == 60:
        raise InvalidDate("invalid", value=str(n))
    base = date(1899, 12, 31) if serial < 60 else date(1899, 12, 30)
    return base + timedelta(days=serial)


def parse_date(value: object, *, dayfirst: bool = True) -> date:
    """Read a date from a date object, an Excel serial number or text.

    Text may be ISO ``yyyy-mm-dd``, ``dd-mm-yyyy`` with ``-``, ``/`` or ``.`` (``mm-dd-yyyy`` when
    ``dayfirst`` is false), or use Indonesian or English month names, full or abbreviated.
    Raises ``InvalidDate`` (``format``, ``two_digit_year``, ``invalid``).
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return excel_serial_to_date(value)
    if not isinstance(value, str):
        raise InvalidDate("format", value=str(value))
    return _parse_text(value, dayfirst=dayfirst)


def parse_date_optional(value: object, *, dayfirst: bool = True) -> date | None:
    """Like ``parse_date``, but None, an empty cell, ``-`` or NaN mean "no date"."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str) and value.strip() in ("", "-", "–", "—"):
        return None
    return parse_date(value, dayfirst=dayfirst)


def _parse_text(value: str, *, dayfirst: bool) -> date:
    text = _clean(value)
    if m := _ISO.fullmatch(text):
        return _build(value, m[1], m[3], m[4])
    if m := _NUMERIC.fullmatch(text):
        day, month = (m[1], m[3]) if dayfirst else (m[3], m[1])
        return _build(value, m[4], month, day)
    if (m := _DAY_NAME.fullmatch(text)) and m[2] in _MONTH_NAMES:
        return _build(value, m[3], _MONTH_NAMES[m[2]], m[1])
    if (m := _NAME_DAY.fullmatch(text)) and m[1] in _MONTH_NAMES:
        return _build(value, m[3], _MONTH_NAMES[m[1]], m[2])
    raise InvalidDate("format", value=value)


def _clean(value: str) -> str:
    """Lower case, single spaces, and without a leading weekday (``Senin, ...``)."""
    text = " ".join(value.lower().split())
    head, sep, rest = text.partition(",")
    if sep and head in _WEEKDAYS:
        text = rest.strip()
    return text


def _build(value: str, year: str, month: str | int, day: str) -> date:
    if len(year) <= 2:
        raise InvalidDate("two_digit_year", value=value)
    if len(year) != 4:
        raise InvalidDate("format", value=value)
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise InvalidDate("invalid", value=value) from None
