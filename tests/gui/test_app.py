"""The composition root and the shared UI services: run_gui, errors, settings, translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.app import run_gui
from desktop.core.errors import StoreError
from desktop.ui import settings as keys
from desktop.ui.errors import UnexpectedErrorDialog, show_error
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from tests.gui.conftest import find_window, wait_window


def _close_later(kind: type) -> None:
    def close() -> None:
        window = find_window(kind)
        if window is None:
            QTimer.singleShot(10, close)
        else:
            window.close()

    QTimer.singleShot(0, close)


def test_run_gui_opens_the_office_and_returns_zero_when_closed(isolated_app, db_path, office):
    _close_later(MainWindow)
    assert run_gui(db_path) == 0
    assert (paths.log_dir() / "kinerja.log").read_text(encoding="utf-8").count("started") >= 1


def test_run_gui_reports_a_damaged_database_and_exits_with_one(isolated_app, tmp_path):
    broken = tmp_path / "rusak.sqlite"
    broken.write_bytes(b"bukan basis data " * 200)
    _close_later(QMessageBox)
    assert run_gui(broken) == 1


def test_show_error_uses_the_error_message(qtbot, window):
    show_error(window, StoreError("disk_full"))
    box = wait_window(qtbot, QMessageBox)
    assert box.text().startswith("Disk penuh")
    box.close()


def test_unexpected_error_dialog_copies_the_details(qtbot, window):
    try:
        raise RuntimeError("contoh kegagalan")
    except RuntimeError as exc:
        show_error(window, exc)
    dialog = wait_window(qtbot, UnexpectedErrorDialog)
    assert dialog.windowTitle() == "Terjadi kesalahan tak terduga"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError: contoh kegagalan" in copied and "Traceback" in copied
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: UnexpectedErrorDialog.current is None)


def test_settings_keep_their_types(tmp_path):
    first = Settings(tmp_path / "s.ini")
    first.set(keys.SHOW_INACTIVE, True)
    first.set(keys.LAST_UNIT, 12)
    first.set(keys.WINDOW_GEOMETRY, QByteArray(b"\x01\x02"))
    first.sync()
    again = Settings(tmp_path / "s.ini")
    assert again.get(keys.SHOW_INACTIVE) is True
    assert again.get(keys.LAST_UNIT) == 12
    assert again.get(keys.WINDOW_GEOMETRY) == QByteArray(b"\x01\x02")
    assert again.get(keys.LANGUAGE) == "id"


def test_window_remembers_show_inactive_and_language_choice(qtbot, window, settings, prompts):
    window.main_actions.show_inactive.trigger()
    window.main_actions.language_en.trigger()
    assert settings.get(keys.SHOW_INACTIVE) is True
    assert settings.get(keys.LANGUAGE) == "en"
    assert "dibuka kembali" in prompts.notices[-1]


def test_english_translation_covers_the_main_window(qtbot, tmp_path, fresh_db, db_path, office):
    source = paths.translations_dir() / "kinerja_en.ts"
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if not source.exists() or lrelease is None:
        pytest.skip("kinerja_en.ts or pyside6-lrelease missing")
    qm = tmp_path / "kinerja_en.qm"
    subprocess.run([lrelease, str(source), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        main = MainWindow(fresh_db, db_path, Settings(tmp_path / "s.ini"))
        qtbot.addWidget(main)
        menus = [a.text() for a in main.menuBar().actions()]
        assert menus == ["&File", "&Staff", "&Print", "S&ync", "&View", "&Help"]
        assert main.status_label.text() == "Showing 30 of 30 staff"
        assert main.staff_panel.filter_edit.placeholderText().startswith("Search")
    finally:
        QApplication.removeTranslator(translator)


def test_none_and_true_survive_many_void_calls_and_emits(qapp):
    """PySide6 6.12 on CPython 3.11 drops a None per void call, a True per emit (ui/compat)."""
    from PySide6.QtWidgets import QLabel

    from desktop.ui.compat import keep_singletons_alive

    keep_singletons_alive()
    label = QLabel()
    for _ in range(30_000):  # without the work-around None (~10k refs) would be freed
        label.setText("x")
        label.windowTitleChanged.emit("x")  # ... and True (a few hundred refs)
    assert sys.getrefcount(None) > 1000 and sys.getrefcount(True) > 1000
