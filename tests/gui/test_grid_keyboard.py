"""The appraisal grids by keyboard alone (issue 12): Tab and Shift+Tab walk over the cells a
person may fill, typing starts an edit that Tab commits, Enter opens the current cell without
pressing the dialog's default button, Esc cancels, and the aspek drop-down shows its whole text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from desktop.ui.appraisal.evaluation_dialog import EvaluationDialog
from desktop.ui.appraisal.realisasi_table import BUKTI, REALISASI, UMPAN_BALIK
from desktop.ui.appraisal.rhk_delegate import COL_ATASAN, COL_KIND, COL_TARGET, COL_TEXT
from desktop.ui.appraisal.skp_dialog import SkpDialog
from tests.gui.test_appraisal_editors import (  # noqa: F401 - fixtures
    office,
    open_editor,
    prompts,
    workspace,
)
from tests.gui.test_appraisal_support import skp_for

TAB, BACKTAB = Qt.Key.Key_Tab, Qt.Key.Key_Backtab


def editor_now() -> QLineEdit | QComboBox | None:
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, (QLineEdit, QComboBox)) else None


def type_and_tab(qtbot, view, text: str, key=TAB) -> None:
    """Type as a person does, into whatever has the focus: the grid (its first key opens the
    editor) or the editor Tab already opened on this cell; then Tab on."""
    target = editor_now() or view
    qtbot.keyClicks(target, text[0])
    qtbot.waitUntil(lambda: isinstance(editor_now(), QLineEdit))
    editor = editor_now()
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, key)


def evaluation(qtbot, workspace, office) -> EvaluationDialog:  # noqa: F811
    analis = office.staff[0]
    skp_for(office.db, analis.id, approve=True)
    workspace.reload()
    dialog = open_editor(qtbot, workspace, analis.id, workspace.top.evaluation_button)
    assert isinstance(dialog, EvaluationDialog)
    return dialog


def here(view) -> tuple[int, int]:
    return (view.currentIndex().row(), view.currentIndex().column())


def test_tab_walks_only_the_cells_to_fill_and_keeps_what_was_typed(
    qtbot,
    workspace,  # noqa: F811
    office,  # noqa: F811
):
    dialog = evaluation(qtbot, workspace, office)
    table = dialog.realisasi.table
    table.setFocus()
    table.setCurrentCell(0, REALISASI)
    type_and_tab(qtbot, table, "480 usulan")
    qtbot.waitUntil(lambda: here(table) == (0, BUKTI))
    type_and_tab(qtbot, table, "Register mutasi")
    qtbot.waitUntil(lambda: here(table) == (0, UMPAN_BALIK))
    type_and_tab(qtbot, table, "Pertahankan")  # the read-only Berkas, RHK… are passed over
    qtbot.waitUntil(lambda: here(table) == (1, REALISASI))
    type_and_tab(qtbot, table, "100 %")
    qtbot.waitUntil(lambda: here(table) == (1, BUKTI))

    values = dialog.realisasi.values()
    assert (values[0].realisasi, values[0].bukti_dukung, values[0].umpan_balik) == (
        "480 usulan",
        "Register mutasi",
        "Pertahankan",
    )
    assert values[1].realisasi == "100 %"

    qtbot.waitUntil(lambda: editor_now() is not None)
    qtbot.keyClick(editor_now(), Qt.Key.Key_Escape)  # leave the open cell as it was
    qtbot.waitUntil(lambda: editor_now() is None)
    qtbot.keyClick(table, BACKTAB)  # Shift+Tab without an editor: back over the row edge
    assert here(table) == (1, REALISASI)
    qtbot.keyClick(table, BACKTAB)
    assert here(table) == (0, UMPAN_BALIK)


def test_enter_opens_the_cell_and_esc_cancels_without_closing_the_dialog(
    qtbot,
    workspace,  # noqa: F811
    office,  # noqa: F811
):
    dialog = evaluation(qtbot, workspace, office)
    table = dialog.realisasi.table
    table.setFocus()
    table.setCurrentCell(0, REALISASI)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(editor_now(), QLineEdit))
    assert dialog.isVisible()  # Enter edited the cell, it did not press a dialog button
    editor = editor_now()
    editor.selectAll()
    qtbot.keyClicks(editor, "salah ketik")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor_now() is None)
    assert table.item(0, REALISASI).text() == ""
    assert dialog.isVisible() and not dialog.realisasi.values()[0].realisasi

    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(editor_now(), QLineEdit))
    qtbot.keyClicks(editor_now(), "12 usulan")
    qtbot.keyClick(editor_now(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(0, REALISASI).text() == "12 usulan")


def test_tab_past_the_last_cell_leaves_the_grid(
    qtbot,
    workspace,  # noqa: F811
    office,  # noqa: F811
):
    dialog = evaluation(qtbot, workspace, office)
    table = dialog.realisasi.table
    table.setFocus()
    table.setCurrentCell(1, UMPAN_BALIK)
    type_and_tab(qtbot, table, "Cukup")
    qtbot.waitUntil(lambda: table.item(1, UMPAN_BALIK).text() == "Cukup")
    qtbot.waitUntil(lambda: QApplication.focusWidget() not in (table, None))
    assert not table.isAncestorOf(QApplication.focusWidget())


def skp_editor(qtbot, workspace, office) -> SkpDialog:  # noqa: F811
    analis = office.staff[1]
    skp_for(office.db, analis.id)  # a draft: editable
    workspace.reload()
    dialog = open_editor(qtbot, workspace, analis.id, workspace.top.skp_button)
    assert isinstance(dialog, SkpDialog)
    return dialog


def cell(tree) -> tuple[str, int]:
    item = tree.currentItem()
    return ("rhk" if item.parent() is None else f"iki{item.parent().indexOfChild(item)}",
            tree.currentColumn())  # fmt: skip


def test_tab_in_the_skp_tree_moves_to_the_next_cell_that_applies(
    qtbot,
    workspace,  # noqa: F811
    office,  # noqa: F811
):
    dialog = skp_editor(qtbot, workspace, office)
    tree = dialog.rhk_editor.tree
    tree.setFocus()
    rhk = tree.topLevelItem(0)
    tree.setCurrentItem(rhk, COL_TEXT)
    qtbot.keyClick(tree, TAB)
    assert cell(tree) == ("rhk", COL_ATASAN)  # an RHK has no target of its own
    qtbot.keyClick(tree, TAB)
    assert cell(tree) == ("iki0", COL_KIND)
    qtbot.keyClick(tree, TAB)
    assert cell(tree) == ("iki0", COL_TEXT)
    type_and_tab(qtbot, tree, "Jumlah usulan mutasi selesai")
    qtbot.waitUntil(lambda: cell(tree) == ("iki0", COL_TARGET))
    type_and_tab(qtbot, tree, "450 usulan")  # an IKI has no superior RHK: on to the next row
    qtbot.waitUntil(lambda: cell(tree) == ("iki1", COL_KIND))
    qtbot.waitUntil(lambda: editor_now() is not None)
    qtbot.keyClick(editor_now(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor_now() is None)
    qtbot.keyClick(tree, BACKTAB)
    assert cell(tree) == ("iki0", COL_TARGET)

    iki = dialog.rhk_editor.rhks()[0].iki[0]
    assert (iki.indikator, iki.target) == ("Jumlah usulan mutasi selesai", "450 usulan")

    tree.setCurrentItem(rhk, COL_TARGET)
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # nothing to fill here: no editor, dialog stays
    assert editor_now() is None and dialog.isVisible()


def test_the_aspek_drop_down_shows_its_whole_text(
    qtbot,
    workspace,  # noqa: F811
    office,  # noqa: F811
):
    dialog = skp_editor(qtbot, workspace, office)
    tree = dialog.rhk_editor.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0).child(0), COL_KIND)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(editor_now(), QComboBox))
    combo = editor_now()
    assert combo.currentText() == "Kuantitas"
    assert combo.width() >= combo.sizeHint().width()
    longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(4))
    assert combo.width() >= longest + 20  # the text and the arrow
    assert tree.columnWidth(COL_KIND) >= tree.indentation() + longest
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tree.currentItem().text(COL_KIND) == "Kualitas")
