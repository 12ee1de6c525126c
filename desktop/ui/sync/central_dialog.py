"""Sinkronisasi → Impor Paket Kantor (central database): queue package files, import them,
see per office what happened, read and save the report, look at the conflicts.

The dialog is the view: it queues files (picked several at a time, or dropped from the file
manager), shows the database's packages and this session's refusals, and emits
``import_requested``; ``SyncController`` asks about new offices and runs the import in a worker.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KinerjaError
from desktop.store.units import get_office
from desktop.sync import (
    ImportReport,
    State,
    SyncError,
    list_conflicts,
    list_offices,
    list_packages,
    save_report,
)
from desktop.sync.files import write_atomic
from desktop.sync.keys import own_fingerprint
from desktop.sync.reader import peek_manifest
from desktop.ui import shortcuts
from desktop.ui.errors import show_error
from desktop.ui.formatting import format_count
from desktop.ui.prompts import Prompts
from desktop.ui.sync.labels import REFUSED, format_when
from desktop.ui.sync.package_tree import (
    DETAIL_ROLE,
    ConflictTable,
    PackageTree,
    Refusal,
    reason_text,
)
from desktop.ui.sync.styles import ERROR_STYLE, OK_STYLE

PACKAGE_SUFFIX = ".kinerja"
PATH_ROLE = Qt.ItemDataRole.UserRole
TREE_TAB, REPORT_TAB, CONFLICT_TAB = range(3)
SUMMARY_STYLE = {True: OK_STYLE, False: ERROR_STYLE}  # all went well / refused or cancelled


class CentralImportDialog(QDialog):
    import_requested = Signal(list)  # the queued paths

    def __init__(
        self, db: sqlite_utils.Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("centralImport")
        self.setWindowTitle(self.tr("Impor Paket Kantor"))
        self.setAcceptDrops(True)
        self.db = db
        self._prompts = prompts
        self.receipts_dir: Path | None = None
        self.report: ImportReport | None = None
        self.refused: list[Refusal] = []
        self.centre_label = QLabel(objectName="centreLabel")
        self.centre_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel(objectName="summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.hide()
        self.tabs = QTabWidget(objectName="centralTabs")
        self.tree = PackageTree()
        self.detail_text = QPlainTextEdit(objectName="detailText")
        self.detail_text.setReadOnly(True)
        self.detail_text.setPlaceholderText(self.tr("Pilih paket untuk melihat rinciannya."))
        self.report_text = QPlainTextEdit(objectName="reportText")
        self.report_text.setReadOnly(True)
        self.report_text.setPlaceholderText(self.tr("Belum ada impor pada sesi ini."))
        self.save_button = QPushButton(self.tr("&Simpan Laporan…"), objectName="saveReport")
        self.save_button.setEnabled(False)
        self.conflicts = ConflictTable()
        self.tabs.addTab(self._tree_page(), self.tr("Paket per kantor"))
        self.tabs.addTab(self._report_page(), self.tr("Laporan impor"))
        self.tabs.addTab(self.conflicts, self.tr("Konflik"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.centre_label)
        layout.addWidget(self._queue_box())
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.resize(1180, 720)
        self.load()

    # -- building --------------------------------------------------------------------------
    def _queue_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Paket yang akan diimpor"))
        self.queue = QListWidget(objectName="queueList")
        self.queue.setMaximumHeight(self.fontMetrics().height() * 5)
        self.queue.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.queue.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.queue.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("&Tambah Paket…"), objectName="addButton")
        self.add_button.setShortcut(shortcuts.key("add_packages"))
        self.add_button.setToolTip(self.tr("Pilih satu atau beberapa berkas .kinerja (Ctrl+O)"))
        self.remove_button = QPushButton(self.tr("&Keluarkan"), objectName="removeButton")
        self.remove_button.setToolTip(self.tr("Keluarkan berkas terpilih dari antrean (Delete)"))
        self.import_button = QPushButton(objectName="importButton")
        self.import_button.setDefault(True)
        self.import_button.setToolTip(self.tr("Impor semua paket di antrean (Ctrl+Enter)"))
        QShortcut(shortcuts.key("import_queue"), self, self._on_import_clicked)
        remove = QShortcut(shortcuts.key("remove_package"), self.queue, self._on_remove_clicked)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.receipts_label = QLabel(objectName="receiptsLabel")
        self.receipts_label.setWordWrap(True)
        folder_button = QPushButton(self.tr("Pilih &Folder…"), objectName="receiptsButton")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        folder_button.clicked.connect(self._on_receipts_clicked)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.queue, 1)
        top.addLayout(buttons)
        receipts = QHBoxLayout()
        caption = QLabel(self.tr("Tanda terima ditulis ke:"))
        caption.setBuddy(folder_button)
        receipts.addWidget(caption)
        receipts.addWidget(self.receipts_label, 1)
        receipts.addWidget(folder_button)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addLayout(receipts)
        self._update_queue_buttons()
        self._show_receipts_dir()
        return box

    def _tree_page(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        details = QGroupBox(self.tr("Rincian"))
        QVBoxLayout(details).addWidget(self.detail_text)
        split.addWidget(details)
        split.setChildrenCollapsible(False)
        split.setSizes([400, 150])
        return split

    def _report_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        return page

    # -- data ------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the registry, the packages and the conflicts again (they are small)."""
        fingerprint = own_fingerprint(self.db)
        self.centre_label.setText(
            self.tr("<b>Pusat:</b> %1 &nbsp; <b>Sidik jari kunci pusat:</b> %2")
            .replace("%1", self.centre_name())
            .replace("%2", fingerprint or "—")
        )
        offices = list_offices(self.db)
        self.tree.load(offices, list_packages(self.db), self.refused)
        conflicts = list_conflicts(self.db)
        self.conflicts.load(conflicts, {o.office_uuid: o.label for o in offices})
        self.tabs.setTabText(
            CONFLICT_TAB, self.tr("Konflik (%1)").replace("%1", format_count(len(conflicts)))
        )

    def queued(self) -> list[Path]:
        return [Path(self.queue.item(n).data(PATH_ROLE)) for n in range(self.queue.count())]

    def add_files(self, paths: list[Path]) -> None:
        """Queue package files (each once), showing the office and number each one names."""
        have = set(self.queued())
        for path in paths:
            if path in have:
                continue
            have.add(path)
            text, problem = self._queue_text(path)
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(f"{path}\n{problem}" if problem else str(path))
            if problem:
                item.setForeground(QBrush(QColor("#b71c1c")))
            self.queue.addItem(item)
        self._update_queue_buttons()

    def _queue_text(self, path: Path) -> tuple[str, str]:
        """The line shown for a queued file, and what is wrong with it (empty when nothing)."""
        try:
            m = peek_manifest(path)
        except SyncError as exc:
            text = self.tr("%1 — tidak dapat dibaca; akan ditolak").replace("%1", path.name)
            return text, exc.message()
        text = (
            self.tr("%1 — %2, paket urutan %3, %4 baris")
            .replace("%1", path.name)
            .replace("%2", m.office.nama or m.office.instansi)
            .replace("%3", str(m.sequence))
            .replace("%4", format_count(m.total_rows))
        )
        return text, ""

    def set_busy(self, busy: bool) -> None:
        for button in (self.add_button, self.remove_button, self.import_button):
            button.setEnabled(not busy)
        if not busy:
            self._update_queue_buttons()

    def show_report(self, report: ImportReport) -> None:
        """After an import: remember the refusals, empty the queue, show what happened."""
        self.report = report
        for outcome in report.outcomes:  # the GUI's way to trust an office, not the CLI's
            if outcome.code == "unknown_office":
                outcome.message = reason_text(outcome)
        done = {o.file for o in report.outcomes}
        self.refused += [
            Refusal(o, report.finished_at) for o in report.outcomes if o.state is State.REFUSED
        ]
        for n in reversed(range(self.queue.count())):
            if Path(self.queue.item(n).data(PATH_ROLE)).name in done:
                self.queue.takeItem(n)
        self._update_queue_buttons()
        self.report_text.setPlainText("\n".join(self._report_lines(report)))
        self.save_button.setEnabled(True)
        self._show_summary(report)
        self.load()
        self.tabs.setCurrentIndex(TREE_TAB)
        first = self.tree.first_package(REFUSED) or self.tree.first_package()
        if first is not None:
            self.tree.setCurrentItem(first)

    def _report_lines(self, report: ImportReport) -> list[str]:
        head = (
            self.tr("Laporan impor paket, %1 (pusat: %2)")
            .replace("%1", format_when(report.finished_at))
            .replace("%2", self.centre_name())
        )
        return [head, "", *report.lines()]

    def centre_name(self) -> str:
        centre = get_office(self.db)
        return centre.nama_kantor or centre.instansi or self.tr("tanpa nama")

    def _show_summary(self, report: ImportReport) -> None:
        t = report.totals()
        receipts = sum(1 for o in report.outcomes if o.receipt)
        text = (
            self.tr(
                "Impor selesai: %1 paket diterapkan, %2 ditahan, %3 ditolak; "
                "%4 tanda terima ditulis."
            )
            .replace("%1", str(t["applied"]))
            .replace("%2", str(t["held"]))
            .replace("%3", str(t["refused"]))
            .replace("%4", str(receipts))
        )
        problems = [o.receipt_error for o in report.outcomes if o.receipt_error]
        if problems:
            text += " " + problems[0]
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(SUMMARY_STYLE[not (t["refused"] or problems)])
        self.summary_label.show()

    def show_cancelled(self) -> None:
        self.summary_label.setText(self.tr("Impor dibatalkan. Tidak ada yang diubah."))
        self.summary_label.setStyleSheet(SUMMARY_STYLE[False])
        self.summary_label.show()

    def _update_queue_buttons(self) -> None:
        count = self.queue.count()
        self.import_button.setText(
            self.tr("&Impor %Ln Paket", "", count) if count else self.tr("&Impor")
        )
        self.import_button.setEnabled(count > 0)
        self.remove_button.setEnabled(count > 0)

    def _show_receipts_dir(self) -> None:
        self.receipts_label.setText(
            str(self.receipts_dir)
            if self.receipts_dir
            else self.tr("folder yang sama dengan paketnya (flashdisk yang dibawa kantor)")
        )

    # -- slots -----------------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        files = self._prompts.open_files(
            self,
            self.tr("Pilih paket kantor"),
            self.tr("Paket Kinerja Luring (*.kinerja);;Semua berkas (*)"),
        )
        self.add_files(files)

    def _on_remove_clicked(self) -> None:
        for item in self.queue.selectedItems() or [self.queue.currentItem()]:
            if item is not None:
                self.queue.takeItem(self.queue.row(item))
        self._update_queue_buttons()

    def _on_import_clicked(self) -> None:
        files = self.queued()
        if files and self.import_button.isEnabled():
            self.import_requested.emit(files)

    def _on_receipts_clicked(self) -> None:
        chosen = self._prompts.choose_folder(
            self, self.tr("Folder untuk tanda terima"), self.receipts_dir
        )
        if chosen is not None:
            self.receipts_dir = chosen
            self._show_receipts_dir()

    def _on_tree_current_changed(self, current: Any, _previous: Any) -> None:
        self.detail_text.setPlainText(current.data(0, DETAIL_ROLE) if current is not None else "")

    def _on_save_clicked(self) -> None:
        if self.report is None:
            return
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        path = self._prompts.save_file(
            self,
            self.tr("Simpan laporan impor"),
            self.tr("Teks (*.txt);;JSON (*.json)"),
            f"laporan-impor-{stamp}.txt",
        )
        if path is None:
            return
        try:
            if path.suffix.lower() == ".json":
                save_report(self.report, path)
            else:
                path = path.with_suffix(".txt")
                text = "\n".join(self._report_lines(self.report)) + "\n"
                write_atomic(path, text.encode("utf-8"))
        except KinerjaError as exc:
            show_error(self, exc)
            return
        saved = self.tr("Laporan disimpan ke %1.").replace("%1", str(path))
        self._prompts.info(self, self.tr("Laporan disimpan"), saved)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.toLocalFile().endswith(PACKAGE_SUFFIX) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()]
        self.add_files([p for p in paths if p.suffix == PACKAGE_SUFFIX])
        event.acceptProposedAction()
