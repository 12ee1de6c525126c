"""The language of messages outside Qt (CLI, import reports, error texts).

Qt widgets translate through ``self.tr``; everything below the UI picks its text from small
catalogs keyed by this setting, so the CLI and the GUI speak the same language.
"""

from __future__ import annotations

from typing import NamedTuple

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


class Counted(NamedTuple):
    """A count with its noun, rendered when the language is known: an error's parameter
    (``KinerjaError.message(lang)`` renders it) or, through :func:`plural`, text now."""

    n: int
    id_word: str
    en_one: str
    en_many: str

    def text(self, lang: str | None = None) -> str:
        if (lang or _current) != "en":
            return f"{self.n} {self.id_word}"  # Indonesian nouns do not change with the count
        return f"{self.n} {self.en_one if self.n == 1 else self.en_many}"


def plural(n: int, id_word: str, en_one: str, en_many: str) -> str:
    """``n`` with its noun in the current language: "1 row", "3 rows", "3 baris"."""
    return Counted(n, id_word, en_one, en_many).text()
