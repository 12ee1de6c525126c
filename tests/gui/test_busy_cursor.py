"""Reading a unit's appraisal workspace shows the hourglass while it works, and only then."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_reloading_the_workspace_shows_a_busy_cursor(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.appraisal is not None)
    seen: list[Qt.CursorShape | None] = []

    def note() -> None:
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)

    window.appraisal.workspace_loaded.connect(note)
    window.appraisal.top.year.setValue(window.appraisal.tahun() - 1)
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None
