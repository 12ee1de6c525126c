"""The unit tree of the Struktur Organisasi screen: name, kode, jenis and the active staff of
each subtree; inactive units greyed. Items carry the unit id, and a drag carries it as its own
MIME type so a drop can ask the store to move the unit (the model never moves rows itself).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from desktop.core.models import JenisUnit, Unit, UnitJenis
from desktop.core.orgchart import UnitTree
from desktop.ui.formatting import format_count

UNIT_MIME = "application/x-kinerja-unit-id"
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 11
NAMA, KODE, JENIS, PEGAWAI = range(4)


class UnitEditModel(QStandardItemModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self.tree = UnitTree([])
        self._items: dict[int, QStandardItem] = {}
        self.setHorizontalHeaderLabels(
            [self.tr("Unit"), self.tr("Kode"), self.tr("Jenis"), self.tr("Pegawai aktif")]
        )

    def load(self, tree: UnitTree, own_counts: dict[int, int]) -> None:
        """Rebuild from the tree and the active staff directly in each unit."""
        self.removeRows(0, self.rowCount())
        self.tree = tree
        self._items = {}
        for unit in tree.roots():
            self._add_branch(self.invisibleRootItem(), unit, own_counts)

    def _add_branch(self, parent: QStandardItem, unit: Unit, counts: dict[int, int]) -> None:
        assert unit.id is not None
        total = sum(counts.get(uid, 0) for uid in self.tree.subtree_ids(unit.id))
        name = unit.nama if unit.aktif else self.tr("%1 (nonaktif)").replace("%1", unit.nama)
        kind = jenis_text(unit.jenis_unit) or level_text(unit.jenis)
        texts = [name, unit.kode, kind, format_count(total)]
        row = [QStandardItem(text) for text in texts]
        for item in row:
            item.setEditable(False)
            item.setData(unit.id, UNIT_ID_ROLE)
            item.setDropEnabled(True)
            item.setDragEnabled(True)
            if not unit.aktif:
                colour = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
                item.setForeground(QBrush(colour))
        row[NAMA].setToolTip(" › ".join(self.tree.path_names(unit.id)))
        row[PEGAWAI].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        parent.appendRow(row)
        self._items[unit.id] = row[NAMA]
        for child in self.tree.children.get(unit.id, []):
            self._add_branch(row[NAMA], child, counts)

    def index_of(self, unit_id: int) -> QModelIndex:
        item = self._items.get(unit_id)
        return item.index() if item else QModelIndex()

    def unit_id_at(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        value = index.data(UNIT_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    # -- drag and drop: the unit id travels; the screen decides ----------------------------
    def mimeTypes(self) -> list[str]:
        return [UNIT_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = {self.unit_id_at(i) for i in indexes} - {None}
        if len(ids) == 1:
            data.setData(UNIT_MIME, QByteArray(str(ids.pop()).encode()))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


def unit_id_from_mime(data: QMimeData) -> int | None:
    if not data.hasFormat(UNIT_MIME):
        return None
    try:
        return int(bytes(data.data(UNIT_MIME).data()).decode())
    except ValueError:
        return None


def level_text(level: UnitJenis) -> str:
    """The level in the tree, shown when the kind of unit is not set."""
    labels = {
        UnitJenis.INSTANSI: QCoreApplication.translate("UnitJenis", "Instansi"),
        UnitJenis.OPD: QCoreApplication.translate("UnitJenis", "Perangkat daerah"),
        UnitJenis.BIDANG: QCoreApplication.translate("UnitJenis", "Bidang"),
        UnitJenis.SUBBIDANG: QCoreApplication.translate("UnitJenis", "Subbidang/Seksi"),
    }
    return labels.get(level, level.value)


def jenis_text(jenis: JenisUnit) -> str:
    """The kind of unit as the screen shows it."""
    labels = {
        JenisUnit.NONE: "",
        JenisUnit.OPD: "OPD",
        JenisUnit.SEKRETARIAT: QCoreApplication.translate("UnitJenis", "Sekretariat"),
        JenisUnit.BIDANG: QCoreApplication.translate("UnitJenis", "Bidang/Bagian"),
        JenisUnit.SUBBAGIAN: QCoreApplication.translate("UnitJenis", "Subbagian"),
        JenisUnit.SEKSI: QCoreApplication.translate("UnitJenis", "Seksi/Subbidang"),
        JenisUnit.UPT: QCoreApplication.translate("UnitJenis", "UPT/UPTD"),
        JenisUnit.PUSKESMAS: QCoreApplication.translate("UnitJenis", "Puskesmas"),
        JenisUnit.SEKOLAH: QCoreApplication.translate("UnitJenis", "Sekolah"),
        JenisUnit.KECAMATAN: QCoreApplication.translate("UnitJenis", "Kecamatan"),
        JenisUnit.KELURAHAN: QCoreApplication.translate("UnitJenis", "Kelurahan/Desa"),
    }
    return labels.get(jenis, jenis.value)
