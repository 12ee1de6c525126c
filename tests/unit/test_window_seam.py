"""Features get the ``FeatureHost``, never the main window (issue 13 item 1).

An ``ast`` check over ``desktop/ui/``: only ``main_window.py`` (the window) and
``window_host.py`` (its side of the host) may import or name ``MainWindow`` — not as an
import, an annotation, an alias (``MainWindow = Any``) or a protocol of that name — and no
controller module names ``QMainWindow`` either (a window typed loosely is still the window).
``desktop/app.py`` opens the window and lies outside ``ui/``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ui"
ALLOWED = {"main_window.py", "window_host.py"}
WINDOW_MODULE = "desktop.ui.main_window"
_WORD = re.compile(r"\bMainWindow\b")


def window_references(source: str, *, controller: bool = False) -> list[str]:
    """``line: what`` for every place the source imports, names or annotates the window."""
    names = {"MainWindow", "QMainWindow"} if controller else {"MainWindow"}
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.ImportFrom) and node.module == WINDOW_MODULE:
            found.append(f"{line}: imports {WINDOW_MODULE}")
        elif isinstance(node, ast.Import):
            found += [f"{line}: imports {a.name}" for a in node.names if a.name == WINDOW_MODULE]
        if isinstance(node, ast.ImportFrom | ast.Import):
            found += [f"{line}: imports {a.name}" for a in node.names if a.name in names]
        elif isinstance(node, ast.Name) and node.id in names:
            found.append(f"{line}: names {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr in names:
            found.append(f"{line}: names {node.attr}")
        elif isinstance(node, ast.ClassDef) and node.name in names:
            found.append(f"{line}: defines {node.name}")
        elif isinstance(node, ast.Constant) and _is_window_text(node.value):
            found.append(f"{line}: annotates {node.value!r}")
    return found


def _is_window_text(value: object) -> bool:
    """A string annotation naming the window ("MainWindow | None"), not a docstring."""
    text = value.strip() if isinstance(value, str) else ""
    return bool(re.fullmatch(r"[\w.\[\], |]+", text) and _WORD.search(text))


def test_only_the_window_and_its_host_know_the_main_window():
    offenders: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        if path.relative_to(UI).as_posix() in ALLOWED:
            continue
        source = path.read_text(encoding="utf-8")
        for where in window_references(source, controller="controller" in path.stem):
            offenders.append(f"{path.relative_to(ROOT)}:{where}")
    assert offenders == [], "give the feature the FeatureHost (ui/host.py):\n" + "\n".join(
        offenders
    )


def test_the_check_sees_every_way_of_reaching_the_window():
    sources = {
        "from desktop.ui.main_window import MainWindow\n": 2,  # the module and the name
        "import desktop.ui.main_window\n": 1,
        "from typing import Any\nMainWindow = Any\n": 1,
        "def install(window: MainWindow) -> None: ...\n": 1,
        "def install(window: 'MainWindow | None') -> None: ...\n": 1,
        "from typing import Protocol\nclass MainWindow(Protocol): ...\n": 1,
        "from desktop.ui import main_window\nx: main_window.MainWindow\n": 1,
    }
    for source, count in sources.items():
        assert len(window_references(source)) == count, source
    assert window_references('"""Given the main window (``MainWindow``), it..."""\n') == []
    loose = "from PySide6.QtWidgets import QMainWindow\ndef f(w: QMainWindow) -> None: ...\n"
    assert window_references(loose) == []  # actions.py builds the window's own menus
    assert len(window_references(loose, controller=True)) == 2
    assert window_references("def f(host: FeatureHost) -> None: ...\n", controller=True) == []
