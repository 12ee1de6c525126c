"""``store.talent_map.placements`` on a small office built as the app stores it."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.access import AccessError
from desktop.core.models import StatusPegawai
from desktop.core.talent.settings import GabungKinerja, TalentSettings
from desktop.core.workflow import Role
from desktop.store import session as sessions
from desktop.store.talent_map import placements
from desktop.store.talent_settings import save_talent_settings
from tests.unit.talent.map_support import (
    SB,
    YEAR,
    add_asesmen,
    add_hukuman,
    add_person,
    build_office,
    set_predikat,
)


@pytest.fixture
def office(fresh_db):
    return build_office(fresh_db)


def _by_key(db, office, **kw):
    ids = {v: k for k, v in office.staff.items()}
    return {ids[p.staff_id]: p for p in placements(db, YEAR, **kw)}


def test_each_person_lands_in_the_expected_box(fresh_db, office):
    got = _by_key(fresh_db, office)
    assert {k: p.box for k, p in got.items()} == {
        "bintang": 9,
        "tinggi": 8,
        "tujuh": 7,
        "lima": 5,
        "satu": 1,
        "tanpa_jpm": None,
        "tanpa_2025": None,
    }
    assert got["tanpa_jpm"].reason == "belum dipetakan: belum ada hasil asesmen (JPM)"
    assert got["tanpa_2025"].reason == "belum dipetakan: predikat tahunan 2025 belum ditetapkan"
    star = got["bintang"]
    assert (star.nama, star.unit_nama, star.jpm) == (
        "Ani Bintang, S.Kom.",
        "Dinas Pendidikan",
        95.0,
    )
    assert star.predikat == (SB, SB) and star.in_pool


def test_a_recent_severe_sanction_stays_beside_the_box_and_out_of_the_pool(fresh_db, office):
    tujuh = _by_key(fresh_db, office)["tujuh"]
    assert tujuh.box == 7 and not tujuh.in_pool
    assert tujuh.rekam_jejak.startswith(
        "tidak memenuhi rekam jejak: hukuman disiplin tingkat berat"
    )
    assert "800/" in tujuh.rekam_jejak


def test_light_and_old_sanctions_do_not_count(fresh_db, office):
    add_hukuman(fresh_db, office.staff["bintang"], "ringan", "2025-05-01")
    add_hukuman(fresh_db, office.staff["tinggi"], "berat", "2023-05-01")
    got = _by_key(fresh_db, office)
    assert got["bintang"].in_pool and got["tinggi"].in_pool


def test_code_of_ethics_breach_counts(fresh_db, office):
    add_hukuman(fresh_db, office.staff["bintang"], "", "2024-05-01", kategori="kode_etik")
    assert "kode etik" in _by_key(fresh_db, office)["bintang"].rekam_jejak


def test_pppk_cpns_and_inactive_staff_are_not_on_the_map(fresh_db, office):
    for n, status in ((20, StatusPegawai.PPPK), (21, StatusPegawai.CPNS)):
        sid = add_person(fresh_db, office, f"x{n}", f"Orang {n}", "A", n, status=status)
        set_predikat(fresh_db, sid, YEAR - 1, SB)
        set_predikat(fresh_db, sid, YEAR, SB)
        add_asesmen(fresh_db, sid, 95)
    fresh_db.execute("UPDATE staff SET aktif = 0 WHERE id = ?", [office.staff["lima"]])
    got = _by_key(fresh_db, office)
    assert "x20" not in got and "x21" not in got and "lima" not in got


def test_a_unit_includes_its_sub_units(fresh_db, office):
    got = _by_key(fresh_db, office, unit_id=office.units["A"])
    assert set(got) == {"bintang", "tinggi", "lima", "tanpa_jpm"}
    assert set(_by_key(fresh_db, office, unit_id=office.units["A1"])) == {"tinggi", "lima"}


def test_an_unset_evaluation_is_not_a_predikat(fresh_db, office):
    sid = office.staff["tanpa_2025"]
    skp = fresh_db.execute(
        "INSERT INTO skp (staff_id, tahun) VALUES (?, ?) RETURNING id", [sid, YEAR]
    ).fetchone()[0]
    fresh_db.execute(
        "INSERT INTO evaluasi (skp_id, periode, status, predikat) "
        "VALUES (?, 'TAHUNAN', 'dinilai', 'baik')",
        [skp],
    )
    fresh_db.execute(
        "INSERT INTO evaluasi (skp_id, periode, status, predikat) "
        "VALUES (?, 'TW4', 'ditetapkan', 'baik')",
        [skp],
    )
    assert _by_key(fresh_db, office)["tanpa_2025"].box is None


def test_the_latest_assessment_up_to_the_year_is_used(fresh_db, office):
    sid = office.staff["lima"]
    add_asesmen(fresh_db, sid, 95, "2024-01-10")  # older than the 2025 result (85)
    add_asesmen(fresh_db, sid, 99, "2026-01-10")  # after the year: not for the 2025 map
    assert _by_key(fresh_db, office)["lima"].jpm == 85
    fresh_db.execute("DELETE FROM asesmen WHERE staff_id = ? AND tanggal = '2025-03-01'", [sid])
    assert _by_key(fresh_db, office)["lima"].box == 8  # the 2024 result, 95: tinggi


def test_an_expired_assessment_is_named(fresh_db, office):
    sid = office.staff["tanpa_jpm"]
    add_asesmen(fresh_db, sid, 95, "2019-06-01")
    assert "hasil asesmen 2019 kedaluwarsa" in _by_key(fresh_db, office)["tanpa_jpm"].reason


def test_the_office_settings_are_read(fresh_db, office):
    save_talent_settings(
        fresh_db,
        TalentSettings(gabung_kinerja=GabungKinerja.TERAKHIR, jpm_tinggi=96, jpm_menengah=70),
    )
    got = _by_key(fresh_db, office)
    assert got["bintang"].box == 7  # 95 is now menengah
    assert got["tinggi"].box == 5  # Baik in 2025 alone: sesuai, 92 menengah


def test_a_new_hire_gets_no_box(fresh_db, office):
    sid = add_person(fresh_db, office, "baru", "Hana Baru", "A", 30, tmt_cpns=date(2024, 4, 1))
    set_predikat(fresh_db, sid, YEAR, SB)
    add_asesmen(fresh_db, sid, 95)
    assert "baru diangkat" in _by_key(fresh_db, office)["baru"].reason


def test_an_operator_sees_only_the_own_opd(fresh_db, office):
    op = sessions.Session(Role.OPERATOR, 2, "op", unit_ids=frozenset({office.units["B"]}))
    with sessions.acting(op):
        assert set(_by_key(fresh_db, office)) == {"tujuh", "satu", "tanpa_2025"}
        with pytest.raises(AccessError):
            placements(fresh_db, YEAR, office.units["A"])


def test_a_penilai_is_refused_the_map(fresh_db, office):
    penilai = sessions.Session(Role.PENILAI, 3, "p", staff_id=office.staff["bintang"])
    with sessions.acting(penilai), pytest.raises(AccessError):
        placements(fresh_db, YEAR)


def test_an_undated_severe_sanction_is_flagged(fresh_db, office):
    fresh_db.execute(
        "INSERT INTO riwayat_hukuman (staff_id, tingkat, nomor_sk) VALUES (?, 'berat', 'X/1')",
        [office.staff["bintang"]],
    )
    fresh_db.conn.commit()
    star = _by_key(fresh_db, office)["bintang"]
    assert not star.in_pool and "X/1" in star.rekam_jejak and "belum diisi" in star.rekam_jejak
