"""Every text the screens show through ``tr()`` has its English in kinerja_en.ts: lupdate run
over the sources into a copy of the file must find nothing new and nothing unfinished."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import paths


def test_every_ui_text_has_an_english_translation(tmp_path: Path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate missing")
    copy = tmp_path / "kinerja_en.ts"
    shutil.copy(paths.translations_dir() / "kinerja_en.ts", copy)
    root = paths.project_root() / "desktop"
    sources = [str(root / "app.py"), str(root / "ui")]
    subprocess.run([lupdate, "-extensions", "py", *sources, "-ts", str(copy)],
                   check=True, capture_output=True)  # fmt: skip
    missing = []
    for context in ET.parse(copy).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text]
            if kind == "unfinished" or not all((f or "").strip() for f in forms):
                missing.append(f"{name}: {message.findtext('source')!r}")
    assert missing == [], f"{len(missing)} texts without English:\n" + "\n".join(missing[:40])
