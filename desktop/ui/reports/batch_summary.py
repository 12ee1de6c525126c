"""After a batch: what was written where, and who was left out and why (no SKP, no evaluation
for the period), so the operator knows whose paper is still missing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.nip import format_nip
from desktop.ui.formatting import format_count, format_decimal
from desktop.ui.reports.jobs import BatchRequest

if TYPE_CHECKING:
    from desktop.reports.batch import BatchResult


def kind_label(kind: str) -> str:
    labels = {
        "skp": QCoreApplication.translate("Reports", "SKP"),
        "evaluasi": QCoreApplication.translate("Reports", "Evaluasi Kinerja"),
        "dokumen": QCoreApplication.translate("Reports", "Dokumen Evaluasi"),
        "rekap": QCoreApplication.translate("Reports", "Rekap Predikat"),
    }
    return labels.get(kind, kind)


def reason_label(reason: str) -> str:
    """The batch's reasons (Indonesian) through the translator."""
    labels = {
        "belum ada SKP": QCoreApplication.translate("Reports", "belum ada SKP"),
        "belum ada evaluasi periode ini": QCoreApplication.translate(
            "Reports", "belum ada evaluasi periode ini"
        ),
    }
    return labels.get(reason, reason)


def skipped_rows(result: BatchResult) -> list[tuple[str, str, str, str]]:
    """One row per person and reason: NIP, name, the forms left out, why."""
    grouped: dict[tuple[str, str, str], list[str]] = {}
    for item in result.skipped:
        grouped.setdefault((item.nip, item.nama, item.reason), []).append(kind_label(item.kind))
    return [
        (format_nip(nip), nama, ", ".join(kinds), reason_label(reason))
        for (nip, nama, reason), kinds in grouped.items()
    ]


class BatchSummaryDialog(QDialog):
    def __init__(
        self, result: BatchResult, request: BatchRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchSummary")
        self.setWindowTitle(self.tr("Cetak massal selesai"))
        self.setMinimumSize(860, 360)
        self.result = result
        self.folder = request.out if request.separate else request.out.parent
        heading = QLabel(self.tr("Cetak massal selesai"), objectName="dialogHeading")
        self.summary = QLabel(self._summary(result, request), objectName="batchSummaryText")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows = skipped_rows(result)
        self.skipped = self._skipped_table(rows)
        skipped_label = QLabel(
            self._skipped_text(len(rows), len(result.skipped)), objectName="skippedLabel"
        )
        skipped_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Buka folder"), objectName="openFolder")
        close = QPushButton(self.tr("&Tutup"), objectName="closeButton")
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self._on_open_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(skipped_label)
        layout.addWidget(self.skipped, 1)
        self.skipped.setVisible(bool(result.skipped))
        layout.addWidget(buttons)
        close.setDefault(True)
        self.open_button.setAutoDefault(False)
        close.setFocus()

    def _summary(self, result: BatchResult, request: BatchRequest) -> str:
        where = str(request.out) if request.separate else str(result.files[0])
        files = len(result.files)
        counts = ", ".join(  # each count with its own plural form
            [
                self.tr("%1 formulir", "", result.forms).replace("%1", format_count(result.forms)),
                self.tr("%1 halaman", "", result.pages).replace("%1", format_count(result.pages)),
                self.tr("%1 berkas", "", files).replace("%1", format_count(files)),
            ]
        )
        return (
            self.tr("%1, dalam %2 detik.\nDisimpan di: %3")
            .replace("%1", counts)
            .replace("%2", format_decimal(result.seconds))
            .replace("%3", where)
        )

    def _skipped_text(self, people: int, forms: int) -> str:
        if not people:
            return self.tr("Tidak ada pegawai yang dilewati.")
        return (
            self.tr(
                "%1 pegawai dilewati (%2 formulir) karena datanya belum ada. Lengkapi di "
                "halaman Penilaian Kinerja, lalu cetak formulir mereka:",
                "",
                people,
            )
            .replace("%1", format_count(people))
            .replace("%2", format_count(forms))
        )

    def _skipped_table(self, rows: list[tuple[str, str, str, str]]) -> QTableWidget:
        table = QTableWidget(len(rows), 4, objectName="skippedTable")
        table.setHorizontalHeaderLabels(
            [self.tr("NIP"), self.tr("Nama"), self.tr("Formulir"), self.tr("Alasan")]
        )
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def _on_open_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.folder))))
