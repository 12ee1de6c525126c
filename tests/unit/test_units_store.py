"""The unit structure as an operator changes it: add, rename, move, merge, deactivate, aliases."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.appraisal import CapaianOrganisasi
from desktop.core.errors import StoreError
from desktop.core.models import (
    JenisUnit,
    RiwayatJabatan,
    StaffHistory,
    Unit,
    UnitJenis,
)
from desktop.store import audit, unit_ops
from desktop.store import capaian as capaian_store
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.units import UnitError
from tests.conftest import make_staff


@pytest.fixture
def tree(fresh_db):
    """Pemkab → Dinas Kesehatan (Sekretariat, Bidang P2P) and BKPSDM, with staff."""
    db = fresh_db
    add = unit_ops.add_unit
    root = add(db, Unit("", "Pemerintah Kabupaten Kepahiang"))
    dinkes = add(db, Unit("", "Dinas Kesehatan", parent_id=root.id, singkatan="Dinkes"))
    sekre = add(db, Unit("", "Sekretariat", parent_id=dinkes.id))
    p2p = add(db, Unit("", "Bidang P2P", parent_id=dinkes.id))
    bkpsdm = add(db, Unit("", "Badan Kepegawaian dan Pengembangan SDM", parent_id=root.id))
    history = StaffHistory(jabatan=[RiwayatJabatan("Perawat", "Puskesmas Lama", date(2016, 1, 1))])
    a = staff_store.save_staff(db, make_staff(unit_id=p2p.id), history)
    b = staff_store.save_staff(
        db, make_staff(nip="199001012019032002", nama="Siti", tanggal_lahir=date(1990, 1, 1),
                       jenis_kelamin="P", tmt_cpns=date(2019, 3, 1), unit_id=sekre.id),
    )  # fmt: skip
    return {"db": db, "root": root, "dinkes": dinkes, "sekre": sekre, "p2p": p2p,
            "bkpsdm": bkpsdm, "staff": [a, b]}  # fmt: skip


def test_add_suggests_codes_and_levels(tree):
    assert tree["root"].kode == "1" and tree["root"].jenis is UnitJenis.INSTANSI
    assert tree["dinkes"].kode == "1.01" and tree["dinkes"].jenis is UnitJenis.OPD
    assert tree["p2p"].kode == "1.01.02" and tree["p2p"].jenis is UnitJenis.BIDANG
    assert tree["bkpsdm"].kode == "1.02"
    assert unit_ops.suggest_kode(tree["db"], None) == "2"
    entries = audit.entries_for(tree["db"], tree["dinkes"].uuid)
    assert [e["action"] for e in entries] == ["insert"]


def test_add_refuses_duplicate_kode(tree):
    with pytest.raises(StoreError) as err:
        unit_ops.add_unit(tree["db"], Unit("1.01", "Dinas Lain", parent_id=tree["root"].id))
    assert "1.01" in err.value.message()


def test_rename_keeps_old_name_as_alias_and_audits(tree):
    db = tree["db"]
    unit_ops.rename_unit(db, tree["p2p"].id, "Bidang Pencegahan dan Pengendalian Penyakit")
    assert unit_store.aliases_of(db, tree["p2p"].id) == ["Bidang P2P"]
    index = unit_store.unit_index(db)
    assert index.find("bidang p2p") == tree["p2p"].id
    assert index.find("Bidang Pencegahan dan Pengendalian Penyakit") == tree["p2p"].id
    entries = audit.entries_for(db, tree["p2p"].uuid)
    assert [(e["table_name"], e["action"]) for e in entries][-2:] == [
        ("unit", "update"),
        ("unit_alias", "insert"),
    ]
    assert "Bidang P2P" in entries[-2]["before"]


def test_saving_unchanged_unit_writes_nothing(tree):
    db = tree["db"]
    rev = db.execute("SELECT rev FROM unit WHERE id = ?", [tree["sekre"].id]).fetchone()[0]
    unit_ops.update_unit(db, unit_store.get_unit(db, tree["sekre"].id))
    assert db.execute("SELECT rev FROM unit WHERE id = ?", [tree["sekre"].id]).fetchone()[0] == rev


def test_alias_used_by_another_unit_is_refused(tree):
    with pytest.raises(unit_ops.UnitOpError) as err:
        unit_ops.add_alias(tree["db"], tree["bkpsdm"].id, "DINKES")
    assert "Dinas Kesehatan" in err.value.message()
    unit_ops.add_alias(tree["db"], tree["bkpsdm"].id, "BKPSDM Kepahiang")
    unit_ops.remove_alias(tree["db"], tree["bkpsdm"].id, "bkpsdm kepahiang")
    assert unit_store.aliases_of(tree["db"], tree["bkpsdm"].id) == []


def test_move_relevels_subtree_and_refuses_cycles(tree):
    db = tree["db"]
    moved = unit_ops.move_unit(db, tree["dinkes"].id, tree["bkpsdm"].id)
    assert moved.parent_id == tree["bkpsdm"].id and moved.jenis is UnitJenis.BIDANG
    assert unit_store.get_unit(db, tree["p2p"].id).jenis is UnitJenis.SUBBIDANG
    with pytest.raises(UnitError):
        unit_ops.move_unit(db, tree["root"].id, tree["p2p"].id)
    assert unit_store.get_unit(db, tree["root"].id).parent_id is None


def test_deactivate_refused_with_staff_count(tree):
    db = tree["db"]
    with pytest.raises(unit_ops.UnitOpError) as err:
        unit_ops.deactivate_unit(db, tree["dinkes"].id)
    assert "2 pegawai aktif" in err.value.message()
    assert unit_store.get_unit(db, tree["dinkes"].id).aktif
    assert unit_ops.deactivate_unit(db, tree["bkpsdm"].id) == 1
    assert not unit_store.get_unit(db, tree["bkpsdm"].id).aktif
    assert unit_ops.reactivate_unit(db, tree["bkpsdm"].id) == 1


def test_deactivate_allowed_once_staff_inactive(tree):
    db = tree["db"]
    for member in tree["staff"]:
        staff_store.set_active(db, member.id, False)
    assert unit_ops.deactivate_unit(db, tree["dinkes"].id) == 3


def test_merge_moves_staff_children_capaian_and_keeps_history(tree):
    db = tree["db"]
    capaian_store.set_capaian(db, tree["p2p"].id, 2025, "TW1", CapaianOrganisasi.BAIK)
    unit_ops.add_alias(db, tree["p2p"].id, "P2P")
    a_uuid = tree["p2p"].uuid
    result = unit_ops.merge_units(db, tree["p2p"].id, tree["sekre"].id)
    assert result.staff == 1 and result.capaian == 1
    assert result.aliases == ["Bidang P2P", "P2P"]
    moved = staff_store.get_staff(db, tree["staff"][0].id)
    assert moved.unit_id == tree["sekre"].id
    history = staff_store.load_record(db, moved.id)[1]
    assert [r.unit_nama for r in history.jabatan] == ["Puskesmas Lama"]
    assert capaian_store.get_capaian(db, tree["sekre"].id, 2025, "TW1") is CapaianOrganisasi.BAIK
    assert db.execute("SELECT count(*) FROM unit WHERE uuid = ?", [a_uuid]).fetchone()[0] == 0
    assert unit_store.unit_index(db).find("Bidang P2P") == tree["sekre"].id
    actions = [(e["table_name"], e["action"]) for e in audit.entries_for(db, a_uuid)]
    assert ("unit", "delete") in actions
    staff_audit = audit.entries_for(db, moved.uuid)[-1]
    assert staff_audit["action"] == "update" and "unit_id" in staff_audit["after"]


def test_merge_moves_sub_units_and_refuses_below(tree):
    db = tree["db"]
    with pytest.raises(unit_ops.UnitOpError):
        unit_ops.merge_units(db, tree["dinkes"].id, tree["p2p"].id)
    with pytest.raises(unit_ops.UnitOpError):
        unit_ops.merge_units(db, tree["dinkes"].id, tree["dinkes"].id)
    result = unit_ops.merge_units(db, tree["dinkes"].id, tree["bkpsdm"].id)
    assert result.children == 2 and result.staff == 0
    assert unit_store.get_unit(db, tree["p2p"].id).parent_id == tree["bkpsdm"].id
    assert unit_store.unit_index(db).find("dinkes") == tree["bkpsdm"].id


def test_unit_index_knows_aliases_and_kode(tree):
    index = unit_store.unit_index(tree["db"])
    assert index.find("DINKES") == tree["dinkes"].id  # the singkatan
    assert index.by_kode("1.01") == tree["dinkes"].id
    assert [s.nama for s in index.suggest("Dinas Kesehtan")] == ["Dinas Kesehatan"]


def test_update_sets_jenis_unit_and_head(tree):
    db = tree["db"]
    unit = unit_store.get_unit(db, tree["sekre"].id)
    unit.jenis_unit = JenisUnit.SEKRETARIAT
    unit.kepala_id = tree["staff"][1].id
    unit.jabatan_kepala = "Sekretaris Dinas Kesehatan"
    saved = unit_ops.update_unit(db, unit, ["Sekretariat Dinkes"])
    assert saved.jenis_unit is JenisUnit.SEKRETARIAT and saved.kepala_id == tree["staff"][1].id
    assert unit_store.aliases_of(db, saved.id) == ["Sekretariat Dinkes"]


def test_merge_keeps_target_capaian_when_both_have_one(tree):
    db = tree["db"]
    capaian_store.set_capaian(db, tree["p2p"].id, 2025, "TW1", CapaianOrganisasi.BAIK)
    capaian_store.set_capaian(db, tree["sekre"].id, 2025, "TW1", CapaianOrganisasi.ISTIMEWA)
    row_uuid = db.execute(
        "SELECT uuid FROM capaian_organisasi WHERE unit_id = ?", [tree["p2p"].id]
    ).fetchone()[0]
    result = unit_ops.merge_units(db, tree["p2p"].id, tree["sekre"].id)
    assert result.capaian == 0
    got = capaian_store.get_capaian(db, tree["sekre"].id, 2025, "TW1")
    assert got is CapaianOrganisasi.ISTIMEWA
    assert audit.entries_for(db, row_uuid)[-1]["action"] == "delete"


def test_merge_gives_target_the_head_it_lacked(tree):
    db = tree["db"]
    p2p = unit_store.get_unit(db, tree["p2p"].id)
    p2p.kepala_id, p2p.jabatan_kepala = tree["staff"][0].id, "Kepala Bidang P2P"
    unit_store.save_unit(db, p2p)
    unit_ops.merge_units(db, p2p.id, tree["sekre"].id)
    sekre = unit_store.get_unit(db, tree["sekre"].id)
    assert sekre.kepala_id == tree["staff"][0].id and sekre.jabatan_kepala == "Kepala Bidang P2P"


def test_merge_carries_the_units_skm_survey(tree):
    """A unit's survey (``skm_survei.unit_id`` cascades on delete) moves with the merge."""
    db = tree["db"]
    with db.atomic():
        db.conn.execute(
            "INSERT INTO skm_survei (unit_id, tahun, periode) VALUES (?, 2025, 'S1')",
            [tree["p2p"].id],
        )
    unit_ops.merge_units(db, tree["p2p"].id, tree["sekre"].id)
    rows = db.execute("SELECT unit_id FROM skm_survei").fetchall()
    assert rows == [(tree["sekre"].id,)]
