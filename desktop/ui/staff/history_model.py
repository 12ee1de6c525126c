"""An editable table over a list of riwayat dataclasses (jabatan, golongan, diklat, ...).

Columns are described once (attribute, title, kind); dates are typed as text and read by
core.dates; a value that cannot be read is refused with a message instead of being guessed.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.core.dates import parse_date_optional
from desktop.core.errors import ValidationError
from desktop.core.i18n import language
from desktop.core.validation import Report
from desktop.ui.formatting import format_date_input

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    attr: str
    title: str
    kind: str = "text"  # text | date | int | number | choice
    required: bool = False
    choices: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    empty: Any = None  # what an empty int cell stores (e.g. 0 JP)
    nullable: bool = False  # an empty choice stores None (a reference code), else ""


class HistoryTableModel(QAbstractTableModel):
    """Rows are copies of the loaded items; ``items()`` returns what the person made of them."""

    edit_rejected = Signal(str)

    def __init__(self, item_type: type, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.item_type = item_type
        self.columns = columns
        self._items: list[Any] = []

    def load(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = [copy.copy(item) for item in items]
        self.endResetModel()

    def items(self) -> list[Any]:
        return [copy.copy(item) for item in self._items]

    def add_row(self) -> int:
        required = {c.attr: "" for c in self.columns if c.required}
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(self.item_type(**required))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def check(self, key: str, title: str, report: Report) -> None:
        """Add an error to ``report`` for each row missing a required value."""
        for n, item in enumerate(self._items, start=1):
            for column in self.columns:
                if column.required and not getattr(item, column.attr):
                    report.error(
                        key,
                        "required",
                        self.tr("%1, baris %2: %3 wajib diisi.")
                        .replace("%1", title)
                        .replace("%2", str(n))
                        .replace("%3", column.title),
                    )

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self._items[index.row()], column.attr)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value if column.kind == "choice" else self._display(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("int", "number"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        try:
            parsed = self._parse(column, value)
        except ValidationError as exc:
            self.edit_rejected.emit(exc.message())
            return False
        except ValueError:
            self.edit_rejected.emit(self.tr("%1 harus berupa angka.").replace("%1", column.title))
            return False
        setattr(self._items[index.row()], column.attr, parsed)
        self.dataChanged.emit(index, index)
        return True

    @staticmethod
    def _display(column: Column, value: Any) -> str:
        if value is None:
            return ""
        if column.kind == "date":
            return format_date_input(value)
        if column.kind == "choice":
            return dict(column.choices).get(value, str(value))
        if column.kind == "number":
            text = f"{value:g}"
            return text if language() == "en" else text.replace(".", ",")
        return str(value)

    @staticmethod
    def _parse(column: Column, value: Any) -> Any:
        text = "" if value is None else str(value).strip()
        if column.kind == "date":
            parsed: date | None = parse_date_optional(text)
            return parsed
        if column.kind == "int":
            return int(text) if text else column.empty
        if column.kind == "number":  # 82,5 or 82.5
            return float(text.replace(",", ".")) if text else column.empty
        if column.kind == "choice":
            return value or (None if column.nullable else "")
        return text


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for a column with a fixed list (golongan, jenjang pendidikan)."""

    def __init__(self, choices: tuple[tuple[str, str], ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        editor = QComboBox(parent)
        for value, label in self.choices:
            editor.addItem(label, value)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
