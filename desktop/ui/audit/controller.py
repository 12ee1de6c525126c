"""Berkas → "Jejak Audit…" (admin and pimpinan) and Pegawai → "Laporan Data Pribadi…" (the
selected employee; admin, or the employee themself): reads the store for the dialog and writes
the exports in a worker. The role rules are ``core.audit_terms`` / ``core.access``; the store
refuses anyway, the menu only hides what would be refused."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop.core import audit_terms as terms
from desktop.store import audit_query
from desktop.store import session as sessions
from desktop.store.audit_query import AuditFilter
from desktop.ui.audit.dialog import AuditDialog, FilterInput
from desktop.ui.errors import show_error
from desktop.ui.formatting import format_count
from desktop.ui.host import FeatureHost
from desktop.ui.tasks import ProgressFn, Task


def install(host: FeatureHost) -> AuditController:
    """Jejak Audit and Laporan Data Pribadi on a host (the window keeps it as ``audit``)."""
    return AuditController(host)


def _export_job(
    flt: AuditFilter, path: Path, db: sqlite_utils.Database, progress: ProgressFn
) -> int:
    from desktop.imports.audit_export import export_audit

    return export_audit(db, flt, path, progress=progress)


def _report_job(nip: str, path: Path, db: sqlite_utils.Database, _progress: ProgressFn) -> int:
    from desktop.reports.personal_data import write_report

    return write_report(db, nip, path)[1]


class AuditController(QObject):
    def __init__(self, host: FeatureHost) -> None:
        window = host.widget()
        super().__init__(window)
        self.host = host
        self.dialog: AuditDialog | None = None
        self.current_filter = AuditFilter()
        self._total = 0
        self.action = QAction(self.tr("&Jejak Audit…"), window)
        self.action.setObjectName("auditTrail")
        self.action.triggered.connect(self.open_dialog)
        self.report_action = QAction(self.tr("Laporan &Data Pribadi…"), window)
        self.report_action.setObjectName("personalDataReport")
        self.report_action.triggered.connect(self.print_personal_report)
        self._add_to_menus()
        host.session_changed.changed.connect(lambda _session: self.refresh_actions())
        self.refresh_actions()

    @property
    def db(self) -> sqlite_utils.Database:
        return self.host.db

    def _add_to_menus(self) -> None:
        """Jejak Audit after "Kelola Akun…" in Berkas (before Keluar when there is none);
        the report at the end of the Pegawai menu."""
        berkas, pegawai = self.host.menu("berkas"), self.host.menu("pegawai")
        if berkas is not None:
            self._insert_in_berkas(berkas)
        if pegawai is not None:
            pegawai.addSeparator()
            pegawai.addAction(self.report_action)

    def _insert_in_berkas(self, berkas: QMenu) -> None:
        actions = berkas.actions()
        manage = next((a for a in actions if a.objectName() == "manage_accounts"), None)
        if manage is not None:
            after = actions[actions.index(manage) + 1]
            berkas.insertAction(after, self.action)
            return
        quit_action = self.host.action("quit")
        if quit_action is not None:
            berkas.insertAction(quit_action, self.action)
            berkas.insertSeparator(quit_action)

    def refresh_actions(self) -> None:
        """Show what the acting role may open (after every sign-in)."""
        acting = sessions.current()
        self.action.setVisible(terms.may_read_audit(acting.role))
        self.report_action.setVisible(str(acting.role) in ("admin", "pegawai"))
        personal = self.host.action("export_personal")
        if personal is not None:
            personal.setVisible(terms.may_see_personal(acting.role))
            if not personal.isVisible():
                personal.setChecked(False)

    # -- the trail -----------------------------------------------------------------------------
    def open_dialog(self) -> AuditDialog | None:
        if not terms.may_read_audit(sessions.current().role):
            role = terms.role_label(sessions.current().role)
            show_error(self.host.widget(), terms.PersonalDataError("audit", role=role))
            return None
        self.dialog = AuditDialog(self.host.widget())
        self.dialog.set_actors(audit_query.actors(self.db))
        self.dialog.filter_requested.connect(self._on_filter_requested)
        self.dialog.export_requested.connect(self._on_export_requested)
        self.dialog.model.rowsInserted.connect(self._on_rows_loaded)
        self.dialog.finished.connect(self._on_dialog_finished)
        self._apply(FilterInput())
        self.dialog.open()
        return self.dialog

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _on_filter_requested(self) -> None:
        if self.dialog is not None:
            asked = self.dialog.filter_input()
            if asked is not None:
                self._apply(asked)

    def _resolve(self, asked: FilterInput) -> AuditFilter | None:
        """The store's filter; None (with the reason shown) when no employee matches."""
        assert self.dialog is not None
        staff_ids: tuple[int, ...] = ()
        if asked.person:
            people = audit_query.find_people(self.db, asked.person)
            if not people:
                self.dialog.show_message(
                    self.tr('Tidak ada pegawai dengan NIP atau nama "%1".').replace(
                        "%1", asked.person
                    )
                )
                return None
            staff_ids = tuple(p.id for p in people)
            note = (
                ""
                if len(people) == 1
                else self.tr("%1 pegawai cocok; catatan semuanya ditampilkan.")
            )
            self.dialog.show_message(note.replace("%1", format_count(len(people))))
        else:
            self.dialog.show_message("")
        return AuditFilter(
            staff_ids=staff_ids,
            akun_id=asked.akun_id,
            user=asked.user,
            date_from=asked.date_from,
            date_to=asked.date_to,
            kinds=asked.kinds,
        )

    def _apply(self, asked: FilterInput) -> None:
        assert self.dialog is not None
        flt = self._resolve(asked)
        if flt is None:
            return
        self.current_filter = flt
        model = self.dialog.model
        model.reset(partial(self._page, flt))
        self._total = audit_query.count(self.db, flt)
        self.dialog.show_count(self._total, model.loaded())

    def _page(self, flt: AuditFilter, cursor: int | None) -> audit_query.AuditPage:
        return audit_query.page(self.db, flt, before_id=cursor)

    def _on_rows_loaded(self, *_args: object) -> None:
        if self.dialog is not None:
            self.dialog.show_count(self._total, self.dialog.model.loaded())

    def _on_export_requested(self) -> Task | None:
        assert self.dialog is not None
        path = self.host.prompts.save_file(
            self.dialog,
            self.tr("Ekspor Jejak Audit"),
            self.tr("Excel (*.xlsx)"),
            "jejak-audit.xlsx",
        )
        if path is None:
            return None
        path = path.with_suffix(".xlsx")
        task = Task(self.dialog, self.tr("Mengekspor jejak audit…"), Path(self.host.db_path),
                    partial(_export_job, self.current_filter, path))  # fmt: skip
        task.succeeded.connect(partial(self._on_exported, path))
        task.failed.connect(partial(self._on_failed, self.dialog))
        return task.start()

    def _on_exported(self, path: Path, count: object) -> None:
        self.host.prompts.info(
            self.dialog or self.host.widget(),
            self.tr("Ekspor selesai"),
            self.tr("%1 catatan jejak audit diekspor ke %2.")
            .replace("%1", format_count(int(str(count))))
            .replace("%2", str(path)),
        )

    def _on_failed(self, parent: object, exc: object) -> None:
        assert isinstance(exc, BaseException)
        show_error(parent if parent is not None else self.host.widget(), exc)

    # -- the personal-data report --------------------------------------------------------------
    def print_personal_report(self) -> Task | None:
        row = self.host.selection.person  # the employee selected on the page in view
        window = self.host.widget()
        if row is None:
            self.host.prompts.info(
                window,
                self.tr("Laporan Data Pribadi"),
                self.tr("Pilih dahulu seorang pegawai di daftar."),
            )
            return None
        path = self.host.prompts.save_file(
            window, self.tr("Laporan Data Pribadi"), self.tr("PDF (*.pdf)"),
            f"data-pribadi-{row.nip}.pdf",
        )  # fmt: skip
        if path is None:
            return None
        path = path.with_suffix(".pdf")
        task = Task(window, self.tr("Menyusun laporan data pribadi…"),
                    Path(self.host.db_path), partial(_report_job, row.nip, path))  # fmt: skip
        task.succeeded.connect(partial(self._on_report_written, path, row.nama))
        task.failed.connect(partial(self._on_failed, window))
        return task.start()

    def _on_report_written(self, path: Path, nama: str, pages: object) -> None:
        self.host.prompts.info(
            self.host.widget(),
            self.tr("Laporan Data Pribadi"),
            self.tr("Laporan data pribadi %1 (%2 halaman) ditulis ke %3.")
            .replace("%1", nama)
            .replace("%2", str(pages))
            .replace("%3", str(path)),
        )
