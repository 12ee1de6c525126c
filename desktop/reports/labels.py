"""The official Indonesian wording printed on the forms.

Forms are Indonesian documents whatever the app's language, so these do not go through
``i18n.pick``; the same codes appear in ``desktop.core.appraisal``.
"""

from __future__ import annotations

import calendar

from desktop.core.dates import MONTHS_ID
from desktop.core.periods import Period, parse_period

RATING = {
    "di_atas": "Di Atas Ekspektasi",
    "sesuai": "Sesuai Ekspektasi",
    "di_bawah": "Di Bawah Ekspektasi",
}
PREDIKAT = {
    "sangat_baik": "Sangat Baik",
    "baik": "Baik",
    "butuh_perbaikan": "Butuh Perbaikan",
    "kurang": "Kurang/Misconduct",
    "sangat_kurang": "Sangat Kurang",
}
CAPAIAN = {
    "istimewa": "Istimewa",
    "baik": "Baik",
    "butuh_perbaikan": "Butuh Perbaikan",
    "kurang": "Kurang",
    "sangat_kurang": "Sangat Kurang",
}
ASPEK = {"kuantitas": "Kuantitas", "kualitas": "Kualitas", "waktu": "Waktu", "biaya": "Biaya"}
STATUS = {
    "draft": "Draf",
    "diajukan": "Diajukan",
    "disetujui": "Disetujui",
    "dikembalikan": "Dikembalikan",
    "dinilai": "Dinilai",
    "ditetapkan": "Ditetapkan",
}
JENIS_RHK = {"utama": "A. UTAMA", "tambahan": "B. TAMBAHAN"}
# The x-axis of the distribution curve, worst first, as on the official form.
CURVE_ORDER = ("sangat_kurang", "kurang", "butuh_perbaikan", "baik", "sangat_baik")
EMPTY = "-"


def rating(code: str) -> str:
    return RATING.get(code, EMPTY)


def predikat(code: str) -> str:
    return PREDIKAT.get(code, EMPTY)


def capaian(code: str) -> str:
    return CAPAIAN.get(code, EMPTY)


def status(code: str) -> str:
    return STATUS.get(code, code)


def aspek(code: str) -> str:
    return ASPEK.get(code, code.title())


def periode_title(code: str) -> str:
    """After ``PERIODE:`` in the title: TRIWULAN I … IV, JANUARI …, or AKHIR for the year."""
    period = parse_period(code)
    if period.kind == "tahunan":
        return "AKHIR"
    if period.kind == "triwulan":
        return f"TRIWULAN {('I', 'II', 'III', 'IV')[int(period.code[2:]) - 1]}"
    return MONTHS_ID[period.first - 1].upper()


def periode_penilaian(tahun: int, code: str = "TAHUNAN") -> str:
    """``1 JANUARI SD 31 MARET 2026``: the months the period covers."""
    period: Period = parse_period(code)
    last_day = calendar.monthrange(tahun, period.last)[1]
    first = MONTHS_ID[period.first - 1].upper()
    last = MONTHS_ID[period.last - 1].upper()
    return f"1 {first} SD {last_day} {last} {tahun}"


def percent(value: float, digits: int = 1) -> str:
    """``21,4 %``: Indonesian decimal comma."""
    return f"{value:.{digits}f} %".replace(".", ",")
