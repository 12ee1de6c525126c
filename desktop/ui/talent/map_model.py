"""The people of one box (or the unmapped) as a table model over a list of ``Placement``.

Models only what the view needs (the staff list's lesson at 50,000 rows: no proxy; the list
is already sorted by name in SQL and sorting here is on the model's own list)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.appraisal import Predikat
from desktop.core.nip import format_nip
from desktop.core.talent.ninebox import Placement, reason_detail

Index = QModelIndex | QPersistentModelIndex


def _predikat(value: Predikat | None) -> str:
    return value.label if value is not None else "—"


def _jpm(value: float | None) -> str:
    return f"{value:.2f}" if value is not None else "—"


class PlacementModel(QAbstractTableModel):
    """NIP, nama, jabatan, unit, predikat Y-1 and Y, JPM, and the last column: the rekam
    jejak (people in a box) or the reason (the unmapped)."""

    def __init__(self, last: str, parent=None) -> None:
        super().__init__(parent)
        self.last = last  # "rekam_jejak" | "reason"
        self.rows: list[Placement] = []
        self.year = 0

    def headers(self) -> list[str]:
        last = self.tr("Rekam Jejak") if self.last == "rekam_jejak" else self.tr("Alasan")
        return [
            self.tr("NIP"),
            self.tr("Nama"),
            self.tr("Jabatan"),
            self.tr("Unit Kerja"),
            self.tr("Predikat %1").replace("%1", str(self.year - 1)),
            self.tr("Predikat %1").replace("%1", str(self.year)),
            self.tr("JPM"),
            last,
        ]

    def set_rows(self, rows: Sequence[Placement], year: int) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.year = year
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def text(self, p: Placement, column: int) -> str:
        """The cell's text (also its tooltip: long reasons are cut in the view)."""
        if column == 0:
            return format_nip(p.nip)
        if column in (1, 2, 3):
            return (p.nama, p.jabatan, p.unit_nama)[column - 1]
        if column in (4, 5):
            return _predikat(p.predikat[column - 4])
        if column == 6:
            return _jpm(p.jpm)
        if self.last == "rekam_jejak":
            return p.rekam_jejak or self.tr("Memenuhi")
        return reason_detail(p.reason)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def staff_id(self, row: int) -> int:
        return self.rows[row].staff_id
