"""The SKM dialogs of the workspace: the import preview (counts, every refused row with its
column and reason, the index the survey would get) and the summary typed by hand (how many
answered 1–4 per unsur). Neither writes: the panel saves what ``result()`` returns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KinerjaError
from desktop.core.skm import PERIODS, UNSUR, Counts, compute, period_label
from desktop.imports.plan import RowAction
from desktop.ui.formatting import format_count, format_decimal

if TYPE_CHECKING:  # the reader (openpyxl) loads when a file is imported, not at start-up
    from desktop.imports.skm_import import SkmPlan

PlanReader = Callable[[str, int | None], "SkmPlan"]


def period_combo(tahun: int, current: str) -> QComboBox:
    combo = QComboBox(objectName="skmPeriodCombo")
    for code in PERIODS:
        combo.addItem(period_label(code, tahun), code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def populasi_spin(value: int | None) -> QSpinBox:
    spin = QSpinBox(objectName="skmPopulasiSpin")
    spin.setRange(0, 10_000_000)
    spin.setSpecialValueText("—")
    spin.setValue(value or 0)
    return spin


class SkmImportDialog(QDialog):
    """``read(periode, populasi)`` builds the plan (reading only); OK means "save it"."""

    def __init__(
        self, read: PlanReader, tahun: int, periode: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("skmImportDialog")
        self.setWindowTitle(self.tr("Impor Responden SKM"))
        self._read = read
        self.plan: SkmPlan | None = None
        self.period = period_combo(tahun, periode)
        self.populasi = populasi_spin(None)
        self.counts = QLabel(objectName="skmImportCounts")
        self.counts.setWordWrap(True)
        self.outcome = QLabel(objectName="skmImportOutcome")
        self.outcome.setWordWrap(True)
        self.issues = QTableWidget(0, 3, objectName="skmImportIssues")
        self.issues.setHorizontalHeaderLabels(
            [self.tr("Baris"), self.tr("Kolom"), self.tr("Alasan")]
        )
        self.issues.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.issues.verticalHeader().setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Periode survei"), self.period)
        form.addRow(self.tr("P&opulasi penerima layanan"), self.populasi)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.counts)
        layout.addWidget(self.issues, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.period.currentIndexChanged.connect(self.reread)
        self.populasi.editingFinished.connect(self.reread)
        self.resize(720, 460)

    def reread(self, *_args: object) -> None:
        self.plan = self._read(self.period.currentData(), self.populasi.value() or None)
        self._show(self.plan)

    def _show(self, plan: SkmPlan) -> None:
        c = plan.counts()
        self.counts.setText(
            self.tr("Berkas %1: baru %2 · diubah %3 · sama %4 · ditolak %5 · dihapus %6")
            .replace("%1", plan.berkas).replace("%2", format_count(c[RowAction.BARU]))
            .replace("%3", format_count(c[RowAction.UBAH]))
            .replace("%4", format_count(c[RowAction.SAMA]))
            .replace("%5", format_count(c[RowAction.DITOLAK]))
            .replace("%6", format_count(plan.removed))
        )  # fmt: skip
        issues = [i for row in plan.rejected for i in row.issues]
        self.issues.setRowCount(len(issues))
        for n, issue in enumerate(issues):
            for column, text in enumerate((str(issue.row), issue.column, issue.message)):
                self.issues.setItem(n, column, QTableWidgetItem(text))
        self.issues.setVisible(bool(issues))
        result = plan.result
        self.outcome.setText(
            self.tr("Setelah diimpor: IKM %1, mutu %2 (%3), %4 responden.")
            .replace("%1", format_decimal(result.konversi, 2)).replace("%2", result.mutu.value)
            .replace("%3", result.mutu.kinerja).replace("%4", format_count(result.responden))
            if result else self.tr("Belum ada responden yang sah.")
        )  # fmt: skip
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(plan.changes)
        ok.setText(
            self.tr("Impor %Ln responden yang sah", "", len(plan.accepted))
            if plan.rejected else self.tr("Impor")
        )  # fmt: skip


class SkmRekapDialog(QDialog):
    """How many respondents answered 1, 2, 3 and 4 for each unsur; ``result()`` →
    (periode, counts, populasi)."""

    def __init__(self, tahun: int, periode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skmRekapDialog")
        self.setWindowTitle(self.tr("Ketik Rekap SKM"))
        self.period = period_combo(tahun, periode)
        self.populasi = populasi_spin(None)
        self.spins: list[list[QSpinBox]] = []
        grid = QGridLayout()
        for column, text in enumerate(("", "1", "2", "3", "4")):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        for unsur in UNSUR:
            grid.addWidget(QLabel(f"{unsur.kode} {unsur.nama}"), unsur.no, 0)
            row = []
            for answer in range(4):
                spin = QSpinBox(objectName=f"skmCount_{unsur.no}_{answer + 1}")
                spin.setRange(0, 1_000_000)
                spin.setAccessibleName(f"{unsur.kode} jawaban {answer + 1}")
                spin.valueChanged.connect(self._update)
                grid.addWidget(spin, unsur.no, answer + 1)
                row.append(spin)
            self.spins.append(row)
        self.preview = QLabel(objectName="skmRekapPreview")
        self.preview.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Periode survei"), self.period)
        form.addRow(self.tr("P&opulasi penerima layanan"), self.populasi)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self._update()

    def load(self, counts: list[Counts], populasi: int | None) -> None:
        for row, values in zip(self.spins, counts, strict=True):
            for spin, value in zip(row, values, strict=True):
                spin.setValue(value)
        self.populasi.setValue(populasi or 0)

    def counts(self) -> list[Counts]:
        return [(r[0].value(), r[1].value(), r[2].value(), r[3].value()) for r in self.spins]

    def validate(self) -> str:
        """The reason the counts are not a survey yet ("" when they are)."""
        try:
            compute(self.counts())
        except KinerjaError as exc:
            return exc.message()
        return ""

    def result(self) -> tuple[str, list[Counts], int | None]:
        return self.period.currentData(), self.counts(), self.populasi.value() or None

    def _update(self, *_args: object) -> None:
        problem = self.validate()
        if problem:
            self.preview.setText(problem)
            return
        result = compute(self.counts(), self.populasi.value() or None)
        self.preview.setText(
            self.tr("IKM %1 · mutu %2 (%3) · %4 responden")
            .replace("%1", format_decimal(result.konversi, 2)).replace("%2", result.mutu.value)
            .replace("%3", result.mutu.kinerja).replace("%4", format_count(result.responden))
        )  # fmt: skip

    def _on_ok(self) -> None:
        if not self.validate():
            self.accept()
