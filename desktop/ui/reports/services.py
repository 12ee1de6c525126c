"""The questions the print screens ask outside their own dialogs: where to save a PDF, which
folder gets one file per person, and the system print dialog.

Wraps the window's ``Prompts`` (file picker, notices) and adds the two pickers ``Prompts`` does
not have; tests swap in a subclass that answers from a script.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.prompts import Prompts


class ReportPrompts(QObject):
    def __init__(self, prompts: Prompts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base = prompts

    def save_pdf(self, parent: QWidget | None, title: str, suggested: str) -> Path | None:
        """A PDF file name (``.pdf`` added when the person left it out)."""
        path = self.base.save_file(parent, title, self.tr("Dokumen PDF (*.pdf)"), suggested)
        if path is None:
            return None
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        return self.base.choose_folder(parent, title)

    def setup_printer(self, parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
        """The system print dialog: printer, pages, copies. True when the person pressed
        Print."""
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(self.tr("Cetak"))
        dialog.setMinMax(1, max(1, pages))
        dialog.setFromTo(1, max(1, pages))
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOptions(
            option.PrintPageRange
            | option.PrintCurrentPage
            | option.PrintCollateCopies
            | option.PrintShowPageSize
        )
        return dialog.exec() == QDialog.DialogCode.Accepted

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.base.info(parent, title, text)
