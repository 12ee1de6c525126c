"""Import and export of the unit structure from the Struktur Organisasi screen.

An import reads the whole file first (nothing written), shows what it would do with every
refused row's reason, and writes the accepted rows in one transaction only when the operator
agrees. Unit lists are small (tens to a few hundred rows), so this runs on the GUI thread.
It gets the database, the prompts and the screen to parent its questions, and says
``imported`` when the units changed (the screen reads them again).
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.errors import KinerjaError
from desktop.core.validation import Severity
from desktop.imports.units_export import export_units
from desktop.imports.units_import import RowAction, UnitPlan, apply_plan, read_plan
from desktop.ui.errors import show_error
from desktop.ui.formatting import format_count
from desktop.ui.prompts import Prompts

SHOWN_REASONS = 12


class UnitTransfers(QObject):
    imported = Signal()  # units were written

    def __init__(self, db: sqlite_utils.Database, prompts: Prompts, screen: QWidget) -> None:
        super().__init__(screen)
        self.db, self.prompts, self.editor = db, prompts, screen

    def _filters(self) -> str:
        return self.tr("Lembar kerja (*.xlsx *.csv)")

    def start_import(self) -> None:
        editor = self.editor
        path = self.prompts.open_file(editor, self.tr("Impor Struktur Organisasi"), self._filters())
        if path is None:
            return
        try:
            plan = read_plan(self.db, path)
        except KinerjaError as exc:
            show_error(editor, exc)
            return
        if not plan.accepted:
            self.prompts.info(editor, self.tr("Impor Struktur Organisasi"), self.summary(plan))
            return
        ok_text = self.tr("Impor yang valid") if plan.rejected else self.tr("Impor")
        if not self.prompts.confirm(
            editor, self.tr("Impor Struktur Organisasi"), self.summary(plan), ok_text
        ):
            return
        try:
            apply_plan(self.db, plan)
        except KinerjaError as exc:
            show_error(editor, exc)
            return
        self.imported.emit()

    def summary(self, plan: UnitPlan) -> str:
        """Counts, then the refused rows and warnings with their row, column and reason."""
        counts = plan.counts()
        lines = [
            self.tr("Baru: %1   Diubah: %2   Sama: %3   Ditolak: %4")
            .replace("%1", format_count(counts[RowAction.BARU]))
            .replace("%2", format_count(counts[RowAction.UBAH]))
            .replace("%3", format_count(counts[RowAction.SAMA]))
            .replace("%4", format_count(counts[RowAction.DITOLAK]))
        ]
        issues = [i for row in plan.rows for i in row.issues]
        issues.sort(key=lambda i: (i.severity is not Severity.ERROR, i.row))
        for item in issues[:SHOWN_REASONS]:
            mark = "✗" if item.severity is Severity.ERROR else "!"
            text = self.tr("%1 Baris %2, kolom %3: %4")
            for key, value in (("%1", mark), ("%2", str(item.row)), ("%3", item.column),
                               ("%4", item.message)):  # fmt: skip
                text = text.replace(key, value)
            lines.append(text)
        if len(issues) > SHOWN_REASONS:
            more = self.tr("… dan %1 catatan lain.")
            lines.append(more.replace("%1", format_count(len(issues) - SHOWN_REASONS)))
        if not plan.accepted:
            lines.append(self.tr("Tidak ada yang perlu disimpan."))
        return "\n".join(lines)

    def start_export(self) -> None:
        editor = self.editor
        path = self.prompts.save_file(
            editor,
            self.tr("Ekspor Struktur Organisasi"),
            self._filters(),
            "struktur-organisasi.xlsx",
        )
        if path is None:
            return
        try:
            count = export_units(self.db, path)
        except KinerjaError as exc:
            show_error(editor, exc)
            return
        text = self.tr("%Ln unit diekspor ke %2.", "", count)
        self.prompts.info(
            editor, self.tr("Ekspor Struktur Organisasi"), text.replace("%2", str(path))
        )
