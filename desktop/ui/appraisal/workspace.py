"""The appraisal workspace of a unit: year, period and the unit's capaian on top, who has an
SKP and who is evaluated in a table, the predikat curve against the quota beside it, and the
buttons that open the SKP and evaluation editors.

Entry point for the main window::

    workspace = AppraisalWorkspace(db, db_path)
    tabs.addTab(workspace, workspace.tr("Penilaian Kinerja"))
    unit_tree.unit_selected.connect(
        lambda unit_id: workspace.set_unit(unit_id, unit_model.subtree_ids(unit_id)))
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.core.access import Perm
from desktop.core.appraisal import CapaianOrganisasi
from desktop.core.errors import KinerjaError
from desktop.core.periods import Period, periods_of_year
from desktop.store import access
from desktop.store import capaian as capaian_store
from desktop.store.workspace import (
    Workspace,
    WorkspaceRow,
    active_staff_count,
    load_workspace,
    working_period,
)
from desktop.ui.appraisal.context import evaluation_kind
from desktop.ui.appraisal.controller import EditorController
from desktop.ui.appraisal.distribution_panel import DistributionPanel
from desktop.ui.appraisal.model import RowFilter, WorkspaceTableModel
from desktop.ui.appraisal.services import AppraisalPrompts
from desktop.ui.appraisal.skm_panel import SkmPanel
from desktop.ui.appraisal.workspace_view import TopBar, WorkspaceTable
from desktop.ui.tasks import BACKGROUND_STAFF, Task
from desktop.ui.widgets import busy


def default_period(periods: list[Period], today: date) -> Period:
    """The periodic evaluation running today (the quarter or month), else the first."""
    return next(
        (p for p in periods if p.kind != "tahunan" and p.first <= today.month <= p.last), periods[0]
    )


class AppraisalWorkspace(QWidget):
    """``set_unit(unit_id, unit_ids)`` shows a unit and its subtree; ``reload()`` re-reads."""

    workspace_loaded = Signal()

    def __init__(
        self,
        db: sqlite_utils.Database,
        db_path: Path,
        parent: QWidget | None = None,
        *,
        prompts: AppraisalPrompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appraisalWorkspace")
        self.db, self.db_path = db, db_path
        self.prompts = prompts or AppraisalPrompts(self)
        self.unit_id: int | None = None
        self.unit_ids: set[int] = set()
        self.workspace: Workspace | None = None
        self._generation = 0  # each reload's number: a late background result is dropped
        self.model = WorkspaceTableModel(self)
        self.top = TopBar()
        self.table = WorkspaceTable(self.model)
        self.distribution = DistributionPanel()
        self.skm = SkmPanel(db, self.prompts)
        self.editors = EditorController(db, self.prompts, self)
        self._build()
        self._fill_periods(date.today())
        self._connect()
        self._update_buttons()

    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        # the unit's SKM under the predikat curve (the main window moves both under its unit
        # tree, as tabs, and hides this side pane)
        self.side = side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.distribution)
        side.addWidget(self.skm)
        side.setChildrenCollapsible(False)
        side.setSizes([300, 400])
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([760, 290])
        layout = QVBoxLayout(self)
        layout.addWidget(self.top)
        layout.addWidget(self.splitter, 1)

    def _fill_periods(self, today: date) -> None:
        """Open on the year being worked on (the demo office's is a past one) and its period."""
        periods = periods_of_year(evaluation_kind(self.db))
        year, code = working_period(self.db, today.year)
        chosen = next((p for p in periods if p.code == code), None)
        self.top.set_periods(periods, chosen or default_period(periods, today))
        self.top.year.setValue(year)

    def _connect(self) -> None:
        self.top.year.valueChanged.connect(self.reload)
        self.top.period.currentIndexChanged.connect(self.reload)
        self.top.capaian.activated.connect(self._on_capaian_activated)
        self.top.skp_button.clicked.connect(self._on_skp_clicked)
        self.top.evaluation_button.clicked.connect(self._on_evaluation_clicked)
        self.table.filter.currentIndexChanged.connect(self._on_filter_changed)
        self.table.view.activated.connect(self._on_row_activated)
        self.table.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.editors.skp_saved.connect(self._on_record_saved)
        self.editors.evaluasi_saved.connect(self._on_record_saved)

    # -- public --------------------------------------------------------------------------------
    def set_unit(self, unit_id: int, unit_ids: set[int]) -> None:
        """Show ``unit_id`` (its capaian) and everyone in ``unit_ids`` (its subtree)."""
        self.unit_id, self.unit_ids = unit_id, set(unit_ids)
        self.reload()

    def reload_periods(self) -> None:
        """The office switched between triwulan and bulanan: offer its periods again."""
        year = self.tahun()
        self._fill_periods(date.today())
        self.top.year.setValue(year)
        self.reload()

    def tahun(self) -> int:
        return self.top.year.value()

    def periode(self) -> str:
        return self.top.current_period().code

    def current_row(self) -> WorkspaceRow | None:
        return self.model.row_at(self.table.view.currentIndex())

    def select_staff(self, staff_id: int) -> None:
        row = self.model.row_of(staff_id)
        if row >= 0:
            self.table.view.selectRow(row)
            self.table.view.scrollTo(self.model.index(row, 0))

    def reload(self) -> None:
        """Read the unit's workspace again (one query) and redraw everything; a subtree of
        more than ``BACKGROUND_STAFF`` people (a whole kabupaten) is read off the GUI thread
        while the table says it is loading, so the window stays usable."""
        self._generation += 1
        if self.unit_id is not None and (
            active_staff_count(self.db, self.unit_ids) > BACKGROUND_STAFF
        ):
            self._load_in_background()
        else:
            self._reload_now()

    @busy
    def _reload_now(self) -> None:
        ws = None
        if self.unit_id is not None:
            ws = load_workspace(self.db, self.unit_id, self.unit_ids, self.tahun(), self.periode())
        self._show(ws)

    def _load_in_background(self) -> None:
        generation = self._generation
        unit_id, unit_ids, tahun, periode = (
            self.unit_id,
            set(self.unit_ids),
            self.tahun(),
            self.periode(),
        )

        def job(db: sqlite_utils.Database, _progress: object) -> Workspace:
            return load_workspace(db, unit_id, unit_ids, tahun, periode)

        def shown(result: object) -> None:
            if generation == self._generation:  # else a newer choice is on its way
                self._show(result if isinstance(result, Workspace) else None)

        def failed(_exc: object) -> None:
            if generation == self._generation:  # e.g. the file went away: read it here
                self._reload_now()

        self.table.show_loading()
        task = Task(self, None, self.db_path, job)
        task.succeeded.connect(shown)
        task.failed.connect(failed)
        task.start()

    def _show(self, ws: Workspace | None) -> None:
        current = self.current_row()
        self.workspace = ws
        self.model.set_rows(ws.rows if ws is not None else [])
        unit = self.unit_id or None
        may_set = unit is not None and access.may(self.db, Perm.EDIT_UNIT_DATA, unit_id=unit)
        self.top.show_workspace(self.workspace, capaian_allowed=may_set)
        self.skm.menu_button.setVisible(access.may_some(Perm.EDIT_UNIT_DATA))  # SKM: unit data
        self.table.show_state(self.workspace, self.tahun())
        self.distribution.show_workspace(self.workspace)
        self.skm.show_unit(self.unit_id, self.unit_ids, self.tahun(), self.periode())
        if current is not None:
            self.select_staff(current.staff_id)
        self._update_buttons()
        self.workspace_loaded.emit()

    def open_skp(self) -> None:
        row = self.current_row()
        if row is not None:
            self.editors.open_skp(row.staff_id, self.tahun(), self.unit_id)

    def open_evaluation(self) -> None:
        row = self.current_row()
        if row is not None and row.skp_id is not None:
            self.editors.open_evaluation(row.staff_id, self.tahun(), self.periode())

    # -- slots ---------------------------------------------------------------------------------
    def _on_capaian_activated(self, _index: int) -> None:
        value = self.top.capaian.currentData()
        ws = self.workspace
        current = ws.capaian.value if ws is not None and ws.capaian else None
        if self.unit_id is None or ws is None or value == current:
            self.top.show_workspace(ws, capaian_allowed=bool(self.unit_id))
            return
        if value is None and not self.prompts.confirm(
            self,
            self.tr("Hapus capaian kinerja organisasi"),
            self.tr(
                "Capaian kinerja organisasi periode ini akan dihapus (misalnya karena salah "
                "pilih). Evaluasi yang sudah ditetapkan tidak berubah. Lanjutkan?"
            ),
            self.tr("Hapus"),
        ):
            self.top.show_workspace(ws, capaian_allowed=True)
            return
        try:
            capaian_store.set_capaian(
                self.db,
                self.unit_id,
                self.tahun(),
                self.periode(),
                CapaianOrganisasi(value) if value else None,
            )
        except KinerjaError as exc:
            self.prompts.error(self, exc)
        self.reload()

    def _on_skp_clicked(self) -> None:
        self.open_skp()

    def _on_evaluation_clicked(self) -> None:
        self.open_evaluation()

    def _on_row_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is None:
            return
        if row.skp_id is None:
            self.open_skp()
        else:
            self.open_evaluation()

    def _on_filter_changed(self, index: int) -> None:
        current = self.current_row()
        self.model.set_filter(RowFilter(index))
        if current is not None:
            self.select_staff(current.staff_id)
        self._update_buttons()

    def _on_record_saved(self, staff_id: int) -> None:
        self.reload()
        self.select_staff(staff_id)

    def _update_buttons(self, *_args: object) -> None:
        row = self.current_row()
        self.top.skp_button.setEnabled(row is not None)
        self.top.evaluation_button.setEnabled(row is not None and row.skp_id is not None)
