"""The evaluation's work-result table: one row per IKI with its RHK, aspek, indikator and target
(read-only, from the SKP) and the editable realisasi, bukti dukung and umpan balik. Evidence
files are referenced by path, one per line ("Lampirkan berkas…"); the files are not copied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.skp import Aspek, Realisasi, Skp
from desktop.ui.appraisal.grid_keys import GridTable
from desktop.ui.appraisal.labels import aspek_label

RHK, ASPEK, INDIKATOR, TARGET, REALISASI, BUKTI, UMPAN_BALIK, BERKAS = range(8)
EDITABLE = (REALISASI, BUKTI, UMPAN_BALIK)
_FROM_SKP = QBrush(QColor("#f4f5f6"))  # read-only columns copied from the SKP


class _WrapDelegate(QStyledItemDelegate):
    """Row heights that hold the whole wrapped text: Qt's own estimate ignores the
    stylesheet's cell padding and comes out a line short ("bukti duku…")."""

    PADDING = 2 * 6 + 2 * 4  # app.qss "padding: 0 6px" and the style's text margins

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        table = self.parent()
        assert isinstance(table, GridTable)
        width = table.columnWidth(index.column())
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = QRect(0, 0, max(1, width - self.PADDING), 100_000)
        needed = option.fontMetrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), needed.height() + 8))


class RealisasiTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = GridTable(0, 8, EDITABLE, objectName="realisasiTable")
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
        self.table.setItemDelegate(_WrapDelegate(self.table))
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
        hint = QLabel(
            self.tr("Kolom putih dapat diisi: Tab ke sel berikutnya, ketik atau Enter, Esc batal.")
        )
        hint.setStyleSheet("QLabel { color: #5f6368; }")
        hint.setWordWrap(True)  # the hint gives way, never the buttons' own text
        hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for button in (self.attach_button, self.clear_files_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        buttons.addSpacing(12)
        buttons.addWidget(hint, 1)
        return buttons

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        width = self.table.fontMetrics().horizontalAdvance
        em = width("M")
        widths = {  # all eight fit beside the feedback panel at 1024 pixels; texts wrap
            RHK: 10 * em,
            ASPEK: max(width(aspek_label(a)) for a in Aspek) + 24,  # + the stylesheet padding
            INDIKATOR: 8 * em,  # and whatever room is left over (eventFilter)
            TARGET: max(width("≤ 5 hari"), width("≥ 100 %")) + 24,
            REALISASI: 8 * em,
            BUKTI: 8 * em,
            UMPAN_BALIK: 8 * em,
            BERKAS: width(self.tr("%1 berkas").replace("%1", "10")) + 14,
        }
        bold = QFont(header.font())
        bold.setBold(True)  # the header's stylesheet sets bold labels
        metrics = QFontMetrics(bold)
        for column, size in widths.items():  # a header is never clipped: two lines at most
            item = self.table.horizontalHeaderItem(column)
            item.setText(two_line_title(item.text(), metrics, size - 16))
            lines = item.text().split("\n")
            widths[column] = max(size, *(metrics.horizontalAdvance(t) + 16 for t in lines))
            self.table.setColumnWidth(column, widths[column])
        # RHK and Indikator share the room left over but never get less than their own width:
        # a Stretch section would shrink to a sliver in a 1024-pixel window
        self._grow = {RHK: widths[RHK], INDIKATOR: widths[INDIKATOR]}
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
                if c not in self._grow and not self.table.isColumnHidden(c)
            )
            spare = self.table.viewport().width() - others
            rhk = max(self._grow[RHK], int(spare * 0.45))
            self.table.setColumnWidth(RHK, rhk)
            self.table.setColumnWidth(INDIKATOR, max(self._grow[INDIKATOR], spare - rhk))
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


def two_line_title(title: str, metrics: QFontMetrics, room: int) -> str:
    """``Bukti\nDukung`` when ``Bukti Dukung`` is wider than ``room``: split at the space that
    leaves the wider line shortest (a narrow column keeps its whole header)."""
    if metrics.horizontalAdvance(title) <= room or " " not in title:
        return title
    words = title.split(" ")
    splits = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
    first, second = min(splits, key=lambda p: max(map(metrics.horizontalAdvance, p)))
    return f"{first}\n{second}"
