"""Staff exports and personal data (UU 27/2022): NIK, address, phone and email are left out by
default, written only when asked for by a role that may see them, and every export is in the
audit trail (with one entry per employee when it carried personal data). Prints, backups and
restores are recorded too."""

from __future__ import annotations

import openpyxl
import pytest

from desktop.core.audit_terms import PersonalDataError
from desktop.core.workflow import Role
from desktop.imports.staff_export import export_staff
from desktop.store import audit_query, backups, session
from desktop.store.audit_query import AuditFilter
from desktop.store.prints import PrintEntry, log_prints
from desktop.store.session import Session
from tests.unit.test_staff_export import NIP_BUDI, build_office

PERSONAL = ("NIK", "Email", "No HP", "Alamat")


@pytest.fixture
def office(fresh_db):
    build_office(fresh_db)
    return fresh_db


def header(path) -> list[str]:
    return [c.value for c in next(openpyxl.load_workbook(path).active.iter_rows(max_row=1))]


def entries(db, kind: str):
    return audit_query.page(db, AuditFilter(kinds=(kind,))).entries


def test_default_export_has_no_personal_columns_and_is_recorded(office, tmp_path):
    path = tmp_path / "pegawai.xlsx"
    assert export_staff(office, path) == 3
    assert "NIP" in header(path) and not set(PERSONAL) & set(header(path))
    assert "1702012609860001" not in path.read_bytes().decode("latin-1")
    (entry,) = entries(office, "ekspor")
    assert entry.after == {"berkas": "pegawai.xlsx", "jumlah": 3, "data_pribadi": False}


def test_csv_default_has_no_personal_columns(office, tmp_path):
    path = tmp_path / "pegawai.csv"
    export_staff(office, path)
    text = path.read_text(encoding="utf-8-sig")
    assert "NIK" not in text.splitlines()[0] and "081234567890" not in text


def test_with_personal_and_a_role_that_may_the_columns_are_there(office, tmp_path):
    path = tmp_path / "lengkap.xlsx"
    everything = frozenset(r[0] for r in office.execute("SELECT id FROM unit"))
    operator = Session(role=Role.OPERATOR, account_id=3, username="operator", unit_ids=everything)
    with session.acting(operator):
        export_staff(office, path, with_personal=True)
    assert set(PERSONAL) <= set(header(path))
    summary, *people = sorted(entries(office, "ekspor"), key=lambda e: e.id)
    assert summary.after["data_pribadi"] is True and summary.user == "operator"
    assert len(people) == 3 and all(e.staff_uuid and e.table_name == "staff" for e in people)
    budi = audit_query.person_by_nip(office, NIP_BUDI)
    assert any(e.action == "ekspor" for e in audit_query.for_person(office, budi.id))


@pytest.mark.parametrize("role", [Role.PIMPINAN, Role.PENILAI, Role.ATASAN])
def test_with_personal_refused_for_a_role_that_may_not(office, tmp_path, role):
    path = tmp_path / "lengkap.xlsx"
    with session.acting(Session(role=role, account_id=4)), pytest.raises(PersonalDataError):
        export_staff(office, path, with_personal=True)
    assert not path.exists() and entries(office, "ekspor") == []


def test_prints_are_recorded_against_the_person(office):
    skp_uuid = office.execute(
        "INSERT INTO skp (staff_id, tahun) SELECT id, 2025 FROM staff WHERE nip = ? RETURNING uuid",
        [NIP_BUDI],
    ).fetchone()[0]
    office.conn.commit()
    entry = PrintEntry("ABCDE12345", "skp", skp_uuid, 2025, "", "0" * 64, {}, "a4")
    log_prints(office, [entry])
    log_prints(office, [entry])  # a reprint is a print too
    budi = audit_query.person_by_nip(office, NIP_BUDI)
    printed = [e for e in audit_query.for_person(office, budi.id) if e.action == "cetak"]
    assert len(printed) == 2 and all("ABCDE12345" in e.summary for e in printed)


def test_backup_and_restore_are_recorded(office, db_path):
    info = backups.create_backup(office, db_path, reason="manual")
    (made,) = entries(office, "cadangan")
    assert made.after == {"berkas": info.path.name, "alasan": "manual"}
    backups.restore(office, db_path, info.path)
    (restored,) = entries(office, "pulih")
    assert restored.after["berkas"] == info.path.name
    assert entries(office, "cadangan") == []  # the restored data is from before that backup


def test_automatic_backups_are_not_recorded(office, db_path):
    """An entry after each would be the change the next automatic backup answers."""
    backups.auto_backup(office, "otomatis")
    backups.create_backup(office, db_path, reason="sebelum-impor-pegawai")
    assert entries(office, "cadangan") == []


def test_unit_list_export_is_recorded(office, tmp_path):
    from desktop.imports.units_export import export_units

    count = export_units(office, tmp_path / "unit.xlsx")
    (entry,) = entries(office, "ekspor")
    assert (entry.table_name, entry.after["jumlah"]) == ("unit", count)
