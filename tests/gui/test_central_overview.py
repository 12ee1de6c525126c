"""A centre's main window: it opens on "Rekap Pusat", and after an import through the import
screen it lists the offices, their merged staff (not 0) and the predikat distribution, and
exports them to xlsx."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from desktop.sync import export_package
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import ScriptedPrompts
from tests.unit.sync_support import demo_office, introduce


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def import_in_dialog(qtbot, centre: MainWindow, prompts: ScriptedPrompts, files: list[Path]):
    dialog = centre.sync.open_central_import()
    prompts.batches.append(files)
    click(qtbot, dialog.add_button)
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    return dialog


def packages(tmp_path: Path, centre: MainWindow) -> tuple[list[Path], list[int]]:
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    files, staff = [], []
    for n, seed in enumerate((3, 5)):
        office = demo_office(tmp_path / f"kantor{n}.sqlite", seed=seed)
        try:
            introduce(office, centre.db, stick)
            files.append(export_package(office, stick).path)
            staff.append(office.execute("SELECT count(*) FROM staff").fetchone()[0])
        finally:
            office.close()
    return files, staff


def test_a_centre_opens_on_its_overview_and_shows_the_merged_staff_after_an_import(
    qtbot, centre, prompts, tmp_path
):
    page = centre.sync.overview
    assert page is not None and centre.pages.currentWidget() is page
    counter = centre.statusBar().findChild(type(centre.status_label), "centralStaffCount")
    assert counter.text() == "0 pegawai gabungan dari 0 kantor"
    assert not centre.status_label.isVisible()

    files, staff = packages(tmp_path, centre)
    dialog = import_in_dialog(qtbot, centre, prompts, files)
    assert dialog.report.ok
    dialog.close()

    total = sum(staff)
    assert counter.text() == f"{total} pegawai gabungan dari 2 kantor"
    assert page.summary.text() == counter.text()
    offices = page.office_table
    assert offices.rowCount() == 2
    assert sorted(int(offices.item(r, 5).text()) for r in range(2)) == sorted(staff)
    assert all(offices.item(r, 1).text() == "urutan 1" for r in range(2))
    assert page.staff_table.rowCount() == int(offices.item(0, 5).text())

    # picking the other office lists its merged staff, read-only
    second = offices.visualItemRect(offices.item(1, 0)).center()
    qtbot.mouseClick(offices.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert page.staff_table.rowCount() == int(offices.item(1, 5).text())
    assert offices.item(1, 0).text() in page.staff_title.text()
    assert page.staff_table.editTriggers() == page.staff_table.EditTrigger.NoEditTriggers

    years = page.distribution_table
    qtbot.waitUntil(lambda: page.years is not None)  # worked out in a worker
    assert years.rowCount() == 2 * 3  # two offices, three appraisal years each (demo 2023–2025)
    last = years.columnCount() - 1
    for r in range(years.rowCount()):
        counts = [int(years.item(r, c).text()) for c in range(4, 9)]
        assert sum(counts) == int(years.item(r, 9).text()) > 0
        assert years.item(r, last).text()  # the quota verdict

    # the menu brings the page back from another one
    centre.pages.setCurrentIndex(0)
    centre.sync.show_overview.trigger()
    assert centre.pages.currentWidget() is page

    centre.resize(1024, 768)
    qtbot.waitUntil(lambda: centre.width() <= 1024)
    shots = Path(os.environ.get("KINERJA_SHOTS", tmp_path))
    assert centre.grab().save(str(shots / "central-overview.png"))


def test_the_overview_exports_to_xlsx(qtbot, centre, prompts, tmp_path):
    files, staff = packages(tmp_path, centre)
    import_in_dialog(qtbot, centre, prompts, files).close()
    page = centre.sync.overview
    qtbot.waitUntil(lambda: page.export_button.isEnabled())
    target = tmp_path / "rekap"
    prompts.files.append(target)
    click(qtbot, page.export_button)
    written = target.with_suffix(".xlsx")
    assert str(written) in prompts.notices[-1]
    book = openpyxl.load_workbook(written)
    offices, years = book.worksheets
    assert sorted(row[9] for row in offices.iter_rows(min_row=2, values_only=True)) == sorted(staff)
    assert years.max_row == 1 + 2 * 3  # a row per office and appraisal year


def test_an_office_window_has_no_overview(window):
    assert window.sync.overview is None
    assert not window.sync.show_overview.isEnabled()
    assert window.sync.show_central_page() is None
