"""Machine-local UI state in QSettings (INI), each key declared once with its type and default.

Office data (instansi name, paper size) lives in the database, not here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from desktop.paths import APP_NAME

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    """One setting: its name in the INI file, its type and its default."""

    name: str
    kind: type
    default: T


LANGUAGE: Key[str] = Key("ui/language", str, "id")
WINDOW_GEOMETRY: Key[QByteArray] = Key("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Key[QByteArray] = Key("window/state", QByteArray, QByteArray())
SPLITTER_STATE: Key[QByteArray] = Key("window/splitter", QByteArray, QByteArray())
LAST_UNIT: Key[int] = Key("staff/last_unit", int, 0)  # 0 = "Semua unit"
SHOW_INACTIVE: Key[bool] = Key("staff/show_inactive", bool, False)
LAST_PAGE: Key[int] = Key("window/page", int, 0)  # 0 = Data Pegawai, 1 = Penilaian Kinerja
RECENT_FILES: Key[list[str]] = Key("files/recent", list, [])  # newest first, at most MAX_RECENT
APPRAISAL_COLUMNS: Key[QByteArray] = Key("appraisal/columns", QByteArray, QByteArray())

ALL_KEYS: tuple[Key[Any], ...] = (
    LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE, SPLITTER_STATE, LAST_UNIT, SHOW_INACTIVE, LAST_PAGE,
    RECENT_FILES, APPRAISAL_COLUMNS,
)  # fmt: skip
MAX_RECENT = 6


class Settings:
    """Typed access to the INI file.

    ``settings.get(LANGUAGE)`` returns the declared type; ``settings.set(LANGUAGE, "en")``.
    """

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self._qs.fileName())

    def get(self, key: Key[T]) -> T:
        raw = self._qs.value(key.name, None)
        if raw is None:
            return key.default
        try:
            return _convert(raw, key.kind)
        except (TypeError, ValueError):
            return key.default

    def set(self, key: Key[T], value: T) -> None:
        # a list goes in as JSON text: INI turns a one-item list back into a bare string
        self._qs.setValue(key.name, json.dumps(value) if key.kind is list else value)

    def sync(self) -> None:
        self._qs.sync()


def _convert(raw: Any, kind: type) -> Any:
    """INI files hold text: turn it back into the declared type."""
    if kind is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in ("true", "1", "yes")
        return bool(raw)
    if kind is int:
        return int(raw)
    if kind is list:
        value = json.loads(raw) if isinstance(raw, str) else raw
        if not isinstance(value, list):
            raise ValueError("not a list")
        return [str(item) for item in value]
    if kind is QByteArray:
        return raw if isinstance(raw, QByteArray) else QByteArray(raw)
    return kind(raw)


def recent_files(settings: Settings) -> list[Path]:
    """The databases opened lately, newest first (missing files included: the menu says so)."""
    return [Path(name) for name in settings.get(RECENT_FILES)][:MAX_RECENT]


def remember_recent(settings: Settings, path: Path) -> None:
    """Put ``path`` first in the recent files, once, keeping the newest ``MAX_RECENT``."""
    name = str(path.resolve())
    others = [n for n in settings.get(RECENT_FILES) if n != name]
    settings.set(RECENT_FILES, [name, *others][:MAX_RECENT])
