"""Reading the audit trail: by person (their records, also entries from before ``staff_uuid``),
account, dates, kind and source; newest first, page by page; fast on a large log."""

from __future__ import annotations

import dataclasses
import time
from datetime import date

import openpyxl
import pytest

from desktop.core.models import RiwayatJabatan, StaffHistory
from desktop.core.workflow import Role
from desktop.store import audit, audit_query, session
from desktop.store import staff as staff_store
from desktop.store.audit_query import AuditFilter
from desktop.store.session import Session, Source
from tests.conftest import make_staff, make_unit

NIP_SITI = "199001152018032002"


@pytest.fixture
def office(fresh_db):
    unit = make_unit(fresh_db)
    budi = staff_store.save_staff(fresh_db, make_staff(unit_id=unit.id))
    siti = staff_store.save_staff(
        fresh_db,
        make_staff(nip=NIP_SITI, nama="Siti Aminah", tanggal_lahir=date(1990, 1, 15),
                   jenis_kelamin="P", tmt_cpns=date(2018, 3, 1), unit_id=unit.id),
    )  # fmt: skip
    return fresh_db, budi, siti


def _at(monkeypatch, when: str) -> None:
    monkeypatch.setattr(audit, "now", lambda: when)


def _ids(entries) -> list[int]:
    return [e.id for e in entries]


def test_person_filter_finds_field_changes_riwayat_and_old_entries(office):
    db, budi, siti = office
    staff_store.save_staff(db, dataclasses.replace(budi, no_hp="081234567890"))
    history = StaffHistory(jabatan=[RiwayatJabatan(jabatan="Analis", unit_nama="BKPSDM")])
    staff_store.save_staff(db, staff_store.get_staff(db, budi.id or 0), history)
    staff_store.save_staff(db, dataclasses.replace(siti, no_hp="089999999999"))
    with db.atomic():  # an entry written before audit rows named whom they concern
        audit.record_many(db, [{"action": "update", "table": "staff", "row_uuid": budi.uuid}])
    found = audit_query.page(db, AuditFilter(staff_ids=(budi.id or 0,))).entries
    assert found and all(e.staff_uuid in (budi.uuid, None) for e in found)
    assert any(e.staff_uuid is None and e.row_uuid == budi.uuid for e in found)
    assert not any(e.row_uuid == siti.uuid for e in found)
    phone = next(e for e in found if "no_hp" in e.after)
    assert phone.changes() == [("no_hp", "", "081234567890")]
    assert _ids(found) == sorted(_ids(found), reverse=True)  # newest first
    assert audit_query.for_person(db, budi.id or 0) == list(reversed(found))


def test_find_people_by_nip_digits_or_part_of_the_name(office):
    db, budi, siti = office
    assert [p.id for p in audit_query.find_people(db, "19900115")] == [siti.id]
    assert [p.id for p in audit_query.find_people(db, "1990 0115")] == [siti.id]
    assert [p.id for p in audit_query.find_people(db, "santo")] == [budi.id]
    assert audit_query.find_people(db, "%") == [] and audit_query.find_people(db, " ") == []


def test_date_range_is_in_local_days_both_ends_included(office, monkeypatch):
    db, budi, _siti = office
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    try:
        ids = {}
        for label, when in (("before", "2026-03-31T16:59:59.000Z"),  # 31 Mar 23.59 WIB
                            ("first", "2026-03-31T17:00:00.000Z"),  # 1 Apr 00.00 WIB
                            ("last", "2026-04-02T16:59:00.000Z"),  # 2 Apr 23.59 WIB
                            ("after", "2026-04-02T17:00:00.000Z")):  # fmt: skip
            _at(monkeypatch, when)
            with db.atomic():
                ids[label] = audit.record(db, action="update", table="staff", row_uuid=budi.uuid)
        flt = AuditFilter(date_from=date(2026, 4, 1), date_to=date(2026, 4, 2))
        assert _ids(audit_query.page(db, flt).entries) == [ids["last"], ids["first"]]
        assert audit_query.count(db, flt) == 2
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_kind_source_account_and_name_filters(office):
    db, budi, _siti = office
    operator = Session(account_id=7, username="operator1", source=Source.CLI)
    with session.acting(operator), db.atomic():
        by_account = audit.record(db, action="ekspor", table="staff", row_uuid=None)
    with session.acting(source=Source.IMPORT), db.atomic():
        imported = audit.record(db, action="update", table="staff", row_uuid=budi.uuid)
    assert _ids(audit_query.page(db, AuditFilter(akun_id=7)).entries) == [by_account]
    assert _ids(audit_query.page(db, AuditFilter(kinds=("ekspor",))).entries) == [by_account]
    assert _ids(audit_query.page(db, AuditFilter(source="cli")).entries) == [by_account]
    assert imported in _ids(audit_query.page(db, AuditFilter(source="import")).entries)
    os_user = audit.current_user()
    assert by_account not in _ids(audit_query.page(db, AuditFilter(user=os_user)).entries)
    assert (None, os_user) in audit_query.actors(db)


def test_pages_follow_each_other_without_gaps_or_repeats(office):
    db, budi, _siti = office
    with db.atomic():
        audit.record_many(db, [{"action": "cetak", "table": "staff", "row_uuid": budi.uuid}] * 450)
    flt = AuditFilter(kinds=("cetak",))
    first = audit_query.page(db, flt, size=200)
    second = audit_query.page(db, flt, before_id=first.next_cursor, size=200)
    third = audit_query.page(db, flt, before_id=second.next_cursor, size=200)
    sizes = [len(p.entries) for p in (first, second, third)]
    assert sizes == [200, 200, 50] and third.next_cursor is None
    every = _ids(first.entries + second.entries + third.entries)
    assert every == sorted(set(every), reverse=True)
    assert _ids(audit_query.iter_entries(db, flt, chunk=128)) == every
    assert audit_query.count(db, flt) == 450


@pytest.fixture(scope="module")
def large_log(tmp_path_factory):
    """100,000 entries over 500 employees and a year, kinds and sources mixed. Written by SQL
    with the indexes built afterwards (seconds less); the hashes are placeholders, since
    reading does not check the chain."""
    from desktop.store.db import open_db

    db = open_db(tmp_path_factory.mktemp("besar") / "kantor.sqlite")
    indexes = db.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' "
        "AND sql IS NOT NULL"
    ).fetchall()
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO staff (nip, nama, status) VALUES (?, ?, 'pns')",
            [(f"1986092620150{n:05d}", f"Pegawai {n}") for n in range(500)],
        )
        for name, _sql in indexes:
            db.conn.execute(f"DROP INDEX {name}")
        db.conn.execute(_LARGE_LOG_SQL)
        for _name, sql in indexes:
            db.conn.execute(sql)
    yield db
    db.close()


_LARGE_LOG_SQL = """
INSERT INTO audit_log (id, at, user, action, table_name, row_uuid, staff_uuid, source, hash)
WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999)
SELECT i + 1,
       printf('2026-%02d-%02dT%02d:00:00.000Z', 1 + i * 12 / 100000, 1 + i % 28, i % 24),
       'operator',
       CASE WHEN i % 100 < 90 THEN 'update' WHEN i % 100 < 96 THEN 'insert'
            WHEN i % 100 < 99 THEN 'cetak' ELSE 'pulih' END,
       'staff',
       (SELECT uuid FROM staff WHERE id = 1 + i * 7 % 500),
       CASE WHEN i % 3 THEN (SELECT uuid FROM staff WHERE id = 1 + i * 7 % 500) END,
       CASE WHEN i % 50 = 0 THEN 'sync' ELSE 'gui' END,
       'x'
FROM n
"""


@pytest.mark.parametrize(
    "flt",
    [
        AuditFilter(),
        AuditFilter(staff_ids=(123,)),
        AuditFilter(date_from=date(2026, 5, 1), date_to=date(2026, 5, 7)),
        AuditFilter(kinds=("pulih",)),
        AuditFilter(kinds=("tidak_ada",)),
        AuditFilter(source="sync"),
        AuditFilter(user="orang-lain"),
        AuditFilter(staff_ids=(123,), kinds=("cetak",), date_from=date(2026, 3, 1)),
    ],
    ids=["none", "person", "week", "kind", "no-match", "source", "user", "combined"],
)
def test_100k_rows_filter_and_count_under_100_ms(large_log, flt):
    started = time.perf_counter()
    first = audit_query.page(large_log, flt)
    total = audit_query.count(large_log, flt)
    elapsed = time.perf_counter() - started
    print(f"{elapsed * 1000:.1f} ms, {total} rows")
    assert elapsed < 0.1
    assert len(first.entries) == min(total, audit_query.PAGE_SIZE)


def test_actors_on_a_large_log_is_instant(large_log):
    started = time.perf_counter()
    audit_query.actors(large_log)
    assert time.perf_counter() - started < 0.05


def test_export_writes_one_row_per_field_with_nip_as_text(office, tmp_path):
    from desktop.core.nip import format_nip
    from desktop.imports.audit_export import export_audit

    db, budi, _siti = office
    staff_store.save_staff(db, dataclasses.replace(budi, no_hp="081234567890", email="b@x.id"))
    path = tmp_path / "jejak.xlsx"
    flt = AuditFilter(staff_ids=(budi.id or 0,))
    assert export_audit(db, flt, path) == audit_query.count(db, flt)
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2)]
    phone = next(r for r in rows if r["Field"].value == "No HP")
    assert (phone["Lama"].value, phone["Baru"].value) == ("–", "081234567890")
    assert phone["NIP"].value == format_nip(budi.nip) and phone["NIP"].number_format == "@"
    assert any(r["Field"].value == "Email" and r["No"].value == phone["No"].value for r in rows)


def test_export_refused_for_a_role_without_the_trail(office, tmp_path):
    from desktop.core.audit_terms import PersonalDataError
    from desktop.imports.audit_export import export_audit

    db, _budi, _siti = office
    with (
        session.acting(Session(role=Role.OPERATOR, account_id=2)),
        pytest.raises(PersonalDataError),
    ):
        export_audit(db, AuditFilter(), tmp_path / "jejak.xlsx")
    assert not (tmp_path / "jejak.xlsx").exists()
