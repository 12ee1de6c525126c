"""Questions the app asks outside its own dialogs (file pickers, confirmations, notices).

Screens receive a ``Prompts`` object instead of calling QFileDialog/QMessageBox directly, so tests
can swap in one that answers from a script (Picard's swappable confirmation service).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Prompts(QObject):
    """The real prompts: native file dialogs and message boxes (blocking, modal)."""

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        """Several files at once (packages from a stick); empty when cancelled."""
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return [Path(n) for n in names]

    def choose_folder(
        self, parent: QWidget | None, title: str, start: Path | None = None
    ) -> Path | None:
        """A folder (where to write keys, receipts, one file per person), None when cancelled."""
        name = QFileDialog.getExistingDirectory(parent, title, str(start or ""))
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, filters: str, suggested: str
    ) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        if not name:
            return None
        path = Path(name)
        if not path.suffix:  # some platforms leave the extension to us
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        return path

    def confirm(self, parent: QWidget | None, title: str, text: str, ok_text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        box.exec()
