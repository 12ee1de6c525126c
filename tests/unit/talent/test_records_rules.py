"""The rules of the talent inputs (core.talent.records): what the staff dialog, the store and
the imports refuse, with messages in Indonesian (English when asked)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import i18n
from desktop.core.models import (
    Asesmen,
    KategoriHukuman,
    RiwayatDiklat,
    RiwayatHukuman,
    RiwayatPak,
    StaffHistory,
    TingkatHukuman,
)
from desktop.core.talent.records import (
    check_asesmen,
    check_diklat,
    check_hukuman,
    check_list,
    check_pak,
    first_problem,
)

TODAY = date(2026, 12, 5)


def _codes(problems) -> list[tuple[str, str]]:
    return [(name, p.code) for name, p in problems]


def test_a_disciplinary_sanction_needs_its_tingkat():
    missing = RiwayatHukuman("teguran tertulis", KategoriHukuman.DISIPLIN)
    assert _codes(check_hukuman(missing, TODAY)) == [("tingkat", "tingkat_required")]
    as_typed = RiwayatHukuman("teguran tertulis", "disiplin", "")  # the editor's plain text
    assert _codes(check_hukuman(as_typed, TODAY)) == [("tingkat", "tingkat_required")]
    for tingkat in ("ringan", "sedang", "berat"):
        assert check_hukuman(RiwayatHukuman("x", "disiplin", tingkat), TODAY) == []


def test_a_code_of_ethics_breach_has_no_tingkat():
    assert check_hukuman(RiwayatHukuman("sanksi moral", KategoriHukuman.KODE_ETIK), TODAY) == []
    wrong = RiwayatHukuman("sanksi moral", KategoriHukuman.KODE_ETIK, TingkatHukuman.BERAT)
    assert _codes(check_hukuman(wrong, TODAY)) == [("tingkat", "tingkat_etik")]


def test_sanction_dates_in_order_and_sk_not_in_the_future():
    item = RiwayatHukuman(
        "penundaan kenaikan pangkat",
        "disiplin",
        "sedang",
        tanggal_sk=date(2027, 1, 1),
        tmt=date(2026, 2, 1),
        selesai=date(2026, 1, 1),
    )
    assert _codes(check_hukuman(item, TODAY)) == [("tanggal_sk", "future"), ("selesai", "order")]


@pytest.mark.parametrize(
    ("jpm", "ok"),
    [(0.0, True), (100.0, True), (78.0, True), (-0.1, False), (100.01, False), (None, False)],
)
def test_jpm_is_a_percentage(jpm, ok):
    problems = check_asesmen(Asesmen(date(2025, 3, 1), jpm), TODAY)
    assert (problems == []) is ok


def test_an_assessment_needs_a_date_not_in_the_future():
    assert _codes(check_asesmen(Asesmen(None, 80.0), TODAY)) == [("tanggal", "required")]
    assert _codes(check_asesmen(Asesmen(date(2027, 1, 1), 80.0), TODAY)) == [("tanggal", "future")]


def test_two_assessments_on_one_day_are_refused():
    items = [Asesmen(date(2025, 3, 1), 80.0), Asesmen(date(2025, 3, 1), 85.0)]
    [(row, field, problem)] = check_list("asesmen", items, TODAY)
    assert (row, field, problem.code) == (2, "tanggal", "duplicate")
    assert "baris 1" in problem.message()


@pytest.mark.parametrize(
    ("ak", "code"), [(0.0, None), (150.5, None), (-1.0, "negative"), (None, "required")]
)
def test_pak_cumulative_credit_is_at_least_zero(ak, code):
    problems = check_pak(RiwayatPak(date(2024, 1, 2), "800/1", "ahli_muda", "III/c", ak), TODAY)
    assert [p.code for _n, p in problems] == ([code] if code else [])


def test_training_hours_and_dates():
    ok = RiwayatDiklat("Bimtek", tanggal_mulai=date(2025, 1, 1), tanggal_selesai=date(2025, 1, 3))
    assert check_diklat(ok, TODAY) == []
    backwards = RiwayatDiklat(
        "Bimtek", tanggal_mulai=date(2025, 1, 3), tanggal_selesai=date(2025, 1, 1), jp=-2
    )
    assert _codes(check_diklat(backwards, TODAY)) == [
        ("jp", "negative"),
        ("tanggal_selesai", "order"),
    ]


def test_the_first_problem_names_its_list_and_row_in_either_language():
    history = StaffHistory(
        asesmen=[Asesmen(date(2025, 3, 1), 80.0), Asesmen(date(2025, 4, 1), 120)]
    )
    problem = first_problem(history, TODAY)
    assert problem is not None
    assert (
        problem.message() == "Hasil Asesmen, baris 2: JPM harus antara 0 dan 100 % (tertulis 120)."
    )
    assert problem.message("en") == (
        "Assessment results, row 2: JPM must be between 0 and 100 % (given 120)."
    )
    i18n.set_language("en")
    try:
        missing = first_problem(StaffHistory(hukuman=[RiwayatHukuman("x")]), TODAY)
        assert missing is not None and "Choose the level" in missing.message()
    finally:
        i18n.set_language("id")
    assert first_problem(StaffHistory(), TODAY) is None
