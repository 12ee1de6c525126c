"""Sinkronisasi → Ekspor Paket: choose the stick, see what goes, write, verify, unplug.

Three pages. *Tujuan* lists the removable drives (and any folder the operator picks).
*Isi Paket* counts, in a worker, the rows waiting since the centre's last receipt and says
whether the package is encrypted; its commit button writes the package in a worker (progress
and cancel), reads it back from the stick, and only then moves on. *Selesai* says plainly that
the stick may be pulled out. A full disk or a pulled stick leaves no file behind; the reason is
shown on the page and the operator can go back and choose another drive.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.errors import KinerjaError
from desktop.sync import ExportResult
from desktop.ui.errors import show_error
from desktop.ui.formatting import format_count
from desktop.ui.prompts import Prompts
from desktop.ui.sync.destination_page import DestinationPage
from desktop.ui.sync.drives import DriveFinder
from desktop.ui.sync.jobs import OfficeOverview, export_job, overview_job
from desktop.ui.sync.labels import deletions_label, format_size, format_when, table_label
from desktop.ui.sync.styles import ERROR_STYLE, INFO_STYLE, SAFE_STYLE, WARN_STYLE, wrapped_label
from desktop.ui.tasks import Task


class ContentPage(QWizardPage):
    """What the package will hold; its commit button writes it."""

    idle = Signal()  # the last running worker ended

    def __init__(self, db_path: Path, prompts: Prompts | None = None) -> None:
        super().__init__()
        self._db_path = db_path
        self._prompts = prompts
        self.overview: OfficeOverview | None = None
        self.result: ExportResult | None = None
        self.task: Task | None = None  # the write, while it runs
        self.running: set[Task] = set()  # every worker of this page still running
        self.setTitle(self.tr("Isi paket"))
        self.setSubTitle(
            self.tr("Periksa apa yang akan dikirim, lalu tekan \u201cTulis Paket\u201d.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Tulis Paket"))
        self.target_label = wrapped_label(name="targetLabel")
        self.sequence_label = wrapped_label(name="sequenceLabel")
        self.since_label = wrapped_label(name="sinceLabel")
        self.crypto_label = wrapped_label(name="cryptoLabel")
        form = QFormLayout()
        form.addRow(self.tr("Tujuan:"), self.target_label)
        form.addRow(self.tr("Paket:"), self.sequence_label)
        form.addRow(self.tr("Isi:"), self.since_label)
        form.addRow(self.tr("Enkripsi:"), self.crypto_label)
        self.counts = QTableWidget(0, 2, objectName="countsTable")
        self.counts.setHorizontalHeaderLabels([self.tr("Jenis data"), self.tr("Baris")])
        self.counts.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.full_check = QCheckBox(
            self.tr("Kirim &semua data (paket lengkap) — hanya bila pusat kehilangan data"),
            objectName="fullCheck",
        )
        self.message = wrapped_label(name="writeMessage")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.full_check)
        layout.addWidget(self.message)

    # -- loading ---------------------------------------------------------------------------
    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ExportWizard)
        self.target_label.setText(wizard.destination.folder_text())
        self.overview = None
        self._show_message("")
        counting = self.tr("Menghitung data yang akan dikirim…")
        self.sequence_label.setText(counting)
        task = self._track(Task(self, counting, self._db_path, overview_job))
        task.succeeded.connect(self._on_overview_loaded)
        task.failed.connect(self._on_overview_failed)
        task.start()

    def _track(self, task: Task) -> Task:
        """Remember a running worker: the wizard is deleted only after its last one ended
        (a QThread destroyed while running takes the whole app down)."""
        self.running.add(task)
        for outcome in (task.succeeded, task.failed, task.cancelled):
            outcome.connect(partial(self._untrack, task))
        return task

    def _untrack(self, task: Task, *_args: object) -> None:
        self.running.discard(task)
        if not self.running:
            self.idle.emit()

    def _on_overview_loaded(self, overview: OfficeOverview) -> None:
        self.overview = overview
        status = overview.status
        self.sequence_label.setText(
            self.tr("urutan %1 dari %2")
            .replace("%1", str(overview.next_sequence))
            .replace("%2", status.office_nama)
        )
        self.since_label.setText(self._since_text(overview))
        self._show_crypto(overview)
        self._fill_counts(overview)
        self.completeChanged.emit()

    def _on_overview_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.sequence_label.setText("—")
        show_error(self, exc)

    def _since_text(self, overview: OfficeOverview) -> str:
        status = overview.status
        ack = status.last_receipt
        if status.full_pending or ack is None:
            text = self.tr("semua data kantor (belum ada tanda terima dari pusat).")
            if status.full_pending:
                text = self.tr("semua data kantor (pusat meminta paket lengkap).")
        else:
            text = (
                self.tr("data yang berubah sejak paket urutan %1 (diterima pusat %2).")
                .replace("%1", str(ack.sequence))
                .replace("%2", format_when(ack.acked_at))
            )
        if status.unacknowledged:
            numbers = ", ".join(str(e.sequence) for e in reversed(status.unacknowledged))
            text += " " + self.tr(
                "Paket urutan %1 belum ada tanda terimanya; isinya ikut dikirim lagi, jadi tidak "
                "ada yang hilang bila flashdisk sebelumnya hilang."
            ).replace("%1", numbers)
        return text

    def _show_crypto(self, overview: OfficeOverview) -> None:
        centre = overview.status.centre
        if overview.status.encrypts and centre is not None:
            self.crypto_label.setText(
                self.tr("dienkripsi untuk pusat %1\nsidik jari pusat: %2")
                .replace("%1", centre.nama or self.tr("tanpa nama"))
                .replace("%2", centre.fingerprint)
            )
            self.crypto_label.setStyleSheet("")
            return
        self.crypto_label.setText(
            self.tr(
                "TIDAK dienkripsi: kunci pusat belum diimpor. Siapa pun yang menemukan "
                "flashdisk dapat membaca isinya. Impor dulu kunci pusat (Sinkronisasi → Impor "
                "Kunci Pusat) bila memungkinkan."
            )
        )
        self.crypto_label.setStyleSheet(WARN_STYLE)

    def _fill_counts(self, overview: OfficeOverview) -> None:
        status = overview.status
        rows = [(table_label(t), n) for t, n in status.rows_waiting.items()]
        if status.tombstones_waiting:
            rows.append((deletions_label(), status.tombstones_waiting))
        rows.append((self.tr("Jumlah"), status.total_waiting))
        self.counts.setRowCount(len(rows))
        for n, (label, count) in enumerate(rows):
            name, value = QTableWidgetItem(label), QTableWidgetItem(format_count(count))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if n == len(rows) - 1:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
                value.setFont(font)
            self.counts.setItem(n, 0, name)
            self.counts.setItem(n, 1, value)
        if not status.total_waiting:
            self._show_message(
                self.tr(
                    "Tidak ada perubahan sejak tanda terima terakhir. Paket kosong tetap dapat "
                    "dikirim sebagai tanda bahwa kantor ini aktif."
                ),
                INFO_STYLE,
            )

    # -- writing ---------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return self.overview is not None and self.task is None

    def validatePage(self) -> bool:
        if self.result is not None:
            return True
        if self.task is None and self.overview is not None and self._plain_confirmed():
            self._start_export()
        return False

    def _plain_confirmed(self) -> bool:
        """Writing without encryption is asked first, "Kembali" being the default answer."""
        if self.overview is None or self.overview.status.encrypts or self._prompts is None:
            return True
        return self._prompts.confirm(
            self,
            self.tr("Tulis paket tanpa enkripsi?"),
            self.tr(
                "Kunci pusat belum diimpor, jadi paket ini TIDAK dienkripsi: siapa pun yang "
                "menemukan flashdisk dapat membaca data pegawai di dalamnya."
            ),
            self.tr("Tulis tanpa enkripsi"),
            safe_default=True,
            cancel_text=self.tr("Kembali"),
        )

    def _start_export(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ExportWizard)
        folder = wizard.destination.folder()
        assert folder is not None
        writing = self.tr("Menulis paket ke %1…").replace("%1", str(folder))
        self._show_message(writing, INFO_STYLE)
        job = partial(export_job, folder, self.full_check.isChecked())
        self.task = self._track(Task(self, writing, self._db_path, job))
        self.task.succeeded.connect(self._on_written)
        self.task.failed.connect(self._on_write_failed)
        self.task.cancelled.connect(self._on_write_cancelled)
        self.completeChanged.emit()
        self.task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_written(self, result: ExportResult) -> None:
        self.task = None
        self.result = result
        self.completeChanged.emit()
        wizard = self.wizard()
        assert isinstance(wizard, ExportWizard)
        wizard.exported.emit(result)
        wizard.next()

    def _on_write_failed(self, exc: object) -> None:
        self.task = None
        self.completeChanged.emit()
        assert isinstance(exc, BaseException)
        if isinstance(exc, KinerjaError) and exc.code == "no_folder":
            self._show_message(
                self.tr(
                    "Flashdisk atau folder %1 tidak ditemukan lagi (dicabut?). Colokkan kembali "
                    "lalu tekan \u201cTulis Paket\u201d, atau kembali dan pilih tujuan lain. "
                    "Tidak ada yang ditulis."
                ).replace("%1", str(exc.params.get("path", ""))),
                ERROR_STYLE,
            )
        elif isinstance(exc, KinerjaError):
            self._show_message(exc.message(), ERROR_STYLE)
        else:
            show_error(self, exc)

    def _on_write_cancelled(self) -> None:
        self.task = None
        self.completeChanged.emit()
        self._show_message(self.tr("Dibatalkan. Tidak ada berkas yang ditulis."), ERROR_STYLE)

    def _show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))


class DonePage(QWizardPage):
    """The package is on the stick and was read back: safe to unplug."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Selesai"))
        self.setSubTitle(self.tr("Paket sudah ada di flashdisk."))
        self.safe_label = wrapped_label(name="safeLabel")
        self.safe_label.setStyleSheet(SAFE_STYLE)
        self.details = QFormLayout()
        self.file_label = wrapped_label(name="fileLabel")
        self.folder_label = wrapped_label(name="folderLabel")
        self.size_label = wrapped_label(name="sizeLabel")
        self.crypto_label = wrapped_label(name="doneCryptoLabel")
        self.fingerprint_label = wrapped_label(name="fingerprintLabel")
        self.details.addRow(self.tr("Berkas:"), self.file_label)
        self.details.addRow(self.tr("Folder:"), self.folder_label)
        self.details.addRow(self.tr("Isi:"), self.size_label)
        self.details.addRow(self.tr("Enkripsi:"), self.crypto_label)
        self.details.addRow(self.tr("Sidik jari kantor:"), self.fingerprint_label)
        self.next_label = wrapped_label(
            self.tr(
                "Bawa flashdisk ke pusat. Setelah pusat mengimpor paket ini, pusat memberikan "
                "berkas tanda terima (.kinerja-tt); impor di sini lewat Sinkronisasi → Impor "
                "Tanda Terima, agar paket berikutnya hanya berisi perubahan baru."
            ),
            "nextStepsLabel",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.safe_label)
        layout.addLayout(self.details)
        layout.addStretch(1)
        layout.addWidget(self.next_label)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ExportWizard)
        result = wizard.content.result
        assert result is not None
        self.safe_label.setText(
            self.tr(
                "✔ Paket urutan %1 sudah ditulis dan diperiksa ulang.\n"
                "Flashdisk AMAN untuk dicabut."
            ).replace("%1", str(result.sequence))
        )
        self.file_label.setText(result.path.name)
        self.folder_label.setText(str(result.path.parent))
        self.size_label.setText(
            self.tr("%1 baris, %2%3", "", result.total_rows)
            .replace("%1", format_count(result.total_rows))
            .replace("%2", format_size(result.size))
            .replace("%3", self.tr(" (paket lengkap)") if result.full else "")
        )
        self.crypto_label.setText(
            self.tr("ya, untuk pusat %1").replace("%1", result.centre_nama or "—")
            if result.encrypted
            else self.tr("tidak (kunci pusat belum diimpor)")
        )
        self.fingerprint_label.setText(result.fingerprint)


class ExportWizard(QWizard):
    """Tujuan → Isi Paket → Selesai. ``exported`` carries the ExportResult."""

    exported = Signal(object)

    def __init__(
        self, db_path: Path, find_drives: DriveFinder, prompts: Prompts, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportWizard")
        self.setWindowTitle(self.tr("Ekspor Paket ke Pusat"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.destination = DestinationPage(find_drives, prompts)
        self.content = ContentPage(db_path, prompts)
        self.done_page = DonePage()
        for page in (self.destination, self.content, self.done_page):
            self.addPage(page)
        self.setMinimumSize(720, 560)

    def dispose(self) -> None:
        """Delete the wizard once no worker of it runs any more (a write is cancelled)."""
        if not self.content.running:
            self.deleteLater()
            return
        self.content.idle.connect(self.deleteLater)
        self.content.cancel()

    def reject(self) -> None:
        """Batal (or Esc) while writing stops the write and keeps the wizard open to say so."""
        if self.content.task is not None:
            self.content.cancel()
            return
        super().reject()
