"""Berkas → Impor / Ekspor Pegawai: pick a file, read or write it in a worker, preview, apply.

Reading a sheet and applying the plan each run in a ``Task`` (own connection, progress, cancel);
the preview dialog only shows the plan. ``staff_imported`` asks the window to reload.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.errors import show_error
from desktop.ui.formatting import format_count
from desktop.ui.imports.dialog import ImportPreviewDialog
from desktop.ui.prompts import Prompts
from desktop.ui.tasks import ProgressFn, Task

log = logging.getLogger(__name__)


def _read_plan_job(path: Path, db: sqlite_utils.Database, progress: ProgressFn) -> Any:
    from desktop.imports.staff_import import read_plan

    return read_plan(db, path, progress=progress)


def _apply_plan_job(plan: Any, db: sqlite_utils.Database, _progress: ProgressFn) -> Any:
    from desktop.imports.staff_import import apply_plan
    from desktop.store.backups import auto_backup

    auto_backup(db, "sebelum-impor-pegawai")
    return apply_plan(db, plan)


def _export_job(
    path: Path,
    unit_ids: set[int] | None,
    include_inactive: bool,
    with_personal: bool,
    db: sqlite_utils.Database,
    _progress: ProgressFn,
) -> int:
    from desktop.imports.staff_export import export_staff

    return int(export_staff(db, path, unit_ids=unit_ids, include_inactive=include_inactive,
                            with_personal=with_personal))  # fmt: skip


def confirm_skipping_rejected(prompts: Prompts, parent: QWidget, title: str, plan: Any) -> bool:
    """A preview's rejected rows are skipped: ask before importing the rest (True when none
    were rejected). Shared by every import that shows ``ImportPreviewDialog``."""
    accepted, rejected = len(plan.accepted), len(plan.rejected)
    if not rejected:
        return True
    skipped = QCoreApplication.translate(
        "TransferController", "%1 baris ditolak dan akan dilewati.", "", rejected
    ).replace("%1", format_count(rejected))
    rest = QCoreApplication.translate(
        "TransferController", "Impor %1 baris lainnya?", "", accepted
    ).replace("%1", format_count(accepted))
    ok = QCoreApplication.translate("TransferController", "Impor %1 baris", "", accepted)
    ok = ok.replace("%1", format_count(accepted))
    return prompts.confirm(parent, title, f"{skipped} {rest}", ok)


def run_task(
    parent: QWidget,
    label: str,
    db_path: Path,
    job: Callable[..., Any],
    on_success: Callable[[Any], None],
) -> Task:
    """``job`` in a worker ``Task`` over its own connection; a failure is shown over ``parent``."""
    task = Task(parent, label, Path(db_path), job)
    task.succeeded.connect(on_success)
    task.failed.connect(partial(_show_failure, parent))
    return task.start()


def _show_failure(parent: QWidget, exc: object) -> None:
    assert isinstance(exc, BaseException)
    show_error(parent, exc)


class TransferController(QObject):
    staff_imported = Signal()
    preview_opened = Signal(object)  # ImportPreviewDialog

    def __init__(self, db_path: Path, window: QWidget, prompts: Prompts) -> None:
        super().__init__(window)
        self.db_path = db_path
        self._window = window
        self._prompts = prompts

    # -- import ----------------------------------------------------------------------------
    def start_import(self) -> Task | None:
        path = self._prompts.open_file(
            self._window,
            self.tr("Impor Pegawai"),
            self.tr(
                "Lembar kerja atau data SIASN (*.xlsx *.csv *.json);;Excel (*.xlsx);;CSV (*.csv);;"
                "Data utama SIASN (*.json)"
            ),
        )
        if path is None:
            return None
        label = self.tr("Membaca %1…").replace("%1", path.name)
        return self._run(self._window, label, partial(_read_plan_job, path), self._on_plan_read)

    def _on_plan_read(self, plan: Any) -> None:
        dialog = ImportPreviewDialog(plan, self._window)
        dialog.import_requested.connect(partial(self._on_import_requested, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.preview_opened.emit(dialog)

    def _on_import_requested(self, dialog: ImportPreviewDialog) -> None:
        plan = dialog.plan
        if not confirm_skipping_rejected(self._prompts, dialog, self.tr("Impor Pegawai"), plan):
            return
        self._run(
            dialog,
            self.tr("Mengimpor…"),
            partial(_apply_plan_job, plan),
            partial(self._on_plan_applied, dialog),
        )

    def _on_plan_applied(self, dialog: ImportPreviewDialog, result: Any) -> None:
        dialog.done(QDialog.DialogCode.Accepted)
        self.staff_imported.emit()
        text = (
            self.tr("%1 pegawai baru, %2 diperbarui, %3 tidak berubah.")
            .replace("%1", format_count(result.inserted))
            .replace("%2", format_count(result.updated))
            .replace("%3", format_count(result.unchanged))
        )
        units = len(getattr(dialog.plan, "units_to_create", []))
        if units:
            text += " " + self.tr("%1 unit baru dibuat.").replace("%1", format_count(units))
        self._prompts.info(self._window, self.tr("Impor selesai"), text)

    # -- export ----------------------------------------------------------------------------
    def start_export(
        self,
        unit_ids: set[int] | None,
        include_inactive: bool,
        suggested: str,
        *,
        with_personal: bool = False,
    ) -> Task | None:
        path = self._prompts.save_file(
            self._window,
            self.tr("Ekspor Pegawai"),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            suggested,
        )
        if path is None:
            return None
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        job = partial(_export_job, path, unit_ids, include_inactive, with_personal)
        done = partial(self._on_exported, path, with_personal)
        return self._run(self._window, self.tr("Mengekspor…"), job, done)

    def _on_exported(self, path: Path, with_personal: bool, count: int) -> None:
        text = (
            self.tr("%1 pegawai diekspor ke %2.")
            .replace("%1", format_count(count))
            .replace("%2", str(path))
        )
        if with_personal:
            text += " " + self.tr(
                "Berkas ini memuat data pribadi (NIK, alamat, telepon, email): simpan dengan "
                "aman. Ekspor ini tercatat di jejak audit."
            )
        self._prompts.info(self._window, self.tr("Ekspor selesai"), text)

    # -- shared ----------------------------------------------------------------------------
    def _run(
        self,
        parent: QWidget,
        label: str,
        job: Callable[..., Any],
        on_success: Callable[[Any], None],
    ) -> Task:
        return run_task(parent, label, self.db_path, job, on_success)
