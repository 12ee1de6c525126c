"""The SKM respondents import: headers by code or unsur name, bad rows named with row, column
and reason and nothing written, one transaction, and the same file twice changing nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop.core.skm import UNSUR, Mutu
from desktop.imports.sheet import ImportFileError
from desktop.imports.skm_import import RowAction, SkmFileError, apply_plan, read_plan
from desktop.store import skm as skm_store
from tests.conftest import make_unit
from tests.unit.test_skm import HAND

HEADER = ["No", "Jenis Layanan", "Jenis Kelamin", *(f"U{u.no}" for u in UNSUR)]


def write_xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Rekap SKM Puskesmas Kepahiang Semester I 2025"])  # a title above the header
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    lines = [";".join(header), *(";".join("" if v is None else str(v) for v in r) for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def hand_rows() -> list[list[object]]:
    return [[n, "KIA", "P" if n % 2 else "L", *answers] for n, answers in enumerate(HAND, 1)]


@pytest.fixture
def unit(fresh_db):
    return make_unit(fresh_db, kode="7", nama="Puskesmas Kepahiang")


def plan_for(db, unit, path, **kw):
    return read_plan(db, path, unit_id=unit.id, tahun=2025, periode="S1", **kw)


def table_rows(db) -> int:
    return sum(
        db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("skm_survei", "skm_rekap", "skm_responden")
    )


def test_import_computes_the_hand_example_and_keeps_demographics(fresh_db, unit, tmp_path):
    plan = plan_for(fresh_db, unit, write_xlsx(tmp_path / "skm.xlsx", hand_rows()), populasi=4)
    assert plan.counts()[RowAction.BARU] == 4 and not plan.rejected
    assert plan.result.konversi == Decimal("81.25") and plan.result.mutu is Mutu.B
    assert table_rows(fresh_db) == 0  # the plan writes nothing
    done = apply_plan(fresh_db, plan)
    assert done.inserted == 4
    survey, result = skm_store.survey_for(fresh_db, unit.id, 2025, "TW1")
    assert (result.konversi, result.responden, survey.populasi) == (Decimal("81.25"), 4, 4)
    stored = skm_store.respondents(fresh_db, survey.id, "skm.xlsx")
    assert stored["1"].layanan == "KIA" and stored["1"].jenis_kelamin == "P"


def test_same_file_twice_changes_nothing(fresh_db, unit, tmp_path):
    path = write_csv(tmp_path / "skm.csv", hand_rows())
    apply_plan(fresh_db, plan_for(fresh_db, unit, path))
    rev = fresh_db.execute("SELECT rev FROM sync_state").fetchone()[0]
    audits = fresh_db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    again = plan_for(fresh_db, unit, path)
    assert again.counts()[RowAction.SAMA] == 4 and not again.changes
    assert not apply_plan(fresh_db, again).changed
    assert fresh_db.execute("SELECT rev FROM sync_state").fetchone()[0] == rev
    assert fresh_db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audits


def test_bad_rows_are_named_and_nothing_is_written(fresh_db, unit, tmp_path):
    rows = hand_rows()
    rows[0][3 + 2] = 5  # U3 answered 5
    rows[1][3 + 7] = None  # U8 blank
    rows[2][3 + 0] = "baik"  # U1 as text
    plan = plan_for(fresh_db, unit, write_xlsx(tmp_path / "skm.xlsx", rows))
    issues = [(i.row, i.column, i.message) for r in plan.rejected for i in r.issues]
    assert issues == [
        (3, "U3", "Jawaban '5' tidak sah: isi angka 1, 2, 3 atau 4."),
        (4, "U8", "Jawaban unsur ini kosong."),
        (5, "U1", "Jawaban 'baik' tidak sah: isi angka 1, 2, 3 atau 4."),
    ]
    assert plan.counts()[RowAction.BARU] == 1
    assert table_rows(fresh_db) == 0


def test_headers_by_unsur_name_and_duplicate_numbers(fresh_db, unit, tmp_path):
    header = ["No. Responden", *(u.nama for u in UNSUR), "Catatan"]
    rows = [[1, *HAND[0], ""], [1, *HAND[1], "lagi"], [2, *HAND[2], ""]]
    plan = plan_for(fresh_db, unit, write_csv(tmp_path / "skm.csv", rows, header))
    assert plan.ignored_columns == ["Catatan"]
    assert [(i.row, i.column) for r in plan.rejected for i in r.issues] == [(3, "No. Responden")]
    assert "sudah dipakai di baris 2" in plan.rejected[0].issues[0].message


def test_corrected_file_updates_and_removes_its_own_rows_only(fresh_db, unit, tmp_path):
    apply_plan(fresh_db, plan_for(fresh_db, unit, write_csv(tmp_path / "a.csv", hand_rows())))
    apply_plan(fresh_db, plan_for(fresh_db, unit, write_csv(tmp_path / "b.csv", hand_rows())))
    fixed = hand_rows()[:3]
    fixed[0][3] = 1
    plan = plan_for(fresh_db, unit, write_csv(tmp_path / "a.csv", fixed))
    counts = plan.counts()
    assert (counts[RowAction.UBAH], counts[RowAction.SAMA], plan.removed) == (1, 2, 1)
    done = apply_plan(fresh_db, plan)
    assert (done.updated, done.removed) == (1, 1)
    _survey, result = skm_store.survey_for(fresh_db, unit.id, 2025, "TW1")
    assert result.responden == 7  # three from a.csv, four from b.csv


@pytest.mark.parametrize(
    ("header", "code"),
    [(["Nama", "Alamat"], "no_header"), (["No", "U1", "U2", "U3"], "missing")],
)
def test_files_that_are_not_surveys_are_refused(fresh_db, unit, tmp_path, header, code):
    with pytest.raises(SkmFileError) as caught:
        plan_for(fresh_db, unit, write_csv(tmp_path / "x.csv", [[1, 2, 3, 4]], header))
    assert caught.value.code == code
    if code == "missing":
        assert "U4, U5, U6, U7, U8, U9" in caught.value.message()


def test_unreadable_file_is_refused_with_its_name(fresh_db, unit, tmp_path):
    path = tmp_path / "skm.xlsx"
    path.write_bytes(b"not a workbook")
    with pytest.raises(ImportFileError, match=r"skm\.xlsx"):
        plan_for(fresh_db, unit, path)
