"""The JP ledger's rules (core.talent.jp): the counting year, target arithmetic, unit lines
and the suggested development needs."""

from __future__ import annotations

import pytest

from desktop.core.appraisal import Predikat, Rating
from desktop.core.talent.jp import (
    Appraisal,
    Bentuk,
    JpPerson,
    RhkResult,
    basis_text,
    bentuk_of,
    counting_year,
    suggest,
    summarize,
    total_line,
)


@pytest.mark.parametrize(
    ("mulai", "selesai", "year"),
    [
        ("2024-12-28", "2025-01-03", 2025),  # spans the new year: the year it ends
        ("2025-03-01", None, 2025),  # no end date: the start
        ("2025-03-01", "", 2025),
        (None, "2023-11-30", 2023),
        (None, None, None),
        ("tanggal?", None, None),
    ],
)
def test_a_training_counts_in_the_year_it_ends_else_starts(mulai, selesai, year):
    assert counting_year(mulai, selesai) == year


def _person(n: int, jp: int, unit: int = 1, target: int = 20) -> JpPerson:
    return JpPerson(n, f"nip{n}", f"Orang {n}", "Jabatan", unit, "Unit", target, klasikal=jp)


@pytest.mark.parametrize(
    ("jp", "short", "reached"), [(0, 20, False), (19, 1, False), (20, 0, True), (45, 0, True)]
)
def test_short_is_what_is_missing_to_the_target(jp, short, reached):
    p = _person(1, jp)
    assert (p.short, p.reached) == (short, reached)


def test_total_adds_the_three_forms():
    p = JpPerson(1, "n", "N", "J", 1, "U", 20, klasikal=8, nonklasikal=6, lainnya=7)
    assert p.total == 21 and p.reached


def test_unit_lines_group_count_and_average():
    people = [_person(1, 30, unit=11), _person(2, 10, unit=12), _person(3, 0, unit=13)]
    groups = {11: (1, "Dinas A"), 12: (1, "Dinas A"), 13: (2, "Badan B")}
    lines = summarize(people, groups)
    assert [(u.unit_nama, u.staff, u.reached, u.below, u.total_jp) for u in lines] == [
        ("Badan B", 1, 0, 1, 0),
        ("Dinas A", 2, 1, 1, 40),
    ]
    assert lines[1].average == 20.0 and lines[1].reached_share == 50.0
    total = total_line(lines, "Jumlah")
    assert (total.staff, total.reached, total.total_jp) == (3, 1, 40)


def test_an_unknown_form_is_lainnya():
    assert bentuk_of(None) is Bentuk.LAINNYA
    assert bentuk_of("nonklasikal") is Bentuk.NONKLASIKAL
    assert bentuk_of("aneh") is Bentuk.LAINNYA


RHKS = [
    RhkResult("Pembelajaran kelas", (("36 pertemuan", "35 pertemuan"),)),
    RhkResult("Modul ajar", (("12 modul", "3 modul"),)),
    RhkResult("Laporan", (("1 laporan", "belum"),)),  # not comparable: left out of the ranking
]


def test_the_rhk_with_the_lowest_realisation_is_suggested():
    low = Appraisal("TAHUNAN", Predikat.BUTUH_PERBAIKAN, Rating.DI_BAWAH, Rating.SESUAI)
    assert suggest(low, RHKS) == ("Pelatihan/pengembangan terkait: Modul ajar",)


def test_every_rhk_when_no_realisation_can_be_compared():
    low = Appraisal("TW2", Predikat.BUTUH_PERBAIKAN, Rating.DI_BAWAH, Rating.DI_ATAS)
    rhks = [RhkResult("A", (("5 dokumen", ""),)), RhkResult("B")]
    assert suggest(low, rhks) == (
        "Pelatihan/pengembangan terkait: A",
        "Pelatihan/pengembangan terkait: B",
    )


def test_behaviour_below_expectation_suggests_berakhlak_coaching():
    low = Appraisal("TAHUNAN", Predikat.KURANG, Rating.SESUAI, Rating.DI_BAWAH)
    assert suggest(low, RHKS, ["Akuntabel"]) == ("Coaching/mentoring perilaku kerja: Akuntabel",)
    assert suggest(low, RHKS) == ("Coaching/mentoring perilaku kerja: BerAKHLAK",)


def test_both_below_suggests_both_and_no_rhk_is_named_as_such():
    low = Appraisal("TAHUNAN", Predikat.SANGAT_KURANG, Rating.DI_BAWAH, Rating.DI_BAWAH)
    assert suggest(low, []) == (
        "Pelatihan teknis sesuai tugas jabatan (RHK belum tercatat)",
        "Coaching/mentoring perilaku kerja: BerAKHLAK",
    )


@pytest.mark.parametrize("predikat", [Predikat.SANGAT_BAIK, Predikat.BAIK])
def test_at_or_above_expectation_suggests_nothing(predikat):
    fine = Appraisal("TAHUNAN", predikat, Rating.SESUAI, Rating.SESUAI)
    assert suggest(fine, RHKS) == ()


def test_basis_names_the_period_and_what_was_below():
    low = Appraisal("TW3", Predikat.BUTUH_PERBAIKAN, Rating.DI_BAWAH, Rating.SESUAI)
    assert basis_text(2025, low) == "TW3 2025: Butuh Perbaikan; hasil kerja di bawah ekspektasi"
