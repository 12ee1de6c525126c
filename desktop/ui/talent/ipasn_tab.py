"""The "IP ASN" tab: the office (or unit) average and band spread at the top, the averages per
unit, each person's points by dimension with band and "what would raise it", and the
evidence of the selected person (rules: ``core.talent.ipasn``; data: ``store.talent_ipasn``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KinerjaError
from desktop.core.nip import format_nip
from desktop.core.talent.ipasn import Band, Dimensi, band
from desktop.core.talent.ipasn_score import IpAsnResult, fmt
from desktop.store.talent_ipasn import IpAsnReport, UnitAverage, ipasn_report
from desktop.ui.errors import show_error
from desktop.ui.host import FeatureHost
from desktop.ui.talent.list_tools import save_doc, table_view
from desktop.ui.talent.loading import LatestLoad
from desktop.ui.talent.rows_model import Row, RowsModel

_BAND_ORDER = {b: n for n, b in enumerate(Band)}


class IpAsnTab(QWidget):
    def __init__(self, host: FeatureHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.report: IpAsnReport | None = None
        self._shown: tuple[int, int] | None = None
        self.loads = LatestLoad(self, host)
        self.average_label = QLabel()
        self.average_label.setWordWrap(True)
        self.bands_label = QLabel()
        self.bands_label.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Cetak PDF…"))
        self.xlsx_button = QPushButton(self.tr("Ekspor Excel…"))
        self.pdf_button.clicked.connect(lambda: self._save(pdf=True))
        self.xlsx_button.clicked.connect(lambda: self._save(pdf=False))
        dims = [self.tr("Kualifikasi"), self.tr("Kompetensi"), self.tr("Kinerja"),
                self.tr("Disiplin")]  # fmt: skip
        self.units = RowsModel(
            [self.tr("Unit kerja"), self.tr("Pegawai"), *dims, self.tr("IP ASN")],
            right=range(1, 7), parent=self,
        )  # fmt: skip
        self.people = RowsModel(
            [self.tr("NIP"), self.tr("Nama"), self.tr("Kual."), self.tr("Komp."), self.tr("Kin."),
             self.tr("Disp."), self.tr("Total"), self.tr("Kategori"),
             self.tr("Yang dapat menaikkan"), self.tr("Jabatan"), self.tr("Unit kerja")],
            right=range(2, 7), parent=self,
        )  # fmt: skip
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self._build()

    def _build(self) -> None:
        head = QVBoxLayout()
        head.addWidget(self.average_label)
        head.addWidget(self.bands_label)
        top = QHBoxLayout()
        top.addLayout(head, 1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        self.unit_view = table_view(self.units, self, chars=(40, 6, 6, 6, 6, 6, 6))
        self.people_view = table_view(
            self.people, self, chars=(18, 24, 5, 5, 5, 5, 5, 15, 60, 24, 24)
        )
        self.people_view.selectionModel().selectionChanged.connect(self._on_person_selected)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.people_view)
        bottom.addWidget(self.detail)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.unit_view)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        note = QLabel(self.tr(
            "Pra-pengukuran dari data kantor (PermenPANRB 38/2018, Peraturan BKN 8/2019); "
            "PNS dan CPNS aktif. Hasil resmi IP ASN diukur di sistem BKN."
        ))  # fmt: skip
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(note)

    # -- data --------------------------------------------------------------------------

    def show_for(self, year: int, unit_id: int) -> None:
        """Load the pre-check of ``year`` for ``unit_id`` (0: the office in scope); a large
        office reads it in a worker (``loading.LatestLoad``)."""
        self._shown = (year, unit_id)
        self.loads.run(
            lambda db: ipasn_report(db, year, unit_id),
            self._loaded,
            self._failed,
            lambda: self._clear(self.tr("Memuat IP ASN tahun %1…").replace("%1", str(year))),
        )

    def _loaded(self, report: IpAsnReport) -> None:
        self.report = report
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.report = None
        self._clear(exc.message() if isinstance(exc, KinerjaError) else "")
        show_error(self, exc)

    def _clear(self, text: str) -> None:
        self.units.set_rows([])
        self.people.set_rows([])
        self.average_label.setText(text)
        self.bands_label.clear()
        self.detail.clear()
        self.pdf_button.setEnabled(False)
        self.xlsx_button.setEnabled(False)

    def _fill(self) -> None:
        report = self.report
        assert report is not None
        s = report.summary
        dims = " · ".join(f"{d.label} {fmt(round(s.dim_average[d], 1))}" for d in Dimensi)
        self.average_label.setText(self.tr(
            "Tahun %1 · %2 pegawai · rata-rata IP ASN %3 (%4) · %5 · rubrik versi %6"
        ).replace("%1", str(report.tahun)).replace("%2", str(s.count))
            .replace("%3", fmt(round(s.average, 1))).replace("%4", band(s.average).label)
            .replace("%5", dims).replace("%6", report.rubric.versi))  # fmt: skip
        spread = " · ".join(f"{b.label} ({b.range_text}): {s.bands[b]}" for b in Band)
        self.bands_label.setText(self.tr("Sebaran kategori: %1").replace("%1", spread))
        self.units.set_rows([self._unit_row(u) for u in report.units])
        self.people.set_rows([self._person_row(r) for r in report.results])
        self.detail.setHtml(self.tr("Pilih seorang pegawai untuk melihat bukti tiap dimensi."))
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)

    @staticmethod
    def _unit_row(u: UnitAverage) -> Row:
        s = u.summary
        values = [s.dim_average[d] for d in Dimensi] + [s.average]
        texts = (u.unit_nama, str(s.count), *(fmt(round(v, 1)) for v in values))
        return Row(texts, (u.unit_nama.lower(), s.count, *values), u)

    @staticmethod
    def _person_row(r: IpAsnResult) -> Row:
        values = [r.score(d).nilai for d in Dimensi] + [r.total]
        advice = "; ".join(str(a) for a in r.advice[:3])
        texts = (format_nip(r.nip), r.nama, *(fmt(v) for v in values), r.band.label, advice,
                 r.jabatan, r.unit_nama)  # fmt: skip
        keys = (r.nip, r.nama.lower(), *values, _BAND_ORDER[r.band], advice, r.jabatan.lower(),
                r.unit_nama.lower())  # fmt: skip
        return Row(texts, keys, r)

    def _on_person_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = self.people_view.selectionModel().selectedRows()
        if not rows:
            return
        result = self.people.row(rows[0].row()).payload
        assert isinstance(result, IpAsnResult)
        self.detail.setHtml(self._evidence_html(result))

    def _evidence_html(self, r: IpAsnResult) -> str:
        lines = [f"<b>{escape(r.nama)}</b><br>NIP {escape(format_nip(r.nip))}<br>"
                 f"{escape(r.band.label)} — {fmt(r.total)}<ul>"]  # fmt: skip
        for s in r.scores:
            lines.append(f"<li><b>{escape(s.dimensi.label)}</b> {fmt(s.nilai)}/{fmt(s.maks)}: "
                         f"{escape(s.bukti)}</li>")  # fmt: skip
        lines.append("</ul>")
        if r.advice:
            lines.append(f"<b>{escape(self.tr('Yang dapat menaikkan'))}</b><ul>")
            lines += [f"<li>{escape(str(a))}</li>" for a in r.advice]
            lines.append("</ul>")
        return "".join(lines)

    # -- printouts ---------------------------------------------------------------------

    def _save(self, *, pdf: bool) -> None:
        if self._shown is None:
            return
        year, unit_id = self._shown
        from desktop.reports.talent_ipasn import ipasn_document

        save_doc(
            self.host, self, pdf=pdf, suggested=f"ip-asn-{year}.{'pdf' if pdf else 'xlsx'}",
            build=lambda: ipasn_document(self.host.db, year, unit_id, full=not pdf),
        )  # fmt: skip
