"""Each audit row says where the change came from: a spreadsheet import records ``import``, any
other command ``cli``, and the account that signed in (or none, without accounts)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from desktop.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP Baru", "Nama Lengkap", "Gol/Ruang", "Tanggal Lahir", "Jabatan"])
    ws.append(["199203152019032001", "Rina Marlina", "III/a", "15-03-1992", "Pengelola Keuangan"])
    wb.save(path)
    return path


def rows_after(db: Path, first_id: int) -> list[tuple[str, int | None, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT source, akun_id, table_name FROM audit_log WHERE id > ? ORDER BY id",
            [first_id],
        ).fetchall()


def last_id(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


def test_without_accounts_an_import_says_import_and_a_setting_says_cli(tmp_path, monkeypatch):
    monkeypatch.delenv("KINERJA_USER", raising=False)
    monkeypatch.delenv("KINERJA_PASSWORD", raising=False)
    db = tmp_path / "kantor.sqlite"
    start = last_id(db) if db.exists() else 0
    assert run("--db", str(db), "staff", "import", str(sheet(tmp_path / "p.xlsx"))).exit_code == 0
    imported = rows_after(db, start)
    assert imported and {source for source, _akun, _t in imported} == {"import"}
    assert all(akun is None for _s, akun, _t in imported)
    start = last_id(db)
    assert run("--db", str(db), "report", "settings", "--paper", "f4").exit_code == 0
    assert {source for source, _akun, _t in rows_after(db, start)} == {"cli"}


def test_with_accounts_the_rows_name_the_signed_in_account(tmp_path):
    db = tmp_path / "demo.sqlite"
    assert run("--db", str(db), "demo", "--staff", "40", "--seed", "2").exit_code == 0
    with sqlite3.connect(db) as conn:
        admin = conn.execute("SELECT id FROM akun WHERE username = 'admin'").fetchone()[0]
    start = last_id(db)
    result = run("--db", str(db), "--user", "admin", "staff", "import",
                 str(sheet(tmp_path / "p.xlsx")))  # fmt: skip
    assert result.exit_code == 0, result.output
    imported = rows_after(db, start)
    assert imported and all(row[:2] == ("import", admin) for row in imported)
