"""Cadangan → Simpan ke Flashdisk (Terenkripsi): the stick, the passphrase twice, then "safe
to unplug". The first page is the sync export's own destination page (same drive finder and
"choose another folder"); the write goes through the same safe path (temporary name, fsync,
read back, rename) in ``sync.sealed_backup``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.errors import KinerjaError
from desktop.sync.sealed_backup import MIN_PASSPHRASE, SealedFile, check_passphrase
from desktop.ui.errors import show_error
from desktop.ui.prompts import Prompts
from desktop.ui.sync.destination_page import DestinationPage
from desktop.ui.sync.drives import DriveFinder
from desktop.ui.sync.labels import format_size
from desktop.ui.sync.styles import ERROR_STYLE, SAFE_STYLE, WARN_STYLE, wrapped_label

Writer = Callable[[Path, str], SealedFile]


class PassphrasePage(QWizardPage):
    """The passphrase twice; its commit button writes, reads back and only then moves on."""

    def __init__(self, write: Writer) -> None:
        super().__init__()
        self._write = write
        self.result: SealedFile | None = None
        self.setTitle(self.tr("Kata sandi cadangan"))
        self.setSubTitle(
            self.tr("Cadangan dienkripsi dengan kata sandi ini (paling sedikit %1 karakter).")
            .replace("%1", str(MIN_PASSPHRASE))
        )  # fmt: skip
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Tulis ke Flashdisk"))
        self.first = QLineEdit(objectName="passphrase")
        self.second = QLineEdit(objectName="passphraseAgain")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self.completeChanged)
        warning = wrapped_label(
            self.tr(
                "Catat kata sandi di tempat yang aman. Tanpa kata sandi, cadangan ini tidak "
                "dapat dibuka oleh siapa pun, termasuk Anda."
            ),
            "passphraseWarning",
        )
        warning.setStyleSheet(WARN_STYLE)
        self.message = wrapped_label(name="stickMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Kata &sandi:"), self.first)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.second)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addStretch(1)
        layout.addWidget(self.message)

    def isComplete(self) -> bool:
        return bool(self.first.text()) and bool(self.second.text())

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, StickWizard)
        folder = wizard.destination.folder()
        if folder is None:
            return False
        try:
            check_passphrase(self.first.text(), self.second.text())
            self.result = self._write(folder, self.first.text())
        except KinerjaError as exc:
            self.message.setText(exc.message())
            self.message.show()
            return False
        except Exception as exc:  # a bug: the bug dialog, and the wizard stays open
            show_error(self, exc)
            return False
        self.message.hide()
        return True


class StickDonePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Selesai"))
        self.safe_label = wrapped_label(name="stickSafeLabel")
        self.safe_label.setStyleSheet(SAFE_STYLE)
        self.file_label = wrapped_label(name="stickFileLabel")
        form = QFormLayout()
        form.addRow(self.tr("Berkas:"), self.file_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.safe_label)
        layout.addLayout(form)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, StickWizard)
        result = wizard.passphrase.result
        assert result is not None
        self.safe_label.setText(
            self.tr(
                "✔ Cadangan terenkripsi sudah ditulis dan diperiksa ulang (%1).\n"
                "Flashdisk AMAN untuk dicabut."
            ).replace("%1", format_size(result.size))
        )
        self.file_label.setText(str(result.path))


class StickWizard(QWizard):
    """Tujuan → Kata sandi → Selesai."""

    def __init__(
        self, find_drives: DriveFinder, prompts: Prompts, write: Writer, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stickWizard")
        self.setWindowTitle(self.tr("Simpan Cadangan ke Flashdisk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.destination = DestinationPage(find_drives, prompts)
        self.destination.setSubTitle(
            self.tr("Pilih flashdisk untuk cadangan terenkripsi seluruh basis data.")
        )
        self.passphrase = PassphrasePage(write)
        self.done_page = StickDonePage()
        for page in (self.destination, self.passphrase, self.done_page):
            self.addPage(page)
        self.setMinimumSize(680, 500)
