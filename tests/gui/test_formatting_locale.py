"""One locale helper for numbers, decimals and times: Indonesian ``1.494``, ``3,5``, ``06.31``;
English ``1,494``, ``3.5``, ``06:31``."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.core import i18n
from desktop.ui.formatting import format_count, format_datetime_short, format_decimal, format_time

MOMENT = datetime(2026, 11, 23, 6, 31)


@pytest.fixture
def english():
    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


def test_indonesian_numbers_and_times():
    assert i18n.language() == "id"
    assert format_count(1494) == "1.494"
    assert format_decimal(1234.56) == "1.234,6"
    assert format_decimal(3.5, 2) == "3,50"
    assert format_time(MOMENT) == "06.31"
    assert format_datetime_short(MOMENT) == "23-11-2026 06.31"


def test_english_numbers_and_times(english):
    assert format_count(1494) == "1,494"
    assert format_decimal(1234.56) == "1,234.6"
    assert format_time(MOMENT) == "06:31"
    assert format_datetime_short(MOMENT) == "23-11-2026 06:31"


def test_published_figures_round_half_up_in_either_language(english):
    """SKM indices are Decimals rounded half up (81,125 → 81,13), as the survey rules print
    them; the separator follows the language (the SKM screens used to force a comma)."""
    from decimal import Decimal

    assert format_decimal(Decimal("81.125"), 2) == "81.13"
    i18n.set_language("id")
    assert format_decimal(Decimal("81.125"), 2) == "81,13"
    assert format_decimal(Decimal("3.0625"), 3) == "3,063"
