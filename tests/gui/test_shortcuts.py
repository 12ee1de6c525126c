"""One table of shortcuts: no two actions share a key, every key comes from the table, and
Bantuan → Pintasan Papan Ketik lists it."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.ui import shortcuts
from desktop.ui.shortcuts import TABLE, ShortcutsDialog
from tests.gui.conftest import wait_window


def _keyed_actions(window) -> list[QAction]:
    return [a for a in window.findChildren(QAction) if a.shortcuts()]


def test_no_two_main_window_actions_share_a_key(window):
    by_key: dict[str, list[str]] = defaultdict(list)
    for action in _keyed_actions(window):
        for seq in action.shortcuts():
            by_key[seq.toString()].append(action.text() or action.objectName())
    shared = {k: names for k, names in by_key.items() if len(names) > 1}
    assert shared == {}


def test_every_main_window_key_comes_from_the_table(window):
    for action in _keyed_actions(window):
        name = action.property("shortcutName")
        assert name in shortcuts.BY_NAME, action.text()
        assert action.shortcuts() == shortcuts.sequences(name)


def test_print_evaluation_and_package_export_have_their_own_keys(window):
    assert window.reports.actions.evaluasi.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert window.sync.export_package.shortcut() != QKeySequence("Ctrl+Shift+E")


def test_no_two_entries_of_one_window_share_a_key():
    seen: dict[tuple[str, str], str] = {}
    for entry in TABLE:
        for key in entry.keys:
            portable = QKeySequence(key).toString()
            assert portable, f"{entry.name}: unreadable key {key!r}"
            assert (entry.window, portable) not in seen, (
                entry.name,
                seen.get((entry.window, portable)),
            )
            seen[(entry.window, portable)] = entry.name


def test_help_menu_lists_the_table(qtbot, window):
    bantuan = next(
        a.menu()
        for a in window.menuBar().actions()
        if isinstance(a.menu(), QMenu) and "antuan" in a.text()
    )
    entry = next(a for a in bantuan.actions() if a.property("shortcutName") == "show_shortcuts")
    entry.trigger()
    dialog = wait_window(qtbot, ShortcutsDialog)
    table = dialog.table
    assert table.rowCount() == len(TABLE)
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert ("Ctrl+Shift+E", "Cetak evaluasi kinerja") in rows
    assert ("Ctrl+Shift+F", "Ekspor paket ke flashdisk") in rows
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
