"""Predikat matrix (all 9 cells), SIASN codes, unit head rating, angka kredit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core.angka_kredit import AngkaKreditError, angka_kredit
from desktop.core.appraisal import CapaianOrganisasi, Predikat, Rating, head_hasil_rating, predikat

A, S, B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH


@pytest.mark.parametrize(
    ("hasil", "perilaku", "expected"),
    [
        (A, B, Predikat.KURANG),
        (A, S, Predikat.BAIK),
        (A, A, Predikat.SANGAT_BAIK),
        (S, B, Predikat.KURANG),
        (S, S, Predikat.BAIK),
        (S, A, Predikat.BAIK),
        (B, B, Predikat.SANGAT_KURANG),
        (B, S, Predikat.BUTUH_PERBAIKAN),
        (B, A, Predikat.BUTUH_PERBAIKAN),
    ],
)
def test_every_cell_of_the_matrix(hasil, perilaku, expected):
    assert predikat(hasil, perilaku) is expected
    assert predikat(hasil.value, perilaku.value) is expected  # plain strings from storage


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (Predikat.SANGAT_BAIK, 1),
        (Predikat.BAIK, 2),
        (Predikat.BUTUH_PERBAIKAN, 3),
        (Predikat.KURANG, 4),
        (Predikat.SANGAT_KURANG, 5),
    ],
)
def test_predikat_siasn_codes_round_trip(value, code):
    assert value.siasn_code == code and Predikat.from_siasn(code) is value


@pytest.mark.parametrize(("value", "code"), [(A, 1), (S, 2), (B, 3)])
def test_rating_siasn_codes_round_trip(value, code):
    assert value.siasn_code == code and Rating.from_siasn(code) is value


@pytest.mark.parametrize(
    ("capaian", "rating"),
    [
        (CapaianOrganisasi.ISTIMEWA, A),
        (CapaianOrganisasi.BAIK, S),
        (CapaianOrganisasi.BUTUH_PERBAIKAN, B),
        (CapaianOrganisasi.KURANG, B),
        (CapaianOrganisasi.SANGAT_KURANG, B),
    ],
)
def test_unit_head_hasil_rating_is_the_units_capaian(capaian, rating):
    assert head_hasil_rating(capaian) is rating


@pytest.mark.parametrize(
    ("pred", "jenjang", "months", "expected"),
    [
        (Predikat.BAIK, "ahli_pertama", 12, "12.500"),
        (Predikat.SANGAT_BAIK, "ahli_muda", 12, "37.500"),
        (Predikat.BUTUH_PERBAIKAN, "ahli_madya", 12, "28.13"),
        (Predikat.KURANG, "ahli_utama", 12, "25.000"),
        (Predikat.SANGAT_KURANG, "terampil", 12, "1.250"),
        (Predikat.BAIK, "pemula", 6, "1.88"),
        (Predikat.BAIK, "mahir", 3, "3.13"),
        (Predikat.SANGAT_BAIK, "penyelia", 1, "3.13"),
    ],
)
def test_angka_kredit(pred, jenjang, months, expected):
    assert angka_kredit(pred, jenjang, months) == Decimal(expected)


@pytest.mark.parametrize(
    ("jenjang", "months"), [("guru_besar", 12), ("ahli_muda", 0), ("ahli_muda", 13)]
)
def test_angka_kredit_refuses_bad_input(jenjang, months):
    with pytest.raises(AngkaKreditError):
        angka_kredit(Predikat.BAIK, jenjang, months)
