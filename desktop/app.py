"""Composition root of the desktop app: logging, QApplication, translators, style, the store
and the main window. ``desktop.cli`` calls ``run_gui``."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__, paths
from desktop.core import i18n
from desktop.core.errors import StoreError
from desktop.store.db import open_db
from desktop.ui import settings as keys
from desktop.ui.compat import keep_singletons_alive
from desktop.ui.errors import install_excepthook
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings

log = logging.getLogger("desktop")


def run_gui(db_path: Path, *, language: str | None = None) -> int:
    """Open the office database in the main window; returns the exit code (1: store refused).

    ``language`` ("id" or "en") overrides the saved setting for this run only.
    """
    configure_logging()
    settings = Settings()
    app = prepare_app(settings, language)
    window = open_main_window(db_path, settings)
    if window is None:
        return 1
    window.show()
    code = app.exec()
    window.db.close()
    log.info("closed with code %s", code)
    return code


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
    """Load kinerja_<lang>.qm and Qt's own qtbase_<lang>.qm when present (Indonesian is the
    source language and needs no file of ours)."""
    QLocale.setDefault(
        QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Indonesian)
    )
    installed: list[QTranslator] = []
    candidates = [(paths.translations_dir(), f"kinerja_{lang}")] if lang != "id" else []
    candidates.append(
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{lang}")
    )
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
        elif name.startswith("kinerja"):
            log.warning("translation %s not found in %s", name, folder)
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


def open_main_window(db_path: Path, settings: Settings) -> MainWindow | None:
    """Open the store and build the main window; a StoreError is shown and gives None."""
    try:
        db = open_db(db_path)
    except StoreError as exc:
        log.error("cannot open %s: %s", db_path, exc.code)
        box = QMessageBox(QMessageBox.Icon.Critical, "Kinerja Luring", exc.message())
        box.exec()
        return None
    return MainWindow(db, db_path, settings)
