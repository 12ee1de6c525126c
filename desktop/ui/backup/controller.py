"""Berkas → Cadangan…, and the automatic backups while the app runs.

Automatic backups: every 30 minutes when the database changed since the last backup (in a
thread with its own connection), and when the main window closes (``FeatureHost.on_close``, so
the window's own ``closeEvent`` stays as it is; it waits for a running one first).
"Changed" compares the connection's ``total_changes`` (this window's saves) and ``PRAGMA
data_version`` (commits by workers and other processes). Thinning follows every backup.

A restore goes through the host's connection (``backups.restore`` copies the pages into it
with SQLite's backup API), so every screen reading that connection sees the restored data; the
``DataChanged`` notice then makes every page read again.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop import paths
from desktop.core.access import Perm
from desktop.core.errors import KinerjaError
from desktop.store import backups
from desktop.store.backup_archive import clean_leftovers
from desktop.store.backups import BackupInfo
from desktop.store.db import open_db
from desktop.ui.errors import show_error
from desktop.ui.host import Changes, FeatureHost
from desktop.ui.sync.drives import DriveFinder, removable_drives

if TYPE_CHECKING:  # the screens and the sealing load when first used: a faster start
    from desktop.sync import sealed_backup
    from desktop.ui.backup.dialog import BackupDialog
    from desktop.ui.backup.stick import StickWizard

log = logging.getLogger(__name__)
INTERVAL_MS = 30 * 60 * 1000
BACKUP_FILTER = "(*.zip *.kinerja-cadangan)"


class BackupController(QObject):
    """Owns the Cadangan action, its dialog, the 30-minute timer and the backup on close."""

    backup_done = Signal(object)  # BackupInfo, or the exception of a background backup

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.find_drives: DriveFinder = removable_drives
        self.dialog: BackupDialog | None = None
        self.wizard: StickWizard | None = None
        self._worker: threading.Thread | None = None
        self.backup_done.connect(self._on_background_done)
        self.action = QAction(self.tr("&Cadangan…"), host.widget())
        self.action.setObjectName("backupAction")
        self.action.triggered.connect(self.open_dialog)
        self._insert_action()
        host.gate(self.action, Perm.BACKUP)
        self._marker = self._change_marker()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.on_timer)
        self.timer.start()
        host.on_close(lambda: self.backup_if_changed("penutupan"))
        clean_leftovers(self.folder)  # working files of a run that was killed

    @property
    def folder(self) -> Path:
        return paths.backup_dir_for(Path(self.host.db_path))

    def _insert_action(self) -> None:
        """Into the Berkas menu, just before "Pengaturan Kantor"."""
        anchor, menu = self.host.action("office_settings"), self.host.menu("berkas")
        if anchor is not None and menu is not None:
            menu.insertAction(anchor, self.action)
            menu.insertSeparator(anchor)

    # -- automatic -------------------------------------------------------------------------
    def _change_marker(self) -> tuple[int, int] | None:
        """None once the connection is closed (a window closed after its database)."""
        try:
            conn = self.host.db.conn
            return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            return None

    def changed(self) -> bool:
        marker = self._change_marker()
        return marker is not None and marker != self._marker

    def backup_if_changed(self, reason: str) -> BackupInfo | None:
        """The automatic backup on close: only when something changed; never raises."""
        self.wait_idle()
        if not self.changed():
            return None
        try:
            return self._backup(reason)
        except (KinerjaError, OSError) as exc:
            self._on_background_done(exc)
            return None

    def on_timer(self) -> None:
        """Every 30 minutes: when something changed, a backup in a thread with its own
        connection (a 100 MB office takes seconds to compress; the window stays usable)."""
        if (self._worker is not None and self._worker.is_alive()) or not self.changed():
            return
        self._marker = self._change_marker()
        db_path = Path(self.host.db_path)
        self._worker = threading.Thread(
            target=self._background, args=(db_path, "otomatis"), name="cadangan", daemon=False
        )
        self._worker.start()

    def _background(self, db_path: Path, reason: str) -> None:
        """In the worker thread: touches no widget, reports through ``backup_done``."""
        try:
            db = open_db(db_path, migrate=False)
            try:
                self.backup_done.emit(backups.auto_backup(db, reason))
            finally:
                db.close()
        except Exception as exc:  # reported on the GUI thread, like a Task's failure
            self.backup_done.emit(exc)

    def wait_idle(self) -> None:
        """Let a running background backup finish (before closing, in tests)."""
        if self._worker is not None:
            self._worker.join()
            self._worker = None

    def _on_background_done(self, outcome: object) -> None:
        if isinstance(outcome, BackupInfo):
            if self.dialog is not None:
                self.dialog.load(backups.list_backups(self.folder))
            return
        self._marker = (-1, -1)  # try again at the next tick
        log.warning("automatic backup failed: %s", outcome)
        text = outcome.message() if isinstance(outcome, KinerjaError) else str(outcome)
        self.host.show_status(self.tr("Cadangan otomatis gagal: %1").replace("%1", text), 10000)

    def _backup(self, reason: str) -> BackupInfo:
        info = backups.create_backup(self.host.db, Path(self.host.db_path), reason=reason)
        backups.thin(self.folder)
        self._marker = self._change_marker()
        if self.dialog is not None:
            self.dialog.load(backups.list_backups(self.folder))
        return info

    # -- the dialog ------------------------------------------------------------------------
    def open_dialog(self) -> BackupDialog:
        from desktop.ui.backup.dialog import BackupDialog

        if self.dialog is None:
            self.dialog = BackupDialog(self.folder, self.host.widget())
            self.dialog.create_requested.connect(self.create_now)
            self.dialog.restore_requested.connect(self.restore_backup)
            self.dialog.restore_file_requested.connect(self.restore_from_file)
            self.dialog.stick_requested.connect(self.open_stick_wizard)
            self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.load(backups.list_backups(self.folder))
        self.dialog.show_message("")
        self.dialog.open()
        return self.dialog

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _parent(self) -> QWidget:
        return self.dialog if self.dialog is not None else self.host.widget()

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, KinerjaError) and self.dialog is not None:
            self.dialog.show_message(exc.message(), error=True)
        else:
            show_error(self._parent(), exc)

    def create_now(self) -> BackupInfo | None:
        try:
            with _busy():
                info = self._backup("manual")
        except (KinerjaError, OSError) as exc:
            self._report(exc)
            return None
        if self.dialog is not None:
            self.dialog.show_message(self.tr("Cadangan dibuat: %1").replace("%1", info.path.name))
        return info

    # -- restore ---------------------------------------------------------------------------
    def confirm_text(self, info: BackupInfo) -> str:
        from desktop.ui.backup.dialog import reason_label
        from desktop.ui.sync.labels import format_when

        n = info.counts.get
        counts = ", ".join(
            (  # each count with its own plural (English "1 unit", "2 units")
                self.tr("%Ln pegawai", "", n("pegawai", 0)),
                self.tr("%Ln unit", "", n("unit", 0)),
                self.tr("%Ln SKP", "", n("skp", 0)),
                self.tr("%Ln evaluasi", "", n("evaluasi", 0)),
            )
        )
        return (
            self.tr(
                "Pulihkan cadangan tanggal %1 (%2)?\nIsinya: %3.%4\n\nSeluruh isi basis data "
                "saat ini diganti dengan isi cadangan. Keadaan sekarang dicadangkan dulu "
                "(\u201cSebelum pemulihan\u201d), jadi pemulihan dapat dibatalkan dengan cara "
                "yang sama."
            )
            .replace("%1", format_when(info.created_at.isoformat()))
            .replace("%2", reason_label(info.reason))
            .replace("%3", counts)
            .replace(
                "%4", "\n" + self.tr("Kantor: %1").replace("%1", info.office) if info.office else ""
            )
        )

    def restore_backup(self, info: BackupInfo) -> bool:
        """Confirm with the backup's date and counts, then restore it."""
        return self._restore_path(info.path, None)

    def restore_from_file(self) -> bool:
        from desktop.sync import sealed_backup

        path = self.host.prompts.open_file(
            self._parent(), self.tr("Pilih berkas cadangan"), self.tr("Cadangan %1").replace(
                "%1", BACKUP_FILTER)
        )  # fmt: skip
        if path is None:
            return False
        secret = None
        if sealed_backup.is_sealed(path):
            secret = self.ask_passphrase(path)
            if secret is None:
                return False
        return self._restore_path(path, secret)

    def ask_passphrase(self, path: Path) -> str | None:
        """The passphrase of a sealed backup (tests replace this method)."""
        text, ok = QInputDialog.getText(
            self._parent(),
            self.tr("Cadangan terenkripsi"),
            self.tr("Kata sandi untuk %1:").replace("%1", path.name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def _restore_path(self, path: Path, secret: str | None) -> bool:
        from desktop.sync import sealed_backup

        prompts = self.host.prompts
        self.wait_idle()
        try:
            with sealed_backup.plain_archive(path, secret, self.folder) as plain:
                info = backups.read_info(plain)
                title = self.tr("Pulihkan Cadangan")
                if not prompts.confirm(self._parent(), title, self.confirm_text(info),
                                       self.tr("&Pulihkan")):  # fmt: skip
                    return False
                with _busy():
                    backups.restore(self.host.db, Path(self.host.db_path), plain)
        except (KinerjaError, OSError) as exc:
            self._report(exc)
            return False
        self._after_restore(info)
        return True

    def _after_restore(self, info: BackupInfo) -> None:
        from desktop.ui.sync.labels import format_when

        self._marker = self._change_marker()
        self.host.data_changed.notify(Changes.everything(), self)  # every page reads again
        text = self.tr("Dipulihkan dari cadangan %1.").replace(
            "%1", format_when(info.created_at.isoformat())
        )
        self.host.show_status(text, 10000)
        if self.dialog is not None:
            self.dialog.load(backups.list_backups(self.folder))
            self.dialog.show_message(text)

    # -- USB stick -------------------------------------------------------------------------
    def open_stick_wizard(self) -> StickWizard:
        from desktop.ui.backup.stick import StickWizard

        self.wizard = StickWizard(self.find_drives, self.host.prompts, self.write_to_stick,
                                  self._parent())  # fmt: skip
        self.wizard.finished.connect(self.wizard.deleteLater)
        self.wizard.open()
        return self.wizard

    def write_to_stick(self, folder: Path, passphrase: str) -> sealed_backup.SealedFile:
        """A fresh backup (kept in the folder too), sealed onto the stick and read back."""
        from desktop.sync import sealed_backup

        with _busy():
            info = self._backup("flashdisk")
            return sealed_backup.seal_into(info.path, folder, passphrase)


class _busy:
    """The wait cursor while a backup or restore runs on the GUI thread."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()
