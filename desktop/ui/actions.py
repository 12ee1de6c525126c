"""The main window's actions, menus and toolbar, declared in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QToolBar

from desktop.core.access import Perm
from desktop.ui import shortcuts
from desktop.ui.widgets import icon


class MainActions(QObject):
    """Berkas, Pegawai, Tampilan and Bantuan; the window connects the ``triggered`` signals.

    Berkas opens another database or a new one and lists the recent files (``recent_menu``,
    filled by ``first_run.flow.StartFlow`` from the settings each time it opens)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.open_database = self._action(self.tr("&Buka basis data…"), "open", "open_database")
        self.new_database = self._action(self.tr("Basis data ba&ru…"), "", "")
        self.recent_menu: QMenu | None = None  # "Berkas terakhir", filled when it opens
        self.import_staff = self._action(self.tr("&Impor Pegawai…"), "import", "import_staff")
        self.export_staff = self._action(self.tr("&Ekspor Pegawai…"), "export", "export_staff")
        # ticked by the operator for one export; NIK, alamat, telepon, email are left out else
        self.export_personal = self._action(self.tr("Sertakan data &pribadi saat ekspor"), "", "")
        self.export_personal.setCheckable(True)
        self.export_personal.setObjectName("exportPersonal")
        self.quit = self._action(self.tr("&Keluar"), "", "quit")
        self.office_settings = self._action(self.tr("Pen&gaturan Kantor…"), "", "")
        self.new_staff = self._action(self.tr("&Tambah"), "add", "new_staff")
        self.new_staff.setToolTip(
            self.tr("Tambah pegawai baru (%1)").replace("%1", shortcuts.native("new_staff"))
        )
        self.open_staff = self._action(self.tr("&Buka"), "open", "open_staff")
        self.open_staff.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_staff.setToolTip(self.tr("Buka data pegawai terpilih (Enter)"))
        self.deactivate = self._action(self.tr("&Nonaktifkan…"), "deactivate", "")
        self.reactivate = self._action(self.tr("&Aktifkan kembali"), "reactivate", "")
        self.find = self._action(self.tr("&Cari…"), "", "find")
        self.show_inactive = self._action(self.tr("Tampilkan pegawai &nonaktif"), "", "")
        self.show_inactive.setCheckable(True)
        self.languages = QActionGroup(self)
        self.language_id = self._language("Indonesia", "id")
        self.language_en = self._language("English", "en")
        self.about = self._action(self.tr("&Tentang Kinerja Luring"), "", "")
        self.show_shortcuts = self._action(self.tr("&Pintasan Papan Ketik…"), "", "show_shortcuts")
        self.user_guide = self._action(self.tr("Pan&duan Pengguna"), "", "user_guide")
        self.show_staff_page = self._action(self.tr("&Data Pegawai"), "", "show_staff_page")
        self.show_appraisal_page = self._action(
            self.tr("&Penilaian Kinerja"), "", "show_appraisal_page"
        )
        self.staff_only = [self.new_staff, self.open_staff, self.deactivate, self.reactivate]
        self.staff_only += [self.find, self.show_inactive]

    def _action(self, text: str, icon_name: str, shortcut: str) -> QAction:
        """``shortcut`` is the action's name in ``shortcuts.TABLE`` ("" for none)."""
        action = QAction(icon(icon_name) if icon_name else icon(""), text, self.parent())
        if shortcut:
            shortcuts.apply(action, shortcut)
        return action

    def _language(self, name: str, code: str) -> QAction:
        action = QAction(name, self.parent())
        action.setCheckable(True)
        action.setData(code)
        self.languages.addAction(action)
        return action

    def fill_menus(self, bar: QMenuBar) -> None:
        berkas = bar.addMenu(self.tr("&Berkas"))
        berkas.addActions([self.open_database, self.new_database])
        self.recent_menu = berkas.addMenu(self.tr("Berkas &terakhir"))
        self.recent_menu.setObjectName("recentMenu")
        berkas.addSeparator()
        berkas.addActions([self.import_staff, self.export_staff, self.export_personal])
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
        bantuan.addAction(self.user_guide)
        bantuan.addAction(self.show_shortcuts)
        bantuan.addAction(self.about)

    def permissions(self) -> list[tuple[QAction, Perm]]:
        """The actions a role may lack (``FeatureHost.gate``); the staff page's actions
        (``staff_only``) show only on that page, which the gate also keeps."""
        return [
            (self.new_staff, Perm.EDIT_STAFF),
            (self.deactivate, Perm.EDIT_STAFF),
            (self.reactivate, Perm.EDIT_STAFF),
            (self.import_staff, Perm.IMPORT),
            (self.export_staff, Perm.REPORTS),
            (self.office_settings, Perm.EDIT_UNITS),
        ]

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_staff, self.open_staff, self.deactivate, self.reactivate])
        toolbar.addSeparator()
        toolbar.addActions([self.import_staff, self.export_staff])
