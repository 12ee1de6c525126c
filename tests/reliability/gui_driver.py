"""A real GUI process for the reliability tests, driven one line at a time over stdin/stdout.

``python gui_driver.py DB SETTINGS`` opens the main window on DB the way ``kinerja gui`` does
(``desktop.app``), with the working folder set to DB's folder, and prints ``ready PID``.
Commands (each answered with one line):

- ``dialog``: open a file picker through the app's ``Prompts``, wait until its model has
  listed the folder and given every file its type and icon (as the view does when it paints),
  then cancel it → ``dialog N`` (N files listed).
- ``save STAFF_ID TEXT``: open the staff dialog, set the address, press Simpan → ``saved`` or
  ``error MESSAGE``.
- ``quit``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QDir, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QMessageBox

from desktop.app import open_main_window, prepare_app
from desktop.store import lock
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


def reply(*words: object) -> None:
    print(*words, flush=True)


def pump_until(done, seconds: float = 15.0) -> bool:
    """Run the event loop until ``done()`` (a deadline, not a sleep: returns at once when
    the condition holds)."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents()
        QTest.qWait(10)
    return True


def visible_file_dialog() -> QFileDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QFileDialog) and widget.isVisible():
            return widget
    return None


def exercise(dialog: QFileDialog, outcome: dict) -> None:
    """Touch every entry as the view does, then cancel once the whole folder is listed."""
    model = dialog.findChild(QFileSystemModel)
    folder = QDir.currentPath()
    expected = {name for name in os.listdir(folder) if not name.startswith(".")}
    outcome["provider"] = type(model.iconProvider()).__name__

    def check(*_args: object) -> None:
        if "names" in outcome:
            return
        root = model.index(folder)
        names = set()
        for row in range(model.rowCount(root)):
            index = model.index(row, 0, root)
            model.data(index, Qt.ItemDataRole.DecorationRole)
            model.type(index)
            model.data(model.index(row, 2, root))  # the Type column
            names.add(model.fileName(index))
        if expected <= names:
            outcome["names"] = sorted(names)
            QApplication.processEvents()
            dialog.reject()

    model.directoryLoaded.connect(check)
    model.rowsInserted.connect(check)
    model.dataChanged.connect(check)
    check()
    QTimer.singleShot(15000, dialog.reject)  # a guard; the test then fails on the count


def open_and_cancel_dialog(window: MainWindow) -> str:
    outcome: dict = {}

    def watch() -> None:
        dialog = visible_file_dialog()
        if dialog is None:
            QTimer.singleShot(10, watch)
            return
        exercise(dialog, outcome)

    QTimer.singleShot(0, watch)
    chosen = window.prompts.open_file(window, "Impor Pegawai", "Semua berkas (*)")
    assert chosen is None
    return f"dialog {len(outcome.get('names', []))} {outcome.get('provider', '?')}"


def save_address(window: MainWindow, staff_id: int, text: str) -> str:
    dialog = window.editor.open_record(staff_id)
    if dialog is None:
        return "error open"
    dialog.personal.alamat.setPlainText(text)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    if not pump_until(lambda: not dialog.isVisible(), 10):
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        return "error " + " | ".join(b.text() for b in boxes if b.isVisible())
    return "saved"


def main() -> int:
    db_path, settings_path = Path(sys.argv[1]), Path(sys.argv[2])
    os.chdir(db_path.parent)  # "started in the folder that holds the database"
    settings = Settings(settings_path)
    app = prepare_app(settings, "id")
    window = open_main_window(db_path, settings)
    if window is None:
        reply("refused")
        return 1
    window.show()
    app.processEvents()
    reply("ready", os.getpid())
    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        if command == "dialog":
            reply(open_and_cancel_dialog(window))
        elif command == "save":
            staff_id, _, text = rest.partition(" ")
            reply(save_address(window, int(staff_id), text))
        elif command == "quit":
            break
    window.close()
    window.db.close()
    lock.release(db_path)
    reply("bye")
    return 0


if __name__ == "__main__":
    sys.exit(main())
