"""Berkas → Impor Pegawai: worker reads the sheet, the preview shows rejected rows, importing
writes only the good rows, closing writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.store import staff as staff_store
from desktop.ui.imports.dialog import ImportPreviewDialog
from tests.gui.conftest import find_window, wait_window
from tests.gui.helpers import click_action, click_tab, click_unit

pytest.importorskip("desktop.imports.staff_import")
openpyxl = pytest.importorskip("openpyxl")

GOOD = [("198703152010011002", "Andi Wijaya"), ("199005202015032001", "Maria Ulfa")]
BROKEN = "1.98801E+17"  # a NIP Excel turned into a number


def _sheet(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["NIP", "Nama", "Jabatan", "Catatan"])
    sheet.append([GOOD[0][0], GOOD[0][1], "Guru Ahli Muda", "x"])
    sheet.append([BROKEN, "Rusak Nipnya", "Perawat Terampil", ""])
    sheet.append([GOOD[1][0], GOOD[1][1], "Bidan Ahli Pertama", ""])
    path = tmp_path / "pegawai.xlsx"
    book.save(path)
    return path


def _preview(qtbot, window, prompts, tmp_path) -> ImportPreviewDialog:
    prompts.files.append(_sheet(tmp_path))
    click_action(qtbot, window, window.main_actions.import_staff)
    return wait_window(qtbot, ImportPreviewDialog)


def _count(db) -> int:
    return db.execute("SELECT count(*) FROM staff").fetchone()[0]


def test_preview_lists_the_rejected_row_with_number_and_reason(qtbot, window, prompts, tmp_path):
    dialog = _preview(qtbot, window, prompts, tmp_path)
    assert dialog.findChild(type(dialog.import_button), "importButton").text() == "Impor 2 baris"
    click_tab(qtbot, dialog.tabs, "Ditolak (1)")
    rejected = dialog.rejections_model
    assert rejected.rowCount() >= 1
    assert rejected.index(0, 0).data() == "3"  # the sheet row the operator sees
    assert "NIP" in rejected.index(0, 1).data().upper()
    assert "Excel" in rejected.index(0, 2).data()
    statuses = [dialog.rows_model.index(r, 3).data() for r in range(dialog.rows_model.rowCount())]
    assert statuses.count("Ditolak") == 1 and statuses.count("Baru") == 2
    columns = dialog.findChild(QLabel, "columnsLabel").text()
    assert "Catatan" in columns.split("diabaikan")[-1]


def test_importing_writes_only_the_good_rows(qtbot, window, prompts, tmp_path, fresh_db):
    before = _count(fresh_db)
    dialog = _preview(qtbot, window, prompts, tmp_path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(ImportPreviewDialog) is None, timeout=10_000)
    assert prompts.confirmations and "1 baris ditolak" in prompts.confirmations[0]
    assert _count(fresh_db) == before + 2
    for nip, _nama in GOOD:
        assert staff_store.find_by_nip(fresh_db, nip) is not None
    qtbot.waitUntil(lambda: window.staff_model.total() == before + 2)
    assert window.status_label.text() == f"Menampilkan {before + 2} dari {before + 2} pegawai"


def test_declining_the_confirmation_writes_nothing(qtbot, window, prompts, tmp_path, fresh_db):
    before = _count(fresh_db)
    prompts.answers.append(False)
    dialog = _preview(qtbot, window, prompts, tmp_path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert find_window(ImportPreviewDialog) is dialog
    assert _count(fresh_db) == before
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def test_closing_the_preview_writes_nothing(qtbot, window, prompts, tmp_path, fresh_db):
    before = _count(fresh_db)
    dialog = _preview(qtbot, window, prompts, tmp_path)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(ImportPreviewDialog) is None)
    assert _count(fresh_db) == before
    assert window.staff_model.total() == before


def test_export_writes_the_selected_unit_subtree(qtbot, window, prompts, office, tmp_path):
    pytest.importorskip("desktop.imports.staff_export")
    dinkes = office.unit("1.01")
    subtree = {dinkes.id, office.unit("1.01.01").id, office.unit("1.01.02").id}
    expected = sum(1 for s in office.staff if s.unit_id in subtree)
    click_unit(qtbot, window.unit_tree, window.unit_model.index_of(dinkes.id))
    target = tmp_path / "dinkes.csv"
    prompts.files.append(target)
    click_action(qtbot, window, window.main_actions.export_staff)
    qtbot.waitUntil(lambda: bool(prompts.notices), timeout=10_000)
    assert prompts.notices[-1].startswith(f"{expected} pegawai diekspor")
    lines = target.read_text(encoding="utf-8-sig").strip().splitlines()
    assert len(lines) == expected + 1  # header row
