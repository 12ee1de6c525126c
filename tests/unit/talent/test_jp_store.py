"""The JP ledger from the database (store.talent_jp): sums by form, the counting year, who is
in it, unit lines, training needs and the session's scope."""

from __future__ import annotations

import pytest

from desktop.core.access import AccessError
from desktop.store import session as sessions
from desktop.store.talent_jp import jp_ledger
from desktop.store.talent_settings import save_talent_settings, talent_settings
from tests.unit.talent.jp_support import YEAR, add_diklat, build_office


@pytest.fixture
def office(fresh_db):
    return build_office(fresh_db)


def _by_name(ledger):
    return {p.nama: p for p in ledger.people}


def test_jp_by_form_and_the_new_year_course(fresh_db, office):
    people = _by_name(jp_ledger(fresh_db, YEAR))
    rajin = people["Ani Rajin"]
    # 16 teknis + 12 kursus (28 Dec 2024 – 3 Jan 2025 counts in 2025) + 0 seminar; 8 coaching
    assert (rajin.klasikal, rajin.nonklasikal, rajin.lainnya) == (28, 8, 0)
    assert rajin.reached and rajin.short == 0
    kurang = people["Budi Kurang"]
    assert (kurang.lainnya, kurang.total, kurang.short) == (6, 6, 14)
    assert people["Dedi Kosong"].total == 0


def test_the_course_is_not_counted_again_in_the_year_it_started(fresh_db, office):
    people = _by_name(jp_ledger(fresh_db, YEAR - 1))
    assert people["Ani Rajin"].total == 0
    assert people["Budi Kurang"].klasikal == 10
    assert people["Citra Pemimpin"].klasikal == 30


def test_pppk_are_not_in_the_ledger(fresh_db, office):
    assert "Eka Kontrak" not in _by_name(jp_ledger(fresh_db, YEAR))


INDEPENDENT_SUM = """
SELECT s.nama, SUM(d.jp) FROM riwayat_diklat AS d, staff AS s
WHERE s.id = d.staff_id AND s.status <> 'pppk' AND s.aktif = 1
  AND CAST(strftime('%Y', CASE WHEN d.tanggal_selesai IS NULL OR d.tanggal_selesai = ''
                               THEN d.tanggal_mulai ELSE d.tanggal_selesai END) AS INTEGER) = ?
GROUP BY s.nama
"""


@pytest.mark.parametrize("year", [YEAR - 1, YEAR])
def test_jp_sums_equal_an_independent_sql_sum(fresh_db, office, year):
    for n in range(30):  # more rows, of every form, spread over the two years
        add_diklat(fresh_db, office.staff["kosong"], f"Pelatihan {n}", n % 7 + 1,
                   f"{year - n % 2}-0{n % 9 + 1}-01", None if n % 3 else f"{year}-12-31",
                   (None, "teknis", "mentoring", "magang")[n % 4])  # fmt: skip
    ledger = jp_ledger(fresh_db, year)
    expected = dict(fresh_db.execute(INDEPENDENT_SUM, [year]).fetchall())
    got = {p.nama: p.total for p in ledger.people if p.total}
    assert got == expected
    assert ledger.total.total_jp == sum(expected.values())
    assert sum(u.total_jp for u in ledger.units) == ledger.total.total_jp


def test_unit_lines_are_the_opds_for_the_office_and_sub_units_for_a_unit(fresh_db, office):
    whole = jp_ledger(fresh_db, YEAR)
    assert [(u.unit_nama, u.staff, u.reached) for u in whole.units] == [
        ("Dinas Kesehatan", 2, 0),
        ("Dinas Pendidikan", 2, 1),  # the bidang's staff are in their OPD's line
    ]
    assert (whole.total.staff, whole.total.reached, whole.total.below) == (4, 1, 3)
    opd = jp_ledger(fresh_db, YEAR, office.units["A"])
    assert [(u.unit_nama, u.staff) for u in opd.units] == [
        ("Bidang Guru", 1),
        ("Dinas Pendidikan", 1),
    ]
    assert opd.unit_nama == "Dinas Pendidikan"


def test_below_lists_the_most_short_first(fresh_db, office):
    below = jp_ledger(fresh_db, YEAR).below
    assert [(p.nama, p.short) for p in below] == [
        ("Citra Pemimpin", 20), ("Dedi Kosong", 20), ("Budi Kurang", 14),
    ]  # fmt: skip


def test_the_target_is_the_office_setting(fresh_db, office):
    from dataclasses import replace

    save_talent_settings(fresh_db, replace(talent_settings(fresh_db), target_jp=40))
    ledger = jp_ledger(fresh_db, YEAR)
    assert ledger.target == 40
    assert _by_name(ledger)["Ani Rajin"].short == 4


def test_training_needs_name_the_weakest_rhk_and_the_behaviour(fresh_db, office):
    needs = jp_ledger(fresh_db, YEAR).needs
    assert [n.nama for n in needs] == ["Budi Kurang"]
    need = needs[0]
    assert need.basis.startswith("TAHUNAN 2025: Kurang/Misconduct")
    assert need.suggestions == (
        "Pelatihan/pengembangan terkait: Tersusunnya modul ajar",
        "Coaching/mentoring perilaku kerja: Akuntabel",
    )


def test_without_an_annual_evaluation_the_latest_periodic_counts(fresh_db, office):
    from tests.unit.talent.jp_support import add_evaluation

    sid = office.staff["kosong"]
    add_evaluation(fresh_db, sid, YEAR, "TW1", "butuh_perbaikan", "di_bawah", "sesuai")
    add_evaluation(fresh_db, sid, YEAR, "TW2", "baik", "sesuai", "sesuai")
    add_evaluation(fresh_db, sid, YEAR, "TAHUNAN", None, status="draft")
    assert "Dedi Kosong" not in [n.nama for n in jp_ledger(fresh_db, YEAR).needs]  # TW2 Baik
    add_evaluation(fresh_db, sid, YEAR, "TW3", "butuh_perbaikan", "di_bawah", "sesuai",
                   status="dinilai")  # fmt: skip
    need = next(n for n in jp_ledger(fresh_db, YEAR).needs if n.nama == "Dedi Kosong")
    assert need.basis.startswith("TW3 2025")
    assert need.suggestions == ("Pelatihan teknis sesuai tugas jabatan (RHK belum tercatat)",)


def test_an_operator_sees_their_own_opd_and_a_penilai_nothing(fresh_db, office):
    from desktop.core.workflow import Role

    sessions.begin(sessions.Session(role=Role.OPERATOR, unit_ids=frozenset({office.units["A"]})))
    ledger = jp_ledger(fresh_db, YEAR)
    assert sorted(p.nama for p in ledger.people) == ["Ani Rajin", "Budi Kurang"]
    with pytest.raises(AccessError):
        jp_ledger(fresh_db, YEAR, office.units["B"])
    sessions.begin(sessions.Session(role=Role.PENILAI, staff_id=office.staff["rajin"]))
    with pytest.raises(AccessError):
        jp_ledger(fresh_db, YEAR)
