"""Machine-local UI state in QSettings (INI), each key declared once with its type and default.

Office data (instansi name, paper size) lives in the database, not here.
"""

from __future__ import annotations

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

ALL_KEYS: tuple[Key[Any], ...] = (
    LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE, SPLITTER_STATE, LAST_UNIT, SHOW_INACTIVE, LAST_PAGE,
)  # fmt: skip


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
        self._qs.setValue(key.name, value)

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
    if kind is QByteArray:
        return raw if isinstance(raw, QByteArray) else QByteArray(raw)
    return kind(raw)
