"""The print preview: the rendered form in Qt's PDF viewer, page by page, with zoom, the paper
choice, and the two ways out (Cetak, Simpan PDF).

The dialog only shows and asks: ``paper_changed`` asks the controller to render again on the
other paper (``set_printed`` brings the new PDF), ``print_requested`` and ``save_requested``
ask it to print or save. Nothing is recorded until one of those has really happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.nip import format_nip
from desktop.core.periods import parse_period
from desktop.ui import shortcuts
from desktop.ui.reports.paper import PaperCombo
from desktop.ui.reports.period_dialog import period_text

if TYPE_CHECKING:
    from desktop.reports.printing import Printed

ZOOM_STEPS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


class PreviewDialog(QDialog):
    paper_changed = Signal(str)
    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, printed: Printed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setMinimumSize(760, 560)
        self.printed = printed
        self.busy = False
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.heading = QLabel(objectName="dialogHeading")
        self.heading.setWordWrap(True)
        self.subject = QLabel(objectName="previewSubject")
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(objectName="previewDetails")
        self.draft_note = QLabel(objectName="draftNote")
        self.draft_note.setWordWrap(True)
        self.draft_note.setProperty("severity", "warning")
        self.status = QLabel(objectName="previewStatus")
        self.status.setWordWrap(True)
        self.page_spin = QSpinBox(objectName="pageSpin")
        self.page_spin.setKeyboardTracking(False)
        self.page_count = QLabel()
        self.zoom_label = QLabel(objectName="zoomLabel")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paper = PaperCombo(printed.paper, objectName="previewPaper")
        self.paper.setToolTip(self.tr("Ukuran kertas cetakan ini (bawaan: pengaturan kantor)"))
        self.print_button = QPushButton(self.tr("&Cetak…"), objectName="printButton")
        self.save_button = QPushButton(self.tr("&Simpan PDF…"), objectName="savePdfButton")
        self.close_button = QPushButton(self.tr("&Tutup"), objectName="closeButton")
        self._build()
        self._connect()
        self.set_printed(printed)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        paper_caption = QLabel(self.tr("&Kertas"))
        paper_caption.setBuddy(self.paper)
        facts = QHBoxLayout()
        facts.addWidget(self.details, 1)
        facts.addWidget(paper_caption)
        facts.addWidget(self.paper)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subject)
        layout.addLayout(facts)
        layout.addWidget(self.draft_note)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.setToolTip(self.tr("Cetak lewat printer (Ctrl+P)"))
        self.save_button.setToolTip(self.tr("Simpan sebagai berkas PDF (Ctrl+S)"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.print_button.setDefault(True)  # once inside the dialog, or Qt picks the first
        self.save_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        self.view.viewport().installEventFilter(self)

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(objectName="previewToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.previous_action = self._action("◀", self.tr("Halaman sebelumnya"), "previous_page")
        self.next_action = self._action("▶", self.tr("Halaman berikutnya"), "next_page")
        self.zoom_out_action = self._action("−", self.tr("Perkecil"), "zoom_out")
        self.zoom_in_action = self._action("+", self.tr("Perbesar"), "zoom_in")
        self.fit_width_action = self._action(
            self.tr("Selebar jendela"), self.tr("Selebar jendela"), "fit_width"
        )
        self.fit_page_action = self._action(
            self.tr("Satu halaman"), self.tr("Satu halaman penuh"), "fit_page"
        )
        self.print_action = self._action("", "", "print")
        self.save_action = self._action("", "", "save_pdf")
        page_caption = QLabel(self.tr("&Halaman"))
        page_caption.setBuddy(self.page_spin)
        bar.addAction(self.previous_action)
        bar.addWidget(_padded(page_caption))
        bar.addWidget(self.page_spin)
        bar.addWidget(_padded(self.page_count))
        bar.addAction(self.next_action)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        bar.addWidget(self.zoom_label)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_width_action)
        bar.addAction(self.fit_page_action)
        return bar

    def _action(self, text: str, tip: str, keys: str) -> QAction:
        """``keys`` is the action's name in ``desktop.ui.shortcuts.TABLE``."""
        action = shortcuts.apply(QAction(text, self), keys)
        if tip:
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self.addAction(action)  # shortcuts work even for actions not on the toolbar
        return action

    def _connect(self) -> None:
        self.previous_action.triggered.connect(self._on_previous_triggered)
        self.next_action.triggered.connect(self._on_next_triggered)
        self.zoom_in_action.triggered.connect(self._on_zoom_in_triggered)
        self.zoom_out_action.triggered.connect(self._on_zoom_out_triggered)
        self.fit_width_action.triggered.connect(self._on_fit_width_triggered)
        self.fit_page_action.triggered.connect(self._on_fit_page_triggered)
        self.print_action.triggered.connect(self.print_button.click)
        self.save_action.triggered.connect(self.save_button.click)
        self.page_spin.valueChanged.connect(self._on_page_spin_changed)
        self.view.pageNavigator().currentPageChanged.connect(self._on_current_page_changed)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self.paper.activated.connect(self._on_paper_activated)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.close_button.clicked.connect(self.reject)

    # -- public --------------------------------------------------------------------------------
    def set_printed(self, printed: Printed) -> None:
        """Show a (new) rendering: the PDF, its title, code, pages and paper."""
        self.printed = printed
        buffer = QBuffer(self)
        buffer.setData(QByteArray(printed.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        pages = self.document.pageCount()
        self.setWindowTitle(self.tr("Pratinjau Cetak — %1").replace("%1", printed.title))
        heading, subject = describe(printed)
        self.heading.setText(heading)
        self.subject.setText(subject)
        self.details.setText(
            self.tr("Kode verifikasi %1 · %n halaman", "", pages).replace("%1", printed.code)
        )
        self._show_draft_note()
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, max(1, pages))
        self.page_spin.setValue(1)
        self.page_spin.blockSignals(False)
        self.page_count.setText(self.tr("dari %1").replace("%1", str(pages)))
        self.paper.set_paper(printed.paper)
        self.set_busy(False)
        self._update_navigation(0)
        self._show_zoom()

    def set_busy(self, busy: bool) -> None:
        """While a new rendering or a print job runs (its task belongs to this dialog),
        nothing can be pressed twice and the dialog does not close."""
        self.busy = busy
        for widget in (self.print_button, self.save_button, self.paper, self.close_button):
            widget.setEnabled(not busy)
        for action in (self.print_action, self.save_action):
            action.setEnabled(not busy)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def page_count_shown(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page in view (0-based)."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        if 0 <= index < self.document.pageCount():
            navigator = self.view.pageNavigator()
            navigator.jump(index, QPointF(), navigator.currentZoom())

    # -- slots ---------------------------------------------------------------------------------
    def _show_draft_note(self) -> None:
        forms = [s.form for s in self.printed.sealed]
        draft = any(not getattr(form, "final", True) for form in forms)
        self.draft_note.setVisible(draft)
        if draft:
            self.draft_note.setText(
                self.tr(
                    "Formulir ini belum disetujui/ditetapkan, sehingga tercetak dengan tanda "
                    "KONSEP. Cetak ulang setelah ditetapkan untuk ditandatangani."
                )
            )

    def _on_previous_triggered(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _on_next_triggered(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _on_page_spin_changed(self, value: int) -> None:
        self.go_to_page(value - 1)

    def _on_current_page_changed(self, index: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(index + 1)
        self.page_spin.blockSignals(False)
        self._update_navigation(index)

    def _update_navigation(self, index: int) -> None:
        pages = self.document.pageCount()
        self.previous_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < pages - 1)

    def _zoom_to(self, factor: float) -> None:
        self._set_zoom(QPdfView.ZoomMode.Custom, factor)

    def _set_zoom(self, mode: QPdfView.ZoomMode, factor: float | None = None) -> None:
        """Change the zoom and stay at the same place in the document (QPdfView would keep
        the pixel offset, which is another page at another zoom)."""
        bar = self.view.verticalScrollBar()
        where = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        self.view.setZoomMode(mode)
        if factor is not None:
            self.view.setZoomFactor(factor)
        bar.setValue(round(where * bar.maximum()))

    def _effective_zoom(self) -> float:
        """The zoom shown, also in the fit modes (the navigator knows the real one)."""
        if self.view.zoomMode() is QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        width = self.view.viewport().width() - 2 * self.view.pageSpacing()
        points = self.document.pagePointSize(max(0, self.current_page()))
        if points.width() <= 0:
            return 1.0
        pixels_per_point = self.logicalDpiX() / 72
        fit = width / (points.width() * pixels_per_point)
        if self.view.zoomMode() is QPdfView.ZoomMode.FitInView:
            height = self.view.viewport().height() - 2 * self.view.pageSpacing()
            fit = min(fit, height / (points.height() * pixels_per_point))
        return max(0.1, fit)

    def _on_zoom_in_triggered(self) -> None:
        now = self._effective_zoom()
        self._zoom_to(next((z for z in ZOOM_STEPS if z > now + 0.01), ZOOM_STEPS[-1]))

    def _on_zoom_out_triggered(self) -> None:
        now = self._effective_zoom()
        self._zoom_to(next((z for z in reversed(ZOOM_STEPS) if z < now - 0.01), ZOOM_STEPS[0]))

    def _on_fit_width_triggered(self) -> None:
        self._set_zoom(QPdfView.ZoomMode.FitToWidth)

    def _on_fit_page_triggered(self) -> None:
        self._set_zoom(QPdfView.ZoomMode.FitInView)

    def _show_zoom(self, *_args: object) -> None:
        self.zoom_label.setText(f"{round(self._effective_zoom() * 100)} %")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() is QEvent.Type.Resize:
            self._show_zoom()  # the fit modes change the zoom with the window
        return super().eventFilter(watched, event)

    def _on_paper_activated(self, _index: int) -> None:
        paper = self.paper.paper()
        if paper != self.printed.paper:
            self.set_busy(True)
            self.show_status(
                self.tr("Menyusun ulang untuk kertas %1…").replace("%1", paper.upper())
            )
            self.paper_changed.emit(paper)


def kind_title(kind: str) -> str:
    titles = {
        "skp": QCoreApplication.translate("Reports", "Sasaran Kinerja Pegawai"),
        "evaluasi": QCoreApplication.translate("Reports", "Evaluasi Kinerja Pegawai"),
        "dokumen": QCoreApplication.translate("Reports", "Dokumen Evaluasi Kinerja Pegawai"),
        "rekap": QCoreApplication.translate("Reports", "Rekapitulasi Predikat Kinerja"),
    }
    return titles.get(kind, kind)


def describe(printed: Printed) -> tuple[str, str]:
    """("Dokumen Evaluasi Kinerja Pegawai — Triwulan IV 2025", "Nama, gelar · NIP …"): what
    the operator checks before printing: the right form, period and person."""
    if not printed.sealed:
        return printed.title, ""
    form = printed.sealed[0].form
    kind = form.kind.value
    when = str(form.tahun)
    if form.periode:
        when = f"{period_text(parse_period(form.periode))} {form.tahun}"
    heading = f"{kind_title(kind)} — {when}"
    if kind == "rekap":
        return heading, f"{form.unit_nama} ({form.unit_kode})"  # type: ignore[union-attr]
    person = form.pegawai  # type: ignore[union-attr]
    nip = QCoreApplication.translate("Reports", "NIP %1").replace("%1", format_nip(person.nip))
    return heading, f"{person.nama} · {nip}" if person.nip else person.nama


def _padded(label: QLabel) -> QLabel:
    label.setContentsMargins(6, 0, 6, 0)
    return label
