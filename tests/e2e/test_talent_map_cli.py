"""``kinerja talent map`` writes the 9-box as PDF and xlsx with the people in their boxes;
a bad output name or an unknown unit is refused with exit 1 and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from desktop.cli import cli
from desktop.store.db import open_db
from tests.unit.talent.map_support import YEAR, build_office


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def kantor(tmp_path: Path) -> Path:
    path = tmp_path / "kantor.sqlite"
    db = open_db(path)
    build_office(db)
    db.close()
    return path


def test_the_map_as_pdf_names_each_box_and_the_unmapped(kantor, tmp_path):
    out = tmp_path / "peta.pdf"
    result = run("--db", str(kantor), "talent", "map", "--year", str(YEAR), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "5 pegawai dipetakan, 2 belum" in result.stdout
    reader = PdfReader(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "PETA TALENTA (9-BOX) TAHUN 2025 — DRAF" in text
    assert "PermenPANRB Nomor 20 Tahun 2025 Pasal 17" in text
    assert "Kotak 9 — Kinerja di atas ekspektasi dan potensial tinggi (1 orang)" in text
    assert "Ani Bintang" in text and "Eko Satu" in text
    assert "Belum dipetakan (2 orang)" in text and "belum ada hasil asesmen" in text
    assert all("DRAF — hasil resmi di sistem BKN" in p.extract_text() for p in reader.pages)


def test_the_map_of_a_unit_as_xlsx(kantor, tmp_path):
    out = tmp_path / "peta.xlsx"
    result = run("--db", str(kantor), "talent", "map", "--year", str(YEAR), "--unit", "2",
                 "--paper", "f4", "-o", str(out), "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["kotak"]["9"] == 1 and data["kotak"]["8"] == 1 and data["belum_dipetakan"] == 1
    book = openpyxl.load_workbook(out)
    cells = {str(c.value) for sheet in book for row in sheet.iter_rows() for c in row}
    assert {"Ani Bintang, S.Kom.", "Budi Tinggi, S.Kom.", "Fajar Tanpa, S.Kom."} <= cells
    assert "Eko Satu, S.Kom." not in cells  # Dinas Kesehatan, not unit 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--unit", "99", "-o", "peta.pdf"), "Unit dengan kode 99 tidak ditemukan"),
        (("-o", "peta.docx"), "Simpan hanya ke berkas .pdf atau .xlsx"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(kantor, tmp_path, args, message):
    args = tuple(str(tmp_path / a) if a.startswith("peta") else a for a in args)
    result = run("--db", str(kantor), "talent", "map", "--year", str(YEAR), *args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert not list(tmp_path.glob("peta*"))
