"""The one flow every spreadsheet import of the command line follows:
read → plan → print (or JSON) → verdict → exit code.

A kind of import (staff, appraisal, units, SKM; later talent) subclasses :class:`SheetImport`
with how it reads, writes and reports; :func:`run_import_flow` does the rest the same way for all:
with any rejected row nothing is written and the exit code is 1 unless ``--skip-invalid``;
``--dry-run`` only reports; a kind with a ``backup_reason`` backs the database up first.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import click

from desktop.cli.common import emit_json
from desktop.core.i18n import pick, plural

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.imports.plan import RowTally

PlanT = TypeVar("PlanT", bound="RowTally[Any]")  # counts(), accepted and rejected rows


@dataclass(frozen=True)
class ImportFlags:
    """What the operator asked for: ``--dry-run``, ``--skip-invalid``, ``--json``."""

    dry_run: bool = False
    skip_invalid: bool = False
    as_json: bool = False


class SheetImport(ABC, Generic[PlanT]):
    """One kind of import: how to read its plan, write it, and show it."""

    backup_reason: ClassVar[str | None] = None  # auto backup before writing, e.g. "sebelum-…"

    @abstractmethod
    def read(self, db: sqlite_utils.Database) -> PlanT:
        """Read the file and plan every row (nothing written)."""

    @abstractmethod
    def write(self, db: sqlite_utils.Database, plan: PlanT) -> bool:
        """Save the accepted rows (one transaction); True when anything changed."""

    @abstractmethod
    def report(self, plan: PlanT, *, written: bool) -> dict[str, Any]:
        """The plan as plain data: the ``--json`` output and what ``print_plan`` shows."""

    @abstractmethod
    def print_plan(self, report: dict[str, Any]) -> None:
        """The plan for a terminal: counts, notes and every rejected row."""

    @abstractmethod
    def saved(self, count: int) -> str:
        """What was saved, e.g. "3 pegawai disimpan" / "3 staff saved"."""

    def worth_writing(self, plan: PlanT) -> bool:
        """Whether a write could change anything (an SKM re-import may only remove rows)."""
        return bool(plan.accepted)


def run_import_flow(db: sqlite_utils.Database, kind: SheetImport[Any], flags: ImportFlags) -> int:
    """Run one import the shared way and return the exit code: 1 when rows were rejected and
    nothing was written (or on a dry run with rejected rows), else 0."""
    plan = kind.read(db)
    rejected = len(plan.rejected)
    blocked = rejected > 0 and not flags.skip_invalid
    written = False
    if not flags.dry_run and not blocked and kind.worth_writing(plan):
        if kind.backup_reason:
            from desktop.store.backups import auto_backup

            auto_backup(db, kind.backup_reason)
        written = kind.write(db, plan)
    report = kind.report(plan, written=written)
    if flags.as_json:
        emit_json(report)
    else:
        kind.print_plan(report)
        click.echo(
            verdict(
                rejected,
                kind.saved(len(plan.accepted)),
                dry_run=flags.dry_run,
                blocked=blocked,
                written=written,
            )
        )
    return 1 if rejected and not (flags.skip_invalid and not flags.dry_run) else 0


def verdict(rejected: int, saved: str, *, dry_run: bool, blocked: bool, written: bool) -> str:
    """The last line of an import; ``saved`` is "N pegawai disimpan" in the current language."""
    if dry_run:
        return pick("Uji coba: tidak ada yang ditulis.", "Dry run: nothing was written.")
    if blocked:
        rows = plural(rejected, "baris", "row", "rows")
        return pick(
            f"{rows} ditolak: tidak ada yang ditulis. Perbaiki berkasnya, "
            "atau gunakan --skip-invalid untuk mengimpor baris yang valid saja.",
            f"{rows} rejected: nothing was written. Fix the file, or use "
            "--skip-invalid to import the valid rows only.",
        )
    if written:
        return pick(f"Selesai: {saved}.", f"Done: {saved}.")
    return pick("Tidak ada perubahan.", "Nothing to change.")
