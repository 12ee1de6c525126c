"""The CLI package: no module imports ``root`` (it only collects the groups), the command tree
loads without the heavy libraries, one import flow decides for every kind of sheet, and counts
read "1 row" / "3 rows" in English. (Cycles in general: ``test_import_cycles.py``.)"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any

import pytest

from desktop import paths
from desktop.cli.import_flow import ImportFlags, SheetImport, run_import_flow
from desktop.core import i18n
from desktop.core.errors import ValidationError
from desktop.core.i18n import Counted, plural

CLI = paths.project_root() / "desktop" / "cli"


def loaded_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_no_command_module_imports_the_root():
    """A group module that imported ``root`` would close a cycle (root imports every group)."""
    offenders = []
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            if "desktop.cli.root" in names and path.name != "__init__.py":
                offenders.append(path.name)
    assert offenders == []


def test_the_command_tree_loads_without_the_heavy_libraries():
    heavy = ("sqlite_utils", "openpyxl", "reportlab", "PySide6", "cryptography", "PIL")
    loaded = loaded_after("import desktop.cli")
    assert sorted(m for m in loaded if m.split(".")[0] in heavy) == []


@dataclass
class Plan:
    """A plan as the flow sees it: accepted and rejected rows."""

    accepted: list[int] = field(default_factory=list)
    rejected: list[int] = field(default_factory=list)


@dataclass
class FakeImport(SheetImport[Any]):
    plan: Plan
    writes: list[str] = field(default_factory=list)

    def read(self, db: Any) -> Any:
        return self.plan

    def write(self, db: Any, plan: Any) -> bool:
        self.writes.append("write")
        return True

    def report(self, plan: Any, *, written: bool) -> dict[str, Any]:
        return {"written": written, "rejected": len(plan.rejected)}

    def print_plan(self, report: dict[str, Any]) -> None:
        print(f"plan: {report}")

    def saved(self, count: int) -> str:
        return plural(count, "baris", "row", "rows") + i18n.pick(" disimpan", " saved")


@pytest.mark.parametrize(
    ("accepted", "rejected", "flags", "code", "writes", "last_line"),
    [
        (2, 0, ImportFlags(), 0, 1, "Done: 2 rows saved."),
        (1, 0, ImportFlags(), 0, 1, "Done: 1 row saved."),
        (2, 1, ImportFlags(), 1, 0, "1 row rejected: nothing was written."),
        (2, 3, ImportFlags(), 1, 0, "3 rows rejected: nothing was written."),
        (2, 1, ImportFlags(skip_invalid=True), 0, 1, "Done: 2 rows saved."),
        (2, 1, ImportFlags(dry_run=True, skip_invalid=True), 1, 0, "Dry run: nothing"),
        (2, 0, ImportFlags(dry_run=True), 0, 0, "Dry run: nothing was written."),
        (0, 0, ImportFlags(), 0, 0, "Nothing to change."),
    ],
)
def test_one_flow_decides_writes_verdict_and_exit_code(
    capsys, accepted, rejected, flags, code, writes, last_line
):
    i18n.set_language("en")
    kind = FakeImport(Plan(list(range(accepted)), list(range(rejected))))
    assert run_import_flow(None, kind, flags) == code  # type: ignore[arg-type]
    assert len(kind.writes) == writes
    assert capsys.readouterr().out.splitlines()[-1].startswith(last_line)


def test_json_output_is_the_report_alone(capsys):
    kind = FakeImport(Plan([1], [2]))
    assert run_import_flow(None, kind, ImportFlags(as_json=True)) == 1  # type: ignore[arg-type]
    assert capsys.readouterr().out.strip() == '{\n  "written": false,\n  "rejected": 1\n}'


def test_a_kind_with_a_backup_reason_backs_up_only_when_it_writes(monkeypatch):
    taken: list[str] = []
    monkeypatch.setattr("desktop.store.backups.auto_backup", lambda db, why: taken.append(why))

    @dataclass
    class Backed(FakeImport):
        backup_reason = "sebelum-uji"

    run_import_flow(None, Backed(Plan([1], [1])), ImportFlags())  # type: ignore[arg-type]
    assert taken == []
    run_import_flow(None, Backed(Plan([1])), ImportFlags())  # type: ignore[arg-type]
    assert taken == ["sebelum-uji"]


@pytest.mark.parametrize(
    ("lang", "n", "text"),
    [("en", 1, "1 row"), ("en", 0, "0 rows"), ("en", 3, "3 rows"), ("id", 1, "1 baris")],
)
def test_plural_picks_the_noun_for_the_count(lang, n, text):
    i18n.set_language(lang)
    assert plural(n, "baris", "row", "rows") == text


class CountError(ValidationError):
    catalog = {"rejected": ("{rows} ditolak.", "{rows} rejected.")}


def test_a_counted_error_parameter_follows_the_language_it_is_asked_in():
    error = CountError("rejected", rows=Counted(1, "baris", "row", "rows"))
    assert error.message("en") == "1 row rejected."
    assert error.message("id") == "1 baris ditolak."
    assert CountError("rejected", rows=Counted(2, "baris", "row", "rows")).message("en") == (
        "2 rows rejected."
    )


def test_the_window_and_both_pages_load_without_the_spreadsheet_and_demo_libraries():
    """openpyxl (~0.15 s) and the demo generator (~0.1 s) load when a file is read or a demo
    built, not when the window opens on either page (start-up at 50,000 staff, issue 12)."""
    loaded = loaded_after(
        "import desktop.app, desktop.ui.main_window, desktop.ui.appraisal.workspace"
    )
    late = sorted(m for m in loaded if m.split(".")[0] == "openpyxl" or m == "desktop.demo.office")
    assert late == []
