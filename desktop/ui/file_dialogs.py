"""Every file and folder picker of the app, built in one place so none of them reads a file.

On POSIX, closing *any* descriptor of a file drops every fcntl lock this process holds on it
(SQLite's "How To Corrupt" page, §2.2). Qt's file dialog asks its icon provider for each file's
type and icon, and the default provider asks ``QMimeDatabase`` — which opens and reads a file
whose name does not decide its type (``kantor.sqlite-wal``, ``kantor.sqlite-shm``). One such
open/close in the GUI process silently drops SQLite's locks on the open office database; the
next process to open it deletes the WAL the app is still writing to. So: the Qt (non-native)
dialog on every platform but Windows (whose locks are per handle and not affected) and an icon
provider that decides type and icon from the name alone. See ``docs/locking.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileIconProvider,
    QMessageBox,
    QStyle,
    QWidget,
)

from desktop.store.lock import is_live_database_file


class NameOnlyIconProvider(QFileIconProvider):
    """Type names and icons from the file's name and ``stat`` only; never opens a file."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._drive = style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        self._mimes = QMimeDatabase()

    def icon(self, what: object) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return self._drive
            return self._folder if what.isDir() else self._file
        return super().icon(what)  # an IconType: no file involved

    def type(self, info: QFileInfo) -> str:
        if info.isRoot():
            return QCoreApplication.translate("FileDialogs", "Drive")
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        # MatchExtension with a name (not a QFileInfo): the glob patterns only, no content
        mime = self._mimes.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        if not mime.isDefault():
            return mime.comment()
        return QCoreApplication.translate("FileDialogs", "Berkas")


_provider: NameOnlyIconProvider | None = None


def icon_provider() -> NameOnlyIconProvider:
    """One provider for the whole app (a dialog does not own the provider it is given)."""
    global _provider
    if _provider is None:
        _provider = NameOnlyIconProvider()
    return _provider


def use_qt_dialog() -> bool:
    """Native pickers run inside our process on Linux (GTK) and sniff file contents."""
    return sys.platform != "win32"


def make_dialog(
    parent: QWidget | None, title: str, directory: str = "", filters: str = ""
) -> QFileDialog:
    """A file dialog that never reads the files it lists. The provider is installed before
    control returns to the event loop, so the model's first listing already uses it."""
    dialog = QFileDialog(parent, title, directory, filters)
    if use_qt_dialog():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(icon_provider())
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    """The chosen names, without the open office database and its side files: reading or
    overwriting them outside SQLite would drop SQLite's locks (or destroy the data)."""
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    names = dialog.selectedFiles()
    kept = [name for name in names if not is_live_database_file(Path(name))]
    if len(kept) < len(names):
        QMessageBox.warning(
            dialog.parentWidget(),
            dialog.windowTitle(),
            QCoreApplication.translate(
                "FileDialogs",
                "Basis data kantor yang sedang dibuka (dan berkas -wal/-shm-nya) tidak dapat "
                "dipilih di sini.",
            ),
        )
    return kept


def open_file(parent: QWidget | None, title: str, filters: str, directory: str = "") -> str:
    dialog = make_dialog(parent, title, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    names = _run(dialog)
    return names[0] if names else ""


def open_files(parent: QWidget | None, title: str, filters: str, directory: str = "") -> list[str]:
    dialog = make_dialog(parent, title, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def choose_folder(parent: QWidget | None, title: str, directory: str = "") -> str:
    dialog = make_dialog(parent, title, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    names = _run(dialog)
    return names[0] if names else ""


def save_file(parent: QWidget | None, title: str, filters: str, suggested: str) -> tuple[str, str]:
    """The chosen name and filter; ("", "") when cancelled (or the office database chosen)."""
    folder, name = (str(Path(suggested).parent), Path(suggested).name) if suggested else ("", "")
    dialog = make_dialog(parent, title, "" if folder == "." else folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if name:
        dialog.selectFile(name)
    names = _run(dialog)
    return (names[0], dialog.selectedNameFilter()) if names else ("", "")
