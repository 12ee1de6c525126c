"""Rules added beside the matrix: what makes an SKP submittable, the months an angka kredit
counts, and PP 46/2011 history (formula, grade bands, consistency warnings)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.core.angka_kredit import credited_months
from desktop.core.legacy import (
    LegacyError,
    PenilaianLama,
    Sebutan,
    check,
    nilai_prestasi,
    parse_sebutan,
    sebutan,
)
from desktop.core.periods import Period
from desktop.core.skp import Aspek, Iki, JenisRhk, Rhk, Skp
from desktop.core.skp_rules import content_problems


def skp(*rhk: Rhk) -> Skp:
    return Skp(staff_id=1, tahun=2026, rhk=list(rhk))


def codes(value: Skp) -> list[tuple[str, dict]]:
    return [(p.code, p.params) for p in content_problems(value)]


def test_a_complete_skp_has_no_problems():
    value = skp(Rhk("Terkelolanya data", iki=[Iki("Jumlah usulan", Aspek.KUANTITAS, "500")]))
    assert content_problems(value) == []


def test_an_empty_skp_needs_an_rhk_utama():
    assert codes(skp()) == [("no_utama", {})]


def test_every_problem_is_named_with_its_rhk_and_iki_number():
    value = skp(
        Rhk("Utama lengkap", iki=[Iki("Jumlah", Aspek.KUANTITAS, "5")]),
        Rhk("", JenisRhk.TAMBAHAN),
        Rhk("Tambahan", JenisRhk.TAMBAHAN, iki=[Iki("Ada", target="1"), Iki("Tanpa target")]),
    )
    assert codes(value) == [
        ("rhk_empty", {"n": 2}),
        ("no_iki", {"n": 2}),
        ("iki_incomplete", {"n": 3, "m": 2}),
    ]
    assert content_problems(value)[0].message() == "RHK 2 belum berisi uraian."


def test_only_tambahan_is_not_enough():
    value = skp(Rhk("Tambahan", JenisRhk.TAMBAHAN, iki=[Iki("Jumlah", target="1")]))
    assert codes(value) == [("no_utama", {})]


@pytest.mark.parametrize(
    ("period", "tmt", "months"),
    [
        ("TAHUNAN", None, 12),
        ("TAHUNAN", date(2015, 3, 1), 12),  # appointed years ago
        ("TAHUNAN", date(2026, 4, 1), 9),  # April–December
        ("TAHUNAN", date(2026, 4, 15), 8),  # a mid-month TMT counts from May
        ("TW1", date(2026, 2, 1), 2),
        ("TW1", date(2026, 5, 1), 0),  # not yet in the jabatan
        ("TW2", date(2026, 5, 1), 2),
        ("B03", date(2026, 3, 1), 1),
        ("B03", date(2027, 1, 1), 0),
    ],
)
def test_credited_months_follow_the_tmt_jabatan(period, tmt, months):
    assert credited_months(Period(period), 2026, tmt) == months


@pytest.mark.parametrize(
    ("skp_score", "perilaku", "expected"),
    [("90", "80", "86.00"), ("85.5", "90.25", "87.40"), ("100", "100", "100.00")],
)
def test_pp46_prestasi_is_60_percent_skp_plus_40_percent_perilaku(skp_score, perilaku, expected):
    assert nilai_prestasi(Decimal(skp_score), Decimal(perilaku)) == Decimal(expected)


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        ("100", Sebutan.SANGAT_BAIK), ("91", Sebutan.SANGAT_BAIK), ("90.99", Sebutan.BAIK),
        ("76", Sebutan.BAIK), ("75.5", Sebutan.CUKUP), ("61", Sebutan.CUKUP),
        ("60", Sebutan.KURANG), ("51", Sebutan.KURANG), ("50", Sebutan.BURUK),
        ("0", Sebutan.BURUK),
    ],
)  # fmt: skip
def test_pp46_grade_bands(score, grade):
    assert sebutan(Decimal(score)) is grade


def lama(**overrides) -> PenilaianLama:
    values = {
        "staff_id": 1, "tahun": 2019, "nilai_skp": Decimal("85.5"),
        "nilai_perilaku": Decimal("90.25"), "nilai_prestasi": Decimal("87.40"),
        "sebutan": Sebutan.BAIK,
    }  # fmt: skip
    values.update(overrides)
    return PenilaianLama(**values)


def test_a_consistent_record_passes_without_warnings():
    assert check(lama()) == []


def test_inconsistent_figures_are_kept_with_a_warning():
    warnings = check(lama(nilai_prestasi=Decimal("91.00"), sebutan=Sebutan.BAIK))
    assert len(warnings) == 2
    assert "berbeda dari 60 % SKP + 40 % perilaku (87.40)" in warnings[0]
    assert "tidak sesuai nilai 91.00 (Sangat Baik)" in warnings[1]


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"tahun": 2022}, "tahun"),
        ({"tahun": 2010}, "tahun"),
        ({"nilai_skp": Decimal("101")}, "nilai"),
    ],
)
def test_impossible_records_are_refused(overrides, code):
    with pytest.raises(LegacyError) as info:
        check(lama(**overrides))
    assert info.value.code == code


def test_sebutan_is_read_in_any_case_and_spacing():
    assert parse_sebutan(" Sangat  baik") is Sebutan.SANGAT_BAIK
    with pytest.raises(LegacyError):
        parse_sebutan("Istimewa")
