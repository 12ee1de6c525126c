"""Every keyboard shortcut of the app, in one table: action name → key(s).

Actions take their key from here (``apply``), Bantuan → "Pintasan Papan Ketik" lists this table
(``ShortcutsDialog``), and a test checks that no two actions of one window share a key (Qt runs
neither of two actions bound to one key: it only reports the ambiguity). Keys are written in
Qt's portable form ("Ctrl+Shift+E"); Qt shows Cmd on a Mac.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_CONTEXT = "Shortcuts"
MAIN = QT_TRANSLATE_NOOP("Shortcuts", "Jendela utama")
SKP = QT_TRANSLATE_NOOP("Shortcuts", "Formulir SKP")
STAFF = QT_TRANSLATE_NOOP("Shortcuts", "Data pegawai")
PREVIEW = QT_TRANSLATE_NOOP("Shortcuts", "Pratinjau cetak")
UNITS = QT_TRANSLATE_NOOP("Shortcuts", "Struktur organisasi")
SYNC = QT_TRANSLATE_NOOP("Shortcuts", "Sinkronisasi")


@dataclass(frozen=True)
class Shortcut:
    """One action's key(s), the window it works in, and what it does (Indonesian source)."""

    name: str
    keys: tuple[str, ...]
    window: str
    label: str


def _s(name: str, keys: str | tuple[str, ...], window: str, label: str) -> Shortcut:
    return Shortcut(name, (keys,) if isinstance(keys, str) else keys, window, label)


TABLE: tuple[Shortcut, ...] = (
    _s("open_database", "Ctrl+O", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Buka basis data")),
    _s("import_staff", "Ctrl+I", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Impor pegawai")),
    _s("export_staff", "Ctrl+E", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Ekspor pegawai")),
    _s("quit", "Ctrl+Q", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Keluar")),
    _s("new_staff", "Ctrl+N", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Tambah pegawai baru")),
    _s(
        "open_staff",
        ("Return", "Enter"),
        MAIN,
        QT_TRANSLATE_NOOP("Shortcuts", "Buka pegawai terpilih"),
    ),
    _s("find", "Ctrl+F", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Cari pegawai")),
    _s("show_staff_page", "Ctrl+1", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Halaman Data Pegawai")),
    _s(
        "show_appraisal_page",
        "Ctrl+2",
        MAIN,
        QT_TRANSLATE_NOOP("Shortcuts", "Halaman Penilaian Kinerja"),
    ),
    _s(
        "show_talent_page",
        "Ctrl+3",
        MAIN,
        QT_TRANSLATE_NOOP("Shortcuts", "Halaman Manajemen Talenta"),
    ),
    _s("open_units", "Ctrl+Shift+O", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Struktur organisasi")),
    _s("print_skp", "Ctrl+P", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Cetak SKP")),
    _s(
        "print_evaluasi",
        "Ctrl+Shift+E",
        MAIN,
        QT_TRANSLATE_NOOP("Shortcuts", "Cetak evaluasi kinerja"),
    ),
    _s(
        "print_dokumen",
        "Ctrl+Shift+D",
        MAIN,
        QT_TRANSLATE_NOOP("Shortcuts", "Cetak dokumen evaluasi"),
    ),
    _s("print_batch", "Ctrl+Shift+M", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Cetak massal unit")),
    _s("print_rekap", "Ctrl+Shift+R", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Rekap predikat unit")),
    _s("verify_print", "Ctrl+Shift+K", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Verifikasi cetakan")),
    _s(
        "sync_export",
        "Ctrl+Shift+F",
        MAIN,
        QT_TRANSLATE_NOOP("Shortcuts", "Ekspor paket ke flashdisk"),
    ),
    _s(
        "sync_import",
        "Ctrl+Shift+I",
        MAIN,
        QT_TRANSLATE_NOOP("Shortcuts", "Impor paket kantor (pusat)"),
    ),
    _s("lock_window", "Ctrl+L", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Kunci jendela")),
    _s("switch_user", "Ctrl+Shift+L", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Ganti pengguna")),
    _s(
        "show_shortcuts",
        "Ctrl+/",
        MAIN,
        QT_TRANSLATE_NOOP("Shortcuts", "Daftar pintasan papan ketik"),
    ),
    _s("user_guide", "F1", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Panduan pengguna")),
    _s("staff_save", "Ctrl+S", STAFF, QT_TRANSLATE_NOOP("Shortcuts", "Simpan data pegawai")),
    _s("add_rhk", "Ctrl+R", SKP, QT_TRANSLATE_NOOP("Shortcuts", "Tambah RHK")),
    _s("add_iki", "Ctrl+I", SKP, QT_TRANSLATE_NOOP("Shortcuts", "Tambah IKI di bawah RHK ini")),
    _s("remove_rhk", "Delete", SKP, QT_TRANSLATE_NOOP("Shortcuts", "Hapus baris RHK/IKI")),
    _s("move_up", "Ctrl+Up", SKP, QT_TRANSLATE_NOOP("Shortcuts", "Naikkan baris")),
    _s("move_down", "Ctrl+Down", SKP, QT_TRANSLATE_NOOP("Shortcuts", "Turunkan baris")),
    _s("previous_page", "Ctrl+PgUp", PREVIEW, QT_TRANSLATE_NOOP("Shortcuts", "Halaman sebelumnya")),
    _s("next_page", "Ctrl+PgDown", PREVIEW, QT_TRANSLATE_NOOP("Shortcuts", "Halaman berikutnya")),
    _s("zoom_out", "Ctrl+-", PREVIEW, QT_TRANSLATE_NOOP("Shortcuts", "Perkecil")),
    _s("zoom_in", "Ctrl++", PREVIEW, QT_TRANSLATE_NOOP("Shortcuts", "Perbesar")),
    _s("fit_width", "Ctrl+0", PREVIEW, QT_TRANSLATE_NOOP("Shortcuts", "Selebar jendela")),
    _s("fit_page", "Ctrl+9", PREVIEW, QT_TRANSLATE_NOOP("Shortcuts", "Satu halaman penuh")),
    _s("print", "Ctrl+P", PREVIEW, QT_TRANSLATE_NOOP("Shortcuts", "Cetak")),
    _s("save_pdf", "Ctrl+S", PREVIEW, QT_TRANSLATE_NOOP("Shortcuts", "Simpan PDF")),
    _s("add_unit", "Ins", UNITS, QT_TRANSLATE_NOOP("Shortcuts", "Tambah unit")),
    _s("edit_unit", "F2", UNITS, QT_TRANSLATE_NOOP("Shortcuts", "Ubah unit")),
    _s(
        "add_packages",
        "Ctrl+O",
        SYNC,
        QT_TRANSLATE_NOOP("Shortcuts", "Tambah paket ke antrean (pusat)"),
    ),
    _s(
        "import_queue",
        "Ctrl+Return",
        SYNC,
        QT_TRANSLATE_NOOP("Shortcuts", "Impor semua paket di antrean"),
    ),
    _s(
        "remove_package",
        "Delete",
        SYNC,
        QT_TRANSLATE_NOOP("Shortcuts", "Keluarkan paket dari antrean"),
    ),
    _s("rescan_drives", "F5", SYNC, QT_TRANSLATE_NOOP("Shortcuts", "Cari flashdisk lagi")),
)
BY_NAME: dict[str, Shortcut] = {s.name: s for s in TABLE}


def sequences(name: str) -> list[QKeySequence]:
    """The key sequences of one action (KeyError for a name not in the table)."""
    return [QKeySequence(k) for k in BY_NAME[name].keys]


def key(name: str) -> QKeySequence:
    """The (first) key of one action, for buttons and ``QShortcut``."""
    return sequences(name)[0]


def native(name: str) -> str:
    """The key as the platform writes it ("Ctrl+Shift+E"), for tooltips and labels."""
    return key(name).toString(QKeySequence.SequenceFormat.NativeText)


def apply(action: QAction, name: str) -> QAction:
    """Give ``action`` its key(s) from the table; its object name becomes the table name."""
    action.setShortcuts(sequences(name))
    if not action.objectName():
        action.setObjectName(name)
    action.setProperty("shortcutName", name)
    return action


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class ShortcutsDialog(QDialog):
    """Bantuan → Pintasan Papan Ketik: the table above, grouped by window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Pintasan Papan Ketik"))
        self.table = QTableWidget(0, 3, objectName="shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Jendela"), self.tr("Tombol"), ""])
        self.table.horizontalHeaderItem(2).setText(self.tr("Perintah"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, entry in enumerate(TABLE):
            self.table.insertRow(row)
            keys = " / ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in entry.keys
            )
            for col, text in enumerate((_tr(entry.window), keys, _tr(entry.label))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)
