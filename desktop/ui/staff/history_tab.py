"""One riwayat tab: an editable table with "Tambah" and "Hapus", and a message line under it.

``HistoryTabFactory`` declares the five tabs (jabatan, golongan, pendidikan, diklat,
penghargaan) with their columns, then the talent tabs of ``talent_tabs`` (hukuman, asesmen,
PAK).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import (
    RiwayatDiklat,
    RiwayatGolongan,
    RiwayatJabatan,
    RiwayatPendidikan,
    RiwayatPenghargaan,
    StaffHistory,
)
from desktop.core.talent.records import check_list
from desktop.core.validation import Report
from desktop.ui.formatting import format_count
from desktop.ui.staff.history_model import ChoiceDelegate, Column, HistoryTableModel
from desktop.ui.staff.lookups import Lookups
from desktop.ui.staff.talent_tabs import TalentTab, TalentTabFactory
from desktop.ui.widgets import FieldMessage


class HistoryTab(QWidget):
    """Edits one list of ``StaffHistory`` (``attr``); emits ``changed`` on every edit."""

    changed = Signal()

    def __init__(
        self, attr: str, title: str, model: HistoryTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.attr, self.title, self.model = attr, title, model
        self.setObjectName(f"riwayat_{attr}")
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for n, column in enumerate(model.columns):  # text grows, dates and numbers fit
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.kind == "text"
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(n, mode)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for n, column in enumerate(model.columns):
            if column.kind == "choice":
                self.table.setItemDelegateForColumn(n, ChoiceDelegate(column.choices, self.table))
        self.add_button = QPushButton(self.tr("Tambah"))
        self.remove_button = QPushButton(self.tr("Hapus"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.message = FieldMessage()
        self.message.setObjectName(f"message_riwayat_{attr}")
        self.notice = QLabel()
        self._lay_out()
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        model.edit_rejected.connect(self._on_edit_rejected)
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._on_model_changed)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    @property
    def key(self) -> str:
        return f"riwayat_{self.attr}"

    def load(self, history: StaffHistory) -> None:
        self.model.load(getattr(history, self.attr))

    def apply_to(self, history: StaffHistory) -> None:
        setattr(history, self.attr, self.model.items())

    def check(self, report: Report) -> None:
        """Required cells, then the list's rules from core (talent inputs, diklat)."""
        self.model.check(self.key, self.title, report)
        for row, _field, problem in check_list(self.attr, self.model.items()):
            report.error(
                self.key,
                problem.code,
                self.tr("%1, baris %2: %3")
                .replace("%1", self.title)
                .replace("%2", str(row))
                .replace("%3", problem.message()),
            )

    def _on_add_clicked(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        for row in rows:
            self.model.remove_row(row)

    def _on_edit_rejected(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setProperty("severity", "error")
        self.notice.style().polish(self.notice)

    def _on_model_changed(self, *_args: object) -> None:
        self.notice.clear()
        self.changed.emit()


class DiklatTab(HistoryTab):
    """The diklat list with its total of training hours (JP)."""

    def __init__(self, model: HistoryTableModel, parent: QWidget | None = None) -> None:
        super().__init__("diklat", "", model, parent)
        self.title = self.tr("Diklat")
        self.total = QLabel(objectName="totalJp")
        self.layout().addWidget(self.total)
        self._on_model_changed()

    def _on_model_changed(self, *args: object) -> None:
        super()._on_model_changed(*args)
        history = StaffHistory(diklat=self.model.items())
        year = date.today().year
        self.total.setText(
            self.tr("Total %1 JP · tahun %2: %3 JP (minimal 20 JP setahun)")
            .replace("%1", format_count(history.total_jp()))
            .replace("%2", str(year))
            .replace("%3", format_count(history.total_jp(year)))
        )


class HistoryTabFactory(QObject):
    """Declares the five riwayat tabs and their columns (titles translated here)."""

    def build(self, lookups: Lookups) -> list[HistoryTab]:
        """The tabs in the order operators know from SIASN."""
        talent = TalentTabFactory(self)
        return [self._jabatan(), self._golongan(lookups), self._pendidikan(lookups),
                self._diklat(talent.diklat_columns(lookups)), self._penghargaan(),
                *(self._talent(t) for t in talent.build(lookups))]  # fmt: skip

    @staticmethod
    def _talent(declared: TalentTab) -> HistoryTab:
        tab = HistoryTab(declared.attr, declared.title, declared.model)
        tab.setToolTip(declared.tooltip)
        return tab

    def _sk(self) -> list[Column]:
        return [Column("nomor_sk", self.tr("Nomor SK")),
                Column("tanggal_sk", self.tr("Tanggal SK"), "date")]  # fmt: skip

    def _jabatan(self) -> HistoryTab:
        columns = [
            Column("jabatan", self.tr("Jabatan"), required=True),
            Column("unit_nama", self.tr("Unit kerja")),
            Column("tmt", self.tr("TMT"), "date"),
            *self._sk(),
        ]
        model = HistoryTableModel(RiwayatJabatan, columns)
        return HistoryTab("jabatan", self.tr("Riwayat Jabatan"), model)

    def _golongan(self, lookups: Lookups) -> HistoryTab:
        choices = tuple((g.kode, g.label) for g in lookups.golongan)
        columns = [
            Column("golongan", self.tr("Golongan"), "choice", True, choices),
            Column("tmt", self.tr("TMT"), "date"),
            *self._sk(),
        ]
        model = HistoryTableModel(RiwayatGolongan, columns)
        return HistoryTab("golongan", self.tr("Riwayat Golongan"), model)

    def _pendidikan(self, lookups: Lookups) -> HistoryTab:
        choices = tuple((str(c.code), c.name) for c in lookups.pendidikan)
        columns = [
            Column("jenjang", self.tr("Jenjang"), "choice", True, choices),
            Column("nama_sekolah", self.tr("Nama sekolah / perguruan tinggi")),
            Column("jurusan", self.tr("Jurusan")),
            Column("tahun_lulus", self.tr("Tahun lulus"), "int"),
        ]
        model = HistoryTableModel(RiwayatPendidikan, columns)
        return HistoryTab("pendidikan", self.tr("Riwayat Pendidikan"), model)

    def _diklat(self, extra: list[Column]) -> HistoryTab:
        """``extra``: the kind of development and certificate (``talent_tabs``), after JP."""
        columns = [
            Column("nama", self.tr("Nama diklat"), required=True),
            Column("penyelenggara", self.tr("Penyelenggara")),
            Column("tanggal_mulai", self.tr("Mulai"), "date"),
            Column("tanggal_selesai", self.tr("Selesai"), "date"),
            Column("jp", self.tr("JP"), "int", empty=0),
            *extra,
        ]
        return DiklatTab(HistoryTableModel(RiwayatDiklat, columns))

    def _penghargaan(self) -> HistoryTab:
        columns = [
            Column("nama", self.tr("Penghargaan"), required=True),
            Column("pemberi", self.tr("Pemberi")),
            Column("tahun", self.tr("Tahun"), "int"),
            Column("nomor_sk", self.tr("Nomor SK")),
        ]
        model = HistoryTableModel(RiwayatPenghargaan, columns)
        return HistoryTab("penghargaan", self.tr("Penghargaan"), model)
