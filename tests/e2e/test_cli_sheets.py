"""``kinerja staff export|import`` through the command line: the CSV round trip keeps every
NIP, and merged cells and hidden sheets are named in the report (text and JSON)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from desktop.cli import cli
from desktop.store.db import open_db


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def demo(tmp_path: Path) -> Path:
    path = tmp_path / "kantor.sqlite"
    result = run("--db", str(path), "demo", "--staff", "30", "--seed", "5")
    assert result.exit_code == 0, result.output
    return path


def staff_units(path: Path) -> dict[str, str]:
    db = open_db(path)
    try:
        rows = db.execute(
            "SELECT s.nip, u.kode FROM staff s LEFT JOIN unit u ON u.id = s.unit_id"
        ).fetchall()
        return dict(rows)
    finally:
        db.close()


def test_csv_export_then_import_changes_nothing(tmp_path):
    db = demo(tmp_path)
    csv_path = tmp_path / "pegawai.csv"
    assert run("--db", str(db), "staff", "export", str(csv_path)).exit_code == 0
    text = csv_path.read_text(encoding="utf-8-sig")
    assert all(line.startswith("'") for line in text.splitlines()[1:])  # NIP as text
    result = run("--db", str(db), "staff", "import", "--dry-run", "--json", str(csv_path))
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["counts"]["ubah"] == report["counts"]["ditolak"] == 0
    assert report["counts"]["sama"] == len(text.splitlines()) - 1


def test_merged_unit_cells_keep_every_unit_and_the_report_says_so(tmp_path):
    db = demo(tmp_path)
    before = staff_units(db)
    nips = sorted(n for n, kode in before.items() if kode)[:3]
    kode = before[nips[0]]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["NIP", "Kode Unit"])
    for nip in nips:
        sheet.append([nip, kode])
    sheet.merge_cells("B2:B4")
    hidden = book.create_sheet("Lama")
    hidden.sheet_state = "hidden"
    path = tmp_path / "gabung.xlsx"
    book.save(path)
    result = run("--db", str(db), "staff", "import", str(path))
    assert result.exit_code == 0, result.output
    assert "Catatan: Sel B2:B4 digabung: nilainya dipakai untuk baris 2–4." in result.stdout
    assert "Lembar 'Lama' tersembunyi" in result.stdout
    assert {staff_units(db)[nip] for nip in nips} == {kode}
    dry = run("--db", str(db), "staff", "import", "--dry-run", "--json", str(path))
    codes = [n["code"] for n in json.loads(dry.stdout)["notes"]]
    assert codes == ["hidden", "merged_rows"]
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone() == ("ok",)
