"""No import cycles in ``desktop/``.

The graph is built with ``ast`` from every module's imports outside function bodies — the ones
under ``if TYPE_CHECKING:`` included, since a cycle that only a type checker sees still ties two
modules together (a controller typed as its window's attribute bag). Imports inside functions
(deferred so start-up stays fast) are left out of that check; in ``ui/`` they count too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def module_names(root: Path, package: str = "desktop") -> dict[str, Path]:
    names: dict[str, Path] = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _imports(node: ast.AST, deferred: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) and not deferred:
            continue
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        yield from _imports(child, deferred)


def _targets(name: str, path: Path, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    base = node.module or ""
    if node.level:  # relative: from the module's package upwards
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join(package + ([node.module] if node.module else []))
    for alias in node.names:
        yield f"{base}.{alias.name}"  # a submodule, else (resolved upwards) ``base`` itself


def import_graph(root: Path, deferred: bool = False) -> dict[str, set[str]]:
    """Module → the ``desktop`` modules it imports (the nearest existing module of each)."""
    names = module_names(root)
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        found: set[str] = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8")), deferred):
            for target in _targets(name, path, node):
                while target and target not in names:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    found.add(target)
        graph[name] = found
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            nxt = next(edges, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def describe(graph: dict[str, set[str]], component: list[str]) -> str:
    edges = [f"{a} -> {b}" for a in component for b in sorted(graph[a]) if b in component]
    return "\n  ".join(edges)


def test_no_import_cycle_in_desktop() -> None:
    graph = import_graph(ROOT)
    found = cycles(graph)
    assert not found, "import cycles:\n  " + "\n\n  ".join(describe(graph, c) for c in found)


def test_no_import_cycle_in_ui_even_through_deferred_imports() -> None:
    full = import_graph(ROOT, deferred=True)
    graph = {m: {t for t in ts if t.startswith("desktop.ui")} for m, ts in full.items()}
    graph = {m: ts for m, ts in graph.items() if m.startswith("desktop.ui")}
    found = cycles(graph)
    assert not found, "import cycles:\n  " + "\n\n  ".join(describe(graph, c) for c in found)


def test_the_check_sees_a_cycle_hidden_behind_type_checking(tmp_path: Path) -> None:
    package = tmp_path / "desktop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "window.py").write_text("from desktop.feature import Feature\n")
    (package / "feature.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from desktop.window import Window\n"
        "def later():\n    from . import other\n"
    )
    (package / "other.py").write_text("from .feature import later\n")
    graph = import_graph(tmp_path)
    assert cycles(graph) == [["desktop.feature", "desktop.window"]]
    assert sorted(map(sorted, cycles(import_graph(tmp_path, deferred=True)))) == [
        ["desktop.feature", "desktop.other", "desktop.window"]
    ]
