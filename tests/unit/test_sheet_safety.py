"""Spreadsheets that look harmless: merged cells, formula-looking text, identity numbers in CSV,
hidden sheets. Each is read as what the operator sees, written inert, and named in the notes."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.core import i18n
from desktop.core.appraisal import Rating
from desktop.core.skp import Aspek, Iki, Rhk
from desktop.core.workflow import Action, Role
from desktop.imports.appraisal_export import export_appraisal_sheet
from desktop.imports.appraisal_import import read_appraisal_sheet
from desktop.imports.appraisal_legacy import read_legacy_sheet
from desktop.imports.appraisal_sheet import COLUMNS, HEADER_KEYS, Col, header_key
from desktop.imports.formulas import csv_text, looks_like_formula, unmark
from desktop.imports.sheet import ImportFileError
from desktop.imports.staff_export import export_staff
from desktop.imports.staff_import import RowAction, read_plan
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from tests.conftest import make_staff, make_unit

NIPS = ("198609262015051001", "197501152000032003", "199001012015031002")
HYPERLINK = '=HYPERLINK("http://contoh.invalid/x","Budi Santoso")'


@pytest.fixture
def office(fresh_db):
    """Three staff in unit 1.01, one with every identity number filled."""
    root = make_unit(fresh_db)
    make_unit(fresh_db, kode="1.01", nama="Bidang Mutasi", parent_id=root.id)
    mutasi = make_unit(fresh_db, kode="1.02", nama="Bidang Umum", parent_id=root.id)
    staff_store.save_staff(
        fresh_db,
        make_staff(nik="1702012609860001", no_hp="081234567890", unit_id=mutasi.id),
    )
    staff_store.save_staff(
        fresh_db,
        make_staff(
            nip=NIPS[1], nama="Siti Aminah", tanggal_lahir=date(1975, 1, 15),
            jenis_kelamin="P", tmt_cpns=date(2000, 3, 1), unit_id=mutasi.id,
        ),
    )  # fmt: skip
    staff_store.save_staff(
        fresh_db,
        make_staff(
            nip=NIPS[2], nama="Andi Saputra", tanggal_lahir=date(1990, 1, 1),
            tmt_cpns=date(2015, 3, 1), unit_id=mutasi.id,
        ),
    )  # fmt: skip
    return fresh_db


def unit_of(db, nip: str) -> str:
    return db.execute(
        "SELECT u.kode FROM staff s JOIN unit u ON u.id = s.unit_id WHERE s.nip = ?", [nip]
    ).fetchone()[0]


def write_book(path: Path, rows: list[list[object]], merge: str = "") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Pegawai"
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    book.save(path)
    return path


# --- merged cells ---------------------------------------------------------------------------


def test_kode_unit_merged_over_three_rows_keeps_all_three_units(office, tmp_path):
    rows = [["NIP", "Kode Unit"]] + [[nip, "1.01"] for nip in NIPS]
    path = write_book(tmp_path / "gabung.xlsx", rows, merge="B2:B4")
    plan = read_plan(office, path)
    units = {r.nip: r.staff.unit_id for r in plan.rows}
    target = office.execute("SELECT id FROM unit WHERE kode = '1.01'").fetchone()[0]
    assert units == dict.fromkeys(NIPS, target)
    assert [r.action for r in plan.rows] == [RowAction.UBAH] * 3
    assert [n.message for n in plan.notes] == [
        "Sel B2:B4 digabung: nilainya dipakai untuk baris 2–4."
    ]


def test_a_merged_title_above_the_header_is_no_news(office, tmp_path):
    rows = [["DAFTAR PEGAWAI", None], ["NIP", "Kode Unit"], [NIPS[0], "1.02"]]
    plan = read_plan(office, write_book(tmp_path / "judul.xlsx", rows, merge="A1:B1"))
    assert plan.notes == [] and [r.action for r in plan.rows] == [RowAction.SAMA]


def test_merged_years_in_a_legacy_sheet_fill_every_row(office, tmp_path):
    rows = [["NIP", "Tahun", "Nilai SKP", "Nilai Perilaku"]]
    rows += [[nip, 2021, 85, 80] for nip in NIPS]
    for row in rows[2:]:
        row[1] = None
    i18n.set_language("en")
    plan = read_legacy_sheet(office, write_book(tmp_path / "pp46.xlsx", rows, merge="B2:B4"))
    assert plan.rejected == [] and {r.tahun for r in plan.records} == {2021}
    assert [n.message for n in plan.notes] == [
        "Cells B2:B4 are merged: their value is used for rows 2–4."
    ]


# --- formula-looking text -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "formula"),
    [(HYPERLINK, True), ("@SUM(A1)", True), ("-2+3", True), ("+62 812-3456-7890", False),
     ("-", False), ("-5", False), ('="198609262015051001"', False), ("Budi", False)],
)  # fmt: skip
def test_what_counts_as_a_formula(text, formula):
    assert looks_like_formula(text) is formula


def test_csv_marks_survive_a_round_trip_but_a_name_keeps_its_apostrophe():
    for text in (HYPERLINK, "+62812", "-", "081234567890"):
        assert unmark(csv_text(text, identity=True)) == text
    assert unmark("'Aisyah") == "'Aisyah"


def hyperlink_office(db):
    staff = staff_store.get_staff(db, staff_store.list_rows(db)[0].id)
    staff.nama = HYPERLINK
    return staff_store.save_staff(db, staff)


def test_an_exported_hyperlink_name_is_a_text_cell_and_reads_back_the_same(office, tmp_path):
    hyperlink_office(office)
    path = tmp_path / "pegawai.xlsx"
    export_staff(office, path)
    sheet = openpyxl.load_workbook(path).active  # formulas kept: nothing is computed here
    names = [row[1] for row in sheet.iter_rows(min_row=2)]
    link = next(c for c in names if c.value == HYPERLINK)
    assert link.data_type == "s"
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    plan = read_plan(office, path)
    assert [r.action for r in plan.rows] == [RowAction.SAMA] * 3
    assert HYPERLINK in {r.nama for r in plan.rows}
    assert [n.code for n in plan.notes] == ["formula"]
    assert "B" in plan.notes[0].cell and "dibaca sebagai teks" in plan.notes[0].message


def test_a_hyperlink_name_in_csv_is_apostrophed_and_reads_back_the_same(office, tmp_path):
    hyperlink_office(office)
    path = tmp_path / "pegawai.csv"
    export_staff(office, path)
    assert f"'{HYPERLINK}".replace('"', '""') in path.read_text(encoding="utf-8-sig")
    plan = read_plan(office, path)
    assert [r.action for r in plan.rows] == [RowAction.SAMA] * 3
    assert [n.code for n in plan.notes] == ["formula"]


def test_a_real_formula_in_xlsx_is_read_as_its_text_never_run(office, tmp_path):
    rows = [["NIP", "Nama"], [NIPS[0], '=CONCATENATE("Budi"," Santoso")']]
    plan = read_plan(office, write_book(tmp_path / "rumus.xlsx", rows))
    assert plan.rows[0].nama == '=CONCATENATE("Budi"," Santoso")'
    assert [(n.code, n.cell) for n in plan.notes] == [("formula", "B2")]


def test_many_formulas_are_summed_up_after_twenty(office, tmp_path):
    rows = [["NIP", "Nama"]] + [[NIPS[0], f"=A{n}"] for n in range(2, 32)]
    plan = read_plan(office, write_book(tmp_path / "banyak.xlsx", rows))
    assert [n.code for n in plan.notes] == ["formula"] * 20 + ["formula_more"]
    assert "10" in plan.notes[-1].message


def test_appraisal_export_and_staff_export_share_the_inert_text_rule(office, tmp_path):
    """A catatan ``=1+1`` in the appraisal sheet is a string cell too (one helper for both)."""
    staff = staff_store.list_rows(office)
    head, analis = staff[0], staff[1]
    make_head = office.execute("UPDATE unit SET kepala_id = ? WHERE kode = '1.02'", [head.id])
    assert make_head.rowcount == 1
    skp = skp_store.new_skp(analis.id, 2026)
    skp.rhk = [Rhk("Terkelolanya data", iki=[Iki("Jumlah usulan", Aspek.KUANTITAS, "5")])]
    skp = skp_store.save_skp(office, skp)
    from desktop.store import evaluasi as ev_store

    ev = ev_store.open_evaluasi(office, skp.id, "TW1")
    ev.rating_hasil = ev.rating_perilaku = Rating.SESUAI
    ev.catatan = "=1+1"
    ev_store.save_evaluasi(office, ev, role=Role.ADMIN)
    unit_id = office.execute("SELECT id FROM unit WHERE kode = '1.02'").fetchone()[0]
    path = tmp_path / "penilaian.xlsx"
    export_appraisal_sheet(office, path, unit_id=unit_id, tahun=2026, periode="TW1")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    catatan = [c for row in sheet.iter_rows() for c in row if c.value == "=1+1"]
    assert [c.data_type for c in catatan] == ["s"]
    plan = read_appraisal_sheet(office, path)
    assert {r.catatan for r in plan.rows if r.nip == analis.nip} == {"=1+1"}
    assert [n.code for n in plan.notes] == ["formula"]
    assert Action.NILAI  # the sheet is the one the CLI round-trips


# --- identity numbers in CSV ----------------------------------------------------------------


def test_csv_export_import_round_trips_nip_nik_and_phone(office, tmp_path):
    path = tmp_path / "pegawai.csv"
    export_staff(office, path, with_personal=True)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert {r["NIP"] for r in rows} == {"'" + nip for nip in NIPS}
    budi = next(r for r in rows if r["NIP"] == "'" + NIPS[0])
    assert (budi["NIK"], budi["No HP"]) == ("'1702012609860001", "'081234567890")
    plan = read_plan(office, path)
    assert [r.action for r in plan.rows] == [RowAction.SAMA] * 3
    assert {r.nip for r in plan.rows} == set(NIPS) and plan.notes == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_csv_with_identity_numbers_as_text_and_no_formula(office, tmp_path):
    hyperlink_office(office)
    path = tmp_path / "pegawai.csv"
    export_staff(office, path, with_personal=True)
    subprocess.run(
        ["soffice", "--headless", "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx",
         "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=120, env={"HOME": str(tmp_path)},
    )  # fmt: skip
    sheet = openpyxl.load_workbook(tmp_path / "pegawai.xlsx").active
    header = [c.value for c in sheet[1]]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert all(c.data_type != "f" for c in cells)
    for label in ("NIP", "NIK", "No HP"):
        column = [row[header.index(label)] for row in sheet.iter_rows(min_row=2)]
        assert all(c.data_type == "s" for c in column if c.value is not None)
    plan = read_plan(office, tmp_path / "pegawai.xlsx")
    assert {r.nip for r in plan.rows} == set(NIPS)


# --- hidden sheets --------------------------------------------------------------------------


def test_a_hidden_sheet_is_named_and_not_imported(office, tmp_path):
    path = write_book(tmp_path / "tersembunyi.xlsx", [["NIP", "Kode Unit"], [NIPS[0], "1.02"]])
    book = openpyxl.load_workbook(path)
    arsip = book.create_sheet("Arsip 2019")
    arsip.append(["NIP", "Kode Unit"])
    arsip.append([NIPS[1], "1.01"])
    arsip.sheet_state = "hidden"
    book.save(path)
    plan = read_plan(office, path)
    assert [r.nip for r in plan.rows] == [NIPS[0]]
    assert [n.message for n in plan.notes] == [
        "Lembar 'Arsip 2019' tersembunyi dan tidak dibaca; tampilkan lembarnya (Unhide) bila "
        "isinya perlu diimpor."
    ]


def test_data_only_on_a_hidden_sheet_is_refused_naming_it(office, tmp_path):
    path = write_book(tmp_path / "semua.xlsx", [["Catatan"]])
    book = openpyxl.load_workbook(path)
    data = book.create_sheet("Data")
    data.append(["NIP", "Kode Unit"])
    data.append([NIPS[0], "1.01"])
    data.sheet_state = "veryHidden"
    book.save(path)
    with pytest.raises(ImportFileError) as err:
        read_plan(office, path)
    assert err.value.code == "hidden_only" and "(Data)" in err.value.message()
    assert unit_of(office, NIPS[0]) == "1.02"


def test_an_appraisal_sheet_skips_a_hidden_unit_sheet_and_fills_merged_ratings(office, tmp_path):
    staff = staff_store.list_rows(office)
    for row in staff:
        skp = skp_store.new_skp(row.id, 2026)
        skp.rhk = [Rhk("Terkelolanya data", iki=[Iki("Jumlah usulan", Aspek.KUANTITAS, "5")])]
        skp_store.save_skp(office, skp)
    unit_id = office.execute("SELECT id FROM unit WHERE kode = '1.02'").fetchone()[0]
    path = tmp_path / "penilaian.xlsx"
    export_appraisal_sheet(office, path, unit_id=unit_id, tahun=2026, periode="TW1")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    header = next(
        r for r in range(1, 30) if HEADER_KEYS.get(header_key(sheet.cell(r, 1).value)) is Col.NIP
    )
    hasil, perilaku = (COLUMNS.index(c) + 1 for c in (Col.HASIL, Col.PERILAKU))
    sheet.cell(header + 1, hasil, "Sesuai Ekspektasi")
    sheet.cell(header + 1, perilaku, "Sesuai Ekspektasi")
    sheet.merge_cells(
        start_row=header + 1, end_row=header + 3, start_column=hasil, end_column=perilaku
    )
    copy = book.copy_worksheet(sheet)
    copy.title, copy.sheet_state = "Salinan lama", "hidden"
    book.save(path)
    plan = read_appraisal_sheet(office, path)
    assert [r.rating_hasil for r in plan.rows] == [Rating.SESUAI] * 3
    assert [r.rating_perilaku for r in plan.rows] == [Rating.SESUAI] * 3
    assert [n.code for n in plan.notes] == ["merged_block", "hidden"]
    assert "Salinan lama" in plan.notes[1].message


# --- report files ---------------------------------------------------------------------------


def test_ten_import_reports_in_one_second_are_ten_files(tmp_path):
    import desktop.cli  # noqa: F401
    from desktop.cli.sync import _report_path

    paths = [_report_path(tmp_path / "pusat.sqlite") for _ in range(10)]
    assert len(set(paths)) == 10 and all(p.exists() for p in paths)
    assert all(p.parent.name == "pusat-sinkron" and p.suffix == ".json" for p in paths)
