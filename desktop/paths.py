"""Where the app finds its files: resources/ and db/ (source tree or PyInstaller bundle) and the
user's data folder (platformdirs). Qt-free so every layer may use it."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "KinerjaLuring"


def project_root() -> Path:
    """The folder holding resources/ and db/: the bundle when frozen, else the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def migrations_dir() -> Path:
    return project_root() / "db" / "migrations"


def reference_dir() -> Path:
    return project_root() / "db" / "reference"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def fonts_dir() -> Path:
    """The TTF family embedded in printed forms (with its licence)."""
    return resources_dir() / "fonts"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The office database when no ``--db`` is given."""
    return user_data_dir() / "kinerja.sqlite"


def demo_db_path() -> Path:
    """The embedded demo office the README's start command opens."""
    return user_data_dir() / "demo.sqlite"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def backup_dir_for(db_path: Path) -> Path:
    """Automatic backups sit beside the database: ``kinerja-cadangan/``."""
    return db_path.parent / f"{db_path.stem}-cadangan"
