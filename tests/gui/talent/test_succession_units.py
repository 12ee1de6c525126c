"""Marking a key position in the Struktur Organisasi editor: the unit dialog's checkbox."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store import audit
from desktop.store import units as unit_store
from desktop.ui.units.dialogs import UnitDialog
from tests.gui.test_units_editor import on_dialog, open_editor, press, select


def test_the_unit_dialog_marks_and_unmarks_kritikal(qtbot, window, office, fresh_db):
    editor = open_editor(qtbot, window)
    dinkes = office.unit("1.01")
    select(qtbot, editor, dinkes.id)

    def tick(dialog: UnitDialog) -> None:
        assert not dialog.kritikal.isChecked()
        qtbot.mouseClick(dialog.kritikal, Qt.MouseButton.LeftButton)
        press(qtbot, dialog, "saveButton")

    on_dialog(qtbot, tick)
    editor.edit_action.trigger()
    saved = unit_store.get_unit(fresh_db, dinkes.id)
    assert saved.kritikal is True
    entry = audit.entries_for(fresh_db, saved.uuid)[-1]
    assert entry["action"] == "update" and entry["table_name"] == "unit"
    assert "Jabatan kritikal" in editor.details.text()

    def untick(dialog: UnitDialog) -> None:
        assert dialog.kritikal.isChecked()
        qtbot.mouseClick(dialog.kritikal, Qt.MouseButton.LeftButton)
        press(qtbot, dialog, "saveButton")

    on_dialog(qtbot, untick)
    editor.edit_action.trigger()
    assert unit_store.get_unit(fresh_db, dinkes.id).kritikal is False
