"""The Cetak menu's actions, declared in one place; the controller connects them. (The
office's default paper is set in the office settings dialog; each print can override it.)"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class ReportActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.skp = self._action(self.tr("Cetak &SKP…"), "Ctrl+P")
        self.evaluasi = self._action(self.tr("Cetak &Evaluasi Kinerja…"), "Ctrl+Shift+E")
        self.dokumen = self._action(self.tr("Cetak &Dokumen Evaluasi…"), "Ctrl+Shift+D")
        self.batch = self._action(self.tr("Cetak &Massal Unit…"), "Ctrl+Shift+M")
        self.rekap = self._action(self.tr("&Rekap Predikat Unit…"), "Ctrl+Shift+R")
        self.verify = self._action(self.tr("&Verifikasi Cetakan…"), "Ctrl+Shift+K")
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
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(shortcut))
        return action

    def fill_menu(self, menu: QMenu) -> None:
        menu.addActions(self.person_actions)
        menu.addSeparator()
        menu.addActions(self.unit_actions)
        menu.addSeparator()
        menu.addAction(self.verify)
