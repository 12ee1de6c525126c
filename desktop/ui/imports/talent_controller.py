"""Berkas → "Impor Hasil Asesmen…", "Impor Riwayat Pengembangan Kompetensi…" and "Impor
Riwayat Hukuman Disiplin…": the talent inputs from a sheet, through the staff import's preview.

Reading the sheet and applying the plan each run in a ``Task`` (own connection, progress,
cancel); ``ImportPreviewDialog`` shows the plan (counts, columns, every row with what changes,
the rejected rows with their reasons) and writes nothing; "Impor N baris" asks first when rows
were rejected, then applies. Shown to a role that may import (admin, operator; sanctions also
need ``Perm.VIEW_PERSONAL``), re-checked after every sign-in; the store checks each row's
employee anyway.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.access import Perm, allows
from desktop.ui.formatting import format_count
from desktop.ui.host import Changes, FeatureHost
from desktop.ui.imports.controller import confirm_skipping_rejected, run_task
from desktop.ui.imports.dialog import ImportPreviewDialog
from desktop.ui.tasks import ProgressFn, Task


def install(host: FeatureHost) -> TalentImports:
    """The three actions in the Berkas menu, after the staff import/export."""
    return TalentImports(host)


def _read_job(path: Path, kind: str, db: sqlite_utils.Database, _progress: ProgressFn) -> Any:
    from desktop.imports.talent_import import read_plan

    return read_plan(db, path, kind)  # type: ignore[arg-type]


def _apply_job(plan: Any, db: sqlite_utils.Database, _progress: ProgressFn) -> Any:
    from desktop.imports.talent_import import apply_plan
    from desktop.store.backups import auto_backup

    auto_backup(db, f"sebelum-impor-{plan.kind}")
    return apply_plan(db, plan)


class TalentImports(QObject):
    preview_opened = Signal(object)  # ImportPreviewDialog
    imported = Signal(object)  # WriteCounts

    def __init__(self, host: FeatureHost) -> None:
        window = host.widget()
        super().__init__(window)
        self.host = host
        self.asesmen_action = QAction(self.tr("Impor Hasil Ases&men…"), window)
        self.asesmen_action.setObjectName("importAsesmen")
        self.asesmen_action.triggered.connect(partial(self.start, "asesmen"))
        self.diklat_action = QAction(self.tr("Impor Riwayat Pengembangan Kompete&nsi…"), window)
        self.diklat_action.setObjectName("importDiklat")
        self.diklat_action.triggered.connect(partial(self.start, "diklat"))
        self.hukuman_action = QAction(self.tr("Impor Riwayat &Hukuman Disiplin…"), window)
        self.hukuman_action.setObjectName("importHukuman")
        self.hukuman_action.triggered.connect(partial(self.start, "hukuman"))
        self.actions = [self.asesmen_action, self.diklat_action, self.hukuman_action]
        self._add_to_menu()
        host.session_changed.changed.connect(lambda _session: self.refresh_actions())
        self.refresh_actions()

    def _title(self, kind: str) -> str:
        if kind == "asesmen":
            return self.tr("Impor Hasil Asesmen")
        if kind == "hukuman":
            return self.tr("Impor Riwayat Hukuman Disiplin")
        return self.tr("Impor Riwayat Pengembangan Kompetensi")

    def _add_to_menu(self) -> None:
        berkas = self.host.menu("berkas")
        if berkas is None:
            return
        anchor = self.host.action("export_personal")
        actions = berkas.actions()
        if anchor is not None and anchor in actions:
            after = actions.index(anchor) + 1
            before = actions[after] if after < len(actions) else None
            berkas.insertActions(before, self.actions)
        else:
            berkas.addActions(self.actions)

    def refresh_actions(self) -> None:
        role = self.host.session().role
        shown = allows(role, Perm.IMPORT)
        for action in self.actions:
            action.setVisible(shown)
        self.hukuman_action.setVisible(shown and allows(role, Perm.VIEW_PERSONAL))

    # -- the flow ----------------------------------------------------------------------------
    def start(self, kind: str) -> Task | None:
        window = self.host.widget()
        path = self.host.prompts.open_file(
            window,
            self._title(kind),
            self.tr("Lembar kerja (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)"),
        )
        if path is None:
            return None
        label = self.tr("Membaca %1…").replace("%1", path.name)
        return self._run(window, label, partial(_read_job, path, kind), self._on_plan_read)

    def _on_plan_read(self, plan: Any) -> None:
        dialog = ImportPreviewDialog(plan, self.host.widget())
        dialog.setWindowTitle(f"{self._title(plan.kind)} — {plan.path.name}")
        dialog.import_requested.connect(partial(self._on_import_requested, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.preview_opened.emit(dialog)

    def _on_import_requested(self, dialog: ImportPreviewDialog) -> None:
        plan = dialog.plan
        title = self._title(plan.kind)
        if not confirm_skipping_rejected(self.host.prompts, dialog, title, plan):
            return
        job = partial(_apply_job, plan)
        self._run(dialog, self.tr("Mengimpor…"), job, partial(self._on_applied, dialog))

    def _on_applied(self, dialog: ImportPreviewDialog, counts: Any) -> None:
        dialog.done(QDialog.DialogCode.Accepted)
        self.host.data_changed.notify(Changes(staff=True), self)
        self.imported.emit(counts)
        text = (
            self.tr("%1 baris baru, %2 diperbarui, %3 tidak berubah.")
            .replace("%1", format_count(counts.inserted))
            .replace("%2", format_count(counts.updated))
            .replace("%3", format_count(counts.unchanged))
        )
        self.host.prompts.info(self.host.widget(), self.tr("Impor selesai"), text)

    def _run(self, parent: QWidget, label: str, job: Any, on_success: Any) -> Task:
        return run_task(parent, label, Path(self.host.db_path), job, on_success)
