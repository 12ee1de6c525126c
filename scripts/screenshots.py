"""Grab the main screens to PNG offscreen, to look at them before calling UI work done.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--db F] [-o DIR] [--lang en]

Uses (or builds) a demo office, then saves: the main window on both pages, the staff detail
dialog on each tab, the import preview of a sheet with broken rows, and the SKP and evaluation
editors of the first employee with an SKP.
"""

from __future__ import annotations

import argparse
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

    def confirm(self, parent, title, text, ok_text):
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
    view = workspace.table.view
    for row in range(workspace.model.rowCount()):
        if workspace.model.row_at(workspace.model.index(row, 0)).skp_id is not None:
            view.selectRow(row)
            each_dialog(window, out, workspace.open_skp, "skp_editor")
            each_dialog(window, out, workspace.open_evaluation, "evaluation_editor")
            break
    window.close()


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
    args = parser.parse_args()
    run(args.db, args.out, args.lang)


if __name__ == "__main__":
    main()
