"""Sinkronisasi → Status: the office's side of the exchange at a glance.

Who this office is to the centre (its key fingerprint, read aloud on the phone), which centre
packages are encrypted for, the last package and the last receipt, the packages still without a
receipt, how many rows wait for the next package (per kind), and the export log. Counting runs
in a worker; the two buttons hand over to the export wizard and the receipt import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.errors import show_error
from desktop.ui.formatting import format_count
from desktop.ui.sync.jobs import OfficeOverview, overview_job
from desktop.ui.sync.labels import deletions_label, format_when, table_label
from desktop.ui.tasks import Task

WARN_STYLE = "color: #8a5a00;"
BIG_STYLE = "font-size: 15pt; font-weight: bold;"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _value_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def read_only_table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class SyncStatusDialog(QDialog):
    export_requested = Signal()
    receipt_requested = Signal()
    loaded = Signal()

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setWindowTitle(self.tr("Status Sinkronisasi"))
        self._db_path = db_path
        self.overview: OfficeOverview | None = None
        self.office_label = _value_label("officeLabel")
        self.office_label.setText(self.tr("Memuat…"))
        self.fingerprint_label = _value_label("officeFingerprint")
        self.centre_label = _value_label("centreLabel")
        self.last_package_label = _value_label("lastPackageLabel")
        self.last_receipt_label = _value_label("lastReceiptLabel")
        self.unacked_label = _value_label("unackedLabel")
        self.waiting_label = _value_label("waitingLabel")
        self.waiting_label.setStyleSheet(BIG_STYLE)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Kantor:"), self.office_label)
        form.addRow(self.tr("Sidik jari kunci kantor:"), self.fingerprint_label)
        form.addRow(self.tr("Pusat:"), self.centre_label)
        form.addRow(self.tr("Paket terakhir:"), self.last_package_label)
        form.addRow(self.tr("Tanda terima terakhir:"), self.last_receipt_label)
        form.addRow(self.tr("Belum ada tanda terima:"), self.unacked_label)
        form.addRow(self.tr("Data belum diterima pusat:"), self.waiting_label)
        self.waiting_table = read_only_table([self.tr("Jenis data"), self.tr("Baris")], "waiting")
        waiting_header = self.waiting_table.horizontalHeader()
        waiting_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        waiting_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.log_table = read_only_table(
            [self.tr("Urutan"), self.tr("Dibuat"), self.tr("Oleh"), self.tr("Baris"),
             self.tr("Diterima pusat")],
            "exportLog",
        )  # fmt: skip
        log_header = self.log_table.horizontalHeader()
        log_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        log_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        tables = QHBoxLayout()
        tables.addWidget(self._group(self.tr("Ikut dalam paket berikutnya"), self.waiting_table), 2)
        tables.addWidget(self._group(self.tr("Riwayat paket"), self.log_table), 4)
        self.export_button = QPushButton(self.tr("&Ekspor Paket…"), objectName="exportButton")
        self.receipt_button = QPushButton(
            self.tr("Impor &Tanda Terima…"), objectName="receiptButton"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.receipt_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export_requested)
        self.receipt_button.clicked.connect(self.receipt_requested)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(tables, 1)
        layout.addWidget(buttons)
        self.resize(940, 600)

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def refresh(self) -> Task:
        """Read the status again in a worker (after an export or a receipt)."""
        task = Task(self, self.tr("Membaca status sinkronisasi…"), self._db_path, overview_job)
        task.succeeded.connect(self._on_loaded)
        task.failed.connect(self._on_failed)
        return task.start()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        show_error(self, exc)

    def _on_loaded(self, overview: OfficeOverview) -> None:
        self.overview = overview
        s = overview.status
        self.office_label.setText(s.office_nama or "—")
        self.fingerprint_label.setText(
            s.fingerprint
            or self.tr("belum dibuat (dibuat pada ekspor paket atau ekspor kunci yang pertama)")
        )
        self._show_centre(overview)
        last, ack = s.last_export, s.last_receipt
        self.last_package_label.setText(
            self.tr("urutan %1, %2, %3 baris", "", last.row_count + last.tombstone_count)
            .replace("%1", str(last.sequence))
            .replace("%2", format_when(last.created_at))
            .replace("%3", format_count(last.row_count + last.tombstone_count))
            if last
            else self.tr("belum pernah mengekspor")
        )
        self.last_receipt_label.setText(
            self.tr("paket urutan %1, diterapkan pusat %2")
            .replace("%1", str(ack.sequence))
            .replace("%2", format_when(ack.acked_at))
            if ack
            else self.tr("belum ada")
        )
        unacked = ", ".join(str(e.sequence) for e in reversed(s.unacknowledged))
        self.unacked_label.setText(
            self.tr("paket urutan %1").replace("%1", unacked) if unacked else "—"
        )
        waiting = self.tr("%1 baris", "", s.total_waiting).replace(
            "%1", format_count(s.total_waiting)
        )
        if s.full_pending:
            waiting += self.tr(" (paket berikutnya berisi semua data)")
        self.waiting_label.setText(waiting)
        self._fill_waiting(overview)
        self._fill_log(overview)
        self.loaded.emit()

    def _show_centre(self, overview: OfficeOverview) -> None:
        centre = overview.status.centre
        if centre is None:
            self.centre_label.setText(
                self.tr("belum diatur — paket tidak dienkripsi; impor kunci pusat dahulu")
            )
            self.centre_label.setStyleSheet(WARN_STYLE)
            return
        text = (
            self.tr("%1, sidik jari %2")
            .replace("%1", centre.nama or self.tr("tanpa nama"))
            .replace("%2", centre.fingerprint)
        )
        if not overview.status.encrypts:
            text += self.tr(" — paket tidak dienkripsi (kunci enkripsi pusat belum ada)")
        self.centre_label.setText(text)
        self.centre_label.setStyleSheet("" if overview.status.encrypts else WARN_STYLE)

    def _fill_waiting(self, overview: OfficeOverview) -> None:
        s = overview.status
        rows = [(table_label(t), n) for t, n in s.rows_waiting.items()]
        if s.tombstones_waiting:
            rows.append((deletions_label(), s.tombstones_waiting))
        self.waiting_table.setRowCount(len(rows))
        for n, (label, count) in enumerate(rows):
            self.waiting_table.setItem(n, 0, QTableWidgetItem(label))
            value = QTableWidgetItem(format_count(count))
            value.setTextAlignment(_RIGHT)
            self.waiting_table.setItem(n, 1, value)

    def _fill_log(self, overview: OfficeOverview) -> None:
        self.log_table.setRowCount(len(overview.log))
        for n, entry in enumerate(overview.log):
            values = [
                str(entry.sequence) + (self.tr(" (lengkap)") if entry.full else ""),
                format_when(entry.created_at, short=True),
                entry.user,
                format_count(entry.row_count + entry.tombstone_count),
                format_when(entry.acked_at, short=True) if entry.acked_at else self.tr("belum"),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(entry.file_name)
                if column == 3:
                    item.setTextAlignment(_RIGHT)
                self.log_table.setItem(n, column, item)
