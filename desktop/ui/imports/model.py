"""Table models over an ``ImportPlan`` (desktop.imports): every row with its planned action,
and the reasons rows were rejected (row number, column, reason)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.core.nip import format_nip

Index = QModelIndex | QPersistentModelIndex

ACTION_LABELS = {
    "baru": QT_TRANSLATE_NOOP("ImportModels", "Baru"),
    "ubah": QT_TRANSLATE_NOOP("ImportModels", "Diubah"),
    "sama": QT_TRANSLATE_NOOP("ImportModels", "Sama"),
    "ditolak": QT_TRANSLATE_NOOP("ImportModels", "Ditolak"),
}
ACTION_COLORS = {  # text, background
    "baru": ("#1b5e20", "#e3f3e4"),
    "ubah": ("#0d47a1", "#e3edfb"),
    "sama": ("#5f6368", "#f1f3f4"),
    "ditolak": ("#b3261e", "#fbe4e2"),
}
ROW_HEADERS = (
    QT_TRANSLATE_NOOP("ImportModels", "Baris"),
    QT_TRANSLATE_NOOP("ImportModels", "NIP"),
    QT_TRANSLATE_NOOP("ImportModels", "Nama"),
    QT_TRANSLATE_NOOP("ImportModels", "Status"),
    QT_TRANSLATE_NOOP("ImportModels", "Keterangan"),
)
ISSUE_HEADERS = (
    QT_TRANSLATE_NOOP("ImportModels", "Baris"),
    QT_TRANSLATE_NOOP("ImportModels", "Kolom"),
    QT_TRANSLATE_NOOP("ImportModels", "Alasan"),
)
STATUS_COLUMN = 3


def action_label(action: str) -> str:
    return QCoreApplication.translate("ImportModels", ACTION_LABELS.get(str(action), str(action)))


def _translate(text: str) -> str:
    return QCoreApplication.translate("ImportModels", text)


class _ListModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, items: list[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.items = items

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translate(self.headers[section])
        return None


class PlanRowsModel(_ListModel):
    """One line per sheet row: its number, NIP, name, planned action and what changes."""

    headers = ROW_HEADERS

    def __init__(self, rows: list[Any], parent: Any = None) -> None:
        super().__init__(rows, parent)
        self._brushes = {
            a: (QBrush(QColor(fg)), QBrush(QColor(bg))) for a, (fg, bg) in ACTION_COLORS.items()
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.items[index.row()], index.column()
        action = str(row.action)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if column == STATUS_COLUMN and role == Qt.ItemDataRole.ForegroundRole:
            return self._brushes.get(action, (None, None))[0]
        if column == STATUS_COLUMN and role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes.get(action, (None, None))[1]
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return self._display(row, column)
        return None

    def _display(self, row: Any, column: int) -> str:
        if column == 0:
            return str(row.row)
        if column == 1:
            return format_nip(row.nip)
        if column == 2:
            return row.nama
        if column == STATUS_COLUMN:
            return action_label(row.action)
        if row.issues:
            return " ".join(
                f"{i.column}: {i.message}" if i.column else i.message for i in row.issues
            )
        if row.changed_fields:
            changed = QCoreApplication.translate("ImportModels", "Berubah: %1")
            texts = getattr(row, "changes", None) or row.changed_fields
            return changed.replace("%1", "; ".join(texts))
        return ""

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.items = rows
        self.endResetModel()


def _rejections(rows: list[Any]) -> list[Any]:
    return [
        issue
        for row in rows
        if str(row.action) == "ditolak"
        for issue in row.issues
        if str(issue.severity) == "error"
    ]


class RejectionsModel(_ListModel):
    """One line per reason a row was rejected: row number, column, reason."""

    headers = ISSUE_HEADERS

    @classmethod
    def from_rows(cls, rows: list[Any], parent: Any = None) -> RejectionsModel:
        return cls(_rejections(rows), parent)

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.items = _rejections(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        issue = self.items[index.row()]
        return (str(issue.row), issue.column or "—", issue.message)[index.column()]


UNIT_HEADERS = (
    QT_TRANSLATE_NOOP("ImportModels", "Kode"),
    QT_TRANSLATE_NOOP("ImportModels", "Unit baru"),
    QT_TRANSLATE_NOOP("ImportModels", "Di bawah"),
    QT_TRANSLATE_NOOP("ImportModels", "Tingkat"),
    QT_TRANSLATE_NOOP("ImportModels", "Pegawai"),
)
LEVEL_LABELS = {
    "instansi": QT_TRANSLATE_NOOP("ImportModels", "Instansi"),
    "opd": QT_TRANSLATE_NOOP("ImportModels", "OPD"),
    "bidang": QT_TRANSLATE_NOOP("ImportModels", "Bidang"),
    "subbidang": QT_TRANSLATE_NOOP("ImportModels", "Subbidang/Seksi"),
}


class NewUnitsModel(_ListModel):
    """The units a list names that are not on record, parents first, as they would be made."""

    headers = UNIT_HEADERS

    def set_units(self, units: list[Any]) -> None:
        self.beginResetModel()
        self.items = units
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        unit = self.items[index.row()]
        column = index.column()
        if column == 0:
            return unit.kode
        if column == 1:
            return unit.nama
        if column == 2:
            return unit.induk or "—"
        if column == 3:
            level = str(getattr(unit.jenis, "value", unit.jenis))
            return _translate(LEVEL_LABELS.get(level, level))
        return str(unit.rows)
