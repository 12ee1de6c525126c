"""Backups: Anki's thinning over many dates, backup → change → restore row for row, refusal of
anything that is not a sound backup (nothing changed), and the passphrase-sealed copy."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.backup_thinning import Limits, backups_to_keep
from desktop.demo import build_demo
from desktop.store import backup_archive, backups
from desktop.store import db as db_module
from desktop.store.backups import BackupError
from desktop.store.db import open_db
from desktop.sync import sealed_backup
from tests.unit.backup_support import (
    all_rows,
    change_everything,
    rows_on_disk,
    without_audit_head,
    without_restore_entry,
)

CHEAP = sealed_backup.KdfParams(memory_cost=8, iterations=1, lanes=1)
MONDAY = datetime(2026, 11, 30, 0, 30)


# -- thinning ---------------------------------------------------------------------------------
def test_fewer_than_ten_are_all_kept():
    times = [MONDAY - timedelta(days=40 * n) for n in range(9)]
    assert backups_to_keep(times) == set(times)


def test_hourly_for_three_days_keeps_ten_and_the_last_of_each_earlier_day():
    times = [MONDAY + timedelta(hours=h) for h in range(72)]
    kept = backups_to_keep(times)
    expected = {MONDAY + timedelta(hours=h) for h in [*range(62, 72), 47, 23]}
    assert kept == expected


def test_daily_for_a_year_keeps_at_most_27_spread_over_half_a_year():
    times = [MONDAY - timedelta(days=d) for d in range(365)]
    kept = sorted(backups_to_keep(times), reverse=True)
    assert len(kept) == 10 + 7 + 4 + 6
    assert kept[:17] == times[:17]  # 10 recent, then one a day
    # then the newest of 4 more weeks and of 6 more months, whichever comes first in time:
    # 31 October is kept for October although its week (Sunday 1 November's) is kept already
    older = [t.strftime("%m-%d") for t in kept[17:]]
    weekly, monthly = ["11-08", "11-01", "10-25", "10-18"], ["10-31", "09-30", "08-31", "07-31",
                                                             "06-30", "05-31"]  # fmt: skip
    assert sorted(older) == sorted(weekly + monthly)
    months = {(t.year, t.month) for t in kept}
    assert len(months) >= 7 and min(kept) < MONDAY - timedelta(days=150)


def test_every_ten_minutes_for_a_month_keeps_one_per_day_week_month():
    times = [MONDAY - timedelta(minutes=10 * n) for n in range(6 * 24 * 30)]
    kept = backups_to_keep(times)
    days = sorted({t.date() for t in kept}, reverse=True)
    assert len(kept) == 10 + 7 + len(kept) - 17
    assert days[:8] == [MONDAY.date() - timedelta(days=d) for d in range(8)]
    for when in kept - set(sorted(times, reverse=True)[:10]):  # each is its day's newest
        assert all(t <= when for t in times if t.date() == when.date())


@pytest.mark.parametrize("step_hours", [1, 5, 23, 24, 50, 24 * 9, 24 * 31])
def test_thinning_is_idempotent_and_keeps_the_newest(step_hours):
    times = [MONDAY - timedelta(hours=step_hours * n) for n in range(200)]
    kept = backups_to_keep(times)
    assert max(times) in kept
    assert len(kept) <= 27
    assert backups_to_keep(kept) == kept


def test_monthly_backups_are_not_thinned_away_by_time_alone():
    """Quotas count periods that hold a backup: twenty monthly backups are all distinct days."""
    times = [datetime(2025, 1, 15) + timedelta(days=31 * n) for n in range(20)]
    assert backups_to_keep(times) == set(times)


def test_custom_limits():
    times = [MONDAY - timedelta(days=d) for d in range(30)]
    assert len(backups_to_keep(times, Limits(recent=2, daily=1, weekly=0, monthly=0))) == 3


# -- backup and restore -----------------------------------------------------------------------
@pytest.fixture
def office(db_path: Path):
    db = open_db(db_path)
    build_demo(db, staff=60, seed=3)
    yield db
    db.close()


def test_backup_lists_date_reason_size_and_counts(office, db_path):
    info = backups.create_backup(office, db_path, reason="manual")
    assert info.path.parent == paths.backup_dir_for(db_path)
    assert info.counts["pegawai"] == 60 and info.counts["unit"] > 0
    assert info.counts["skp"] > 0 and info.counts["evaluasi"] > 0
    listed = backups.list_backups(info.path.parent)
    assert [i.path for i in listed] == [info.path]
    assert listed[0].reason == "manual" and listed[0].size == info.path.stat().st_size
    with zipfile.ZipFile(info.path) as zf:  # the summary is first and stored, not deflated
        first = zf.infolist()[0]
        assert first.filename == "cadangan.json" and first.compress_type == zipfile.ZIP_STORED
    assert info.size < info.db_size / 2  # compressed


def test_names_never_collide(office, db_path):
    made = [backups.create_backup(office, db_path, reason="manual").path for _ in range(4)]
    assert len(set(made)) == 4 and all(p.exists() for p in made)


def test_backup_change_restore_is_row_identical(office, db_path):
    before = all_rows(office.conn)
    info = backups.create_backup(office, db_path, reason="manual")
    change_everything(office.conn)
    changed = all_rows(office.conn)
    assert changed != before
    result = backups.restore(office, db_path, info.path)
    before = without_audit_head(before)
    assert without_restore_entry(all_rows(office.conn)) == before  # the app's connection sees it
    assert without_restore_entry(rows_on_disk(db_path)) == before  # and so does another process
    assert office.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert result.safety.reason == "sebelum-pemulihan"
    backups.restore(office, db_path, result.safety.path)  # the restore can be undone
    assert without_restore_entry(all_rows(office.conn)) == without_audit_head(changed)


def test_automatic_backup_thins_the_folder(office, db_path):
    folder = paths.backup_dir_for(db_path)
    for _ in range(3):
        backups.create_backup(office, db_path, reason="otomatis")
    backups.auto_backup(office, "sebelum-impor-pegawai", Limits(recent=2, daily=0, weekly=0,
                                                                monthly=0))  # fmt: skip
    names = [i.reason for i in backups.list_backups(folder)]
    assert names == ["sebelum-impor-pegawai", "otomatis"]


def _refused(office, db_path, archive: Path, code: str) -> None:
    before = all_rows(office.conn)
    folder = paths.backup_dir_for(db_path)
    existing = set(folder.glob("*")) if folder.exists() else set()
    with pytest.raises(BackupError) as caught:
        backups.restore(office, db_path, archive)
    assert caught.value.code == code
    assert "Tidak ada yang diubah" in caught.value.message()
    assert all_rows(office.conn) == before
    assert (set(folder.glob("*")) if folder.exists() else set()) == existing


def _rewrite(source: Path, target: Path, meta_change=None, data: bytes | None = None) -> Path:
    with zipfile.ZipFile(source) as zf:
        meta = json.loads(zf.read("cadangan.json"))
        body = zf.read("kinerja.sqlite") if data is None else data
    if meta_change:
        meta_change(meta)
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("cadangan.json", json.dumps(meta))
        zf.writestr("kinerja.sqlite", body, compress_type=zipfile.ZIP_DEFLATED)
    return target


def test_refuses_files_that_are_not_backups(office, db_path, tmp_path):
    text = tmp_path / "catatan.zip"
    text.write_text("bukan cadangan")
    _refused(office, db_path, text, "not_backup")
    plain = tmp_path / "lain.zip"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("readme.txt", "halo")
    _refused(office, db_path, plain, "not_backup")
    good = backups.create_backup(office, db_path, reason="manual").path
    package = _rewrite(good, tmp_path / "paket.zip", lambda m: m.update(format="kinerja-paket"))
    _refused(office, db_path, package, "not_backup")


def test_refuses_damaged_archives(office, db_path, tmp_path):
    good = backups.create_backup(office, db_path, reason="manual").path
    raw = good.read_bytes()
    truncated = tmp_path / "potong.zip"
    truncated.write_bytes(raw[: len(raw) // 2])
    _refused(office, db_path, truncated, "not_backup")
    with zipfile.ZipFile(good) as zf:
        body = bytearray(zf.read("kinerja.sqlite"))
    body[len(body) // 2] ^= 0xFF
    flipped = _rewrite(good, tmp_path / "balik.zip", data=bytes(body))
    _refused(office, db_path, flipped, "damaged")  # SHA-256 differs


def test_refuses_a_database_that_fails_integrity_check(office, db_path, tmp_path):
    good = backups.create_backup(office, db_path, reason="manual").path
    with zipfile.ZipFile(good) as zf:
        body = bytearray(zf.read("kinerja.sqlite"))
    for offset in range(4096 * 3, 4096 * 3 + 400):  # scramble inside the third page
        body[offset] ^= 0x5A
    bad = bytes(body)

    def matching(meta):
        meta.update(db_sha256=__import__("hashlib").sha256(bad).hexdigest(), db_size=len(bad))

    _refused(office, db_path, _rewrite(good, tmp_path / "rusak.zip", matching, bad), "damaged")


def test_refuses_newer_format_and_newer_schema(office, db_path, tmp_path):
    good = backups.create_backup(office, db_path, reason="manual").path
    newer = _rewrite(good, tmp_path / "baru.zip", lambda m: m.update(format_version=2))
    _refused(office, db_path, newer, "newer_format")
    odd = _rewrite(good, tmp_path / "aneh.zip", lambda m: m.update(format_version=True))
    _refused(office, db_path, odd, "not_backup")
    future = tmp_path / "masa-depan.sqlite"
    other = open_db(future)
    other.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('kinerja', '9999_masa_depan', '2030-01-01')"
    )
    other.conn.commit()
    archive = backups.create_backup(other, future, reason="manual").path
    other.close()
    _refused(office, db_path, archive, "newer_schema")


def test_restores_an_older_backup_and_migrates_it(office, db_path, tmp_path, monkeypatch):
    """A backup made before the last migration comes back at the current schema."""
    files = db_module.migration_files()
    old = tmp_path / "lama.sqlite"
    with monkeypatch.context() as patched:
        patched.setattr(db_module, "migration_files", lambda: files[:-1])
        old_db = open_db(old)
    archive = backups.create_backup(old_db, old, reason="manual").path
    old_db.close()
    result = backups.restore(office, db_path, archive)
    assert result.migrated == [files[-1].stem]
    assert office.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- sealed copies for a USB stick ------------------------------------------------------------
def test_sealed_round_trip_and_wrong_passphrase(office, db_path, tmp_path):
    info = backups.create_backup(office, db_path, reason="flashdisk")
    stick = tmp_path / "usb"
    stick.mkdir()
    sealed = sealed_backup.seal_into(info.path, stick, "kata sandi rahasia", CHEAP)
    assert sealed.path.parent == stick and sealed.path.suffix == ".kinerja-cadangan"
    assert [p.name for p in stick.iterdir()] == [sealed.path.name]  # no temporary left
    assert b"Budi" not in sealed.path.read_bytes() and sealed_backup.is_sealed(sealed.path)
    out = tmp_path / "kembali.zip"
    sealed_backup.unseal(sealed.path, "kata sandi rahasia", out)
    assert out.read_bytes() == info.path.read_bytes()
    with pytest.raises(BackupError) as caught:
        sealed_backup.unseal(sealed.path, "kata sandi lain!", tmp_path / "x.zip")
    assert caught.value.code == "wrong_passphrase" and not (tmp_path / "x.zip").exists()
    assert "Kata sandi salah" in caught.value.message()


def test_sealed_file_header_is_read_first(office, db_path, tmp_path):
    info = backups.create_backup(office, db_path, reason="flashdisk")
    sealed = sealed_backup.seal(info.path, tmp_path / "c.kinerja-cadangan", "rahasia-123", CHEAP)
    raw = sealed.path.read_bytes()
    size = int.from_bytes(raw[8:12], "big")
    header = json.loads(raw[12 : 12 + size])
    assert header["format_version"] == 1 and header["kdf"] == "argon2id"
    assert {"salt", "nonce_prefix", "memory_cost", "iterations", "lanes"} <= set(header)
    newer = dict(header, format_version=2)
    blob = json.dumps(newer).encode()
    (tmp_path / "baru").write_bytes(raw[:8] + len(blob).to_bytes(4, "big") + blob)
    with pytest.raises(BackupError) as caught:
        sealed_backup.unseal(tmp_path / "baru", "rahasia-123", tmp_path / "o.zip")
    assert caught.value.code == "newer_format"
    for cut in (len(raw) - 1, len(raw) // 2, 40):
        (tmp_path / "cut").write_bytes(raw[:cut])
        with pytest.raises(BackupError) as caught:
            sealed_backup.unseal(tmp_path / "cut", "rahasia-123", tmp_path / "o.zip")
        assert caught.value.code == "damaged"


def test_restore_from_a_sealed_copy(office, db_path, tmp_path):
    before = all_rows(office.conn)
    info = backups.create_backup(office, db_path, reason="flashdisk")
    sealed = sealed_backup.seal(info.path, tmp_path / "c.kinerja-cadangan", "rahasia-123", CHEAP)
    change_everything(office.conn)
    with sealed_backup.plain_archive(sealed.path, "rahasia-123", tmp_path / "kerja") as plain:
        backups.restore(office, db_path, plain)
    assert without_restore_entry(all_rows(office.conn)) == without_audit_head(before)
    assert list((tmp_path / "kerja").iterdir()) == []


def test_short_or_mismatched_passphrases_are_refused():
    with pytest.raises(BackupError, match="terlalu pendek"):
        sealed_backup.check_passphrase("pendek")
    with pytest.raises(BackupError) as caught:
        sealed_backup.check_passphrase("panjang sekali", "panjang sekalI")
    assert caught.value.code == "passphrase_mismatch"


def test_a_full_disk_is_a_clear_refusal(office, db_path, monkeypatch):
    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_archive, "write_zip", full)
    with pytest.raises(BackupError) as caught:
        backups.create_backup(office, db_path, reason="manual")
    assert caught.value.code == "write_failed" and "penuh" in caught.value.message()
    assert list(paths.backup_dir_for(db_path).iterdir()) == []


def test_created_at_is_utc(office, db_path):
    info = backups.create_backup(office, db_path, reason="manual")
    assert info.created_at.tzinfo == UTC
    assert abs(datetime.now(UTC) - info.created_at) < timedelta(minutes=1)
