"""The talent imports in the Berkas menu: each has an Alt letter no other Berkas entry uses."""

from __future__ import annotations

import re

TALENT_IMPORTS = ("importAsesmen", "importDiklat", "importHukuman")


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def test_talent_imports_have_their_own_menu_letters(window):
    berkas = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Berkas")
    entries = [a for a in berkas.actions() if a.text()]
    talent = [a for a in entries if a.objectName() in TALENT_IMPORTS]
    assert sorted(a.objectName() for a in talent) == sorted(TALENT_IMPORTS)
    others = [_letter(a.text()) for a in entries if a not in talent]
    letters = [_letter(a.text()) for a in talent]
    assert None not in letters
    assert len(set(letters)) == len(letters)
    assert not set(letters) & set(others), [a.text() for a in talent]
