"""The "Suksesi" tab: the key positions (jabatan kritikal) of the unit in the tree, and for the
selected one its candidates from the talent pool with box, predikat, JPM, readiness and
warnings; printing the succession draft and exporting it to Excel; marking the selected unit's
head as a key position for a role that may edit units.

The rules live in ``core.talent.succession`` and the data in ``store.talent_succession``; this
module only shows them. A whole kabupaten's map takes well under a second, so the tab reads it
on the GUI thread under the busy cursor.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KinerjaError
from desktop.core.talent.succession import Kesiapan, Succession
from desktop.store import talent_succession as store
from desktop.store.units import get_unit
from desktop.ui.errors import show_error
from desktop.ui.host import Changes, FeatureHost
from desktop.ui.talent.list_tools import save_doc, style_list_view
from desktop.ui.talent.succession_text import (
    KESIAPAN,
    MAX_COLUMN_PX,
    candidate_row,
    candidate_titles,
    position_row,
    position_titles,
)
from desktop.ui.widgets import busy_cursor

ALL, SELECTED = "all", "selected"


def _fit_columns(table: QTableWidget) -> None:
    """Columns as wide as their content, but none wider than ``MAX_COLUMN_PX``."""
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):
        if table.columnWidth(column) > MAX_COLUMN_PX:
            table.setColumnWidth(column, MAX_COLUMN_PX)


class SuccessionTab(QWidget):
    """Key positions above, the chosen position's candidates below."""

    def __init__(self, host: FeatureHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("successionTab")
        self.host = host
        self.year = 0
        self.unit_id = 0
        self.today = date.today()
        self.drafts: list[Succession] = []
        self.intro = QLabel(objectName="successionIntro")
        self.intro.setWordWrap(True)
        self.mark_button = QPushButton(objectName="markKritikal")
        self.mark_button.clicked.connect(self._on_mark_clicked)
        self.scope = QComboBox(objectName="printScope")
        self.scope.addItem(self.tr("Jabatan terpilih"), SELECTED)
        self.scope.addItem(self.tr("Semua jabatan kritikal unit ini"), ALL)
        self.print_button = QPushButton(self.tr("Cetak Draf Suksesi…"), objectName="printDraft")
        self.print_button.clicked.connect(lambda: self._export(".pdf"))
        self.excel_button = QPushButton(self.tr("Ekspor Excel…"), objectName="exportExcel")
        self.excel_button.clicked.connect(lambda: self._export(".xlsx"))
        self.positions = self._table("positions")
        self.positions.itemSelectionChanged.connect(self._on_position_changed)
        self.holder = QLabel(objectName="holderLine")
        self.holder.setWordWrap(True)
        self.holder.setTextFormat(Qt.TextFormat.PlainText)
        self.candidates = self._table("candidates")
        self._layout()

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(objectName=name)
        style_list_view(table, row_pad=8, stretch_last=True)
        return table

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.intro, 1)
        bar.addWidget(self.mark_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Cetak/ekspor:")))
        actions.addWidget(self.scope)
        actions.addWidget(self.print_button)
        actions.addWidget(self.excel_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.holder)
        lower_layout.addWidget(self.candidates, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.positions)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(actions)

    # -- data ------------------------------------------------------------------------------
    def show_for(self, year: int, unit_id: int) -> None:
        """Read the key positions of ``unit_id`` (0: the whole office) for the map of
        ``year``, keeping the chosen position when it is still there."""
        chosen = self.current_draft()
        self.year, self.unit_id = year, unit_id
        try:
            with busy_cursor():
                self.drafts = store.successions(self.host.db, year, unit_id, on=self.today)
        except KinerjaError as exc:
            self.drafts = []
            show_error(self, exc)
        self._fill_positions(chosen.position.unit_id if chosen else None)
        self._screen_mark()

    def current_draft(self) -> Succession | None:
        rows = self.positions.selectionModel().selectedRows() if self.drafts else []
        if not rows or rows[0].row() >= len(self.drafts):
            return None
        return self.drafts[rows[0].row()]

    def _fill_positions(self, keep: int | None) -> None:
        self.positions.blockSignals(True)
        self.positions.clear()
        titles = position_titles()
        self.positions.setColumnCount(len(titles))
        self.positions.setHorizontalHeaderLabels(titles)
        self.positions.setRowCount(len(self.drafts))
        for r, draft in enumerate(self.drafts):
            for c, text in enumerate(position_row(draft)):
                self.positions.setItem(r, c, QTableWidgetItem(text))
        _fit_columns(self.positions)
        self.positions.blockSignals(False)
        if self.drafts:
            ids = [d.position.unit_id for d in self.drafts]
            self.positions.selectRow(ids.index(keep) if keep in ids else 0)
        else:
            self._on_position_changed()
        self.intro.setText(self._intro_text())
        for button in (self.print_button, self.excel_button):
            button.setEnabled(bool(self.drafts))

    def _intro_text(self) -> str:
        if not self.drafts:
            return self.tr(
                "Belum ada jabatan kritikal di unit ini. Tandai unit kerja yang kepalanya "
                "merupakan jabatan kritikal (tombol di kanan, atau Struktur Organisasi)."
            )
        return self.tr(
            "%1 jabatan kritikal. Calon dari kelompok rencana suksesi (kotak 7–9, rekam jejak "
            "terpenuhi), satu tingkat di bawah jabatan; PNS saja.",
            "",
            len(self.drafts),
        ).replace("%1", str(len(self.drafts)))

    def _on_position_changed(self) -> None:
        draft = self.current_draft()
        self.candidates.clear()
        titles = candidate_titles(self.year)
        self.candidates.setColumnCount(len(titles))
        self.candidates.setHorizontalHeaderLabels(titles)
        rows = draft.candidates if draft else ()
        self.candidates.setRowCount(len(rows))
        for r, candidate in enumerate(rows):
            for c, text in enumerate(candidate_row(r + 1, candidate)):
                item = QTableWidgetItem(text)
                if candidate.catatan:
                    item.setToolTip("\n".join(w.text() for w in candidate.catatan))
                if c == KESIAPAN and candidate.kesiapan is Kesiapan.SEKARANG:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.candidates.setItem(r, c, item)
        _fit_columns(self.candidates)
        self.holder.setText(self._holder_text(draft))

    def _holder_text(self, draft: Succession | None) -> str:
        if draft is None:
            return ""
        holder = draft.position.holder
        pensiun = draft.holder_pensiun.strftime("%d-%m-%Y") if draft.holder_pensiun else "-"
        if holder is None:
            who = self.tr("— (lowong atau dijabat pejabat di luar daftar pegawai)")
        else:
            who = (
                self.tr("%1 (NIP %2), TMT pensiun %3")
                .replace("%1", holder.nama)
                .replace("%2", holder.nip)
                .replace("%3", pensiun)
            )
        count = len(draft.candidates)
        return (
            self.tr("%1 — pemangku: %2. %3 calon.", "", count)
            .replace("%1", draft.position.jabatan)
            .replace("%2", who)
            .replace("%3", str(count))
        )

    # -- marking ---------------------------------------------------------------------------
    def _screen_mark(self) -> None:
        """The button is for a chosen unit whose key-position mark the session may change."""
        unit_id = self.host.selection.unit_id
        allowed = bool(unit_id) and store.may_mark(self.host.db, unit_id)
        self.mark_button.setVisible(allowed)
        if not allowed:
            return
        try:
            marked = get_unit(self.host.db, unit_id).kritikal
        except KinerjaError:
            self.mark_button.setVisible(False)
            return
        if marked:
            self.mark_button.setText(self.tr("Hapus Tanda Jabatan Kritikal"))
        else:
            self.mark_button.setText(self.tr("Tandai Jabatan Kritikal"))
        self.mark_button.setProperty("marked", marked)

    def _on_mark_clicked(self) -> None:
        unit_id = self.host.selection.unit_id
        if not unit_id:
            return
        marked = not bool(self.mark_button.property("marked"))
        try:
            store.set_kritikal(self.host.db, unit_id, marked)
        except KinerjaError as exc:
            show_error(self, exc)
            return
        nama = get_unit(self.host.db, unit_id).nama
        if marked:
            text = self.tr("%1 ditandai sebagai jabatan kritikal.")
        else:
            text = self.tr("Tanda jabatan kritikal %1 dihapus.")
        self.host.show_status(text.replace("%1", nama))
        self.host.data_changed.notify(Changes(unit=True), self)
        self.show_for(self.year, self.unit_id)

    # -- output ----------------------------------------------------------------------------
    def chosen_drafts(self) -> list[Succession]:
        if self.scope.currentData() == ALL:
            return list(self.drafts)
        draft = self.current_draft()
        return [draft] if draft else []

    def _export(self, suffix: str) -> None:
        from desktop.reports.talent_doc import TalentDoc
        from desktop.reports.talent_succession import PRINT_LIMIT, succession_doc

        drafts = self.chosen_drafts()
        if not drafts:
            return
        pdf = suffix == ".pdf"
        stem = f"draf-suksesi-{self.year}" + (
            f"-{drafts[0].position.unit_kode}" if len(drafts) == 1 else ""
        )
        limit = PRINT_LIMIT if pdf else None  # on paper the first ten; Excel all

        def build() -> TalentDoc:
            return succession_doc(drafts, self.year, self._scope_name(), self.today, limit)

        save_doc(self.host, self, pdf=pdf, suggested=stem + suffix, build=build)

    def _scope_name(self) -> str:
        if self.unit_id:
            try:
                return get_unit(self.host.db, self.unit_id).nama
            except KinerjaError:
                return ""
        return ""
