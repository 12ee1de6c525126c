"""The file notes of an import preview: merged cells filled, formulas kept as text, hidden
sheets skipped (``desktop.imports.sheet_notes``). Shown above the rows so nothing the reader
did to the file goes unsaid; the full list sits in the tooltip when it is long."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from desktop.ui.formatting import format_count

SHOWN = 6


def notes_label(notes: Sequence[Any]) -> QLabel:
    """A label listing the notes (the first few; the rest counted and in the tooltip)."""
    label = QLabel(objectName="notesLabel")
    label.setWordWrap(True)
    label.setVisible(bool(notes))
    lines = [f"• {html.escape(n.message)}" for n in notes[:SHOWN]]
    if len(notes) > SHOWN:
        more = QCoreApplication.translate("ImportNotes", "… dan %1 catatan lain")
        lines.append(more.replace("%1", format_count(len(notes) - SHOWN)))
    title = QCoreApplication.translate("ImportNotes", "Catatan berkas:")
    label.setText(f"<b>{html.escape(title)}</b><br>" + "<br>".join(lines))
    label.setToolTip("\n".join(n.message for n in notes))
    return label
