"""The appraisers' spreadsheet round trip through the ``kinerja`` command on a demo office
built by the command itself: export a unit's TW4 sheet, fill it in as an appraiser would,
check it (dry run), import it, import it again (nothing changes), and a bad row of each kind
refuses the whole file with exit code 1 and writes nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core.workflow import Action
from desktop.imports.appraisal_sheet import INFO_SHEET, Col
from desktop.store import evaluasi as ev_store
from desktop.store.db import open_db

YEAR = 2025
HEADER_ROW = 9


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    result = run("--db", str(path), "demo", "--staff", "120", "--seed", "5")
    assert result.exit_code == 0, result.output
    assert f"tahun penilaian {YEAR}" in result.stdout
    return path


@pytest.fixture
def kantor(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "kantor.sqlite"
    src, dest = sqlite3.connect(demo_template), sqlite3.connect(target)
    src.backup(dest)
    src.close()
    dest.close()
    return target


def rev(path: Path) -> int:
    db = open_db(path)
    try:
        return db.execute("SELECT rev FROM sync_state").fetchone()[0]
    finally:
        db.close()


def busiest_opd(path: Path) -> str:
    """The OPD with most TW4 evaluations still to do (drafts and none at all)."""
    db = open_db(path)
    try:
        best, kode = -1, ""
        for unit_id, unit_kode in db.execute("SELECT id, kode FROM unit WHERE jenis = 'opd'"):
            todo = db.execute(
                "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT u.id FROM unit u JOIN sub "
                "ON u.parent_id = sub.id) SELECT count(*) FROM staff s JOIN skp k ON "
                "k.staff_id = s.id LEFT JOIN evaluasi e ON e.skp_id = k.id AND e.periode = 'TW4' "
                "WHERE s.unit_id IN sub AND s.aktif = 1 AND (e.id IS NULL OR e.status = 'draft')",
                [unit_id],
            ).fetchone()[0]
            if todo > best:
                best, kode = todo, unit_kode
        return kode
    finally:
        db.close()


def lock_one(path: Path, kode: str) -> str:
    """Set (ditetapkan) one rated TW4 evaluation in the unit; its NIP."""
    db = open_db(path)
    try:
        evaluasi_id, nip = db.execute(
            "SELECT e.id, s.nip FROM evaluasi e JOIN skp k ON k.id = e.skp_id JOIN staff s ON "
            "s.id = k.staff_id JOIN unit u ON u.id = s.unit_id WHERE e.periode = 'TW4' AND "
            "e.status = 'dinilai' AND u.kode LIKE ? ORDER BY s.nip LIMIT 1",
            [kode + "%"],
        ).fetchone()
        ev_store.transition_evaluasi(db, evaluasi_id, Action.TETAPKAN)
        return nip
    finally:
        db.close()


def columns(sheet) -> dict[str, int]:
    return {c.value: c.column for c in sheet[HEADER_ROW] if c.value}


def staff_rows(book):
    for sheet in book.worksheets:
        if sheet.title == INFO_SHEET:
            continue
        cols = columns(sheet)
        for row in range(HEADER_ROW + 1, sheet.max_row + 1):
            if sheet.cell(row, cols[Col.NIP]).value:
                yield sheet, row, cols


def fill(path: Path) -> int:
    """Rate everyone still unrated as an appraiser would: the hasil if missing, then the
    perilaku (short forms are accepted). Returns how many rows were filled."""
    book = openpyxl.load_workbook(path)
    filled = 0
    for sheet, row, cols in staff_rows(book):
        hasil = sheet.cell(row, cols[Col.HASIL])
        perilaku = sheet.cell(row, cols[Col.PERILAKU])
        if perilaku.value:
            continue
        hasil.value = hasil.value or "Sesuai Ekspektasi"
        perilaku.value = "Di Atas" if filled % 3 == 0 else "Sesuai Ekspektasi"
        sheet.cell(row, cols[Col.CATATAN]).value = "Dinilai lewat lembar isian"
        filled += 1
    book.save(path)
    return filled


def edit(path: Path, nip: str | None, column: Col, value: object) -> None:
    """Change one cell: of the row of ``nip``, or of the first row when None."""
    book = openpyxl.load_workbook(path)
    for sheet, row, cols in staff_rows(book):
        if nip is None or sheet.cell(row, cols[Col.NIP]).value == nip:
            sheet.cell(row, cols[column]).value = value
            break
    book.save(path)


def test_export_fill_check_import_and_import_again(kantor, tmp_path):
    kode = busiest_opd(kantor)
    sheet = tmp_path / "TW4.xlsx"
    exported = run(
        "--db", str(kantor), "appraisal", "export", "--unit", kode, "--year", str(YEAR),
        "--period", "TW4", str(sheet),
    )  # fmt: skip
    assert exported.exit_code == 0, exported.output
    assert f"({kode}, TW4 {YEAR})" in exported.stdout
    filled = fill(sheet)
    assert filled >= 2

    before = rev(kantor)
    checked = run("--db", str(kantor), "appraisal", "import", str(sheet), "--dry-run", "--json")
    report = json.loads(checked.stdout)
    assert checked.exit_code == 0 and report["written"] is False
    assert (report["unit"], report["tahun"], report["periode"]) == (kode, YEAR, "TW4")
    assert report["counts"]["baru"] == filled and report["counts"]["ditolak"] == 0
    assert rev(kantor) == before

    imported = run("--db", str(kantor), "appraisal", "import", str(sheet), "--json")
    assert imported.exit_code == 0 and json.loads(imported.stdout)["written"] is True
    assert rev(kantor) > before
    db = open_db(kantor)
    rated = db.execute(
        "SELECT count(*) FROM evaluasi WHERE periode = 'TW4' AND status = 'dinilai' AND "
        "catatan = 'Dinilai lewat lembar isian' AND predikat IS NOT NULL"
    ).fetchone()[0]
    db.close()
    assert rated == filled

    after = rev(kantor)
    again = run("--db", str(kantor), "appraisal", "import", str(sheet), "--json")
    report = json.loads(again.stdout)
    assert again.exit_code == 0 and report["written"] is False
    assert report["counts"]["baru"] == report["counts"]["ubah"] == 0
    assert report["counts"]["sama"] >= filled
    assert rev(kantor) == after


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        (Col.NIP, "199001012015011999", "tidak terdaftar"),
        (Col.PERILAKU, "Baik sekali", "bukan rating yang dikenal"),
        (Col.HASIL, "Di Bawah Ekspektasi", "sudah ditetapkan"),
    ],
    ids=["unknown-nip", "rating-text", "locked"],
)
def test_a_bad_row_refuses_the_file_and_writes_nothing(kantor, tmp_path, column, value, reason):
    kode = busiest_opd(kantor)
    locked_nip = lock_one(kantor, kode)
    sheet = tmp_path / "TW4.xlsx"
    args = ("--unit", kode, "--year", str(YEAR), "--period", "TW4", str(sheet))
    assert run("--db", str(kantor), "appraisal", "export", *args).exit_code == 0
    fill(sheet)
    edit(sheet, locked_nip if reason == "sudah ditetapkan" else None, column, value)
    before = rev(kantor)
    result = run("--db", str(kantor), "appraisal", "import", str(sheet))
    assert result.exit_code == 1
    assert reason in result.stderr and f"kolom '{column.value}'" in result.stderr
    assert "tidak ada yang ditulis" in result.stdout
    assert rev(kantor) == before


def _legacy_sheet(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["NIP", "Tahun", "Nilai SKP", "Nilai Perilaku", "Nilai Prestasi", "Sebutan"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _legacy_count(path: Path) -> int:
    db = open_db(path)
    try:
        return db.execute("SELECT count(*) FROM penilaian_pp46").fetchone()[0]
    finally:
        db.close()


def test_legacy_pp46_history_is_checked_then_kept_once(kantor: Path, tmp_path: Path):
    db = open_db(kantor)
    nips = [r[0] for r in db.execute("SELECT nip FROM staff WHERE aktif = 1 LIMIT 2")]
    db.close()
    good = [[nips[0], 2019, 85.5, 88, "", ""], [nips[1], 2020, 80, 79.75, 79.9, "Baik"]]
    sheet = _legacy_sheet(tmp_path / "ppk.xlsx", good)
    dry = run("--db", str(kantor), "appraisal", "legacy", str(sheet), "--dry-run", "--json")
    assert dry.exit_code == 0 and json.loads(dry.stdout)["written"] is False
    assert _legacy_count(kantor) == 0
    first = run("--db", str(kantor), "appraisal", "legacy", str(sheet))
    assert first.exit_code == 0 and "2 penilaian lama disimpan" in first.stdout
    again = run("--db", str(kantor), "appraisal", "legacy", str(sheet))
    assert again.exit_code == 0 and "0 penilaian lama disimpan, 2 sudah ada" in again.stdout
    assert _legacy_count(kantor) == 2


def test_a_bad_legacy_row_is_named_and_nothing_is_kept(kantor: Path, tmp_path: Path):
    sheet = _legacy_sheet(
        tmp_path / "ppk.xlsx",
        [
            ["199001012015011001", 2019, 80, 80, "", ""],
            ["199001012015011001", 2019, "delapan", 80, "", ""],
        ],
    )
    result = run("--db", str(kantor), "appraisal", "legacy", str(sheet))
    assert result.exit_code == 1
    assert "Baris 2:" in result.stderr and "tidak ada yang disimpan" in result.stderr
    assert _legacy_count(kantor) == 0
