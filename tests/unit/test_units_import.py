"""The units import: kode or name as parent, children before parents, labels for jenis, row
reasons, one transaction, and the same file twice changing nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.core.models import JenisUnit, Unit, UnitJenis
from desktop.imports.units_export import export_units
from desktop.imports.units_import import RowAction, UnitsFileError, apply_plan, read_plan
from desktop.store import audit, unit_ops
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from tests.conftest import make_staff

HEADER = ["Kode", "Nama", "Singkatan", "Induk", "Jenis"]


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    lines = [";".join(header), *(";".join(r) for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


SOTK = [
    ["1.01.01", "Sekretariat", "", "Dinas Kesehatan", "Sekretariat"],  # child before parent
    ["1.01", "Dinas Kesehatan", "Dinkes", "1", "OPD"],
    ["1", "Pemerintah Kabupaten Kepahiang", "", "", ""],
    ["", "UPTD Puskesmas Kepahiang", "", "Dinkes", "Puskesmas"],
    ["", "Subbagian Umum", "", "1.01.01", "Sub Bagian"],
    ["1.02", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "1", "uptd"],
]


def units_by_name(db) -> dict[str, Unit]:
    return {u.nama: u for u in unit_store.list_units(db)}


def test_builds_tree_from_codes_names_and_later_parents(fresh_db, tmp_path):
    plan = read_plan(fresh_db, write_csv(tmp_path / "sotk.csv", SOTK))
    assert plan.counts()[RowAction.BARU] == 6 and not plan.rejected
    result = apply_plan(fresh_db, plan)
    assert result.inserted == 6
    units = units_by_name(fresh_db)
    dinkes, sekre = units["Dinas Kesehatan"], units["Sekretariat"]
    assert sekre.parent_id == dinkes.id and sekre.jenis is UnitJenis.BIDANG
    assert sekre.jenis_unit is JenisUnit.SEKRETARIAT
    assert units["Pemerintah Kabupaten Kepahiang"].jenis is UnitJenis.INSTANSI
    pkm = units["UPTD Puskesmas Kepahiang"]
    assert pkm.parent_id == dinkes.id and pkm.jenis_unit is JenisUnit.PUSKESMAS
    assert pkm.kode == "1.01.02"  # suggested under the parent
    assert units["Subbagian Umum"].jenis is UnitJenis.SUBBIDANG
    assert units["Subbagian Umum"].jenis_unit is JenisUnit.SUBBAGIAN
    assert (
        units["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"].jenis_unit is JenisUnit.UPT
    )
    entries = fresh_db.execute("SELECT count(*) FROM audit_log WHERE table_name = 'unit'")
    assert entries.fetchone()[0] == 6


def test_second_run_changes_nothing(fresh_db, tmp_path):
    path = write_csv(tmp_path / "sotk.csv", SOTK)
    apply_plan(fresh_db, read_plan(fresh_db, path))
    rev = fresh_db.execute("SELECT rev FROM sync_state").fetchone()[0]
    plan = read_plan(fresh_db, path)
    assert plan.counts()[RowAction.SAMA] == 6, [(r.row, r.changed_fields) for r in plan.rows]
    apply_plan(fresh_db, plan)
    assert fresh_db.execute("SELECT rev FROM sync_state").fetchone()[0] == rev


def test_rejected_rows_name_row_column_and_reason(fresh_db, tmp_path):
    rows = [
        ["1", "Pemerintah Kabupaten Kepahiang", "", "", ""],
        ["1.01", "Dinas Kesehatan", "", "1", "Rumah Sakit Jiwa"],
        ["1.02", "Dinas Pendidikan", "", "Dinas Pendidkan Kota", ""],
        ["1.03", "", "", "1", ""],
        ["1.04", "Bidang Anak", "", "1.02", ""],  # its parent is refused
        ["1", "Pemkab lagi", "", "", ""],
    ]
    plan = read_plan(fresh_db, write_csv(tmp_path / "bad.csv", rows))
    reasons = {i.row: (i.column, i.message) for r in plan.rejected for i in r.issues}
    assert reasons[3][0] == "Jenis" and "Rumah Sakit Jiwa" in reasons[3][1]
    assert reasons[4][0] == "Induk" and "Dinas Pendidkan Kota" in reasons[4][1]
    assert reasons[5][0] == "Nama"
    assert reasons[6][0] == "Induk" and "baris 4" in reasons[6][1]
    assert reasons[7][0] == "Kode" and "baris 2" in reasons[7][1]
    assert [r.row for r in plan.accepted] == [2]


def test_loop_in_file_is_refused(fresh_db, tmp_path):
    rows = [["A", "Unit A", "", "B", ""], ["B", "Unit B", "", "A", ""]]
    plan = read_plan(fresh_db, write_csv(tmp_path / "loop.csv", rows))
    reasons = [r.issues[0].message for r in plan.rejected]
    assert "lingkaran" in reasons[0] and "Induknya (baris 2) ditolak" in reasons[1]


def test_move_and_rename_through_import(fresh_db, tmp_path):
    path = write_csv(tmp_path / "sotk.csv", SOTK)
    apply_plan(fresh_db, read_plan(fresh_db, path))
    changed = [list(r) for r in SOTK]
    changed[0][3] = "1"  # Sekretariat moves to the top
    changed[1][1] = "Dinas Kesehatan dan KB"  # renamed (kode keeps it the same unit)
    plan = read_plan(fresh_db, write_csv(tmp_path / "v2.csv", changed))
    by_row = {r.row: r for r in plan.rows}
    assert by_row[2].action is RowAction.UBAH and "parent_id" in by_row[2].changed_fields
    assert by_row[3].action is RowAction.UBAH and "nama" in by_row[3].changed_fields
    apply_plan(fresh_db, plan)
    units = units_by_name(fresh_db)
    dinkes = units["Dinas Kesehatan dan KB"]
    assert unit_store.aliases_of(fresh_db, dinkes.id) == ["Dinas Kesehatan"]
    assert units["Sekretariat"].parent_id == units["Pemerintah Kabupaten Kepahiang"].id
    assert units["Sekretariat"].jenis is UnitJenis.OPD


def test_xlsx_with_numeric_codes_and_aliases(fresh_db, tmp_path):
    header = ["Kode Unit", "Nama Unit", "Unit Induk", "Jenis Unit", "Nama Lain"]
    rows = [[1, "Pemerintah Kabupaten Kepahiang", None, None, None],
            [2, "Dinas Kesehatan", 1, "OPD", "Dinas Kesehatan Kab.; DKK"]]  # fmt: skip
    plan = read_plan(fresh_db, write_xlsx(tmp_path / "u.xlsx", rows, header))
    apply_plan(fresh_db, plan)
    dinkes = unit_store.unit_by_kode(fresh_db, "2")
    assert dinkes.parent_id == unit_store.unit_by_kode(fresh_db, "1").id
    assert unit_store.aliases_of(fresh_db, dinkes.id) == ["Dinas Kesehatan Kab.", "DKK"]
    assert unit_store.unit_index(fresh_db).find("dkk") == dinkes.id


def test_name_known_by_alias_updates_that_unit(fresh_db, tmp_path):
    unit = unit_ops.add_unit(fresh_db, Unit("9", "Badan Kepegawaian Daerah"))
    unit_ops.add_alias(fresh_db, unit.id, "BKD Kepahiang")
    plan = read_plan(
        fresh_db, write_csv(tmp_path / "a.csv", [["", "bkd kepahiang", "BKD", "", ""]])
    )
    assert plan.rows[0].action is RowAction.UBAH
    assert plan.rows[0].unit.id == unit.id and plan.rows[0].changed_fields == ["singkatan"]


def test_near_miss_is_a_warning_not_a_silent_match(fresh_db, tmp_path):
    unit_ops.add_unit(fresh_db, Unit("1", "Dinas Kesehatan"))
    plan = read_plan(fresh_db, write_csv(tmp_path / "n.csv", [["", "Dinas Kesehtan", "", "", ""]]))
    row = plan.rows[0]
    assert row.action is RowAction.BARU
    assert "mungkin maksudnya 'Dinas Kesehatan'" in row.issues[0].message


def test_deactivation_by_import_refused_with_staff(fresh_db, tmp_path):
    unit = unit_ops.add_unit(fresh_db, Unit("1", "Dinas Kesehatan"))
    staff_store.save_staff(fresh_db, make_staff(unit_id=unit.id))
    path = write_csv(tmp_path / "off.csv", [["1", "Dinas Kesehatan", "Tidak"]],
                     ["Kode", "Nama", "Aktif"])  # fmt: skip
    plan = read_plan(fresh_db, path)
    assert plan.rejected and "1 pegawai aktif" in plan.rejected[0].issues[0].message


def test_export_reads_back_unchanged(fresh_db, tmp_path):
    apply_plan(fresh_db, read_plan(fresh_db, write_csv(tmp_path / "s.csv", SOTK)))
    unit_ops.add_alias(fresh_db, units_by_name(fresh_db)["Sekretariat"].id, "Sekretariat Dinkes")
    for name in ("u.csv", "u.xlsx"):
        assert export_units(fresh_db, tmp_path / name) == 6
        plan = read_plan(fresh_db, tmp_path / name)
        assert plan.counts()[RowAction.SAMA] == 6, [(r.row, r.changed_fields) for r in plan.rows]


def test_file_without_name_column_is_refused(fresh_db, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["1", "2"]], ["Kode", "Jumlah"])
    with pytest.raises(UnitsFileError) as err:
        read_plan(fresh_db, path)
    assert "kolom Nama" in err.value.message()
    assert audit.entries_for(fresh_db, "x") == []


def test_moving_a_unit_below_its_own_child_is_refused(fresh_db, tmp_path):
    apply_plan(fresh_db, read_plan(fresh_db, write_csv(tmp_path / "s.csv", SOTK)))
    rows = [["1", "Pemerintah Kabupaten Kepahiang", "", "1.01.01", ""]]
    plan = read_plan(fresh_db, write_csv(tmp_path / "loop.csv", rows))
    assert plan.rejected and "lingkaran" in plan.rejected[0].issues[0].message
    assert unit_store.unit_by_kode(fresh_db, "1").parent_id is None
