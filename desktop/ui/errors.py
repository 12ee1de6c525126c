"""One way to tell a person that something failed.

``show_error`` turns a ``KinerjaError`` into its message; anything else is a bug and gets the
"Terjadi kesalahan tak terduga" dialog with a "Salin rincian" button, and its traceback is logged.
``install_excepthook`` routes uncaught exceptions (e.g. from slots) to the same place. A SQLite
failure a person can act on (busy, disk full, read-only, damaged) is shown as its StoreError,
never as a traceback; ``retrying`` offers "Coba lagi" while the database is busy.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.errors import KinerjaError, StoreError
from desktop.sync.errors import known_error

log = logging.getLogger(__name__)
T = TypeVar("T")


def retrying(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run ``action``; while the database is busy, say who holds it and offer "Coba lagi".
    Returns None when the person gives up; other errors propagate."""
    while True:
        try:
            return action()
        except StoreError as exc:
            if exc.code != "busy":
                raise
            if not ask_retry(parent, exc):
                return None


def ask_retry(parent: QWidget | None, exc: KinerjaError) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "Basis data sedang dipakai"),
        exc.message(),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    retry = box.addButton(
        QCoreApplication.translate("Errors", "Coba lagi"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Errors", "Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry


def show_known_error(parent: QWidget | None, exc: BaseException) -> bool:
    """Show ``exc`` if a person can act on it (True); False for a bug, left to the caller."""
    if known_error(exc) is None:
        return False
    show_error(parent, exc)
    return True


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc``: its own message for a KinerjaError, the bug dialog for anything else."""
    known = known_error(exc)
    if known is None:
        show_unexpected(parent, exc)
        return
    exc = known
    log.info("shown to user: %s (%s)", exc.code, type(exc).__name__)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "Tidak dapat dilanjutkan"),
        exc.message(),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Errors", "OK"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    """Log the traceback and show the bug dialog (once at a time)."""
    details = _details(type(exc), exc, exc.__traceback__)
    log.error("unexpected error\n%s", details)
    if UnexpectedErrorDialog.current is not None:
        return
    dialog = UnexpectedErrorDialog(details, parent)
    dialog.open()


class UnexpectedErrorDialog(QDialog):
    """A bug report the operator can copy into a message to the help desk."""

    current: UnexpectedErrorDialog | None = None

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terjadi kesalahan tak terduga"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.details = details
        intro = QLabel(
            self.tr(
                "<b>Terjadi kesalahan tak terduga.</b><br>Data yang sudah disimpan aman. "
                "Salin rincian di bawah dan kirimkan kepada pengelola aplikasi."
            )
        )
        intro.setWordWrap(True)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setMinimumSize(560, 220)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Salin rincian"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text)
        layout.addWidget(buttons)
        UnexpectedErrorDialog.current = self
        self.finished.connect(self._on_finished)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Tersalin"))

    def _on_finished(self, _result: int) -> None:
        UnexpectedErrorDialog.current = None


def install_excepthook() -> None:
    """Send uncaught exceptions to ``show_error`` instead of killing the app silently."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if QApplication.instance() is None:
            log.error("unexpected error\n%s", _details(kind, exc, tb))
            return
        exc.__traceback__ = tb
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook


def _details(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = traceback.format_exception(kind, exc, tb)
    return f"Kinerja Luring {__version__}\n" + "".join(lines)
