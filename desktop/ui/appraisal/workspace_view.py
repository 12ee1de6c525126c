"""The widgets of the workspace: the top bar (Tahun, Periode, Capaian Kinerja Organisasi, the
editor buttons and the summary line) and the employee table with its filter."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.periods import Period
from desktop.store.workspace import Workspace
from desktop.ui.appraisal.labels import capaian_choices, period_label
from desktop.ui.appraisal.model import (
    JABATAN,
    NAMA,
    NIP,
    PREDIKAT,
    RATING_HASIL,
    RATING_PERILAKU,
    STATUS_EVAL,
    STATUS_SKP,
    WorkspaceTableModel,
)
from desktop.ui.first_run.empty_state import EmptyState
from desktop.ui.formatting import format_count


class TopBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QSpinBox(objectName="yearSpin")
        self.year.setRange(2000, 2100)
        self.year.setKeyboardTracking(False)  # reload once the year is typed, not per digit
        self.year.setAccessibleName(self.tr("Tahun"))
        self.period = QComboBox(objectName="periodCombo")
        self.capaian = QComboBox(objectName="capaianCombo")
        self.capaian.addItem(self.tr("Belum ditetapkan"), None)
        for value, label in capaian_choices():
            self.capaian.addItem(label, value.value)
        self.skp_button = QPushButton(self.tr("Buka SKP"), objectName="openSkpButton")
        self.evaluation_button = QPushButton(self.tr("Evaluasi"), objectName="evaluationButton")
        self.summary = QLabel(objectName="workspaceSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._periods: list[Period] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("&Tahun"), self.year),
            (self.tr("&Periode"), self.period),
            (self.tr("&Capaian Kinerja Organisasi"), self.capaian),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
            row.addSpacing(12)
        row.addStretch(1)
        grid.addLayout(row, 0, 0)
        # the buttons share the summary's line: one row of everything is wider than a
        # 1024-pixel screen leaves beside the unit tree
        second = QHBoxLayout()
        second.addWidget(self.summary, 1)
        second.addWidget(self.skp_button)
        second.addWidget(self.evaluation_button)
        grid.addLayout(second, 1, 0)

    def set_periods(self, periods: list[Period], current: Period) -> None:
        self._periods = list(periods)
        self.period.blockSignals(True)
        self.period.clear()
        for period in periods:
            self.period.addItem(period_label(period), period.code)
        self.period.setCurrentIndex(periods.index(current))
        self.period.blockSignals(False)

    def current_period(self) -> Period:
        return self._periods[max(0, self.period.currentIndex())]

    def show_workspace(self, ws: Workspace | None, *, capaian_allowed: bool) -> None:
        self.capaian.setEnabled(ws is not None and capaian_allowed)
        capaian = ws.capaian if ws else None
        self.capaian.setCurrentIndex(
            max(0, self.capaian.findData(capaian.value if capaian else None))
        )
        self.summary.setText(self._summary(ws))

    def _summary(self, ws: Workspace | None) -> str:
        if ws is None:
            return self.tr("Pilih unit kerja di sebelah kiri.")
        total, without = len(ws.rows), len(ws.without_skp)
        pending = len(ws.not_evaluated)
        with_skp = total - without
        return (
            self.tr("Pegawai %1 · ber-SKP %2 · dinilai %3 · belum dinilai %4 · tanpa SKP %5")
            .replace("%1", format_count(total))
            .replace("%2", format_count(with_skp))
            .replace("%3", format_count(with_skp - pending))
            .replace("%4", format_count(pending))
            .replace("%5", format_count(without))
        )


class WorkspaceTable(QWidget):
    """The filter combo over a plain, read-only table (no proxy; the model filters itself)."""

    def __init__(self, model: WorkspaceTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QComboBox(objectName="filterCombo")
        self.filter.addItems(
            [
                self.tr("Semua"),
                self.tr("Tanpa SKP"),
                self.tr("Belum dinilai"),
                self.tr("Sudah dinilai"),
            ]
        )
        self.view = QTableView(objectName="workspaceTable")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setTabKeyNavigation(False)
        self.view.setAccessibleName(self.tr("Pegawai dan status penilaian"))
        self._size_columns()
        top = QHBoxLayout()
        caption = QLabel(self.tr("Tampi&lkan"))
        caption.setBuddy(self.filter)
        top.addWidget(caption)
        top.addWidget(self.filter)
        top.addStretch(1)
        # a unit without staff shows what to do instead of an empty table (buttons: the window)
        self.empty = EmptyState(
            self.tr("Belum ada pegawai untuk dinilai"),
            self.tr(
                "Penilaian kinerja dimulai dari data pegawai: impor daftar pegawai atau "
                "tambahkan pegawai di halaman Data Pegawai, lalu susun SKP-nya di sini."
            ),
            name="appraisalEmpty",
        )
        self.no_skp = QLabel(objectName="noSkpHint")
        self.no_skp.setWordWrap(True)
        self.no_skp.hide()
        self.loading = QLabel(self.tr("Memuat data penilaian…"), objectName="appraisalLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.loading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.no_skp)
        layout.addWidget(self.stack, 1)

    def show_loading(self) -> None:
        """A large workspace is being read in the background."""
        self.stack.setCurrentWidget(self.loading)
        self.no_skp.hide()

    def show_state(self, ws: Workspace | None, tahun: int) -> None:
        """The empty state for a unit without staff; a hint when nobody has an SKP yet."""
        no_staff = ws is not None and not ws.rows
        self.stack.setCurrentWidget(self.empty if no_staff else self.view)
        nobody = ws is not None and bool(ws.rows) and len(ws.without_skp) == len(ws.rows)
        self.no_skp.setText(
            self.tr(
                "Belum ada SKP tahun %1 di unit ini. Pilih pegawai lalu tekan Buka SKP untuk "
                "menyusunnya (klik ganda juga bisa)."
            ).replace("%1", str(tahun))
        )
        self.no_skp.setVisible(nobody)

    def _size_columns(self) -> None:
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        width = self.view.fontMetrics().horizontalAdvance
        pad = 22  # the stylesheet's cell padding and the grid line
        # name and jabatan first get room for most of a name ("Dr. Hj. Sri Wahyuni
        # Rahmawati"); the table scrolls sideways where the screen is narrower than all columns,
        # and the person may hide columns (right-click the header) and drag widths: both are
        # remembered (``header_state``).
        sizes = {
            NIP: width("19851015 2022 21 2 002") + pad,  # NI PPPK, the longer form
            NAMA: width("M") * 15,
            JABATAN: width("M") * 15,
            STATUS_SKP: width("Dikembalikan") + pad,
            STATUS_EVAL: width("Ditetapkan") + pad,
            RATING_HASIL: width("Di Bawah") + pad,
            RATING_PERILAKU: width("Di Bawah") + pad,
            PREDIKAT: width("Butuh Perbaikan") + pad,
        }
        for column, size in sizes.items():
            header.resizeSection(column, size)
        header.setMinimumSectionSize(width("Di Bawah") + pad)
        header.setStretchLastSection(True)  # a wide screen gives the rest to Predikat
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)  # keep the line breaks
        header.setFixedHeight(2 * self.view.fontMetrics().height() + 10)  # two-line titles

    def header_state(self) -> QByteArray:
        """Column widths and hidden columns, for the settings."""
        return self.view.horizontalHeader().saveState()

    def restore_header(self, state: QByteArray) -> None:
        """Widths and hidden columns as the person left them (ignored when unreadable)."""
        header = self.view.horizontalHeader()
        if not state.isEmpty() and header.restoreState(state):
            header.setSectionHidden(NAMA, False)  # never lose the name

    def column_menu(self) -> QMenu:
        """One check box per column (the name always stays)."""
        menu = QMenu(self)
        header, model = self.view.horizontalHeader(), self.view.model()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal)).replace("\n", " ")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != NAMA)
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        return menu

    def _on_header_menu_requested(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.horizontalHeader().mapToGlobal(pos))
