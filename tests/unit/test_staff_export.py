"""Staff export: text NIPs, real dates, the operator's column names, and a clean round trip."""

from __future__ import annotations

import csv
import dataclasses
from datetime import date, datetime

import openpyxl
import pytest

from desktop.core.models import Gender, NonaktifAlasan, StatusPegawai
from desktop.imports.headers import EXPORT_COLUMNS
from desktop.imports.staff_export import ExportFileError, export_staff
from desktop.imports.staff_import import RowAction, apply_plan, read_plan
from desktop.store import staff as staff_store
from desktop.store.db import open_db
from tests.conftest import make_staff, make_unit

NIP_BUDI = "198609262015051001"
NIP_SITI = "197501152000032003"
NIP_RINA = "199203142022212004"  # NI PPPK
LABELS = [label for label, _key in EXPORT_COLUMNS]


def build_office(db) -> dict[str, int]:
    """Two bidang, a head, a fully filled PNS under her, a PPPK and a retired employee."""
    root = make_unit(db)
    mutasi = make_unit(db, kode="1.2", nama="Bidang Mutasi", parent_id=root.id)
    umum = make_unit(db, kode="1.3", nama="Bidang Umum", parent_id=root.id)
    siti = staff_store.save_staff(db, make_staff(
        nip=NIP_SITI, nama="Siti Aminah", gelar_depan="Dr.", gelar_belakang="M.Si.",
        tanggal_lahir=date(1975, 1, 15), jenis_kelamin=Gender.P, tmt_cpns=date(2000, 3, 1),
        golongan="IV/a", jabatan="Kepala Bidang Mutasi", jenis_jabatan="administrator",
        eselon_id=31, unit_id=mutasi.id,
    ))  # fmt: skip
    staff_store.save_staff(db, make_staff(
        unit_id=mutasi.id, atasan_id=siti.id, agama_id=1, status_perkawinan_id=1,
        tmt_golongan=date(2019, 4, 1), tmt_pns=date(2016, 6, 1), tmt_jabatan=date(2021, 1, 4),
        jenis_jabatan="fungsional", jenjang="ahli_pertama", pendidikan="S1", tahun_lulus=2008,
        nik="1702012609860001", email="budi@kepahiangkab.go.id", no_hp="081234567890",
        alamat="Jl. Merdeka No. 1; RT 02", nip_lama="132456789", kedudukan_hukum="01",
        siasn_id="A8ACA7397AEB3912E040640A040269BB", jenis_pegawai="PNS Daerah Kab/Kota",
    ))  # fmt: skip
    staff_store.save_staff(db, make_staff(
        nip=NIP_RINA, nama="Rina Wati", gelar_belakang="", tanggal_lahir=date(1992, 3, 14),
        jenis_kelamin=Gender.P, status=StatusPegawai.PPPK, golongan="IX", tmt_cpns=None,
        jabatan="Pranata Komputer", jenis_jabatan="pelaksana", unit_id=umum.id,
    ))  # fmt: skip
    staff_store.save_staff(db, make_staff(
        nip="196001011985031001", nama="Ahmad Pensiun", tanggal_lahir=date(1960, 1, 1),
        tmt_cpns=date(1985, 3, 1), unit_id=umum.id, aktif=False,
        nonaktif_alasan=NonaktifAlasan.PENSIUN, nonaktif_tanggal=date(2020, 2, 1),
    ))  # fmt: skip
    return {"mutasi": mutasi.id, "umum": umum.id}


@pytest.fixture
def office(fresh_db):
    build_office(fresh_db)
    return fresh_db


def sheet_cells(path):
    """header label -> list of cells of that column (openpyxl, full mode, styles readable)."""
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows())
    return sheet, {cell.value: [row[i] for row in rows[1:]] for i, cell in enumerate(rows[0])}


def test_xlsx_layout_header_and_text_identity_numbers(office, tmp_path):
    path = tmp_path / "pegawai.xlsx"
    assert export_staff(office, path, with_personal=True) == 3
    sheet, columns = sheet_cells(path)
    assert sheet.title == "Pegawai" and sheet.freeze_panes == "A2"
    assert [c.value for c in next(sheet.iter_rows(max_row=1))] == LABELS
    assert all(c.font.bold for c in next(sheet.iter_rows(max_row=1)))
    assert sheet.column_dimensions["A"].width >= 20
    nip = columns["NIP"][0]
    assert (nip.value, nip.data_type, nip.number_format) == (NIP_BUDI, "s", "@")
    for label, value in (("NIK", "1702012609860001"), ("No HP", "081234567890"),
                         ("NIP Atasan", NIP_SITI)):  # fmt: skip
        cell = columns[label][0]
        assert (cell.value, cell.data_type, cell.number_format) == (value, "s", "@")


def test_xlsx_dates_are_real_dates(office, tmp_path):
    path = tmp_path / "pegawai.xlsx"
    export_staff(office, path)
    _sheet, columns = sheet_cells(path)
    born = columns["Tanggal Lahir"][0]
    assert born.is_date and born.value == datetime(1986, 9, 26)
    assert born.number_format == "dd-mm-yyyy"


def test_xlsx_shows_names_operators_know(office, tmp_path):
    path = tmp_path / "pegawai.xlsx"
    export_staff(office, path)
    _sheet, columns = sheet_cells(path)
    row = {label: cells[0].value for label, cells in columns.items()}
    assert (row["Agama"], row["Status Pegawai"], row["Jenjang"]) == ("Islam", "PNS", "Ahli Pertama")
    assert (row["Kode Unit"], row["Unit Kerja"], row["Aktif"]) == ("1.2", "Bidang Mutasi", "Ya")
    assert row["Kedudukan Hukum"] == "Aktif" and row["Tahun Lulus"] == 2008


def test_csv_is_utf8_with_bom_and_semicolons(office, tmp_path):
    path = tmp_path / "pegawai.csv"
    export_staff(office, path, with_personal=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == LABELS
    budi = dict(zip(LABELS, rows[1], strict=True))
    assert budi["NIP"] == "'" + NIP_BUDI  # apostrophed: a spreadsheet keeps it as text
    assert budi["Tanggal Lahir"] == "26-09-1986"
    assert budi["Alamat"] == "Jl. Merdeka No. 1; RT 02"


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
@pytest.mark.parametrize("include_inactive", [False, True])
def test_export_then_import_is_all_sama(office, tmp_path, suffix, include_inactive):
    path = tmp_path / f"pegawai.{suffix}"
    written = export_staff(office, path, include_inactive=include_inactive)
    plan = read_plan(office, path)
    assert not plan.ignored_columns
    assert [r.issues for r in plan.rows if r.action is not RowAction.SAMA] == []
    assert plan.counts()[RowAction.SAMA] == written == (4 if include_inactive else 3)


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_export_recreates_the_same_records_in_another_office(office, tmp_path, suffix):
    path = tmp_path / f"pegawai.{suffix}"
    export_staff(office, path, with_personal=True)
    other = open_db(tmp_path / "kantor-lain.sqlite")
    build_units_only(other)
    result = apply_plan(other, read_plan(other, path))
    assert result.inserted == 3
    for nip in (NIP_BUDI, NIP_SITI, NIP_RINA):
        assert comparable(staff_store.get_by_nip(other, nip), other) == comparable(
            staff_store.get_by_nip(office, nip), office
        )
    other.close()


def build_units_only(db) -> None:
    root = make_unit(db)
    make_unit(db, kode="1.2", nama="Bidang Mutasi", parent_id=root.id)
    make_unit(db, kode="1.3", nama="Bidang Umum", parent_id=root.id)


def comparable(staff, db) -> dict[str, object]:
    """A record without its local ids (the superior by NIP, the unit by kode) and without NIP
    lama, which the export's column list leaves out."""
    values = dataclasses.asdict(staff)
    for local in ("id", "uuid", "atasan_id", "unit_id", "nip_lama"):
        values.pop(local)
    values["atasan"] = staff_store.get_staff(db, staff.atasan_id).nip if staff.atasan_id else None
    values["unit"] = db.execute("SELECT kode FROM unit WHERE id = ?", [staff.unit_id]).fetchone()
    return values


def test_unit_filter(fresh_db, tmp_path):
    units = build_office(fresh_db)
    path = tmp_path / "umum.csv"
    assert export_staff(fresh_db, path, unit_ids={units["umum"]}) == 1
    assert NIP_RINA in path.read_text(encoding="utf-8-sig")


def test_replaces_an_old_file_and_leaves_no_temporary_file(office, tmp_path):
    path = tmp_path / "pegawai.xlsx"
    path.write_bytes(b"versi lama")
    export_staff(office, path)
    assert openpyxl.load_workbook(path).active.title == "Pegawai"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_refuses_other_formats_in_indonesian(office, tmp_path):
    with pytest.raises(ExportFileError) as caught:
        export_staff(office, tmp_path / "pegawai.ods")
    assert caught.value.message() == (
        "Ekspor hanya ke berkas .xlsx atau .csv (diminta: pegawai.ods)."
    )


def test_unwritable_folder_is_a_clear_error(office, tmp_path):
    with pytest.raises(ExportFileError) as caught:
        export_staff(office, tmp_path / "tidak-ada" / "pegawai.xlsx")
    assert "tidak dapat ditulis" in caught.value.message()
