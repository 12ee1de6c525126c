"""``store.talent_succession``: key positions, drafts on a small office, marking kritikal."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.core.access import AccessError
from desktop.core.talent.succession import Kesiapan, Tingkat
from desktop.core.workflow import Role
from desktop.store import session as sessions
from desktop.store import units as unit_store
from desktop.store.talent_succession import (
    key_positions,
    may_mark,
    set_kritikal,
    successions,
)
from tests.unit.talent.succession_support import ON, YEAR, build_office


@pytest.fixture
def office(fresh_db):
    return build_office(fresh_db)


def _drafts(db, office, **kw):
    return {office_key(office, d.position.unit_id): d for d in successions(db, YEAR, on=ON, **kw)}


def office_key(office, unit_id: int) -> str:
    return {v: k for k, v in office.units.items()}[unit_id]


def test_key_positions_carry_the_head_and_the_level(fresh_db, office):
    found = key_positions(fresh_db)
    assert [p.unit_kode for p in found] == ["2", "2.1", "3.1"]
    kadis, kabid, yankes = found
    assert (kadis.jabatan, kadis.tingkat, kadis.eselon) == (
        "Kepala Dinas Pendidikan",
        Tingkat.JPT_PRATAMA,
        "II.b",
    )
    assert kadis.holder is not None and kadis.holder.nama == "Hadi Kadis"
    assert kabid.jabatan == "Kepala Bidang Pembinaan Guru" and kabid.eselon == "III.b"
    assert yankes.holder is None and yankes.tingkat is Tingkat.ADMINISTRATOR
    assert yankes.opd_id == office.units["B"]
    assert [p.unit_kode for p in key_positions(fresh_db, office.units["A"])] == ["2", "2.1"]


def test_a_jpt_post_draws_from_the_whole_office_in_order(fresh_db, office):
    draft = _drafts(fresh_db, office)["A"]
    assert [office.key(c.person.staff_id) for c in draft.candidates] == ["kabid", "madya"]
    assert all(c.kesiapan is Kesiapan.SEKARANG and c.catatan == () for c in draft.candidates)
    assert draft.holder_pensiun == date(2027, 6, 1)  # JPT: BUP 60


def test_an_administrator_post_draws_from_its_own_opd_without_the_holder(fresh_db, office):
    draft = _drafts(fresh_db, office)["A1"]
    # kabid holds it, sanksi has a severe sanction, lima is box 5, kasi_kes is in another OPD
    assert [office.key(c.person.staff_id) for c in draft.candidates] == ["kasi"]
    assert draft.candidates[0].kesiapan is Kesiapan.SATU_DUA


def test_warnings_push_readiness_later(fresh_db, office):
    (c,) = _drafts(fresh_db, office)["B1"].candidates
    assert office.key(c.person.staff_id) == "kasi_kes"
    assert [w.code for w in c.catatan] == ["bup", "pendidikan", "golongan"]
    assert c.pensiun == date(2026, 4, 1)
    assert c.kesiapan is Kesiapan.LEBIH_DUA


def test_a_unit_without_key_positions_has_no_draft(fresh_db, office):
    assert successions(fresh_db, YEAR, office.units["B"], on=ON)[0].position.unit_kode == "3.1"
    set_kritikal(fresh_db, office.units["B1"], False)
    assert successions(fresh_db, YEAR, office.units["B"], on=ON) == []
    assert key_positions(fresh_db, office.units["B"]) == []


def test_an_operator_sees_the_key_positions_of_the_own_opd(fresh_db, office):
    op = sessions.Session(Role.OPERATOR, 2, "op", unit_ids=frozenset({office.units["B"]}))
    with sessions.acting(op):
        assert [p.unit_kode for p in key_positions(fresh_db)] == ["3.1"]
        (draft,) = successions(fresh_db, YEAR, on=ON)
        assert [office.key(c.person.staff_id) for c in draft.candidates] == ["kasi_kes"]


def test_a_penilai_sees_none(fresh_db, office):
    penilai = sessions.Session(Role.PENILAI, 3, "p", staff_id=office.staff["kabid"])
    with sessions.acting(penilai):
        assert key_positions(fresh_db) == [] and successions(fresh_db, YEAR, on=ON) == []


def test_marking_kritikal_is_audited_and_writes_only_a_change(fresh_db, office):
    unit_id = office.units["B"]
    rev = fresh_db.execute("SELECT rev FROM unit WHERE id = ?", [unit_id]).fetchone()[0]
    assert set_kritikal(fresh_db, unit_id, True) is True
    assert unit_store.get_unit(fresh_db, unit_id).kritikal is True
    entry = fresh_db.execute(
        "SELECT action, table_name, summary, before, after FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert entry[:3] == ("update", "unit", "Dinas Kesehatan")
    assert json.loads(entry[3]) == {"kritikal": 0} and json.loads(entry[4]) == {"kritikal": 1}
    after = fresh_db.execute("SELECT rev FROM unit WHERE id = ?", [unit_id]).fetchone()[0]
    assert after > rev
    assert set_kritikal(fresh_db, unit_id, True) is False  # nothing to change: no write
    assert fresh_db.execute("SELECT rev FROM unit WHERE id = ?", [unit_id]).fetchone()[0] == after


def test_marking_kritikal_needs_the_right_to_edit_units(fresh_db, office):
    unit_id = office.units["B"]
    op = sessions.Session(Role.OPERATOR, 2, "op", unit_ids=frozenset({unit_id}))
    count = fresh_db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with sessions.acting(op):
        assert may_mark(fresh_db, unit_id) is False
        with pytest.raises(AccessError):
            set_kritikal(fresh_db, unit_id, True)
    assert unit_store.get_unit(fresh_db, unit_id).kritikal is False
    assert fresh_db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == count
    assert may_mark(fresh_db, unit_id) is True  # the admin


def test_the_unit_dialogs_save_carries_kritikal(fresh_db, office):
    from dataclasses import replace

    unit = unit_store.get_unit(fresh_db, office.units["B"])
    unit_store.save_unit(fresh_db, replace(unit, kritikal=True))
    assert [p.unit_kode for p in key_positions(fresh_db, office.units["B"])] == ["3", "3.1"]
