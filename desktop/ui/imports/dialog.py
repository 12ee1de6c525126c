"""Import preview: what reading a spreadsheet would do, before anything is written.

Shows the counts (Baru / Diubah / Sama / Ditolak), recognised and ignored columns, every row
with its coloured status and what changes ("golongan III/b → III/c"), the rejected rows with
row number, column and reason, and the units the list names that are not on record, with a
"Buat unit baru (N)" checkbox and the near misses ("mungkin maksudnya …"), which are never
created. Ticking the box re-decides the rows without reading the file again. "Impor N baris"
emits ``import_requested`` (the caller confirms and applies the plan); "Tutup" is a dry run
that writes nothing.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from desktop.imports.headers import (
    EXPORT_COLUMNS,
    FIELD_LABELS,
    UNIT_KEY_LABELS,
    match_header,
    normalize_header,
)
from desktop.ui.formatting import format_count
from desktop.ui.imports.model import (
    ACTION_COLORS,
    NewUnitsModel,
    PlanRowsModel,
    RejectionsModel,
    action_label,
)
from desktop.ui.imports.notes import notes_label

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
        self.units_model = NewUnitsModel(list(plan.new_units), self)
        self.tabs = QTabWidget()
        self.rows_table = self._table(self.rows_model)
        self.rejections_table = self._table(self.rejections_model)
        self.tabs.addTab(self.rows_table, "")
        self.tabs.addTab(self.rejections_table, "")
        self.create_units_check = QCheckBox(objectName="createUnitsCheck")
        self.create_units_check.setChecked(plan.create_units)
        self.create_units_check.toggled.connect(self._on_create_units_toggled)
        self.hints_label = QLabel(objectName="unitHints")
        self.units_page = self._units_page()
        if plan.new_units or plan.hints:
            self.tabs.addTab(self.units_page, "")
        self._chips: dict[str, QLabel] = {}
        self.import_button = QPushButton(objectName="importButton")
        self.close_button = QPushButton(self.tr("Tutup"), objectName="closeButton")
        buttons = QDialogButtonBox()
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_import_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._summary())
        layout.addWidget(self._columns_label())
        layout.addWidget(notes_label(getattr(plan, "notes", [])))  # merged, formulas, hidden
        layout.addWidget(self.create_units_check)
        self.create_units_check.setVisible(bool(plan.new_units))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._refresh()
        if plan.rejected:
            self.tabs.setCurrentIndex(1)

    def _units_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                'Unit berikut disebut dalam berkas tetapi belum ada. Centang "Buat unit baru" '
                "untuk membuatnya bersama data pegawai (dalam satu penyimpanan); tanpa centang, "
                "baris pegawainya ditolak."
            )
        )
        note.setWordWrap(True)
        box.addWidget(note)
        self.units_table = self._table(self.units_model)
        box.addWidget(self.units_table, 1)
        self.hints_label.setWordWrap(True)
        self.hints_label.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.hints_label)
        return page

    def _on_create_units_toggled(self, checked: bool) -> None:
        self.plan.set_create_units(checked)
        self._refresh()

    def _refresh(self) -> None:
        """Counts, tab titles, lists and the import button after the plan was (re)decided."""
        plan = self.plan
        self.rows_model.set_rows(list(plan.rows))
        self.rejections_model.set_rows(list(plan.rows))
        self.units_model.set_units(list(plan.new_units))
        counts = {str(action): n for action, n in plan.counts().items()}
        for action, chip in self._chips.items():
            chip.setText(_chip_text(action, counts.get(action, 0)))
        self.tabs.setTabText(
            0, self.tr("Semua baris (%1)").replace("%1", format_count(len(plan.rows)))
        )
        self.tabs.setTabText(
            1, self.tr("Ditolak (%1)").replace("%1", format_count(len(plan.rejected)))
        )
        if self.tabs.indexOf(self.units_page) >= 0:
            self.tabs.setTabText(
                self.tabs.indexOf(self.units_page),
                self.tr("Unit baru (%1)").replace("%1", format_count(len(plan.new_units))),
            )
        self.create_units_check.setText(
            self.tr("Buat unit baru (%1)").replace("%1", format_count(len(plan.new_units)))
        )
        self.hints_label.setText(self._hints_text())
        self.hints_label.setVisible(bool(plan.hints))
        accepted = len(plan.accepted)
        self.import_button.setText(
            self.tr("Impor %1 baris", "", accepted).replace("%1", format_count(accepted))
        )
        self.import_button.setEnabled(accepted > 0)

    def _hints_text(self) -> str:
        lines = [
            self.tr("'%1' tidak dibuat — mungkin maksudnya <b>%2</b>? (baris %3)")
            .replace("%1", html.escape(hint.written))
            .replace("%2", html.escape(hint.suggestion))
            .replace("%3", ", ".join(str(r) for r in hint.rows))
            for hint in self.plan.hints
        ]
        return "<br>".join(lines)

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
        if model is self.units_model:
            table.setWordWrap(False)
            header.resizeSection(0, width("1.01.01.01") + 24)
            header.resizeSection(1, width("M") * 26)
            header.resizeSection(2, width("M") * 22)
            header.resizeSection(3, width("Subbidang/Seksi") + 24)
        elif model is self.rows_model:
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
        row = QHBoxLayout()
        for action in ("baru", "ubah", "sama", "ditolak"):
            fg, bg = ACTION_COLORS[action]
            chip = QLabel()
            self._chips[action] = chip
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


def _chip_text(action: str, count: int) -> str:
    return f"{action_label(action)}<br><b style='font-size:15pt'>{format_count(count)}</b>"


def _column_text(header: str, field: str) -> str:
    """The header as the operator wrote it; a synonym also names the field it fills
    ("Gol/Ruang → Golongan"), never the internal field name."""
    label = FIELD_LABELS.get(field, field)
    if field == "unit_id":  # several columns fill it: Unit Induk, UNOR_NAMA, Instansi ...
        label = UNIT_KEY_LABELS.get(match_header(header) or "", label)
        return (
            header
            if normalize_header(header) == normalize_header(label)
            else (f"{header} → {label}")
        )
    if normalize_header(header) in _EXPORT_HEADERS or normalize_header(header) == normalize_header(
        label
    ):
        return header
    return f"{header} → {label}"


_EXPORT_HEADERS = {normalize_header(label) for label, _key in EXPORT_COLUMNS}
