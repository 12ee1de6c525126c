"""Text a spreadsheet would run as a formula: noticed on import, written inert on export.

A cell that starts with ``= + - @`` (or a tab or carriage return) is a formula to Excel and
LibreOffice when it arrives in a CSV, and a formula cell in an .xlsx is one whatever it holds.
A name such as ``=HYPERLINK("http://…","Budi")`` must come back out as that text, never as a
live link or a computation. One rule serves every export:

- .xlsx: strings are written as string cells (``data_type "s"``), never as formulas;
- .csv: such text, and every identity number (NIP, NIK, phone), gets a leading apostrophe.
  LibreOffice 7.4 and Excel keep an apostrophed field as text (the apostrophe stays visible),
  so an 18-digit NIP is not rounded to ``1,98609E+17``. Our importers drop that apostrophe.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"
_NUMBER_LIKE = re.compile(r"[+-]?[\d\s.,()/-]*")  # "-", "-5", "+62 812-3456": data, not formulas
_CONSTANT = re.compile(r'="[^"]*"')  # ="1986…", the old CSV trick for a NIP: harmless
_MARKED = re.compile(r"'(?=[=+\-@\d\t\r])")  # the apostrophe our CSV export puts before such text


def looks_like_formula(value: object) -> bool:
    """True for text a spreadsheet would evaluate (``=HYPERLINK(…)``, ``@SUM(…)``, ``-2+3``);
    a phone number ``+62 812…`` or a blank marker ``-`` is not worth a warning."""
    if not isinstance(value, str):
        return False
    if not value.startswith(FORMULA_START[:4]):  # " =1+1" is text to a spreadsheet too
        return False
    text = value.rstrip()
    return not (_NUMBER_LIKE.fullmatch(text) or _CONSTANT.fullmatch(text))


def xlsx_text(cell: Any, value: object) -> Any:
    """Put ``value`` in ``cell`` (a worksheet or write-only cell); text becomes a plain string
    cell: the characters xlsx cannot hold are dropped and a leading ``=`` stays text."""
    if not isinstance(value, str):
        cell.value = value
        return cell
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.data_type = "s"  # set after the value: assigning "=…" makes it a formula
    return cell


def is_plain_text(text: str) -> bool:
    """True when openpyxl stores ``text`` as a string cell as it is (no ``=`` in front, no
    character xlsx cannot hold): big exports skip ``xlsx_text`` for such cells."""
    return not text.startswith("=") and not ILLEGAL_CHARACTERS_RE.search(text)


def csv_text(text: str, *, identity: bool = False) -> str:
    """A CSV field a spreadsheet keeps as text: apostrophed when it would run as a formula,
    and always for an identity number (else it becomes a rounded number)."""
    if text and (identity or text.startswith(FORMULA_START)):
        return TEXT_MARK + text
    return text


def unmark(text: str) -> str:
    """Drop the apostrophe ``csv_text`` added (before a digit or a formula sign only, so a
    name written ``'Aisyah`` keeps its apostrophe)."""
    return text[1:] if text[:1] == TEXT_MARK and _MARKED.match(text) else text
