"""``kinerja skm import|list|report|export`` on temporary databases: the hand example through
the command line, the same file twice, refusals that write nothing, the report and the xlsx."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.store.db import open_db
from tests.conftest import make_unit
from tests.unit.test_skm import HAND
from tests.unit.test_skm_import import HEADER, hand_rows, write_csv


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def office(tmp_path) -> Path:
    path = tmp_path / "kantor.sqlite"
    db = open_db(path)
    make_unit(db, kode="7", nama="Puskesmas Kepahiang")
    db.close()
    return path


def state(path: Path) -> tuple[int, int]:
    db = open_db(path)
    try:
        return (
            db.execute("SELECT rev FROM sync_state").fetchone()[0],
            db.execute("SELECT count(*) FROM skm_responden").fetchone()[0],
        )
    finally:
        db.close()


def test_import_twice_then_report_and_export(office, tmp_path):
    csv = write_csv(tmp_path / "skm_s1.csv", hand_rows())
    args = ["--db", str(office), "skm", "import", str(csv), "--unit", "7", "--period", "2025-S1"]
    result = run(*args, "--populasi", "4", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["written"] and report["counts"]["baru"] == 4
    assert (report["result"]["konversi"], report["result"]["mutu"]) == ("81.25", "B")
    assert report["result"]["terendah"] == ["U3", "U8", "U9"]
    before = state(office)
    again = run(*args)
    assert again.exit_code == 0 and "Tidak ada perubahan." in again.output
    assert "IKM Puskesmas Kepahiang Semester I 2025: 81,25 (mutu B, Baik)" in again.output
    assert state(office) == before

    pdf = tmp_path / "laporan.pdf"
    result = run("--db", str(office), "skm", "report", "--unit", "7", "--year", "2025", "-o",
                 str(pdf))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
        for expected in ("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT", "81,25", "B (Baik)",
                         "Waktu Penyelesaian", "RENCANA TINDAK LANJUT"):  # fmt: skip
            assert expected in text

    xlsx = tmp_path / "skm.xlsx"
    result = run("--db", str(office), "skm", "export", "--unit", "7", "--year", "2025", "-o",
                 str(xlsx), "--json")  # fmt: skip
    assert json.loads(result.output)["result"]["konversi"] == "81.25"
    book = openpyxl.load_workbook(xlsx)
    rekap = {row[0]: row[1] for row in book["Rekap"].iter_rows(values_only=True) if row}
    assert rekap["Nilai IKM konversi"] == 81.25 and rekap["Mutu pelayanan"] == "B"
    responden = list(book["Responden"].iter_rows(values_only=True))
    assert len(responden) == 1 + len(HAND) and responden[1][-9:] == HAND[0]


def test_bad_rows_exit_1_and_write_nothing(office, tmp_path):
    rows = hand_rows()
    rows[0][5] = 5
    rows[1][10] = None
    rows[2][3] = "baik"
    csv = write_csv(tmp_path / "skm.csv", rows, HEADER)
    before = state(office)
    result = CliRunner().invoke(
        cli, ["--db", str(office), "skm", "import", str(csv), "--unit", "7", "--period", "2025"]
    )
    assert result.exit_code == 1
    assert "Baris 2, kolom 'U3': Jawaban '5' tidak sah" in result.output
    assert "Baris 3, kolom 'U8': Jawaban unsur ini kosong." in result.output
    assert "Baris 4, kolom 'U1': Jawaban 'baik' tidak sah" in result.output
    assert "tidak ada yang ditulis" in result.output
    assert state(office) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--unit", "99", "--period", "2025"], "Unit dengan kode 99 tidak ditemukan."),
        (["--unit", "7", "--period", "TW1"], "Periode survei 'TW1' tidak dikenal"),
    ],
)
def test_refusals_are_clear(office, tmp_path, args, message):
    csv = write_csv(tmp_path / "skm.csv", hand_rows())
    result = CliRunner().invoke(cli, ["--db", str(office), "skm", "import", str(csv), *args])
    assert result.exit_code == 1 and message in result.output


def test_dry_run_and_report_without_survey(office, tmp_path):
    csv = write_csv(tmp_path / "skm.csv", hand_rows())
    result = run("--db", str(office), "skm", "import", str(csv), "--unit", "7", "--period",
                 "S2", "--year", "2025", "--dry-run")  # fmt: skip
    assert result.exit_code == 0 and "Uji coba" in result.output
    assert state(office)[1] == 0
    out = tmp_path / "x.pdf"
    result = CliRunner().invoke(cli, ["--db", str(office), "skm", "report", "--unit", "7",
                                      "--year", "2025", "-o", str(out)])  # fmt: skip
    assert result.exit_code == 1 and "belum memiliki hasil SKM tahun 2025" in result.output
    assert not out.exists()


def test_demo_has_an_improving_and_a_falling_unit(tmp_path):
    path = tmp_path / "demo.sqlite"
    assert run("--db", str(path), "demo", "--staff", "600", "--json").exit_code == 0
    trends = {}
    for kode in ("1.07", "1.15"):
        result = run("--db", str(path), "skm", "list", "--unit", kode, "--json")
        trends[kode] = [(r["periode"], float(r["konversi"]), r["mutu"])
                        for r in json.loads(result.output)]  # fmt: skip
    dukcapil, dpmptsp = trends["1.07"], trends["1.15"]
    assert len(dukcapil) == len(dpmptsp) == 4
    assert [v for _p, v, _m in dukcapil] == sorted(v for _p, v, _m in dukcapil)
    assert dukcapil[0][2] == "C" and dukcapil[-1][2] == "A"
    assert [v for _p, v, _m in dpmptsp] == sorted((v for _p, v, _m in dpmptsp), reverse=True)
    assert dpmptsp[-1][2] == "C"
