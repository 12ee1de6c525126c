"""The promotion lists read from a database (issue 14 items 4–5): one verdict per person in
scope, the unit's subtree, the session's scope, and the low-performance flags."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.access import AccessError
from desktop.core.talent.promotion import ContractState, Kategori
from desktop.core.workflow import Role
from desktop.store.session import Session, acting
from desktop.store.talent_performance import low_performers
from desktop.store.talent_promotion import candidates, jenjang_candidates, pppk_contracts
from tests.unit.talent.promotion_office import MONTH, build


@pytest.fixture
def office(fresh_db):
    return build(fresh_db)


def _by_key(office, rows):
    names = {v: k for k, v in office.staff.items()}
    return {names[r.person.staff_id]: r for r in rows}


def test_one_verdict_per_pns_and_cpns_with_the_failing_condition(fresh_db, office):
    rows = _by_key(office, candidates(fresh_db, MONTH))
    assert set(rows) == {"siap", "muda", "puncak", "kurang", "dihukum", "fungsi", "jenjang",
                         "cpns"}  # fmt: skip
    assert rows["siap"].verdict.eligible
    assert rows["siap"].person.predikat == ("baik", "sangat_baik")
    assert rows["muda"].verdict.reasons == (
        "masa kerja golongan 3 tahun 11 bulan (minimal 4 tahun)",
    )
    assert rows["puncak"].verdict.reasons == (
        "sudah pangkat tertinggi untuk pendidikan S1 (III/d)",)  # fmt: skip
    assert rows["kurang"].verdict.reasons == (
        "predikat tahunan 2025: Kurang/Misconduct (minimal Baik)",)  # fmt: skip
    assert rows["dihukum"].verdict.reasons == (
        "sedang menjalani hukuman disiplin tingkat sedang (s.d. 01-12-2026)",)  # fmt: skip
    fungsi = rows["fungsi"].verdict
    assert fungsi.kategori is Kategori.FUNGSIONAL and fungsi.eligible
    assert (fungsi.ak, fungsi.next_golongan) == (50, "III/b")
    assert rows["jenjang"].verdict.reasons == (
        "pangkat puncak jenjang Ahli Pertama (III/b): perlu kenaikan jenjang",)  # fmt: skip
    assert rows["cpns"].verdict.kategori is Kategori.CPNS


def test_the_month_edge_one_month_later_muda_is_eligible(fresh_db, office):
    rows = _by_key(office, candidates(fresh_db, date(2026, 5, 1)))
    assert rows["muda"].verdict.eligible


def test_a_unit_takes_its_subtree(fresh_db, office):
    rows = _by_key(office, candidates(fresh_db, MONTH, office.units["A"]))
    assert set(rows) == {"siap", "muda", "dihukum", "fungsi", "jenjang", "cpns"}
    assert set(_by_key(office, candidates(fresh_db, MONTH, office.units["B"]))) == {
        "puncak", "kurang"}  # fmt: skip


def test_jenjang_list_names_the_missing_ak(fresh_db, office):
    rows = _by_key(office, jenjang_candidates(fresh_db, MONTH))
    assert set(rows) == {"fungsi", "jenjang"}
    assert rows["jenjang"].verdict.reasons == (
        "angka kredit 87,50 dari 100,00 untuk jenjang berikutnya",)  # fmt: skip


def test_pppk_contracts_in_the_window_or_without_an_end(fresh_db, office):
    rows = _by_key(office, pppk_contracts(fresh_db, MONTH))
    assert set(rows) == {"pppk_segera", "pppk_kosong"}
    assert rows["pppk_segera"].state is ContractState.ENDING
    assert rows["pppk_kosong"].state is ContractState.UNKNOWN
    assert rows["pppk_segera"].person.predikat == (None, "baik")


def test_low_performers_consecutive_first_drafts_ignored(fresh_db, office):
    rows = low_performers(fresh_db, 2025)
    names = {v: k for k, v in office.staff.items()}
    assert [names[r.staff_id] for r in rows] == ["kurang", "siap"]
    assert rows[0].finding.berturut and len(rows[0].finding.low) == 3  # TW3, TW4, annual
    assert not rows[1].finding.berturut
    assert low_performers(fresh_db, 2025, office.units["A"])[0].staff_id == office.staff["siap"]


def test_an_operator_sees_own_opd_and_a_penilai_nothing(fresh_db, office):
    operator = Session(role=Role.OPERATOR, username="op", unit_ids=frozenset({office.units["B"]}))
    with acting(operator):
        assert {r.person.nama for r in candidates(fresh_db, MONTH)} == {
            "Citra Puncak, S.Kom.", "Dedi Kurang, S.Kom."}  # fmt: skip
        with pytest.raises(AccessError):
            candidates(fresh_db, MONTH, office.units["A"])
    penilai = Session(role=Role.PENILAI, username="p", staff_id=office.staff["siap"])
    with acting(penilai), pytest.raises(AccessError):
        low_performers(fresh_db, 2025)


def test_ak_sum_matches_an_independent_sql_sum(fresh_db, office):
    """Fajar's AK: the PAK plus 12.5 for each Baik year after it, counted by SQL."""
    row = fresh_db.execute(
        "SELECT p.ak_kumulatif + 12.5 * (SELECT count(*) FROM skp k JOIN evaluasi e "
        "ON e.skp_id = k.id WHERE k.staff_id = p.staff_id AND e.periode = 'TAHUNAN' "
        "AND e.predikat = 'baik' AND k.tahun > 2023) FROM riwayat_pak p WHERE p.staff_id = ?",
        [office.staff["fungsi"]],
    ).fetchone()
    rows = _by_key(office, candidates(fresh_db, MONTH))
    assert rows["fungsi"].verdict.ak == pytest.approx(row[0])
