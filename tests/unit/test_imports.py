"""Staff import from .xlsx/.csv: what the operator sees in the preview and what gets saved."""

from __future__ import annotations

import csv
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.core.errors import Cancelled
from desktop.core.models import Gender, JenisJabatan, StatusPegawai
from desktop.core.validation import Severity
from desktop.imports.staff_import import (
    ImportFileError,
    RowAction,
    apply_plan,
    read_plan,
)
from desktop.store import staff as staff_store
from tests.conftest import make_staff, make_unit

NIP_BUDI = "198609262015051001"  # L, born 26-09-1986, TMT CPNS May 2015
NIP_SITI = "199001012019032005"  # P, born 01-01-1990
NIP_PPPK = "199001012022212001"  # NI PPPK, P
TODAY = date(2026, 11, 23)
HEADER = ["NIP", "Nama", "Tanggal Lahir", "Gol/Ruang", "Jabatan", "Unit Kerja"]


# --- factories -----------------------------------------------------------------------------


def budi(**overrides: object) -> dict[str, object]:
    row: dict[str, object] = {
        "NIP": NIP_BUDI, "Nama": "Budi Santoso", "Tanggal Lahir": "26-09-1986",
        "Gol/Ruang": "III/b", "Jabatan": "Analis Kepegawaian", "Unit Kerja": "Bidang Mutasi",
    }  # fmt: skip
    row.update(overrides)
    return row


def siti(**overrides: object) -> dict[str, object]:
    return budi(NIP=NIP_SITI, Nama="Siti Aminah", **{"Tanggal Lahir": "01-01-1990", **overrides})


def table(rows: list[dict[str, object]]) -> list[list[object]]:
    """Header row (every key, in order of appearance) then data rows; missing cells empty."""
    header = list(dict.fromkeys(key for row in rows for key in row))
    return [header, *[[row.get(h) for h in header] for row in rows]]


def write_xlsx(path: Path, rows: list[list[object]], *, above: int = 0) -> Path:
    """A workbook with ``above`` title rows over the table, as offices make them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data Pegawai"
    for n in range(above):
        sheet.append(["DAFTAR PEGAWAI DINAS KOMINFO" if n == 0 else None])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(
    path: Path, rows: list[list[object]], *, delimiter: str = ";", encoding: str = "utf-8-sig"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def patch_sheet_xml(path: Path, old: str, new: str) -> None:
    """Rewrite part of the sheet XML (``old`` is a regex), to make cells openpyxl itself never
    writes: an exact 18-digit number (it writes 1.98...e+17), a float NIK, a wrong dimension."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename == "xl/worksheets/sheet1.xml":
                data, count = re.subn(old.encode(), new.encode(), data)
                assert count == 1
            target.writestr(info, data)


@pytest.fixture
def office(fresh_db):
    """An office with one bidang, whose name the sample rows use."""
    root = make_unit(fresh_db)
    make_unit(fresh_db, kode="1.2", nama="Bidang Mutasi", parent_id=root.id)
    return fresh_db


def plan_of(db, path: Path):
    return read_plan(db, path, today=TODAY)


def only_row(db, path: Path):
    plan = plan_of(db, path)
    assert len(plan.rows) == 1
    return plan.rows[0]


def one_row(db, tmp_path: Path, kind: str = "xlsx", **cells: object):
    """Budi's row with ``cells`` changed, written as .xlsx or .csv, as the plan sees it."""
    writer = write_xlsx if kind == "xlsx" else write_csv
    return only_row(db, writer(tmp_path / f"p.{kind}", table([budi(**cells)])))


def state(db) -> tuple[int, int, int]:
    """(sync rev, staff rows, audit entries): all three move on any write."""
    return (
        db.execute("SELECT rev FROM sync_state").fetchone()[0],
        db.execute("SELECT count(*) FROM staff").fetchone()[0],
        db.execute("SELECT count(*) FROM audit_log").fetchone()[0],
    )


# --- headers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "fields"),
    [
        (["NIP", "Nama", "Gol/Ruang", "Tgl Lahir", "L/P"],
         ["nip", "nama", "golongan", "tanggal_lahir", "jenis_kelamin"]),
        (["nip_baru", "NAMA LENGKAP", "Gol. Ruang", "tanggal  lahir", "JK"],
         ["nip", "nama", "golongan", "tanggal_lahir", "jenis_kelamin"]),
        (["nipBaru", "nama", "golRuangAkhir", "tglLahir", "jenisKelamin"],
         ["nip", "nama", "golongan", "tanggal_lahir", "jenis_kelamin"]),
        ([" N.I.P. ", "Nama Pegawai", "Pangkat/Gol", "Tanggal Lahir (dd-mm-yyyy)", "Jenis Kelamin"],
         ["nip", "nama", "golongan", "tanggal_lahir", "jenis_kelamin"]),
    ],
)  # fmt: skip
def test_header_synonyms_in_any_case_and_spacing(office, tmp_path, headers, fields):
    values = [NIP_BUDI, "Budi Santoso", "III/b", "26-09-1986", "L"]
    path = write_xlsx(tmp_path / "pegawai.xlsx", [headers, values])
    plan = plan_of(office, path)
    assert list(plan.columns.values()) == fields
    assert plan.rows[0].action is RowAction.BARU


def test_unknown_headers_are_listed_as_ignored(office, tmp_path):
    rows = [["No", "NIP", "Nama", "TTL"], [1, NIP_BUDI, "Budi", "x"]]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    plan = plan_of(office, path)
    assert plan.ignored_columns == ["No", "TTL"]
    assert plan.rows[0].action is RowAction.BARU


def test_header_on_row_three_under_a_title(office, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", table([budi(), siti()]), above=2)
    plan = plan_of(office, path)
    assert plan.sheet == "Data Pegawai"
    assert [r.row for r in plan.rows] == [4, 5]


def test_empty_rows_are_skipped_and_row_numbers_kept(office, tmp_path):
    rows = table([budi(), siti()])
    rows.insert(2, [None] * len(HEADER))
    rows.insert(2, ["", " ", None, "-", None, None])
    plan = plan_of(office, write_xlsx(tmp_path / "p.xlsx", rows))
    assert [(r.row, r.nip) for r in plan.rows] == [(2, NIP_BUDI), (5, NIP_SITI)]


# --- NIP -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "kind"),
    [("19860926 201505 1 001", "xlsx"), ("'198609262015051001", "xlsx"),
     ("19860926.201505.1.001", "xlsx"), (" 198609262015051001 ", "xlsx"),
     ("19860926 201505 1 001", "csv"), ('="198609262015051001"', "csv")],
)  # fmt: skip
def test_nip_as_text_in_any_usual_form_is_accepted(office, tmp_path, written, kind):
    writer = write_xlsx if kind == "xlsx" else write_csv
    row = only_row(office, writer(tmp_path / f"p.{kind}", table([budi(NIP=written)])))
    assert row.action is RowAction.BARU
    assert row.nip == NIP_BUDI and row.staff.nip == NIP_BUDI


def test_nip_as_an_exact_number_cell_is_accepted(office, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", table([budi(NIP=1.98609262015051e17)]))
    patch_sheet_xml(path, r"<v>1\.98609262015051e\+17</v>", f"<v>{NIP_BUDI}</v>")
    row = only_row(office, path)
    assert row.action is RowAction.BARU and row.staff.nip == NIP_BUDI


@pytest.mark.parametrize(
    ("cell", "shown"), [(1.98609262015051e17, "1,98609E+17"), ("1.98609E+17", "1.98609E+17")]
)
def test_nip_rounded_by_excel_is_rejected_not_guessed(office, tmp_path, cell, shown):
    row = one_row(office, tmp_path, NIP=cell)
    assert row.action is RowAction.DITOLAK and row.staff is None
    [issue] = row.issues
    assert issue.column == "NIP"
    assert issue.message.startswith(f"NIP rusak: Excel mengubahnya menjadi angka {shown}")
    assert "ketik ulang NIP sebagai teks" in issue.message


def test_nip_scientific_text_in_csv_is_rejected(office, tmp_path):
    path = write_csv(tmp_path / "p.csv", table([budi(NIP="1,98609E+17")]))
    assert "NIP rusak" in only_row(office, path).issues[0].message


def test_invalid_nip_is_rejected_with_the_rule_that_failed(office, tmp_path):
    row = one_row(office, tmp_path, NIP="19860926201505100")
    assert row.action is RowAction.DITOLAK
    assert any("18 digit" in i.message for i in row.issues)


# --- cells ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell", [datetime(1986, 9, 26), "26-09-1986", "26/09/1986", "26.09.1986", "1986-09-26",
             "26 September 1986", "26 Sept 1986", "26-Sep-1986", "Jumat, 26 September 1986"],
)  # fmt: skip
def test_every_usual_date_form_is_read(office, tmp_path, cell):
    row = one_row(office, tmp_path, **{"Tanggal Lahir": cell})
    assert row.action is RowAction.BARU, row.issues
    assert row.staff.tanggal_lahir == date(1986, 9, 26)


@pytest.mark.parametrize(
    ("written", "expected"),
    [("12 Januari 1980", date(1980, 1, 12)), ("1 Pebruari 2001", date(2001, 2, 1)),
     ("17 Agustus 2020", date(2020, 8, 17)), ("3 Agt 2020", date(2020, 8, 3)),
     ("10 Nopember 2019", date(2019, 11, 10)), ("31 Desember 2021", date(2021, 12, 31)),
     ("5 Mei 2010", date(2010, 5, 5))],
)  # fmt: skip
def test_indonesian_month_names(office, tmp_path, written, expected):
    path = write_csv(tmp_path / "p.csv", table([budi(**{"TMT Jabatan": written})]))
    assert only_row(office, path).staff.tmt_jabatan == expected


def test_bad_date_rejects_the_row_naming_the_column(office, tmp_path):
    row = one_row(office, tmp_path, "csv", **{"TMT Jabatan": "31-02-2020"})
    assert row.action is RowAction.DITOLAK
    assert [(i.column, i.message) for i in row.issues] == [
        ("TMT Jabatan", "Tanggal tidak ada di kalender: '31-02-2020'.")
    ]


def test_a_bare_year_in_a_date_column_is_not_taken_for_a_serial(office, tmp_path):
    row = one_row(office, tmp_path, **{"TMT Jabatan": 2020})
    assert [(i.column, i.message) for i in row.issues] == [
        ("TMT Jabatan", "'2020' hanya tahun; tulis tanggal lengkap, misalnya 01-01-2020.")
    ]


def test_rejected_row_names_row_column_and_reason(office, tmp_path):
    rows = table([budi(), siti(**{"Gol/Ruang": "V/z"})])
    plan = plan_of(office, write_xlsx(tmp_path / "p.xlsx", rows, above=1))
    assert plan.counts()[RowAction.BARU] == 1
    [rejected] = plan.rejected
    [issue] = rejected.issues
    assert (issue.row, issue.column) == (4, "Gol/Ruang")
    assert issue.message.startswith("Golongan 'V/z' tidak dikenal")


@pytest.mark.parametrize(
    ("written", "expected"),
    [("3b", "III/b"), ("III-b", "III/b"), ("Penata Muda Tk. I (III/b)", "III/b"),
     ("iv / A", "IV/a")],
)  # fmt: skip
def test_golongan_spellings(office, tmp_path, written, expected):
    row = one_row(office, tmp_path, **{"Gol/Ruang": written})
    assert row.staff.golongan == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [("L", Gender.L), ("Laki-laki", Gender.L), ("PRIA", Gender.L), (1, Gender.L),
     ("P", Gender.P), ("perempuan", Gender.P), ("Wanita", Gender.P), ("2", Gender.P)],
)  # fmt: skip
def test_jenis_kelamin_spellings(office, tmp_path, written, expected):
    person = budi if expected is Gender.L else siti
    row = only_row(office, write_xlsx(tmp_path / "p.xlsx", table([person(JK=written)])))
    assert row.staff.jenis_kelamin is expected and not row.issues


def test_status_and_gender_come_from_the_nip_when_absent(office, tmp_path):
    rows = [["NIP", "Nama"], [NIP_PPPK, "Rina"], [NIP_BUDI, "Budi"]]
    pppk, pns = plan_of(office, write_xlsx(tmp_path / "p.xlsx", rows)).rows
    assert (pppk.staff.status, pppk.staff.jenis_kelamin) == (StatusPegawai.PPPK, Gender.P)
    assert (pns.staff.status, pns.staff.jenis_kelamin) == (StatusPegawai.PNS, Gender.L)


@pytest.mark.parametrize(
    ("written", "expected"),
    [("PNS", StatusPegawai.PNS), ("cpns", StatusPegawai.CPNS), ("Calon PNS", StatusPegawai.CPNS)],
)
def test_status_text_in_any_case(office, tmp_path, written, expected):
    path = write_xlsx(tmp_path / "p.xlsx", table([budi(**{"Status Pegawai": written})]))
    assert only_row(office, path).staff.status is expected


def test_reference_lists_by_name_or_code(office, tmp_path):
    row = budi(
        Agama="islam",
        **{
            "Status Perkawinan": 1,
            "Pendidikan Terakhir": "S1 Teknik Sipil",
            "Jenis Jabatan": "Struktural",
            "Eselon": "III.a",
            "Kedudukan Hukum": 1,
        },
    )
    staff = only_row(office, write_xlsx(tmp_path / "p.xlsx", table([row]))).staff
    assert (staff.agama_id, staff.status_perkawinan_id, staff.pendidikan) == (1, 1, "S1")
    assert (staff.jenis_jabatan, staff.eselon_id) == (JenisJabatan.ADMINISTRATOR, 31)
    assert staff.kedudukan_hukum == "01"


def test_unknown_reference_value_lists_the_choices(office, tmp_path):
    row = one_row(office, tmp_path, Agama="Kepercayaan")
    assert row.action is RowAction.DITOLAK
    assert row.issues[0].column == "Agama"
    assert "Islam, Kristen" in row.issues[0].message


def test_unknown_unit_rejects_the_row(office, tmp_path):
    row = one_row(office, tmp_path, **{"Unit Kerja": "Bidang X"})
    assert row.action is RowAction.DITOLAK
    assert [(i.column, i.message) for i in row.issues] == [
        (
            "Unit Kerja",
            "Unit 'Bidang X' tidak ditemukan; tambahkan unitnya lebih dulu atau periksa ejaannya.",
        )
    ]


def test_unit_by_kode_or_by_name_in_any_case(office, tmp_path):
    rows = [
        budi(**{"Unit Kerja": "BIDANG  mutasi"}),
        siti(**{"Unit Kerja": None, "Kode Unit": "1.2"}),
    ]
    plan = plan_of(office, write_xlsx(tmp_path / "p.xlsx", table(rows)))
    unit_id = office.execute("SELECT id FROM unit WHERE kode = '1.2'").fetchone()[0]
    assert [r.staff.unit_id for r in plan.rows] == [unit_id, unit_id]


@pytest.mark.parametrize(("kode", "unit_found"), [("1.2", True), (None, False), ("9.9", None)])
def test_file_with_only_kode_unit(office, tmp_path, kode, unit_found):
    rows = [["NIP", "Nama", "Kode Unit"], [NIP_BUDI, "Budi", kode]]
    row = only_row(office, write_xlsx(tmp_path / "p.xlsx", rows))
    if unit_found is None:
        assert row.action is RowAction.DITOLAK and row.issues[0].column == "Kode Unit"
    else:
        assert (row.staff.unit_id is not None) is unit_found


def test_identity_numbers_from_number_cells(office, tmp_path):
    cells = {"No HP": 81234567890, "NIK": 1702012609860001}
    path = write_xlsx(tmp_path / "p.xlsx", table([budi(**cells)]))
    patch_sheet_xml(path, "<v>1702012609860001</v>", "<v>1.70201260986E+15</v>")
    row = only_row(office, path)
    assert row.action is RowAction.DITOLAK
    assert [(i.column, i.message[:54]) for i in row.issues] == [
        ("NIK", "NIK rusak: Excel mengubahnya menjadi angka 1,70201E+15")
    ]
    fixed = one_row(office, tmp_path, **{"No HP": 81234567890, "NIK": "1702012609860001"})
    assert (fixed.staff.no_hp, fixed.staff.nik) == ("081234567890", "1702012609860001")


def test_wrong_dimension_tag_does_not_cut_rows_off(office, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", table([budi(), siti()]))
    patch_sheet_xml(path, r'<dimension ref="A1:F3"\s*/>', '<dimension ref="A1:B2"/>')
    assert [r.nip for r in plan_of(office, path).rows] == [NIP_BUDI, NIP_SITI]


def test_warnings_are_kept_but_do_not_reject(office, tmp_path):
    row = one_row(office, tmp_path, **{"Tanggal Lahir": "27-09-1986"})
    assert row.action is RowAction.BARU
    assert [(i.column, i.severity) for i in row.issues] == [("Tanggal Lahir", Severity.WARNING)]


def test_duplicate_nip_in_the_file_rejects_the_second_naming_the_first(office, tmp_path):
    rows = [budi(), siti(), budi(NIP="19860926 201505 1 001", Nama="Budi Lagi")]
    plan = plan_of(office, write_xlsx(tmp_path / "p.xlsx", table(rows)))
    assert [r.action for r in plan.rows] == [RowAction.BARU, RowAction.BARU, RowAction.DITOLAK]
    assert plan.rows[2].issues[0].message == (
        f"NIP {NIP_BUDI} sudah ada di baris 2; baris ini tidak diimpor."
    )


# --- CSV -----------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252"])
def test_csv_delimiters_and_encodings(office, tmp_path, delimiter, encoding):
    rows = table([budi(Nama="André Müller"), siti()])
    path = write_csv(tmp_path / "p.csv", rows, delimiter=delimiter, encoding=encoding)
    plan = plan_of(office, path)
    assert [r.nama for r in plan.rows] == ["André Müller", "Siti Aminah"]
    assert plan.counts()[RowAction.BARU] == 2


# --- comparing with the database and saving ------------------------------------------------


def test_dry_run_writes_nothing(office, tmp_path):
    staff_store.save_staff(office, make_staff(jabatan="Lama"))
    before = state(office)
    plan = plan_of(office, write_xlsx(tmp_path / "p.xlsx", table([budi(), siti()])))
    assert plan.counts()[RowAction.UBAH] == 1 and plan.counts()[RowAction.BARU] == 1
    assert state(office) == before


def test_apply_then_same_file_again_is_all_sama(office, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", table([budi(), siti()]))
    result = apply_plan(office, plan_of(office, path))
    assert (result.inserted, result.updated) == (2, 0)
    after_first = state(office)
    again = plan_of(office, path)
    assert [r.action for r in again.rows] == [RowAction.SAMA, RowAction.SAMA]
    assert apply_plan(office, again).unchanged == 2
    assert state(office) == after_first


def test_changed_cell_is_ubah_with_changed_fields(office, tmp_path):
    apply_plan(office, plan_of(office, write_xlsx(tmp_path / "a.xlsx", table([budi()]))))
    row = only_row(office, write_xlsx(tmp_path / "b.xlsx", table([budi(Jabatan="Kepala Seksi")])))
    assert row.action is RowAction.UBAH
    assert row.changed_fields == ["jabatan"]


def test_column_missing_from_the_file_keeps_stored_data(office, tmp_path):
    email = "budi@kepahiangkab.go.id"
    staff_store.save_staff(office, make_staff(email=email, no_hp="081234567890"))
    path = write_xlsx(tmp_path / "p.xlsx", [["NIP", "Jabatan"], [NIP_BUDI, "Kepala Seksi"]])
    plan = plan_of(office, path)
    assert plan.rows[0].changed_fields == ["jabatan"]
    assert apply_plan(office, plan).updated == 1
    saved = staff_store.get_by_nip(office, NIP_BUDI)
    assert (saved.jabatan, saved.email, saved.no_hp) == ("Kepala Seksi", email, "081234567890")
    assert saved.nama == "Budi Santoso"


def test_superior_named_in_the_same_file_is_linked_after_insert(office, tmp_path):
    rows = [budi(**{"NIP Atasan": NIP_SITI}), siti()]
    plan = plan_of(office, write_xlsx(tmp_path / "p.xlsx", table(rows)))
    assert [r.action for r in plan.rows] == [RowAction.BARU, RowAction.BARU]
    apply_plan(office, plan)
    budi_saved = staff_store.get_by_nip(office, NIP_BUDI)
    assert budi_saved.atasan_id == staff_store.get_by_nip(office, NIP_SITI).id
    assert [r.action for r in plan_of(office, plan.path).rows] == [RowAction.SAMA] * 2


def test_superior_on_record_is_linked(office, tmp_path):
    boss = staff_store.save_staff(
        office, make_staff(nip=NIP_SITI, nama="Siti", tanggal_lahir=None, jenis_kelamin=Gender.P)
    )
    row = one_row(office, tmp_path, **{"NIP Atasan": NIP_SITI})
    assert row.staff.atasan_id == boss.id


@pytest.mark.parametrize(
    ("atasan", "message"),
    [("197001012000031002", "NIP atasan 197001012000031002 tidak terdaftar"),
     (NIP_BUDI, "Pegawai tidak dapat menjadi atasannya sendiri.")],
)  # fmt: skip
def test_superior_that_cannot_be_linked_rejects_the_row(office, tmp_path, atasan, message):
    row = one_row(office, tmp_path, **{"NIP Atasan": atasan})
    assert row.action is RowAction.DITOLAK
    assert row.issues[0].column == "NIP Atasan" and row.issues[0].message.startswith(message)


def test_rejected_superior_rejects_those_below_it(office, tmp_path):
    rows = [budi(**{"NIP Atasan": NIP_SITI}), siti(**{"Gol/Ruang": "Z"})]
    plan = plan_of(office, write_xlsx(tmp_path / "p.xlsx", table(rows)))
    assert [r.action for r in plan.rows] == [RowAction.DITOLAK, RowAction.DITOLAK]
    assert "(baris 3) ditolak" in plan.rows[0].issues[0].message


def test_apply_is_one_transaction(office, tmp_path, monkeypatch):
    staff_store.save_staff(
        office, make_staff(nip=NIP_SITI, nama="Siti", tanggal_lahir=None, jenis_kelamin=Gender.P)
    )
    path = write_xlsx(tmp_path / "p.xlsx", table([budi(), siti(Jabatan="Sekretaris")]))
    plan = plan_of(office, path)
    before = state(office)
    real = staff_store.upsert_many
    calls: list[int] = []

    def fail_on_second_call(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # the new row is in; the update is next
            raise OSError("disk pulled out")
        return real(*args, **kwargs)

    monkeypatch.setattr(staff_store, "upsert_many", fail_on_second_call)
    with pytest.raises(OSError):
        apply_plan(office, plan)
    assert state(office) == before
    assert staff_store.find_by_nip(office, NIP_BUDI) is None


def test_progress_is_reported_and_can_cancel(office, tmp_path):
    rows = table([budi(NIP=f"1986092620150510{n:02d}", Nama=f"P{n}") for n in range(1, 100)] * 5)
    path = write_csv(tmp_path / "p.csv", rows)
    seen: list[tuple[int, int]] = []
    read_plan(office, path, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (200, 495) and seen[-1] == (495, 495)
    before = state(office)
    with pytest.raises(Cancelled):
        read_plan(office, path, progress=lambda done, total: False)
    assert state(office) == before


# --- files that cannot be read -------------------------------------------------------------


def _garbage(path: Path) -> Path:
    path.write_bytes(bytes(range(256)) * 4)
    return path


def _zip_not_xlsx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "bukan excel")
    return path


def _ole(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("rusak.xlsx", _garbage, "bukan berkas Excel .xlsx yang sah"),
        ("arsip.xlsx", _zip_not_xlsx, "rusak dan tidak dapat dibaca"),
        ("kosong.csv", _empty, "kosong"),
        ("biner.csv", _garbage, "bukan teks CSV"),
        ("lama.xls", _garbage, "format Excel lama (.xls)"),
        ("sandi.xlsx", _ole, "atau dilindungi kata sandi"),
        ("data.ods", _empty, "bukan .xlsx atau .csv"),
        ("hilang.xlsx", lambda p: p, "tidak ditemukan"),
        ("judul.csv", lambda p: write_csv(p, [["Daftar"], ["NIP"], [NIP_BUDI]]),
         "Baris judul kolom tidak ditemukan"),
        ("tanpa-nip.xlsx", lambda p: write_xlsx(p, [["Nama", "Jabatan"], ["Budi", "Analis"]]),
         "tidak memiliki kolom NIP (kolom yang dikenali: Jabatan, Nama)"),
    ],
)  # fmt: skip
def test_unreadable_files_raise_a_clear_indonesian_error(office, tmp_path, name, make, words):
    path = make(tmp_path / name)
    with pytest.raises(ImportFileError) as caught:
        read_plan(office, path)
    assert name in caught.value.message()
    assert words in caught.value.message()
