"""Keyboard rules shared by the appraisal grids (issue 12): Tab and Shift+Tab walk over the cells
a person may fill (a read-only cell would swallow what is typed next), Enter opens the current
cell for editing instead of pressing the dialog's default button, Esc inside an editor cancels
(Qt's own). Past the last editable cell Tab leaves the grid, so the keyboard is never trapped.

``GridTable`` serves the evaluation's realisasi table (its editable columns given), ``GridTree``
the SKP's RHK/IKI tree (which cells apply is the caller's ``applies`` rule)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
Position = tuple[int, int]  # (visible row, visual column)
_NEXT = QAbstractItemView.CursorAction.MoveNext
_PREVIOUS = QAbstractItemView.CursorAction.MovePrevious
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_Hint = QAbstractItemDelegate.EndEditHint


def can_edit(view: QAbstractItemView, index: Index) -> bool:
    """Editable by its flags and the view's triggers (a read-only form edits nothing)."""
    return (
        index.isValid()
        and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
        and view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    )


def step(cells: list[tuple[Position, QModelIndex]], here: Position, forward: bool) -> Index | None:
    """The cell after (or before) position ``here`` among ``cells`` (in reading order); None
    past the end. ``here`` may be a read-only cell: the walk counts from where it is."""
    if forward:
        return next((cell for at, cell in cells if at > here), None)
    return next((cell for at, cell in reversed(cells) if at < here), None)


class _GridKeys:
    """What both grids do with Tab, Enter and the ends of the Tab order (mixed into a view:
    ``super()`` is the Qt view)."""

    def cells(self) -> list[tuple[Position, QModelIndex]]:  # pragma: no cover - per grid
        raise NotImplementedError

    def position(self, index: Index) -> Position:  # pragma: no cover - per grid
        raise NotImplementedError

    def tab_target(self, forward: bool) -> Index | None:
        """Where Tab (Shift+Tab) goes from the current cell; None: out of the grid."""
        editable = [(at, cell) for at, cell in self.cells() if can_edit(self, cell)]
        current = self.currentIndex()
        here = self.position(current) if current.isValid() else (-1, -1)
        return step(editable, here, forward)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers) -> QModelIndex:
        if action in (_NEXT, _PREVIOUS):
            target = self.tab_target(action == _NEXT)
            # the current index again: Qt then lets Tab move the focus on, out of the grid
            return QModelIndex(target) if target is not None else self.currentIndex()
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and self.state() != QAbstractItemView.State.EditingState:
            current = self.currentIndex()
            if can_edit(self, current):
                self.edit(current)
            event.accept()  # never the dialog's default button from inside the grid
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: _Hint) -> None:
        """Tab in the last editable cell commits it and leaves the grid (Qt would reopen it)."""
        forward = hint == _Hint.EditNextItem
        if (forward or hint == _Hint.EditPreviousItem) and self.tab_target(forward) is None:
            super().closeEditor(editor, _Hint.NoHint)
            self.setFocus()
            QWidget.focusNextPrevChild(self, forward)
            return
        super().closeEditor(editor, hint)


class GridTable(_GridKeys, QTableWidget):
    """A table whose Tab order is its editable columns, row by row."""

    def __init__(self, rows: int, columns: int, editable: tuple[int, ...], **kwargs: object):
        super().__init__(rows, columns, **kwargs)
        self.editable_columns = editable
        self.setTabKeyNavigation(True)

    def position(self, index: Index) -> Position:
        return (index.row(), self.horizontalHeader().visualIndex(index.column()))

    def cells(self) -> list[tuple[Position, QModelIndex]]:
        model = self.model()
        found = [
            model.index(row, column)
            for row in range(self.rowCount())
            for column in self.editable_columns
            if not self.isColumnHidden(column)
        ]
        return sorted(((self.position(c), c) for c in found), key=lambda pair: pair[0])


class GridTree(_GridKeys, QTreeWidget):
    """A tree whose Tab walks the applicable cells of each visible row, then the next row."""

    def __init__(self, applies: Callable[[Index], bool], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._applies = applies
        self.setTabKeyNavigation(True)

    def _rows(self) -> list[QModelIndex]:
        rows, index = [], self.model().index(0, 0)
        while index.isValid():
            rows.append(index)
            index = self.indexBelow(index)
        return rows

    def position(self, index: Index) -> Position:
        first = index.siblingAtColumn(0)
        row = next((n for n, r in enumerate(self._rows()) if r == first), -1)
        return (row, self.header().visualIndex(index.column()))

    def cells(self) -> list[tuple[Position, QModelIndex]]:
        header = self.header()
        columns = [c for c in range(self.columnCount()) if not header.isSectionHidden(c)]
        found = []
        for n, row in enumerate(self._rows()):
            for column in columns:
                cell = row.siblingAtColumn(column)
                if self._applies(cell):
                    found.append(((n, header.visualIndex(column)), cell))
        return sorted(found, key=lambda pair: pair[0])

    def edit(self, index: Index, *args: object) -> bool:  # type: ignore[override]
        """Refuse the cells that do not apply (an RHK's target, an IKI's superior RHK)."""
        if index.isValid() and not self._applies(index):
            return False
        return super().edit(index, *args) if args else super().edit(index)
