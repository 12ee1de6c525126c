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
BAGI_JPT = "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
BAGI_ADMINISTRASI = "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
# The SKP's footnotes, marked on the intervened RHK (*) and the Ekspektasi Khusus Pimpinan (**).
FOOTNOTE_INTERVENSI = (
    "* Rencana hasil kerja pimpinan (atau ketua tim kerja) yang diintervensi oleh rencana hasil "
    "kerja pegawai."
)
FOOTNOTE_EKSPEKTASI = (
    "** Ekspektasi khusus pimpinan diisi oleh pejabat penilai kinerja sesuai kebutuhan "
    "organisasi, dapat dikosongkan."
)
JENIS_RHK = {"utama": "A. UTAMA", "tambahan": "B. TAMBAHAN"}
# The x-axis of the distribution curve, worst first, as on the official form.
CURVE_ORDER = ("sangat_kurang", "kurang", "butuh_perbaikan", "baik", "sangat_baik")
EMPTY = "-"


def form_titles(first: str, *, jpt: bool, pendekatan: str) -> list[str]:
    """The title lines of an SKP or an evaluation: the JPT form names no pendekatan."""
    if jpt:
        return [first, BAGI_JPT]
    return [first, f"PENDEKATAN HASIL KERJA {pendekatan.upper()}", BAGI_ADMINISTRASI]


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


def periode_name(code: str) -> str:
    """``Triwulan IV``, ``Januari`` or ``Akhir`` for running headers: roman numerals stay
    upper case (``str.title`` would print "Triwulan Iv")."""
    title = periode_title(code)
    word, _, rest = title.partition(" ")
    return f"{word.title()} {rest}".strip() if rest else title.title()


def periode_penilaian(tahun: int, code: str = "TAHUNAN") -> str:
    """``1 JANUARI SD 31 MARET TAHUN 2026``: the months the period covers, worded as the
    Lampiran prints them."""
    period: Period = parse_period(code)
    last_day = calendar.monthrange(tahun, period.last)[1]
    first = MONTHS_ID[period.first - 1].upper()
    last = MONTHS_ID[period.last - 1].upper()
    return f"1 {first} SD {last_day} {last} TAHUN {tahun}"


def percent(value: float, digits: int = 1) -> str:
    """``21,4 %``: Indonesian decimal comma."""
    return f"{value:.{digits}f} %".replace(".", ",")
