"""The user guide (``docs/panduan.md``) in the app: the chapters on the left, the text on the
right, "Simpan sebagai PDF…" for a printable copy. The in-app guide has no screenshots (they
are generated files, never shipped); ``scripts/user_guide.py`` makes the illustrated PDF."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.guide import chapters, load_guide, render_guide_pdf, with_pictures
from desktop.ui.prompts import Prompts
from desktop.ui.widgets import busy_cursor


class GuideDialog(QDialog):
    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Panduan Pengguna"))
        self.prompts = prompts
        self.markdown = load_guide()
        self.chapters = QListWidget(objectName="guideChapters")
        self.chapters.setAccessibleName(self.tr("Bab panduan"))
        self.chapters.addItems(chapters(self.markdown))
        self.text = QTextBrowser(objectName="guideText")
        self.text.setOpenLinks(False)
        self.text.setMarkdown(with_pictures(self.markdown, None))
        self.text.setAccessibleName(self.tr("Isi panduan"))
        self.save_button = QPushButton(self.tr("&Simpan sebagai PDF…"), objectName="guidePdf")
        self._build()
        self.chapters.currentRowChanged.connect(self._on_chapter_changed)
        self.save_button.clicked.connect(self.save_pdf)

    def _build(self) -> None:
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.chapters)
        split.addWidget(self.text)
        split.setStretchFactor(1, 1)
        width = self.chapters.fontMetrics().horizontalAdvance
        longest = max(width(self.chapters.item(n).text()) for n in range(self.chapters.count()))
        split.setSizes([longest + 40, 640])
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(860, 600)  # fits 1024×768 less a taskbar
        self.text.setFocus()

    def show_chapter(self, row: int) -> None:
        """Scroll the text to chapter ``row`` (its heading at the top)."""
        title = self.chapters.item(row).text()
        found = self.text.document().find(title, 0, QTextDocument.FindFlag.FindCaseSensitively)
        if found.isNull():
            return
        self.text.moveCursor(QTextCursor.MoveOperation.End)  # so the heading lands at the top
        self.text.setTextCursor(found)
        self.text.ensureCursorVisible()

    def save_pdf(self) -> Path | None:
        """Ask where, then write the guide as a PDF (temporary name, renamed when complete);
        None when cancelled or the file could not be written (the reason was shown)."""
        path = self.prompts.save_file(
            self, self.tr("Simpan panduan sebagai PDF"), self.tr("PDF (*.pdf)"), "Panduan.pdf"
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        partial = path.with_name(path.name + ".sebagian")
        try:
            with busy_cursor():
                partial.write_bytes(render_guide_pdf(self.markdown, None))
                os.replace(partial, path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            self.prompts.info(
                self,
                self.tr("Panduan Pengguna"),
                self.tr("Panduan tidak dapat disimpan ke %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        self.prompts.info(
            self,
            self.tr("Panduan Pengguna"),
            self.tr("Panduan tersimpan di %1.").replace("%1", str(path)),
        )
        return path

    def _on_chapter_changed(self, row: int) -> None:
        if row >= 0:
            self.show_chapter(row)
