"""The questions and notices the appraisal screens need, behind one swappable object.

Screens never open a modal question themselves: they ask an ``AppraisalPrompts``. The real one
(the default) runs the dialogs in ``prompt_dialogs`` and shows errors through
``desktop.ui.errors.show_error``; tests pass a subclass that answers from a script and records
what it was asked (Picard's swappable confirmation service), so nothing blocks a test run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from desktop.store.skp import LibraryItem
from desktop.ui import file_dialogs
from desktop.ui.appraisal.prompt_dialogs import (
    LibraryDialog,
    ReasonDialog,
    StartChoice,
    StartDialog,
)
from desktop.ui.errors import show_error
from desktop.ui.prompts import ask


class AppraisalPrompts(QObject):
    """The real prompts: modal dialogs (blocking) and the shared error box."""

    def ask_reason(self, parent: QWidget | None, title: str, prompt: str) -> str | None:
        """A required reason (returning, revising, reopening); None when cancelled."""
        dialog = ReasonDialog(title, prompt, parent)
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        ok_text: str,
        *,
        safe_default: bool = False,
        cancel_text: str = "",
    ) -> bool:
        """As ``desktop.ui.prompts.Prompts.confirm``: ``safe_default`` makes Enter cancel."""
        cancel = cancel_text or self.tr("Batal")
        return ask(parent, title, text, ok_text, cancel, safe_default=safe_default)

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
        names = file_dialogs.open_files(parent, title, self.tr("Semua berkas (*)"))
        return [Path(n) for n in names]

    def error(self, parent: QWidget | None, exc: BaseException) -> None:
        show_error(parent, exc)
