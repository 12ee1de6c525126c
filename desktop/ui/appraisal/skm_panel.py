"""Beside capaian kinerja organisasi on the workspace: the unit's Survei Kepuasan Masyarakat
(index, mutu, respondents against the minimum sample, weakest unsur), its trend across
periods, the citizen feedback about the unit's staff, and what an operator does with it
(import respondents, type the summary, the follow-up plan, print or export the report).

Saves go through ``store.skm``; the dialogs only return what was chosen."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dates import format_date_short
from desktop.core.errors import KinerjaError
from desktop.core.skm import survey_periods_for
from desktop.store import skm as skm_store
from desktop.store.skm import SkmEvidence
from desktop.ui import file_dialogs
from desktop.ui.appraisal.services import AppraisalPrompts
from desktop.ui.appraisal.skm_dialogs import SkmImportDialog, SkmRekapDialog
from desktop.ui.appraisal.skm_view import SkmSummary, TrendChart, trend_points
from desktop.ui.formatting import format_count

_SENTIMENT = {"positif": "#1e6b2e", "negatif": "#a3261c"}


class SkmPanel(QFrame):
    """``show_unit(unit_id, unit_ids, tahun, periode)`` redraws; ``skm_saved`` after a save."""

    skm_saved = Signal()

    def __init__(
        self, db: sqlite_utils.Database, prompts: AppraisalPrompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("skmPanel")
        self.db, self.prompts = db, prompts
        self.unit_id: int | None = None
        self.unit_ids: set[int] = set()
        self.tahun, self.periode = 0, "TW1"
        self.evidence: SkmEvidence | None = None
        self.title = QLabel(self.tr("<b>Kepuasan masyarakat (SKM) unit</b>"))
        self.summary = SkmSummary()
        self.trend = TrendChart()
        self.feedback_title = QLabel(objectName="skmFeedbackTitle")
        self.feedback_title.setWordWrap(True)  # the panel fits a 300-pixel column
        self.feedback = QListWidget(objectName="skmFeedbackList")
        self.feedback.setWordWrap(True)
        self.feedback.setMaximumHeight(90)
        self.feedback.setAccessibleName(self.tr("Umpan balik masyarakat unit ini"))
        self.menu_button = QPushButton(self.tr("Kelola SKM"), objectName="skmMenuButton")
        self.actions = self._build_menu()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 0, 0)
        for widget in (self.title, self.summary, self.trend, self.feedback_title, self.feedback):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.menu_button)

    def _build_menu(self) -> dict[str, QAction]:
        menu = QMenu(self)
        actions = {
            "import": menu.addAction(self.tr("Impor jawaban responden…")),
            "rekap": menu.addAction(self.tr("Ketik rekap jawaban…")),
            "plan": menu.addAction(self.tr("Rencana tindak lanjut…")),
            "print": menu.addAction(self.tr("Cetak Laporan Hasil SKM…")),
            "export": menu.addAction(self.tr("Ekspor ke Excel…")),
        }
        actions["import"].triggered.connect(self.import_file)
        actions["rekap"].triggered.connect(self.type_rekap)
        actions["plan"].triggered.connect(self.edit_plan)
        actions["print"].triggered.connect(self.print_report)
        actions["export"].triggered.connect(self.export_sheet)
        self.menu_button.setMenu(menu)
        return actions

    # -- showing --------------------------------------------------------------------------------
    def show_unit(self, unit_id: int | None, unit_ids: set[int], tahun: int, periode: str) -> None:
        self.unit_id, self.unit_ids, self.tahun, self.periode = unit_id, unit_ids, tahun, periode
        self.reload()

    def reload(self) -> None:
        self.evidence = (
            skm_store.unit_evidence(self.db, self.unit_id, self.unit_ids, self.tahun, self.periode)
            if self.unit_id is not None
            else None
        )
        self.summary.show_evidence(self.evidence)
        self.trend.set_points(trend_points(self.evidence))
        self._show_feedback(self.evidence)
        has_unit, has_survey = (
            self.unit_id is not None,
            bool(self.evidence and self.evidence.survey),
        )
        self.menu_button.setEnabled(has_unit)
        for key in ("plan", "print", "export"):
            self.actions[key].setEnabled(has_survey)

    def _show_feedback(self, evidence: SkmEvidence | None) -> None:
        items = list(evidence.feedback) if evidence else []
        self.feedback_title.setText(
            self.tr("Umpan balik masyarakat atas pegawai unit ini (%1)").replace(
                "%1", format_count(evidence.feedback_total if evidence else 0)
            )
        )
        self.feedback.clear()
        for nama, entry in items:
            when = format_date_short(entry.tanggal) if entry.tanggal else "—"
            item = QListWidgetItem(f"{when} · {nama}\n{entry.isi}")
            if entry.sentimen in _SENTIMENT:
                item.setForeground(QBrush(QColor(_SENTIMENT[entry.sentimen])))
            self.feedback.addItem(item)
        self.feedback.setVisible(bool(items))

    def survey_period(self) -> str:
        """The survey an operator most likely means: the one for the workspace's period."""
        return survey_periods_for(self.periode)[0]

    # -- actions --------------------------------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        """Modal; tests replace it to fill the dialog and accept."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def import_file(self) -> None:
        files = self.prompts.open_files(self, self.tr("Impor jawaban responden SKM"))
        if self.unit_id is None or not files:
            return
        unit_id, path = self.unit_id, Path(files[0])

        def read(periode: str, populasi: int | None):
            from desktop.imports.skm_import import read_plan

            return read_plan(self.db, path, unit_id=unit_id, tahun=self.tahun, periode=periode,
                             populasi=populasi)  # fmt: skip

        try:
            dialog = SkmImportDialog(read, self.tahun, self.survey_period(), self)
            dialog.reread()
        except KinerjaError as exc:
            self.prompts.error(self, exc)
            return
        if not self.run_dialog(dialog) or dialog.plan is None:
            return
        from desktop.imports.skm_import import apply_plan

        self._save(lambda: apply_plan(self.db, dialog.plan))

    def type_rekap(self) -> None:
        if self.unit_id is None:
            return
        dialog = SkmRekapDialog(self.tahun, self.survey_period(), self)
        survey = skm_store.get_survey(self.db, self.unit_id, self.tahun, self.survey_period())
        if survey is not None and survey.id is not None:
            dialog.load(skm_store.rekap(self.db, survey.id), survey.populasi)
        if not self.run_dialog(dialog):
            return
        periode, counts, populasi = dialog.result()
        unit_id = self.unit_id
        self._save(lambda: skm_store.save_rekap(self.db, unit_id, self.tahun, periode, counts,
                                                populasi=populasi))  # fmt: skip

    def ask_plan(self, current: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Rencana tindak lanjut"),
            self.tr("Rencana tindak lanjut atas unsur yang terendah:"), current,
        )  # fmt: skip
        return text if ok else None

    def edit_plan(self) -> None:
        survey = self.evidence.survey if self.evidence else None
        if survey is None or survey.id is None:
            return
        text = self.ask_plan(survey.rencana_tindak_lanjut)
        if text is not None:
            self._save(lambda: skm_store.set_follow_up(self.db, survey.id, text))

    def print_report(self) -> None:
        self._write(self.tr("Simpan Laporan Hasil SKM"), self.tr("PDF (*.pdf)"), ".pdf")

    def export_sheet(self) -> None:
        self._write(self.tr("Ekspor hasil SKM"), self.tr("Buku kerja Excel (*.xlsx)"), ".xlsx")

    def _write(self, title: str, filters: str, suffix: str) -> None:
        evidence = self.evidence
        if evidence is None or evidence.survey is None:
            return
        survey = evidence.survey
        suggested = f"SKM {evidence.unit_nama} {survey.periode} {survey.tahun}{suffix}"
        name, _filter = file_dialogs.save_file(self, title, filters, suggested)
        if name:
            self.write_file(Path(name), suffix)

    def write_file(self, path: Path, suffix: str) -> None:
        """The report (.pdf) or the workbook (.xlsx) of the survey shown."""
        evidence = self.evidence
        if evidence is None or evidence.survey is None:
            return
        survey = evidence.survey
        try:
            if suffix == ".pdf":
                from desktop.reports import skm as skm_pdf
                from desktop.reports.printing import save_pdf
                from desktop.reports.skm_data import skm_report

                report = skm_report(self.db, evidence.unit_id, survey.tahun, survey.periode)
                save_pdf(path, skm_pdf.render(report))
            else:
                from desktop.imports.skm_export import export_skm

                export_skm(self.db, evidence.unit_id, survey.tahun, path, survey.periode)
        except KinerjaError as exc:
            self.prompts.error(self, exc)

    def _save(self, work) -> None:
        try:
            work()
        except KinerjaError as exc:
            self.prompts.error(self, exc)
            return
        self.reload()
        self.skm_saved.emit()
