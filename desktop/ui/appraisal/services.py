"""The questions and notices the appraisal screens need, behind one swappable object.

Screens never open a modal question themselves: they ask an ``AppraisalPrompts``. The real one
(the default) runs the dialogs in ``prompt_dialogs`` and shows errors through
``desktop.ui.errors.show_error``; tests pass a subclass that answers from a script and records
what it was asked (Picard's swappable confirmation service), so nothing blocks a test run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.store.skp import LibraryItem
from desktop.ui.appraisal.prompt_dialogs import (
    LibraryDialog,
    ReasonDialog,
    StartChoice,
    StartDialog,
)
from desktop.ui.errors import show_error


class AppraisalPrompts(QObject):
    """The real prompts: modal dialogs (blocking) and the shared error box."""

    def ask_reason(self, parent: QWidget | None, title: str, prompt: str) -> str | None:
        """A required reason (returning, revising, reopening); None when cancelled."""
        dialog = ReasonDialog(title, prompt, parent)
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def confirm(self, parent: QWidget | None, title: str, text: str, ok_text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def choose_start(
        self, parent: QWidget | None, from_year: int, can_copy: bool
    ) -> StartChoice | None:
        """How to start a missing SKP; None when cancelled."""
        dialog = StartDialog(from_year, can_copy, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_indicators(
        self, parent: QWidget | None, items: list[LibraryItem]
    ) -> list[LibraryItem]:
        """The library items the person checked (empty when cancelled)."""
        dialog = LibraryDialog(items, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []

    def open_files(self, parent: QWidget | None, title: str) -> list[Path]:
        """Evidence files to reference (the files are not copied)."""
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", self.tr("Semua berkas (*)"))
        return [Path(n) for n in names]

    def error(self, parent: QWidget | None, exc: BaseException) -> None:
        show_error(parent, exc)
