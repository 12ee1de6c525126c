"""The IP ASN pre-check from the database (store.talent_ipasn): each person's points from
their records, the sanction and training windows, the rubric version, the averages."""

from __future__ import annotations

import pytest

from desktop.core.access import AccessError
from desktop.core.errors import NotFound
from desktop.core.talent.ipasn import Band, Dimensi
from desktop.store import session as sessions
from desktop.store.talent_ipasn import ipasn_report, rubric
from tests.unit.talent.jp_support import YEAR, add_hukuman, build_office


@pytest.fixture
def office(fresh_db):
    return build_office(fresh_db)


def _by_name(report):
    return {r.nama: r for r in report.results}


def _points(result):
    return tuple(result.score(d).nilai for d in Dimensi)


def test_each_person_scored_from_their_records(fresh_db, office):
    people = _by_name(ipasn_report(fresh_db, YEAR))
    assert set(people) == {"Ani Rajin", "Budi Kurang", "Citra Pemimpin", "Dedi Kosong"}
    # pelaksana S1: teknis 16 JP (< 20), seminars; Baik; no sanction
    assert _points(people["Ani Rajin"]) == (15, 17.5, 25, 5)
    assert people["Ani Rajin"].band is Band.RENDAH  # 62.5
    # fungsional D3: no diklat fungsional, 10 + 6 JP teknis, no seminar; Kurang
    assert _points(people["Budi Kurang"]) == (10, 0, 15, 5)
    # administrator S2: PKA (2019) and 30 JP bimtek in 2024; Sangat Baik; hukuman ringan
    assert _points(people["Citra Pemimpin"]) == (20, 30, 30, 3)
    assert people["Citra Pemimpin"].band is Band.TINGGI  # 83
    assert "PKA Angkatan V" in people["Citra Pemimpin"].score(Dimensi.KOMPETENSI).bukti
    assert _points(people["Dedi Kosong"]) == (0, 0, 0, 5)


def test_last_years_predikat_when_this_years_is_not_set(fresh_db, office):
    rajin = _by_name(ipasn_report(fresh_db, YEAR + 1))["Ani Rajin"]
    assert rajin.score(Dimensi.KINERJA).nilai == 25
    assert rajin.score(Dimensi.KINERJA).bukti == "Baik (2025)"
    # 2026's window is 2025–2026: the 16 JP teknis still count, the 2024 course does not
    assert "teknis 16 JP" in rajin.score(Dimensi.KOMPETENSI).bukti


@pytest.mark.parametrize(
    ("tmt", "selesai", "counted"),
    [
        ("2025-04-01", None, True),  # set in the year
        ("2024-06-01", "2025-05-31", True),  # running into the year
        ("2024-06-01", "2024-12-31", False),  # ended before it
        ("2023-01-01", None, False),  # an old one without an end date
        ("2026-01-05", None, False),  # after the year
    ],
)
def test_a_sanction_counts_when_set_or_running_in_the_year(fresh_db, office, tmt, selesai, counted):
    add_hukuman(fresh_db, office.staff["kosong"], "berat", tmt, selesai)
    kosong = _by_name(ipasn_report(fresh_db, YEAR))["Dedi Kosong"]
    assert kosong.score(Dimensi.DISIPLIN).nilai == (1 if counted else 5)


def test_a_code_of_ethics_breach_is_not_a_disciplinary_penalty(fresh_db, office):
    add_hukuman(fresh_db, office.staff["kosong"], "", "2025-02-01", kategori="kode_etik")
    assert _by_name(ipasn_report(fresh_db, YEAR))["Dedi Kosong"].score(Dimensi.DISIPLIN).nilai == 5


def test_the_heaviest_sanction_of_the_year_counts(fresh_db, office):
    add_hukuman(fresh_db, office.staff["pemimpin"], "sedang", "2025-09-01")
    pemimpin = _by_name(ipasn_report(fresh_db, YEAR))["Citra Pemimpin"]
    assert pemimpin.score(Dimensi.DISIPLIN).nilai == 2


def test_averages_overall_and_per_opd(fresh_db, office):
    report = ipasn_report(fresh_db, YEAR)
    totals = [r.total for r in report.results]
    assert report.summary.average == pytest.approx(sum(totals) / 4)
    lines = {u.unit_nama: u.summary for u in report.units}
    assert set(lines) == {"Dinas Kesehatan", "Dinas Pendidikan"}
    assert lines["Dinas Kesehatan"].average == pytest.approx((83 + 5) / 2)
    assert sum(report.summary.bands.values()) == 4


def test_the_rubric_version_is_the_newest_or_the_offices_choice(fresh_db, office):
    fresh_db.execute(
        "INSERT INTO ref_ipasn SELECT '2099', dimensi, kode, uraian, nilai / 2, urutan "
        "FROM ref_ipasn WHERE versi = '2019'"
    )
    fresh_db.conn.commit()
    assert rubric(fresh_db).versi == "2099"
    assert ipasn_report(fresh_db, YEAR).rubric.versi == "2099"
    assert rubric(fresh_db, "2019").nilai(Dimensi.KINERJA, "baik") == 25
    with pytest.raises(NotFound):
        rubric(fresh_db, "1999")


def test_a_pegawai_may_not_see_the_list(fresh_db, office):
    from desktop.core.workflow import Role

    sessions.begin(sessions.Session(role=Role.PEGAWAI, staff_id=office.staff["rajin"]))
    with pytest.raises(AccessError):
        ipasn_report(fresh_db, YEAR)
