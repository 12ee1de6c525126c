"""The main window: search, unit tree, keyboard, sorting and status bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from desktop.core.models import staff_full_name
from desktop.store import staff as staff_store
from desktop.ui.staff.model import GOLONGAN, NAMA, UNIT
from desktop.ui.units.model import ALL_UNITS
from tests.gui.helpers import click_row, click_unit, column_texts


def _matching(office, word: str) -> list:
    word = word.lower()
    return [s for s in office.staff if word in f"{staff_full_name(s)} {s.nip} {s.jabatan}".lower()]


def test_window_title_names_the_office(window):
    assert window.windowTitle() == "Kinerja Luring — BKPSDM Kabupaten Kepahiang"
    assert window.status_label.text() == "Menampilkan 30 dari 30 pegawai"


def test_typing_in_the_filter_narrows_the_table_and_the_status_bar(qtbot, window, office):
    expected = _matching(office, "siti")
    assert 0 < len(expected) < len(office.staff)
    qtbot.keyClicks(window.staff_panel.filter_edit, "siti")
    assert window.staff_model.rowCount() == len(expected)
    assert window.status_label.text() == f"Menampilkan {len(expected)} dari 30 pegawai"
    assert all("siti" in name.lower() for name in column_texts(window.staff_model, NAMA))
    qtbot.keyClick(window.staff_panel.filter_edit, Qt.Key.Key_Backspace)
    assert window.staff_model.rowCount() == len(_matching(office, "sit"))


def test_filter_by_nip_prefix_and_jabatan_word(qtbot, window, office):
    nip_prefix = office.staff[3].nip[:6]
    qtbot.keyClicks(window.staff_panel.filter_edit, nip_prefix)
    assert window.staff_model.rowCount() == len(_matching(office, nip_prefix))
    window.staff_panel.filter_edit.clear()
    qtbot.keyClicks(window.staff_panel.filter_edit, "perawat")
    assert window.staff_model.rowCount() == len(_matching(office, "perawat")) > 0


def test_selecting_a_unit_shows_only_its_subtree(qtbot, window, office):
    dinkes = office.unit("1.01")
    subtree = {dinkes.id, office.unit("1.01.01").id, office.unit("1.01.02").id}
    expected = [s for s in office.staff if s.unit_id in subtree]
    click_unit(qtbot, window.unit_tree, window.unit_model.index_of(dinkes.id))
    assert window.unit_tree.current_unit_id() == dinkes.id
    assert window.staff_model.rowCount() == len(expected)
    names = {u.nama for u in office.units.values() if u.id in subtree}
    assert set(column_texts(window.staff_model, UNIT)) <= names
    label = window.unit_model.index_of(dinkes.id).data()
    assert label == f"Dinas Kesehatan ({len(expected)})"
    click_unit(qtbot, window.unit_tree, window.unit_model.index_of(ALL_UNITS))
    assert window.staff_model.rowCount() == 30


def test_ctrl_f_focuses_the_filter(qtbot, window):
    click_row(qtbot, window.staff_panel.table, 0)
    assert window.staff_panel.table.hasFocus()
    qtbot.keyClick(window.staff_panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.staff_panel.filter_edit.hasFocus)


def test_sorting_by_golongan_follows_rank_not_text(qtbot, window):
    header = window.staff_panel.table.horizontalHeader()
    assert header.sortIndicatorSection() == -1  # nothing sorted at start-up
    pos = header.sectionViewportPosition(GOLONGAN) + header.sectionSize(GOLONGAN) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos, header.height() // 2)
    )
    golongan = column_texts(window.staff_model, GOLONGAN)
    rank = {
        g: n for n, g in enumerate(["II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a"])
    }
    assert [rank[g] for g in golongan] == sorted(rank[g] for g in golongan)


def test_show_inactive_toggle_lists_inactive_rows_greyed(qtbot, window, office, fresh_db):
    gone = office.staff[5]
    staff_store.set_active(fresh_db, gone.id, False)
    window.reload()
    assert window.staff_model.position_of(gone.id) == -1
    window.main_actions.show_inactive.trigger()
    row = window.staff_model.position_of(gone.id)
    assert row >= 0
    assert window.staff_model.index(row, NAMA).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "nonaktif" in window.staff_model.index(row, 4).data()


def test_arrow_down_from_the_filter_moves_into_the_table(qtbot, window):
    edit = window.staff_panel.filter_edit
    qtbot.keyClick(window.staff_panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "budi")
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert window.staff_panel.table.hasFocus()
    assert "Budi" in window.staff_panel.current_row().nama
    assert window.main_actions.deactivate.isEnabled()


def test_ctrl_2_opens_the_appraisal_page_for_the_selected_unit(qtbot, window, office):
    dinkes = office.unit("1.01")
    subtree = {dinkes.id, office.unit("1.01.01").id, office.unit("1.01.02").id}
    click_unit(qtbot, window.unit_tree, window.unit_model.index_of(dinkes.id))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.appraisal
    workspace = window.appraisal
    expected = [s for s in office.staff if s.unit_id in subtree and s.aktif]
    assert workspace.model.rowCount() == len(expected) > 0
    assert not window.main_actions.new_staff.isVisible()
    bidang = office.unit("1.01.01")
    click_unit(qtbot, window.unit_tree, window.unit_model.index_of(bidang.id))
    in_bidang = [s for s in office.staff if s.unit_id == bidang.id and s.aktif]
    assert workspace.model.rowCount() == len(in_bidang)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.staff_panel
    assert window.staff_panel.filter_edit.hasFocus()
    assert window.main_actions.new_staff.isVisible()


def test_the_last_page_comes_back_after_a_restart(qtbot, fresh_db, db_path, office, settings):
    from desktop.ui.main_window import MainWindow

    first = MainWindow(fresh_db, db_path, settings)
    qtbot.addWidget(first)
    first.pages.setCurrentIndex(1)
    first.close()
    again = MainWindow(fresh_db, db_path, settings)
    qtbot.addWidget(again)
    assert again.pages.currentWidget() is again.appraisal is not None
