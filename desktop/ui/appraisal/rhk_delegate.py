"""In-place editors of the RHK/IKI tree: a combo for jenis (RHK) or aspek (IKI), a combo over
the superior's RHK (or a line edit for free text when the superior has no SKP), and plain line
edits for the texts. Enter commits, Escape cancels, as in any item view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.core.skp import Aspek, JenisRhk
from desktop.store.skp import RhkOption
from desktop.ui.appraisal.labels import aspek_label, jenis_label

COL_KIND, COL_TEXT, COL_TARGET, COL_ATASAN = range(4)
VALUE = Qt.ItemDataRole.UserRole  # jenis/aspek value (col 0) or the superior RHK id (col 3)

Index = QModelIndex | QPersistentModelIndex


def is_rhk(index: Index) -> bool:
    return not index.parent().isValid()


def cell_editable(index: Index) -> bool:
    """An RHK has no target; an IKI has no superior RHK of its own."""
    column = index.column()
    return column != (COL_TARGET if is_rhk(index) else COL_ATASAN)


class RhkDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options: list[RhkOption] = []

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 8)  # room to read and to click

    def choices(self, index: Index) -> list[tuple[Any, str]] | None:
        """The (value, label) pairs a combo offers for this cell, or None for a line edit."""
        if index.column() == COL_KIND:
            if is_rhk(index):
                return [(j.value, jenis_label(j)) for j in JenisRhk]
            return [(a.value, aspek_label(a)) for a in Aspek]
        if index.column() == COL_ATASAN and self.options:
            return [(None, self.tr("— tidak dipilih —")), *((o.id, o.uraian) for o in self.options)]
        return None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = self.choices(index)
        if choices is None:
            editor = QLineEdit(parent)
            editor.setFrame(False)
            return editor
        combo = QComboBox(parent)
        combo.setObjectName("atasanCombo" if index.column() == COL_ATASAN else "kindCombo")
        for value, label in choices:
            combo.addItem(label, value)
        # the whole label even in an indented IKI cell ("Kuantitas", not "Kua")
        longest = max(len(label) for _, label in choices)
        combo.setMinimumContentsLength(30 if index.column() == COL_ATASAN else longest)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """A combo may reach over the next column rather than cut its own text."""
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, QComboBox) and index.column() == COL_KIND:
            rect = editor.geometry()
            rect.setWidth(max(rect.width(), editor.sizeHint().width()))
            editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(VALUE))
            editor.setCurrentIndex(max(0, found))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            text = editor.currentText() if value is not None else ""
            model.setData(index, value, VALUE)
            model.setData(index, text, Qt.ItemDataRole.DisplayRole)
            return
        super().setModelData(editor, model, index)
