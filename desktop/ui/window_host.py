"""The main window's side of ``ui.host``: ``WindowHost`` is the ``FeatureHost`` that features
get (the one object that knows the window's menus, pages and status bar), and
``SelectionTracker`` keeps the window's ``Selection`` in step with its unit tree, staff table
and appraisal page. Neither imports the main window: it hands them its parts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabWidget, QToolBar, QWidget

from desktop.core.access import Perm
from desktop.store import session as sessions
from desktop.store.session import Session
from desktop.ui.host import Changes, DataChanged, Person, Selection, SessionChanged, UnitChoice
from desktop.ui.prompts import Prompts
from desktop.ui.roles import RoleGate
from desktop.ui.units.model import ALL_UNITS, UnitTreeModel

if TYPE_CHECKING:
    from desktop.ui.actions import MainActions
    from desktop.ui.appraisal import AppraisalWorkspace
    from desktop.ui.staff.view import StaffPanel
    from desktop.ui.units.view import UnitTreeView


class WindowHost(QObject):
    """A main window as seen by its features (``ui.host.FeatureHost``)."""

    def __init__(
        self,
        window: QMainWindow,
        db: sqlite_utils.Database,
        db_path: Path,
        prompts: Prompts,
        pages: QTabWidget,
        menu_anchor: QAction,
        office_columns: tuple[QWidget, ...],
        *,
        actions: MainActions | None = None,
        unit_tree: QWidget | None = None,
    ) -> None:
        super().__init__(window)
        self._window, self._pages, self._anchor = window, pages, menu_anchor
        self._office_columns = office_columns
        self._actions, self._unit_tree = actions, unit_tree
        self._on_close: list[Callable[[], object]] = []
        self.db, self.db_path, self.prompts = db, db_path, prompts
        self.selection = Selection(self)
        self.data_changed = DataChanged(self)
        self.session_changed = SessionChanged(self)
        page_bound = actions.staff_only if actions is not None else ()
        self.role_gate = RoleGate(self, self.session_changed, pages, page_bound)

    def session(self) -> Session:
        return sessions.current()

    def widget(self) -> QWidget:
        return self._window

    def show_status(self, text: str, ms: int = 5000) -> None:
        self._window.statusBar().showMessage(text, ms)

    def add_menu(self, menu: QMenu) -> None:
        self._window.menuBar().insertMenu(self._anchor, menu)

    def add_page(self, page: QWidget, title: str) -> None:
        self._pages.addTab(page, title)

    def show_page(self, page: QWidget) -> None:
        self._pages.setCurrentWidget(page)

    def add_status_widget(self, widget: QWidget) -> None:
        self._window.statusBar().addPermanentWidget(widget)

    def show_office_columns(self, visible: bool) -> None:
        for column in self._office_columns:
            column.setVisible(visible)

    def notify(self, changes: Changes, initiator: object | None = None) -> None:
        self.data_changed.notify(changes, initiator)

    def menu(self, name: str) -> QMenu | None:
        anchors = {"berkas": "quit", "pegawai": "new_staff"}
        anchor = self.action(anchors.get(name, ""))
        if anchor is None:
            return None
        for top in self._window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu) and anchor in menu.actions():
                return menu
        return None

    def action(self, name: str) -> QAction | None:
        found = getattr(self._actions, name, None) if name else None
        return found if isinstance(found, QAction) else None

    def add_unit_action(self, action: QAction) -> None:
        tree = self._unit_tree
        if tree is not None and tree.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            tree.addAction(action)

    def gate(self, action: QAction, perm: Perm) -> None:
        self.role_gate.add(action, perm)

    def on_close(self, callback: Callable[[], object]) -> None:
        if not self._on_close:
            self._window.installEventFilter(self)  # the window's closeEvent stays as it is
        self._on_close.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            for callback in list(self._on_close):
                callback()
        return False

    def contents(self) -> list[QWidget]:
        w = self._window
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        parts: list[QWidget | None] = [w.centralWidget(), w.menuBar(), w.statusBar()]
        parts += w.findChildren(QToolBar, options=direct)
        parts += w.findChildren(QDockWidget, options=direct)
        return [p for p in parts if p is not None]


class SelectionTracker(QObject):
    """Reads the selection from the window's widgets whenever one of them moves."""

    def __init__(
        self,
        selection: Selection,
        unit_tree: UnitTreeView,
        unit_model: UnitTreeModel,
        staff_panel: StaffPanel,
        pages: QTabWidget,
    ) -> None:
        super().__init__(selection)
        self.selection = selection
        self.unit_tree, self.unit_model = unit_tree, unit_model
        self.staff_panel, self.pages = staff_panel, pages
        self.appraisal: AppraisalWorkspace | None = None
        unit_tree.unit_selected.connect(self.sync)
        unit_model.dataChanged.connect(self.sync)  # the tree read again (counts set last)
        staff_panel.current_changed.connect(self.sync)
        staff_panel.model.dataChanged.connect(self.sync)  # a saved name shows at once
        pages.currentChanged.connect(self.sync)

    def attach_appraisal(self, appraisal: AppraisalWorkspace) -> None:
        """The appraisal page, built the first time it is shown."""
        self.appraisal = appraisal
        appraisal.table.view.selectionModel().currentRowChanged.connect(self.sync)
        appraisal.workspace_loaded.connect(self.sync)
        self.sync()

    def sync(self, *_args: object) -> None:
        appraisal = self.appraisal
        shown = self.pages.currentWidget()
        on_appraisal = appraisal is not None and shown is appraisal
        if on_appraisal:
            page = "appraisal"
        else:
            page = "staff" if shown is self.staff_panel else (shown.objectName() if shown else "")
        self.selection.update(
            person=self._person(on_appraisal),
            unit=self._unit(),
            unit_id=self.unit_tree.current_unit_id(),
            period=(appraisal.tahun(), appraisal.periode()) if appraisal is not None else None,
            page=page,
        )

    def _person(self, on_appraisal: bool) -> Person | None:
        """The current row of the page in view."""
        if on_appraisal:
            assert self.appraisal is not None
            row = self.appraisal.current_row()
            return Person(row.staff_id, row.nip, row.nama) if row is not None else None
        staff = self.staff_panel.current_row()
        return Person(staff.id, staff.nip, staff.nama) if staff is not None else None

    def _unit(self) -> UnitChoice | None:
        """The unit selected in the tree; "Semua unit" means the root when there is only one."""
        tree = self.unit_model.tree
        unit_id = self.unit_tree.current_unit_id()
        if unit_id == ALL_UNITS:
            roots = tree.roots()
            if len(roots) != 1:
                return None
            unit = roots[0]
        else:
            unit = tree.by_id.get(unit_id)
        if unit is None or unit.id is None:
            return None
        return UnitChoice(unit.id, unit.kode, unit.nama)
