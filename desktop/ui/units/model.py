"""The unit tree with the staff count of each subtree: "Dinas Kesehatan (1.234)".

A small QStandardItemModel: offices have tens to a few hundred units. Counts are refreshed in
place so expansion and selection survive a save or an import.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from desktop.core.models import Unit
from desktop.core.orgchart import UnitTree
from desktop.ui.formatting import format_count

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ALL_UNITS = 0  # the id carried by the "Semua unit" entry


class UnitTreeModel(QStandardItemModel):
    """Root entry "Semua unit", then the unit tree; ``UNIT_ID_ROLE`` holds each unit's id."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self.tree = UnitTree([])
        self._items: dict[int, QStandardItem] = {}
        self._totals: dict[int, int] = {}

    def load(self, tree: UnitTree, own_counts: Counter[int] | dict[int, int]) -> None:
        """Rebuild from a unit tree and the number of staff directly in each unit."""
        self.clear()
        self.tree = tree
        self._items = {}
        root = self._new_item(ALL_UNITS)
        bold = QFont()
        bold.setBold(True)
        root.setFont(bold)
        self.invisibleRootItem().appendRow(root)
        for unit in tree.roots():
            self._add_branch(root, unit)
        self.set_counts(own_counts)

    def set_counts(self, own_counts: Counter[int] | dict[int, int]) -> None:
        """Update the labels: each unit shows the staff of its whole subtree."""
        self._totals = {uid: self._subtree_total(uid, own_counts) for uid in self.tree.by_id}
        self._totals[ALL_UNITS] = sum(own_counts.values())
        for uid, item in self._items.items():
            item.setText(f"{self._name(uid)} ({format_count(self._totals[uid])})")

    def total(self, unit_id: int) -> int:
        return self._totals.get(unit_id, 0)

    def index_of(self, unit_id: int) -> QModelIndex:
        item = self._items.get(unit_id)
        return item.index() if item else QModelIndex()

    def unit_id_at(self, index: QModelIndex | QPersistentModelIndex) -> int:
        value = index.data(UNIT_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else ALL_UNITS

    def subtree_ids(self, unit_id: int) -> set[int] | None:
        """The units whose staff a selection shows; None means every unit (and none)."""
        if unit_id == ALL_UNITS or unit_id not in self.tree.by_id:
            return None
        return self.tree.subtree_ids(unit_id)

    def _add_branch(self, parent: QStandardItem, unit: Unit) -> None:
        assert unit.id is not None
        item = self._new_item(unit.id)
        item.setToolTip(" › ".join(self.tree.path_names(unit.id)))
        parent.appendRow(item)
        for child in self.tree.children.get(unit.id, []):
            self._add_branch(item, child)

    def _new_item(self, unit_id: int) -> QStandardItem:
        item = QStandardItem()
        item.setEditable(False)
        item.setData(unit_id, UNIT_ID_ROLE)
        self._items[unit_id] = item
        return item

    def _name(self, unit_id: int) -> str:
        if unit_id == ALL_UNITS:
            return self.tr("Semua unit")
        unit = self.tree.by_id[unit_id]
        return unit.nama if unit.aktif else self.tr("%1 (nonaktif)").replace("%1", unit.nama)

    def _subtree_total(self, unit_id: int, own_counts: Counter[int] | dict[int, int]) -> int:
        return sum(own_counts.get(uid, 0) for uid in self.tree.subtree_ids(unit_id))
