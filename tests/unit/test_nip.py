from collections.abc import Iterator
from datetime import date

import pytest

from desktop.core.i18n import set_language
from desktop.core.models import Gender
from desktop.core.nip import (
    IdentityWarning,
    InvalidNik,
    InvalidNip,
    NipKind,
    cross_check,
    format_nip,
    is_excel_scientific,
    normalize_digits,
    parse_nik,
    parse_nip,
)

TODAY = date(2026, 11, 23)
PNS_MALE = "198609262015051001"
PNS_FEMALE = "199203142019032007"
PPPK = "199001012022211004"


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("id")


def nip_error(text: str) -> InvalidNip:
    with pytest.raises(InvalidNip) as info:
        parse_nip(text, today=TODAY)
    return info.value


def nik_error(text: str) -> InvalidNik:
    with pytest.raises(InvalidNik) as info:
        parse_nik(text, reference=TODAY)
    return info.value


# --- NIP: valid numbers -------------------------------------------------------------------------


def test_pns_male() -> None:
    info = parse_nip(PNS_MALE, today=TODAY)
    assert info.kind is NipKind.PNS
    assert info.birth_date == date(1986, 9, 26)
    assert info.appointment == date(2015, 5, 1)
    assert info.gender is Gender.L
    assert info.serial == 1
    assert info.formatted == "19860926 201505 1 001"


def test_pns_female() -> None:
    info = parse_nip(PNS_FEMALE, today=TODAY)
    assert (info.kind, info.gender, info.serial) == (NipKind.PNS, Gender.P, 7)
    assert info.appointment == date(2019, 3, 1)


def test_pppk() -> None:
    info = parse_nip(PPPK, today=TODAY)
    assert info.kind is NipKind.PPPK
    assert info.birth_date == date(1990, 1, 1)
    assert info.appointment == date(2022, 1, 1)
    assert (info.gender, info.serial) == (Gender.L, 4)
    assert info.formatted == "19900101 2022 21 1 004"


@pytest.mark.parametrize(
    "text",
    [
        "19860926 201505 1 001",
        "19860926.201505.1.001",
        "19860926-201505-1-001",
        "  19860926 201505 1 001  ",
        "NIP. 19860926 201505 1 001",
        "NIP: 198609262015051001",
        "nip 198609262015051001",
        "'198609262015051001",
        "'NIP. 19860926 201505 1 001",
        "19860926\u00a0201505\u00a01\u00a0001",
    ],
)
def test_separators_and_labels_accepted(text: str) -> None:
    assert normalize_digits(text) == PNS_MALE
    assert parse_nip(text, today=TODAY).formatted == "19860926 201505 1 001"


def test_appointed_exactly_at_18_by_month() -> None:
    # born 15 May 1997, TMT 1 May 2015: 18 by year/month
    assert parse_nip("199705152015051001", today=TODAY).appointment == date(2015, 5, 1)


def test_pppk_age_judged_over_the_appointment_year() -> None:
    # born December 2004, PPPK 2022: turns 18 within the appointment year
    assert parse_nip("200412012022212001", today=TODAY).kind is NipKind.PPPK


def test_appointment_within_a_year_tolerated() -> None:
    assert parse_nip("199801012027061001", today=TODAY).appointment == date(2027, 6, 1)


# --- NIP: broken numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("19860926201505100", "length", {"n": 17}),
        ("1986092620150510011", "length", {"n": 19}),
        ("", "length", {"n": 0}),
        ("19860926201505100l", "chars", {"char": "l"}),
        ("NIK 198609262015051001", "chars", {"char": "N"}),
        ("1986O926201505100I", "chars", {"char": "O"}),
        ("198602302015051001", "birth_date", {"part": "19860230"}),
        ("198613322015051001", "birth_date", {"part": "19861332"}),
        ("193901011965011001", "birth_year", {"part": "1939"}),
        ("198609262015001001", "tmt", {"part": "201500"}),
        ("198609262015131001", "tmt", {"part": "201513"}),
        ("198609260000211001", "tmt", {"part": "000021"}),
        ("198609262015050001", "gender", {"part": "0"}),
        ("198609262015053001", "gender", {"part": "3"}),
        ("198609262015051000", "serial", {"part": "000"}),
        ("200001012015051001", "too_young", {"age": 15, "tmt": "Mei 2015"}),
        ("199706152015051001", "too_young", {"age": 17, "tmt": "Mei 2015"}),
        ("195001012015011001", "too_old", {"age": 65, "tmt": "Januari 2015"}),
        ("199801012028011001", "future", {"tmt": "Januari 2028"}),
        ("199801012028212001", "future", {"tmt": "2028"}),
        ("1.98609E+17", "scientific", {"text": "1.98609E+17"}),
    ],
)
def test_broken_nip(text: str, code: str, params: dict[str, object]) -> None:
    error = nip_error(text)
    assert error.code == code
    assert params.items() <= error.params.items()


def test_month_21_means_pppk() -> None:
    # digits 13-14 = 21 can never be a TMT month, so the number is read as PPPK
    assert parse_nip("199001012022212001", today=TODAY).kind is NipKind.PPPK


def test_today_defaults_to_the_clock() -> None:
    assert parse_nip(PNS_MALE).kind is NipKind.PNS


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("19860926201505100", "NIP harus 18 digit (tertulis 17 digit)."),
        ("198613322015051001", "Tanggal lahir pada NIP tidak valid: 19861332."),
        ("198609262015051000", "Nomor urut pada NIP tidak boleh 000."),
    ],
)
def test_nip_messages_indonesian_by_default(text: str, message: str) -> None:
    assert str(nip_error(text)) == message
    assert nip_error(text).message() == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("19860926201505100", "A NIP must have 18 digits (17 given)."),
        ("198613322015051001", "The birth date in the NIP is not valid: 19861332."),
    ],
)
def test_nip_messages_english(english: None, text: str, message: str) -> None:
    assert str(nip_error(text)) == message


def test_message_language_can_be_forced() -> None:
    error = nip_error("19860926201505100")
    assert error.message("en") == "A NIP must have 18 digits (17 given)."
    assert error.message("id") == "NIP harus 18 digit (tertulis 17 digit)."


# --- formatting and Excel damage ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PNS_MALE, "19860926 201505 1 001"),
        (PPPK, "19900101 2022 21 1 004"),
        ("19860926.201505.1.001", "19860926 201505 1 001"),
        ("1986092620150510", "1986092620150510"),
        ("abc", "abc"),
        ("", ""),
    ],
)
def test_format_nip(text: str, expected: str) -> None:
    assert format_nip(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.98609E+17", True),
        ("1,98609E+17", True),
        ("1.98609262015051E+17", True),
        ("1.98609e17", True),
        ("1.98609E17", True),
        (" 1.98609E+17 ", True),
        ("3.20101E+15", True),
        (PNS_MALE, False),
        ("19860926 201505 1 001", False),
        ("E+17", False),
        ("", False),
    ],
)
def test_is_excel_scientific(text: str, expected: bool) -> None:
    assert is_excel_scientific(text) is expected


# --- NIK ----------------------------------------------------------------------------------------


def test_nik_male() -> None:
    info = parse_nik("3201012609860001", reference=TODAY)
    assert info.region == "320101"
    assert (info.province, info.regency, info.district) == ("32", "01", "01")
    assert info.birth_date == date(1986, 9, 26)
    assert info.gender is Gender.L
    assert info.serial == 1


def test_nik_female_day_plus_40() -> None:
    info = parse_nik("3201015403920002", reference=TODAY)
    assert info.birth_date == date(1992, 3, 14)
    assert info.gender is Gender.P


@pytest.mark.parametrize(
    ("yymmdd", "reference", "expected"),
    [
        ("150110", date(2026, 11, 23), date(2010, 1, 15)),
        ("150127", date(2026, 11, 23), date(1927, 1, 15)),
        ("150126", date(2026, 1, 20), date(2026, 1, 15)),
        ("151226", date(2026, 11, 23), date(1926, 12, 15)),
        ("290200", date(2026, 11, 23), date(2000, 2, 29)),
        ("010140", date(2026, 11, 23), date(1940, 1, 1)),
    ],
)
def test_nik_century_choice(yymmdd: str, reference: date, expected: date) -> None:
    assert parse_nik(f"320101{yymmdd}0001", reference=reference).birth_date == expected


def test_nik_no_century_fits() -> None:
    assert parse_nik("3201010101300001", reference=date(2150, 1, 1)).birth_date is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("320101260986000", "length"),
        ("32010126098600011", "length"),
        ("320101260986000A", "chars"),
        ("3.20101E+15", "scientific"),
        ("1001012609860001", "region"),
        ("0001012609860001", "region"),
        ("3200012609860001", "region"),
        ("3201013209860001", "birth_date"),
        ("3201010009860001", "birth_date"),
        ("3201017209860001", "birth_date"),
        ("3201012613860001", "birth_date"),
        ("3201013002860001", "birth_date"),
        ("3201012609860000", "serial"),
    ],
)
def test_broken_nik(text: str, code: str) -> None:
    assert nik_error(text).code == code


def test_nik_accepts_separators_and_label() -> None:
    assert parse_nik("NIK: 3201.0126.0986.0001", reference=TODAY).serial == 1


def test_nik_messages() -> None:
    assert str(nik_error("320101260986000")) == "NIK harus 16 digit (tertulis 15 digit)."
    assert (
        nik_error("3201013209860001").message("en")
        == "The birth date in the NIK is not valid: 320986."
    )


# --- cross-check --------------------------------------------------------------------------------


def test_cross_check_agrees() -> None:
    nip = parse_nip(PNS_FEMALE, today=TODAY)
    nik = parse_nik("3201015403920002", reference=TODAY)
    assert cross_check(nip, nik) == []


def test_cross_check_birth_date_mismatch() -> None:
    nip = parse_nip(PNS_MALE, today=TODAY)
    nik = parse_nik("3201012609870001", reference=TODAY)
    (warning,) = cross_check(nip, nik)
    assert warning.code == "birth_date_mismatch"
    assert (
        warning.message() == "Tanggal lahir pada NIP (26-09-1986) berbeda dengan NIK (26-09-1987)."
    )


def test_cross_check_gender_mismatch() -> None:
    nip = parse_nip(PNS_MALE, today=TODAY)
    nik = parse_nik("3201016609860001", reference=TODAY)
    (warning,) = cross_check(nip, nik)
    assert warning.code == "gender_mismatch"
    assert warning.message() == "Jenis kelamin pada NIP (laki-laki) berbeda dengan NIK (perempuan)."


def test_cross_check_both_mismatches() -> None:
    nip = parse_nip(PNS_MALE, today=TODAY)
    nik = parse_nik("3201016609870001", reference=TODAY)
    codes = [w.code for w in cross_check(nip, nik)]
    assert codes == ["birth_date_mismatch", "gender_mismatch"]


def test_warning_message_english(english: None) -> None:
    warning = IdentityWarning("gender_mismatch", Gender.L, Gender.P)
    assert str(warning) == "The gender in the NIP (male) differs from the one in the NIK (female)."
    assert warning.message("id").startswith("Jenis kelamin pada NIP (laki-laki)")
