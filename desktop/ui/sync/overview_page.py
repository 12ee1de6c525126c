"""The centre's own page in the main window ("Rekap Pusat"): the offices with their last
package and receipt and their staff, the merged staff of the selected office (read-only), and
the predikat distribution per office and year against the SE MenPANRB 3/2023 quotas, exported
to xlsx.

A centre keeps no staff of its own (its ``staff`` table stays empty): what it holds are the
offices' merged rows, so this page, not "Data Pegawai", is where a centre looks. Everything is
read through the views of migration 0012 (``desktop.sync.overview``); nothing here writes.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.appraisal import Predikat
from desktop.core.errors import KinerjaError
from desktop.sync.overview import (
    OfficeSummary,
    OfficeYear,
    distribution,
    merged_staff,
    office_summaries,
    staff_totals,
)
from desktop.sync.overview_xlsx import verdict, write_overview
from desktop.ui.errors import show_error, show_known_error
from desktop.ui.formatting import format_count
from desktop.ui.host import Changes
from desktop.ui.sync.labels import format_when
from desktop.ui.sync.status_dialog import read_only_table
from desktop.ui.tasks import Task

if TYPE_CHECKING:
    from desktop.ui.host import FeatureHost

STAFF_SHOWN = 2_000  # merged staff listed per office; the rest are in central_staff_v
BREACH = QColor("#fff4d6")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CentralOverview(QWidget):
    """Read-only; ``reload`` after every import. ``totals_changed(staff, offices)``."""

    totals_changed = Signal(int, int)

    def __init__(
        self,
        db: sqlite_utils.Database,
        db_path: Path | str | None,  # a PostgreSQL centre's URL (``pg_window``)
        prompts: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("centralOverview")
        self.db, self.db_path, self.prompts = db, db_path, prompts
        self.offices: list[OfficeSummary] = []
        self.years: list[OfficeYear] | None = None  # None while it is worked out
        self.task: Task | None = None
        self.summary = QLabel(objectName="centralSummary")
        self.summary.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.reload_button = QPushButton(self.tr("Muat &Ulang"), objectName="overviewReload")
        self.export_button = QPushButton(self.tr("&Ekspor ke Excel…"), objectName="overviewExport")
        self.office_table = read_only_table(
            [self.tr("Kantor"), self.tr("Paket terakhir"), self.tr("Diterima"),
             self.tr("Tanda terima"), self.tr("Tertahan"), self.tr("Pegawai"),
             self.tr("Aktif")],
            "overviewOffices",
        )  # fmt: skip
        self.staff_title = QLabel(objectName="overviewStaffTitle")
        self.staff_table = read_only_table(
            [self.tr("NIP"), self.tr("Nama"), self.tr("Golongan"), self.tr("Jabatan"),
             self.tr("Unit"), self.tr("Aktif"), self.tr("Diterima")],
            "overviewStaff",
        )  # fmt: skip
        self.distribution_table = read_only_table(
            [self.tr("Kantor"), self.tr("Tahun"), self.tr("Periode"), self.tr("Capaian"),
             *(p.label for p in Predikat), self.tr("Jumlah"), self.tr("Kuota SE MenPANRB 3/2023")],
            "overviewDistribution",
        )  # fmt: skip
        self._layout()
        self.reload_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.export_xlsx)
        self.office_table.itemSelectionChanged.connect(self._show_staff)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.reload_button)
        top.addWidget(self.export_button)
        for table in (self.office_table, self.staff_table, self.distribution_table):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(table is not self.office_table)
        # an office's name is long ("Kabupaten … — Badan Kepegawaian …"): a share that can be
        # dragged wider, the start (the district) always in sight; the rest scrolls at 1024 px
        for table, width in ((self.office_table, 230), (self.distribution_table, 240)):
            names = table.horizontalHeader()
            names.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            names.resizeSection(0, width)
        staff_box = QWidget()
        staff_column = QVBoxLayout(staff_box)
        staff_column.setContentsMargins(0, 0, 0, 0)
        staff_column.addWidget(self.staff_title)
        staff_column.addWidget(self.staff_table, 1)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(_boxed(self.tr("Kantor"), self.office_table))
        upper.addWidget(_boxed(self.tr("Pegawai gabungan"), staff_box))
        upper.setSizes([420, 580])
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.addWidget(upper)
        parts.addWidget(
            _boxed(self.tr("Distribusi predikat per kantor dan tahun"), self.distribution_table)
        )
        parts.setSizes([380, 260])
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(parts, 1)

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the offices, totals and distribution again (after an import). A database
        that cannot be read (a PostgreSQL server gone) is said in words; what was shown
        stays."""
        selected = self.selected_office()
        try:
            self.offices = office_summaries(self.db)
            staff, offices = staff_totals(self.db)
        except Exception as exc:
            if not show_known_error(self, exc):
                raise
            return
        self.summary.setText(self.totals_text(staff, offices))
        self._fill_offices(selected)
        self.totals_changed.emit(staff, offices)
        self._load_distribution()

    def totals_text(self, staff: int, offices: int) -> str:
        return (
            self.tr("%1 pegawai gabungan dari %2 kantor")
            .replace("%1", format_count(staff))
            .replace("%2", format_count(offices))
        )

    def counter_label(self) -> QLabel:
        """A status-bar label that follows the totals: a centre's window counts the merged
        staff, since it has none of its own."""
        label = QLabel(objectName="centralStaffCount")
        self.totals_changed.connect(lambda staff, offices: label.setText(
            self.totals_text(staff, offices)))  # fmt: skip
        return label

    def _load_distribution(self) -> None:
        """The distribution reads every evaluation (seconds at a national centre): in a
        worker, so the window opens at once; without a file (tests), right here."""
        self.years = None
        self.export_button.setEnabled(False)
        self.distribution_table.setRowCount(0)
        if self.db_path is None:
            self._show_years(distribution(self.db))
            return
        task = Task(
            self,
            self.tr("Menghitung distribusi predikat…"),
            self.db_path,
            lambda db, _progress: distribution(db),
        )
        task.succeeded.connect(partial(self._on_years, task))
        task.failed.connect(partial(self._on_years_failed, task))
        self.task = task.start()

    def _on_years(self, task: Task, years: list[OfficeYear]) -> None:
        if task is self.task:  # a later reload supersedes an earlier one
            self.task = None
            self._show_years(years)

    def _on_years_failed(self, task: Task, exc: object) -> None:
        if task is self.task:
            self.task = None
            assert isinstance(exc, BaseException)
            show_error(self, exc)

    def _show_years(self, years: list[OfficeYear]) -> None:
        self.years = years
        self._fill_distribution()
        self.export_button.setEnabled(bool(self.offices))

    def selected_office(self) -> str | None:
        rows = self.office_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.offices):
            return None
        return self.offices[rows[0].row()].office_uuid

    def _fill_offices(self, selected: str | None) -> None:
        table = self.office_table
        table.setRowCount(len(self.offices))
        for n, o in enumerate(self.offices):
            package = self.tr("urutan %1").replace("%1", str(o.sequence)) if o.sequence else "—"
            receipt = format_when(o.receipt_at, short=True) if o.receipt_at else "—"
            values = [o.label, package, format_when(o.received_at, short=True)
                      if o.received_at else "—", receipt, format_count(o.held),
                      format_count(o.staff), format_count(o.staff_active)]  # fmt: skip
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value if col == 0 else "")
                if col >= 4:
                    item.setTextAlignment(_RIGHT)
                if col == 0 and o.status == "revoked":
                    item.setText(self.tr("%1 (dicabut)").replace("%1", value))
                table.setItem(n, col, item)
        uuids = [o.office_uuid for o in self.offices]
        row = uuids.index(selected) if selected in uuids else 0
        if self.offices:
            table.selectRow(row)
        self._show_staff()

    def _show_staff(self) -> None:
        office = self.selected_office()
        try:
            rows = [] if office is None else merged_staff(self.db, office_uuid=office,
                                                          limit=STAFF_SHOWN + 1)  # fmt: skip
        except Exception as exc:
            if not show_known_error(self, exc):
                raise
            return
        more = len(rows) > STAFF_SHOWN
        rows = rows[:STAFF_SHOWN]
        summary = next((o for o in self.offices if o.office_uuid == office), None)
        if summary is None:
            self.staff_title.setText(self.tr("Belum ada paket kantor yang diterapkan."))
        elif more:
            self.staff_title.setText(
                self.tr("%1 pertama dari %2 pegawai %3 (semuanya ada di view central_staff_v)")
                .replace("%1", format_count(STAFF_SHOWN))
                .replace("%2", format_count(summary.staff))
                .replace("%3", summary.label)
            )
        else:
            self.staff_title.setText(
                self.tr("%1 pegawai %2")
                .replace("%1", format_count(len(rows)))
                .replace("%2", summary.label)
            )
        table = self.staff_table
        table.setRowCount(len(rows))
        for n, s in enumerate(rows):
            values = [s.nip, s.nama, s.golongan or "", s.jabatan, s.unit_nama or "",
                      self.tr("Ya") if s.aktif else self.tr("Tidak"),
                      format_when(s.received_at, short=True)]  # fmt: skip
            for col, value in enumerate(values):
                table.setItem(n, col, QTableWidgetItem(value))

    def _fill_distribution(self) -> None:
        table = self.distribution_table
        years = self.years or []
        table.setRowCount(len(years))
        for n, y in enumerate(years):
            values = [y.office_nama, str(y.tahun), y.periode,
                      y.capaian.label if y.capaian else self.tr("belum diisi"),
                      *(format_count(y.counts[p]) for p in Predikat), format_count(y.total),
                      verdict(y)]  # fmt: skip
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if 4 <= col < len(values) - 1:
                    item.setTextAlignment(_RIGHT)
                if y.breaches:
                    item.setBackground(QBrush(BREACH))
                if col in (0, len(values) - 1):
                    item.setToolTip(value)
                table.setItem(n, col, item)

    # -- export ----------------------------------------------------------------------------
    def export_xlsx(self) -> None:
        path = self.prompts.save_file(
            self,
            self.tr("Ekspor Rekap Pusat"),
            self.tr("Buku kerja Excel (*.xlsx)"),
            "rekap-pusat.xlsx",
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            write_overview(self.db, path, self.years)
        except KinerjaError as exc:
            show_error(self, exc)
            return
        self.prompts.info(
            self,
            self.tr("Rekap pusat diekspor"),
            self.tr("Rekap kantor dan distribusi predikat ditulis ke %1.").replace("%1", str(path)),
        )


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(widget)
    return box


def attach_overview(host: FeatureHost) -> CentralOverview:
    """Give a centre's main window its overview as the page "Rekap Pusat", and make the status
    bar count the merged staff: a centre has no staff of its own, so the staff page and its
    unit tree would only show 0. The unit tree column is hidden; the two office pages stay
    (empty) for a centre that still keys its own data. The page reads again after every
    ``Changes(sync=True)`` (a merged batch, a registered office)."""
    page = CentralOverview(host.db, host.db_path, host.prompts, host.widget())
    host.add_page(page, QCoreApplication.translate("CentralOverview", "Rekap Pusat"))
    host.add_status_widget(page.counter_label())
    host.show_office_columns(False)  # the unit tree of the centre's own (empty) office
    host.data_changed.changed.connect(partial(_on_data_changed, page))
    page.reload()
    return page


def _on_data_changed(page: CentralOverview, changes: Changes, _initiator: object) -> None:
    if changes.sync:
        page.reload()
