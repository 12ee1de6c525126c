"""The audit trail a PDP inspection would accept: every change names the account, the source,
the employee and each changed field old → new; rows cannot be changed or removed, and a row
edited or removed behind the app's back (plain sqlite3, trigger dropped) makes ``kinerja
check`` fail and name it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from unittest import mock

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core.appraisal import Rating
from desktop.core.errors import StoreError
from desktop.store import audit, session
from desktop.store import db as store_db
from desktop.store import evaluasi as ev_store
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store.db import open_db, translate_errors
from tests.conftest import make_staff
from tests.unit.report_office import build_report_office, rate


def last_entry(db, **where) -> dict:
    sql = "SELECT * FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(f"{k} = ?" for k in where)
    row = next(db.query(sql + " ORDER BY id DESC LIMIT 1", list(where.values())))
    return {**row, "before": json.loads(row["before"] or "null"),
            "after": json.loads(row["after"] or "null")}  # fmt: skip


def check(db_path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", str(db_path), "check"], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture
def office(fresh_db):
    return fresh_db, build_report_office(fresh_db)


# -- field-level: old → new -----------------------------------------------------------------


def test_a_staff_change_records_only_the_changed_field_with_who_and_from_where(fresh_db):
    saved = staff_store.save_staff(fresh_db, make_staff())
    saved.jabatan, saved.no_hp = "Kepala Seksi", "081234567890"
    with session.acting(source=session.Source.CLI):
        staff_store.save_staff(fresh_db, saved)
    entry = last_entry(fresh_db, table_name="staff")
    assert entry["action"] == "update"
    assert entry["before"] == {"jabatan": "Analis Kepegawaian Ahli Pertama", "no_hp": ""}
    assert entry["after"] == {"jabatan": "Kepala Seksi", "no_hp": "081234567890"}
    assert (entry["source"], entry["staff_uuid"], entry["akun_id"]) == ("cli", saved.uuid, None)
    assert entry["user"] == audit.current_user()


def test_a_save_that_changes_nothing_adds_no_audit_row(fresh_db):
    saved = staff_store.save_staff(fresh_db, make_staff())
    count = fresh_db["audit_log"].count
    staff_store.save_staff(fresh_db, saved)
    assert fresh_db["audit_log"].count == count


def test_a_signed_in_account_is_named(fresh_db):
    signed = session.Session(account_id=7, username="sari", nama="Sari")
    with session.acting(signed):
        staff_store.save_staff(fresh_db, make_staff())
    entry = last_entry(fresh_db, table_name="staff")
    assert (entry["akun_id"], entry["user"], entry["source"]) == (7, "sari", "gui")


def test_an_skp_change_records_each_changed_field_and_the_employee(office):
    db, o = office
    skp = skp_store.get_skp(db, o.skp[o.siti.id])
    old_target = skp.rhk[0].iki[0].target
    skp.rhk[0].iki[0].target = "150 berkas"
    skp.konsekuensi = "Teguran tertulis"
    skp_store.save_skp(db, skp)
    iki = last_entry(db, table_name="iki")
    assert (iki["before"], iki["after"]) == ({"target": old_target}, {"target": "150 berkas"})
    assert iki["staff_uuid"] == o.siti.uuid
    whole = last_entry(db, table_name="skp")
    assert whole["after"]["konsekuensi"] == "Teguran tertulis"
    assert set(whole["before"]) == {"konsekuensi"} and whole["staff_uuid"] == o.siti.uuid


def test_a_rating_change_shows_old_and_new_rating_and_predikat(office):
    db, o = office
    ev_id = rate(db, o.skp[o.siti.id], Rating.SESUAI, Rating.SESUAI, periode="TW2", tetapkan=False)
    ev = ev_store.get_evaluasi(db, ev_id)
    ev.rating_perilaku = Rating.DI_BAWAH
    ev_store.save_evaluasi(db, ev)
    entry = last_entry(db, table_name="evaluasi")
    assert entry["before"] == {"predikat": "baik", "rating_perilaku": "sesuai"}
    assert entry["after"] == {"predikat": "kurang", "rating_perilaku": "di_bawah"}
    assert entry["summary"] == "TW2: kurang" and entry["staff_uuid"] == o.siti.uuid


def test_a_transition_records_the_status_old_to_new(office):
    db, o = office
    ev_id = rate(db, o.skp[o.siti.id], Rating.SESUAI, Rating.SESUAI, periode="TW2")
    entry = last_entry(db, table_name="evaluasi")
    assert (entry["action"], entry["before"]["status"], entry["after"]["status"]) == (
        "tetapkan", "dinilai", "ditetapkan",
    )  # fmt: skip
    assert ev_store.get_evaluasi(db, ev_id).status == "ditetapkan"


# -- append-only ---------------------------------------------------------------------------


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET summary = 'x'", "DELETE FROM audit_log"])
def test_the_trail_refuses_update_and_delete(fresh_db, db_path, sql):
    staff_store.save_staff(fresh_db, make_staff())
    plain = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError, match="audit_log_append_only"):
        plain.execute(sql)
    plain.close()
    with pytest.raises(StoreError) as refused, translate_errors(), fresh_db.atomic():
        fresh_db.conn.execute(sql)
    assert refused.value.code == "audit_append_only"
    assert audit.verify_chain(fresh_db) is None


# -- the chain: kinerja check names what was touched ----------------------------------------


def _tamper(db_path: Path, sql: str, params: list) -> None:
    """What someone with the file and sqlite3 could do: drop the trigger, change the row."""
    plain = sqlite3.connect(db_path)
    plain.execute("DROP TRIGGER audit_log_no_update")
    plain.execute("DROP TRIGGER audit_log_no_delete")
    plain.execute(sql, params)
    plain.commit()
    plain.close()


@pytest.fixture
def audited(fresh_db, db_path):
    """Three people saved and one changed: five sealed rows; the database closed."""
    people = [make_staff(nip=nip, nama=nama) for nip, nama in (
        ("198609262015051001", "Budi"), ("199001012015052001", "Siti"),
        ("198501012010011002", "Andi"))]  # fmt: skip
    saved = [staff_store.save_staff(fresh_db, p) for p in people]
    saved[0].jabatan = "Kepala Seksi"
    staff_store.save_staff(fresh_db, saved[0])
    ids = [r[0] for r in fresh_db.execute("SELECT id FROM audit_log ORDER BY id")]
    fresh_db.close()
    return db_path, ids


def test_an_intact_trail_passes_the_check(audited):
    code, out = check(audited[0])
    assert code == 0 and "Jejak audit" not in out


def test_editing_one_rows_after_with_sqlite3_fails_the_check_naming_the_row(audited):
    db_path, ids = audited
    target = ids[-2]
    _tamper(db_path, 'UPDATE audit_log SET after = \'{"nama": "X"}\' WHERE id = ?', [target])
    code, out = check(db_path)
    assert code == 1
    assert f"Jejak audit diubah: baris {target}" in out
    assert out.count("Jejak audit") == 1  # the rows after it still chain on its stored hash


def test_removing_a_row_fails_the_check_naming_it(audited):
    db_path, ids = audited
    _tamper(db_path, "DELETE FROM audit_log WHERE id = ?", [ids[1]])
    code, out = check(db_path)
    assert code == 1 and f"Jejak audit dihapus: baris {ids[1]}" in out


def test_removing_the_last_rows_is_found_too(audited):
    db_path, ids = audited
    _tamper(db_path, "DELETE FROM audit_log WHERE id >= ?", [ids[-2]])
    code, out = check(db_path)
    assert code == 1 and f"Jejak audit dihapus: baris {ids[-2]}–{ids[-1]}" in out


def test_a_row_slipped_in_without_the_app_is_named_and_the_chain_goes_on(audited):
    db_path, ids = audited
    plain = sqlite3.connect(db_path)
    plain.execute(
        "INSERT INTO audit_log (user, action, table_name) VALUES ('x', 'update', 'staff')"
    )
    plain.commit()
    plain.close()
    db = open_db(db_path)
    staff_store.save_staff(db, make_staff(nip="199203152019032001", nama="Rina"))
    db.close()
    code, out = check(db_path)
    assert code == 1 and f"Jejak audit ditambah di luar aplikasi: baris {ids[-1] + 1}" in out
    assert out.count("Jejak audit") == 1  # the app's next row chains on past it


def test_verify_chain_names_the_first_broken_row(audited):
    db_path, ids = audited
    _tamper(db_path, "UPDATE audit_log SET user = 'someone' WHERE id = ?", [ids[2]])
    db = open_db(db_path)
    try:
        assert audit.verify_chain(db) == ids[2]
    finally:
        db.close()


def test_rows_written_before_the_chain_are_sealed_when_the_database_is_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    files = [f for f in store_db.migration_files() if f.stem < "0014"]
    with mock.patch.object(store_db, "migration_files", lambda: files):
        old = open_db(path)
        with old.atomic():
            old.conn.executemany(
                "INSERT INTO audit_log (user, action, table_name, summary) VALUES (?, ?, ?, ?)",
                [("operator", "update", "staff", f"lama {n}") for n in range(5)],
            )
        old.close()
    upgraded = open_db(path)
    assert audit.verify_chain(upgraded) is None
    assert upgraded.execute("SELECT count(*) FROM audit_log WHERE hash IS NULL").fetchone() == (0,)
    upgraded.close()
    _tamper(path, "UPDATE audit_log SET summary = 'diubah' WHERE id = 3", [])
    code, out = check(path)
    assert code == 1 and "Jejak audit diubah: baris 3" in out


def test_the_chain_is_intact_after_the_demo(tmp_path):
    path = tmp_path / "demo.sqlite"
    result = CliRunner().invoke(cli, ["--db", str(path), "demo", "--staff", "40"])
    assert result.exit_code == 0, result.output
    db = open_db(path)
    try:
        assert db["audit_log"].count > 1  # the build and each approved SKP
        assert audit.verify_chain(db) is None
    finally:
        db.close()
    code, out = check(path)
    assert code == 0 and "Jejak audit" not in out


def test_two_writers_at_once_never_fork_the_chain(fresh_db, db_path):
    """Each writer reads the previous hash inside its own BEGIN IMMEDIATE transaction."""
    from concurrent.futures import ThreadPoolExecutor

    def write(n: int) -> None:
        db = open_db(db_path)
        try:
            for i in range(10):
                with db.atomic():
                    audit.record(db, action="update", table="office", row_uuid=None,
                                 summary=f"writer {n}: {i}")  # fmt: skip
        finally:
            db.close()

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(write, [1, 2]))
    assert fresh_db["audit_log"].count == 20
    assert audit.verify_chain(fresh_db) is None
