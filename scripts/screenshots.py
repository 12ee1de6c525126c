"""Grab the main screens to PNG offscreen, to look at them before calling UI work done.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--db F] [-o DIR] [--lang en]
    .venv/bin/python scripts/screenshots.py --first-run --screen 1024x768 [-o DIR] [--lang en]

Uses (or builds) a demo office, then saves: the main window on both pages, the staff detail
dialog on each tab, the import preview of a sheet with broken rows, the SKP and evaluation
editors of the first employee with an SKP, the chart over its quota, the batch printing dialog
and the sync export wizard (``scripts/user_guide.py`` puts several into the user guide).

``--first-run`` starts instead from an EMPTY database, as a new office does: the wizard's pages
(also the "instansi is required" message), the empty staff, unit and appraisal pages, then the
demo office opened from its own file. ``--screen WxH`` runs on an offscreen screen of that size
less a 40-pixel taskbar (the window sizes itself to the free area, as on a real PC).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from desktop.app import open_main_window, prepare_app
from desktop.demo import build_demo
from desktop.imports.staff_export import export_staff
from desktop.store.db import open_db
from desktop.ui.main_window import MainWindow
from desktop.ui.prompts import Prompts
from desktop.ui.settings import Settings

SIZE = (1366, 768)  # the usual office monitor


class FilePrompts(Prompts):
    """Answers the file picker with a prepared path and says yes to everything."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def open_file(self, parent, title, filters):
        return self.path

    def confirm(self, parent, title, text, ok_text, **options):
        return True

    def info(self, parent, title, text):
        print(f"  notice: {text}")


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"  {path}")


def top_dialog(kind: type[QDialog] = QDialog) -> QDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def grab_tabs(dialog: QDialog, out: Path, name: str) -> None:
    tabs = dialog.findChild(QTabWidget)
    if tabs is None:
        grab(dialog, out, name)
        return
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        grab(dialog, out, f"{name}_{i + 1}")


def broken_sheet(db_path: Path, folder: Path) -> Path:
    """Twenty real rows with three damaged the way offices damage them."""
    import openpyxl

    path = folder / "pegawai-rusak.xlsx"
    with open_db(db_path) as db:
        export_staff(db, path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet.delete_rows(22, sheet.max_row)
    sheet.cell(3, 1).value = 1.98609262015051e17  # a NIP Excel turned into a number
    sheet.cell(5, 1).value = "19860926 2015"  # cut short
    header = [c.value for c in sheet[1]]
    born = next(i for i, h in enumerate(header, 1) if h and "lahir" in str(h).lower())
    sheet.cell(7, born + 1 if "tempat" in str(header[born - 1]).lower() else born).value = "31-02"
    book.save(path)
    return path


def run(db_path: Path, out: Path, lang: str | None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if not db_path.exists():
        with open_db(db_path) as db:
            build_demo(db, staff=1500, seed=1)
    settings = Settings(Path(tempfile.mkdtemp()) / "settings.ini")
    prepare_app(settings, lang)
    window = open_main_window(db_path, settings)
    assert isinstance(window, MainWindow)
    window.resize(*SIZE)
    window.show()
    sign_in_as_admin(window, out)
    grab(window, out, "main_all_units")
    first_opd = window.unit_model.index_of(window.unit_model.tree.roots()[0].id)
    window.unit_tree.setCurrentIndex(window.unit_model.index(0, 0, first_opd))
    grab(window, out, "main_unit")
    window.staff_panel.filter_edit.setText("siti")
    grab(window, out, "main_filter")
    window.staff_panel.filter_edit.clear()
    each_dialog(window, out, lambda: window.editor.open_record(window.staff_model.row_at(0).id),
                "staff_dialog")  # fmt: skip
    each_dialog(window, out, window._on_office_settings_triggered, "office_settings")
    window.transfers._prompts = FilePrompts(broken_sheet(db_path, Path(tempfile.mkdtemp())))
    window.transfers.start_import()
    settle(1500)
    dialog = top_dialog()
    if dialog is not None:
        dialog.resize(1200, 640)
        grab(dialog, out, "import_preview")
        dialog.reject()
    window.pages.setCurrentIndex(1)
    grab(window, out, "appraisal_workspace")
    workspace = window.appraisal
    assert workspace is not None
    grab_broken_quota(window, out)
    view = workspace.table.view
    for row in range(workspace.model.rowCount()):
        if workspace.model.row_at(workspace.model.index(row, 0)).skp_id is not None:
            view.selectRow(row)
            each_dialog(window, out, workspace.open_skp, "skp_editor")
            each_dialog(window, out, workspace.open_evaluation, "evaluation_editor")
            break
    window.unit_tree.setCurrentIndex(window.unit_model.index(0, 0, first_opd))
    each_dialog(window, out, window.reports.start_batch, "batch_dialog")  # for the user guide
    each_dialog(window, out, window.sync.open_export_wizard, "sync_export")
    window.close()


def grab_broken_quota(window: MainWindow, out: Path) -> None:
    """The appraisal page on the demo unit over its quota (the chart with its warning)."""
    assert window.appraisal is not None
    for unit_id in window.unit_model.tree.by_id:
        window.unit_tree.select_unit(unit_id)
        settle(50)
        if window.appraisal.distribution.state == "warning":
            grab(window, out, "appraisal_quota_broken")
            grab(window.appraisal.distribution, out, "chart_quota_broken")
            break
    window.unit_tree.select_unit(0)


def sign_in_as_admin(window: MainWindow, out: Path) -> None:
    """The demo office has accounts: grab the sign-in page, then sign in as its admin."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.demo.accounts import DEMO_PASSWORD

    window.accounts.start()
    if not window.accounts.is_locked:
        return
    grab(window, out, "sign_in")
    page = window.accounts.page
    page.username.setText("admin")
    page.password.setText(DEMO_PASSWORD)
    QTest.keyClick(page.password, Qt.Key.Key_Return)
    wait_for(lambda: not window.accounts.is_locked)
    settle(300)


def wait_for(condition: Callable[[], bool], ms: int = 20_000) -> None:
    for _ in range(ms // 50):
        if condition():
            return
        settle(50)
    raise TimeoutError("the app did not get there in time")


def run_first_run(out: Path, lang: str | None) -> None:
    """The first day: wizard pages, empty states, then the demo office in its own file."""
    from PySide6.QtWidgets import QWizard

    from desktop import paths
    from desktop.app import Session
    from desktop.ui.first_run import FirstRunWizard

    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    paths.demo_db_path = lambda: folder / "demo.sqlite"  # type: ignore[assignment]
    open_db(folder / "kantor.sqlite").close()
    settings = Settings(folder / "settings.ini")
    prepare_app(settings, lang)
    session = Session(settings, FilePrompts(folder / "none.png"))
    window = session.open(folder / "kantor.sqlite")
    assert window is not None
    wizard = window.first_run.wizard
    assert isinstance(wizard, FirstRunWizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    grab(wizard, out, "wizard_1_office")
    next_button.click()
    grab(wizard, out, "wizard_1_required")
    page = wizard.office_page
    page.instansi.setText("Pemerintah Kabupaten Rejang Lebong")
    page.nama_kantor.setText("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")
    page.kota.setText("Curup")
    grab(wizard, out, "wizard_1_filled")
    next_button.click()
    grab(wizard, out, "wizard_2_forms")
    next_button.click()
    grab(wizard, out, "wizard_3_next")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    grab(window, out, "empty_staff_page")
    window.pages.setCurrentIndex(1)
    grab(window, out, "empty_appraisal_page")
    window.pages.setCurrentIndex(0)
    window.first_run.open_demo()
    wait_for(lambda: session.window is not window)
    demo = session.window
    assert demo is not None
    print(f"  demo window title: {demo.windowTitle()}")
    grab(demo, out, "demo_window")
    demo.pages.setCurrentIndex(1)
    grab(demo, out, "demo_appraisal")
    demo.pages.setCurrentIndex(0)
    demo.main_actions.recent_menu.popup(demo.mapToGlobal(demo.rect().center()))  # type: ignore[union-attr]
    demo.first_run.fill_recent_menu()
    grab(demo.main_actions.recent_menu, out, "recent_menu")  # type: ignore[arg-type]
    demo.close()
    session.close()


def use_screen(size: str) -> None:
    """An offscreen screen of ``size`` (e.g. 1024x768) less a taskbar, before Qt starts."""
    width, height = (int(n) for n in size.lower().split("x"))
    config = Path(tempfile.mkdtemp()) / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height - 40,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def each_dialog(window: MainWindow, out: Path, opener: Callable[[], object], name: str) -> None:
    opener()
    settle(300)
    dialog = top_dialog()
    if dialog is None:
        print(f"  no dialog for {name}")
        return
    grab_tabs(dialog, out, name)
    dialog.reject()
    settle()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "shots.sqlite")
    parser.add_argument("-o", "--out", type=Path, default=Path(tempfile.gettempdir()) / "shots")
    parser.add_argument("--lang", choices=["id", "en"], default=None)
    parser.add_argument("--first-run", action="store_true", help="start from an empty database")
    parser.add_argument("--screen", default="", help="offscreen screen size, e.g. 1024x768")
    args = parser.parse_args()
    if args.screen:
        use_screen(args.screen)
    if args.first_run:
        run_first_run(args.out, args.lang)
    else:
        run(args.db, args.out, args.lang)


if __name__ == "__main__":
    main()
