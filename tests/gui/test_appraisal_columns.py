"""The appraisal table gives name and jabatan room, lets the person hide columns from the
header's menu, and remembers widths and hidden columns across a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.appraisal.model import JABATAN, NAMA, NIP
from desktop.ui.main_window import MainWindow


def _appraisal(qtbot, window: MainWindow):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.appraisal is not None)
    return window.appraisal.table


def test_name_and_jabatan_get_room_for_a_long_name(qtbot, window):
    table = _appraisal(qtbot, window)
    header = table.view.horizontalHeader()
    em = table.view.fontMetrics().horizontalAdvance("M")
    assert header.sectionSize(NAMA) >= 15 * em
    assert header.sectionSize(JABATAN) >= 15 * em


def test_hidden_columns_and_widths_survive_a_restart(
    qtbot, window, fresh_db, db_path, settings, prompts
):
    table = _appraisal(qtbot, window)
    menu = table.column_menu()
    nip, nama = menu.actions()[NIP], menu.actions()[NAMA]
    assert not nama.isEnabled()  # the name always stays
    nip.trigger()
    header = table.view.horizontalHeader()
    assert header.isSectionHidden(NIP)
    header.resizeSection(JABATAN, 321)
    window.close()
    again = MainWindow(fresh_db, db_path, settings, prompts)
    qtbot.addWidget(again)
    again.show()
    restored = _appraisal(qtbot, again).view.horizontalHeader()
    assert restored.isSectionHidden(NIP)
    assert restored.sectionSize(JABATAN) == 321
