"""The Cetak menu's actions, declared in one place; the controller connects them. (The
office's default paper is set in the office settings dialog; each print can override it.)"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.ui import shortcuts


class ReportActions(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.skp = self._action(self.tr("Cetak &SKP…"), "print_skp")
        self.evaluasi = self._action(self.tr("Cetak &Evaluasi Kinerja…"), "print_evaluasi")
        self.dokumen = self._action(self.tr("Cetak &Dokumen Evaluasi…"), "print_dokumen")
        self.batch = self._action(self.tr("Cetak &Massal Unit…"), "print_batch")
        self.rekap = self._action(self.tr("&Rekap Predikat Unit…"), "print_rekap")
        self.verify = self._action(self.tr("&Verifikasi Cetakan…"), "verify_print")
        self.skp.setStatusTip(self.tr("Pratinjau dan cetak SKP pegawai terpilih"))
        self.evaluasi.setStatusTip(self.tr("Pratinjau dan cetak evaluasi kinerja pegawai terpilih"))
        self.dokumen.setStatusTip(self.tr("Pratinjau dan cetak dokumen evaluasi pegawai terpilih"))
        self.batch.setStatusTip(self.tr("Cetak formulir semua pegawai unit terpilih"))
        self.rekap.setStatusTip(self.tr("Rekap predikat unit terpilih terhadap kuota"))
        self.verify.setStatusTip(
            self.tr("Periksa kode cetak: apakah cetakan masih sesuai dengan data saat ini")
        )
        self.person_actions = [self.skp, self.evaluasi, self.dokumen]
        self.unit_actions = [self.batch, self.rekap]

    def _action(self, text: str, shortcut: str) -> QAction:
        """``shortcut`` names the action's key in ``desktop.ui.shortcuts.TABLE``."""
        return shortcuts.apply(QAction(text, self._window), shortcut)

    def fill_menu(self, menu: QMenu) -> None:
        menu.addActions(self.person_actions)
        menu.addSeparator()
        menu.addActions(self.unit_actions)
        menu.addSeparator()
        menu.addAction(self.verify)
