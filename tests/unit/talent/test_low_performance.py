"""Kurang / Sangat Kurang and consecutive periods (issue 14 item 5)."""

from __future__ import annotations

from desktop.core.talent.low_performance import Rated, find_low, period_label


def _r(tahun: int, periode: str, predikat: str = "kurang") -> Rated:
    return Rated(tahun, periode, predikat)


def test_one_low_period_is_listed_without_the_flag() -> None:
    finding = find_low([_r(2025, "TW1", "baik"), _r(2025, "TW3"), _r(2025, "TW4", "baik")], 2025)
    assert finding is not None and finding.low == (_r(2025, "TW3"),)
    assert not finding.berturut


def test_tw3_then_tw4_is_consecutive() -> None:
    finding = find_low([_r(2025, "TW4", "sangat_kurang"), _r(2025, "TW3")], 2025)
    assert finding is not None and finding.berturut
    assert finding.consecutive == ((_r(2025, "TW3"), _r(2025, "TW4", "sangat_kurang")),)


def test_months_and_the_turn_of_the_year() -> None:
    assert find_low([_r(2025, "B05"), _r(2025, "B06")], 2025).berturut
    assert not find_low([_r(2025, "B05"), _r(2025, "B07")], 2025).berturut
    assert find_low([_r(2024, "B12"), _r(2025, "B01")], 2025).berturut
    assert find_low([_r(2024, "TW4"), _r(2025, "TW1")], 2025).berturut


def test_annual_after_annual() -> None:
    finding = find_low([_r(2024, "TAHUNAN"), _r(2025, "TAHUNAN", "sangat_kurang")], 2025)
    assert finding.berturut and len(finding.low) == 1


def test_tw1_and_tw3_or_a_quarter_and_a_month_are_not_consecutive() -> None:
    assert not find_low([_r(2025, "TW1"), _r(2025, "TW3")], 2025).berturut
    assert not find_low([_r(2025, "TW1"), _r(2025, "B04")], 2025).berturut


def test_only_last_year_low_is_not_listed() -> None:
    assert find_low([_r(2024, "TAHUNAN"), _r(2025, "TAHUNAN", "baik")], 2025) is None
    assert find_low([], 2025) is None


def test_labels() -> None:
    assert period_label(_r(2025, "TAHUNAN", "sangat_kurang")) == "Tahunan 2025: Sangat Kurang"
    assert period_label(_r(2025, "TW3")) == "TW3 2025: Kurang/Misconduct"
