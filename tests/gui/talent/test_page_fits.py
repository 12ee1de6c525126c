"""The Manajemen Talenta page fits a 1024×768 office screen on every tab, the unit tree still
beside it: no tab may ask for more width than the page has (a QTabWidget is as wide as its
widest tab's minimum, so one wide tab bar widens the window for good).

The offscreen screen's size is fixed when Qt starts and the other GUI tests run on Qt's
default 800×600 one, so the outer test runs the inner one in a child pytest whose screen is
1024×768 less a 40-pixel taskbar (as ``fit_probe`` does for ``test_fits_screen``), with the
app's own style (10 pt text, bold headers) that sets the widths a user sees.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.talent.page import TABS
from tests.gui.fit_probe import TASKBAR

ROOT = Path(__file__).resolve().parents[3]
INNER = "KINERJA_TALENT_FIT_INNER"
SCREEN = (1024, 768)


def test_every_talent_tab_fits_a_1024_by_768_screen(tmp_path):
    if os.environ.get(INNER):
        pytest.skip("the inner run")
    width, height = SCREEN
    config = tmp_path / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height - TASKBAR,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", **{INNER: "1"})
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__,
         "-k", "inner_run"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout


@pytest.fixture
def styled(qapp):
    """The app's style, as ``desktop.app`` applies it; undone after."""
    from desktop.app import apply_style

    font = qapp.font()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet("")
    qapp.setFont(font)


@pytest.mark.skipif(not os.environ.get(INNER), reason="run by the test above on a 1024 screen")
def test_inner_run_switches_every_tab(qtbot, styled, window):
    free = window.screen().availableGeometry()
    assert (free.width(), free.height()) == (SCREEN[0], SCREEN[1] - TASKBAR)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.talent.page
    assert window.pages.currentWidget() is page and page.tabs is not None
    bar = page.tabs.tabBar()
    bar.setFocus(Qt.FocusReason.OtherFocusReason)
    for index in range(len(TABS)):
        if index:
            qtbot.keyClick(bar, Qt.Key.Key_Right)  # the next tab, as a keyboard user moves
        assert page.tabs.currentIndex() == index
        slot = page.slots[index]
        qtbot.waitUntil(lambda slot=slot: slot.tab is not None)
        QApplication.sendPostedEvents()  # the layouts settle on the new minimum sizes
        QApplication.processEvents()
        name = TABS[index].cls
        frame = window.frameGeometry()
        assert frame.x() >= free.x() and frame.right() <= free.right(), (name, frame)
        assert window.minimumSizeHint().width() <= free.width(), name
        wanted = slot.tab.minimumSizeHint().width()
        assert wanted <= page.width(), f"{name} wants {wanted} px, the page has {page.width()}"
        assert window.unit_tree.isVisible() and window.left.width() >= 200, name
