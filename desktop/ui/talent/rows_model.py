"""A read-only table model over prepared rows, for the talent lists (JP, IP ASN).

Each row is its display texts plus one sort key per column; the model sorts its own list
when a header is clicked (no proxy: 50,000 rows sort in a fraction of a second, a proxy
takes seconds — DESIGN.md §9). ``payload`` keeps the object a row stands for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    texts: tuple[str, ...]
    keys: tuple[Any, ...]  # one sortable value per column (same type down a column)
    payload: object = None


class RowsModel(QAbstractTableModel):
    """Rows with headers; columns named in ``right`` are right-aligned (numbers)."""

    def __init__(self, headers: Sequence[str], right: Sequence[int] = (), parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._right = set(right)
        self._rows: list[Row] = []
        self._given: list[Row] = []  # in the order given (the "no sort" order)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._rows = list(rows)
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self.endResetModel()

    def row(self, n: int) -> Row:
        return self._rows[n]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()].texts[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort(column, order)
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        if not 0 <= column < len(self._headers):  # the view's "no sort indicator" (-1)
            self._rows = list(self._given)
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=lambda r: r.keys[column], reverse=descending)
