"""The two questions sync needs that ``desktop.ui.prompts.Prompts`` does not ask yet: several
files at once (packages from a stick) and a folder (where to write a key or the receipts).

An adapter, so tests answer them like every other prompt: when the window's prompts object has
``open_files`` / ``choose_folder`` it is used; otherwise the native dialog is shown. When
``Prompts`` grows these two methods this module reduces to the two calls.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui.prompts import Prompts


def open_files(prompts: Prompts, parent: QWidget | None, title: str, filters: str) -> list[Path]:
    """The files picked (empty when cancelled)."""
    ask = getattr(prompts, "open_files", None)
    if ask is not None:
        return [Path(p) for p in ask(parent, title, filters)]
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return [Path(n) for n in names]


def choose_folder(
    prompts: Prompts, parent: QWidget | None, title: str, start: Path | None = None
) -> Path | None:
    """The folder picked, or None when cancelled."""
    ask = getattr(prompts, "choose_folder", None)
    if ask is not None:
        chosen = ask(parent, title, start)
        return Path(chosen) if chosen else None
    name = QFileDialog.getExistingDirectory(parent, title, str(start or ""))
    return Path(name) if name else None
