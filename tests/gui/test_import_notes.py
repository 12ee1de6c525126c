"""The import preview says what the reader did to the file: merged cells filled, formulas kept
as text, hidden sheets skipped."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QLabel

from desktop.ui.imports.dialog import ImportPreviewDialog
from tests.gui.conftest import wait_window
from tests.gui.helpers import click_action

NIPS = ("198703152010011002", "199005202015032001", "198609262015051001")


def _sheet(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["NIP", "Nama", "Jabatan"])
    sheet.append([NIPS[0], "Andi Wijaya", "Guru Ahli Muda"])
    sheet.append([NIPS[1], '=HYPERLINK("http://contoh.invalid","Maria")', None])
    sheet.append([NIPS[2], "Budi Santoso", None])
    sheet.merge_cells("C2:C4")
    arsip = book.create_sheet("Arsip")
    arsip.sheet_state = "hidden"
    path = tmp_path / "pegawai.xlsx"
    book.save(path)
    return path


def test_preview_names_merged_cells_formulas_and_hidden_sheets(qtbot, window, prompts, tmp_path):
    prompts.files.append(_sheet(tmp_path))
    click_action(qtbot, window, window.main_actions.import_staff)
    dialog = wait_window(qtbot, ImportPreviewDialog)
    label = dialog.findChild(QLabel, "notesLabel")
    assert label is not None and label.isVisibleTo(dialog)
    text = label.text()
    assert "Sel C2:C4 digabung: nilainya dipakai untuk baris 2–4." in text
    assert "Sel B3 berisi" in text and "dibaca sebagai teks" in text
    assert "Lembar &#x27;Arsip&#x27; tersembunyi" in text or "Lembar 'Arsip' tersembunyi" in text
    jabatan = {r.nip: r.staff.jabatan for r in dialog.plan.rows if r.staff}
    assert set(jabatan.values()) == {"Guru Ahli Muda"}
