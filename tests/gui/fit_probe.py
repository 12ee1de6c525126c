"""Open every top-level window of the app on a small offscreen screen and print their sizes.

    python -m tests.gui.fit_probe 1024x768 OUT.json [SHOTS_DIR]

Run in a child process by ``test_fits_screen.py``: the offscreen screen's size is fixed when Qt
starts, and the other GUI tests run on Qt's default 800×600 one. The screen is the size given
less a 40-pixel taskbar, as on an office PC. With SHOTS_DIR every window is also saved as PNG.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

TASKBAR = 40


def use_screen(size: str) -> None:
    width, height = (int(n) for n in size.lower().split("x"))
    config = Path(tempfile.mkdtemp()) / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height - TASKBAR,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main() -> None:
    size, out = sys.argv[1], Path(sys.argv[2])
    shots = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    use_screen(size)
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.demo import build_demo
    from desktop.imports.staff_export import export_staff
    from desktop.store.db import open_db
    from desktop.sync import Role, set_role
    from desktop.ui.compat import keep_singletons_alive
    from desktop.ui.main_window import MainWindow
    from desktop.ui.prompts import Prompts
    from desktop.ui.settings import Settings

    keep_singletons_alive()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    db_path = folder / "kantor.sqlite"
    db = open_db(db_path)
    build_demo(db, staff=60, seed=1)
    sheet = folder / "pegawai.xlsx"
    export_staff(db, sheet)

    class Answers(Prompts):
        def open_file(self, parent, title, filters):
            return sheet

        def confirm(self, parent, title, text, ok_text, **options):
            return True

        def info(self, parent, title, text):
            pass

    def settle(ms: int = 120) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    results: list[dict] = []

    def measure(name: str, widget: QWidget) -> None:
        settle()
        free = widget.screen().availableGeometry()
        frame, inner = widget.frameGeometry(), widget.geometry()
        hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        results.append(
            {
                "name": name,
                "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                "decorated": frame != inner,
                "minimum": [hint.width(), hint.height()],
                "available": [free.x(), free.y(), free.width(), free.height()],
            }
        )
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(shots / f"{name}.png"))

    def newest(before: set[int]) -> QWidget | None:
        for _ in range(200):
            found = [
                w
                for w in QApplication.topLevelWidgets()
                if w.isVisible()
                and id(w) not in before
                and w.inherits("QDialog")
                and not w.inherits("QProgressDialog")  # a task's progress, before the window
            ]
            if found:
                return found[-1]
            settle(50)
        return None

    def window_of(opener: Callable[[], object], name: str, close: bool = True) -> None:
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        opener()
        widget = newest(before)
        if widget is None:
            results.append({"name": name, "missing": True})
            return
        measure(name, widget)
        if close:
            widget.hide()
            widget.deleteLater()
            settle(50)

    settings = Settings(folder / "settings.ini")
    window = MainWindow(db, db_path, settings, Answers())
    window.show()
    measure("main_staff", window)
    window.pages.setCurrentIndex(1)
    settle(300)
    measure("main_appraisal", window)
    workspace = window.appraisal
    assert workspace is not None
    for unit_id in window.unit_model.tree.by_id:  # the demo unit over its quota
        window.unit_tree.select_unit(unit_id)
        settle(60)
        if workspace.distribution.state == "warning":
            measure("main_quota_broken", window)
            if shots is not None:
                workspace.distribution.grab().save(str(shots / "chart_quota_broken.png"))
            break
    window.unit_tree.select_unit(0)
    settle()
    model = workspace.model
    row = next(r for r in range(model.rowCount()) if model.row_at(model.index(r, 0)).skp_id)
    workspace.table.view.selectRow(row)
    window_of(workspace.open_skp, "skp_dialog")
    window_of(workspace.open_evaluation, "evaluation_dialog")
    window_of(window.reports.actions.evaluasi.trigger, "print_preview")
    window.talent.show_page()  # Manajemen Talenta, its first tab
    settle(300)
    measure("main_talent", window)
    window.pages.setCurrentIndex(0)
    settle()
    window_of(lambda: window.editor.open_record(window.staff_model.row_at(0).id), "staff_dialog")
    window_of(lambda: window.editor.open_new(None), "staff_dialog_new")
    window_of(window._on_office_settings_triggered, "office_settings")
    window_of(window.transfers.start_import, "import_preview")
    window_of(window.sync.open_export_wizard, "sync_export_wizard")
    window_of(window.sync.open_status, "sync_status")
    window_of(window.backups.open_dialog, "backup_dialog")
    window_of(window.unit_structure.open_editor, "units_editor")
    window_of(window.officials.open_list, "officials_dialog")
    window_of(window.main_actions.show_shortcuts.trigger, "shortcuts_dialog")
    window_of(window.main_actions.user_guide.trigger, "user_guide")
    window_of(window.reports.actions.verify.trigger, "verify_dialog")
    window_of(window.reports.start_batch, "batch_dialog")
    window_of(window.audit.open_dialog, "audit_dialog")
    window.close()
    centre_path = folder / "pusat.sqlite"
    centre_db = open_db(centre_path)
    set_role(centre_db, Role.CENTRAL)
    centre = MainWindow(centre_db, centre_path, settings, Answers())
    centre.show()
    window_of(centre.sync.open_central_import, "sync_central_import")
    centre.close()
    out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    app.processEvents()


if __name__ == "__main__":
    main()
