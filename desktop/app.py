"""Composition root of the desktop app: logging, QApplication, translators, style, the store
and the main window. ``desktop.cli`` calls ``run_gui``.

A ``Session`` holds the one office window and its database: Berkas → Buka basis data…, Basis
data baru… and Buka kantor contoh switch the session to another file (the new window opens
first; the old one then closes its store and releases its holder file).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__, paths
from desktop.core import i18n
from desktop.core.errors import StoreError
from desktop.store import accounts, lock
from desktop.store import session as sessions
from desktop.store.cleanup import clean_at_start
from desktop.store.db import open_db
from desktop.ui import settings as keys
from desktop.ui.compat import keep_singletons_alive
from desktop.ui.errors import install_excepthook
from desktop.ui.main_window import MainWindow
from desktop.ui.prompts import Prompts
from desktop.ui.settings import Settings

log = logging.getLogger("desktop")


SMOKE_ENV = "KINERJA_SMOKE"  # "1": quit once the window is usable (CI, bench/bundle.py)


def run_gui(db_path: Path, *, language: str | None = None, import_file: Path | None = None) -> int:
    """Open the office database in the main window; returns the exit code (1: store refused).

    ``language`` ("id" or "en") overrides the saved setting for this run only; ``import_file``
    (a ``.kinerja`` package opened from the file manager) opens the central import with it.
    """
    configure_logging()
    clean_at_start(db_path)  # what killed batches and exports left behind
    settings = Settings()
    app = prepare_app(settings, language)
    session = Session(settings)
    if session.open(db_path) is None:
        return 1
    if import_file is not None and session.window is not None:
        sync = session.window.sync
        session.window.accounts.when_signed_in(
            lambda: sync.open_central_import().add_files([import_file])
        )
    if os.environ.get(SMOKE_ENV) == "1" and session.window is not None:
        window = session.window
        QTimer.singleShot(0, lambda: _smoke_quit(app, window))
    try:
        code = app.exec()
    finally:
        session.close()
    log.info("closed with code %s", code)
    return code


def run_centre_window(url: str, *, language: str | None = None) -> int:
    """A PostgreSQL centre's overview in a window (``ui/sync/pg_window.py``); 1 when the
    server cannot be reached or holds no centre (said in a message box)."""
    from desktop.sync import SyncError
    from desktop.sync.pg import connect
    from desktop.ui.errors import show_error
    from desktop.ui.sync.pg_window import CentreWindow

    configure_logging()
    app = prepare_app(Settings(), language)
    try:
        db = connect(url)
    except SyncError as exc:
        print(exc.message(), file=sys.stderr)  # started from a terminal, as it usually is
        if os.environ.get(SMOKE_ENV) != "1":
            show_error(None, exc)
        return 1
    window = CentreWindow(db, url, Prompts())
    window.resize(1200, 760)
    window.show()
    if os.environ.get(SMOKE_ENV) == "1":
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    log.info("centre window closed with code %s", code)
    return code


class Session(QObject):
    """The office window of this run and the database under it (``window``)."""

    def __init__(self, settings: Settings, prompts: Prompts | None = None) -> None:
        super().__init__()
        self.settings, self.prompts = settings, prompts
        self.window: MainWindow | None = None

    def open(self, db_path: Path) -> MainWindow | None:
        """Open ``db_path`` in a new main window (the wizard first over a blank office);
        None when the store refused it (the reason was shown)."""
        window = open_main_window(db_path, self.settings, self.prompts)
        if window is None:
            return None
        window.first_run.switch_requested.connect(self.switch_to)
        window.show()
        window.fit_to_screen()  # again: the frame's size is only known once shown
        keys.remember_recent(self.settings, db_path)
        self.window = window
        # accounts: locked until someone signs in (the wizard waits for it), or, without
        # accounts, the wizard and then "Buat akun admin"
        window.accounts.start(then=window.first_run.start_if_blank)
        return window

    def switch_to(self, db_path: Path) -> MainWindow | None:
        """Open another database in place of the current one; a file that cannot be opened
        leaves the current window as it was."""
        old = self.window
        if old is not None and _same_file(old.db_path, db_path):
            return old
        window = self.open(db_path)
        if window is None:
            self.window = old
            return None
        if old is not None:
            old.close()  # saves the window's layout
            _close_store(old)
            old.deleteLater()
        log.info("switched to %s", db_path)
        return window

    def close(self) -> None:
        """Close the store of the current window and release its holder file."""
        if self.window is not None:
            _close_store(self.window)
            self.window = None


def _smoke_quit(app: QApplication, window: MainWindow, tries: int = 300) -> None:
    """Once the window is exposed and active with the event loop running (usable), say when
    (wall clock), then close the windows as a person would and quit."""
    handle = window.windowHandle()
    ready = handle is not None and handle.isExposed() and app.activeWindow() is not None
    if not ready and tries > 0:
        QTimer.singleShot(10, lambda: _smoke_quit(app, window, tries - 1))
        return
    print(f"KINERJA_WINDOW_READY {time.time():.3f}", flush=True)
    for widget in app.topLevelWidgets():  # the last one closed ends app.exec()
        if widget.isVisible() and widget is not window:
            widget.close()
    window.close()


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def _close_store(window: MainWindow) -> None:
    window.accounts.close_session()  # the audit's logout, while the store is still open
    window.db.close()
    lock.release(window.db_path)


def configure_logging(level: int = logging.INFO) -> None:
    """A rotating log file in the user's log folder (stderr when that is not writable)."""
    if any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        return
    handler: logging.Handler
    try:
        paths.log_dir().mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            paths.log_dir() / "kinerja.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)


def prepare_app(settings: Settings, language: str | None = None) -> QApplication:
    """The QApplication with names, language, translators, style and the exception hook."""
    if keep_singletons_alive():
        log.info("PySide6 None/True refcount work-around active (CPython < 3.12)")
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    lang = language if language in i18n.LANGUAGES else settings.get(keys.LANGUAGE)
    i18n.set_language(lang)
    install_translators(app, i18n.language())
    apply_style(app)
    install_excepthook()
    log.info("Kinerja Luring %s started, language %s", __version__, i18n.language())
    return app


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load kinerja_<lang>.qm (Indonesian is the source language and needs none) and Qt's own
    qtbase_<lang>.qm: ours first (Qt ships no qtbase_id.qm; resources/translations/qtbase_id.ts
    gives its message boxes, file and print dialogs in Indonesian), else Qt's."""
    QLocale.setDefault(
        QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Indonesian)
    )
    installed: list[QTranslator] = []
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    wanted = [[(paths.translations_dir(), f"kinerja_{lang}")]] if lang != "id" else []
    wanted.append([(paths.translations_dir(), f"qtbase_{lang}"), (qt_folder, f"qtbase_{lang}")])
    for choices in wanted:
        translator = QTranslator(app)
        if any(translator.load(name, str(folder)) for folder, name in choices):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", choices[0][1], choices[0][0])
    return installed


def apply_style(app: QApplication) -> None:
    """Fusion with the calm stylesheet in resources/styles/app.qss, 10 pt text."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    if sys.platform == "win32":
        font.setFamily("Segoe UI")
    font.setPointSize(10)
    app.setFont(font)
    qss = paths.resources_dir() / "styles" / "app.qss"
    if qss.exists():
        icons = (paths.resources_dir() / "icons").as_posix()
        app.setStyleSheet(qss.read_text(encoding="utf-8").replace("@ICONS@", icons))


def open_main_window(
    db_path: Path, settings: Settings, prompts: Prompts | None = None
) -> MainWindow | None:
    """Claim the database for this GUI (one window per file, ``store.lock``), open the store
    and build the main window; a StoreError is shown and gives None."""
    try:
        lock.claim(db_path)
        try:
            db = open_db(db_path)
        except BaseException:
            lock.release(db_path)
            raise
    except StoreError as exc:
        log.error("cannot open %s: %s", db_path, exc.code)
        if prompts is not None:
            prompts.info(None, "Kinerja Luring", exc.message())
        else:
            box = QMessageBox(QMessageBox.Icon.Critical, "Kinerja Luring", exc.message())
            box.exec()
        return None
    if accounts.has_accounts(db):  # the window opens locked: it reads nobody's data yet
        sessions.begin(sessions.Session(locked=True))
    return MainWindow(db, db_path, settings, prompts)
