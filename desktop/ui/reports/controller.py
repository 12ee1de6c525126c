"""Cetak: the printed forms from the main window.

The menu acts on the host's ``Selection`` (the employee on the page in view, the unit in the
tree) for the year and period on the appraisal page (or chosen in a small dialog when that page
has not been opened); it gets the ``FeatureHost``, never the main window. Rendering, batch
printing and sending pages to a printer each run in a ``Task`` (own connection, progress,
cancel); the dialogs only show and ask.

A preview records nothing. The print log (what a verification code stands for) gets an entry
only once the form is really saved as PDF or went through the printer; a batch records its
forms when its files are complete; a cancelled print or batch records nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from desktop.core.access import Perm
from desktop.core.periods import Period, parse_period, periods_of_year
from desktop.store import prints
from desktop.store.units import get_office
from desktop.ui.errors import show_error
from desktop.ui.reports.batch_progress import FormsProgressBar
from desktop.ui.reports.jobs import BatchRequest, FormRequest, batch_job
from desktop.ui.reports.menu import ReportActions
from desktop.ui.reports.paper import normal_paper
from desktop.ui.reports.period_dialog import period_text
from desktop.ui.reports.preview_flow import STATUS_MS, PreviewFlow
from desktop.ui.reports.services import ReportPrompts
from desktop.ui.reports.target import print_period
from desktop.ui.tasks import Task

if TYPE_CHECKING:
    from desktop.reports.batch import BatchResult
    from desktop.ui.host import FeatureHost


class ReportsController(QObject):
    """Builds the Cetak menu on the host's window and runs what it asks for."""

    preview_opened = Signal(object)  # PreviewDialog
    batch_started = Signal(object)  # Task
    batch_finished = Signal(object)  # BatchSummaryDialog

    def __init__(self, host: FeatureHost) -> None:
        window = host.widget()
        super().__init__(window)
        self.host, self.window, self.selection = host, window, host.selection
        self.prompts = ReportPrompts(host.prompts, self)
        self.actions = ReportActions(window)
        for action in self.actions.person_actions:
            host.gate(action, Perm.PRINT_FORMS)
        for action in self.actions.unit_actions:
            host.gate(action, Perm.REPORTS)
        self.menu = QMenu(self.tr("&Cetak"), window)
        self.menu.setObjectName("reportsMenu")
        self.actions.fill_menu(self.menu)
        host.add_menu(self.menu)
        self._chosen: tuple[int, str] | None = None  # year and period from the chooser
        self.previews = PreviewFlow(host, lambda: self.prompts, self)
        self.previews.opened.connect(self.preview_opened)
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        a = self.actions
        a.skp.triggered.connect(partial(self.print_person_form, "skp"))
        a.evaluasi.triggered.connect(partial(self.print_person_form, "evaluasi"))
        a.dokumen.triggered.connect(partial(self.print_person_form, "dokumen"))
        a.batch.triggered.connect(self.start_batch)
        a.rekap.triggered.connect(self.print_rekap)
        a.verify.triggered.connect(self.open_verify)
        self.menu.aboutToShow.connect(self.refresh)
        self.selection.changed.connect(self.refresh)

    # -- state -----------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        """Person actions need a selected employee, unit actions a unit."""
        has_person = self.selection.person is not None
        has_unit = self.selection.unit is not None
        for action in self.actions.person_actions:
            action.setEnabled(has_person)
        for action in self.actions.unit_actions:
            action.setEnabled(has_unit)

    def office_paper(self) -> str:
        return normal_paper(prints.office_paper(self.host.db))

    def periods(self) -> list[Period]:
        return periods_of_year(get_office(self.host.db).periode_evaluasi)

    # -- single forms --------------------------------------------------------------------------
    def print_person_form(self, kind: str) -> None:
        """Preview the SKP / Evaluasi / Dokumen Evaluasi of the selected employee."""
        person = self.selection.person
        if person is None:
            self._tell(self.tr("Pilih seorang pegawai di tabel terlebih dahulu."))
            return

        def preview(tahun: int, periode: str) -> None:
            request = FormRequest(
                kind, tahun, periode, self.office_paper(), person.staff_id, person.nama,
                person.nip,
            )  # fmt: skip
            self.preview(request)

        self._with_period(kind != "skp", preview)

    def print_rekap(self) -> None:
        unit = self.selection.unit
        if unit is None:
            self._tell(self.tr("Pilih sebuah unit di pohon unit terlebih dahulu."))
            return

        def preview(tahun: int, periode: str) -> None:
            request = FormRequest(
                "rekap", tahun, periode, self.office_paper(), nama=unit.nama,
                unit_id=unit.unit_id, unit_kode=unit.kode,
            )  # fmt: skip
            self.preview(request)

        self._with_period(True, preview)

    def _with_period(self, need_period: bool, then: Callable[[int, str], None]) -> None:
        """Year and period from the appraisal page, else from the chooser."""
        found = self.selection.period
        if found is not None:
            then(*found)
            return
        from desktop.ui.reports.period_dialog import PeriodDialog

        periods = self.periods()
        tahun, periode = print_period(self.selection, self._chosen, periods, date.today())
        dialog = PeriodDialog(
            self.tr("Pilih Periode Cetak"), periods, tahun, periode,
            need_period=need_period, parent=self.window,
        )  # fmt: skip
        dialog.accepted.connect(partial(self._on_period_chosen, dialog, then))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_period_chosen(self, dialog: Any, then: Callable[[int, str], None]) -> None:
        self._chosen = dialog.values()
        then(*self._chosen)

    def preview(self, request: FormRequest) -> Task | None:
        """Render the form in the background, then open the preview."""
        return self.previews.open(request)

    # -- batch -----------------------------------------------------------------------------
    def start_batch(self) -> None:
        """Ask what to print for the selected unit, then print it in the background."""
        from desktop.ui.reports.batch_dialog import BatchDialog

        unit = self.selection.unit
        if unit is None:
            self._tell(self.tr("Pilih sebuah unit di pohon unit terlebih dahulu."))
            return
        periods = self.periods()
        tahun, periode = print_period(self.selection, self._chosen, periods, date.today())
        dialog = BatchDialog(
            unit, periods, tahun, periode, self.office_paper(), self.prompts, self.window
        )
        dialog.accepted.connect(partial(self._on_batch_accepted, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_batch_accepted(self, dialog: Any) -> None:
        self.run_batch(dialog.result())

    def run_batch(self, request: BatchRequest) -> Task:
        """The batch in the background: progress in forms, Cancel, a summary at the end."""
        label = (
            self.tr("Mencetak formulir %1, %2 %3…")
            .replace("%1", request.unit_nama)
            .replace("%2", period_text(parse_period(request.periode)))
            .replace("%3", str(request.tahun))
        )
        task = Task(self.window, label, self.host.db_path, partial(batch_job, request))
        task.progress.setBar(FormsProgressBar())
        task.progress.setMinimumWidth(460)
        task.succeeded.connect(partial(self._on_batch_done, request))
        task.failed.connect(partial(self._on_task_failed, self.window))
        task.cancelled.connect(self._on_batch_cancelled)
        self.batch_started.emit(task)
        return task.start()

    def _on_batch_done(self, request: BatchRequest, result: BatchResult) -> None:
        from desktop.ui.reports.batch_summary import BatchSummaryDialog

        dialog = BatchSummaryDialog(result, request, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.host.show_status(
            self.tr("Cetak massal selesai: %Ln formulir.", "", result.forms),
            STATUS_MS,
        )
        self.batch_finished.emit(dialog)

    def _on_batch_cancelled(self) -> None:
        self._tell(
            self.tr(
                "Cetak massal dibatalkan. Tidak ada berkas yang ditulis dan tidak ada yang dicatat."
            )
        )

    # -- verify and settings -------------------------------------------------------------------
    def open_verify(self) -> QWidget:
        from desktop.reports.verify import verify
        from desktop.ui.reports.verify_dialog import VerifyDialog

        dialog = VerifyDialog(partial(verify, self.host.db), self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- shared ----------------------------------------------------------------------------
    def _tell(self, text: str) -> None:
        self.prompts.info(self.window, self.tr("Cetak"), text)

    def _on_task_failed(self, parent: QWidget, exc: object) -> None:
        assert isinstance(exc, BaseException)
        show_error(parent, exc)
