"""The tree of the Struktur Organisasi screen: a dropped unit becomes a move request that the
screen confirms and saves; the model never moves rows by itself."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from desktop.ui.units.dialogs import TOP_LEVEL
from desktop.ui.units.editor_model import (
    JENIS,
    KODE,
    NAMA,
    PEGAWAI,
    UnitEditModel,
    unit_id_from_mime,
)


class UnitEditTree(QTreeView):
    """The tree; a dropped unit becomes ``move_requested(unit_id, parent_id or TOP_LEVEL)``
    (on an item: under it; between items: beside it; on empty space: top level)."""

    move_requested = Signal(int, int)

    def __init__(self, model: UnitEditModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitEditTree")
        self.unit_model = model
        self.setModel(model)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAccessibleName(self.tr("Struktur organisasi"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAMA, QHeaderView.ResizeMode.Stretch)
        for column in (KODE, JENIS, PEGAWAI):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def current_unit_id(self) -> int | None:
        return self.unit_model.unit_id_at(self.currentIndex())

    def select_unit(self, unit_id: int | None) -> None:
        index = self.unit_model.index_of(unit_id) if unit_id is not None else None
        if index is None or not index.isValid():
            index = self.unit_model.index(0, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def dropEvent(self, event: QDropEvent) -> None:
        source = unit_id_from_mime(event.mimeData())
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the store moves it, not the model
        event.accept()
        if source is None:
            return
        parent = self.drop_parent(event.position().toPoint())
        if parent != source:
            self.move_requested.emit(source, parent)

    def drop_parent(self, pos: QPoint) -> int:
        """The parent a unit dropped at ``pos`` would get (TOP_LEVEL for the top)."""
        index = self.indexAt(pos)
        target = self.unit_model.unit_id_at(index)
        if target is None:
            return TOP_LEVEL
        rect = self.visualRect(index)
        edge = max(2, rect.height() // 4)
        if rect.top() + edge <= pos.y() <= rect.bottom() - edge:
            return target
        parent = self.unit_model.tree.by_id[target].parent_id
        return TOP_LEVEL if parent is None else parent
