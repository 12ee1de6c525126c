"""Rules a staff record must keep before saving: errors block, warnings inform."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import i18n
from desktop.core.models import Gender, JenisJabatan, StatusPegawai
from desktop.core.staff_rules import normalize_golongan, validate_staff
from tests.conftest import make_staff

PPPK_NI = "199001012022211001"  # born 1 Jan 1990, appointed 2022, male


def fields(report, severity):
    return sorted(i.field for i in report.issues if i.severity.value == severity)


def test_a_consistent_record_passes():
    assert validate_staff(make_staff()).issues == []


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"nip": "19860926201505100"}, "nip"),
        ({"nama": "  "}, "nama"),
        ({"status": StatusPegawai.PPPK, "golongan": "IX"}, "nip"),
        ({"nip": PPPK_NI, "tanggal_lahir": date(1990, 1, 1), "tmt_cpns": None}, "status"),
        ({"golongan": "IX"}, "golongan"),
        ({"email": "budi@"}, "email"),
        ({"tmt_pns": date(2014, 1, 1)}, "tmt_pns"),
        ({"tanggal_lahir": date(2030, 1, 1)}, "tanggal_lahir"),
        ({"jenjang": "ahli_pertama", "jenis_jabatan": JenisJabatan.PELAKSANA}, "jenjang"),
        ({"aktif": False}, "nonaktif_alasan"),
        ({"nik": "17010426098600"}, "nik"),
    ],
)
def test_errors_block_saving(overrides, field):
    report = validate_staff(make_staff(**overrides))
    assert not report.ok
    assert field in fields(report, "error")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"tanggal_lahir": date(1986, 9, 27)}, "tanggal_lahir"),
        ({"jenis_kelamin": Gender.P}, "jenis_kelamin"),
        ({"nik": "1701046609860001"}, "nik"),  # NIK of a woman, NIP of a man
        ({"no_hp": "12345"}, "no_hp"),
    ],
)
def test_warnings_allow_saving(overrides, field):
    report = validate_staff(make_staff(**overrides))
    assert report.ok
    assert field in fields(report, "warning")


def test_pppk_with_ni_pppk_and_roman_golongan_passes():
    staff = make_staff(
        nip=PPPK_NI,
        status=StatusPegawai.PPPK,
        golongan="IX",
        tanggal_lahir=date(1990, 1, 1),
        tmt_cpns=None,
    )
    assert validate_staff(staff).ok


def test_messages_follow_the_language():
    i18n.set_language("en")
    report = validate_staff(make_staff(email="x@"))
    assert report.errors[0].message == "The e-mail address is not valid."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3b", "III/b"),
        ("III/B", "III/b"),
        ("iii - b", "III/b"),
        ("IV/e", "IV/e"),
        ("4a", "IV/a"),
        ("ix", "IX"),
        ("XVII", "XVII"),
        ("", ""),
    ],
)
def test_golongan_is_normalised(text, expected):
    assert normalize_golongan(text) == expected
