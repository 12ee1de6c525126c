"""Ratings and predikat kinerja under PermenPANRB 6/2022: the matrix, no weights.

``predikat(hasil, perilaku)`` reads the 3 × 3 matrix of DESIGN.md §4. Codes follow SIASN
(rating ``perilakuDanKinerja`` 1–3, predikat ``kuadranNilai`` 1–5).
"""

from __future__ import annotations

from enum import StrEnum

from desktop.core.errors import ValidationError
from desktop.core.i18n import pick


class SiasnCodeError(ValidationError):
    catalog = {
        "rating": (
            "Kode rating SIASN {code!r} tidak sah: harus 1, 2 atau 3.",
            "SIASN rating code {code!r} is not valid: it must be 1, 2 or 3.",
        ),
        "predikat": (
            "Kode predikat (kuadran) SIASN {code!r} tidak sah: harus 1 sampai 5.",
            "SIASN predikat (kuadran) code {code!r} is not valid: it must be 1 to 5.",
        ),
    }


def _siasn_int(value: object, kind: str) -> int:
    """A SIASN code as an int: 2 and "2" are read, True, 2.5 and "dua" are refused."""
    if isinstance(value, bool):
        raise SiasnCodeError(kind, code=value)
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if text.isdigit():
        return int(text)
    raise SiasnCodeError(kind, code=value)


class Rating(StrEnum):
    """Rating Hasil Kerja / Rating Perilaku Kerja."""

    DI_ATAS = "di_atas"
    SESUAI = "sesuai"
    DI_BAWAH = "di_bawah"

    @property
    def siasn_code(self) -> int:
        return {"di_atas": 1, "sesuai": 2, "di_bawah": 3}[self.value]

    @property
    def label(self) -> str:
        return {
            "di_atas": pick("Di Atas Ekspektasi", "Above Expectations"),
            "sesuai": pick("Sesuai Ekspektasi", "Meets Expectations"),
            "di_bawah": pick("Di Bawah Ekspektasi", "Below Expectations"),
        }[self.value]

    @classmethod
    def from_siasn(cls, code: int | str) -> Rating:
        """1 Di Atas, 2 Sesuai, 3 Di Bawah Ekspektasi; anything else is refused."""
        number = _siasn_int(code, "rating")
        if number not in (1, 2, 3):
            raise SiasnCodeError("rating", code=code)
        return {1: cls.DI_ATAS, 2: cls.SESUAI, 3: cls.DI_BAWAH}[number]


class Predikat(StrEnum):
    """Predikat kinerja pegawai, best first."""

    SANGAT_BAIK = "sangat_baik"
    BAIK = "baik"
    BUTUH_PERBAIKAN = "butuh_perbaikan"
    KURANG = "kurang"
    SANGAT_KURANG = "sangat_kurang"

    @property
    def siasn_code(self) -> int:
        """``kuadranNilai``: 1 Sangat Baik … 5 Sangat Kurang."""
        return list(Predikat).index(self) + 1

    @property
    def label(self) -> str:
        return {
            "sangat_baik": pick("Sangat Baik", "Excellent"),
            "baik": pick("Baik", "Good"),
            "butuh_perbaikan": pick("Butuh Perbaikan", "Needs Improvement"),
            "kurang": pick("Kurang/Misconduct", "Poor/Misconduct"),
            "sangat_kurang": pick("Sangat Kurang", "Very Poor"),
        }[self.value]

    @property
    def percentage(self) -> int:
        """Share of the koefisien credited as angka kredit (150/100/75/50/25 %)."""
        return {
            "sangat_baik": 150,
            "baik": 100,
            "butuh_perbaikan": 75,
            "kurang": 50,
            "sangat_kurang": 25,
        }[self.value]

    @classmethod
    def from_siasn(cls, code: int | str) -> Predikat:
        """1 Sangat Baik … 5 Sangat Kurang; 0, negatives and 6+ are refused (a list index
        would silently read 0 as Sangat Kurang and -1 as Kurang)."""
        number = _siasn_int(code, "predikat")
        if not 1 <= number <= 5:
            raise SiasnCodeError("predikat", code=code)
        return list(cls)[number - 1]


_MATRIX: dict[tuple[Rating, Rating], Predikat] = {
    (Rating.DI_ATAS, Rating.DI_BAWAH): Predikat.KURANG,
    (Rating.DI_ATAS, Rating.SESUAI): Predikat.BAIK,
    (Rating.DI_ATAS, Rating.DI_ATAS): Predikat.SANGAT_BAIK,
    (Rating.SESUAI, Rating.DI_BAWAH): Predikat.KURANG,
    (Rating.SESUAI, Rating.SESUAI): Predikat.BAIK,
    (Rating.SESUAI, Rating.DI_ATAS): Predikat.BAIK,
    (Rating.DI_BAWAH, Rating.DI_BAWAH): Predikat.SANGAT_KURANG,
    (Rating.DI_BAWAH, Rating.SESUAI): Predikat.BUTUH_PERBAIKAN,
    (Rating.DI_BAWAH, Rating.DI_ATAS): Predikat.BUTUH_PERBAIKAN,
}


def predikat(hasil: Rating, perilaku: Rating) -> Predikat:
    """Predikat kinerja from Rating Hasil Kerja and Rating Perilaku Kerja (the matrix)."""
    return _MATRIX[(Rating(hasil), Rating(perilaku))]


class CapaianOrganisasi(StrEnum):
    """Predikat of the unit's own performance (capaian kinerja organisasi)."""

    ISTIMEWA = "istimewa"
    BAIK = "baik"
    BUTUH_PERBAIKAN = "butuh_perbaikan"
    KURANG = "kurang"
    SANGAT_KURANG = "sangat_kurang"

    @property
    def label(self) -> str:
        return {
            "istimewa": pick("Istimewa", "Outstanding"),
            "baik": pick("Baik", "Good"),
            "butuh_perbaikan": pick("Butuh Perbaikan", "Needs Improvement"),
            "kurang": pick("Kurang", "Poor"),
            "sangat_kurang": pick("Sangat Kurang", "Very Poor"),
        }[self.value]


def head_hasil_rating(capaian: CapaianOrganisasi) -> Rating:
    """A unit head's Rating Hasil Kerja is the unit's capaian: Istimewa → Di Atas,
    Baik → Sesuai, anything lower → Di Bawah Ekspektasi."""
    if capaian is CapaianOrganisasi.ISTIMEWA:
        return Rating.DI_ATAS
    if capaian is CapaianOrganisasi.BAIK:
        return Rating.SESUAI
    return Rating.DI_BAWAH
