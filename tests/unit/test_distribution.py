"""SE MenPANRB 3/2023 quotas per capaian organisasi, at and around each limit."""

from __future__ import annotations

import pytest

from desktop.core.appraisal import CapaianOrganisasi as Org
from desktop.core.appraisal import Predikat as P
from desktop.core.distribution import Bound, check_distribution, count_predikat

SB, B, BP, K, SK = P.SANGAT_BAIK, P.BAIK, P.BUTUH_PERBAIKAN, P.KURANG, P.SANGAT_KURANG


def counts(**by_name: int) -> dict[P, int]:
    return {P(k): v for k, v in by_name.items()}


def broken(capaian, c):
    return [
        (b.quota.predikat, b.quota.bound, b.actual, b.limit, b.people)
        for b in check_distribution(capaian, c)
    ]


@pytest.mark.parametrize(("sb", "ok"), [(6, True), (7, True), (8, False)])
def test_istimewa_allows_at_most_70_percent_sangat_baik(sb, ok):
    c = counts(sangat_baik=sb, baik=10 - sb)
    assert (broken(Org.ISTIMEWA, c) == []) is ok


def test_istimewa_breach_says_by_how_many():
    assert broken(Org.ISTIMEWA, counts(sangat_baik=9, baik=1)) == [((SB,), Bound.MAX, 9, 7, 2)]


@pytest.mark.parametrize(
    ("c", "expected"),
    [
        (counts(baik=7, sangat_baik=2, butuh_perbaikan=1), []),
        (counts(baik=7, sangat_baik=2, kurang=1), []),
        (counts(baik=8, sangat_baik=1, butuh_perbaikan=1), [((B,), Bound.MAX, 8, 7, 1)]),
        (counts(baik=7, sangat_baik=3), [((BP, K), Bound.MIN, 0, 1, 1)]),
    ],
)
def test_baik_caps_baik_and_needs_one_butuh_perbaikan_or_kurang(c, expected):
    assert broken(Org.BAIK, c) == expected


@pytest.mark.parametrize(
    ("c", "expected"),
    [
        (counts(butuh_perbaikan=6, sangat_baik=1, baik=3), []),
        (counts(butuh_perbaikan=5, baik=5), [((BP,), Bound.MIN, 5, 6, 1)]),
        (counts(butuh_perbaikan=6, sangat_baik=2, baik=2), [((SB,), Bound.MAX, 2, 1, 1)]),
    ],
)
def test_butuh_perbaikan_quotas(c, expected):
    assert broken(Org.BUTUH_PERBAIKAN, c) == expected


@pytest.mark.parametrize(
    ("c", "expected"),
    [
        (counts(kurang=6, butuh_perbaikan=1, sangat_baik=1, baik=2), []),
        (counts(kurang=5, butuh_perbaikan=1, baik=4), [((K,), Bound.MIN, 5, 6, 1)]),
        (counts(kurang=6, baik=4), [((BP,), Bound.MIN, 0, 1, 1)]),
        (counts(kurang=6, butuh_perbaikan=1, sangat_baik=2, baik=1), [((SB,), Bound.MAX, 2, 1, 1)]),
    ],
)
def test_kurang_quotas(c, expected):
    assert broken(Org.KURANG, c) == expected


@pytest.mark.parametrize(
    ("c", "expected"),
    [
        (counts(sangat_kurang=6, kurang=1, baik=3), []),
        (counts(sangat_kurang=6, butuh_perbaikan=1, baik=3), []),
        (counts(sangat_kurang=5, kurang=1, baik=4), [((SK,), Bound.MIN, 5, 6, 1)]),
        (counts(sangat_kurang=6, baik=4), [((K, BP), Bound.MIN, 0, 1, 1)]),
        (counts(sangat_kurang=6, kurang=1, sangat_baik=1, baik=2), [((SB,), Bound.MAX, 1, 0, 1)]),
    ],
)
def test_sangat_kurang_quotas(c, expected):
    assert broken(Org.SANGAT_KURANG, c) == expected


def test_minimum_rounds_up_and_maximum_rounds_down():
    # 7 staff: 60 % = 4.2 → need 5; 10 % = 0.7 → at most 0 Sangat Baik.
    assert broken(Org.BUTUH_PERBAIKAN, counts(butuh_perbaikan=5, baik=2)) == []
    assert broken(Org.BUTUH_PERBAIKAN, counts(butuh_perbaikan=4, baik=3)) == [
        ((BP,), Bound.MIN, 4, 5, 1)
    ]
    assert broken(Org.BUTUH_PERBAIKAN, counts(butuh_perbaikan=5, sangat_baik=1, baik=1)) == [
        ((SB,), Bound.MAX, 1, 0, 1)
    ]


def test_an_empty_unit_breaks_nothing():
    assert broken(Org.BAIK, counts()) == []


def test_messages_name_the_quota_and_the_people():
    breach = check_distribution(Org.ISTIMEWA, counts(sangat_baik=9, baik=1))[0]
    assert breach.message() == (
        "Kuota 'Sangat Baik ≤ 70 %' terlampaui: 9 orang, batas 7 (kelebihan 2 orang)."
    )


def test_count_predikat_lists_every_bar_best_first():
    assert count_predikat([B, B, SK, "baik"]) == {SB: 0, B: 3, BP: 0, K: 0, SK: 1}
