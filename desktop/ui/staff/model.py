"""The staff table: every ``StaffListRow`` from one query, filtered and sorted in Python.

No QSortFilterProxyModel (DESIGN §9: ~1.6 s per keystroke over 50k rows). The model keeps a
lowercase search key per row (name, NIP digits, jabatan), a permutation for the current sort,
and the list of visible row indices. Typing that extends the previous query only re-scans the
rows that matched before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.nip import format_nip
from desktop.store.staff import StaffListRow
from desktop.ui.formatting import status_label

NIP, NAMA, JABATAN, GOLONGAN, STATUS, UNIT = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("StaffTableModel", "NIP"),
    QT_TRANSLATE_NOOP("StaffTableModel", "Nama"),
    QT_TRANSLATE_NOOP("StaffTableModel", "Jabatan"),
    QT_TRANSLATE_NOOP("StaffTableModel", "Gol."),
    QT_TRANSLATE_NOOP("StaffTableModel", "Status"),
    QT_TRANSLATE_NOOP("StaffTableModel", "Unit Kerja"),
)
STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_STATUS_RANK = {"pns": 0, "cpns": 1, "pppk": 2}
_NO_RANK = 10_000
_GELAR = re.compile(r"^(?:(?:h|hj)\.\s*|[a-z]{2,}\.\s*)+", re.IGNORECASE)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class StaffFilter:
    """What the table shows: search words, a unit subtree (None = all), inactive or not."""

    query: str = ""
    unit_ids: frozenset[int] | None = None
    show_inactive: bool = False

    def admits(self, row: StaffListRow) -> bool:
        """True when the row passes the unit and active parts (not the words)."""
        if not (self.show_inactive or row.aktif):
            return False
        return self.unit_ids is None or row.unit_id in self.unit_ids


def search_key(row: StaffListRow) -> str:
    return f"{row.nama}\n{row.nip}\n{row.jabatan}".lower()


def name_sort_key(full_name: str) -> str:
    """``Dr. H. Ahmad Fauzi, S.Pd.`` sorts as ``ahmad fauzi`` (initials such as ``M.`` stay)."""
    return _GELAR.sub("", full_name.split(",", 1)[0]).casefold()


class StaffTableModel(QAbstractTableModel):
    """Rows are positions in ``visible``; ``STAFF_ID_ROLE`` gives a row's staff id."""

    counts_changed = Signal(int, int)  # visible, total

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffListRow] = []
        self._keys: list[str] = []
        self._aktif: list[bool] = []
        self._unit_of: list[int | None] = []
        self._index: dict[int, int] = {}
        self._golongan_rank: dict[str, int] = {}
        self._order: list[int] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._orders: dict[tuple[int, Qt.SortOrder], list[int]] = {}
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._base: list[int] | None = None
        self._filter = StaffFilter()
        self._visible: list[int] = []
        self._active_count: int | None = None
        self._inactive_brush = QBrush(QColor("#8a8f98"))
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- loading ---------------------------------------------------------------------------
    def set_rows(self, rows: list[StaffListRow], golongan_rank: dict[str, int]) -> None:
        """Replace every row (start-up, after an import); keeps the filter and the sort."""
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [search_key(r) for r in self._rows]
        self._aktif = [r.aktif for r in self._rows]
        self._unit_of = [r.unit_id for r in self._rows]
        self._index = {r.id: i for i, r in enumerate(self._rows)}
        self._golongan_rank = dict(golongan_rank)
        self._sort_keys = {}
        self._orders = {}
        self._active_count = None
        self._order = self._sorted_order()
        self._base = None
        self._visible = self._match(self._base_list(), self._words(self._filter.query))
        self.endResetModel()
        self._emit_counts()

    def upsert_row(self, row: StaffListRow) -> None:
        """Take one saved record without reloading the rest; it stays where it is."""
        i = self._index.get(row.id)
        if i is None:
            i = self._append(row)
        else:
            self._rows[i], self._keys[i] = row, search_key(row)
            self._aktif[i], self._unit_of[i] = row.aktif, row.unit_id
            for column, keys in self._sort_keys.items():
                keys[i] = self._sort_key(column, row)
        self._base = None
        self._orders = {}
        self._active_count = None
        self._place(i)
        self._emit_counts()

    # -- filtering -------------------------------------------------------------------------
    @property
    def filter(self) -> StaffFilter:
        return self._filter

    def set_query(self, text: str) -> None:
        self._apply(replace(self._filter, query=text))

    def set_units(self, unit_ids: Iterable[int] | None) -> None:
        ids = None if unit_ids is None else frozenset(unit_ids)
        self._apply(replace(self._filter, unit_ids=ids))

    @property
    def show_inactive(self) -> bool:
        return self._filter.show_inactive

    def set_show_inactive(self, show: bool) -> None:
        self._apply(replace(self._filter, show_inactive=show))

    def _apply(self, new: StaffFilter) -> None:
        old, self._filter = self._filter, new
        same_base = (old.unit_ids, old.show_inactive) == (new.unit_ids, new.show_inactive)
        if not same_base:
            self._base = None
        refine = same_base and new.query.lower().startswith(old.query.lower())
        candidates = self._visible if refine else self._base_list()
        self.beginResetModel()
        self._visible = self._match(candidates, self._words(new.query))
        self.endResetModel()
        self._emit_counts()

    @staticmethod
    def _words(query: str) -> list[str]:
        return sorted(query.lower().split(), key=len, reverse=True)  # most selective first

    def _match(self, candidates: list[int], words: list[str]) -> list[int]:
        keys = self._keys
        found = list(candidates)
        for word in words:
            found = [i for i in found if word in keys[i]]
        return found

    def _base_list(self) -> list[int]:
        """Sorted indices passing the unit and active parts of the filter (cached)."""
        if self._base is None:
            order, aktif, unit_of = self._order, self._aktif, self._unit_of
            ids, show_inactive = self._filter.unit_ids, self._filter.show_inactive
            if ids is None:
                self._base = list(order) if show_inactive else [i for i in order if aktif[i]]
            elif show_inactive:
                self._base = [i for i in order if unit_of[i] in ids]
            else:
                self._base = [i for i in order if aktif[i] and unit_of[i] in ids]
        return self._base

    def _passes(self, i: int) -> bool:
        key = self._keys[i]
        return self._filter.admits(self._rows[i]) and all(
            w in key for w in self._words(self._filter.query)
        )

    def _place(self, i: int) -> None:
        """Show, refresh or hide row ``i`` after it changed."""
        passes = self._passes(i)
        try:
            position = self._visible.index(i)
        except ValueError:
            position = -1
        if position >= 0 and passes:
            self.dataChanged.emit(self.index(position, 0), self.index(position, UNIT))
        elif position >= 0:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._visible[position]
            self.endRemoveRows()
        elif passes:
            end = len(self._visible)
            self.beginInsertRows(QModelIndex(), end, end)
            self._visible.append(i)
            self.endInsertRows()

    def _append(self, row: StaffListRow) -> int:
        i = len(self._rows)
        self._rows.append(row)
        self._keys.append(search_key(row))
        self._aktif.append(row.aktif)
        self._unit_of.append(row.unit_id)
        self._index[row.id] = i
        self._order.append(i)
        for column, keys in self._sort_keys.items():
            keys.append(self._sort_key(column, row))
        return i

    # -- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row by a column (NIP, name without gelar, jabatan, golongan rank, ...)."""
        self._sorted_by = (column, order) if 0 <= column <= UNIT else None
        self.layoutAboutToBeChanged.emit()
        old_visible = self._visible
        self._order = self._sorted_order()
        self._base = None
        self._visible = self._match(self._base_list(), self._words(self._filter.query))
        self._move_persistent(old_visible)
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int]:
        n = len(self._rows)
        if self._sorted_by is None:
            return list(range(n))
        if self._sorted_by not in self._orders:  # a second click on a header is instant
            column, order = self._sorted_by
            keys = self._sort_key_list(column)
            descending = order == Qt.SortOrder.DescendingOrder
            self._orders[self._sorted_by] = sorted(range(n), key=keys.__getitem__,
                                                   reverse=descending)  # fmt: skip
        return self._orders[self._sorted_by]

    def _sort_key_list(self, column: int) -> list[Any]:
        if column not in self._sort_keys:
            self._sort_keys[column] = list(map(self._key_function(column), self._rows))
        return self._sort_keys[column]

    def _sort_key(self, column: int, row: StaffListRow) -> Any:
        return self._key_function(column)(row)

    def _key_function(self, column: int) -> Callable[[StaffListRow], Any]:
        rank = self._golongan_rank
        functions: dict[int, Callable[[StaffListRow], Any]] = {
            NIP: lambda r: r.nip,
            NAMA: lambda r: name_sort_key(r.nama),
            JABATAN: lambda r: r.jabatan.casefold(),
            GOLONGAN: lambda r: rank.get(r.golongan, _NO_RANK),
            STATUS: lambda r: _STATUS_RANK.get(r.status, _NO_RANK),
            UNIT: lambda r: r.unit_nama.casefold(),
        }
        return functions[column]

    def _move_persistent(self, old_visible: list[int]) -> None:
        """Keep the selection and current index on the same records after a sort."""
        persistent = self.persistentIndexList()
        moved: dict[int, int] = {}
        targets = []
        for index in persistent:
            old = index.row()
            if old not in moved:
                moved[old] = self._new_position(old_visible[old]) if old < len(old_visible) else -1
            row = moved[old]
            targets.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        if persistent:
            self.changePersistentIndexList(persistent, targets)

    def _new_position(self, i: int) -> int:
        try:
            return self._visible.index(i)
        except ValueError:
            return -1

    # -- queries ---------------------------------------------------------------------------
    def row_at(self, position: int) -> StaffListRow:
        return self._rows[self._visible[position]]

    def position_of(self, staff_id: int) -> int:
        """The visible row of a staff id, or -1."""
        i = self._index.get(staff_id)
        if i is None:
            return -1
        try:
            return self._visible.index(i)
        except ValueError:
            return -1

    def total(self) -> int:
        """Records the list could show with no words and no unit chosen."""
        if self._filter.show_inactive:
            return len(self._rows)
        if self._active_count is None:
            self._active_count = sum(1 for r in self._rows if r.aktif)
        return self._active_count

    def unit_counts(self) -> Counter[int]:
        """Staff per unit (own members), counting inactive ones only when they are shown."""
        show = self._filter.show_inactive
        return Counter(r.unit_id for r in self._rows if r.unit_id and (show or r.aktif))

    def _emit_counts(self) -> None:
        self.counts_changed.emit(len(self._visible), self.total())

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StaffTableModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (NAMA, JABATAN, UNIT):
            return self._display(row, index.column())  # the full text of an elided cell
        if role == STAFF_ID_ROLE:
            return row.id
        if not row.aktif and role == Qt.ItemDataRole.ForegroundRole:
            return self._inactive_brush
        if not row.aktif and role == Qt.ItemDataRole.FontRole:
            return self._italic
        return None

    def _display(self, row: StaffListRow, column: int) -> str:
        if column == NIP:
            return format_nip(row.nip)
        if column == STATUS:
            label = status_label(row.status)
            if row.aktif:
                return label
            return f"{label} · " + QCoreApplication.translate("StaffTableModel", "nonaktif")
        return (row.nip, row.nama, row.jabatan, row.golongan, row.status, row.unit_nama)[column]
