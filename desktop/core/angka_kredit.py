"""Angka kredit of a pejabat fungsional from the predikat (PermenPANRB 1/2023 as DESIGN §4):
AK = months/12 × percentage(predikat) × koefisien of the jenjang, worked to 2 decimals as BKN
does (Peraturan BKN 3/2023: 2 months Baik, Ahli Pertama → 2,08; 18,75 + 2,08 = 20,83)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from desktop.core.appraisal import Predikat
from desktop.core.errors import ValidationError
from desktop.core.periods import Period

CENT = Decimal("0.01")
KOEFISIEN: dict[str, Decimal] = {
    "ahli_pertama": Decimal("12.5"),
    "ahli_muda": Decimal("25"),
    "ahli_madya": Decimal("37.5"),
    "ahli_utama": Decimal("50"),
    "pemula": Decimal("3.75"),
    "terampil": Decimal("5"),
    "mahir": Decimal("12.5"),
    "penyelia": Decimal("25"),
}

# the jenjang as printed (ref_jenjang_fungsional.nama): "Guru Ahli Muda", "Ahli Muda → Ahli Madya"
JENJANG_NAMA = {
    "pemula": "Pemula", "terampil": "Terampil", "mahir": "Mahir", "penyelia": "Penyelia",
    "ahli_pertama": "Ahli Pertama", "ahli_muda": "Ahli Muda", "ahli_madya": "Ahli Madya",
    "ahli_utama": "Ahli Utama",
}  # fmt: skip


class AngkaKreditError(ValidationError):
    catalog = {
        "jenjang": ("Jenjang '{jenjang}' tidak dikenal.", "Unknown jenjang '{jenjang}'."),
        "months": (
            "Masa penilaian harus 1–12 bulan (tertulis {months}).",
            "The appraisal period must be 1–12 months (got {months}).",
        ),
    }


def angka_kredit(predikat: Predikat, jenjang: str, months: int = 12) -> Decimal:
    """Credit points for ``months`` of the year, rounded half up to 2 decimals; a year's
    total is the sum of the rounded periods (``total``)."""
    if jenjang not in KOEFISIEN:
        raise AngkaKreditError("jenjang", jenjang=jenjang)
    if not 1 <= months <= 12:
        raise AngkaKreditError("months", months=months)
    value = Decimal(months) / 12 * Decimal(Predikat(predikat).percentage) / 100 * KOEFISIEN[jenjang]
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def total(values: list[Decimal]) -> Decimal:
    """The sum of periods' angka kredit as BKN adds them: each already rounded."""
    return sum((v.quantize(CENT, rounding=ROUND_HALF_UP) for v in values), Decimal("0.00"))


def credited_months(period: Period, tahun: int, tmt_jabatan: date | None) -> int:
    """Months of ``period`` (of ``tahun``) served in the current jabatan: a TMT on the 1st
    counts its month, a later day counts from the next month; 0 when appointed afterwards."""
    first = period.first
    if tmt_jabatan is not None:
        if tmt_jabatan.year > tahun:
            return 0
        if tmt_jabatan.year == tahun:
            first = max(first, tmt_jabatan.month + (1 if tmt_jabatan.day > 1 else 0))
    return max(0, period.last - first + 1)
