"""The workspace table: one row per employee of the unit (``store.workspace.WorkspaceRow``).

The whole unit arrives in one query; the filter (Semua / Tanpa SKP / Belum dinilai / Sudah
dinilai) runs over the model's own Python list, so no proxy sits over hundreds of rows.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.nip import format_nip
from desktop.store.workspace import WorkspaceRow
from desktop.ui.appraisal.labels import (
    eval_status_label,
    predikat_label,
    rating_label,
    rating_short_label,
    skp_status_label,
)

NIP, NAMA, JABATAN, STATUS_SKP, STATUS_EVAL, RATING_HASIL, RATING_PERILAKU, PREDIKAT = range(8)

_MISSING_SKP = QBrush(QColor("#fdecea"))
_MISSING_EVAL = QBrush(QColor("#fff4d6"))
_MISSING_SKP_TEXT = QBrush(QColor("#a3261c"))
_MISSING_EVAL_TEXT = QBrush(QColor("#8a5a00"))

Index = QModelIndex | QPersistentModelIndex


class RowFilter(IntEnum):
    SEMUA = 0
    TANPA_SKP = 1
    BELUM_DINILAI = 2
    SUDAH_DINILAI = 3


def row_matches(row: WorkspaceRow, mode: RowFilter) -> bool:
    if mode is RowFilter.TANPA_SKP:
        return row.skp_id is None
    if mode is RowFilter.BELUM_DINILAI:
        return row.skp_id is not None and row.predikat is None
    if mode is RowFilter.SUDAH_DINILAI:
        return row.predikat is not None
    return True


class WorkspaceTableModel(QAbstractTableModel):
    """Read-only rows; missing SKP rows are tinted red, missing evaluations amber."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[WorkspaceRow] = []
        self._rows: list[WorkspaceRow] = []
        self._mode = RowFilter.SEMUA

    def set_rows(self, rows: list[WorkspaceRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = [r for r in self._all if row_matches(r, self._mode)]
        self.endResetModel()

    def set_filter(self, mode: RowFilter) -> None:
        self._mode = RowFilter(mode)
        self.set_rows(self._all)

    def row_at(self, index: Index) -> WorkspaceRow | None:
        return (
            self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) else None
        )

    def row_of(self, staff_id: int) -> int:
        """The visible row of an employee, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.staff_id == staff_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("NIP"),
            self.tr("Nama"),
            self.tr("Jabatan"),
            self.tr("Status\nSKP"),
            self.tr("Status\nEvaluasi"),
            self.tr("Rating\nHasil"),
            self.tr("Rating\nPerilaku"),
            self.tr("Predikat"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.skp_id is None:
                return _MISSING_SKP
            return _MISSING_EVAL if row.predikat is None else None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (STATUS_SKP, STATUS_EVAL):
            if row.skp_id is None:
                return _MISSING_SKP_TEXT
            return _MISSING_EVAL_TEXT if row.predikat is None else None
        return None

    def _text(self, row: WorkspaceRow, column: int) -> str:
        if column == NIP:
            return format_nip(row.nip)
        if column == NAMA:
            return row.nama + (self.tr(" (kepala unit)") if row.is_head else "")
        if column == JABATAN:
            return row.jabatan
        if column == STATUS_SKP:
            return skp_status_label(row.skp_status)
        if column == STATUS_EVAL:
            return eval_status_label(row.eval_status) if row.skp_id is not None else "—"
        if column == RATING_HASIL:
            return rating_short_label(row.rating_hasil)
        if column == RATING_PERILAKU:
            return rating_short_label(row.rating_perilaku)
        return predikat_label(row.predikat)

    def _tooltip(self, row: WorkspaceRow, column: int) -> str:
        if column == RATING_HASIL:
            return rating_label(row.rating_hasil)
        if column == RATING_PERILAKU:
            return rating_label(row.rating_perilaku)
        return self._text(row, column)
