"""The main window's actions, menus and toolbar, declared in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar, QToolBar

from desktop.ui.widgets import icon


class MainActions(QObject):
    """Berkas, Pegawai, Tampilan and Bantuan; the window connects the ``triggered`` signals."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.import_staff = self._action(self.tr("&Impor Pegawai…"), "import", "Ctrl+I")
        self.export_staff = self._action(self.tr("&Ekspor Pegawai…"), "export", "Ctrl+E")
        self.quit = self._action(self.tr("&Keluar"), "", "Ctrl+Q")
        self.office_settings = self._action(self.tr("Pengaturan &Kantor…"), "", "")
        self.new_staff = self._action(self.tr("&Tambah"), "add", QKeySequence.StandardKey.New)
        self.new_staff.setToolTip(self.tr("Tambah pegawai baru (Ctrl+N)"))
        self.open_staff = self._action(self.tr("&Buka"), "open", "")
        self.open_staff.setShortcuts(
            [QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_Return)]
        )
        self.open_staff.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_staff.setToolTip(self.tr("Buka data pegawai terpilih (Enter)"))
        self.deactivate = self._action(self.tr("&Nonaktifkan…"), "deactivate", "")
        self.reactivate = self._action(self.tr("&Aktifkan kembali"), "reactivate", "")
        self.find = self._action(self.tr("&Cari…"), "", QKeySequence.StandardKey.Find)
        self.show_inactive = self._action(self.tr("Tampilkan pegawai &nonaktif"), "", "")
        self.show_inactive.setCheckable(True)
        self.languages = QActionGroup(self)
        self.language_id = self._language("Indonesia", "id")
        self.language_en = self._language("English", "en")
        self.about = self._action(self.tr("&Tentang Kinerja Luring"), "", "")
        self.show_staff_page = self._action(self.tr("&Data Pegawai"), "", "Ctrl+1")
        self.show_appraisal_page = self._action(self.tr("&Penilaian Kinerja"), "", "Ctrl+2")
        self.staff_only = [self.new_staff, self.open_staff, self.deactivate, self.reactivate]
        self.staff_only += [self.find, self.show_inactive]

    def _action(
        self, text: str, icon_name: str, shortcut: str | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon(""), text, self.parent())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _language(self, name: str, code: str) -> QAction:
        action = QAction(name, self.parent())
        action.setCheckable(True)
        action.setData(code)
        self.languages.addAction(action)
        return action

    def fill_menus(self, bar: QMenuBar) -> None:
        berkas = bar.addMenu(self.tr("&Berkas"))
        berkas.addActions([self.import_staff, self.export_staff])
        berkas.addSeparator()
        berkas.addAction(self.office_settings)
        berkas.addSeparator()
        berkas.addAction(self.quit)
        pegawai = bar.addMenu(self.tr("&Pegawai"))
        pegawai.addActions([self.new_staff, self.open_staff, self.deactivate, self.reactivate])
        pegawai.addSeparator()
        pegawai.addAction(self.find)
        tampilan = bar.addMenu(self.tr("&Tampilan"))
        self.view_menu = tampilan  # feature menus (Cetak, Sinkronisasi) go just before it
        tampilan.addActions([self.show_staff_page, self.show_appraisal_page])
        tampilan.addSeparator()
        bahasa = tampilan.addMenu(self.tr("&Bahasa"))
        bahasa.addActions([self.language_id, self.language_en])
        tampilan.addAction(self.show_inactive)
        bantuan = bar.addMenu(self.tr("B&antuan"))
        bantuan.addAction(self.about)

    def show_page(self, index: int) -> None:
        """The staff actions only make sense on the staff page (0); they hide on the others."""
        for action in self.staff_only:
            action.setVisible(index == 0)

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_staff, self.open_staff, self.deactivate, self.reactivate])
        toolbar.addSeparator()
        toolbar.addActions([self.import_staff, self.export_staff])
