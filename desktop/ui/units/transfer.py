"""Import and export of the unit structure from the Struktur Organisasi screen.

An import reads the whole file first (nothing written), shows what it would do with every
refused row's reason, and writes the accepted rows in one transaction only when the operator
agrees. Unit lists are small (tens to a few hundred rows), so this runs on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.core.errors import KinerjaError
from desktop.core.validation import Severity
from desktop.imports.units_export import export_units
from desktop.imports.units_import import RowAction, UnitPlan, apply_plan, read_plan
from desktop.ui.errors import show_error
from desktop.ui.formatting import format_count

if TYPE_CHECKING:
    from desktop.ui.units.editor import UnitEditor

SHOWN_REASONS = 12


class UnitTransfers(QObject):
    def __init__(self, editor: UnitEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def _filters(self) -> str:
        return self.tr("Lembar kerja (*.xlsx *.csv)")

    def start_import(self) -> None:
        editor = self.editor
        path = editor.prompts.open_file(
            editor, self.tr("Impor Struktur Organisasi"), self._filters()
        )
        if path is None:
            return
        try:
            plan = read_plan(editor.db, path)
        except KinerjaError as exc:
            show_error(editor, exc)
            return
        if not plan.accepted:
            editor.prompts.info(editor, self.tr("Impor Struktur Organisasi"), self.summary(plan))
            return
        ok_text = self.tr("Impor yang valid") if plan.rejected else self.tr("Impor")
        if not editor.prompts.confirm(
            editor, self.tr("Impor Struktur Organisasi"), self.summary(plan), ok_text
        ):
            return
        try:
            apply_plan(editor.db, plan)
        except KinerjaError as exc:
            show_error(editor, exc)
            return
        editor.reload()
        editor.units_changed.emit()

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
        path = editor.prompts.save_file(
            editor,
            self.tr("Ekspor Struktur Organisasi"),
            self._filters(),
            "struktur-organisasi.xlsx",
        )
        if path is None:
            return
        try:
            count = export_units(editor.db, path)
        except KinerjaError as exc:
            show_error(editor, exc)
            return
        text = self.tr("%1 unit diekspor ke %2.").replace("%1", format_count(count))
        editor.prompts.info(
            editor, self.tr("Ekspor Struktur Organisasi"), text.replace("%2", str(path))
        )
