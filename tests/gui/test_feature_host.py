"""Features get a ``FeatureHost``, not the main window: the Cetak and Sinkronisasi menus run on
any host; the window's ``Selection`` follows what the operator clicks; a change made in one
place is announced once (``DataChanged``) and the pages that show it read again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTabWidget

from desktop.store import staff as staff_store
from desktop.ui.host import Changes, Person
from desktop.ui.reports import ReportsController
from desktop.ui.staff.dialog import StaffDialog
from desktop.ui.staff.model import NAMA
from desktop.ui.sync import SyncController
from desktop.ui.window_host import WindowHost
from tests.gui.conftest import find_window, wait_window
from tests.gui.helpers import click_staff, click_tab, click_unit, retype


def bare_host(qtbot, db, db_path, prompts) -> tuple[QMainWindow, WindowHost]:
    """A plain window with a Tampilan menu and a page area: no staff table, no unit tree."""
    window = QMainWindow()
    qtbot.addWidget(window)
    anchor = window.menuBar().addMenu("Tampilan").menuAction()
    pages = QTabWidget()
    window.setCentralWidget(pages)
    return window, WindowHost(window, db, db_path, prompts, pages, anchor, ())


def test_the_cetak_menu_runs_on_any_host_and_follows_its_selection(
    qtbot, fresh_db, db_path, office, prompts
):
    window, host = bare_host(qtbot, fresh_db, db_path, prompts)
    reports = ReportsController(host)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Cetak", "Tampilan"]  # a feature's menu goes before Tampilan
    assert not reports.actions.skp.isEnabled() and not reports.actions.batch.isEnabled()
    person = office.staff[0]
    host.selection.update(
        person=Person(person.id, person.nip, person.nama), unit=None, unit_id=0,
        period=None, page="staff",
    )  # fmt: skip
    assert reports.actions.skp.isEnabled() and not reports.actions.batch.isEnabled()


def test_the_sync_menu_runs_on_any_host(qtbot, fresh_db, db_path, prompts):
    window, host = bare_host(qtbot, fresh_db, db_path, prompts)
    sync = SyncController(host)
    assert window.menuBar().actions()[0].menu() is sync.menu
    assert sync.export_package.isEnabled() and not sync.import_packages.isEnabled()
    with qtbot.waitSignal(sync.status_changed):  # a sync change elsewhere refreshes it
        host.data_changed.notify(Changes(sync=True))


def test_the_selection_follows_the_staff_table_the_unit_tree_and_the_page(qtbot, window, office):
    selection = window.selection
    person = office.staff[3]
    with qtbot.waitSignal(selection.changed):
        click_staff(qtbot, window, person.id)
    assert selection.person == Person(person.id, person.nip, window.staff_panel.current_row().nama)
    assert selection.page == "staff" and selection.period is None
    dinkes = office.unit("1.01")
    click_unit(qtbot, window.unit_tree, window.unit_model.index_of(dinkes.id))
    assert selection.unit_id == dinkes.id
    assert (selection.unit.unit_id, selection.unit.kode) == (dinkes.id, "1.01")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.appraisal is not None and selection.page == "appraisal")
    appraisal = window.appraisal
    assert selection.period == (appraisal.tahun(), appraisal.periode())
    assert selection.person is None  # nobody picked on this page yet
    appraisal.top.year.setValue(appraisal.tahun() - 1)
    assert selection.period == (appraisal.tahun(), appraisal.periode())


def test_a_saved_record_is_announced_once_with_who_saved_it(qtbot, window, office, fresh_db):
    heard: list[tuple[Changes, object]] = []
    window.data_changed.changed.connect(lambda changes, by: heard.append((changes, by)))
    person = office.staff[5]
    click_staff(qtbot, window, person.id)
    qtbot.keyClick(window.staff_panel.table, Qt.Key.Key_Return)
    dialog = wait_window(qtbot, StaffDialog)
    click_tab(qtbot, dialog.tabs, "Kepegawaian")
    retype(qtbot, dialog.employment.jabatan, "Analis Kebijakan")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    assert heard == [(Changes(staff=True, staff_ids=frozenset({person.id})), window.editor)]
    assert window.selection.person.staff_id == person.id


def test_a_change_made_elsewhere_reaches_the_staff_page(qtbot, window, office, fresh_db):
    """Another part (an import, the unit screen) saved staff: the list shows it once told."""
    person = office.staff[7]
    record = staff_store.get_staff(fresh_db, person.id)
    record.nama = "Nama Sesudah Impor"
    staff_store.save_staff(fresh_db, record)
    names = lambda: {window.staff_model.index(r, NAMA).data() for r in range(30)}  # noqa: E731
    assert not any("Nama Sesudah Impor" in n for n in names())
    window.data_changed.notify(Changes(staff=True), object())
    assert any("Nama Sesudah Impor" in n for n in names())


def test_office_settings_reach_the_title_through_the_notice(qtbot, window, fresh_db):
    from desktop.store import units as unit_store

    office = unit_store.get_office(fresh_db)
    office.nama_kantor = "BKPSDM Kabupaten Lebong"
    unit_store.save_office(fresh_db, office)
    window.data_changed.notify(Changes(office=True), object())
    assert window.windowTitle() == "Kinerja Luring — BKPSDM Kabupaten Lebong"
