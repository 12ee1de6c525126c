"""A staff list builds the unit tree: unknown units are planned under their parent, matched
without regard to case, punctuation, singkatan or aliases, near misses are refused with a
suggestion, and nothing is created unless asked."""

from __future__ import annotations

import pytest

from desktop.core.models import JenisUnit, UnitJenis
from desktop.imports.staff_import import RowAction, apply_plan, read_plan
from desktop.imports.unit_paths import Step, child_level, kind_of, unit_path
from desktop.store import units as unit_store
from tests.conftest import make_unit
from tests.unit.first_day_files import OFFICE_BAD_ROWS, OFFICE_GOOD, office_list


def _rev(db) -> int:
    return db.execute("SELECT rev FROM sync_state").fetchone()[0]


def _unit_of(db, nip: str) -> tuple[str, str]:
    """(unit, parent unit) of the employee with ``nip``."""
    return db.execute(
        "SELECT u.nama, coalesce(p.nama, '') FROM staff s JOIN unit u ON u.id = s.unit_id "
        "LEFT JOIN unit p ON p.id = u.parent_id WHERE s.nip = ?",
        [nip],
    ).fetchone()


def _plan(db, tmp_path, rows, create=True, header=("NIP", "Nama", "Unit Induk", "Unit Kerja")):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(list(header))
    for row in rows:
        book.active.append(list(row))
    path = tmp_path / "list.xlsx"
    book.save(path)
    return read_plan(db, path, create_units=create)


def test_an_office_list_builds_its_tree_from_an_empty_database(fresh_db, tmp_path):
    plan = read_plan(fresh_db, office_list(tmp_path), create_units=True)
    counts = plan.counts()
    assert counts[RowAction.BARU] == OFFICE_GOOD and counts[RowAction.DITOLAK] == 3
    assert sorted(r.row for r in plan.rejected) == sorted(OFFICE_BAD_ROWS)
    names = [(u.nama, u.induk) for u in plan.new_units]
    assert ("Seksi Gizi", "Dinas Kesehatan") in names
    assert ("Sekretariat", "Dinas Kesehatan") in names and (
        "Sekretariat",
        "Dinas Pendidikan",
    ) in names
    assert len(names) == 8  # case, spacing, punctuation and BKPSDM made no duplicates
    assert [(h.written, h.suggestion, h.rows) for h in plan.hints] == [
        ("Dinas Kesehtan", "Dinas Kesehatan", [16])
    ]
    apply_plan(fresh_db, plan)
    assert _unit_of(fresh_db, "198609262015051001") == ("Seksi Gizi", "Dinas Kesehatan")
    assert _unit_of(fresh_db, "199001012018012002") == ("Seksi Gizi", "Dinas Kesehatan")
    bkpsdm = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    assert _unit_of(fresh_db, "198803152010011003") == ("Bidang Mutasi", bkpsdm)
    assert _unit_of(fresh_db, "199107072015032004") == ("Bidang Mutasi", bkpsdm)
    assert _unit_of(fresh_db, "200001152024011001") == ("Dinas Pendidikan", "")
    audited = fresh_db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'unit' AND action = 'insert'"
    ).fetchone()[0]
    assert audited == 8
    levels = dict(fresh_db.execute("SELECT nama, jenis FROM unit WHERE parent_id IS NULL"))
    assert set(levels.values()) == {"opd"}


def test_a_second_run_changes_nothing(fresh_db, tmp_path):
    path = office_list(tmp_path)
    apply_plan(fresh_db, read_plan(fresh_db, path, create_units=True))
    before = (_rev(fresh_db), fresh_db.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    again = read_plan(fresh_db, path, create_units=True)
    assert again.counts()[RowAction.SAMA] == OFFICE_GOOD and not again.new_units
    apply_plan(fresh_db, again)
    after = (_rev(fresh_db), fresh_db.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    assert after == before


def test_without_create_units_nothing_is_created_and_rows_keep_the_old_reason(fresh_db, tmp_path):
    plan = read_plan(fresh_db, office_list(tmp_path))
    assert not plan.accepted and len(plan.new_units) == 8  # shown, not made
    reasons = [i.message for r in plan.rejected for i in r.issues]
    assert any("tidak ditemukan; tambahkan unitnya lebih dulu" in m for m in reasons)
    assert any("mungkin maksudnya Dinas Kesehatan?" in m for m in reasons)
    rev = _rev(fresh_db)
    apply_plan(fresh_db, plan)
    assert unit_store.list_units(fresh_db) == [] and _rev(fresh_db) == rev


def test_the_choice_redecides_the_rows_without_reading_again(fresh_db, tmp_path):
    plan = read_plan(fresh_db, office_list(tmp_path))
    plan.path.unlink()  # nothing is read again
    plan.set_create_units(True)
    assert len(plan.accepted) == OFFICE_GOOD and len(plan.units_to_create) == 8
    plan.set_create_units(False)
    assert not plan.accepted and plan.units_to_create == []


def test_the_office_instansi_becomes_the_root(fresh_db, tmp_path):
    office = unit_store.get_office(fresh_db)
    office.instansi = "Pemerintah Kabupaten Contoh"
    unit_store.save_office(fresh_db, office)
    apply_plan(fresh_db, read_plan(fresh_db, office_list(tmp_path), create_units=True))
    root = unit_store.unit_by_kode(fresh_db, "1")
    assert (root.nama, root.jenis, root.parent_id) == (office.instansi, UnitJenis.INSTANSI, None)
    dinkes = unit_store.unit_index(fresh_db).find("Dinas Kesehatan")
    unit = unit_store.get_unit(fresh_db, dinkes)
    assert (unit.parent_id, unit.jenis, unit.kode) == (root.id, UnitJenis.OPD, "1.01")
    seksi = unit_store.get_unit(fresh_db, unit_store.unit_index(fresh_db).find("Seksi Gizi"))
    assert (seksi.kode, seksi.jenis, seksi.jenis_unit) == (
        "1.01.01",
        UnitJenis.BIDANG,
        JenisUnit.SEKSI,
    )


def test_units_on_record_match_by_singkatan_alias_and_spelling(fresh_db, tmp_path):
    root = make_unit(fresh_db)
    dinkes = make_unit(fresh_db, kode="1.01", nama="Dinas Kesehatan", jenis=UnitJenis.OPD,
                       parent_id=root.id, singkatan="Dinkes")  # fmt: skip
    bkd = make_unit(fresh_db, kode="1.02", nama="Badan Kepegawaian Daerah", jenis=UnitJenis.OPD,
                    parent_id=root.id)  # fmt: skip
    fresh_db.execute("INSERT INTO unit_alias (unit_id, alias) VALUES (?, 'BKPSDM')", [bkd.id])
    plan = _plan(fresh_db, tmp_path, [
        ("198609262015051001", "Andi", "DINKES", ""),
        ("199001012018012002", "Maria", "", "dinas  kesehatan."),
        ("198803152010011003", "Rudi", "", "BKPSDM"),
        ("199107072015032004", "Sari", "", "BKD"),  # the initials of its name
    ], create=False)  # fmt: skip
    assert [r.staff.unit_id for r in plan.rows] == [dinkes.id, dinkes.id, bkd.id, bkd.id]
    assert not plan.new_units


def test_a_sub_unit_is_looked_up_only_under_its_parent(fresh_db, tmp_path):
    root = make_unit(fresh_db)
    a = make_unit(fresh_db, kode="1.01", nama="Dinas A", jenis=UnitJenis.OPD, parent_id=root.id)
    make_unit(fresh_db, kode="1.02", nama="Dinas B", jenis=UnitJenis.OPD, parent_id=root.id)
    sek = make_unit(fresh_db, kode="1.01.01", nama="Sekretariat", parent_id=a.id)
    plan = _plan(fresh_db, tmp_path, [
        ("198609262015051001", "Andi", "Dinas A", "Sekretariat"),
        ("199001012018012002", "Maria", "Dinas B", "Sekretariat"),
    ])  # fmt: skip
    assert plan.rows[0].staff.unit_id == sek.id
    assert [(u.nama, u.induk, u.kode) for u in plan.new_units] == [
        ("Sekretariat", "Dinas B", "1.02.01")
    ]


def test_a_near_miss_of_a_unit_on_record_is_refused_even_when_creating(fresh_db, tmp_path):
    root = make_unit(fresh_db)
    make_unit(fresh_db, kode="1.01", nama="Dinas Kesehatan", jenis=UnitJenis.OPD, parent_id=root.id)
    plan = _plan(fresh_db, tmp_path, [("198609262015051001", "Andi", "Dinas Kesehtan", "")])
    assert plan.rows[0].action is RowAction.DITOLAK and not plan.new_units
    issue = plan.rows[0].issues[0]
    assert issue.column == "Unit Induk" and "mungkin maksudnya Dinas Kesehatan?" in issue.message


def test_numbered_units_are_not_near_misses_of_each_other(fresh_db, tmp_path):
    plan = _plan(fresh_db, tmp_path, [
        ("198609262015051001", "Andi", "Dinas Pendidikan", "SD Negeri 1 Sukamaju"),
        ("199001012018012002", "Maria", "Dinas Pendidikan", "SD Negeri 2 Sukamaju"),
    ])  # fmt: skip
    assert not plan.hints and len(plan.accepted) == 2
    kinds = {u.nama: u.jenis_unit for u in plan.new_units}
    assert kinds["SD Negeri 2 Sukamaju"] is JenisUnit.SEKOLAH


def test_an_ambiguous_name_without_its_parent_is_refused(fresh_db, tmp_path):
    root = make_unit(fresh_db)
    for n in (1, 2):
        opd = make_unit(fresh_db, kode=f"1.0{n}", nama=f"Dinas {n}", jenis=UnitJenis.OPD,
                        parent_id=root.id)  # fmt: skip
        make_unit(fresh_db, kode=f"1.0{n}.01", nama="Sekretariat", parent_id=opd.id)
    plan = _plan(fresh_db, tmp_path, [("198609262015051001", "Andi", "", "Sekretariat")])
    assert plan.rows[0].action is RowAction.DITOLAK
    assert "dipakai oleh 2 unit" in plan.rows[0].issues[0].message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"unit_induk": "Dinas X", "unit_nama": "Seksi Y"}, ["Dinas X", "Seksi Y"]),
        ({"unit_induk": "Dinas X", "unit_nama": "DINAS X"}, ["Dinas X"]),
        ({"unor_eselon_1": "Dinas X", "unor_eselon_2": "Bidang Y", "unor_eselon_3": "-",
          "unit_nama": "Bidang Y"}, ["Dinas X", "Bidang Y"]),
        ({"unor_eselon_1": "Dinas X", "unit_nama": "Puskesmas Z"}, ["Dinas X", "Puskesmas Z"]),
        ({"unit_nama": None}, []),
    ],
)  # fmt: skip
def test_the_path_a_row_gives(raw, expected):
    assert [s.nama for s in unit_path(raw)] == expected


@pytest.mark.parametrize(
    ("nama", "kind"),
    [
        ("UPTD Puskesmas Sukamaju", JenisUnit.PUSKESMAS),
        ("Sub Bagian Umum dan Kepegawaian", JenisUnit.SUBBAGIAN),
        ("Seksi Gizi", JenisUnit.SEKSI),
        ("Sekretariat Daerah", JenisUnit.OPD),
        ("Kecamatan Kota", JenisUnit.KECAMATAN),
        ("Tim Kerja", JenisUnit.NONE),
    ],
)
def test_the_kind_a_name_announces(nama, kind):
    assert kind_of(nama) is kind


def test_levels_follow_depth():
    assert child_level(None) is UnitJenis.OPD
    assert child_level(UnitJenis.INSTANSI) is UnitJenis.OPD
    assert child_level(UnitJenis.OPD) is UnitJenis.BIDANG
    assert child_level(UnitJenis.SUBBIDANG) is UnitJenis.SUBBIDANG
    assert Step("unit_nama", "Seksi  Gizi.").norm == "seksi gizi"
