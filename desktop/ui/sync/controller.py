"""The "Sinkronisasi" menu and the flows behind it, for an office or a central database.

Office: export wizard, receipt import, status, key files, and (for a fresh database) becoming a
centre. Centre: the package import screen and key files. Every question that needs the
operator (a fingerprint to compare by phone) is asked on the GUI thread through the host's
``prompts`` *before* a worker starts writing; every slow step runs in a ``Task``. The controller
gets the ``FeatureHost``, never the window; a change to keys, role, export log or merged data is
announced as ``Changes(sync=True)`` and the menu, the status window, the import window and the
centre's overview refresh on that notice.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.core.access import Perm
from desktop.core.errors import KinerjaError
from desktop.sync import Role, configured_centre, export_log, get_role
from desktop.ui import shortcuts
from desktop.ui.errors import show_error
from desktop.ui.formatting import format_count
from desktop.ui.host import Changes
from desktop.ui.sync.drives import DriveFinder, removable_drives
from desktop.ui.sync.key_flows import KeyFlows
from desktop.ui.tasks import Task

if TYPE_CHECKING:  # the screens load when opened: the window starts ~0.1 s sooner
    from desktop.sync import ImportReport, NewOffice, ReceiptResult
    from desktop.ui.host import FeatureHost
    from desktop.ui.sync.central_dialog import CentralImportDialog
    from desktop.ui.sync.export_wizard import ExportWizard
    from desktop.ui.sync.overview_page import CentralOverview
    from desktop.ui.sync.status_dialog import SyncStatusDialog

RECEIPT_FILTER = "(*.kinerja-tt)"


def _jobs() -> Any:
    """The workers' jobs (they bring the central import and its merger) when first used."""
    from desktop.ui.sync import jobs

    return jobs


class SyncController(QObject):
    """Owns the Sinkronisasi menu and the sync windows of one host."""

    status_changed = Signal()  # an export or a receipt changed what waits
    packages_imported = Signal(object)  # ImportReport

    def __init__(self, host: FeatureHost) -> None:
        window = host.widget()
        super().__init__(window)
        self.host, self.window = host, window
        self.find_drives: DriveFinder = removable_drives
        self.wizard: ExportWizard | None = None
        self.status_dialog: SyncStatusDialog | None = None
        self.central_dialog: CentralImportDialog | None = None
        self.overview: CentralOverview | None = None  # a centre's "Rekap Pusat" page
        self.menu = QMenu(self.tr("&Sinkronisasi"), window)
        self.menu.setObjectName("syncMenu")
        self.export_package = self._action(self.tr("&Ekspor Paket ke Flashdisk…"), "sync_export")
        self.import_receipt = self._action(self.tr("Impor &Tanda Terima dari Pusat…"))
        self.show_status = self._action(self.tr("&Status Sinkronisasi…"))
        self.import_packages = self._action(self.tr("&Impor Paket Kantor…"), "sync_import")
        self.export_key = self._action("")
        self.import_key = self._action("")
        self.make_central = self._action(self.tr("Jadikan Basis Data P&usat…"))
        self.show_overview = self._action(self.tr("&Rekap Pusat"))
        self.show_overview.triggered.connect(self.show_central_page)
        self.export_package.triggered.connect(self.open_export_wizard)
        self.import_receipt.triggered.connect(self.start_receipt_import)
        self.show_status.triggered.connect(self.open_status)
        self.import_packages.triggered.connect(self.open_central_import)
        self.keys = KeyFlows(host, self.front, self)
        self.export_key.triggered.connect(self.keys.export_key_file)
        self.import_key.triggered.connect(self.keys.start_key_import)
        self.make_central.triggered.connect(self.keys.start_make_central)
        host.add_menu(self.menu)
        host.gate(self.menu.menuAction(), Perm.SYNC)
        host.data_changed.changed.connect(self._on_data_changed)
        self.refresh_menu()

    @property
    def db(self) -> Any:
        return self.host.db

    @property
    def db_path(self) -> Path:
        return self.host.db_path

    @property
    def prompts(self) -> Any:
        return self.host.prompts

    def _on_data_changed(self, changes: Changes, initiator: object) -> None:
        """Keys, role, export log, receipts or merged packages changed (here or elsewhere)."""
        if not changes.sync:
            return
        self.refresh_menu()
        self.status_changed.emit()
        if self.central_dialog is not None and initiator is not self.central_dialog:
            self.central_dialog.load()  # the import shows its own outcome

    def _action(self, text: str, shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:  # its name in desktop.ui.shortcuts.TABLE
            shortcuts.apply(action, shortcut)
        self.window.addAction(action)  # shortcuts work while the menu is closed
        return action

    def refresh_menu(self) -> None:
        """Office and centre see different menus; only the current role's actions work."""
        central = get_role(self.db) is Role.CENTRAL
        self.menu.clear()
        office_actions = [self.export_package, self.import_receipt, self.show_status]
        for action in [*office_actions, self.make_central]:
            action.setEnabled(not central)
        self.import_packages.setEnabled(central)
        self.show_overview.setEnabled(central)
        if central:
            if self.overview is None:  # opened as a centre, or just made one
                self.show_central_page()
            self.export_key.setText(self.tr("Ekspor &Kunci Pusat…"))
            self.import_key.setText(self.tr("Impor Kunci &Kantor…"))
            self.menu.addActions([self.import_packages, self.show_overview])
            self.menu.addSeparator()
            self.menu.addActions([self.export_key, self.import_key])
            return
        self.export_key.setText(self.tr("Ekspor &Kunci Kantor…"))
        self.import_key.setText(self.tr("Impor Kunci &Pusat…"))
        self.menu.addActions(office_actions)
        self.menu.addSeparator()
        self.menu.addActions([self.export_key, self.import_key])
        self.menu.addSeparator()
        self.menu.addAction(self.make_central)
        self.make_central.setEnabled(not export_log(self.db))

    def show_central_page(self) -> CentralOverview | None:
        """A centre's main window opens on (and the menu brings back) its overview page."""
        if get_role(self.db) is not Role.CENTRAL:
            return None
        if self.overview is None:
            from desktop.ui.sync.overview_page import attach_overview

            self.overview = attach_overview(self.host)
        self.host.show_page(self.overview)
        return self.overview

    def front(self) -> QWidget:
        """The sync window the operator is looking at, to parent questions and progress."""
        for dialog in (self.central_dialog, self.status_dialog):
            if dialog is not None and dialog.isVisible():
                return dialog
        return self.window

    def _run(
        self,
        parent: QWidget,
        label: str,
        job: Callable[..., Any],
        on_success: Callable[[Any], None],
        on_end: Callable[[], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> Task:
        """Run ``job`` in a worker; ``on_end`` also runs when it fails or is cancelled."""
        task = Task(parent, label, self.db_path, job)
        task.succeeded.connect(on_success)
        task.failed.connect(partial(self._on_task_failed, parent, on_end))
        if on_cancel is not None or on_end is not None:
            task.cancelled.connect(on_cancel or on_end)
        return task.start()

    def _on_task_failed(
        self, parent: QWidget, on_end: Callable[[], None] | None, exc: object
    ) -> None:
        if on_end is not None:
            on_end()
        assert isinstance(exc, BaseException)
        show_error(parent, exc)

    # -- office: export, status, receipts -------------------------------------------------------
    def open_export_wizard(self) -> ExportWizard:
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from desktop.ui.sync.export_wizard import ExportWizard

        wizard = ExportWizard(self.db_path, self.find_drives, self.prompts, self.front())
        wizard.exported.connect(self._on_exported)
        wizard.finished.connect(partial(self._on_wizard_finished, wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _on_wizard_finished(self, wizard: ExportWizard, _result: int) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.dispose()

    def _on_exported(self, result: Any) -> None:
        self.host.data_changed.notify(Changes(sync=True), self)
        self.host.show_status(
            self.tr("Paket urutan %1 ditulis ke %2")
            .replace("%1", str(result.sequence))
            .replace("%2", str(result.path)),
            10_000,
        )

    def open_status(self) -> SyncStatusDialog:
        if self.status_dialog is None:
            from desktop.ui.sync.status_dialog import SyncStatusDialog

            dialog = SyncStatusDialog(self.db_path, self.window)
            dialog.export_requested.connect(self.open_export_wizard)
            dialog.receipt_requested.connect(self.start_receipt_import)
            self.status_changed.connect(dialog.refresh)
            self.status_dialog = dialog
        self.status_dialog.show()
        self.status_dialog.raise_()
        self.status_dialog.activateWindow()
        self.status_dialog.refresh()
        return self.status_dialog

    def start_receipt_import(self) -> Task | None:
        parent = self.front()
        path = self.prompts.open_file(
            parent,
            self.tr("Impor Tanda Terima dari Pusat"),
            self.tr("Tanda terima Kinerja Luring %1;;Semua berkas (*)").replace(
                "%1", RECEIPT_FILTER
            ),
        )
        if path is None:
            return None
        try:
            from desktop.sync.receipts import read_receipt  # with the merger: when used

            body = read_receipt(path)
        except KinerjaError as exc:
            show_error(parent, exc)
            return None
        trust: frozenset[str] = frozenset()
        if configured_centre(self.db) is None:
            centre = body["centre"]
            if not self._confirm_centre(parent, centre["nama"], centre["fingerprint"], path.name):
                return None
            trust = frozenset({centre["fingerprint"]})
        return self._run(
            parent,
            self.tr("Mengimpor tanda terima…"),
            partial(_jobs().receipt_job, path, trust),
            partial(self._on_receipt_imported, parent),
        )

    def _confirm_centre(self, parent: QWidget, nama: str, fingerprint: str, file: str) -> bool:
        return self.prompts.confirm(
            parent,
            self.tr("Pusat belum dikenal"),
            self.tr(
                "Tanda terima %1 ditandatangani pusat yang belum dikenal kantor ini:\n\n%2\n\n"
                "Sidik jari kunci pusat:\n%3\n\nTelepon pusat dan minta petugasnya membacakan "
                "sidik jari kunci pusat. Percayai pusat ini hanya bila sidik jarinya sama persis; "
                "paket berikutnya akan dienkripsi untuk pusat ini."
            )
            .replace("%1", file)
            .replace("%2", nama or self.tr("(tanpa nama)"))
            .replace("%3", fingerprint),
            self.tr("Sidik jari cocok, percayai"),
            safe_default=True,  # a stray Enter must not trust a stranger's key
        )

    def _on_receipt_imported(self, parent: QWidget, result: ReceiptResult) -> None:
        self.host.data_changed.notify(Changes(sync=True), self)
        if result.restored:
            text = self.tr(
                "Tanda terima paket urutan %1 lebih baru dari log ekspor kantor ini: basis data "
                "ini tampaknya dipulihkan dari cadangan. Paket berikutnya berisi semua data."
            ).replace("%1", str(result.sequence))
        else:
            text = (
                self.tr(
                    "Pusat %1 sudah menerapkan paket urutan %2.\nData yang masih menunggu "
                    "paket berikutnya: %3 baris."
                )
                .replace("%1", result.centre_nama or self.tr("(tanpa nama)"))
                .replace("%2", str(result.sequence))
                .replace("%3", format_count(result.rows_waiting))
            )
        self.prompts.info(parent, self.tr("Tanda terima diterima"), text)

    # -- centre: importing packages --------------------------------------------------------
    def open_central_import(self) -> CentralImportDialog:
        if self.central_dialog is None:
            from desktop.ui.sync.central_dialog import CentralImportDialog

            dialog = CentralImportDialog(self.db, self.prompts, self.window)
            dialog.import_requested.connect(self._on_import_requested)
            self.central_dialog = dialog
        else:
            self.central_dialog.load()
        self.central_dialog.show()
        self.central_dialog.raise_()
        self.central_dialog.activateWindow()
        return self.central_dialog

    def _on_import_requested(self, files: list[Path]) -> None:
        dialog = self.central_dialog
        assert dialog is not None
        dialog.set_busy(True)
        self._run(
            dialog,
            self.tr("Memeriksa %Ln paket…", "", len(files)),
            partial(_jobs().new_offices_job, files),
            partial(self._on_new_offices_found, files),
            partial(dialog.set_busy, False),
        )

    def _on_new_offices_found(self, files: list[Path], offices: list[NewOffice]) -> None:
        dialog = self.central_dialog
        assert dialog is not None
        trusted = frozenset(o.fingerprint for o in offices if self._confirm_office(dialog, o))
        self._run(
            dialog,
            self.tr("Mengimpor %Ln paket…", "", len(files)),
            partial(_jobs().import_job, files, trusted, dialog.receipts_dir),
            self._on_imported,
            partial(dialog.set_busy, False),
            partial(self._on_import_cancelled, dialog),
        )

    def _confirm_office(self, parent: QWidget, office: NewOffice) -> bool:
        return self.prompts.confirm(
            parent,
            self.tr("Kantor baru"),
            self.tr(
                "Paket %1 berasal dari kantor yang belum terdaftar di pusat ini:\n\n%2\n%3\n\n"
                "Sidik jari kunci kantor:\n%4\n\nTelepon kantor tersebut dan minta operatornya "
                "membacakan sidik jari pada layar Sinkronisasi → Status Sinkronisasi. Daftarkan "
                "kantor ini hanya bila sidik jarinya sama persis; bila tidak, paketnya ditolak."
            )
            .replace("%1", office.file)
            .replace("%2", office.nama or "—")
            .replace("%3", office.instansi or "")
            .replace("%4", office.fingerprint),
            self.tr("Sidik jari cocok, daftarkan"),
            safe_default=True,  # a stray Enter must not register a stranger's key
        )

    def _on_import_cancelled(self, dialog: CentralImportDialog) -> None:
        dialog.set_busy(False)
        dialog.show_cancelled()

    def _on_imported(self, report: ImportReport) -> None:
        dialog = self.central_dialog
        assert dialog is not None
        dialog.set_busy(False)
        dialog.show_report(report)
        self.packages_imported.emit(report)
        self.host.data_changed.notify(Changes(sync=True), dialog)
