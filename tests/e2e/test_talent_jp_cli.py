"""``kinerja talent jp`` and ``kinerja talent ipasn`` on a temporary office: PDF and xlsx
written with the names in them, JSON figures, exit 1 with the reason and nothing written on
bad input or a refused role."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from desktop.cli import cli
from desktop.store.db import open_db
from tests.unit.talent.jp_support import YEAR, build_office


def run(db: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)


@pytest.fixture
def office(db_path: Path) -> Path:
    db = open_db(db_path)
    build_office(db)
    db.close()
    return db_path


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def xlsx_cells(path: Path) -> set[str]:
    book = openpyxl.load_workbook(path)
    return {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row}


def test_jp_writes_the_ledger_pdf(office, tmp_path):
    out = tmp_path / "jp.pdf"
    result = run(office, "talent", "jp", "--year", str(YEAR), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "4 pegawai, 1 mencapai 20 JP, 3 di bawah target, 1 saran" in result.output
    text = pdf_text(out)
    assert "REKAPITULASI PENGEMBANGAN KOMPETENSI TAHUN 2025 — DRAF" in text
    assert "DRAF — hasil resmi di sistem BKN" in text and "PP 17/2020 Pasal 203" in text
    assert "Budi Kurang" in text and "Tersusunnya modul ajar" in text
    assert "Eka Kontrak" not in text  # PPPK are not in the ledger


def test_jp_xlsx_of_one_unit_with_json(office, tmp_path):
    out = tmp_path / "jp.xlsx"
    result = run(office, "talent", "jp", "--year", str(YEAR), "--unit", "2", "-o", str(out),
                 "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["pegawai"], data["capai"], data["jumlah_jp"]) == (2, 1, 42)
    cells = xlsx_cells(out)
    assert any("Ani Rajin" in c for c in cells)
    assert not any("Citra Pemimpin" in c for c in cells)  # another OPD


def test_ipasn_writes_pdf_and_xlsx(office, tmp_path):
    pdf, xlsx = tmp_path / "ip.pdf", tmp_path / "ip.xlsx"
    assert run(office, "talent", "ipasn", "--year", str(YEAR), "-o", str(pdf)).exit_code == 0
    text = pdf_text(pdf)
    assert "PRA-PENGUKURAN INDEKS PROFESIONALITAS ASN TAHUN 2025" in text
    assert "PermenPANRB 38/2018" in text and "Peraturan BKN 8/2019" in text
    assert "Citra Pemimpin" in text and "Rubrik penilaian (versi 2019)" in text
    result = run(office, "talent", "ipasn", "--year", str(YEAR), "-o", str(xlsx), "--json")
    data = json.loads(result.output)
    assert data["pegawai"] == 4 and data["kategori"]["tinggi"] == 1
    assert any("PKA Angkatan V" in c for c in xlsx_cells(xlsx))  # the evidence sheet


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["--unit", "9.9"], "Unit dengan kode 9.9 tidak ditemukan"),
        (["-o", "rekap.txt"], "Simpan hanya ke berkas .pdf atau .xlsx"),
    ],
)
@pytest.mark.parametrize("command", ["jp", "ipasn"])
def test_bad_input_is_refused_and_nothing_written(office, tmp_path, monkeypatch, command, args,
                                                  reason):  # fmt: skip
    out_dir = tmp_path / "keluaran"
    out_dir.mkdir()
    monkeypatch.chdir(out_dir)
    full = ["talent", command, "--year", str(YEAR), *args]
    if "-o" not in args:
        full += ["-o", "out.pdf"]
    result = run(office, *full)
    assert result.exit_code == 1
    assert reason in result.output
    assert list(out_dir.iterdir()) == []
