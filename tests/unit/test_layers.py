"""The layers of DESIGN.md §2: core ← store ← (imports, reports, sync, demo) ← (cli, ui).
A lower layer never imports a higher one, and nothing below the UI imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths

PACKAGE = paths.project_root() / "desktop"
LEVEL = {
    "desktop.paths": 0,
    "desktop.platform_check": 0,
    "desktop.core": 0,
    "desktop.store": 1,
    "desktop.imports": 2,
    "desktop.reports": 2,
    "desktop.sync": 2,
    "desktop.demo": 2,
    "desktop.cli": 3,
    "desktop.__main__": 3,
    "desktop.launcher": 3,
    "desktop.ui": 3,
    "desktop.app": 3,
}
QT_FREE = ["core", "store", "imports", "reports", "sync", "demo"]


def level_of(module: str) -> int | None:
    for prefix, level in sorted(LEVEL.items(), key=lambda kv: -len(kv[0])):
        if module == prefix or module.startswith(prefix + "."):
            return level
    return None


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    return ".".join(rel.parts).removesuffix(".__init__")


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_a_higher_layer_or_qt_below_ui(path: Path):
    own = level_of(module_name(path))
    for imported in imported_modules(path):
        other = level_of(imported)
        if own is not None and other is not None:
            assert other <= own, f"{module_name(path)} (layer {own}) imports {imported}"
        if own is not None and own < 3:
            assert not imported.startswith(("PySide6", "shiboken6")), f"Qt in {path}"


def test_qt_free_packages_load_without_pyside6():
    modules = [module_name(p) for p in SOURCES if p.relative_to(PACKAGE).parts[0] in QT_FREE]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_every_module_belongs_to_a_layer():
    assert [module_name(p) for p in SOURCES if level_of(module_name(p)) is None] == ["desktop"]
