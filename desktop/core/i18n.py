"""The language of messages outside Qt (CLI, import reports, error texts).

Qt widgets translate through ``self.tr``; everything below the UI picks its text from small
catalogs keyed by this setting, so the CLI and the GUI speak the same language.
"""

from __future__ import annotations

LANGUAGES = ("id", "en")
_current = "id"


def set_language(lang: str) -> None:
    """Choose the language of core messages: ``id`` (default) or ``en``."""
    global _current
    _current = lang if lang in LANGUAGES else "id"


def language() -> str:
    return _current


def pick(id_text: str, en_text: str) -> str:
    """The text in the current language."""
    return en_text if _current == "en" else id_text
