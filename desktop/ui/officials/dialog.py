"""The list of officials from outside the staff list, with Tambah / Ubah; the controller saves."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import PejabatLuar, StatusAsn, full_name
from desktop.core.nip import format_nip


class OfficialsDialog(QDialog):
    """Bupati, Wakil Bupati and others who appraise staff but are not staff themselves."""

    add_requested = Signal()
    edit_requested = Signal(int)  # pejabat_luar id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="officialsDialog")
        self.setWindowTitle(self.tr("Pejabat di Luar Daftar Pegawai"))
        self._ids: list[int] = []
        intro = QLabel(
            self.tr(
                "Pejabat penilai atau atasan yang tidak ada di daftar pegawai kantor ini: "
                "Bupati, Wakil Bupati, atau pejabat instansi lain. Mereka dapat dipilih sebagai "
                'pejabat penilai pada SKP, dan tercetak pada formulir dengan NIP "-" bila '
                "tidak ada."
            )
        )
        intro.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "Belum ada pejabat di luar daftar pegawai. Tambahkan Bupati bila ia menilai "
                "Sekretaris Daerah."
            ),
            objectName="emptyState",
        )
        self.empty.setWordWrap(True)
        self.table = QTableWidget(0, 5, objectName="officialsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama"), self.tr("Jabatan"), self.tr("NIP"), self.tr("Status"),
             self.tr("Memimpin unit")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):  # NIP and status: as wide as their text
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.add_button = QPushButton(self.tr("&Tambah…"), objectName="addOfficial")
        self.edit_button = QPushButton(self.tr("&Ubah…"), objectName="editOfficial")
        close = QPushButton(self.tr("&Tutup"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(820, 380)

    def show_officials(self, people: list[PejabatLuar], heads: dict[int, str]) -> None:
        """Fill the table; ``heads`` maps an official's id to the name of the unit he heads."""
        self._ids = [p.id for p in people if p.id is not None]
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            status = "ASN" if person.status_asn == StatusAsn.ASN else "NON ASN"
            if not person.aktif:
                status += self.tr(" · nonaktif")
            values = [
                full_name(person.nama, person.gelar_depan, person.gelar_belakang),
                person.jabatan,
                format_nip(person.nip) if person.nip else "-",
                status,
                heads.get(person.id or 0, ""),
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not people)
        self.table.setVisible(bool(people))
        self.edit_button.setEnabled(bool(people))
        if people:
            self.table.selectRow(0)

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _on_edit_clicked(self) -> None:
        current = self.current_id()
        if current is not None:
            self.edit_requested.emit(current)
