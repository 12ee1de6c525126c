"""Berkas → "Jejak Audit…": filters (pegawai, akun, jenis, dari–sampai), the trail as a table
newest first, the fields of the selected entry old → new in words, and an export to Excel.

The dialog only shows: the controller reads the store with what ``filter_input()`` returns and
fills the model (``AuditTableModel``) and the count; it writes the export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import audit_terms as terms
from desktop.core.dates import InvalidDate
from desktop.store.audit_query import AuditEntry
from desktop.ui.audit.model import BARIS, JENIS, PERUBAHAN, SUMBER, WAKTU, AuditTableModel
from desktop.ui.formatting import format_count
from desktop.ui.widgets import DateField

EVENT_KINDS = ("ekspor", "cetak", "cadangan", "pulih")  # offered first in "Jenis"


@dataclass(frozen=True)
class FilterInput:
    """What the operator asked for, not yet resolved against the store."""

    person: str = ""  # NIP or part of a name
    akun_id: int | None = None
    user: str = ""
    kinds: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None


class AuditDialog(QDialog):
    filter_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="auditDialog")
        self.setWindowTitle(self.tr("Jejak Audit"))
        self.model = AuditTableModel(self)
        intro = QLabel(
            self.tr(
                "Setiap perubahan data, ekspor, cetak, pencadangan dan pemulihan, dengan akun, "
                "waktu dan nilai lama → baru. Catatan ini tidak dapat diubah atau dihapus."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._filters())
        self.message = QLabel(objectName="auditMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._table())
        splitter.addWidget(self._detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._buttons())
        self.resize(980, 620)

    # -- building ----------------------------------------------------------------------------
    def _filters(self) -> QGridLayout:
        self.person = QLineEdit(objectName="auditPerson")
        self.person.setPlaceholderText(self.tr("NIP atau nama pegawai"))
        self.person.setClearButtonEnabled(True)
        self.actor = QComboBox(objectName="auditActor")
        self.kind = QComboBox(objectName="auditKind")
        self.kind.addItem(self.tr("Semua jenis"), "")
        for code in (*EVENT_KINDS, *(k for k in terms.known_kinds() if k not in EVENT_KINDS)):
            self.kind.addItem(terms.kind_label(code), code)
        self.date_from = DateField(objectName="auditFrom")
        self.date_to = DateField(objectName="auditTo")
        self.apply_button = QPushButton(self.tr("&Terapkan"), objectName="auditApply")
        self.apply_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("&Hapus filter"), objectName="auditClear")
        self.apply_button.clicked.connect(self.filter_requested)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.person.returnPressed.connect(self.filter_requested)
        grid = QGridLayout()
        labels = (self.tr("&Pegawai"), self.tr("A&kun"), self.tr("&Jenis"), self.tr("&Dari"),
                  self.tr("&Sampai"))  # fmt: skip
        fields = (self.person, self.actor, self.kind, self.date_from, self.date_to)
        spots = ((0, 0), (0, 2), (0, 4), (1, 0), (1, 2))
        for text, field, (row, column) in zip(labels, fields, spots, strict=True):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, column)
            grid.addWidget(field, row, column + 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.clear_button)
        grid.addLayout(buttons, 1, 4, 1, 2)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        return grid

    def _table(self) -> QTableView:
        self.table = QTableView(objectName="auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        stamp = self.table.fontMetrics().horizontalAdvance("00-00-0000 00.00") + 24  # whole
        widths = {WAKTU: stamp, 1: 90, SUMBER: 90, JENIS: 90, 4: 90, BARIS: 70, PERUBAHAN: 230}
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        return self.table

    def _detail(self) -> QWidget:
        box = QWidget()
        self.detail_title = QLabel(objectName="auditDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QTableWidget(0, 3, objectName="auditDetail")
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Lama"), self.tr("Baru")])
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.verticalHeader().hide()
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail, 1)
        return box

    def _buttons(self) -> QHBoxLayout:
        self.count_label = QLabel(objectName="auditCount")
        self.export_button = QPushButton(self.tr("&Ekspor ke Excel…"), objectName="auditExport")
        close = QPushButton(self.tr("T&utup"))
        self.export_button.clicked.connect(self.export_requested)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.export_button)
        row.addWidget(close)
        return row

    # -- what the controller uses ------------------------------------------------------------
    def set_actors(self, actors: list[tuple[int | None, str]]) -> None:
        self.actor.clear()
        self.actor.addItem(self.tr("Semua akun"), None)
        for akun_id, name in actors:
            self.actor.addItem(name, (akun_id, name))

    def filter_input(self) -> FilterInput | None:
        """The filter as typed; None (with the reason shown) when a date cannot be read."""
        try:
            start, end = self.date_from.value(), self.date_to.value()
        except (InvalidDate, ValueError):
            self.show_message(self.tr("Tanggal tidak dapat dibaca: tulis hh-bb-tttt."))
            return None
        if start and end and start > end:
            self.show_message(self.tr('Tanggal "dari" jatuh setelah tanggal "sampai".'))
            return None
        actor = self.actor.currentData()
        kind = self.kind.currentData() or ""
        return FilterInput(
            person=self.person.text().strip(),
            akun_id=actor[0] if actor else None,
            user=actor[1] if actor and actor[0] is None else "",
            kinds=(kind,) if kind else (),
            date_from=start,
            date_to=end,
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_count(self, total: int, loaded: int) -> None:
        self.count_label.setText(
            self.tr("%1 catatan").replace("%1", format_count(total))
            if total == loaded
            else self.tr("%1 catatan (%2 dimuat; gulir untuk memuat lagi)")
            .replace("%1", format_count(total))
            .replace("%2", format_count(loaded))
        )
        self.export_button.setEnabled(total > 0)
        self._show_detail(None)

    # -- slots -------------------------------------------------------------------------------
    def _on_clear_clicked(self) -> None:
        self.person.clear()
        self.actor.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.date_from.clear()
        self.date_to.clear()
        self.filter_requested.emit()

    def _on_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        self._show_detail(self.model.entry_at(rows[0].row()) if rows else None)

    def _show_detail(self, entry: AuditEntry | None) -> None:
        self.detail.setRowCount(0)
        if entry is None:
            self.detail_title.setText(self.tr("Pilih satu catatan untuk melihat rinciannya."))
            return
        self.detail_title.setText(
            f"{terms.local_time_text(entry.at)} · {entry.user} · "
            f"{terms.kind_label(entry.action)} {terms.table_label(entry.table_name)} · "
            f"{entry.summary}\n" + self.tr("Baris: %1").replace("%1", entry.row_uuid or "–")
        )
        with_old = bool(entry.before)
        for key, old, new in entry.changes():
            row = self.detail.rowCount()
            self.detail.insertRow(row)
            values = (terms.field_label(key), terms.value_text(old, key) if with_old else "",
                      terms.value_text(new, key))  # fmt: skip
            for column, text in enumerate(values):
                self.detail.setItem(row, column, QTableWidgetItem(text))
