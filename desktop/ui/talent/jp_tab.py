"""The "Pengembangan Kompetensi" tab: JP of the year per unit and per person against the
target, and the development needs suggested from below-expectation appraisals (rules:
``core.talent.jp``; data: ``store.talent_jp``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KinerjaError
from desktop.core.nip import format_nip
from desktop.core.talent.jp import JpPerson, JpUnit, Need
from desktop.store.talent_jp import JpLedger, jp_ledger
from desktop.ui.errors import show_error
from desktop.ui.formatting import format_decimal
from desktop.ui.host import FeatureHost
from desktop.ui.talent.list_tools import save_doc, table_view
from desktop.ui.talent.loading import LatestLoad
from desktop.ui.talent.rows_model import Row, RowsModel


class JpTab(QWidget):
    def __init__(self, host: FeatureHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ledger: JpLedger | None = None
        self._shown: tuple[int, int] | None = None
        self.loads = LatestLoad(self, host)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Cetak PDF…"))
        self.xlsx_button = QPushButton(self.tr("Ekspor Excel…"))
        self.pdf_button.clicked.connect(lambda: self._save(pdf=True))
        self.xlsx_button.clicked.connect(lambda: self._save(pdf=False))
        self.units = RowsModel(
            [self.tr("Unit kerja"), self.tr("Pegawai"), self.tr("Capai"),
             self.tr("Di bawah"), self.tr("% capai"), self.tr("Jumlah JP"),
             self.tr("Rerata JP")], right=range(1, 7), parent=self,
        )  # fmt: skip
        self.people = RowsModel(
            [self.tr("NIP"), self.tr("Nama"), self.tr("Jumlah JP"), self.tr("Target"),
             self.tr("Kurang JP"), self.tr("Klasikal"), self.tr("Nonklasikal"),
             self.tr("Lainnya"), self.tr("Jabatan"), self.tr("Unit kerja")],
            right=range(2, 8), parent=self,
        )  # fmt: skip
        self.needs = RowsModel(
            [self.tr("NIP"), self.tr("Nama"), self.tr("Unit kerja"), self.tr("Dasar"),
             self.tr("Saran pengembangan")], parent=self,
        )  # fmt: skip
        self.below_only = QCheckBox(self.tr("Hanya yang di bawah target"))
        self.below_only.toggled.connect(self._fill_people)
        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        self.unit_view = table_view(self.units, self, chars=(40, 6, 6, 6, 6, 6, 6))
        self.people_view = table_view(self.people, self, chars=(18, 26, 6, 6, 6, 6, 6, 6, 24, 24))
        self.needs_view = table_view(self.needs, self, stretch=4, chars=(18, 24, 22, 30, 40))
        self.needs_view.setWordWrap(True)
        people_page = QWidget()
        people_box = QVBoxLayout(people_page)
        people_box.setContentsMargins(0, 4, 0, 0)
        people_box.addWidget(self.below_only)
        people_box.addWidget(self.people_view)
        needs_page = QWidget()
        needs_box = QVBoxLayout(needs_page)
        needs_box.setContentsMargins(0, 4, 0, 0)
        note = QLabel(self.tr(
            "Saran bagi BKPSDM dari evaluasi kinerja di bawah ekspektasi (tahunan; bila belum "
            "ditetapkan, periodik terakhir): bukan keputusan."
        ))  # fmt: skip
        note.setWordWrap(True)
        needs_box.addWidget(note)
        needs_box.addWidget(self.needs_view)
        self.inner = QTabWidget()
        self.inner.addTab(people_page, self.tr("Per pegawai"))
        self.inner.addTab(needs_page, self.tr("Kebutuhan pengembangan"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.unit_view)
        split.addWidget(self.inner)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # -- data --------------------------------------------------------------------------

    def show_for(self, year: int, unit_id: int) -> None:
        """Load the ledger of ``year`` for ``unit_id`` (0: the office in scope); a large office
        reads it in a worker (``loading.LatestLoad``)."""
        self._shown = (year, unit_id)
        self.loads.run(
            lambda db: jp_ledger(db, year, unit_id),
            self._loaded,
            self._failed,
            lambda: self._clear(self.tr("Memuat JP tahun %1…").replace("%1", str(year))),
        )

    def _loaded(self, ledger: JpLedger) -> None:
        self.ledger = ledger
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.ledger = None
        self._clear(exc.message() if isinstance(exc, KinerjaError) else "")
        show_error(self, exc)

    def _clear(self, text: str) -> None:
        for model in (self.units, self.people, self.needs):
            model.set_rows([])
        self.summary_label.setText(text)
        self.pdf_button.setEnabled(False)
        self.xlsx_button.setEnabled(False)

    def _fill(self) -> None:
        ledger = self.ledger
        assert ledger is not None
        t = ledger.total
        self.summary_label.setText(self.tr(
            "Tahun %1 · target %2 JP per pegawai · %3 pegawai (PNS dan CPNS; PPPK tidak "
            "termasuk) · %4 mencapai target · %5 di bawah target · rata-rata %6 JP"
        ).replace("%1", str(ledger.tahun)).replace("%2", str(ledger.target))
            .replace("%3", str(t.staff)).replace("%4", str(t.reached))
            .replace("%5", str(t.below)).replace("%6", format_decimal(t.average)))  # fmt: skip
        self.units.set_rows([self._unit_row(u) for u in ledger.units])
        self._fill_people()
        self.needs.set_rows([self._need_row(n) for n in ledger.needs])
        self.inner.setTabText(1, self.tr("Kebutuhan pengembangan (%1)").replace(
            "%1", str(len(ledger.needs))))  # fmt: skip
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)

    def _fill_people(self) -> None:
        if self.ledger is None:
            return
        shown = self.ledger.below if self.below_only.isChecked() else self.ledger.people
        self.people.set_rows([self._person_row(p) for p in shown])

    @staticmethod
    def _unit_row(u: JpUnit) -> Row:
        texts = (
            u.unit_nama,
            str(u.staff),
            str(u.reached),
            str(u.below),
            format_decimal(u.reached_share),
            str(u.total_jp),
            format_decimal(u.average),
        )
        keys = (u.unit_nama.lower(), u.staff, u.reached, u.below, u.reached_share,
                u.total_jp, u.average)  # fmt: skip
        return Row(texts, keys, u)

    @staticmethod
    def _person_row(p: JpPerson) -> Row:
        numbers = (p.total, p.target, p.short, p.klasikal, p.nonklasikal, p.lainnya)
        texts = (format_nip(p.nip), p.nama, *(str(n) for n in numbers), p.jabatan, p.unit_nama)
        keys = (p.nip, p.nama.lower(), *numbers, p.jabatan.lower(), p.unit_nama.lower())
        return Row(texts, keys, p)

    @staticmethod
    def _need_row(n: Need) -> Row:
        texts = (format_nip(n.nip), n.nama, n.unit_nama, n.basis, "; ".join(n.suggestions))
        keys = (n.nip, n.nama.lower(), n.unit_nama.lower(), n.basis, texts[4])
        return Row(texts, keys, n)

    # -- printouts ---------------------------------------------------------------------

    def _save(self, *, pdf: bool) -> None:
        if self._shown is None:
            return
        year, unit_id = self._shown
        from desktop.reports.talent_jp import jp_document

        save_doc(
            self.host, self, pdf=pdf, suggested=f"jp-{year}.{'pdf' if pdf else 'xlsx'}",
            build=lambda: jp_document(self.host.db, year, unit_id, full=not pdf),
        )  # fmt: skip
