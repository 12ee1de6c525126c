"""The analysts' views of a centre (migration 0012) and the overview built on them: the
latest merged rows with their office and received time, offices with their last package and
receipt, and the predikat distribution per office and year against the quotas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from desktop.core.appraisal import CapaianOrganisasi, Predikat
from desktop.core.distribution import check_distribution, count_predikat
from desktop.sync import export_package, import_packages
from desktop.sync.overview import distribution, merged_staff, office_summaries, staff_totals
from desktop.sync.overview_xlsx import write_overview
from tests.unit.sync_support import TRUST_ALL, centre_db, demo_office, introduce, office_uuid


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


@pytest.fixture
def offices(tmp_path: Path):
    dbs = [demo_office(tmp_path / "a.sqlite"), demo_office(tmp_path / "b.sqlite", seed=5)]
    yield dbs
    for db in dbs:
        db.close()


@pytest.fixture
def centre(tmp_path: Path, offices, stick):
    db = centre_db(tmp_path / "pusat.sqlite")
    for office in offices:
        introduce(office, db, stick)
    report = import_packages(db, [export_package(o, stick).path for o in offices], trust=TRUST_ALL)
    assert report.ok
    yield db
    db.close()


def test_the_staff_view_holds_each_office_s_live_staff_with_office_and_received_time(
    centre, offices
):
    for office in offices:
        mine = office_uuid(office)
        expected = {
            nip: (nama, unit)
            for nip, nama, unit in office.execute(
                "SELECT s.nip, s.nama, u.nama FROM staff s LEFT JOIN unit u ON u.id = s.unit_id"
            )
        }
        got = {
            nip: (nama, unit)
            for nip, nama, unit in centre.execute(
                "SELECT nip, nama, unit_nama FROM central_staff_v WHERE office_uuid = ?", [mine]
            )
        }
        assert got == expected
        nama, received = centre.execute(
            "SELECT DISTINCT office_nama, received_at FROM central_staff_v WHERE office_uuid = ?",
            [mine],
        ).fetchone()
        assert nama == office.execute("SELECT nama_kantor FROM office").fetchone()[0]
        assert (
            received
            == centre.execute(
                "SELECT received_at FROM sync_package WHERE office_uuid = ?", [mine]
            ).fetchone()[0]
        )


def test_a_later_package_shows_the_latest_version_and_drops_deleted_rows(centre, offices, stick):
    office = offices[0]
    kept, gone = office.execute("SELECT id, nip FROM staff ORDER BY id LIMIT 2").fetchall()
    with office.atomic():
        office.conn.execute(
            "UPDATE staff SET jabatan = 'Analis Data Pusat' WHERE id = ?", [kept[0]]
        )
        office.conn.execute("DELETE FROM riwayat_jabatan WHERE staff_id = ?", [gone[0]])
        office.conn.execute("DELETE FROM riwayat_golongan WHERE staff_id = ?", [gone[0]])
        office.conn.execute("DELETE FROM riwayat_pendidikan WHERE staff_id = ?", [gone[0]])
        office.conn.execute("DELETE FROM riwayat_diklat WHERE staff_id = ?", [gone[0]])
        office.conn.execute("DELETE FROM riwayat_penghargaan WHERE staff_id = ?", [gone[0]])
        office.conn.execute(
            "DELETE FROM evaluasi WHERE skp_id IN (SELECT id FROM skp WHERE staff_id = ?)",
            [gone[0]],
        )
        office.conn.execute("DELETE FROM skp WHERE staff_id = ? OR penilai_id = ?", [gone[0]] * 2)
        office.conn.execute("UPDATE staff SET atasan_id = NULL WHERE atasan_id = ?", [gone[0]])
        office.conn.execute("UPDATE unit SET kepala_id = NULL WHERE kepala_id = ?", [gone[0]])
        office.conn.execute("DELETE FROM staff WHERE id = ?", [gone[0]])
    first_received = centre.execute(
        "SELECT received_at FROM central_staff_v WHERE nip = ?", [kept[1]]
    ).fetchone()[0]
    report = import_packages(centre, [export_package(office, stick).path], trust=TRUST_ALL)
    assert report.ok, report.lines()
    jabatan, received = centre.execute(
        "SELECT jabatan, received_at FROM central_staff_v WHERE nip = ?", [kept[1]]
    ).fetchone()
    assert jabatan == "Analis Data Pusat" and received > first_received
    assert (
        centre.execute("SELECT count(*) FROM central_staff_v WHERE nip = ?", [gone[1]]).fetchone()[
            0
        ]
        == 0
    )


def test_the_evaluation_view_carries_predikat_year_and_staff(centre, offices):
    office = offices[0]
    expected = sorted(
        office.execute(
            "SELECT k.tahun, e.periode, e.predikat FROM evaluasi e JOIN skp k ON k.id = e.skp_id"
        ).fetchall(),
        key=repr,
    )
    got = sorted(
        centre.execute(
            "SELECT tahun, periode, predikat FROM central_evaluasi_v WHERE office_uuid = ?",
            [office_uuid(office)],
        ).fetchall(),
        key=repr,
    )
    assert got == expected and got
    orphans = centre.execute(
        "SELECT count(*) FROM central_evaluasi_v e LEFT JOIN central_staff_v s "
        "ON s.uuid = e.staff_uuid WHERE s.uuid IS NULL"
    ).fetchone()[0]
    assert orphans == 0


def test_offices_list_their_last_package_receipt_and_staff(centre, offices):
    summaries = {s.office_uuid: s for s in office_summaries(centre)}
    assert set(summaries) == {office_uuid(o) for o in offices}
    for office in offices:
        s = summaries[office_uuid(office)]
        assert s.sequence == 1 and s.held == 0 and s.status == "active"
        assert s.received_at and s.applied_at and s.receipt_at
        assert s.file_name.endswith(".kinerja")
        staff = office.execute("SELECT count(*), sum(aktif) FROM staff").fetchone()
        assert (s.staff, s.staff_active) == tuple(staff)
    assert staff_totals(centre) == (sum(s.staff for s in summaries.values()), 2)
    listed = merged_staff(centre, office_uuid=office_uuid(offices[0]))
    assert len(listed) == summaries[office_uuid(offices[0])].staff


def test_the_distribution_per_office_and_year_is_judged_as_the_office_judges_it(centre, offices):
    years = distribution(centre)
    assert {y.office_uuid for y in years} == {office_uuid(o) for o in offices}
    for office in offices:
        mine = [y for y in years if y.office_uuid == office_uuid(office)]
        held = {t for (t,) in office.execute("SELECT DISTINCT tahun FROM skp")}
        assert sorted(y.tahun for y in mine) == sorted(held)  # one row per year (demo: three)
        for year in mine:
            predikat = [
                Predikat(p)
                for (p,) in office.execute(
                    "SELECT e.predikat FROM evaluasi e JOIN skp k ON k.id = e.skp_id "
                    "WHERE k.tahun = ? AND e.periode = ? AND e.predikat IS NOT NULL",
                    [year.tahun, year.periode],
                )
            ]
            assert year.counts == count_predikat(predikat) and year.total > 0
            periods = [
                p
                for (p,) in office.execute(
                    "SELECT DISTINCT e.periode FROM evaluasi e JOIN skp k ON k.id = e.skp_id "
                    "WHERE k.tahun = ?",
                    [year.tahun],
                )
            ]
            assert year.periode == ("TAHUNAN" if "TAHUNAN" in periods else max(periods))
            capaian = office.execute(
                "SELECT c.capaian FROM capaian_organisasi c JOIN unit u ON u.id = c.unit_id "
                "WHERE u.parent_id IS NULL AND c.tahun = ? AND c.periode = ?",
                [year.tahun, year.periode],
            ).fetchone()
            assert year.capaian == (CapaianOrganisasi(capaian[0]) if capaian else None)
            if year.capaian is not None:
                assert year.breaches == check_distribution(year.capaian, year.counts)


def test_the_views_are_read_only(centre):
    for view in ("central_staff_v", "central_unit_v", "central_skp_v", "central_evaluasi_v"):
        with pytest.raises(sqlite3.OperationalError, match="view"):
            centre.execute(f"DELETE FROM {view}")


def test_the_workbook_keeps_an_office_name_that_looks_like_a_formula_as_text(
    tmp_path, offices, stick
):
    office = offices[1]
    with office.atomic():
        office.conn.execute('UPDATE office SET nama_kantor = \'=HYPERLINK("http://x","y")\'')
    centre = centre_db(tmp_path / "pusat2.sqlite")
    try:
        introduce(office, centre, stick)
        assert import_packages(centre, [export_package(office, stick).path], trust=TRUST_ALL).ok
        path = write_overview(centre, tmp_path / "rekap.xlsx")
    finally:
        centre.close()
    book = openpyxl.load_workbook(path)
    offices_sheet, years_sheet = book.worksheets
    assert offices_sheet["A2"].value == '=HYPERLINK("http://x","y")'
    assert offices_sheet["A2"].data_type == "s"
    assert years_sheet["A2"].data_type == "s" and years_sheet["B2"].value > 2000
    years = office.execute("SELECT count(DISTINCT tahun) FROM skp").fetchone()[0]
    assert years_sheet.max_row == 1 + years  # a row per appraisal year (the demo holds three)
