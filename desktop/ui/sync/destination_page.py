"""The export wizard's first page: the removable drives found, plus "choose another folder".

F5 (or "Cari Ulang") lists the drives again after a stick is plugged in; Enter or a double
click on a drive goes on to the next page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWizardPage,
)

from desktop.ui import shortcuts
from desktop.ui.prompts import Prompts
from desktop.ui.sync.drives import Drive, DriveFinder
from desktop.ui.sync.labels import format_size
from desktop.ui.sync.styles import WARN_STYLE, wrapped_label

PATH_ROLE = Qt.ItemDataRole.UserRole


class DestinationPage(QWizardPage):
    """The removable drives found, plus "choose another folder"."""

    def __init__(self, find_drives: DriveFinder, prompts: Prompts) -> None:
        super().__init__()
        self._find_drives = find_drives
        self._prompts = prompts
        self._extra: list[Path] = []
        self.setTitle(self.tr("Pilih flashdisk tujuan"))
        self.setSubTitle(
            self.tr(
                "Paket berisi data yang berubah sejak tanda terima terakhir dari pusat. Pilih "
                "flashdisk yang akan dibawa ke pusat."
            )
        )
        self.drive_list = QListWidget(objectName="driveList")
        self.drive_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drive_list.setIconSize(QSize(32, 32))
        self.drive_list.setSpacing(3)
        self.drive_list.currentItemChanged.connect(self.completeChanged)
        self.drive_list.itemActivated.connect(self._on_item_activated)
        self.none_label = wrapped_label(
            self.tr(
                "Tidak ada flashdisk yang terdeteksi. Colokkan flashdisk lalu tekan "
                "\u201cCari Ulang\u201d, atau pilih folder lain."
            ),
            "noDriveLabel",
        )
        self.none_label.setStyleSheet(WARN_STYLE)
        self.rescan_button = QPushButton(self.tr("Cari &Ulang (F5)"), objectName="rescanButton")
        self.folder_button = QPushButton(self.tr("Pilih &Folder Lain…"), objectName="folderButton")
        self.rescan_button.clicked.connect(self.rescan)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        QShortcut(shortcuts.key("rescan_drives"), self, self.rescan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rescan_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("&Tujuan:"))
        caption.setBuddy(self.drive_list)
        layout.addWidget(caption)
        layout.addWidget(self.drive_list, 1)
        layout.addWidget(self.none_label)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        self.rescan()
        self.drive_list.setFocus()

    def rescan(self) -> None:
        """List the drives again (a stick plugged in after the wizard opened)."""
        current = self.folder()
        drives = self._find_drives()
        self.drive_list.clear()
        for drive in drives:
            self._add(drive.path, self._drive_text(drive), QStyle.StandardPixmap.SP_DriveHDIcon)
        for folder in self._extra:
            text = self.tr("Folder pilihan\n%1").replace("%1", str(folder))
            self._add(folder, text, QStyle.StandardPixmap.SP_DirIcon)
        self.none_label.setVisible(not drives)
        self._select(current if current is not None else (drives[0].path if drives else None))

    def _drive_text(self, drive: Drive) -> str:
        if drive.free is None:
            return f"{drive.label}\n{drive.path}"
        return (
            self.tr("%1\n%2 — kosong %3 dari %4")
            .replace("%1", drive.label)
            .replace("%2", str(drive.path))
            .replace("%3", format_size(drive.free))
            .replace("%4", format_size(drive.total))
        )

    def _add(self, path: Path, text: str, icon: QStyle.StandardPixmap) -> None:
        item = QListWidgetItem(self.style().standardIcon(icon), text)
        item.setData(PATH_ROLE, str(path))
        self.drive_list.addItem(item)

    def _select(self, path: Path | None) -> None:
        for row in range(self.drive_list.count()):
            item = self.drive_list.item(row)
            if path is not None and Path(item.data(PATH_ROLE)) == path:
                self.drive_list.setCurrentItem(item)
                return
        self.completeChanged.emit()

    def folder_text(self) -> str:
        """The chosen destination as the list shows it, on one line."""
        item = self.drive_list.currentItem()
        return item.text().replace("\n", " — ", 1) if item is not None else ""

    def folder(self) -> Path | None:
        item = self.drive_list.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def isComplete(self) -> bool:
        return self.folder() is not None

    def _on_folder_clicked(self) -> None:
        chosen = self._prompts.choose_folder(self, self.tr("Pilih folder tujuan paket"))
        if chosen is None:
            return
        if chosen not in self._extra:
            self._extra.append(chosen)
        self.rescan()
        self._select(chosen)

    def _on_item_activated(self, _item: QListWidgetItem) -> None:
        self.wizard().next()
