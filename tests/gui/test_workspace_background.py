"""A whole kabupaten's workspace is read off the GUI thread: the table says it is loading, the
window keeps answering, and only the newest choice is shown when the reads come back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.appraisal import AppraisalWorkspace
from desktop.ui.appraisal import workspace as workspace_module
from tests.gui.test_appraisal_support import YEAR, ScriptedPrompts, build_office


@pytest.fixture
def office(fresh_db):
    return build_office(fresh_db, staff_count=5)


def test_a_large_subtree_loads_in_the_background(qtbot, office, db_path, monkeypatch):
    monkeypatch.setattr(workspace_module, "BACKGROUND_STAFF", 3)  # this office counts as large
    widget = AppraisalWorkspace(office.db, db_path, prompts=ScriptedPrompts())
    qtbot.addWidget(widget)
    widget.top.year.setValue(YEAR)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.workspace_loaded, timeout=10_000):
        widget.set_unit(office.bidang.id, {office.bidang.id})
        assert widget.table.stack.currentWidget() is widget.table.loading  # not frozen: says so
        assert widget.model.rowCount() == 0
    assert widget.model.rowCount() == 6  # the kabid and 5 staff
    assert widget.table.stack.currentWidget() is widget.table.view


def test_only_the_newest_choice_is_shown(qtbot, office, db_path, monkeypatch):
    monkeypatch.setattr(workspace_module, "BACKGROUND_STAFF", 3)
    widget = AppraisalWorkspace(office.db, db_path, prompts=ScriptedPrompts())
    qtbot.addWidget(widget)
    widget.top.year.setValue(YEAR)
    shown: list[int] = []
    widget.workspace_loaded.connect(lambda: shown.append(widget.model.rowCount()))
    widget.set_unit(office.bidang.id, {office.bidang.id})  # read in the background …
    monkeypatch.setattr(workspace_module, "BACKGROUND_STAFF", 1_000)
    widget.set_unit(office.bidang.parent_id, set())  # … then a small choice, read at once
    assert shown == [0]
    # once the first read has come back it must not replace the newer choice
    qtbot.waitUntil(lambda: not workspace_module.Task._running, timeout=10_000)
    assert shown == [0] and widget.model.rowCount() == 0


def test_opening_on_the_appraisal_page_reads_the_staff_list_only_when_it_is_shown(
    qtbot, fresh_db, db_path, office, settings, prompts
):
    from desktop.ui import settings as keys
    from desktop.ui.main_window import APPRAISAL_PAGE, STAFF_PAGE, MainWindow

    settings.set(keys.LAST_PAGE, APPRAISAL_PAGE)
    main = MainWindow(fresh_db, db_path, settings, prompts)
    qtbot.addWidget(main)
    main.show()
    assert main.pages.currentIndex() == APPRAISAL_PAGE
    assert main.staff_model.rowCount() == 0  # 50,000 rows it would not show are not read
    everyone = main.unit_model.total(office.bidang.parent_id)
    assert everyone == 6  # the unit tree still counts the kabid and 5 staff (one GROUP BY)
    qtbot.mouseClick(main.pages.tabBar(), Qt.MouseButton.LeftButton,
                     pos=main.pages.tabBar().tabRect(STAFF_PAGE).center())  # fmt: skip
    assert main.pages.currentIndex() == STAFF_PAGE
    assert main.staff_model.rowCount() == 6
    assert main.unit_model.total(office.bidang.parent_id) == everyone
