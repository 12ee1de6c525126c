"""The Suksesi tab driven with real clicks: positions, candidates, marking, printing."""

from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from desktop.core.workflow import Role
from desktop.store import session as sessions
from desktop.store import units as unit_store
from desktop.store.talent_succession import set_kritikal
from desktop.ui.talent.succession_tab import ALL, SuccessionTab
from tests.gui.talent.support import main_window, shown_tab
from tests.unit.talent.succession_support import YEAR, build_office


@pytest.fixture
def setup(qtbot, fresh_db, db_path, settings, prompts):
    office = build_office(fresh_db)
    window = main_window(qtbot, fresh_db, db_path, settings, prompts)
    return window, shown_tab(qtbot, window, SuccessionTab, (1000, 700)), office


def click_row(qtbot, table: QTableWidget, row: int, column: int = 0) -> None:
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def column(table: QTableWidget, c: int) -> list[str]:
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_clicking_a_position_shows_its_ordered_candidates(qtbot, setup):
    _window, tab, _office = setup
    tab.show_for(YEAR, 0)
    assert column(tab.positions, 0) == [
        "Kepala Dinas Pendidikan",
        "Kepala Bidang Pembinaan Guru",
        "Kepala Bidang Pelayanan Kesehatan",
    ]
    assert column(tab.candidates, 1) == ["Ani Kabid", "Citra Madya"]  # the first, selected
    assert "Hadi Kadis" in tab.holder.text() and "01-06-2027" in tab.holder.text()
    click_row(qtbot, tab.positions, 2)
    assert column(tab.candidates, 1) == ["Fajar Kasi"]
    assert column(tab.candidates, 4) == ["Siap > 2 tahun"]
    notes = tab.candidates.item(0, 5).text()
    assert "pensiun (BUP) 01-04-2026" in notes and "pendidikan D3 di bawah S1/D4" in notes
    assert "lowong" in tab.holder.text()
    click_row(qtbot, tab.positions, 1)
    assert column(tab.candidates, 1) == ["Budi Kasi"]
    assert column(tab.candidates, 3) == ["8"]


def test_a_unit_without_key_positions_says_how_to_mark_one(qtbot, setup, fresh_db):
    window, tab, office = setup
    set_kritikal(fresh_db, office.units["B1"], False)
    window.unit_tree.select_unit(office.units["B"])
    tab.show_for(YEAR, office.units["B"])
    assert tab.positions.rowCount() == 0 and tab.candidates.rowCount() == 0
    assert "Belum ada jabatan kritikal" in tab.intro.text()
    assert not tab.print_button.isEnabled() and not tab.excel_button.isEnabled()


def test_the_mark_button_marks_the_selected_unit(qtbot, setup, fresh_db):
    window, tab, office = setup
    window.unit_tree.select_unit(office.units["B"])
    assert window.host.selection.unit_id == office.units["B"]
    tab.show_for(YEAR, office.units["B"])
    assert tab.mark_button.isVisible()
    assert tab.mark_button.text() == "Tandai Jabatan Kritikal"
    with qtbot.waitSignal(window.host.data_changed.changed):
        qtbot.mouseClick(tab.mark_button, Qt.MouseButton.LeftButton)
    assert unit_store.get_unit(fresh_db, office.units["B"]).kritikal
    assert column(tab.positions, 0)[0] == "Kepala Dinas Kesehatan"
    assert tab.mark_button.text() == "Hapus Tanda Jabatan Kritikal"
    qtbot.mouseClick(tab.mark_button, Qt.MouseButton.LeftButton)
    assert not unit_store.get_unit(fresh_db, office.units["B"]).kritikal
    assert column(tab.positions, 0) == ["Kepala Bidang Pelayanan Kesehatan"]


def test_an_operator_gets_no_mark_button(qtbot, setup):
    window, tab, office = setup
    window.unit_tree.select_unit(office.units["B"])
    op = sessions.Session(Role.OPERATOR, 2, "op", unit_ids=frozenset({office.units["B"]}))
    with sessions.acting(op):
        tab.show_for(YEAR, office.units["B"])
        assert not tab.mark_button.isVisible()
        assert column(tab.positions, 0) == ["Kepala Bidang Pelayanan Kesehatan"]


def test_print_the_selected_position_and_export_all(qtbot, setup, prompts, tmp_path):
    _window, tab, _office = setup
    tab.show_for(YEAR, 0)
    click_row(qtbot, tab.positions, 1)
    pdf = tmp_path / "kabid.pdf"
    prompts.files.append(pdf)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "DRAF RENCANA SUKSESI — KEPALA BIDANG PEMBINAAN GURU" in text
    assert "Budi Kasi" in text and "Citra Madya" not in text
    tab.scope.setCurrentIndex(tab.scope.findData(ALL))
    xlsx = tmp_path / "semua.xlsx"
    prompts.files.append(xlsx)
    qtbot.mouseClick(tab.excel_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(xlsx)
    cells = [str(c) for s in book.worksheets for row in s.iter_rows(values_only=True) for c in row]
    assert any("Fajar Kasi" in c for c in cells) and any("Citra Madya" in c for c in cells)


def test_a_cancelled_file_dialog_writes_nothing(qtbot, setup, tmp_path):
    _window, tab, _office = setup
    tab.show_for(YEAR, 0)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)  # no file chosen
    assert list(tmp_path.glob("*.pdf")) == []
