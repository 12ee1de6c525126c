"""Every top-level window and dialog fits a 1024×768 office screen less its taskbar.

The windows are opened by ``fit_probe`` in a child process whose offscreen screen is 1024×768
(the other GUI tests run on Qt's default 800×600 one, fixed when Qt starts). The offscreen
platform draws 2-pixel borders but no title bar, so a title bar's height is added here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui.widgets import TITLE_BAR

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = [
    "main_staff",
    "main_appraisal",
    "main_talent",
    "skp_dialog",
    "evaluation_dialog",
    "print_preview",
    "staff_dialog",
    "staff_dialog_new",
    "office_settings",
    "import_preview",
    "sync_export_wizard",
    "sync_status",
    "sync_central_import",
    "backup_dialog",
    "units_editor",
    "officials_dialog",
    "shortcuts_dialog",
    "user_guide",
    "verify_dialog",
    "batch_dialog",
    "audit_dialog",
]


@pytest.fixture(scope="module")
def measured(tmp_path_factory) -> dict[str, dict]:
    out = tmp_path_factory.mktemp("fit") / "sizes.json"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.fit_probe", "1024x768", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return {r["name"]: r for r in json.loads(out.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("name", WINDOWS)
def test_window_fits_1024_by_768(measured, name):
    found = measured.get(name)
    assert found is not None and not found.get("missing"), f"{name} did not open"
    x, y, width, height = found["frame"]
    left, top, free_w, free_h = found["available"]
    assert (free_w, free_h) == (1024, 728)  # the screen less a 40-pixel taskbar
    assert x >= left and y >= top, f"{name} starts off-screen at {x},{y}"
    assert x + width <= left + free_w, f"{name} is {width} px wide"
    assert y + height + TITLE_BAR <= top + free_h, f"{name} is {height} px high"
    min_w, min_h = found["minimum"]
    assert min_w <= free_w and min_h + TITLE_BAR <= free_h, f"{name} cannot shrink to fit"
