"""The first day through the GUI: an office's own list imported into an EMPTY database through
the real preview — new units listed with their parent, the near miss offered as "mungkin
maksudnya …", nothing importable until "Buat unit baru" is ticked, and a second import of
the same list changing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from desktop.store import units as unit_store
from desktop.ui.imports.dialog import ImportPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import find_window, wait_window
from tests.gui.helpers import click_action, click_tab
from tests.unit.first_day_files import OFFICE_GOOD, office_list, siasn_json, siasn_records


@pytest.fixture
def empty_window(qtbot, fresh_db, db_path, settings, prompts) -> MainWindow:
    """The main window over a database with no units and no staff."""
    main = MainWindow(fresh_db, db_path, settings, prompts)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    qtbot.waitUntil(main.isActiveWindow)
    return main


def _state(db) -> tuple[int, int, int]:
    return tuple(
        db.execute(sql).fetchone()[0]
        for sql in (
            "SELECT rev FROM sync_state",
            "SELECT count(*) FROM staff",
            "SELECT count(*) FROM unit",
        )
    )  # type: ignore[return-value]


def _preview(qtbot, window, prompts, path: Path) -> ImportPreviewDialog:
    prompts.files.append(path)
    click_action(qtbot, window, window.main_actions.import_staff)
    return wait_window(qtbot, ImportPreviewDialog)


def _tick(qtbot, check: QCheckBox) -> None:
    """Click the box itself, as a user would (the widget is as wide as the dialog)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def _import(qtbot, dialog: ImportPreviewDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(ImportPreviewDialog) is None, timeout=10_000)


def test_an_office_list_builds_its_tree_through_the_preview(
    qtbot, empty_window, prompts, fresh_db, tmp_path
):
    sheet = office_list(tmp_path)
    dialog = _preview(qtbot, empty_window, prompts, sheet)
    check = dialog.findChild(QCheckBox, "createUnitsCheck")
    assert check.isVisible() and not check.isChecked()
    assert check.text() == "Buat unit baru (8)"
    assert dialog.import_button.text() == "Impor 0 baris" and not dialog.import_button.isEnabled()
    click_tab(qtbot, dialog.tabs, "Unit baru (8)")
    units = dialog.units_model
    shown = {(units.index(r, 1).data(), units.index(r, 2).data()) for r in range(units.rowCount())}
    assert ("Seksi Gizi", "Dinas Kesehatan") in shown
    hints = dialog.findChild(QLabel, "unitHints")
    assert hints.isVisible() and "mungkin maksudnya <b>Dinas Kesehatan</b>?" in hints.text()

    _tick(qtbot, check)
    assert check.isChecked()
    assert dialog.import_button.text() == f"Impor {OFFICE_GOOD} baris"
    assert dialog.tabs.tabText(1) == "Ditolak (3)"
    assert f"{OFFICE_GOOD}</b>" in dialog.findChild(QLabel, "count_baru").text()
    _import(qtbot, dialog)
    assert prompts.confirmations and "3 baris ditolak" in prompts.confirmations[0]
    assert "8 unit baru dibuat" in prompts.notices[-1]
    assert _state(fresh_db)[1:] == (OFFICE_GOOD, 8)
    seksi = unit_store.get_unit(fresh_db, unit_store.unit_index(fresh_db).find("Seksi Gizi"))
    assert unit_store.get_unit(fresh_db, seksi.parent_id).nama == "Dinas Kesehatan"

    before = _state(fresh_db)
    again = _preview(qtbot, empty_window, prompts, sheet)
    assert not again.findChild(QCheckBox, "createUnitsCheck").isVisible()
    assert f"{OFFICE_GOOD}</b>" in again.findChild(QLabel, "count_sama").text()
    assert not again.import_button.isEnabled()
    again.reject()
    assert _state(fresh_db) == before


def test_a_later_siasn_download_shows_what_changes(
    qtbot, empty_window, prompts, fresh_db, tmp_path
):
    first = _preview(qtbot, empty_window, prompts, siasn_json(tmp_path, siasn_records()))
    _tick(qtbot, first.findChild(QCheckBox, "createUnitsCheck"))
    _import(qtbot, first)
    later = siasn_json(tmp_path, siasn_records(later=True), "later.json")
    dialog = _preview(qtbot, empty_window, prompts, later)
    rows = dialog.rows_model
    notes = [rows.index(r, 4).data() for r in range(rows.rowCount())]
    assert any("golongan III/b → III/c" in n for n in notes)
    assert any("unit BIDANG BINA MARGA → BIDANG SUMBER DAYA AIR" in n for n in notes)
    dialog.reject()
