"""The main window: unit tree on the left; on the right two pages for the selected unit,
"Data Pegawai" (search box and staff table) and "Penilaian Kinerja" (the appraisal workspace).

It wires the feature folders together (units/, staff/, imports/, appraisal/) and keeps the
machine-local state (geometry, splitter, last unit, last page, "show inactive") in the typed
settings. The appraisal page is built the first time it is shown, so a 50,000-staff office
opens as fast as before.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QToolBar

from desktop import __version__
from desktop.core import i18n
from desktop.core.errors import KinerjaError
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.staff import StaffListRow
from desktop.ui import settings as keys
from desktop.ui.actions import MainActions
from desktop.ui.errors import show_error
from desktop.ui.formatting import format_count
from desktop.ui.imports.controller import TransferController
from desktop.ui.office.dialog import OfficeDialog
from desktop.ui.prompts import Prompts
from desktop.ui.settings import Settings
from desktop.ui.staff.editing import StaffEditor
from desktop.ui.staff.lookups import Lookups, load_lookups
from desktop.ui.staff.model import StaffTableModel
from desktop.ui.staff.view import StaffPanel
from desktop.ui.units.model import ALL_UNITS, UnitTreeModel
from desktop.ui.units.view import UnitTreeView

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
        self.db, self.db_path, self.settings = db, db_path, settings
        self.prompts = prompts or Prompts(self)
        self._lookups: Lookups | None = None
        self.unit_model = UnitTreeModel(self)
        self.staff_model = StaffTableModel(self)
        self.unit_tree = UnitTreeView(self.unit_model)
        self.staff_panel = StaffPanel(self.staff_model)
        self.appraisal: AppraisalWorkspace | None = None
        self.pages = QTabWidget(objectName="mainPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.staff_panel, self.tr("Data Pegawai"))
        self.pages.addTab(QLabel(), self.tr("Penilaian Kinerja"))
        self.left = QSplitter(Qt.Orientation.Vertical, objectName="leftColumn")
        self.left.addWidget(self.unit_tree)
        self.left.setCollapsible(0, False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 1000])
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(objectName="staffCount")
        self.statusBar().addPermanentWidget(self.status_label)
        self.main_actions = MainActions(self)
        self.main_actions.fill_menus(self.menuBar())
        toolbar = QToolBar(self.tr("Alat utama"), objectName="mainToolbar")
        toolbar.setMovable(False)
        self.main_actions.fill_toolbar(toolbar)
        self.addToolBar(toolbar)
        self.staff_panel.table.addAction(self.main_actions.open_staff)
        self.editor = StaffEditor(db, self.lookups, self)
        self.transfers = TransferController(db_path, self, self.prompts)
        self._connect()
        self._install_features()
        self._set_title()
        self.reload()
        self._restore_state()

    # -- wiring ----------------------------------------------------------------------------
    def _install_features(self) -> None:
        """Feature folders that add their own menus (Cetak, Sinkronisasi) plug in here; each
        keeps a reference on the window so its actions live as long as it does, and inserts
        its menu before ``self.main_actions.view_menu`` (menuBar().insertMenu)."""
        from desktop.ui.reports import ReportsController

        self.reports = ReportsController(self)
        from desktop.ui.sync import SyncController

        self.sync = SyncController(self)

    def _connect(self) -> None:
        a = self.main_actions
        a.import_staff.triggered.connect(self.transfers.start_import)
        a.export_staff.triggered.connect(self._on_export_triggered)
        a.quit.triggered.connect(self.close)
        a.office_settings.triggered.connect(self._on_office_settings_triggered)
        a.new_staff.triggered.connect(self._on_new_triggered)
        a.open_staff.triggered.connect(self._on_open_triggered)
        a.deactivate.triggered.connect(self._on_deactivate_triggered)
        a.reactivate.triggered.connect(self._on_reactivate_triggered)
        a.find.triggered.connect(self.staff_panel.focus_filter)
        a.show_inactive.toggled.connect(self._on_show_inactive_toggled)
        a.languages.triggered.connect(self._on_language_triggered)
        a.about.triggered.connect(self._on_about_triggered)
        a.show_staff_page.triggered.connect(self._on_staff_page_triggered)
        a.show_appraisal_page.triggered.connect(self._on_appraisal_page_triggered)
        self.pages.currentChanged.connect(self._on_page_changed)
        self.unit_tree.unit_selected.connect(self._on_unit_selected)
        self.staff_model.counts_changed.connect(self._on_counts_changed)
        self.staff_panel.staff_activated.connect(self.editor.open_record)
        self.staff_panel.current_changed.connect(self._on_current_changed)
        self.editor.staff_saved.connect(self._on_staff_saved)
        self.transfers.staff_imported.connect(self.reload)

    def _restore_state(self) -> None:
        s = self.settings
        if not s.get(keys.WINDOW_GEOMETRY).isEmpty():
            self.restoreGeometry(s.get(keys.WINDOW_GEOMETRY))
        else:
            self.resize(1280, 720)
        if not s.get(keys.WINDOW_STATE).isEmpty():
            self.restoreState(s.get(keys.WINDOW_STATE))
        if not s.get(keys.SPLITTER_STATE).isEmpty():
            self.splitter.restoreState(s.get(keys.SPLITTER_STATE))
        self.main_actions.show_inactive.setChecked(s.get(keys.SHOW_INACTIVE))
        a = self.main_actions
        (a.language_en if i18n.language() == "en" else a.language_id).setChecked(True)
        self.unit_tree.select_unit(s.get(keys.LAST_UNIT))
        self._on_current_changed(None)
        self.pages.setCurrentIndex(s.get(keys.LAST_PAGE))

    # -- data ------------------------------------------------------------------------------
    def lookups(self) -> Lookups:
        """Reference lists and the unit tree for the dialogs (read once, after each reload)."""
        if self._lookups is None:
            self._lookups = load_lookups(self.db)
        return self._lookups

    def reload(self) -> None:
        """Read every staff row and the unit tree again (start-up, after an import)."""
        unit = self.unit_tree.current_unit_id()
        self._lookups = None
        lookups = self.lookups()
        rows = staff_store.list_rows(self.db, include_inactive=True)
        self.staff_model.set_rows(rows, lookups.golongan_rank())
        self.unit_model.load(lookups.unit_tree, self.staff_model.unit_counts())
        self.unit_tree.expandToDepth(1)
        self.unit_tree.select_unit(unit)

    def _set_title(self) -> None:
        office = unit_store.get_office(self.db)
        name = office.nama_kantor or office.instansi
        self.setWindowTitle(f"Kinerja Luring — {name}" if name else "Kinerja Luring")

    def _refresh_counts(self) -> None:
        self.unit_model.set_counts(self.staff_model.unit_counts())

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
        if index == APPRAISAL_PAGE and self.appraisal is None:
            from desktop.ui.appraisal import AppraisalWorkspace  # not needed at start-up

            self.appraisal = AppraisalWorkspace(self.db, self.db_path)
            placeholder = self.pages.widget(APPRAISAL_PAGE)
            with QSignalBlocker(self.pages):
                self.pages.removeTab(APPRAISAL_PAGE)
                self.pages.insertTab(APPRAISAL_PAGE, self.appraisal, self.tr("Penilaian Kinerja"))
                self.pages.setCurrentIndex(APPRAISAL_PAGE)
            placeholder.deleteLater()
            # the predikat curve sits under the unit tree: it belongs to the selected unit,
            # and the table beside it then shows every column on a 1366-pixel screen
            self.left.addWidget(self.appraisal.distribution)
            self.left.setSizes([330, 420])
        if self.appraisal is not None:
            self.appraisal.distribution.setVisible(index == APPRAISAL_PAGE)
        if index == APPRAISAL_PAGE:
            self._show_unit_in_appraisal()
        self.main_actions.show_page(index)

    def _on_staff_page_triggered(self) -> None:
        self.pages.setCurrentIndex(STAFF_PAGE)
        self.staff_panel.focus_filter()

    def _on_appraisal_page_triggered(self) -> None:
        self.pages.setCurrentIndex(APPRAISAL_PAGE)

    def _on_counts_changed(self, visible: int, total: int) -> None:
        self.status_label.setText(
            self.tr("Menampilkan %1 dari %2 pegawai")
            .replace("%1", format_count(visible))
            .replace("%2", format_count(total))
        )

    def _on_current_changed(self, row: StaffListRow | None) -> None:
        self.main_actions.open_staff.setEnabled(row is not None)
        self.main_actions.deactivate.setEnabled(row is not None and row.aktif)
        self.main_actions.reactivate.setEnabled(row is not None and not row.aktif)

    def _on_new_triggered(self) -> None:
        unit = self.unit_tree.current_unit_id()
        self.editor.open_new(None if unit == ALL_UNITS else unit)

    def _on_open_triggered(self) -> None:
        row = self.staff_panel.current_row()
        if row is not None:
            self.editor.open_record(row.id)

    def _on_deactivate_triggered(self) -> None:
        row = self.staff_panel.current_row()
        if row is not None and row.aktif:
            self.editor.deactivate(row)

    def _on_reactivate_triggered(self) -> None:
        row = self.staff_panel.current_row()
        if row is not None and not row.aktif:
            self.editor.reactivate(row)

    def _on_staff_saved(self, staff_id: int) -> None:
        try:
            row = staff_store.list_row(self.db, staff_id)
        except KinerjaError as exc:
            show_error(self, exc)
            return
        self.staff_model.upsert_row(row)
        self._refresh_counts()
        self.staff_panel.select_staff(staff_id)
        self.statusBar().showMessage(self.tr("Tersimpan: %1").replace("%1", row.nama), 5000)

    def _on_show_inactive_toggled(self, show: bool) -> None:
        self.staff_model.set_show_inactive(show)
        self._refresh_counts()
        self.settings.set(keys.SHOW_INACTIVE, show)

    def _on_export_triggered(self) -> None:
        unit = self.unit_tree.current_unit_id()
        ids = self.unit_model.subtree_ids(unit)
        kode = "" if unit == ALL_UNITS else f"-{self.unit_model.tree.by_id[unit].kode}"
        inactive = self.main_actions.show_inactive.isChecked()
        self.transfers.start_export(ids, inactive, f"pegawai{kode}.xlsx")

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
        self._set_title()
        if self.appraisal is not None:
            self.appraisal.reload_periods()
        self.statusBar().showMessage(self.tr("Pengaturan kantor tersimpan."), 5000)

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
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.SPLITTER_STATE, self.splitter.saveState())
        self.settings.set(keys.LAST_UNIT, self.unit_tree.current_unit_id())
        self.settings.set(keys.LAST_PAGE, self.pages.currentIndex())
        self.settings.sync()
        super().closeEvent(event)
