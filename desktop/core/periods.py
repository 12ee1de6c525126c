"""Evaluation periods: monthly (B01–B12), quarterly (TW1–TW4) and the annual one (TAHUNAN).

Codes are what the database and spreadsheets store; labels are what forms print
("TRIWULAN I", "JANUARI", "AKHIR"). SIASN's ``periodik``: 1 bulanan, 2 triwulan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.dates import MONTHS_ID
from desktop.core.errors import ValidationError
from desktop.core.i18n import pick

ROMAN = ("I", "II", "III", "IV")
ANNUAL = "TAHUNAN"


class PeriodError(ValidationError):
    catalog = {
        "invalid": (
            "Periode '{text}' tidak dikenal (contoh: TW1, TW4, B03, TAHUNAN).",
            "Unknown period '{text}' (e.g. TW1, TW4, B03, TAHUNAN).",
        ),
    }


@dataclass(frozen=True, order=True)
class Period:
    """One evaluation period of a year; ``first``/``last`` are month numbers."""

    code: str

    @property
    def kind(self) -> str:
        if self.code == ANNUAL:
            return "tahunan"
        return "triwulan" if self.code.startswith("TW") else "bulanan"

    @property
    def first(self) -> int:
        if self.kind == "tahunan":
            return 1
        n = int(self.code[2:]) if self.kind == "triwulan" else int(self.code[1:])
        return (n - 1) * 3 + 1 if self.kind == "triwulan" else n

    @property
    def last(self) -> int:
        if self.kind == "tahunan":
            return 12
        return self.first + 2 if self.kind == "triwulan" else self.first

    @property
    def months(self) -> int:
        return self.last - self.first + 1

    @property
    def siasn_periodik(self) -> int | None:
        return {"bulanan": 1, "triwulan": 2}.get(self.kind)

    def label(self) -> str:
        """As printed after ``PERIODE:``: TRIWULAN I … IV, a month, or AKHIR for the year."""
        if self.kind == "tahunan":
            return pick("AKHIR", "ANNUAL")
        if self.kind == "triwulan":
            n = int(self.code[2:])
            return pick(f"TRIWULAN {ROMAN[n - 1]}", f"QUARTER {ROMAN[n - 1]}")
        return MONTHS_ID[self.first - 1].upper()


def parse_period(text: str) -> Period:
    """Accept ``TW1``, ``tw 1``, ``Triwulan I``, ``Q1``, ``B03``, ``3``, ``Maret``, ``tahunan``."""
    raw = re.sub(r"[\s\-_.]", "", str(text or "")).upper()
    if raw in ("TAHUNAN", "AKHIR", "ANNUAL", "TAHUN"):
        return Period(ANNUAL)
    m = re.fullmatch(r"(?:TW|TRIWULAN|Q)(I{1,3}|IV|[1-4])", raw)
    if m:
        n = ROMAN.index(m[1]) + 1 if m[1] in ROMAN else int(m[1])
        return Period(f"TW{n}")
    m = re.fullmatch(r"B?(0?[1-9]|1[0-2])", raw)
    if m:
        return Period(f"B{int(m[1]):02d}")
    months = [name.upper() for name in MONTHS_ID]
    if raw in months:
        return Period(f"B{months.index(raw) + 1:02d}")
    raise PeriodError("invalid", text=text)


def periods_of_year(kind: str) -> list[Period]:
    """The periodic evaluations of a year for the office's setting, then the annual one."""
    if kind == "bulanan":
        return [Period(f"B{m:02d}") for m in range(1, 13)] + [Period(ANNUAL)]
    return [Period(f"TW{q}") for q in range(1, 5)] + [Period(ANNUAL)]
