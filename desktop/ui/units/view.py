"""The unit tree on the left of the main window; selecting a unit narrows the staff list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from desktop.ui.units.model import ALL_UNITS, UnitTreeModel


class UnitTreeView(QTreeView):
    """Emits ``unit_selected(unit_id)``; ``ALL_UNITS`` (0) stands for "Semua unit"."""

    unit_selected = Signal(int)

    def __init__(self, model: UnitTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitTree")
        self.unit_model = model
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the count visible
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(self.tr("Unit kerja"))
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def current_unit_id(self) -> int:
        return self.unit_model.unit_id_at(self.currentIndex())

    def select_unit(self, unit_id: int) -> None:
        """Select a unit (falling back to "Semua unit") and show it."""
        index = self.unit_model.index_of(unit_id)
        if not index.isValid():
            index = self.unit_model.index_of(ALL_UNITS)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        unit_id = self.unit_model.unit_id_at(indexes[0]) if indexes else ALL_UNITS
        self.unit_selected.emit(unit_id)
