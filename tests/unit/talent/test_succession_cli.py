"""``kinerja talent succession`` writes the draft as PDF and xlsx, and refuses bad input."""

from __future__ import annotations

import json

import openpyxl
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from desktop.cli import cli
from tests.unit.talent.succession_support import YEAR, build_office


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def office_db(fresh_db, db_path):
    build_office(fresh_db)
    return db_path


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_whole_office_as_pdf(office_db, tmp_path):
    out = tmp_path / "suksesi.pdf"
    result = run(
        "--db", str(office_db), "talent", "succession", "--year", str(YEAR), "-o", str(out)
    )
    assert result.exit_code == 0, result.output
    assert "3 jabatan kritikal" in result.output
    text = _text(out)
    for expected in (
        "DRAF RENCANA SUKSESI JABATAN KRITIKAL",
        "Ringkasan jabatan kritikal",
        "Kepala Dinas Pendidikan",
        "Kepala Bidang Pembinaan Guru",
        "Ani Kabid",
        "Citra Madya",
        "Siap sekarang",
        "PermenPANRB Nomor 3 Tahun 2020",
        "DRAF — hasil resmi di sistem BKN",
    ):
        assert expected in text, expected


def test_one_position_as_pdf_and_json(office_db, tmp_path):
    out = tmp_path / "kabid.pdf"
    result = run("--db", str(office_db), "talent", "succession", "--year", str(YEAR),
                 "--position", "2.1", "-o", str(out), "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    (position,) = report["jabatan"]
    assert position["unit"] == "2.1" and [c["nama"] for c in position["calon"]] == ["Budi Kasi"]
    text = _text(out)
    assert "DRAF RENCANA SUKSESI — KEPALA BIDANG PEMBINAAN GURU" in text
    assert "Pemangku: Ani Kabid" in text


def test_a_unit_as_xlsx(office_db, tmp_path):
    out = tmp_path / "dinkes.xlsx"
    result = run("--db", str(office_db), "talent", "succession", "--year", str(YEAR),
                 "--unit", "3", "-o", str(out))  # fmt: skip
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    cells = [str(c) for s in book.worksheets for row in s.iter_rows(values_only=True) for c in row]
    assert any("Fajar Kasi" in c for c in cells)
    assert any("pendidikan D3 di bawah S1/D4" in c for c in cells)
    assert not any("Ani Kabid" in c for c in cells)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--unit", "9.9"), "9.9"),
        (("--position", "3"), "bukan jabatan kritikal"),
        (("-o", "x.docx"), ".pdf atau .xlsx"),
    ],
)
def test_bad_input_is_refused_and_writes_nothing(office_db, tmp_path, args, message):
    out = tmp_path / "out.pdf"
    base = ["--db", str(office_db), "talent", "succession", "--year", str(YEAR)]
    if "-o" not in args:
        base += ["-o", str(out)]
    else:
        args = ("-o", str(tmp_path / args[1]))
    result = run(*base, *args)
    assert result.exit_code == 1
    assert message in result.output
    assert list(tmp_path.glob("out.*")) == [] and not (tmp_path / "x.docx").exists()
