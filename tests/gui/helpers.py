"""Driving the real widgets: click rows, units, tabs and toolbar buttons; replace field text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QTabWidget, QToolBar, QTreeView

from desktop.ui.main_window import MainWindow
from desktop.ui.staff.model import NAMA, StaffTableModel
from desktop.ui.staff.view import StaffTableView


def click_row(qtbot, table: StaffTableView, row: int) -> None:
    index = table.model().index(row, NAMA)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def click_staff(qtbot, window: MainWindow, staff_id: int) -> int:
    """Click the row of a staff id; returns its row."""
    row = window.staff_model.position_of(staff_id)
    assert row >= 0, "staff not visible"
    click_row(qtbot, window.staff_panel.table, row)
    assert window.staff_panel.current_row().id == staff_id
    return row


def click_unit(qtbot, tree: QTreeView, index) -> None:
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )


def click_tab(qtbot, tabs: QTabWidget, title: str) -> None:
    bar = tabs.tabBar()
    index = next(n for n in range(tabs.count()) if tabs.tabText(n) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def click_action(qtbot, window: MainWindow, action: QAction) -> None:
    """Press an action's toolbar button."""
    toolbar = window.findChild(QToolBar, "mainToolbar")
    button = toolbar.widgetForAction(action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def retype(qtbot, field: QLineEdit, text: str) -> None:
    """Select everything in a line edit with the keyboard and type over it."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def column_texts(model: StaffTableModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]
