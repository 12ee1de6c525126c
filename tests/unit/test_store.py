"""Storage: migrations, sync stamping, tombstones, saves, history, audit, refusals."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import date

import pytest

from desktop import paths
from desktop.core.errors import StoreError
from desktop.core.models import NonaktifAlasan, RiwayatDiklat, StaffHistory
from desktop.store import staff as staff_store
from desktop.store.db import open_db, split_statements
from desktop.store.schema import dump_schema
from tests.conftest import make_staff, make_unit


def rev(db) -> int:
    return db.execute("SELECT rev FROM sync_state").fetchone()[0]


def test_fresh_database_is_configured_and_seeded(fresh_db):
    assert fresh_db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert fresh_db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert (
        fresh_db.execute("SELECT count(*) FROM ref_golongan WHERE jenis='pns'").fetchone()[0] == 17
    )
    assert (
        fresh_db.execute("SELECT count(*) FROM ref_golongan WHERE jenis='pppk'").fetchone()[0] == 17
    )
    assert fresh_db.execute("SELECT count(*) FROM ref_berakhlak").fetchone()[0] == 21
    pangkat = fresh_db.execute("SELECT pangkat, siasn_id FROM ref_golongan WHERE kode='III/b'")
    assert pangkat.fetchone() == ("Penata Muda Tingkat I", 32)


def test_tables_are_strict(fresh_db):
    make_unit(fresh_db)
    with pytest.raises(sqlite3.IntegrityError):
        fresh_db.execute("UPDATE unit SET aktif = 'ya'")


def test_schema_snapshot_matches_migrations():
    expected = (paths.project_root() / "db" / "schema.sql").read_text(encoding="utf-8")
    actual = dump_schema(open_db(":memory:"))
    assert actual == expected, "run: python -m desktop.store.schema > db/schema.sql"


def test_reopening_applies_nothing_and_keeps_data(db_path):
    db = open_db(db_path)
    make_unit(db)
    db.close()
    again = open_db(db_path)
    assert again.execute("SELECT nama FROM unit").fetchone()[0].startswith("Pemerintah")
    assert not list(paths.backup_dir_for(db_path).glob("*.zip"))


def test_upgrade_of_an_old_database_backs_it_up_first(db_path, monkeypatch, tmp_path):
    """A database at migration 0001 gets the newer migrations after a backup copy."""
    only_first = tmp_path / "migrations"
    only_first.mkdir()
    first = sorted(paths.migrations_dir().glob("*.sql"))[0]
    (only_first / first.name).write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(paths, "migrations_dir", lambda: only_first)
    old = open_db(db_path)
    assert "staff" not in old.table_names()
    old.close()
    monkeypatch.undo()
    upgraded = open_db(db_path)
    assert "staff" in upgraded.table_names()
    backups = list(paths.backup_dir_for(db_path).glob("*.zip"))
    assert len(backups) == 1
    copy = tmp_path / "cadangan.sqlite"  # the backup is a zip holding the database
    copy.write_bytes(zipfile.ZipFile(backups[0]).read("kinerja.sqlite"))
    assert (
        "staff"
        not in sqlite3.connect(copy)
        .execute("SELECT group_concat(name) FROM sqlite_master")
        .fetchone()[0]
    )


def test_database_from_a_newer_app_is_refused(db_path):
    db = open_db(db_path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('kinerja', '9999_future', '2030-01-01')"
    )
    db.conn.commit()
    db.close()
    with pytest.raises(StoreError) as err:
        open_db(db_path)
    assert "versi aplikasi yang lebih baru" in err.value.message()


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    bogus = tmp_path / "foto.sqlite"
    bogus.write_bytes(b"\x89PNG\r\n" + b"x" * 4096)
    with pytest.raises(StoreError) as err:
        open_db(bogus)
    assert err.value.code == "not_a_database"


def test_split_statements_keeps_triggers_whole():
    sql = (
        "CREATE TABLE a (x);\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
    )
    assert len(split_statements(sql)) == 2


def test_every_change_takes_a_new_rev_and_unchanged_saves_do_not(fresh_db):
    unit = make_unit(fresh_db)
    saved = staff_store.save_staff(fresh_db, make_staff(unit_id=unit.id))
    first = rev(fresh_db)
    staff_store.save_staff(fresh_db, saved)
    assert rev(fresh_db) == first
    saved.jabatan = "Analis Kepegawaian Ahli Muda"
    again = staff_store.save_staff(fresh_db, saved)
    row = fresh_db.execute(
        "SELECT rev, origin, uuid FROM staff WHERE id = ?", [again.id]
    ).fetchone()
    office = fresh_db.execute("SELECT office_uuid FROM office").fetchone()[0]
    assert row[0] == rev(fresh_db) > first
    assert row[1] == office
    assert row[2] == saved.uuid


def test_duplicate_nip_is_refused_in_indonesian(fresh_db):
    staff_store.save_staff(fresh_db, make_staff())
    with pytest.raises(StoreError) as err:
        staff_store.save_staff(fresh_db, make_staff(nama="Orang Lain"))
    assert "sudah terdaftar atas nama Budi Santoso" in err.value.message()
    assert fresh_db.execute("SELECT count(*) FROM staff").fetchone()[0] == 1


def test_history_keeps_uuids_and_leaves_tombstones(fresh_db):
    history = StaffHistory(
        diklat=[RiwayatDiklat("Latsar CPNS", jp=40), RiwayatDiklat("Excel", jp=8)]
    )
    saved = staff_store.save_staff(fresh_db, make_staff(), history)
    _, loaded = staff_store.load_record(fresh_db, saved.id)
    uuids = [d.uuid for d in loaded.diklat]
    assert loaded.total_jp() == 48
    loaded.diklat.pop()  # the operator removes "Excel"
    staff_store.save_staff(fresh_db, saved, loaded)
    _, after = staff_store.load_record(fresh_db, saved.id)
    assert [d.uuid for d in after.diklat] == uuids[:1]
    tomb = fresh_db.execute("SELECT table_name, uuid FROM tombstone").fetchall()
    assert tomb == [("riwayat_diklat", uuids[1])]


def test_deactivation_keeps_record_and_history(fresh_db):
    history = StaffHistory(diklat=[RiwayatDiklat("Latsar CPNS", jp=40)])
    saved = staff_store.save_staff(fresh_db, make_staff(), history)
    staff_store.set_active(fresh_db, saved.id, False, NonaktifAlasan.PENSIUN, date(2026, 10, 1))
    record, kept = staff_store.load_record(fresh_db, saved.id)
    assert (record.aktif, record.nonaktif_alasan) == (False, NonaktifAlasan.PENSIUN)
    assert kept.total_jp() == 40
    assert [r.nip for r in staff_store.list_rows(fresh_db, include_inactive=False)] == []
    assert len(staff_store.list_rows(fresh_db)) == 1


def test_audit_log_records_before_and_after(fresh_db):
    saved = staff_store.save_staff(fresh_db, make_staff())
    saved.jabatan = "Kepala Seksi"
    staff_store.save_staff(fresh_db, saved)
    entries = fresh_db.execute(
        "SELECT action, before, after FROM audit_log WHERE row_uuid = ? ORDER BY id", [saved.uuid]
    ).fetchall()
    assert [e[0] for e in entries] == ["insert", "update"]
    assert '"Kepala Seksi"' in entries[1][2] and '"Analis Kepegawaian' in entries[1][1]


def test_upsert_many_updates_only_given_fields(fresh_db):
    staff_store.save_staff(fresh_db, make_staff(email="budi@kepahiangkab.go.id"))
    incoming = make_staff(jabatan="Kepala Seksi", email="")
    result = staff_store.upsert_many(fresh_db, [incoming], fields={"jabatan"})
    stored = staff_store.get_by_nip(fresh_db, incoming.nip)
    assert (result.updated, stored.jabatan, stored.email) == (
        1,
        "Kepala Seksi",
        "budi@kepahiangkab.go.id",
    )
