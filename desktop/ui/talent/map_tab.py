"""The "Peta Talenta" tab: the 9-box grid of a year for a unit, its people, the unmapped.

``show_for(year, unit_id)`` reads the map (one store call, ~0.5 s at 50,000 staff, under the
busy cursor); clicking a box lists its people below with its follow-up; a second tab lists
those not mapped with the reason. Cetak PDF / Ekspor Excel write the same map through
``reports.talent_map`` in a worker (a whole office is thousands of rows). The talent settings
(cut-offs, how two years combine) are the page's "Pengaturan Talenta…" (``settings_dialog``)."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import Cancelled, KinerjaError
from desktop.core.talent.ninebox import Placement, box_name, box_rekomendasi
from desktop.reports.talent_map import MapSummary
from desktop.ui.errors import show_error
from desktop.ui.host import FeatureHost
from desktop.ui.talent.list_tools import ask_list_path, report_saved
from desktop.ui.talent.map_grid import NineBoxGrid
from desktop.ui.talent.map_model import PlacementModel
from desktop.ui.tasks import ProgressFn, Task
from desktop.ui.widgets import busy_cursor


class MapTab(QWidget):
    def __init__(self, host: FeatureHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talentMapTab")
        self.host = host
        self.year = 0
        self.unit_id = 0
        self.placements: list[Placement] = []
        self.summary = MapSummary.of([])
        self._build()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)  # as the other tabs: the grid needs the width
        top = QHBoxLayout()
        self.grid = NineBoxGrid(self)
        self.grid.box_chosen.connect(self._on_grid_box_chosen)
        top.addWidget(self.grid, 3)
        side = QVBoxLayout()
        self.summary_label = QLabel(objectName="talentMapSummary", wordWrap=True)
        self.scope_note = QLabel(
            self.tr(
                "Hanya PNS aktif yang dipetakan; PPPK dan CPNS tidak termasuk. Kinerja dari "
                "predikat tahunan yang ditetapkan, potensial dari hasil asesmen (JPM)."
            ),
            wordWrap=True,
        )
        self.scope_note.setStyleSheet("color: #555;")
        self.print_button = QPushButton(self.tr("Cetak PDF…"), objectName="talentMapPdf")
        self.export_button = QPushButton(self.tr("Ekspor Excel…"), objectName="talentMapXlsx")
        self.print_button.clicked.connect(lambda: self._on_save_clicked(".pdf"))
        self.export_button.clicked.connect(lambda: self._on_save_clicked(".xlsx"))
        side.addWidget(self._side_texts(), 1)
        for button in (self.print_button, self.export_button):
            side.addWidget(button)
        panel = QWidget(self)
        panel.setLayout(side)
        panel.setMinimumWidth(180)
        side.setContentsMargins(8, 0, 0, 0)
        top.addWidget(panel, 1)
        outer.addLayout(top, 1)  # half each: the side texts need the height

        self.lists = QTabWidget(self, objectName="talentMapLists")
        box_page = QWidget()
        box_layout = QVBoxLayout(box_page)
        box_layout.setContentsMargins(0, 4, 0, 0)
        self.box_heading = QLabel(
            self.tr("Pilih sebuah kotak untuk melihat pegawainya."),
            objectName="talentMapBoxHeading",
            wordWrap=True,
        )
        box_layout.addWidget(self.box_heading)
        self.box_model = PlacementModel("rekam_jejak", self)
        self.box_view = self._table(self.box_model, "talentMapPeople")
        box_layout.addWidget(self.box_view)
        self.unmapped_model = PlacementModel("reason", self)
        self.unmapped_view = self._table(self.unmapped_model, "talentMapUnmapped")
        self.lists.addTab(box_page, self.tr("Pegawai di kotak"))
        self.lists.addTab(self.unmapped_view, self.tr("Belum dipetakan"))
        outer.addWidget(self.lists, 1)

    def _side_texts(self) -> QScrollArea:
        """The summary and the scope note scroll when a 768-pixel screen leaves them short."""
        texts = QWidget()
        box = QVBoxLayout(texts)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary_label)
        box.addWidget(self.scope_note)
        box.addStretch(1)
        scroll = QScrollArea(objectName="talentMapSide", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(texts)
        return scroll

    def _table(self, model: PlacementModel, name: str) -> QTableView:
        view = QTableView(self, objectName=name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(22)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((165, 180, 170, 140, 120, 120, 55)):  # "Predikat 2023"
            view.setColumnWidth(column, width)
        return view

    # -- data -------------------------------------------------------------------------------

    def show_for(self, year: int, unit_id: int) -> None:
        """Read the map of ``year`` for ``unit_id`` (0: the whole office in scope)."""
        from desktop.store.talent_map import placements

        self.year, self.unit_id = year, unit_id
        try:
            with busy_cursor():
                self.placements = placements(self.host.db, year, unit_id)
        except KinerjaError as exc:
            self.placements = []
            self._show()
            self.summary_label.setText(exc.message())
            return
        self._show()

    def _show(self) -> None:
        self.summary = MapSummary.of(self.placements)
        s = self.summary
        self.grid.show_counts(s.counts, {n: s.share(n) for n in range(1, 10)})
        self.summary_label.setText(
            self.tr(
                "Tahun %1 · %2 pegawai dipetakan\nBelum dipetakan: %3\n"
                "Tidak memenuhi rekam jejak: %4\nKelompok rencana suksesi (kotak 7–9): %5"
            )
            .replace("%1", str(self.year))
            .replace("%2", str(s.mapped))
            .replace("%3", str(s.unmapped))
            .replace("%4", str(s.rekam_jejak))
            .replace("%5", str(s.pool))
        )
        self.unmapped_model.set_rows([p for p in self.placements if p.box is None], self.year)
        self.lists.setTabText(1, self.tr("Belum dipetakan (%1)").replace("%1", str(s.unmapped)))
        chosen = self.grid.chosen()
        if chosen is not None:
            self._list_box(chosen)
        else:
            self.box_model.set_rows([], self.year)

    def _on_grid_box_chosen(self, box: int) -> None:
        self._list_box(box)
        self.lists.setCurrentIndex(0)

    def _list_box(self, box: int) -> None:
        people = [p for p in self.placements if p.box == box]
        self.box_model.set_rows(people, self.year)
        self.box_heading.setText(
            self.tr("Kotak %1 — %2 (%3 orang). Rekomendasi: %4")
            .replace("%1", str(box))
            .replace("%2", box_name(box))
            .replace("%3", str(len(people)))
            .replace("%4", "; ".join(box_rekomendasi(box)))
        )

    # -- actions ----------------------------------------------------------------------------

    def _on_save_clicked(self, suffix: str) -> None:
        suggested = f"peta-talenta-{self.year}{suffix}"
        path = ask_list_path(self.host, self, pdf=suffix == ".pdf", suggested=suggested)
        if path is None:
            return
        year, unit_id = self.year, self.unit_id
        task = Task(self, self.tr("Menyusun peta talenta…"), self.host.db_path,
                    lambda db, progress: _write(db, year, unit_id, path, progress))  # fmt: skip
        task.succeeded.connect(lambda _r: report_saved(self.host, path))
        task.failed.connect(lambda exc: show_error(self, exc))
        task.cancelled.connect(lambda: self.host.show_status(self.tr("Dibatalkan.")))
        self.task = task.start()


def _write(
    db: sqlite_utils.Database, year: int, unit_id: int, path: Path, progress: ProgressFn
) -> Path:
    """In the worker: the map again (its own connection), then the file; Batal stops it
    between the steps (rendering a whole office's PDF is the long one)."""
    from desktop.reports.talent_doc import save
    from desktop.reports.talent_map import map_doc, scope_label
    from desktop.store.talent_map import placements

    if not progress(0, 3):
        raise Cancelled()
    people = placements(db, year, unit_id)
    if not progress(1, 3):
        raise Cancelled()
    doc = map_doc(people, year, scope_label(db, unit_id))
    if not progress(2, 3):
        raise Cancelled()
    save(db, doc, path)
    progress(3, 3)
    return path
