"""The right side of the main window: the search box over the staff table, or, while the
office has no staff at all, an empty state saying how to bring them in.

The table is tuned for 50,000 rows: fixed row height, no resize-to-contents, and the sort
indicator cleared before sorting is enabled so nothing sorts at start-up (DESIGN §9).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store.staff import StaffListRow
from desktop.ui.first_run.empty_state import EmptyState
from desktop.ui.staff.model import GOLONGAN, JABATAN, NAMA, NIP, STATUS, StaffTableModel


class StaffTableView(QTableView):
    """A read-only, row-selecting table for many rows."""

    def __init__(self, model: StaffTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        self.setAccessibleName(self.tr("Daftar pegawai"))
        self._configure_headers()

    def _configure_headers(self) -> None:
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setStretchLastSection(True)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSortIndicatorClearable(True)
        columns.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # before enabling: no sort
        self.setSortingEnabled(True)
        width = self.fontMetrics().horizontalAdvance
        columns.resizeSection(NIP, width("19860926 201505 1 001") + 24)
        columns.resizeSection(NAMA, width("M") * 22)
        columns.resizeSection(JABATAN, width("M") * 20)
        columns.resizeSection(GOLONGAN, width("IV/e") + 36)
        columns.resizeSection(STATUS, width("PPPK") + 40)


class SearchEdit(QLineEdit):
    """The search box; arrow-down hands the keyboard to the table below."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class StaffPanel(QWidget):
    """Search box and table; emits the staff id to open and the row under the cursor."""

    staff_activated = Signal(int)
    current_changed = Signal(object)  # StaffListRow | None

    def __init__(self, model: StaffTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_edit = SearchEdit()
        self.filter_edit.setObjectName("staffFilter")
        self.filter_edit.setPlaceholderText(self.tr("Cari nama, NIP, atau jabatan… (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Cari pegawai"))
        self.table = StaffTableView(model)
        self.empty = EmptyState(
            self.tr("Belum ada pegawai"),
            self.tr("Impor daftar pegawai (xlsx/csv/SIASN) atau tambahkan satu per satu."),
            name="staffEmpty",
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.stack)
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
        self.filter_edit.returnPressed.connect(self._on_filter_return_pressed)
        self.filter_edit.down_pressed.connect(self._on_filter_return_pressed)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        model.modelReset.connect(self._on_model_reset)

    def current_row(self) -> StaffListRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_staff(self, staff_id: int) -> bool:
        """Select and show a record if it is in the list."""
        position = self.model.position_of(staff_id)
        if position < 0:
            return False
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, 0))
        return True

    def set_empty(self, empty: bool) -> None:
        """Show the empty state (the office has no staff record at all) instead of the table."""
        self.stack.setCurrentWidget(self.empty if empty else self.table)
        self.filter_edit.setEnabled(not empty)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_filter_text_changed(self, text: str) -> None:
        current = self.current_row()
        self.model.set_query(text)
        if current is not None:
            self.select_staff(current.id)

    def _on_filter_return_pressed(self) -> None:
        if self.model.rowCount() == 0:
            return
        if self.current_row() is None:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.staff_activated.emit(self.model.row_at(index.row()).id)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.current_changed.emit(self.current_row())

    def _on_model_reset(self) -> None:
        self.current_changed.emit(self.current_row())
