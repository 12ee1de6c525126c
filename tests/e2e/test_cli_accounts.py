"""Signing in on the command line (issue 10): once a database has accounts, commands that read
personal data or write need ``--user`` (hidden prompt) or KINERJA_USER / KINERJA_PASSWORD;
without them the command is refused with a clear message and changes nothing. A database
without accounts works as before; --version, --help, folder-data and check need no sign-in."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.store import accounts
from desktop.store import session as sessions
from desktop.store.db import open_db


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("akun") / "demo.sqlite"
    result = run("--db", str(path), "demo", "--staff", "30", "--seed", "4")
    assert result.exit_code == 0, result.output
    assert "Akun contoh: admin, operator, penilai, pimpinan" in result.output
    assert "kinerja-demo" in result.output
    db = open_db(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copies below take the main file only
    db.close()
    return path


@pytest.fixture
def demo(demo_template, tmp_path) -> Path:
    path = tmp_path / "kantor.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def no_env(monkeypatch):
    monkeypatch.delenv("KINERJA_USER", raising=False)
    monkeypatch.delenv("KINERJA_PASSWORD", raising=False)


def audit(path: Path, action: str) -> list[dict]:
    db = open_db(path)
    try:
        return [dict(r) for r in db.query("SELECT * FROM audit_log WHERE action = ?", [action])]
    finally:
        db.close()


def test_a_command_without_sign_in_is_refused_and_writes_nothing(demo, tmp_path, no_env):
    out = tmp_path / "pegawai.xlsx"
    result = run("--db", str(demo), "staff", "export", str(out))
    assert result.exit_code == 1
    assert "Ditolak: Basis data ini memakai akun: masuk dengan --user NAMA" in result.output
    assert "KINERJA_USER dan KINERJA_PASSWORD" in result.output
    assert not out.exists()


def test_the_refusal_speaks_english(demo, no_env):
    result = run("--db", str(demo), "--lang", "en", "units", "list")
    assert result.exit_code == 1
    assert "Rejected: This database has accounts: sign in with --user NAME" in result.output


def test_the_environment_signs_a_script_in(demo, tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_USER", "operator")
    out = tmp_path / "pegawai.xlsx"
    result = run("--db", str(demo), "staff", "export", str(out))
    assert result.exit_code == 0, result.output
    assert out.exists()
    assert sessions.current().account_id is None  # the sign-in lasted one command


def test_a_cli_sign_in_alone_writes_nothing_and_the_writes_name_the_account(demo, monkeypatch):
    def files() -> list[bytes]:
        wal = demo.with_name(demo.name + "-wal")
        return [p.read_bytes() for p in (demo, wal) if p.exists()]

    assert run("--db", str(demo), "units", "list").exit_code == 0  # migrated, if need be
    before = files()
    assert run("--db", str(demo), "units", "list").exit_code == 0
    assert files() == before and audit(demo, "login") == []
    assert run("--db", str(demo), "report", "settings", "--paper", "a4").exit_code == 0
    db = open_db(demo)
    last = dict(next(iter(db.query("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1"))))
    admin_id = db.execute("SELECT id FROM akun WHERE username = 'admin'").fetchone()[0]
    db.close()
    assert (last["akun_id"], last["source"], last["user"]) == (admin_id, "cli", "admin")


def test_user_option_asks_for_the_password(demo, no_env):
    result = run("--db", str(demo), "--user", "pimpinan", "units", "list", input="kinerja-demo\n")
    assert result.exit_code == 0, result.output
    assert "Pemerintah Kabupaten" in result.output
    assert "kinerja-demo" not in result.output


def test_a_wrong_password_is_refused_and_counted(demo, no_env):
    result = run("--db", str(demo), "--user", "admin", "units", "list", input="salah-sekali\n")
    assert result.exit_code == 1
    assert "Nama pengguna atau kata sandi salah." in result.output
    (failed,) = audit(demo, "login_gagal")
    assert failed["source"] == "cli" and "salah-sekali" not in json.dumps(failed)


def test_without_a_terminal_or_the_variables_the_command_ends_not_hangs(demo, no_env):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KINERJA_")}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(demo), "--user", "admin", "units", "list"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 1
    assert "tidak dapat ditanyakan (tanpa terminal): isi KINERJA_PASSWORD" in done.stderr


def test_a_reset_password_must_be_changed_in_the_app_first(demo, monkeypatch):
    db = open_db(demo)
    (pimpinan,) = [a.id for a in accounts.list_accounts(db) if a.username == "pimpinan"]
    accounts.reset_password(db, pimpinan, "sementara-123")
    db.close()
    monkeypatch.setenv("KINERJA_USER", "pimpinan")
    monkeypatch.setenv("KINERJA_PASSWORD", "sementara-123")
    result = run("--db", str(demo), "units", "list")
    assert result.exit_code == 1
    assert "Kata sandi akun 'pimpinan' direset" in result.output


def test_a_database_without_accounts_works_as_before(tmp_path, no_env):
    path = tmp_path / "lama.sqlite"
    assert run("--db", str(path), "units", "list").exit_code == 0


@pytest.mark.parametrize(
    "args",
    [["--version"], ["--help"], ["folder-data"], ["check"], ["backup", "--list"]],
)
def test_some_commands_need_no_sign_in(demo, no_env, args):
    result = run("--db", str(demo), *args)
    assert result.exit_code == 0, result.output


def test_demo_json_lists_the_accounts(tmp_path):
    result = run("--db", str(tmp_path / "d.sqlite"), "demo", "--staff", "20", "--json")
    report = json.loads(result.output)
    assert report["accounts"] == ["admin", "operator", "penilai", "pimpinan"]
    assert report["password"] == "kinerja-demo"


def test_the_demo_password_is_nowhere_in_the_demo_files(tmp_path, monkeypatch):
    """``kinerja demo`` says the password on screen; the files keep only Argon2id hashes."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    db = tmp_path / "demo.sqlite"
    result = CliRunner().invoke(cli, ["--db", str(db), "demo", "--staff", "40"])
    assert result.exit_code == 0 and "kinerja-demo" in result.output
    hashes = {h for (h,) in sqlite3.connect(db).execute("SELECT password_hash FROM akun")}
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert db in files
    for path in files:
        assert b"kinerja-demo" not in path.read_bytes(), path
