"""``kinerja report data-pribadi`` and ``kinerja staff export --with-personal`` on the demo
office with its accounts: the admin gets the report and the personal columns, pimpinan is
refused with a clear reason and nothing is written; both are in the audit trail."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from desktop.cli import cli
from desktop.core.nip import format_nip
from desktop.store.db import open_db


def run(db: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dp") / "demo.sqlite"
    result = run(path, "demo", "--staff", "30", "--seed", "4")
    assert result.exit_code == 0, result.output
    db = open_db(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copies below take the main file only
    db.close()
    return path


@pytest.fixture
def demo(demo_template, tmp_path, monkeypatch) -> Path:
    path = tmp_path / "kantor.sqlite"
    shutil.copy(demo_template, path)
    monkeypatch.setenv("KINERJA_PASSWORD", "kinerja-demo")
    return path


def sign_in(monkeypatch, user: str) -> None:
    monkeypatch.setenv("KINERJA_USER", user)


def demo_nip(path: Path) -> tuple[str, str]:
    db = open_db(path)
    try:
        return db.execute("SELECT nip, nik FROM staff WHERE nik <> '' ORDER BY id").fetchone()
    finally:
        db.close()


def audit_kinds(path: Path) -> list[str]:
    db = open_db(path)
    try:
        return [r[0] for r in db.execute("SELECT action FROM audit_log ORDER BY id")]
    finally:
        db.close()


def test_admin_writes_the_report_and_it_is_recorded(demo, tmp_path, monkeypatch):
    sign_in(monkeypatch, "admin")
    nip, nik = demo_nip(demo)
    out = tmp_path / "data-pribadi.pdf"
    result = run(demo, "report", "data-pribadi", "--nip", format_nip(nip), "-o", str(out), "--json")
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert info["nip"] == nip and info["pages"] >= 1
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert nik in text and "JEJAK AUDIT" in text
    assert audit_kinds(demo)[-1] == "cetak"


def test_pimpinan_is_refused_and_nothing_is_written(demo, tmp_path, monkeypatch):
    sign_in(monkeypatch, "pimpinan")
    nip, _nik = demo_nip(demo)
    out = tmp_path / "data-pribadi.pdf"
    result = run(demo, "report", "data-pribadi", "--nip", nip, "-o", str(out))
    assert result.exit_code == 1
    assert "tidak boleh" in result.output and "Traceback" not in result.output
    assert not out.exists() and "cetak" not in audit_kinds(demo)


def test_unknown_nip_exits_1_with_the_reason(demo, tmp_path, monkeypatch):
    sign_in(monkeypatch, "admin")
    out = tmp_path / "x.pdf"
    result = run(demo, "report", "data-pribadi", "--nip", "199901012020121001", "-o", str(out))
    assert result.exit_code == 1 and "199901012020121001" in result.output
    assert not out.exists()


def _header(path: Path) -> list[str]:
    return [c.value for c in next(openpyxl.load_workbook(path).active.iter_rows(max_row=1))]


def test_staff_export_leaves_personal_data_out_unless_asked_and_allowed(
    demo, tmp_path, monkeypatch
):
    sign_in(monkeypatch, "admin")
    plain, full = tmp_path / "biasa.xlsx", tmp_path / "lengkap.xlsx"
    assert run(demo, "staff", "export", str(plain)).exit_code == 0
    assert "NIK" not in _header(plain)
    result = run(demo, "staff", "export", "--with-personal", str(full))
    assert result.exit_code == 0, result.output
    assert {"NIK", "Alamat", "No HP", "Email"} <= set(_header(full))
    assert audit_kinds(demo).count("ekspor") > 2  # two exports, one entry per person in the 2nd
    sign_in(monkeypatch, "pimpinan")
    refused = tmp_path / "pimpinan.xlsx"
    result = run(demo, "staff", "export", "--with-personal", str(refused))
    assert result.exit_code == 1 and "data pribadi" in result.output
    assert not refused.exists()
