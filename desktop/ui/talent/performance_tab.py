"""Tab "Kinerja Rendah": staff with Kurang or Sangat Kurang in the page year, those with it in
consecutive periods first (``store.talent_performance``). A flag list for the BKPSDM's
pembinaan kinerja: the app decides nothing, and the printout says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import KinerjaError
from desktop.core.nip import format_nip
from desktop.core.talent.low_performance import period_label
from desktop.ui.errors import show_error
from desktop.ui.host import FeatureHost
from desktop.ui.talent.list_tools import save_doc
from desktop.ui.talent.promotion_tab import StatusRowsModel, make_table
from desktop.ui.widgets import busy_cursor


class LowPerformanceTab(QWidget):
    def __init__(self, host: FeatureHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.year = 0
        self.unit_id = 0
        self.items: list[tuple[tuple[str, ...], bool]] = []
        self.only_consecutive = QCheckBox(
            self.tr("Hanya yang berturut-turut"), objectName="lowConsecutive"
        )
        self.count = QLabel(objectName="lowCount")
        note = QLabel(self.tr("Bahan pembinaan, bukan keputusan."), objectName="lowNote")
        note.setStyleSheet("QLabel { color: #555; font-style: italic; }")
        self.print_button = QPushButton(self.tr("Cetak PDF…"), objectName="lowPrint")
        self.xlsx_button = QPushButton(self.tr("Ekspor xlsx…"), objectName="lowXlsx")
        self.model = StatusRowsModel(self)
        self.table = make_table(self.model, "lowTable")
        bar = QHBoxLayout()
        bar.addWidget(self.only_consecutive)
        bar.addSpacing(12)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)  # below the list: beside it the bar outgrew a 1024 screen
        self.only_consecutive.toggled.connect(lambda _on: self._apply_filter())
        self.print_button.clicked.connect(lambda: self.save_as(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_as(".xlsx"))

    def show_for(self, year: int, unit_id: int) -> None:
        self.year, self.unit_id = year, unit_id
        self.reload()

    def reload(self) -> None:
        from desktop.store.talent_performance import low_performers

        self.items = []
        try:
            with busy_cursor():
                rows = low_performers(self.host.db, self.year, self.unit_id)
        except KinerjaError as exc:
            show_error(self, exc)
            rows = []
        yes = self.tr("ya")
        for r in rows:
            periods = "; ".join(period_label(x) for x in r.finding.low)
            cells = (format_nip(r.nip), r.nama, r.golongan, r.jabatan, r.unit_nama,
                     yes if r.finding.berturut else "", periods)  # fmt: skip
            self.items.append((cells, r.finding.berturut))
        self._apply_filter()

    def _apply_filter(self) -> None:
        only = self.only_consecutive.isChecked()
        shown = [(c, b) for c, b in self.items if b or not only]
        headers = [
            self.tr("NIP"),
            self.tr("Nama"),
            self.tr("Golongan"),
            self.tr("Jabatan"),
            self.tr("Unit"),
            self.tr("Berturut-turut"),
            self.tr("Periode dan predikat"),
        ]
        self.model.set_rows(headers, [c for c, _b in shown], [None for _ in shown])
        consecutive = sum(1 for _c, b in self.items if b)
        self.count.setText(
            self.tr("%1 pegawai, %2 berturut-turut")
            .replace("%1", str(len(self.items)))
            .replace("%2", str(consecutive))
        )
        if shown:
            self.table.resizeColumnsToContents()

    def save_as(self, suffix: str) -> Path | None:
        from desktop.reports.talent_promotion import low_doc

        year, unit_id = self.year, self.unit_id

        def build() -> Any:
            return low_doc(self.host.db, year, unit_id)

        suggested = f"kinerja-rendah-{year}{suffix}"
        return save_doc(self.host, self, pdf=suffix == ".pdf", suggested=suggested, build=build)
