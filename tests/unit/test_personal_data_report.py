"""Laporan Data Pribadi (UU 27/2022): the PDF of a demo employee lists what the database holds
about them and every audit entry touching them; only the admin, or the person, may print it;
printing it is itself recorded."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from desktop.core.errors import NotFound
from desktop.core.nip import format_nip
from desktop.core.workflow import Role
from desktop.demo.office import build_demo
from desktop.reports import personal_data
from desktop.store import audit_query, session
from desktop.store import staff as staff_store
from desktop.store.db import open_db
from desktop.store.session import Session

NEW_PHONE = "081299990000"


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_db(tmp_path_factory.mktemp("demo") / "kantor.sqlite")
    build_demo(db, staff=60, seed=3)
    yield db
    db.close()


@pytest.fixture(scope="module")
def person(demo):
    """An employee with riwayat and evaluations, whose phone number was then changed."""
    staff_id = demo.execute(
        "SELECT s.id FROM staff s JOIN skp k ON k.staff_id = s.id "
        "JOIN evaluasi e ON e.skp_id = k.id AND e.predikat IS NOT NULL "
        "WHERE s.nik <> '' AND s.alamat <> '' AND s.email <> '' "
        "AND EXISTS (SELECT 1 FROM riwayat_jabatan r WHERE r.staff_id = s.id) "
        "ORDER BY s.id LIMIT 1"
    ).fetchone()[0]
    staff = staff_store.get_staff(demo, staff_id)
    return staff_store.save_staff(demo, dataclasses.replace(staff, no_hp=NEW_PHONE)), staff


def test_report_lists_the_fields_riwayat_appraisal_and_audit_rows(demo, person, tmp_path):
    staff, before = person
    report, pages = personal_data.write_report(demo, staff.nip, tmp_path / "dp.pdf")
    text = pdf_text((tmp_path / "dp.pdf").read_bytes())
    assert pages >= 1 and f"Halaman 1 dari {pages}" in text
    assert "LAPORAN DATA PRIBADI PEGAWAI" in text and "Pasal 30" in text
    for value in (format_nip(staff.nip), staff.nama, staff.nik, staff.email, NEW_PHONE):
        assert value in text, value
    assert staff.alamat.split(",")[0] in text
    jabatan = demo.execute(
        "SELECT jabatan FROM riwayat_jabatan WHERE staff_id = ? ORDER BY id", [staff.id]
    ).fetchone()[0]
    assert " ".join(jabatan.split()[:2]) in text
    assert "8. Evaluasi" in text and "Ekspektasi" in text
    assert f"C. JEJAK AUDIT ({len(report.entries)} catatan)" in text
    assert f"No HP: {before.no_hp or '–'} → {NEW_PHONE}" in text
    assert "kinerja-demo" not in text and "$argon2" not in text


def test_every_audit_entry_of_the_person_is_in_it(demo, person):
    staff, _before = person
    report = personal_data.load(demo, staff.nip)
    expected = audit_query.for_person(demo, staff.id or 0)
    assert report.entries == expected and expected
    text = pdf_text(personal_data.render(report)[0])
    assert text.count("Pegawai") >= sum(1 for e in expected if e.table_name == "staff")


def test_printing_the_report_is_recorded_against_the_person(demo, person, tmp_path):
    staff, _before = person
    personal_data.write_report(demo, staff.nip, tmp_path / "lagi.pdf")
    last = audit_query.for_person(demo, staff.id or 0)[-1]
    assert (last.action, last.staff_uuid, last.after["berkas"]) == ("cetak", staff.uuid, "lagi.pdf")


@pytest.mark.parametrize(
    ("role", "own", "allowed"),
    [
        (Role.ADMIN, False, True),
        (Role.PEGAWAI, True, True),
        (Role.PEGAWAI, False, False),
        (Role.PIMPINAN, False, False),
        (Role.OPERATOR, False, False),
    ],
)
def test_only_the_admin_or_the_person_may_print_it(demo, person, role, own, allowed):
    staff, _before = person
    other = demo.execute("SELECT id FROM staff WHERE id <> ? LIMIT 1", [staff.id]).fetchone()[0]
    acting = Session(role=role, account_id=5, staff_id=staff.id if own else other)
    with session.acting(acting):
        if allowed:
            assert personal_data.load(demo, staff.nip).nip == staff.nip
        else:
            with pytest.raises(personal_data.PersonalReportError) as caught:
                personal_data.load(demo, staff.nip)
            assert "tidak boleh" in caught.value.message()


def test_unknown_nip_is_a_clear_refusal(demo):
    with pytest.raises(NotFound) as caught:
        personal_data.load(demo, "199901012020121001")
    assert "199901012020121001" in caught.value.message()
