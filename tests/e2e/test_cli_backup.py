"""``kinerja backup`` and ``kinerja restore`` on a temporary office: the list, the confirmation
rules without a terminal, row-identical restore, refusals that change nothing, sealed copies,
and the backup an import makes first."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop import paths
from desktop.cli import cli
from desktop.store.db import open_db
from desktop.sync import sealed_backup
from tests.unit.backup_support import (
    change_everything,
    rows_on_disk,
    without_audit_head,
    without_last_entry,
    without_restore_entry,
)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@dataclass(frozen=True)
class _Cheap(sealed_backup.KdfParams):
    """Argon2id parameters cheap enough for tests (DESIGN §9)."""

    memory_cost: int = 8
    iterations: int = 1
    lanes: int = 1


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch):
    monkeypatch.setattr(sealed_backup, "KdfParams", _Cheap)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert run("--db", str(path), "demo", "--staff", "60", "--seed", "5").exit_code == 0
    return path


@pytest.fixture
def office(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "kantor.sqlite"
    src, dest = sqlite3.connect(template), sqlite3.connect(target)
    src.backup(dest)
    src.close()
    dest.close()
    return target


def _change(path: Path) -> None:
    conn = sqlite3.connect(path)
    change_everything(conn)
    conn.close()


def test_backup_then_list(office):
    made = run("--db", str(office), "backup", "--json")
    assert made.exit_code == 0, made.output
    info = json.loads(made.output)
    assert info["reason"] == "manual" and info["counts"]["pegawai"] == 60
    assert Path(info["file"]).parent == paths.backup_dir_for(office)
    listed = run("--db", str(office), "backup", "--list")
    assert "manual" in listed.output and "60 pegawai" in listed.output
    as_json = json.loads(run("--db", str(office), "backup", "--list", "--json").output)
    assert [i["file"] for i in as_json] == [info["file"]]


def test_restore_is_row_identical_and_needs_yes_without_terminal(office):
    before = rows_on_disk(office)
    archive = json.loads(run("--db", str(office), "backup", "--json").output)["file"]
    _change(office)
    changed = rows_on_disk(office)
    asked = run("--db", str(office), "restore", archive)
    assert asked.exit_code == 1 and "--yes" in asked.output
    assert "60 pegawai" in asked.output  # the date and counts were shown first
    assert rows_on_disk(office) == changed
    done = run("--db", str(office), "restore", archive, "--yes", "--json")
    assert done.exit_code == 0, done.output
    report = json.loads(done.output)
    assert without_restore_entry(rows_on_disk(office)) == without_audit_head(before)
    assert "sebelum-pemulihan" in report["safety_backup"]
    undo = run("--db", str(office), "restore", report["safety_backup"], "--yes")
    assert undo.exit_code == 0
    assert without_restore_entry(rows_on_disk(office)) == without_audit_head(changed)


def test_refuses_a_file_that_is_not_a_backup(office, tmp_path):
    bogus = tmp_path / "bukan.zip"
    bogus.write_bytes(b"PK\x03\x04 rusak")
    before = rows_on_disk(office)
    result = run("--db", str(office), "restore", str(bogus), "--yes")
    assert result.exit_code == 1
    assert "bukan berkas cadangan" in result.output and "Tidak ada yang diubah" in result.output
    assert rows_on_disk(office) == before
    english = run("--db", str(office), "--lang", "en", "restore", str(office), "--yes")
    assert english.exit_code == 1 and "is not a Kinerja Luring backup" in english.output


def test_sealed_backup_to_a_stick_and_back(office, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    secret = tmp_path / "sandi.txt"
    secret.write_text("kata sandi kantor\n")
    made = run("--db", str(office), "backup", "-o", str(stick), "--passphrase-file", str(secret))
    assert made.exit_code == 0, made.output
    assert "Aman untuk mencabut" in made.output
    [sealed] = list(stick.iterdir())
    assert sealed.suffix == ".kinerja-cadangan" and sealed_backup.is_sealed(sealed)
    before = rows_on_disk(office)
    _change(office)
    wrong = tmp_path / "salah.txt"
    wrong.write_text("kata sandi lain\n")
    refused = run("--db", str(office), "restore", str(sealed), "--passphrase-file", str(wrong),
                  "--yes")  # fmt: skip
    assert refused.exit_code == 1 and "Kata sandi salah" in refused.output
    no_secret = run("--db", str(office), "restore", str(sealed), "--yes")
    assert no_secret.exit_code == 1 and "--passphrase-file" in no_secret.output
    done = run("--db", str(office), "restore", str(sealed), "--passphrase-file", str(secret),
               "--yes")  # fmt: skip
    assert done.exit_code == 0, done.output
    # the backup to the stick entered the trail after its archive; the restore adds its own
    assert without_restore_entry(rows_on_disk(office)) == without_last_entry(before, "cadangan")


def test_encryption_needs_a_target_and_a_long_passphrase(office, tmp_path):
    secret = tmp_path / "pendek.txt"
    secret.write_text("abc\n")
    assert run("--db", str(office), "backup", "--passphrase-file", str(secret)).exit_code == 2
    short = run("--db", str(office), "backup", "-o", str(tmp_path / "c.kinerja-cadangan"),
                "--passphrase-file", str(secret))  # fmt: skip
    assert short.exit_code == 1 and "terlalu pendek" in short.output
    assert not (tmp_path / "c.kinerja-cadangan").exists()


def test_backup_to_an_existing_file_is_refused(office, tmp_path):
    target = tmp_path / "cadangan.zip"
    assert run("--db", str(office), "backup", "-o", str(target)).exit_code == 0
    again = run("--db", str(office), "backup", "-o", str(target))
    assert again.exit_code == 1 and "sudah ada" in again.output


def test_a_staff_import_backs_up_first(office, tmp_path):
    sheet = tmp_path / "pegawai.xlsx"
    assert run("--db", str(office), "staff", "export", str(sheet)).exit_code == 0
    db = open_db(office)
    db.conn.execute("UPDATE staff SET nama = 'Nama Lama' WHERE id = 1")
    db.conn.commit()
    db.close()
    result = run("--db", str(office), "staff", "import", str(sheet))
    assert result.exit_code == 0, result.output
    reasons = json.loads(run("--db", str(office), "backup", "--list", "--json").output)
    assert [r["reason"] for r in reasons] == ["sebelum-impor-pegawai"]


def test_a_damaged_database_is_left_alone_and_a_new_file_takes_the_restore(office, tmp_path):
    archive = json.loads(run("--db", str(office), "backup", "--json").output)["file"]
    damaged = tmp_path / "rusak.sqlite"
    damaged.write_bytes(b"bukan basis data " * 200)
    refused = run("--db", str(damaged), "restore", archive, "--yes")
    assert refused.exit_code == 1 and "Pulihkan ke berkas baru" in refused.output
    assert damaged.read_bytes() == b"bukan basis data " * 200
    fresh = tmp_path / "baru" / "kinerja-pulih.sqlite"
    assert run("--db", str(fresh), "restore", archive, "--yes").exit_code == 0
    assert without_restore_entry(rows_on_disk(fresh)) == without_last_entry(
        rows_on_disk(office), "cadangan"
    )
