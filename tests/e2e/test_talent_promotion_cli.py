"""``kinerja talent promotion`` and ``kinerja talent low`` write PDF and xlsx, refuse bad input
with exit 1 and write nothing (issue 14 items 4, 5 and 9)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from desktop.cli import cli
from desktop.store.db import open_db
from tests.unit.talent.promotion_office import build


@pytest.fixture
def office_db(db_path):
    db = open_db(db_path)
    build(db)
    db.close()
    return db_path


def _run(db_path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db_path), "talent", *args])


@pytest.mark.parametrize("kind", ["pangkat", "jenjang", "pppk"])
def test_promotion_lists_as_pdf(office_db, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    result = _run(office_db, "promotion", "--month", "2026-04", "--list", kind, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:5] == b"%PDF-"
    assert "ditulis ke" in result.output


def test_promotion_xlsx_and_json(office_db, tmp_path):
    out = tmp_path / "calon.xlsx"
    result = _run(office_db, "promotion", "--month", "2026-4", "--unit", "2", "-o", str(out),
                  "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["periode"] == "2026-04-01"
    assert [t["baris"] for t in report["tabel"]] == [1, 2, 1, 1]  # unit 2: Ani | Budi, Eko | …
    book = load_workbook(out, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[1][0] == "Periode 1 April 2026 — DRAF — Dinas Pendidikan"
    assert any(r[2] == "Ani Siap, S.Kom." for r in rows if len(r) > 2)


def test_low_list(office_db, tmp_path):
    out = tmp_path / "rendah.pdf"
    result = _run(office_db, "low", "--year", "2025", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "(2 pegawai)" in result.output and out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [(["promotion", "--month", "2026-13"], "Bulan periode '2026-13' tidak dikenal"),
     (["promotion", "--month", "April"], "tulis TAHUN-BULAN"),
     (["promotion", "--month", "2026-04", "--unit", "9.9"], "9.9"),
     (["low", "--year", "2025"], "Simpan hanya ke berkas .pdf atau .xlsx")],
)  # fmt: skip
def test_bad_input_exits_1_and_writes_nothing(office_db, tmp_path, args, message):
    out = tmp_path / ("x.txt" if args[0] == "low" else "x.pdf")
    result = _run(office_db, *args, "-o", str(out))
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert not out.exists()


def test_promotion_by_appraisal_year_reads_a_period_of_the_next_year(office_db, tmp_path):
    """``--year 2025`` (as the screen opens): the results of 2025 count for the periods of
    2026 — the running month of 2026, else 1 January 2026."""
    from datetime import date

    from desktop.cli.talent_promotion import period_of

    assert period_of(None, 2025, date(2025, 11, 20)) == date(2026, 1, 1)
    assert period_of(None, 2025, date(2026, 4, 9)) == date(2026, 4, 1)  # the running period
    out = tmp_path / "calon.xlsx"
    result = _run(office_db, "promotion", "--year", "2025", "-o", str(out), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["periode"].startswith("2026-")


def test_promotion_without_a_period_is_refused(office_db, tmp_path):
    out = tmp_path / "calon.pdf"
    result = _run(office_db, "promotion", "-o", str(out))
    assert result.exit_code == 1
    assert "--month" in result.output and "--year" in result.output
    assert not out.exists()
