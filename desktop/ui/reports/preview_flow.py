"""The preview's life: render the form in a worker, show it, lay it out again on the other
paper, save it as PDF, send it to a printer. A preview records nothing; saving records the
form's code once the file is written, printing once every page went to the printer.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter

from desktop.core.errors import KinerjaError
from desktop.ui.errors import show_error
from desktop.ui.reports.jobs import FormRequest, print_job, render_job
from desktop.ui.reports.printer import prepare_printer
from desktop.ui.tasks import Task

if TYPE_CHECKING:
    from desktop.reports.printing import Printed
    from desktop.ui.host import FeatureHost
    from desktop.ui.reports.preview import PreviewDialog
    from desktop.ui.reports.services import ReportPrompts

STATUS_MS = 8000


class PreviewFlow(QObject):
    opened = Signal(object)  # PreviewDialog

    def __init__(
        self, host: FeatureHost, prompts: Callable[[], ReportPrompts], parent: QObject
    ) -> None:
        """``prompts`` gives the Cetak questions in use (tests swap them after start-up)."""
        super().__init__(parent)
        self.host, self.prompts = host, prompts
        self.window = host.widget()  # parent of the preview and its workers
        self._rendering: Task | None = None

    def open(self, request: FormRequest) -> Task | None:
        """Render the form in the background, then open the preview (one at a time: a
        second key press while the first renders is ignored)."""
        if self._rendering is not None:
            return None
        task = Task(
            self.window, self.tr("Menyiapkan pratinjau…"), self.host.db_path,
            partial(render_job, request),
        )  # fmt: skip
        task.succeeded.connect(partial(self._on_rendered, request))
        task.failed.connect(partial(self._on_task_failed, self.window))
        self._rendering = task
        for outcome in (task.succeeded, task.failed, task.cancelled):
            outcome.connect(self._on_render_ended)
        return task.start()

    def _on_render_ended(self, *_args: object) -> None:
        self._rendering = None

    def _on_rendered(self, request: FormRequest, printed: Printed) -> None:
        from desktop.ui.reports.preview import PreviewDialog

        dialog = PreviewDialog(printed, self.window)
        screen = self.window.screen().availableGeometry()
        dialog.resize(min(1000, screen.width() - 80), max(560, screen.height() - 80))
        dialog.paper_changed.connect(partial(self._on_preview_paper_changed, dialog, request))
        dialog.print_requested.connect(partial(self.print_preview, dialog))
        dialog.save_requested.connect(partial(self.save_preview, dialog, request))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.view.setFocus()
        self.opened.emit(dialog)

    def _on_preview_paper_changed(
        self, dialog: PreviewDialog, request: FormRequest, paper: str
    ) -> None:
        task = Task(
            dialog, self.tr("Menyusun ulang…"), self.host.db_path,
            partial(render_job, request.with_paper(paper)),
        )  # fmt: skip
        task.succeeded.connect(partial(self._on_preview_rerendered, dialog))
        task.failed.connect(partial(self._on_preview_task_failed, dialog))
        task.cancelled.connect(partial(self._on_preview_task_cancelled, dialog))
        task.start()

    def _on_preview_rerendered(self, dialog: PreviewDialog, printed: Printed) -> None:
        dialog.set_printed(printed)
        dialog.show_status("")

    def _on_preview_task_failed(self, dialog: PreviewDialog, exc: object) -> None:
        dialog.set_busy(False)
        dialog.paper.set_paper(dialog.printed.paper)
        dialog.show_status("")
        assert isinstance(exc, BaseException)
        show_error(dialog, exc)

    def _on_preview_task_cancelled(self, dialog: PreviewDialog) -> None:
        dialog.set_busy(False)
        dialog.paper.set_paper(dialog.printed.paper)
        dialog.show_status(self.tr("Dibatalkan; tidak ada yang dicetak atau dicatat."))

    # -- save and print ------------------------------------------------------------------------
    def save_preview(self, dialog: PreviewDialog, request: FormRequest) -> None:
        """Save the previewed PDF and record its code."""
        from desktop.reports.printing import save_pdf
        from desktop.reports.verification import register

        printed = dialog.printed
        path = self.prompts().save_pdf(dialog, self.tr("Simpan PDF"), suggested_name(request))
        if path is None:
            return
        try:
            save_pdf(path, printed.pdf)
            register(self.host.db, printed.sealed)
        except KinerjaError as exc:
            show_error(dialog, exc)
            return
        text = self.tr("Tersimpan ke %1. Kode verifikasi %2 tercatat.")
        text = text.replace("%1", str(path)).replace("%2", printed.code)
        dialog.show_status(text)
        self.host.show_status(text, STATUS_MS)

    def print_preview(self, dialog: PreviewDialog) -> Task | None:
        """The system print dialog, then the pages to the printer in the background."""
        printed = dialog.printed
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, printed.paper, printed.title)
        if not self.prompts().setup_printer(dialog, printer, dialog.page_count_shown()):
            return None
        dialog.set_busy(True)
        dialog.show_status(self.tr("Mengirim ke printer…"))
        task = Task(
            dialog, self.tr("Mencetak %1…").replace("%1", printed.title), self.host.db_path,
            partial(print_job, printed, printer, dialog.current_page()),
        )  # fmt: skip
        task.succeeded.connect(partial(self._on_printed, dialog, printer))
        task.failed.connect(partial(self._on_preview_task_failed, dialog))
        task.cancelled.connect(partial(self._on_preview_task_cancelled, dialog))
        return task.start()

    def _on_printed(self, dialog: PreviewDialog, printer: QPrinter, pages: int) -> None:
        name = printer.printerName() or printer.outputFileName()
        text = (
            self.tr("%1: %2 halaman dikirim ke %3. Kode verifikasi %4 tercatat.")
            .replace("%1", dialog.printed.title)
            .replace("%2", str(pages))
            .replace("%3", name)
            .replace("%4", dialog.printed.code)
        )
        self.host.show_status(text, STATUS_MS)
        dialog.accept()

    def _on_task_failed(self, parent: object, exc: object) -> None:
        assert isinstance(exc, BaseException)
        show_error(parent, exc)  # type: ignore[arg-type]


def suggested_name(request: FormRequest) -> str:
    """``SKP-2026-198609262015052001-Siti-Nurhaliza.pdf``, ``Rekap-TW1-2026-1.03.pdf``."""
    from desktop.reports.batch import slug

    if request.kind == "rekap":
        return f"Rekap-{request.periode}-{request.tahun}-{request.unit_kode}.pdf"
    prefix = {"skp": "SKP", "evaluasi": "Evaluasi", "dokumen": "Dokumen-Evaluasi"}[request.kind]
    when = str(request.tahun) if request.kind == "skp" else f"{request.periode}-{request.tahun}"
    return f"{prefix}-{when}-{request.nip}-{slug(request.nama)}.pdf"
