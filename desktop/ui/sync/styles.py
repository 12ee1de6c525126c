"""The few colours and label kinds the sync screens share (the same scheme as the import
preview: green for done, amber for a warning, red for a refusal)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b71c1c; background: #fdecea; border-radius: 4px; padding: 6px;"
INFO_STYLE = "padding: 6px;"
WARN_STYLE = "color: #8a5a00; background: #fff4d6; border-radius: 4px; padding: 6px;"
OK_STYLE = "color: #1b5e20; background: #e8f5e9; border-radius: 4px; padding: 6px;"
SAFE_STYLE = (
    "color: #1b5e20; background: #e8f5e9; border-radius: 6px; padding: 12px; font-size: 13pt;"
)


def wrapped_label(text: str = "", name: str = "") -> QLabel:
    """A selectable, word-wrapped label (values an operator may copy: paths, fingerprints)."""
    label = QLabel(text, objectName=name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
