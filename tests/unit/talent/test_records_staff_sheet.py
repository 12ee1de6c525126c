"""The PPPK contract's end travels through the staff sheet: exported as "Akhir Kontrak", read
back (also under other spellings), and a changed date is planned as a change."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook, load_workbook

from desktop.core.models import StatusPegawai
from desktop.imports.staff_export import export_staff
from desktop.imports.staff_import import apply_plan, read_plan
from desktop.store import staff as staff_store
from tests.conftest import make_staff

PPPK_NIP = "199001012023212001"  # an NI PPPK: "21" at digits 13–14


def _pppk(db):
    person = make_staff(
        nip=PPPK_NIP,
        nama="Sari Dewi",
        tanggal_lahir=date(1990, 1, 1),
        jenis_kelamin="P",
        status=StatusPegawai.PPPK,
        golongan="IX",
        tmt_cpns=None,
        kontrak_selesai=date(2028, 3, 31),
    )
    return staff_store.save_staff(db, person)


def test_the_contract_end_is_exported_and_reads_back_unchanged(fresh_db, tmp_path):
    _pppk(fresh_db)
    path = tmp_path / "pegawai.xlsx"
    export_staff(fresh_db, path)
    sheet = load_workbook(path).active
    headers = [c.value for c in sheet[1]]
    column = headers.index("Akhir Kontrak")
    written = sheet.cell(2, column + 1).value
    assert written.date() == date(2028, 3, 31)  # a date cell
    plan = read_plan(fresh_db, path)
    assert [str(r.action) for r in plan.rows] == ["sama"]


def test_a_later_contract_end_from_another_spelling_is_a_change(fresh_db, tmp_path):
    staff = _pppk(fresh_db)
    book = Workbook()
    book.active.append(["NIP", "Nama", "Akhir Perjanjian Kerja"])
    book.active.append([PPPK_NIP, "Sari Dewi", "31-03-2033"])
    path = tmp_path / "perpanjangan.xlsx"
    book.save(path)
    plan = read_plan(fresh_db, path)
    [row] = plan.rows
    assert str(row.action) == "ubah" and "kontrak_selesai" in row.changed_fields
    apply_plan(fresh_db, plan)
    assert staff_store.get_staff(fresh_db, staff.id).kontrak_selesai == date(2033, 3, 31)
