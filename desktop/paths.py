"""Where the app finds its files: resources/ and db/ (inside the installed package, the
PyInstaller bundle or the source tree) and the user's data folder (platformdirs, or the folder
the office chose). Qt-free so every layer may use it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "KinerjaLuring"
PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR_ENV = "KINERJA_DATA_DIR"  # overrides the data folder for one run (tests, portable use)
DATA_DIR_FILE = "folder-data.txt"  # in the config folder: the data folder the office chose
PORTABLE_MARKER = "portable.txt"  # beside the executable in the portable zip


def project_root() -> Path:
    """The folder holding resources/ and db/: ``desktop/_data`` in a wheel or bundle (the build
    copies them there), the bundle's root in an older bundle, else the source tree."""
    packaged = PACKAGE_DIR / "_data"
    if (packaged / "db" / "migrations").is_dir():
        return packaged
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return PACKAGE_DIR.parent


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


def platform_data_dir() -> Path:
    """The platform's user data folder (``%LOCALAPPDATA%\\KinerjaLuring`` on Windows)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def chosen_data_dir() -> Path | None:
    """The data folder the office chose (remembered in the config folder), if any."""
    try:
        text = (config_dir() / DATA_DIR_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(text) if text else None


def remember_data_dir(folder: Path | None) -> Path:
    """Remember ``folder`` as the data folder (None: back to the platform's); returns the
    folder now in use. The folder is created so a mistyped drive fails here, not later."""
    store = config_dir() / DATA_DIR_FILE
    if folder is None:
        store.unlink(missing_ok=True)
        return user_data_dir()
    folder = folder.expanduser().resolve()
    folder.mkdir(parents=True, exist_ok=True)
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_text(str(folder), encoding="utf-8")
    return folder


def portable_data_dir() -> Path | None:
    """``data/`` beside the program when the portable zip's ``portable.txt`` is there (the app
    then runs from a USB stick and keeps its data on it), else None."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    return folder / "data" if (folder / PORTABLE_MARKER).exists() else None


def user_data_dir() -> Path:
    """Where office databases, the demo and the registry live: ``KINERJA_DATA_DIR``, else
    the portable folder, else the folder the office chose, else the platform's."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return portable_data_dir() or chosen_data_dir() or platform_data_dir()


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
