"""GUI fixtures: a small office, scripted prompts and the main window over them."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from desktop import paths
from desktop.store.db import open_db
from desktop.sync import Role, set_role
from desktop.ui.compat import keep_singletons_alive
from desktop.ui.main_window import MainWindow
from desktop.ui.prompts import Prompts
from desktop.ui.settings import Settings
from tests.gui.office import Office, build_office

W = TypeVar("W", bound=QWidget)
keep_singletons_alive()  # PySide6 6.12 on CPython 3.11 over-releases None and True


class ScriptedPrompts(Prompts):
    """Answers file pickers and confirmations from lists; records every notice."""

    def __init__(self) -> None:
        super().__init__()
        self.files: list[Path | None] = []
        self.answers: list[bool] = []
        self.confirmations: list[str] = []
        self.confirm_options: list[dict] = []  # ok_text, safe_default, cancel_text per question
        self.notices: list[str] = []
        self.batches: list[list[Path]] = []  # answers to "several files"
        self.folders: list[Path] = []  # answers to "choose a folder"

    def open_file(self, parent, title, filters):
        return self.files.pop(0) if self.files else None

    def open_files(self, parent, title, filters):
        return self.batches.pop(0) if self.batches else []

    def choose_folder(self, parent, title, start=None):
        return self.folders.pop(0) if self.folders else None

    def save_file(self, parent, title, filters, suggested):
        return self.files.pop(0) if self.files else None

    def confirm(self, parent, title, text, ok_text, **options):
        self.confirmations.append(text)
        self.confirm_options.append({"ok_text": ok_text, **options})
        return self.answers.pop(0) if self.answers else True

    def info(self, parent, title, text):
        self.notices.append(text)


@pytest.fixture
def office(fresh_db) -> Office:
    return build_office(fresh_db)


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, fresh_db, db_path, office, settings, prompts) -> MainWindow:
    main = MainWindow(fresh_db, db_path, settings, prompts)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    qtbot.waitUntil(main.isActiveWindow)
    return main


@pytest.fixture
def centre(qtbot, tmp_path: Path, settings: Settings, prompts: ScriptedPrompts):
    """A central database (sync role "central") in its own main window, same prompts."""
    path = tmp_path / "pusat.sqlite"
    db = open_db(path)
    set_role(db, Role.CENTRAL)
    main = MainWindow(db, path, settings, prompts)
    qtbot.addWidget(main)
    main.show()
    yield main
    db.close()


def find_window(kind: type[W]) -> W | None:
    """The visible top-level window of a kind (dialogs opened by the app)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def wait_window(qtbot, kind: type[W]) -> W:
    """Wait for a window the app opened and activate it, as a window manager would."""
    qtbot.waitUntil(lambda: find_window(kind) is not None)
    found = find_window(kind)
    assert found is not None
    found.activateWindow()
    qtbot.waitUntil(found.isActiveWindow)
    return found


@pytest.fixture
def isolated_app(tmp_path, monkeypatch, qapp):
    """run_gui writes its log and settings into tmp_path; its style, hook, translators,
    windows and log handler are undone after (the next test gets its own)."""
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "log")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    hook = sys.excepthook
    log = logging.getLogger("desktop")
    handlers = list(log.handlers)
    before = set(QApplication.topLevelWidgets())
    translators = set(qapp.findChildren(QTranslator))
    yield qapp
    sys.excepthook = hook
    qapp.setStyleSheet("")
    for translator in set(qapp.findChildren(QTranslator)) - translators:  # qtbase_id and co.
        QApplication.removeTranslator(translator)
        translator.deleteLater()
    for widget in set(QApplication.topLevelWidgets()) - before:  # the run's window and dialog
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for handler in log.handlers[:]:  # run_gui's log file handler: the next test wants its own
        if handler not in handlers:
            log.removeHandler(handler)
            handler.close()


@pytest.fixture
def app_session(qtbot, settings, prompts):
    """The app as ``app.run_gui`` runs it (sign-in, switching user), closed afterwards with
    every window it left open."""
    from desktop.app import Session as AppSession

    opened = AppSession(settings, prompts)
    yield opened
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not opened.window:
            widget.close()
    if opened.window is not None:
        opened.window.close()
    opened.close()
