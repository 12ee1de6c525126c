"""A centre on PostgreSQL in a window (issue 16): ``kinerja --db postgresql://…`` opens the
"Rekap Pusat" page on it, the same page a SQLite centre shows in its main window (offices with
their last package and receipt, merged staff, predikat distribution, export to Excel).

Only the overview: imports, keys and SIASN output of a PostgreSQL centre stay on the command
line (``kinerja --db postgresql://… sync …``), and who may read is the database's business
(the user in the URL), not the app's accounts. The distribution is worked out in a worker with
its own connection, as on SQLite.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from desktop.sync.pg import PgDatabase, safe_url
from desktop.ui.prompts import Prompts
from desktop.ui.sync.overview_page import CentralOverview


class CentreWindow(QMainWindow):
    """The overview of one PostgreSQL centre; closes its connection when closed."""

    def __init__(
        self, db: PgDatabase, url: str, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pgCentreWindow")
        self.db = db
        self.setWindowTitle(
            self.tr("Rekap Pusat — %1 — Kinerja Luring").replace("%1", safe_url(url))
        )
        self.overview = CentralOverview(db, url, prompts, self)
        self.setCentralWidget(self.overview)
        menu = self.menuBar().addMenu(self.tr("&Berkas"))
        reload_action = menu.addAction(self.tr("&Muat Ulang"), self.overview.reload)
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        menu.addAction(self.tr("&Ekspor ke Excel…"), self.overview.export_xlsx)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("&Keluar"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        command = f"kinerja --db {safe_url(url)} sync import PAKET…"
        self.hint = QLabel(
            self.tr("Paket kantor diimpor dari baris perintah (sync import)"),
            objectName="pgImportHint",
        )
        self.hint.setToolTip(command)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.hint, 1)
        self.counter = self.overview.counter_label()
        self.statusBar().addPermanentWidget(self.counter)
        self.overview.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.overview.task is not None:
            self.overview.task.cancel()
        super().closeEvent(event)
        self.db.close()
