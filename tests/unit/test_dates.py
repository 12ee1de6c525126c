from collections.abc import Iterator
from datetime import date, datetime

import pytest

from desktop.core.dates import (
    MONTHS_ID,
    InvalidDate,
    excel_serial_to_date,
    format_date_id,
    format_date_short,
    parse_date,
    parse_date_optional,
)
from desktop.core.i18n import set_language


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("id")


def date_error(value: object) -> InvalidDate:
    with pytest.raises(InvalidDate) as info:
        parse_date(value)
    return info.value


def test_months() -> None:
    assert len(MONTHS_ID) == 12
    assert (MONTHS_ID[0], MONTHS_ID[7], MONTHS_ID[11]) == ("Januari", "Agustus", "Desember")


@pytest.mark.parametrize(
    ("d", "long", "short"),
    [
        (date(2026, 11, 23), "23 November 2026", "23-11-2026"),
        (date(1986, 1, 5), "5 Januari 1986", "05-01-1986"),
        (date(2000, 8, 17), "17 Agustus 2000", "17-08-2000"),
        (datetime(2024, 2, 29, 13, 5), "29 Februari 2024", "29-02-2024"),
    ],
)
def test_format(d: date, long: str, short: str) -> None:
    assert format_date_id(d) == long
    assert format_date_short(d) == short


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(1980, 1, 12), date(1980, 1, 12)),
        (datetime(1980, 1, 12, 8, 30), date(1980, 1, 12)),
        ("1980-01-12", date(1980, 1, 12)),
        ("1980-1-2", date(1980, 1, 2)),
        ("1980-01-12 00:00:00", date(1980, 1, 12)),
        ("1980-01-12T08:30", date(1980, 1, 12)),
        ("12-01-1980", date(1980, 1, 12)),
        ("12/01/1980", date(1980, 1, 12)),
        ("12.01.1980", date(1980, 1, 12)),
        ("2-1-1980", date(1980, 1, 2)),
        ("  12 - 01 - 1980 ", date(1980, 1, 12)),
        ("12 Januari 1980", date(1980, 1, 12)),
        ("12 januari 1980", date(1980, 1, 12)),
        ("12 JANUARI   1980", date(1980, 1, 12)),
        ("12 Jan 1980", date(1980, 1, 12)),
        ("12-Jan-1980", date(1980, 1, 12)),
        ("1 Februari 1980", date(1980, 2, 1)),
        ("1 Pebruari 1980", date(1980, 2, 1)),
        ("1 Maret 1980", date(1980, 3, 1)),
        ("1 Apr 1980", date(1980, 4, 1)),
        ("1 Mei 1980", date(1980, 5, 1)),
        ("1 Jun 1980", date(1980, 6, 1)),
        ("1 Jul 1980", date(1980, 7, 1)),
        ("17 Agustus 1980", date(1980, 8, 17)),
        ("17 Agu 1980", date(1980, 8, 17)),
        ("17 Agt 1980", date(1980, 8, 17)),
        ("17 Ags. 1980", date(1980, 8, 17)),
        ("1 Sep 1980", date(1980, 9, 1)),
        ("1 Okt 1980", date(1980, 10, 1)),
        ("1 Nov 1980", date(1980, 11, 1)),
        ("10 Nopember 1980", date(1980, 11, 10)),
        ("25 Des 1980", date(1980, 12, 25)),
        ("12 January 1980", date(1980, 1, 12)),
        ("12 May 1980", date(1980, 5, 12)),
        ("3 Oct 1980", date(1980, 10, 3)),
        ("25 December 1980", date(1980, 12, 25)),
        ("January 12, 1980", date(1980, 1, 12)),
        ("Senin, 23 November 2026", date(2026, 11, 23)),
        (29221, date(1980, 1, 1)),
        (29221.75, date(1980, 1, 1)),
    ],
)
def test_parse_date_accepts(value: object, expected: date) -> None:
    assert parse_date(value) == expected


def test_parse_date_month_first() -> None:
    assert parse_date("01/12/1980", dayfirst=False) == date(1980, 1, 12)
    assert parse_date("1980-01-12", dayfirst=False) == date(1980, 1, 12)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "format"),
        ("   ", "format"),
        ("kemarin", "format"),
        ("12 Foo 1980", "format"),
        ("12-01", "format"),
        ("29221", "format"),
        ("12-01-19800", "format"),
        ("12-01/1980", "format"),
        (True, "format"),
        (None, "format"),
        ([1980, 1, 12], "format"),
        ("12-01-80", "two_digit_year"),
        ("12/1/80", "two_digit_year"),
        ("12 Jan 80", "two_digit_year"),
        ("30-02-1980", "invalid"),
        ("31 April 1980", "invalid"),
        ("12-13-1980", "invalid"),
        ("00-01-1980", "invalid"),
        ("1980-02-30", "invalid"),
        (60, "invalid"),
        (0, "invalid"),
        (-5, "invalid"),
        (2958466, "invalid"),
        (float("nan"), "invalid"),
        (float("inf"), "invalid"),
    ],
)
def test_parse_date_rejects(value: object, code: str) -> None:
    assert date_error(value).code == code


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (29221, date(1980, 1, 1)),
        (36526, date(2000, 1, 1)),
        (43831, date(2020, 1, 1)),
        (45000, date(2023, 3, 15)),
        (2958465, date(9999, 12, 31)),
    ],
)
def test_excel_serial(serial: int, expected: date) -> None:
    assert excel_serial_to_date(serial) == expected


@pytest.mark.parametrize("value", [None, "", "  ", "-", " - ", float("nan")])
def test_parse_date_optional_empty(value: object) -> None:
    assert parse_date_optional(value) is None


def test_parse_date_optional_value() -> None:
    assert parse_date_optional("23-11-2026") == date(2026, 11, 23)
    with pytest.raises(InvalidDate):
        parse_date_optional("23-11-26")


def test_messages_indonesian_by_default() -> None:
    assert date_error("30-02-1980").message() == "Tanggal tidak ada di kalender: '30-02-1980'."
    assert date_error("kemarin").message().startswith("Format tanggal tidak dikenali: 'kemarin'.")


def test_messages_english(english: None) -> None:
    assert str(date_error("30-02-1980")) == "No such date on the calendar: '30-02-1980'."
    assert str(date_error("12-01-80")).startswith("Two-digit years are ambiguous")
