"""docs/contracts.md stays true: each of its tables is compared with the code it describes, and a
failure names the row to add, change or remove."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import click

from desktop import paths
from desktop.core.errors import KinerjaError
from tests.unit.test_layers import LEVEL

DOC = (paths.project_root() / "docs" / "contracts.md").read_text(encoding="utf-8")
QT_FREE = ["core", "store", "imports", "reports", "sync", "demo", "cli"]


def table(first_header: str, after: str = "") -> list[list[str]]:
    """The rows of the first table (after the text ``after``) whose header starts with
    ``| first_header |``; cells without backticks, escaped pipes restored."""
    text = DOC[DOC.index(after) :] if after else DOC
    start = text.index(f"| {first_header} |")
    rows = []
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        rows.append([c.strip().replace("`", "").replace("\\|", "|") for c in cells])
    return rows


def first_column(first_header: str, after: str = "") -> list[str]:
    return [row[0] for row in table(first_header, after)]


def test_the_layer_table_is_the_one_the_layer_test_enforces():
    documented = {package: int(layer) for package, layer in table("package")}
    assert documented == LEVEL


def test_every_import_kind_reads_applies_and_tallies_as_documented():
    from desktop.imports.plan import RowTally

    for kind, read, apply, plan, actions in table("kind"):
        for dotted in (read, apply, plan):
            module, name = dotted.rsplit(".", 1)
            assert hasattr(importlib.import_module(f"desktop.imports.{module}"), name), dotted
        module, name = plan.rsplit(".", 1)
        plan_class = getattr(importlib.import_module(f"desktop.imports.{module}"), name)
        assert issubclass(plan_class, RowTally), kind
        assert [a.value for a in plan_class.row_actions] == actions.split(", "), kind


def test_the_staff_plan_and_row_fields_are_the_documented_ones():
    from desktop.imports.staff_import import ImportPlan, PlannedRow

    plan_fields = [f.name for f in dataclasses.fields(ImportPlan)]
    row_fields = [f.name for f in dataclasses.fields(PlannedRow)]
    assert first_column("field", "The staff plan, field by field") == plan_fields
    assert first_column("field", "A row (`staff_import.PlannedRow`)") == row_fields


def signature_text(func: Any) -> str:
    """``name(a, b, *, c=None)`` as the export table writes it."""
    parts, starred = [], False
    for param in inspect.signature(func).parameters.values():
        if param.kind is param.KEYWORD_ONLY and not starred:
            parts.append("*")
            starred = True
        default = "" if param.default is param.empty else f"={param.default!r}"
        parts.append(param.name + default)
    return f"{func.__name__}({', '.join(parts)})"


def test_the_export_signatures_are_the_documented_ones():
    for what, call, _ in table("export"):
        module, _, name = call.partition("(")[0].rpartition(".")
        func = getattr(importlib.import_module(f"desktop.imports.{module}"), name)
        assert f"{module}.{signature_text(func)}" == call, what


def test_the_demo_package_exports_what_the_table_lists():
    import desktop.demo

    assert sorted(first_column("name", "## The demo office")) == sorted(desktop.demo.__all__)


def test_every_cli_module_is_in_the_table():
    folder = paths.project_root() / "desktop" / "cli"
    modules = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    documented = first_column("module", "## The command line")
    assert sorted(documented) == sorted(modules), "docs/contracts.md: the desktop.cli table"


def shared_options() -> dict[str, str]:
    """Option flags → parameter name for every decorator in ``desktop/cli/options.py``."""
    from desktop.cli import options

    found: dict[str, str] = {}
    for name, func in vars(options).items():
        if not name.endswith("_option") or not callable(func):
            continue
        first = next(iter(inspect.signature(func).parameters.values()), None)
        decorate = func() if first is None or first.kind is first.KEYWORD_ONLY else func
        command = click.command()(decorate(lambda **kw: None))
        for param in command.params:
            if isinstance(param, click.Option):
                found[", ".join(param.opts)] = param.name or ""
    return found


def test_the_shared_options_are_the_documented_ones():
    documented = {row[0]: row[1] for row in table("option", "The shared options")}
    assert documented == shared_options()


def test_a_sheet_import_has_the_documented_methods():
    from desktop.cli.import_flow import SheetImport

    own = [n for n, v in vars(SheetImport).items() if callable(v) and not n.startswith("_")]
    assert sorted(first_column("method")) == sorted(own)


def error_classes() -> Iterator[type[KinerjaError]]:
    for package in QT_FREE:
        root = importlib.import_module(f"desktop.{package}")
        for info in pkgutil.walk_packages(root.__path__, f"desktop.{package}."):
            importlib.import_module(info.name)
    pending = [KinerjaError]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("desktop.") and not cls.__module__.startswith("desktop.ui"):
            yield cls


def error_row(cls: type[KinerjaError]) -> str:
    codes = ", ".join(sorted(cls.__dict__.get("catalog", {}))) or "—"
    return f"| `{cls.__name__}` | `{cls.__module__}` | {codes} |"


def test_every_error_class_and_code_below_the_ui_is_documented():
    expected = sorted(
        {error_row(cls) for cls in error_classes()}, key=lambda r: (r.split("`")[3], r)
    )
    documented = [line for line in DOC.split("## Errors", 1)[1].splitlines() if "| `" in line]
    missing = [row for row in expected if row not in documented]
    stale = [row for row in documented if row not in expected]
    assert (missing, stale) == ([], []), (
        "docs/contracts.md, ## Errors: add or replace these rows:\n"
        + "\n".join(missing)
        + "\nand remove these:\n"
        + "\n".join(stale)
    )
