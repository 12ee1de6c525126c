"""Import preview: what reading a spreadsheet would do, before anything is written.

Shows the counts (Baru / Diubah / Sama / Ditolak), recognised and ignored columns, every row
with its coloured status, and the rejected rows with row number, column and reason. "Impor N
baris" emits ``import_requested`` (the caller confirms and applies the plan); "Tutup" is a dry
run that writes nothing.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.imports.headers import EXPORT_COLUMNS, FIELD_LABELS, normalize_header
from desktop.ui.formatting import format_count
from desktop.ui.imports.model import (
    ACTION_COLORS,
    PlanRowsModel,
    RejectionsModel,
    action_label,
)

_WRAP_LIMIT = 2000  # rows of reasons measured for word wrap; beyond that, tooltips


class ImportPreviewDialog(QDialog):
    import_requested = Signal()

    def __init__(self, plan: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.plan = plan
        self.setWindowTitle(self.tr("Pratinjau Impor — %1").replace("%1", plan.path.name))
        self.setMinimumSize(940, 560)
        self.rows_model = PlanRowsModel(list(plan.rows), self)
        self.rejections_model = RejectionsModel.from_rows(list(plan.rows), self)
        self.tabs = QTabWidget()
        self.rows_table = self._table(self.rows_model)
        self.rejections_table = self._table(self.rejections_model)
        self.tabs.addTab(
            self.rows_table, self.tr("Semua baris (%1)").replace("%1", format_count(len(plan.rows)))
        )
        self.tabs.addTab(
            self.rejections_table,
            self.tr("Ditolak (%1)").replace("%1", format_count(len(plan.rejected))),
        )
        accepted = len(plan.accepted)
        self.import_button = QPushButton(
            self.tr("Impor %1 baris").replace("%1", format_count(accepted)),
            objectName="importButton",
        )
        self.import_button.setEnabled(accepted > 0)
        self.close_button = QPushButton(self.tr("Tutup"), objectName="closeButton")
        buttons = QDialogButtonBox()
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_import_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._summary())
        layout.addWidget(self._columns_label())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        if plan.rejected:
            self.tabs.setCurrentIndex(1)

    def _table(self, model: Any) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        width = self.fontMetrics().horizontalAdvance
        header.resizeSection(0, width("Baris") + 28)
        if model is self.rows_model:
            table.setWordWrap(False)
            header.resizeSection(1, width("19860926 201505 1 001") + 24)
            header.resizeSection(2, width("M") * 18)
            header.resizeSection(3, width("Ditolak") + 32)
        else:  # reasons are sentences: wrap them while the list is short enough to measure
            header.resizeSection(1, width("M") * 10)
            table.setWordWrap(True)
            if model.rowCount() <= _WRAP_LIMIT:
                table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _summary(self) -> QHBoxLayout:
        counts = {str(action): n for action, n in self.plan.counts().items()}
        row = QHBoxLayout()
        for action in ("baru", "ubah", "sama", "ditolak"):
            fg, bg = ACTION_COLORS[action]
            chip = QLabel(
                f"{action_label(action)}<br><b style='font-size:15pt'>"
                f"{format_count(counts.get(action, 0))}</b>"
            )
            chip.setObjectName(f"count_{action}")
            chip.setFrameShape(QFrame.Shape.StyledPanel)
            chip.setStyleSheet(
                f"QLabel {{ color: {fg}; background: {bg}; border-radius: 6px;"
                f" padding: 6px 14px; }}"
            )
            row.addWidget(chip)
        row.addStretch(1)
        return row

    def _columns_label(self) -> QLabel:
        known = html.escape(
            ", ".join(_column_text(header, field) for header, field in self.plan.columns.items())
        )
        ignored = html.escape(", ".join(self.plan.ignored_columns))
        label = QLabel(
            self.tr("<b>Kolom dikenali:</b> %1<br><b>Kolom diabaikan:</b> %2")
            .replace("%1", known or "—")
            .replace("%2", ignored or "—")
        )
        label.setObjectName("columnsLabel")
        label.setWordWrap(True)
        return label

    def _on_import_clicked(self) -> None:
        if self.plan.accepted:
            self.import_requested.emit()


def _column_text(header: str, field: str) -> str:
    """The header as the operator wrote it; a synonym also names the field it fills
    ("Gol/Ruang → Golongan"), never the internal field name."""
    if normalize_header(header) in _EXPORT_HEADERS:
        return header
    return f"{header} → {FIELD_LABELS.get(field, field)}"


_EXPORT_HEADERS = {normalize_header(label) for label, _key in EXPORT_COLUMNS}
