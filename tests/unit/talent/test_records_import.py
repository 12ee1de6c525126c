"""Assessment results and training records from a sheet: the plan names every rejected row's
reason, the same file twice changes nothing, a repeated row is not doubled, columns a file
lacks keep their stored values, and an operator's sheet cannot touch another OPD."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from desktop.core.models import JenisJabatan, RiwayatDiklat, StaffHistory
from desktop.core.workflow import Role
from desktop.imports.plan import RowAction
from desktop.imports.talent_columns import jenis_index, read_jenis
from desktop.imports.talent_import import TalentFileError, apply_plan, read_plan
from desktop.store import staff as staff_store
from desktop.store import talent_records
from desktop.store.session import Session, acting
from tests.conftest import make_staff
from tests.unit.talent.office_support import two_dinas, write_fingerprint, xlsx_of

BUDI, SITI, OTHER = "198609262015051001", "199001012015052001", "197503032001031003"


@pytest.fixture
def office(fresh_db):
    db = fresh_db
    a_id, b_id = two_dinas(db)
    staff_store.save_staff(db, make_staff(unit_id=a_id))
    staff_store.save_staff(
        db,
        make_staff(
            nip=SITI,
            nama="Siti Aminah",
            tanggal_lahir=date(1990, 1, 1),
            jenis_kelamin="P",
            unit_id=a_id,
        ),
    )
    staff_store.save_staff(
        db,
        make_staff(
            nip=OTHER,
            nama="Orang Dinas B",
            tanggal_lahir=date(1975, 3, 3),
            tmt_cpns=date(2001, 3, 1),
            unit_id=b_id,
            jenis_jabatan=JenisJabatan.PELAKSANA,
        ),
    )
    return {"db": db, "a": a_id, "b": b_id}


ASESMEN = [
    ["NIP", "Nama", "Tgl. Asesmen", "JPM (%)", "Lembaga", "Metode", "Catatan rahasia"],
    [BUDI, "Budi", "12-03-2025", "82,5", "UPT Penilaian Kompetensi", "assessment center", "x"],
    [SITI, "Siti", date(2024, 3, 1), 91, "BKN", "CAT", ""],
    [SITI, "Siti", date(2024, 3, 1), 91, "BKN", "CAT", ""],
    ["199912312020121001", "Tidak Ada", date(2024, 3, 1), 70, "BKN", "CAT", ""],
    [BUDI, "Budi", date(2023, 3, 1), 120, "BKN", "CAT", ""],
    [BUDI, "Budi", "", 80, "BKN", "CAT", ""],
]


def test_an_assessment_sheet_is_planned_row_by_row_with_reasons(office, tmp_path):
    plan = read_plan(office["db"], xlsx_of(tmp_path / "asesmen.xlsx", ASESMEN), "asesmen")
    actions = [(r.row, str(r.action)) for r in plan.rows]
    assert actions == [
        (2, "baru"),
        (3, "baru"),
        (4, "ditolak"),
        (5, "ditolak"),
        (6, "ditolak"),
        (7, "ditolak"),
    ]
    reasons = {r.row: r.issues[0].message for r in plan.rejected}
    assert "sama dengan baris 3" in reasons[4]
    assert reasons[5] == "NIP 199912312020121001 tidak terdaftar di basis data ini."
    assert "antara 0 dan 100" in reasons[6]
    assert "wajib diisi" in reasons[7]
    assert plan.ignored_columns == ["Catatan rahasia"]
    assert plan.rows[0].item.jpm == 82.5 and plan.rows[0].nama == "Budi Santoso"


def test_the_same_assessment_file_twice_changes_nothing(office, tmp_path):
    db, path = office["db"], xlsx_of(tmp_path / "asesmen.xlsx", ASESMEN)
    counts = apply_plan(db, read_plan(db, path, "asesmen"))
    assert (counts.inserted, counts.updated) == (2, 0)
    before = write_fingerprint(db)
    again = read_plan(db, path, "asesmen")
    assert [str(r.action) for r in again.rows[:2]] == ["sama", "sama"]
    counts = apply_plan(db, again)
    assert (counts.inserted, counts.updated, counts.unchanged) == (0, 0, 2)
    assert write_fingerprint(db) == before


def test_a_corrected_jpm_updates_the_day_on_record(office, tmp_path):
    db = office["db"]
    apply_plan(db, read_plan(db, xlsx_of(tmp_path / "a.xlsx", ASESMEN[:2]), "asesmen"))
    fixed = [ASESMEN[0], [*ASESMEN[1][:3], "84", *ASESMEN[1][4:]]]
    plan = read_plan(db, xlsx_of(tmp_path / "b.xlsx", fixed), "asesmen")
    [row] = plan.rows
    assert row.action is RowAction.UBAH and row.changes == ["JPM 82,5 → 84"]
    apply_plan(db, plan)
    assert db.execute("SELECT jpm FROM asesmen").fetchall() == [(84.0,)]


DIKLAT = [
    [
        "NIP",
        "Nama Pelatihan",
        "Jenis Diklat",
        "Penyelenggara",
        "Tanggal Mulai",
        "Tanggal Selesai",
        "Jumlah JP",
        "No. Sertifikat",
    ],
    [BUDI, "Bimtek SIASN", "Bimbingan Teknis", "BKN", "01-02-2025", "03-02-2025", 24, "S-1"],
    [BUDI, "bimtek  siasn", "bimtek", "BKN", "01-02-2025", "03-02-2025", 24, "S-1"],
    [SITI, "Diklat PIM IV", "Diklat PIM", "BPSDM", date(2025, 5, 1), date(2025, 7, 30), "240", ""],
    [SITI, "Belajar sulap", "Sulap", "-", date(2025, 5, 1), "", "2,5", ""],
]


def test_training_rows_are_read_tolerantly_and_not_doubled(office, tmp_path):
    db = office["db"]
    path = xlsx_of(tmp_path / "diklat.xlsx", DIKLAT)
    plan = read_plan(db, path, "diklat")
    assert [str(r.action) for r in plan.rows] == ["baru", "ditolak", "baru", "ditolak"]
    assert "sama dengan baris 2" in plan.rows[1].issues[0].message
    bad = [i.message for i in plan.rows[3].issues]
    assert any("Jenis 'Sulap' tidak dikenal" in m for m in bad)
    assert any("bukan bilangan bulat" in m for m in bad)
    assert (plan.rows[2].item.jenis, plan.rows[2].item.jp) == ("kepemimpinan", 240)
    apply_plan(db, plan)
    apply_plan(db, read_plan(db, path, "diklat"))
    rows = db.execute("SELECT nama, jenis, jp, nomor_sertifikat FROM riwayat_diklat ORDER BY id")
    assert rows.fetchall() == [
        ("Bimtek SIASN", "bimtek", 24, "S-1"),
        ("Diklat PIM IV", "kepemimpinan", 240, ""),
    ]


def test_a_file_without_a_column_keeps_the_stored_value(office, tmp_path):
    db = office["db"]
    apply_plan(db, read_plan(db, xlsx_of(tmp_path / "a.xlsx", DIKLAT[:2]), "diklat"))
    narrow = [["NIP", "Nama Diklat", "Mulai", "JP"], [BUDI, "Bimtek SIASN", "01-02-2025", 32]]
    plan = read_plan(db, xlsx_of(tmp_path / "b.xlsx", narrow), "diklat")
    assert plan.rows[0].changes == ["JP 24 → 32"]
    apply_plan(db, plan)
    row = db.execute("SELECT jp, jenis, penyelenggara, nomor_sertifikat FROM riwayat_diklat")
    assert row.fetchall() == [(32, "bimtek", "BKN", "S-1")]


def test_imported_training_goes_after_the_records_own(office, tmp_path):
    db = office["db"]
    budi = staff_store.get_by_nip(db, BUDI)
    staff_store.save_staff(db, budi, StaffHistory(diklat=[RiwayatDiklat("Latsar", jp=40)]))
    apply_plan(db, read_plan(db, xlsx_of(tmp_path / "d.xlsx", DIKLAT[:2]), "diklat"))
    _staff, history = staff_store.load_record(db, budi.id)
    assert [d.nama for d in history.diklat] == ["Latsar", "Bimtek SIASN"]


def test_a_csv_file_reads_the_same(office, tmp_path):
    path = tmp_path / "asesmen.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(
            [["NIP", "Tanggal", "JPM"], [f"'{BUDI}", "01-03-2025", "78,0"]]
        )
    plan = read_plan(office["db"], path, "asesmen")
    assert [str(r.action) for r in plan.rows] == ["baru"] and plan.rows[0].item.jpm == 78.0


def test_a_sheet_without_the_needed_columns_is_refused_whole(office, tmp_path):
    path = xlsx_of(tmp_path / "x.xlsx", [["NIP", "Nama", "Lembaga"], [BUDI, "Budi", "BKN"]])
    with pytest.raises(TalentFileError) as refused:
        read_plan(office["db"], path, "asesmen")
    assert refused.value.message() == "Berkas x.xlsx tidak memiliki kolom Tanggal, JPM."


def test_an_operator_cannot_import_for_another_opd(office, tmp_path):
    rows = [ASESMEN[0], ASESMEN[1], [OTHER, "B", date(2024, 3, 1), 70, "BKN", "CAT", ""]]
    operator = Session(Role.OPERATOR, 2, "op", unit_ids=frozenset({office["a"]}))
    with acting(operator):
        plan = read_plan(office["db"], xlsx_of(tmp_path / "a.xlsx", rows), "asesmen")
        assert [str(r.action) for r in plan.rows] == ["baru", "ditolak"]
        assert "di luar OPD-nya" in plan.rows[1].issues[0].message
        apply_plan(office["db"], plan)
    assert office["db"].execute("SELECT count(*) FROM asesmen").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("written", "kode"),
    [
        ("Pelatihan Teknis", "teknis"),
        ("Diklat Teknis", "teknis"),
        ("teknis", "teknis"),
        ("Diklat Fungsional", "fungsional"),
        ("Diklatpim Tk. IV", None),
        ("PKA", "kepemimpinan"),
        ("Workshop / Lokakarya", "workshop"),
        ("lokakarya", "workshop"),
        ("E-Learning", "e_learning"),
        ("Seminar", "seminar"),
        ("webinar", "seminar"),
        ("Coaching", "coaching"),
        ("Magang", "magang"),
        ("Latsar", "latsar"),
        ("Prajabatan", "latsar"),
        ("Patok banding (benchmarking)", "patok_banding"),
        ("secondment", "detasering"),
        ("", None),
    ],
)
def test_the_kind_of_training_is_read_tolerantly(fresh_db, written, kode):
    index = jenis_index(talent_records.jenis_pengembangan(fresh_db))
    if kode is None and written:
        with pytest.raises(Exception, match="tidak dikenal"):
            read_jenis(written, index)
        return
    assert read_jenis(written, index) == kode


HUKUMAN = [
    [
        "NIP",
        "Kategori",
        "Tingkat Hukuman",
        "Jenis Hukuman",
        "Nomor SK",
        "Tanggal SK",
        "TMT",
        "Selesai",
        "Keterangan",
    ],
    [
        BUDI,
        "Hukuman Disiplin",
        "HD Sedang",
        "Pemotongan tunjangan kinerja 25% selama 6 bulan",
        "800/12/BKPSDM/2025",
        "02-05-2025",
        "02-05-2025",
        "01-11-2025",
        "",
    ],
    [
        SITI,
        "Pelanggaran Kode Etik",
        "",
        "Sanksi moral pernyataan terbuka",
        "KE/3/2025",
        "10-06-2025",
        "10-06-2025",
        "",
        "",
    ],
    [SITI, "Hukuman Disiplin", "", "Teguran lisan", "800/13", "", "01-07-2025", "", ""],
    [BUDI, "Disiplin", "ringan sekali berat", "?", "800/14", "", "01-07-2025", "", ""],
]


def test_sanctions_are_imported_with_their_category_and_level(office, tmp_path):
    db = office["db"]
    path = xlsx_of(tmp_path / "hukuman.xlsx", HUKUMAN)
    plan = read_plan(db, path, "hukuman")
    assert [str(r.action) for r in plan.rows] == ["baru", "baru", "ditolak", "ditolak"]
    assert "Tingkat hukuman disiplin wajib dipilih" in plan.rows[2].issues[0].message
    assert "Tingkat 'ringan sekali berat' tidak dikenal" in plan.rows[3].issues[0].message
    apply_plan(db, plan)
    rows = db.execute(
        "SELECT kategori, tingkat, nomor_sk, selesai FROM riwayat_hukuman ORDER BY id"
    ).fetchall()
    assert rows == [
        ("disiplin", "sedang", "800/12/BKPSDM/2025", "2025-11-01"),
        ("kode_etik", "", "KE/3/2025", None),
    ]
    before = write_fingerprint(db)
    apply_plan(db, read_plan(db, path, "hukuman"))
    assert write_fingerprint(db) == before


def test_only_a_session_that_may_read_sanctions_imports_them(office, tmp_path):
    path = xlsx_of(tmp_path / "hukuman.xlsx", HUKUMAN[:2])
    pimpinan = Session(Role.PIMPINAN, 5, "pimpinan")
    with acting(pimpinan):
        plan = read_plan(office["db"], path, "hukuman")
        assert [str(r.action) for r in plan.rows] == ["ditolak"]
        assert "Pimpinan" in plan.rows[0].issues[0].message
