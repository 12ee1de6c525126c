"""Questions the app asks outside its own dialogs (file pickers, confirmations, notices).

Screens receive a ``Prompts`` object instead of calling QFileDialog/QMessageBox directly, so tests
can swap in one that answers from a script (Picard's swappable confirmation service). File
pickers are built by ``file_dialogs``, which never lets Qt read the files it lists (reading the
open database's files would drop SQLite's locks: ``docs/locking.md``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui import file_dialogs


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    ok_text: str,
    cancel_text: str,
    *,
    safe_default: bool = False,
) -> bool:
    """A blocking question with two buttons; True when ``ok_text`` is clicked. Esc always
    cancels; Enter picks ``ok_text`` unless ``safe_default``."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel if safe_default else ok)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


class Prompts(QObject):
    """The real prompts: file dialogs from ``file_dialogs`` and message boxes (blocking)."""

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        name = file_dialogs.open_file(parent, title, filters)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        """Several files at once (packages from a stick); empty when cancelled."""
        names = file_dialogs.open_files(parent, title, filters)
        return [Path(n) for n in names]

    def choose_folder(
        self, parent: QWidget | None, title: str, start: Path | None = None
    ) -> Path | None:
        """A folder (where to write keys, receipts, one file per person), None when cancelled."""
        name = file_dialogs.choose_folder(parent, title, str(start or ""))
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, filters: str, suggested: str
    ) -> Path | None:
        name, chosen = file_dialogs.save_file(parent, title, filters, suggested)
        if not name:
            return None
        path = Path(name)
        if not path.suffix:  # some platforms leave the extension to us
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        return path

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
        """True when ``ok_text`` is clicked. ``safe_default``: where a wrong Enter is costly
        (dropping edits, writing unencrypted, trusting a key), Enter picks the cancel button."""
        cancel = cancel_text or self.tr("Batal")
        return ask(parent, title, text, ok_text, cancel, safe_default=safe_default)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        box.exec()
