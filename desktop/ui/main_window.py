"""The main window: unit tree on the left; on the right two pages for the selected unit,
"Data Pegawai" (search box and staff table) and "Penilaian Kinerja" (the appraisal workspace).
Until the office has units and staff, each shows an empty state with the buttons to get them
(``first_run.flow``); a database with no office starts with the first-run wizard. The demo
office says KANTOR CONTOH in the title bar and the status bar.

It wires the feature folders together (units/, staff/, imports/, appraisal/) and keeps the
machine-local state (geometry, splitter, last unit, last page, "show inactive") in the typed
settings. The appraisal page is built the first time it is shown, so a 50,000-staff office
opens as fast as before.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core import i18n
from desktop.core.errors import KinerjaError
from desktop.demo.marker import is_demo
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.staff import StaffListRow
from desktop.ui import accounts as account_ui
from desktop.ui import settings as keys
from desktop.ui.actions import MainActions
from desktop.ui.errors import show_error
from desktop.ui.first_run.empty_state import EmptyState
from desktop.ui.first_run.flow import StartFlow
from desktop.ui.formatting import format_count
from desktop.ui.host import Changes
from desktop.ui.imports.controller import TransferController
from desktop.ui.office.dialog import OfficeDialog
from desktop.ui.prompts import Prompts
from desktop.ui.settings import Settings
from desktop.ui.staff.editing import StaffEditor
from desktop.ui.staff.listing import StaffListing
from desktop.ui.staff.lookups import Lookups, load_lookups
from desktop.ui.staff.model import StaffTableModel
from desktop.ui.staff.page_actions import StaffPageActions
from desktop.ui.staff.view import StaffPanel
from desktop.ui.units.model import ALL_UNITS, UnitTreeModel
from desktop.ui.units.view import UnitTreeView
from desktop.ui.widgets import fit_to_screen, install_screen_fit
from desktop.ui.window_host import SelectionTracker, WindowHost
from desktop.ui.window_layout import restore_layout, save_layout

if TYPE_CHECKING:
    from desktop.ui.appraisal import AppraisalWorkspace

log = logging.getLogger(__name__)
STAFF_PAGE, APPRAISAL_PAGE = 0, 1


class MainWindow(QMainWindow):
    def __init__(
        self,
        db: sqlite_utils.Database,
        db_path: Path,
        settings: Settings,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        install_screen_fit()  # no window or dialog opens larger than the screen
        self.db, self.db_path, self.settings = db, db_path, settings
        self.prompts = prompts or Prompts(self)
        self._lookups: Lookups | None = None
        self.unit_model = UnitTreeModel(self)
        self.staff_model = StaffTableModel(self)
        self.listing = StaffListing(db, db_path, self.staff_model, self)  # when its page shows
        self.unit_tree = UnitTreeView(self.unit_model)
        self.staff_panel = StaffPanel(self.staff_model)
        self.appraisal: AppraisalWorkspace | None = None
        self.pages = QTabWidget(objectName="mainPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.staff_panel, self.tr("Data Pegawai"))
        self.pages.addTab(QLabel(), self.tr("Penilaian Kinerja"))
        self.unit_empty = EmptyState(
            self.tr("Belum ada unit kerja"),
            self.tr("Impor daftar pegawai; unit kerjanya dapat dibuat dari daftar itu."),
            name="unitEmpty",
            vertical=True,
        )
        self.left = QSplitter(Qt.Orientation.Vertical, objectName="leftColumn")
        self.left.addWidget(self._unit_column())
        self.left.setCollapsible(0, False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 1000])
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(objectName="staffCount")
        self.demo_label = QLabel(self.tr("KANTOR CONTOH"), objectName="demoBadge")
        self.demo_label.setStyleSheet(
            "QLabel { background: #fff3c4; color: #8a5a00; font-weight: bold; padding: 1px 8px; }"
        )
        self.demo_label.setToolTip(
            self.tr("Data rekaan untuk mencoba aplikasi; bukan data kantor Anda.")
        )
        self.demo_label.hide()
        self.statusBar().addWidget(self.demo_label)
        self.statusBar().addPermanentWidget(self.status_label)
        self.main_actions = MainActions(self)
        self.main_actions.fill_menus(self.menuBar())
        toolbar = QToolBar(self.tr("Alat utama"), objectName="mainToolbar")
        toolbar.setMovable(False)
        self.main_actions.fill_toolbar(toolbar)
        self.addToolBar(toolbar)
        self.staff_panel.table.addAction(self.main_actions.open_staff)
        # what features get instead of the window (ui.host): selection, data-changed notices
        self.host = WindowHost(self, db, db_path, self.prompts, self.pages,
                               self.main_actions.view_menu.menuAction(),
                               (self.left, self.status_label), actions=self.main_actions,
                               unit_tree=self.unit_tree)  # fmt: skip
        self.selection, self.data_changed = self.host.selection, self.host.data_changed
        self.selection_tracker = SelectionTracker(
            self.selection, self.unit_tree, self.unit_model, self.staff_panel, self.pages
        )
        self.editor = StaffEditor(db, self.lookups, self)
        self.staff_actions = StaffPageActions(self.main_actions, self.staff_panel, self.editor,
                                              self.unit_tree.current_unit_id)  # fmt: skip
        self.transfers = TransferController(db_path, self, self.prompts)
        self.first_run = StartFlow(self)
        self._connect()
        self._install_features()
        self.first_run.fill_empty_states(self.unit_empty)
        self._set_title()
        self.reload(staff=self.settings.get(keys.LAST_PAGE) != APPRAISAL_PAGE)
        self._restore_state()
        self.sync.show_central_page()  # a centre opens on its merged data, not an empty list

    # -- wiring ----------------------------------------------------------------------------
    def _install_features(self) -> None:
        """Each feature gets the host (``ui.host.FeatureHost``), never the window, and puts
        its menu or actions there; the window keeps a reference so they live as long as it."""
        from desktop.ui import audit, backup, officials, reports, sync
        from desktop.ui.imports import talent_controller as talent_imports
        from desktop.ui.talent.feature import install as install_talent
        from desktop.ui.units import controller as units

        host = self.host
        self.reports, self.sync = reports.ReportsController(host), sync.SyncController(host)
        self.backups = backup.BackupController(host)
        self.officials = officials.OfficialsController(host)
        self.unit_structure = units.install(host)  # SOTK screen
        self.accounts = account_ui.install(host, self.first_run)  # sign-in, idle lock, Kelola Akun
        self.audit = audit.install(host)  # Jejak Audit, Laporan Data Pribadi
        self.talent = install_talent(host)  # Manajemen Talenta, the third page (issue 14)
        self.talent_imports = talent_imports.install(host)  # Berkas → Impor Hasil Asesmen…
        for action, perm in self.main_actions.permissions():
            host.gate(action, perm)  # hidden from a role that may not use it

    def _connect(self) -> None:
        a = self.main_actions
        a.import_staff.triggered.connect(self.transfers.start_import)
        a.export_staff.triggered.connect(self._on_export_triggered)
        a.quit.triggered.connect(self.close)
        a.office_settings.triggered.connect(self._on_office_settings_triggered)
        a.find.triggered.connect(self.staff_panel.focus_filter)
        a.show_inactive.toggled.connect(self._on_show_inactive_toggled)
        a.languages.triggered.connect(self._on_language_triggered)
        a.about.triggered.connect(self._on_about_triggered)
        a.show_shortcuts.triggered.connect(self._on_shortcuts_triggered)
        a.user_guide.triggered.connect(self._on_user_guide_triggered)
        a.show_staff_page.triggered.connect(self._on_staff_page_triggered)
        a.show_appraisal_page.triggered.connect(self._on_appraisal_page_triggered)
        self.pages.currentChanged.connect(self._on_page_changed)
        self.unit_tree.unit_selected.connect(self._on_unit_selected)
        self.staff_model.counts_changed.connect(self._on_counts_changed)
        self.listing.completed.connect(self._on_listing_completed)
        self.editor.staff_saved.connect(self._on_staff_saved)
        self.transfers.staff_imported.connect(
            partial(self.data_changed.notify, Changes(staff=True, unit=True), self.transfers)
        )
        self.first_run.office_created.connect(self._on_office_saved)
        self.data_changed.changed.connect(self._on_data_changed)
        self.host.session_changed.changed.connect(lambda _session: self._set_title())

    def _unit_column(self) -> QWidget:
        """The unit tree, or its empty state while the office has no unit."""
        column = QWidget(objectName="unitColumn")
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.unit_tree, 1)
        box.addWidget(self.unit_empty, 1)
        return column

    def _restore_state(self) -> None:
        restore_layout(self, self.splitter, self.main_actions, self.settings)
        self.unit_tree.select_unit(self.settings.get(keys.LAST_UNIT))
        self.staff_actions.on_current_changed(None)
        self.pages.setCurrentIndex(self.settings.get(keys.LAST_PAGE))

    # -- data ------------------------------------------------------------------------------
    def lookups(self) -> Lookups:
        """Reference lists and the unit tree for the dialogs (read once, after each reload)."""
        if self._lookups is None:
            self._lookups = load_lookups(self.db)
        return self._lookups

    def reload(self, staff: bool | None = None) -> None:
        """Read the staff rows and the unit tree again (start-up, after an import); the rows wait
        for the staff page when the window opens on the appraisal page (``ui.staff.listing``)."""
        unit = self.unit_tree.current_unit_id()
        self._lookups = None
        lookups = self.lookups()
        rows = self.listing.rows(staff, self.pages.currentIndex() == STAFF_PAGE)
        self.staff_model.set_rows(rows, lookups.golongan_rank())
        self.staff_panel.set_empty(self.listing.read and not rows)
        self.unit_model.load(lookups.unit_tree, self.listing.unit_counts())
        # no units: the empty state takes the column ("Semua unit" stays selected, unseen)
        self.unit_empty.setVisible(not lookups.unit_tree.by_id)
        self.unit_tree.setVisible(bool(lookups.unit_tree.by_id))
        self.unit_tree.expandToDepth(1)
        self.unit_tree.select_unit(unit)

    def _set_title(self) -> None:
        office = unit_store.get_office(self.db)
        name = office.nama_kantor or office.instansi
        demo = is_demo(self.db)
        parts = ["Kinerja Luring", self.tr("KANTOR CONTOH") if demo else "", name]
        parts.append(account_ui.signed_in_label())  # "Nama (Peran)" once signed in
        self.setWindowTitle(" — ".join(p for p in parts if p))
        self.demo_label.setVisible(demo)

    def fit_to_screen(self) -> None:
        """Keep the whole window on the screen it is on (a 1024×768 screen has ~1024×728
        free): a saved or default size larger than that is shrunk and moved back into view."""
        fit_to_screen(self)

    def _refresh_counts(self) -> None:
        self.unit_model.set_counts(self.listing.unit_counts())

    def _on_data_changed(self, changes: Changes, initiator: object) -> None:
        """Title, staff list, unit tree and appraisal page read again what another part
        changed (``ui.host.DataChanged``); the staff editor updates its row itself."""
        if changes.office:
            self._set_title()
        if (changes.staff or changes.unit) and initiator is not self.editor:
            self.reload()
        appraisal = self.appraisal
        if appraisal is None or initiator is appraisal:
            return
        if changes.office:
            appraisal.reload_periods()
        elif self.pages.currentWidget() is appraisal and (changes.staff or changes.appraisal):
            appraisal.reload()  # a hidden page reads again when it is shown

    # -- slots -----------------------------------------------------------------------------
    def _on_unit_selected(self, unit_id: int) -> None:
        self.staff_model.set_units(self.unit_model.subtree_ids(unit_id))
        if self.pages.currentWidget() is self.appraisal:
            self._show_unit_in_appraisal()

    def _show_unit_in_appraisal(self) -> None:
        assert self.appraisal is not None
        unit = self.unit_tree.current_unit_id()
        ids = self.unit_model.subtree_ids(unit)
        self.appraisal.set_unit(unit, set(self.unit_model.tree.by_id) if ids is None else ids)

    def _on_page_changed(self, index: int) -> None:
        if index == STAFF_PAGE and not self.listing.read:
            self.reload(staff=True)
        if index == APPRAISAL_PAGE and self.appraisal is None:
            from desktop.ui.appraisal import AppraisalWorkspace  # not needed at start-up

            self.appraisal = AppraisalWorkspace(self.db, self.db_path)
            placeholder = self.pages.widget(APPRAISAL_PAGE)
            with QSignalBlocker(self.pages):
                self.pages.removeTab(APPRAISAL_PAGE)
                self.pages.insertTab(APPRAISAL_PAGE, self.appraisal, self.tr("Penilaian Kinerja"))
                self.pages.setCurrentIndex(APPRAISAL_PAGE)
            placeholder.deleteLater()
            # the predikat curve and the unit's SKM sit under the unit tree, one tab each:
            # they belong to the selected unit, and the table beside them then shows its
            # columns on a 1024-pixel screen
            self.unit_panels = QTabWidget(objectName="unitPanels")
            self.unit_panels.setDocumentMode(True)
            self.unit_panels.addTab(self.appraisal.distribution, self.tr("Distribusi"))
            self.unit_panels.addTab(self.appraisal.skm, self.tr("SKM"))
            self.appraisal.side.hide()
            self.left.addWidget(self.unit_panels)
            self.left.setSizes([330, 420])
            self.appraisal.table.restore_header(self.settings.get(keys.APPRAISAL_COLUMNS))
            self.first_run.fill_appraisal_empty(self.appraisal)
            self.selection_tracker.attach_appraisal(self.appraisal)
        if self.appraisal is not None:
            self.unit_panels.setVisible(index == APPRAISAL_PAGE)
        if index == APPRAISAL_PAGE:
            self._show_unit_in_appraisal()

    def _on_staff_page_triggered(self) -> None:
        self.pages.setCurrentIndex(STAFF_PAGE)
        self.staff_panel.focus_filter()

    def _on_appraisal_page_triggered(self) -> None:
        self.pages.setCurrentIndex(APPRAISAL_PAGE)

    def _on_listing_completed(self, rows: list[StaffListRow]) -> None:
        """The whole list of a large office, read while the first screenful was shown."""
        current = self.staff_panel.current_row()
        self.staff_model.set_rows(rows, self.lookups().golongan_rank())
        self.staff_panel.set_empty(not rows)
        self._refresh_counts()
        if current is not None:
            self.staff_panel.select_staff(current.id)

    def _on_counts_changed(self, visible: int, total: int) -> None:
        if not self.listing.read:
            return
        if self.listing.loading:
            self.status_label.setText(self.tr("Memuat daftar pegawai…"))
            return
        self.status_label.setText(
            self.tr("Menampilkan %1 dari %2 pegawai")
            .replace("%1", format_count(visible))
            .replace("%2", format_count(total))
        )

    def _on_staff_saved(self, staff_id: int) -> None:
        try:
            row = staff_store.list_row(self.db, staff_id)
        except KinerjaError as exc:
            show_error(self, exc)
            return
        self.staff_panel.set_empty(False)
        self.staff_model.upsert_row(row)
        self.listing.restart()  # a list still being read may predate this save
        self._refresh_counts()
        self.staff_panel.select_staff(staff_id)
        self.statusBar().showMessage(self.tr("Tersimpan: %1").replace("%1", row.nama), 5000)
        self.data_changed.notify(Changes(staff=True, staff_ids=frozenset({staff_id})), self.editor)

    def _on_show_inactive_toggled(self, show: bool) -> None:
        self.staff_model.set_show_inactive(show)
        self._refresh_counts()
        self.settings.set(keys.SHOW_INACTIVE, show)

    def _on_export_triggered(self) -> None:
        unit = self.unit_tree.current_unit_id()
        ids = self.unit_model.subtree_ids(unit)
        kode = "" if unit == ALL_UNITS else f"-{self.unit_model.tree.by_id[unit].kode}"
        inactive = self.main_actions.show_inactive.isChecked()
        personal = self.main_actions.export_personal.isChecked()
        self.main_actions.export_personal.setChecked(False)  # asked for again each time (PDP)
        self.transfers.start_export(ids, inactive, f"pegawai{kode}.xlsx", with_personal=personal)

    def _on_language_triggered(self, action: object) -> None:
        code = str(action.data())  # type: ignore[attr-defined]
        if code == self.settings.get(keys.LANGUAGE) == i18n.language():
            return
        self.settings.set(keys.LANGUAGE, code)
        self.prompts.info(
            self,
            self.tr("Bahasa"),
            self.tr(
                "Bahasa akan berganti setelah aplikasi dibuka kembali.\n"
                "The language changes when the app is restarted."
            ),
        )

    def _on_office_settings_triggered(self) -> OfficeDialog:
        dialog = OfficeDialog(self.db, self.prompts, self)
        dialog.saved.connect(self._on_office_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_office_saved(self) -> None:
        self.data_changed.notify(Changes(office=True), self)
        self.statusBar().showMessage(self.tr("Pengaturan kantor tersimpan."), 5000)

    def _on_shortcuts_triggered(self) -> None:
        from desktop.ui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_user_guide_triggered(self) -> None:
        from desktop.ui.help import GuideDialog  # reportlab only when asked for

        dialog = GuideDialog(self.prompts, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_about_triggered(self) -> None:
        self.prompts.info(
            self,
            self.tr("Tentang Kinerja Luring"),
            self.tr(
                "Kinerja Luring %1\nData kepegawaian dan penilaian kinerja ASN tanpa internet.\n"
                "Basis data: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.db_path)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.listing.wait()  # a large office's list still being read (a fraction of a second)
        save_layout(self, self.splitter, self.settings)
        self.settings.set(keys.LAST_UNIT, self.unit_tree.current_unit_id())
        self.settings.set(keys.LAST_PAGE, self.pages.currentIndex())
        if self.appraisal is not None:
            self.settings.set(keys.APPRAISAL_COLUMNS, self.appraisal.table.header_state())
        self.settings.sync()
        super().closeEvent(event)
