"""Berkas → Cadangan…: the backups beside the database, with date, reason, size and counts.

The dialog only shows and asks; the controller makes, restores and seals backups and calls
``load`` again. Double-click or Enter on a row is "Pulihkan…".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.backups import BackupInfo
from desktop.ui.formatting import format_count
from desktop.ui.sync.labels import format_size, format_when
from desktop.ui.sync.styles import ERROR_STYLE, OK_STYLE, wrapped_label

COUNT_KEYS = ("pegawai", "unit", "skp", "evaluasi")


def reason_label(reason: str) -> str:
    """A reason from a file name in words: ``sebelum-impor-pegawai`` → "Sebelum impor pegawai"."""

    labels = {
        "manual": QCoreApplication.translate("BackupReasons", "Dibuat manual"),
        "otomatis": QCoreApplication.translate("BackupReasons", "Otomatis (ada perubahan)"),
        "penutupan": QCoreApplication.translate("BackupReasons", "Saat aplikasi ditutup"),
        "sebelum-pemulihan": QCoreApplication.translate("BackupReasons", "Sebelum pemulihan"),
        "sebelum-impor-pegawai": QCoreApplication.translate(
            "BackupReasons", "Sebelum impor pegawai"
        ),
        "sebelum-impor-penilaian": QCoreApplication.translate(
            "BackupReasons", "Sebelum impor penilaian"
        ),
        "sebelum-impor-pusat": QCoreApplication.translate(
            "BackupReasons", "Sebelum impor paket kantor"
        ),
        "flashdisk": QCoreApplication.translate("BackupReasons", "Disalin ke flashdisk"),
    }
    if reason in labels:
        return labels[reason]
    if reason.startswith("sebelum-") and reason[8:12].isdigit():
        return QCoreApplication.translate(
            "BackupReasons", "Sebelum pembaruan basis data (%1)"
        ).replace("%1", reason[8:12])
    return reason


class BackupDialog(QDialog):
    """The list and four buttons; ``restore_requested`` carries the selected BackupInfo."""

    create_requested = Signal()
    restore_requested = Signal(object)
    restore_file_requested = Signal()
    stick_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Cadangan Basis Data"))
        self.infos: list[BackupInfo] = []
        intro = wrapped_label(
            self.tr(
                "Cadangan dibuat otomatis saat aplikasi ditutup, tiap 30 menit bila ada "
                "perubahan, dan sebelum impor, pemulihan atau pembaruan. Disimpan: 10 terbaru, "
                "lalu satu per hari (7 hari), satu per minggu (4 minggu) dan satu per bulan "
                "(6 bulan).\nFolder: %1"
            ).replace("%1", str(folder)),
            "backupIntro",
        )
        self.table = QTableWidget(0, 7, objectName="backupTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tanggal"), self.tr("Alasan"), self.tr("Ukuran"), self.tr("Pegawai"),
             self.tr("Unit"), self.tr("SKP"), self.tr("Evaluasi")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.itemActivated.connect(self._on_restore_clicked)
        self.empty_label = wrapped_label(self.tr("Belum ada cadangan."), "emptyLabel")
        self.message = wrapped_label(name="backupMessage")
        self.message.hide()
        self.create_button = QPushButton(
            self.tr("&Buat Cadangan Sekarang"), objectName="createBackup"
        )
        self.restore_button = QPushButton(self.tr("&Pulihkan…"), objectName="restoreBackup")
        self.file_button = QPushButton(self.tr("Pulihkan dari Ber&kas…"), objectName="restoreFile")
        self.stick_button = QPushButton(
            self.tr("Simpan ke &Flashdisk (Terenkripsi)…"), objectName="stickBackup"
        )
        self.create_button.clicked.connect(self.create_requested)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.file_button.clicked.connect(self.restore_file_requested)
        self.stick_button.clicked.connect(self.stick_requested)
        actions = QHBoxLayout()
        for button in (self.create_button, self.restore_button, self.file_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.stick_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(900, 520)
        self._on_selection_changed()

    def load(self, infos: list[BackupInfo]) -> None:
        """Show ``infos`` (newest first) and select the newest."""
        self.infos = list(infos)
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            cells = [format_when(info.created_at.isoformat(), short=True),
                     reason_label(info.reason), format_size(info.size)]  # fmt: skip
            cells += [self._count(info, key) for key in COUNT_KEYS]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(info.path.name)
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.infos)
        if self.infos:
            self.table.selectRow(0)
        self._on_selection_changed()

    @staticmethod
    def _count(info: BackupInfo, key: str) -> str:
        return format_count(info.counts[key]) if key in info.counts else "—"

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setVisible(bool(text))

    def _on_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _on_restore_clicked(self, *_args: object) -> None:
        info = self.selected()
        if info is not None:
            self.restore_requested.emit(info)
