"""The evaluation's work-result table: one row per IKI with its RHK, aspek, indikator and target
(read-only, from the SKP) and the editable realisasi, bukti dukung and umpan balik. Evidence
files are referenced by path, one per line ("Lampirkan berkas…"); the files are not copied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.skp import Realisasi, Skp
from desktop.ui.appraisal.labels import aspek_label

RHK, ASPEK, INDIKATOR, TARGET, REALISASI, BUKTI, UMPAN_BALIK, BERKAS = range(8)
EDITABLE = (REALISASI, BUKTI, UMPAN_BALIK)
_FROM_SKP = QBrush(QColor("#f4f5f6"))  # read-only columns copied from the SKP


class RealisasiTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 8, objectName="realisasiTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("RHK"),
                self.tr("Aspek"),
                self.tr("Indikator"),
                self.tr("Target"),
                self.tr("Realisasi"),
                self.tr("Bukti Dukung"),
                self.tr("Umpan Balik"),
                self.tr("Berkas"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Realisasi per indikator"))
        self._size_columns()
        self.attach_button = QPushButton(self.tr("Lampirkan berkas…"), objectName="attachButton")
        self.clear_files_button = QPushButton(self.tr("Hapus daftar berkas"))
        self.clear_files_button.clicked.connect(self._on_clear_files_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._button_row())
        self._rows: list[Realisasi] = []
        self._loading = False
        self._read_only = False
        self.table.itemChanged.connect(self._on_table_item_changed)

    def _button_row(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.clear_files_button)
        hint = QLabel(self.tr("Kolom putih dapat diisi: pilih sel lalu ketik atau tekan F2."))
        hint.setStyleSheet("QLabel { color: #5f6368; }")
        buttons.addSpacing(12)
        buttons.addWidget(hint)
        buttons.addStretch(1)
        return buttons

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        width = self.table.fontMetrics().horizontalAdvance
        em = width("M")
        widths = {
            RHK: 15 * em,
            ASPEK: width("Kuantitas") + 24,  # + the stylesheet padding
            INDIKATOR: 14 * em,
            TARGET: width("≤ 5 hari kerja") + 14,
            REALISASI: 9 * em,
            BUKTI: 11 * em,
            UMPAN_BALIK: 11 * em,
            BERKAS: width("10 berkas") + 14,
        }
        for column, size in widths.items():
            self.table.setColumnWidth(column, size)
        # Indikator takes the room left over but never less than its own width: a Stretch
        # section would shrink to a sliver in a 1024-pixel window (the table scrolls instead)
        self._indikator_min = widths[INDIKATOR]
        self.table.viewport().installEventFilter(self)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(self._rows_timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            others = sum(
                self.table.columnWidth(c)
                for c in range(self.table.columnCount())
                if c != INDIKATOR and not self.table.isColumnHidden(c)
            )
            spare = self.table.viewport().width() - others
            self.table.setColumnWidth(INDIKATOR, max(self._indikator_min, spare))
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._rows_timer.start()  # wrap the texts at the widths the columns really got

    def load(self, rows: list[Realisasi], skp: Skp) -> None:
        self._loading = True
        iki_info = {iki.id: (rhk, iki) for rhk in skp.rhk for iki in rhk.iki}
        self._rows = [r for r in rows if r.iki_id in iki_info]
        self.table.clearSpans()
        self.table.setRowCount(len(self._rows))
        groups: list[list[int]] = []
        previous = None
        for n, row in enumerate(self._rows):
            rhk, iki = iki_info[row.iki_id]
            texts = [
                rhk.uraian,
                aspek_label(iki.aspek),
                iki.indikator,
                iki.target,
                row.realisasi,
                row.bukti_dukung,
                row.umpan_balik,
                "",
            ]
            for column, text in enumerate(texts):
                self.table.setItem(n, column, self._item(column, text))
            self._show_files(n, row.bukti_berkas)
            if previous is rhk:
                groups[-1].append(n)
            else:
                groups.append([n])
            previous = rhk
        for group in groups:  # one RHK cell over all its IKI rows
            if len(group) > 1:
                self.table.setSpan(group[0], RHK, len(group), 1)
        self.table.resizeRowsToContents()
        self._loading = False

    def _item(self, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column in EDITABLE and not self._read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        if column not in EDITABLE:
            item.setBackground(_FROM_SKP)
        item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return item

    def _show_files(self, row: int, files: str) -> None:
        paths = [line for line in files.splitlines() if line.strip()]
        item = self.table.item(row, BERKAS)
        item.setData(Qt.ItemDataRole.UserRole, "\n".join(paths))
        item.setText(self.tr("%1 berkas").replace("%1", str(len(paths))) if paths else "—")
        item.setToolTip("\n".join(paths) or self.tr("Belum ada berkas"))

    def values(self) -> list[Realisasi]:
        out = []
        for n, row in enumerate(self._rows):
            out.append(
                Realisasi(
                    iki_id=row.iki_id,
                    realisasi=self.table.item(n, REALISASI).text().strip(),
                    bukti_dukung=self.table.item(n, BUKTI).text().strip(),
                    bukti_berkas=str(
                        self.table.item(n, BERKAS).data(Qt.ItemDataRole.UserRole) or ""
                    ),
                    umpan_balik=self.table.item(n, UMPAN_BALIK).text().strip(),
                    id=row.id,
                    uuid=row.uuid,
                )
            )
        return out

    def add_files(self, paths: list[Path]) -> None:
        """Reference evidence files on the current row (duplicates ignored)."""
        row = self.table.currentRow()
        if self._read_only or row < 0 or not paths:
            return
        current = str(self.table.item(row, BERKAS).data(Qt.ItemDataRole.UserRole) or "")
        lines = [line for line in current.splitlines() if line]
        lines += [str(p) for p in paths if str(p) not in lines]
        self._show_files(row, "\n".join(lines))
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.attach_button.setEnabled(not read_only)
        self.clear_files_button.setEnabled(not read_only)
        self._loading = True
        for row in range(self.table.rowCount()):
            for column in EDITABLE:
                item = self.table.item(row, column)
                flags = item.flags()
                item.setFlags(
                    flags & ~Qt.ItemFlag.ItemIsEditable
                    if read_only
                    else flags | Qt.ItemFlag.ItemIsEditable
                )
        self._loading = False

    def _on_clear_files_clicked(self) -> None:
        row = self.table.currentRow()
        if not self._read_only and row >= 0:
            self._show_files(row, "")
            self.changed.emit()

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() in EDITABLE:
            self._loading = True
            item.setToolTip(item.text())
            self._loading = False
            self.table.resizeRowToContents(item.row())
        self.changed.emit()
