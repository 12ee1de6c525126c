"""How an office gets going, on the main window's side: the first-run wizard over a database
with no office, the buttons of the empty states, Berkas → Buka basis data… / Basis data baru… /
Berkas terakhir, and Buka kantor contoh.

Switching to another database is the session's job (``desktop.app.Session``): this flow only
asks for it with ``switch_requested(path)``, after a file was chosen or the demo is ready.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import sqlite_utils
from PySide6.QtCore import QObject, Signal

from desktop.core.errors import KinerjaError
from desktop.store import units as unit_store
from desktop.store.office_settings import save_office_settings
from desktop.ui import settings as keys
from desktop.ui.errors import show_error
from desktop.ui.first_run.demo_office import DemoOpener
from desktop.ui.first_run.empty_state import EmptyState
from desktop.ui.first_run.wizard import FirstRunWizard, NextStep

if TYPE_CHECKING:
    from desktop.ui.actions import MainActions
    from desktop.ui.appraisal import AppraisalWorkspace
    from desktop.ui.imports.controller import TransferController
    from desktop.ui.prompts import Prompts
    from desktop.ui.settings import Settings
    from desktop.ui.staff.view import StaffPanel

log = logging.getLogger(__name__)
DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


class StartWindow(Protocol):
    """The parts of the main window (a ``QMainWindow``) this flow works with, named here so
    that the flow need not import the window that owns it."""

    db: sqlite_utils.Database
    db_path: Path
    prompts: Prompts
    settings: Settings
    main_actions: MainActions
    staff_panel: StaffPanel
    transfers: TransferController


def office_is_blank(window: StartWindow) -> bool:
    """No office yet: neither instansi nor nama kantor typed (a new or never-set-up file)."""
    office = unit_store.get_office(window.db)
    return not office.instansi.strip() and not office.nama_kantor.strip()


class StartFlow(QObject):
    """Owned by the main window (``window.first_run``)."""

    switch_requested = Signal(object)  # Path: open this database in place of the current one
    office_created = Signal()  # the wizard's office was saved

    def __init__(self, window: StartWindow) -> None:
        super().__init__(window)
        self.window = window
        self.wizard: FirstRunWizard | None = None
        self.demo = DemoOpener(window)
        self.demo.ready.connect(self.switch_requested)
        a = window.main_actions
        a.open_database.triggered.connect(self.choose_database)
        a.new_database.triggered.connect(self.choose_new_database)
        if a.recent_menu is not None:
            a.recent_menu.aboutToShow.connect(self.fill_recent_menu)

    # -- empty states ----------------------------------------------------------------------
    def fill_empty_states(self, units: EmptyState) -> None:
        """The buttons of the staff page's and the unit column's empty states."""
        a = self.window.main_actions
        staff = self.window.staff_panel.empty
        staff.add_action(a.import_staff, self.tr("Impor daftar pegawai…"), primary=True)
        staff.add_action(a.new_staff, self.tr("Tambah pegawai"))
        staff.add_button(self.tr("Buka kantor contoh"), self.open_demo, name="staffEmptyDemo")
        importer = self.units_importer()
        if importer is not None:
            units.set_text(
                units.title.text(),
                self.tr(
                    "Impor struktur organisasi (SOTK), atau impor daftar pegawai dan biarkan "
                    "unit kerjanya dibuat dari daftar itu."
                ),
            )
            units.add_button(self.tr("Impor struktur organisasi…"), importer, name="importUnits")
        units.add_action(a.import_staff, self.tr("Impor daftar pegawai…"))

    def fill_appraisal_empty(self, workspace: AppraisalWorkspace) -> None:
        """The appraisal page's empty state (a unit without staff) sends to the staff page."""
        empty = workspace.table.empty
        a = self.window.main_actions
        empty.add_action(a.show_staff_page, self.tr("Ke Data Pegawai"), primary=True)
        empty.add_action(a.import_staff, self.tr("Impor daftar pegawai…"))

    def units_importer(self) -> Callable[[], object] | None:
        """The Struktur Organisasi screen's import, when that screen is installed
        (``window.unit_structure``): its own ``start_import`` if it has one, else open the
        screen and start the import there, so the new tree is in front of the operator."""
        controller = getattr(self.window, "unit_structure", None)
        if controller is None:
            return None
        start = getattr(controller, "start_import", None)
        if callable(start):
            return start
        opener = getattr(controller, "open_editor", None)
        if not callable(opener):
            return None

        def open_and_import() -> None:
            editor = opener()
            action = getattr(editor, "import_action", None)
            if action is not None:
                action.trigger()

        return open_and_import

    # -- first run -------------------------------------------------------------------------
    def start_if_blank(self) -> FirstRunWizard | None:
        """Open the wizard over a database that has no office yet."""
        return self.start_wizard() if office_is_blank(self.window) else None

    def start_wizard(self) -> FirstRunWizard:
        wizard = FirstRunWizard(
            unit_store.get_office(self.window.db),
            self.window.prompts,
            self.window,
            units_import=self.units_importer() is not None,
        )
        wizard.accepted.connect(self._on_wizard_accepted)
        wizard.finished.connect(wizard.deleteLater)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _on_wizard_accepted(self) -> None:
        assert self.wizard is not None
        choice = self.wizard.choice()
        self.wizard = None
        if choice.office is not None:
            try:
                save_office_settings(self.window.db, choice.office, emblem=choice.emblem)
            except KinerjaError as exc:
                show_error(self.window, exc)
                return
            self.office_created.emit()
        if choice.step is NextStep.STAFF:
            self.window.transfers.start_import()
        elif choice.step is NextStep.UNITS:
            importer = self.units_importer()
            if importer is not None:
                importer()
        elif choice.step is NextStep.DEMO:
            self.open_demo()

    def open_demo(self) -> None:
        """Buka kantor contoh: built in its own file if missing, then opened."""
        self.demo.open()

    # -- Berkas ------------------------------------------------------------------------------
    def choose_database(self) -> None:
        path = self.window.prompts.open_file(
            self.window, self.tr("Buka basis data"), self._filter()
        )
        if path is not None:
            self.open_path(path)

    def choose_new_database(self) -> None:
        path = self.window.prompts.save_file(
            self.window, self.tr("Basis data baru"), self._filter(), "kantor.sqlite"
        )
        if path is None:
            return
        if path.suffix.lower() not in DATABASE_SUFFIXES:
            path = path.with_suffix(".sqlite")
        if path.exists():
            self.window.prompts.info(
                self.window,
                self.tr("Basis data baru"),
                self.tr(
                    "Berkas %1 sudah ada dan tidak ditimpa. Pilih nama lain, atau bukalah "
                    "dengan Berkas → Buka basis data…"
                ).replace("%1", str(path)),
            )
            return
        self.switch_requested.emit(path)

    def _filter(self) -> str:
        return self.tr("Basis data Kinerja (*.sqlite *.db);;Semua berkas (*)")

    def open_path(self, path: Path) -> None:
        """Open a chosen or recent file; a missing one is named and left out of the list."""
        if not path.exists():
            self.window.prompts.info(
                self.window,
                self.tr("Buka basis data"),
                self.tr("Berkas %1 tidak ditemukan (dipindah atau dihapus?).").replace(
                    "%1", str(path)
                ),
            )
            settings = self.window.settings
            others = [n for n in settings.get(keys.RECENT_FILES) if Path(n) != path]
            settings.set(keys.RECENT_FILES, others)
            return
        self.switch_requested.emit(path)

    def fill_recent_menu(self) -> None:
        menu = self.window.main_actions.recent_menu
        assert menu is not None
        menu.clear()
        current = self.window.db_path.resolve()
        files = [p for p in keys.recent_files(self.window.settings) if p != current]
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {path.name} — {path.parent}")
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not files:
            menu.addAction(self.tr("(belum ada)")).setEnabled(False)
