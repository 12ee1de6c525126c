"""Tab "Kenaikan Pangkat & Jenjang": candidates of a period, kenaikan jenjang, PPPK contracts.

The year's results count for promotions in the next year, so the period chooser offers the
twelve months of the page year + 1 (default: this month when that year is the current one,
else January). The rows are read once per period, list and unit (``store.talent_promotion``);
the "memenuhi syarat / belum / semua" filter works on that list in Python (no proxy model: 50,000
rows). Print and xlsx go through ``reports.talent_promotion`` and ``reports.talent_doc``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.appraisal import Predikat
from desktop.core.dates import format_date_id, format_date_short
from desktop.core.errors import KinerjaError
from desktop.core.i18n import language
from desktop.core.nip import format_nip
from desktop.core.talent.promotion import default_period, masa_text
from desktop.core.talent.promotion_ak import JENJANG_NAMA
from desktop.ui.errors import show_error
from desktop.ui.host import FeatureHost
from desktop.ui.talent.list_tools import save_doc, style_list_view
from desktop.ui.widgets import busy_cursor

Index = QModelIndex | QPersistentModelIndex
OK_COLOUR = QColor("#1b5e20")
NOT_YET_COLOUR = QColor("#8a4b00")


class StatusRowsModel(QAbstractTableModel):
    """Rows with a status each (True: memenuhi syarat, colours the status column), turned
    into display strings by ``formatter`` only when the view asks for them (a 50,000-row list
    formats the few dozen rows in sight); filtering replaces the list, the view never sorts.
    Not ``rows_model.RowsModel``, whose rows are prepared texts sorted by a header click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[Any] = []
        self.status: list[bool | None] = []
        self.status_column = -1
        self.formatter: Callable[[Any], tuple[str, ...]] = tuple
        self._cells: dict[int, tuple[str, ...]] = {}

    def set_rows(
        self,
        headers: Sequence[str],
        rows: list[Any],
        status: list[bool | None],
        status_column: int = -1,
        formatter: Callable[[Any], tuple[str, ...]] = tuple,
    ) -> None:
        self.beginResetModel()
        self.headers, self.rows, self.status = list(headers), rows, status
        self.status_column, self.formatter, self._cells = status_column, formatter, {}
        self.endResetModel()

    def cells(self, row: int) -> tuple[str, ...]:
        found = self._cells.get(row)
        if found is None:
            found = self._cells[row] = self.formatter(self.rows[row])
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(index.row())[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.status_column:
            state = self.status[index.row()]
            if state is not None:
                return QBrush(OK_COLOUR if state else NOT_YET_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return str(section + 1)


def make_table(model: StatusRowsModel, name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    style_list_view(view, row_pad=8, numbered=True, single=False, stretch_last=True)
    view.horizontalHeader().setResizeContentsPrecision(100)  # width from 100 rows, not 50,000
    return view


def predikat_text(value: str | None) -> str:
    return Predikat(value).label if value else "—"


def nip_text(digits: str) -> str:
    """``format_nip`` without its checks for the 18 stored digits (a list formats thousands)."""
    if len(digits) != 18 or not digits.isdigit():
        return format_nip(digits)
    if digits[12:14] == "21":  # NI PPPK
        return f"{digits[:8]} {digits[8:12]} {digits[12:14]} {digits[14]} {digits[15:]}"
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def ak_text(ak: Any, needed: Any) -> str:
    """``50,00 / 50,00`` (a decimal point in English)."""
    if ak is None and needed is None:
        return "—"
    left = "?" if ak is None else f"{ak:.2f}"
    text = left if needed is None else f"{left} / {needed:.2f}"
    return text if language() == "en" else text.replace(".", ",")


class PromotionTab(QWidget):
    """Period chooser, list switch, filter, table, print and xlsx buttons."""

    LISTS = ("pangkat", "jenjang", "pppk")
    FILTERS = ("memenuhi", "belum", "semua")

    def __init__(self, host: FeatureHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.year = 0
        self.unit_id = 0
        self.today: date | None = None  # tests fix "today"
        self.items: list[tuple[Any, bool | None]] = []  # (store row, eligible)
        self.formatter: Callable[[Any], tuple[str, ...]] = tuple
        self.headers: list[str] = []
        self.status_column = -1
        self.period = QComboBox(objectName="promotionPeriod")
        self.kind = QComboBox(objectName="promotionList")
        for label in (self.tr("Kenaikan Pangkat"), self.tr("Kenaikan Jenjang"),
                      self.tr("Kontrak PPPK")):  # fmt: skip
            self.kind.addItem(label)
        self.filter = QComboBox(objectName="promotionFilter")
        for label in (self.tr("Memenuhi syarat"), self.tr("Belum memenuhi"), self.tr("Semua")):
            self.filter.addItem(label)
        self.filter.setCurrentIndex(2)
        self.count = QLabel(objectName="promotionCount")
        self.print_button = QPushButton(self.tr("Cetak PDF…"), objectName="promotionPrint")
        self.xlsx_button = QPushButton(self.tr("Ekspor xlsx…"), objectName="promotionXlsx")
        self.model = StatusRowsModel(self)
        self.table = make_table(self.model, "promotionTable")
        self._layout()
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.print_button.clicked.connect(lambda: self.save_as(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_as(".xlsx"))

    def _layout(self) -> None:
        bar = QHBoxLayout()  # two rows: in one, a 1024 screen's page clipped the buttons
        actions = QHBoxLayout()
        for row, text, widget in ((bar, self.tr("Periode:"), self.period),
                                  (bar, self.tr("Daftar:"), self.kind),
                                  (actions, self.tr("Tampilkan:"), self.filter)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(8)
            widget.setMinimumWidth(96)  # may shrink below its longest item on a 1024 screen
        bar.addStretch(1)
        actions.addWidget(self.count, 1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        for button in (self.print_button, self.xlsx_button):  # the combos give way, not these
            button.ensurePolished()  # the style sheet's padding counts in its width
            button.setMinimumWidth(button.sizeHint().width())

    # -- state -----------------------------------------------------------------------------
    def show_for(self, year: int, unit_id: int) -> None:
        """Periods of ``year`` + 1 (the year's results count for those promotions)."""
        self.unit_id = unit_id
        if year != self.year:
            self.year = year
            self._fill_periods(year + 1)
        self.reload()

    def _fill_periods(self, year: int) -> None:
        today = self.today or date.today()
        blocked = self.period.blockSignals(True)
        self.period.clear()
        for month in range(1, 13):
            self.period.addItem(format_date_id(date(year, month, 1)), date(year, month, 1))
        self.period.setCurrentIndex(default_period(year - 1, today).month - 1)
        self.period.blockSignals(blocked)

    def month(self) -> date:
        value = self.period.currentData()
        return value if isinstance(value, date) else date(self.year + 1, 1, 1)

    def list_kind(self) -> str:
        return self.LISTS[self.kind.currentIndex()]

    def filter_kind(self) -> str:
        return self.FILTERS[self.filter.currentIndex()]

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.year:
            return
        try:
            with busy_cursor():
                loader = {"pangkat": self._pangkat, "jenjang": self._jenjang, "pppk": self._pppk}
                loader[self.list_kind()]()
        except KinerjaError as exc:
            self.items = []
            show_error(self, exc)
        self.filter.setEnabled(self.list_kind() != "pppk")
        self._apply_filter()

    def _status(self, eligible: bool) -> str:
        return self.tr("Memenuhi syarat") if eligible else self.tr("Belum")

    def _pangkat(self) -> None:
        from desktop.store.talent_promotion import candidates

        y = self.month().year
        self.headers = [self.tr("NIP"), self.tr("Nama"), self.tr("Kategori"),
                        self.tr("Golongan → baru"), self.tr("Masa kerja gol."),
                        self.tr("Predikat %1").replace("%1", str(y - 2)),
                        self.tr("Predikat %1").replace("%1", str(y - 1)), self.tr("AK / syarat"),
                        self.tr("Status"), self.tr("Keterangan")]  # fmt: skip
        self.status_column = 8
        rows = candidates(self.host.db, self.month(), self.unit_id)
        self.items = [(row, row.verdict.eligible) for row in rows]
        self.formatter = self._pangkat_cells

    def _pangkat_cells(self, row: Any) -> tuple[str, ...]:
        p, v = row.person, row.verdict
        return (
            nip_text(p.nip), p.nama, v.kategori.label,
            f"{p.golongan or '—'} → {v.next_golongan or '—'}",
            masa_text(v.months) if v.months is not None else "—",
            predikat_text(p.predikat[0]), predikat_text(p.predikat[1]),
            ak_text(v.ak, v.ak_needed), self._status(v.eligible),
            "; ".join(v.reasons or v.notes),
        )  # fmt: skip

    def _jenjang(self) -> None:
        from desktop.store.talent_promotion import jenjang_candidates

        y = self.month().year
        self.headers = [self.tr("NIP"), self.tr("Nama"), self.tr("Golongan"),
                        self.tr("Jenjang → berikutnya"), self.tr("Masa dalam jenjang"),
                        self.tr("Predikat %1").replace("%1", str(y - 1)), self.tr("AK / syarat"),
                        self.tr("Status"), self.tr("Keterangan")]  # fmt: skip
        self.status_column = 7
        rows = jenjang_candidates(self.host.db, self.month(), self.unit_id)
        self.items = [(row, row.verdict.eligible) for row in rows]
        self.formatter = self._jenjang_cells

    def _jenjang_cells(self, row: Any) -> tuple[str, ...]:
        p, v = row.person, row.verdict
        return (
            nip_text(p.nip), p.nama, p.golongan,
            f"{JENJANG_NAMA[v.jenjang]} → {JENJANG_NAMA[v.next_jenjang]}",
            masa_text(v.months) if v.months is not None else "—",
            predikat_text(p.predikat[1]), ak_text(v.ak, v.ak_needed),
            self._status(v.eligible), "; ".join(v.reasons or v.notes),
        )  # fmt: skip

    def _pppk(self) -> None:
        from desktop.store.talent_promotion import pppk_contracts

        y = self.month().year
        self.headers = [self.tr("NI PPPK"), self.tr("Nama"), self.tr("Golongan"),
                        self.tr("Jabatan"), self.tr("Unit"), self.tr("Akhir kontrak"),
                        self.tr("Keadaan"), self.tr("Predikat %1").replace("%1", str(y - 2)),
                        self.tr("Predikat %1").replace("%1", str(y - 1))]  # fmt: skip
        self.status_column = -1
        rows = pppk_contracts(self.host.db, self.month(), self.unit_id)
        self.items = [(row, None) for row in rows]
        self.formatter = self._pppk_cells

    @staticmethod
    def _pppk_cells(row: Any) -> tuple[str, ...]:
        p = row.person
        ends = format_date_short(row.kontrak_selesai) if row.kontrak_selesai else "—"
        return (nip_text(p.nip), p.nama, p.golongan, p.jabatan, p.unit_nama, ends,
                row.state.label, predikat_text(p.predikat[0]),
                predikat_text(p.predikat[1]))  # fmt: skip

    def _apply_filter(self) -> None:
        wanted = self.filter_kind() if self.filter.isEnabled() else "semua"
        shown = [
            (cells, state) for cells, state in self.items
            if wanted == "semua" or state is None or state == (wanted == "memenuhi")
        ]  # fmt: skip
        self.model.set_rows(
            self.headers, [r for r, _s in shown], [s for _r, s in shown], self.status_column,
            self.formatter,
        )  # fmt: skip
        eligible = sum(1 for _c, s in self.items if s)
        if self.list_kind() == "pppk":
            text = self.tr("%n kontrak", "", len(self.items))
        else:
            text = self.tr("%1 dari %2 memenuhi syarat").replace("%1", str(eligible)).replace(
                "%2", str(len(self.items)))  # fmt: skip
        self.count.setText(text)
        if self.model.rowCount():
            self.table.resizeColumnsToContents()

    # -- output ----------------------------------------------------------------------------
    def save_as(self, suffix: str) -> Path | None:
        from desktop.reports import talent_promotion as docs

        kind, month, unit_id = self.list_kind(), self.month(), self.unit_id
        include_belum = self.filter_kind() != "memenuhi"

        def build() -> Any:
            if kind == "pangkat":
                return docs.pangkat_doc(self.host.db, month, unit_id, include_belum=include_belum)
            if kind == "jenjang":
                return docs.jenjang_doc(self.host.db, month, unit_id)
            return docs.pppk_doc(self.host.db, month, unit_id)

        name = {"pangkat": "calon-kenaikan-pangkat", "jenjang": "calon-kenaikan-jenjang",
                "pppk": "kontrak-pppk"}[kind]  # fmt: skip
        suggested = f"{name}-{month:%Y-%m}{suffix}"
        return save_doc(self.host, self, pdf=suffix == ".pdf", suggested=suggested, build=build)
