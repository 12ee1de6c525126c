"""The Peta Talenta tab driven with real clicks and keys: the grid, a box's people, the
unmapped, the printout and the settings."""

from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.core.talent.settings import GabungKinerja, TalentSettings
from desktop.store.talent_settings import talent_settings
from desktop.ui.talent import settings_dialog
from desktop.ui.talent.map_tab import MapTab
from desktop.ui.talent.settings_dialog import TalentSettingsDialog
from tests.gui.talent.support import main_window, shown_tab
from tests.unit.talent.map_support import YEAR, build_office


@pytest.fixture
def setup(qtbot, fresh_db, db_path, settings, prompts):
    office = build_office(fresh_db)
    window = main_window(qtbot, fresh_db, db_path, settings, prompts)
    return window, shown_tab(qtbot, window, MapTab, year=YEAR), office


def names(model) -> list[str]:
    return [model.text(p, 1) for p in model.rows]


def test_the_grid_counts_each_box(setup):
    _window, tab, _office = setup
    assert tab.grid.buttons[9].text() == "Kotak 9\n1 orang · 20,0 %"
    assert tab.grid.buttons[6].text() == "Kotak 6\n0 orang · 0,0 %"
    summary = tab.summary_label.text()
    assert "5 pegawai dipetakan" in summary and "Belum dipetakan: 2" in summary
    assert "Tidak memenuhi rekam jejak: 1" in summary and "(kotak 7–9): 2" in summary


def test_clicking_a_box_lists_its_people(qtbot, setup):
    _window, tab, _office = setup
    qtbot.mouseClick(tab.grid.buttons[9], Qt.MouseButton.LeftButton)
    assert names(tab.box_model) == ["Ani Bintang, S.Kom."]
    assert tab.box_heading.text().startswith("Kotak 9 — Kinerja di atas ekspektasi")
    assert "Dipromosikan dan dipertahankan" in tab.box_heading.text()
    row = [tab.box_model.data(tab.box_model.index(0, c)) for c in range(8)]
    assert row == ["19860926 201505 1 001", "Ani Bintang, S.Kom.", "Analis Kepegawaian Ahli "
                   "Pertama", "Dinas Pendidikan", "Sangat Baik", "Sangat Baik", "95.00",
                   "Memenuhi"]  # fmt: skip
    qtbot.mouseClick(tab.grid.buttons[7], Qt.MouseButton.LeftButton)
    assert names(tab.box_model) == ["Citra Tujuh, S.Kom."]
    assert tab.box_model.text(tab.box_model.rows[0], 7).startswith("tidak memenuhi rekam jejak")


def test_the_keyboard_chooses_a_box(qtbot, setup):
    _window, tab, _office = setup
    tab.grid.buttons[1].setFocus()
    qtbot.keyClick(tab.grid.buttons[1], Qt.Key.Key_Space)
    assert names(tab.box_model) == ["Eko Satu, S.Kom."]
    qtbot.keyClick(tab.grid.focusWidget(), Qt.Key.Key_Up)  # box 2, above 1
    qtbot.keyClick(tab.grid.focusWidget(), Qt.Key.Key_Right)  # box 5
    qtbot.keyClick(tab.grid.focusWidget(), Qt.Key.Key_Return)
    assert tab.grid.chosen() == 5
    assert names(tab.box_model) == ["Dedi Lima, S.Kom."]


def test_the_unmapped_are_listed_with_their_reason(setup):
    _window, tab, _office = setup
    model = tab.unmapped_model
    assert names(model) == ["Fajar Tanpa, S.Kom.", "Gita Belum, S.Kom."]
    assert [model.text(p, 7) for p in model.rows] == [
        "belum ada hasil asesmen (JPM)",
        "predikat tahunan 2025 belum ditetapkan",
    ]
    assert tab.lists.tabText(1) == "Belum dipetakan (2)"


def test_a_unit_shows_its_own_map(qtbot, setup):
    _window, tab, office = setup
    qtbot.mouseClick(tab.grid.buttons[9], Qt.MouseButton.LeftButton)
    tab.show_for(YEAR, office.units["B"])  # Dinas Kesehatan: no box-9 person there
    assert names(tab.box_model) == []
    assert tab.grid.buttons[7].text().startswith("Kotak 7\n1 orang")


def _save(qtbot, tab, prompts, path, button):
    prompts.files.append(path)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: path.exists(), timeout=20000)
    qtbot.waitUntil(lambda: tab.task._thread.isFinished(), timeout=20000)


def test_cetak_pdf_writes_the_map(qtbot, setup, prompts, tmp_path):
    _window, tab, _office = setup
    path = tmp_path / "peta.pdf"
    _save(qtbot, tab, prompts, path, tab.print_button)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "PETA TALENTA (9-BOX) TAHUN 2025 — DRAF" in text
    assert "Ani Bintang" in text and "Gita Belum" in text


def test_ekspor_excel_writes_the_map(qtbot, setup, prompts, tmp_path):
    _window, tab, _office = setup
    path = tmp_path / "peta.xlsx"
    _save(qtbot, tab, prompts, path, tab.export_button)
    book = openpyxl.load_workbook(path)
    cells = {str(c.value) for sheet in book for row in sheet.iter_rows() for c in row}
    assert "Ani Bintang, S.Kom." in cells and "Eko Satu, S.Kom." in cells


def test_the_settings_dialog_refuses_crossed_cut_offs(qtbot):
    dialog = TalentSettingsDialog(["2018"])
    qtbot.addWidget(dialog)
    dialog.load(TalentSettings())
    assert dialog.result() == TalentSettings()
    dialog.show()
    dialog.jpm_menengah.setValue(95)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert dialog.isVisible()  # not accepted
    assert dialog.menengah_message.text() == "Batas menengah tidak boleh di atas batas tinggi."
    assert dialog.menengah_message.severity == "error"
    dialog.jpm_menengah.setValue(78)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert dialog.result() == TalentSettings() and not dialog.isVisible()


def test_saved_settings_redraw_the_map(qtbot, fresh_db, db_path, settings, prompts, monkeypatch):
    build_office(fresh_db)
    window = main_window(qtbot, fresh_db, db_path, settings, prompts)
    window.resize(1024, 768)
    window.show()
    window.talent.show_page()
    page = window.talent.page
    qtbot.waitUntil(lambda: page.slots and page.slots[0].tab is not None)
    page.year.setValue(YEAR)
    tab = page.slots[0].tab
    qtbot.waitUntil(lambda: tab.year == YEAR)
    assert tab.grid.buttons[9].text().startswith("Kotak 9\n1 orang")
    wanted = TalentSettings(gabung_kinerja=GabungKinerja.TERAKHIR, jpm_tinggi=96, jpm_menengah=70)

    def run(dialog):
        dialog.gabung.set_value(wanted.gabung_kinerja)
        dialog.jpm_tinggi.setValue(96)
        dialog.jpm_menengah.setValue(70)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TalentSettingsDialog, "exec", run)
    qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    assert talent_settings(fresh_db) == wanted
    qtbot.waitUntil(lambda: tab.grid.buttons[9].text().startswith("Kotak 9\n0 orang"))
    assert tab.grid.buttons[7].text().startswith("Kotak 7\n2 orang")  # 95 is now menengah
    assert not settings_dialog.edit_settings(window.host)  # unchanged: nothing saved
