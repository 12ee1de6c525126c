"""The seam between the main window and the features it hosts.

A feature (the Cetak menu, Sinkronisasi, a future screen) is given a ``FeatureHost`` and never
the window: the database, who is acting (``session``), what the operator has selected
(``Selection``), the questions (``prompts``), the status bar, and a place for its menu and its
page. It talks back by signals. When it changes data it says what changed through the host's
``DataChanged`` notifier, and every page that shows that data refreshes itself — nobody wires
"after X reload Y" by hand (in the spirit of Anki's ``OpChanges``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Protocol

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.core.access import Perm
from desktop.store.session import Session
from desktop.ui.prompts import Prompts


@dataclass(frozen=True)
class Person:
    """The employee selected on the page in view."""

    staff_id: int
    nip: str
    nama: str  # with gelar


@dataclass(frozen=True)
class UnitChoice:
    """The unit selected in the tree ("Semua unit" of a one-root office is that root)."""

    unit_id: int
    kode: str
    nama: str


@dataclass(frozen=True)
class Changes:
    """What an action changed; a page refreshes when a field it shows is set."""

    staff: bool = False  # staff records: added, edited, (de)activated, imported
    unit: bool = False  # the unit tree (SOTK), unit heads
    appraisal: bool = False  # SKP, evaluations, capaian, SKM
    office: bool = False  # office settings: name, evaluation periods, paper, emblem
    officials: bool = False  # officials from outside the staff list
    sync: bool = False  # role, keys, export log, receipts, merged packages
    staff_ids: frozenset[int] = frozenset()  # the staff rows touched, when known

    @classmethod
    def everything(cls) -> Changes:
        """A restored backup or another database: every page reads again."""
        return cls(**{f.name: True for f in fields(cls) if f.type == "bool"})

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.type == "bool")


class DataChanged(QObject):
    """One notifier per window: ``changed(changes, initiator)`` after every change that
    other pages may show. The initiator (the object that made the change, or None) lets a
    page skip the refresh it has already done itself."""

    changed = Signal(object, object)  # Changes, initiator

    def notify(self, changes: Changes, initiator: object | None = None) -> None:
        if changes.any():
            self.changed.emit(changes, initiator)


class SessionChanged(QObject):
    """Fires after every sign-in (a fresh one, an unlock, the first admin account): actions
    that depend on the acting role show or hide again."""

    changed = Signal(object)  # Session

    def notify(self, session: Session) -> None:
        self.changed.emit(session)


class Selection(QObject):
    """What the operator has selected, owned by the main window and kept up to date by it:
    the person on the page in view, the unit in the tree (``unit_id`` 0 is "Semua unit"),
    the appraisal page's year and period once that page exists, and which page is in view.
    ``changed`` fires when any of it changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.person: Person | None = None
        self.unit: UnitChoice | None = None
        self.unit_id = 0
        self.period: tuple[int, str] | None = None  # (tahun, periode code)
        self.page = ""  # "staff", "appraisal" or another page's object name

    def update(
        self,
        *,
        person: Person | None,
        unit: UnitChoice | None,
        unit_id: int,
        period: tuple[int, str] | None,
        page: str,
    ) -> bool:
        """Set everything at once; ``changed`` fires (once) only if something differs."""
        new = (person, unit, unit_id, period, page)
        if new == (self.person, self.unit, self.unit_id, self.period, self.page):
            return False
        self.person, self.unit, self.unit_id, self.period, self.page = new
        self.changed.emit()
        return True


class FeatureHost(Protocol):
    """What a feature may use of the window that hosts it."""

    db: sqlite_utils.Database
    db_path: Path
    prompts: Prompts
    selection: Selection
    data_changed: DataChanged
    session_changed: SessionChanged

    def session(self) -> Session:
        """Who is acting (``store.session.current()``)."""
        ...

    def widget(self) -> QWidget:
        """The window, as the parent of the feature's dialogs, actions and workers."""
        ...

    def show_status(self, text: str, ms: int = 5000) -> None: ...

    def add_menu(self, menu: QMenu) -> None:
        """Put a feature's menu on the menu bar (before Tampilan)."""
        ...

    def add_page(self, page: QWidget, title: str) -> None: ...

    def show_page(self, page: QWidget) -> None: ...

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent widget on the right of the status bar."""
        ...

    def show_office_columns(self, visible: bool) -> None:
        """The unit tree column and the staff count (a centre has no staff of its own)."""
        ...

    def menu(self, name: str) -> QMenu | None:
        """One of the window's own menus, "berkas" or "pegawai" (None on a host without it),
        for a feature that adds an action to it."""
        ...

    def action(self, name: str) -> QAction | None:
        """One of the window's own actions by name ("quit", "office_settings",
        "export_personal"), as the anchor for a feature's action or to show/hide it."""
        ...

    def add_unit_action(self, action: QAction) -> None:
        """An action on the unit tree's context menu (does nothing without a unit tree)."""
        ...

    def gate(self, action: QAction, perm: Perm) -> None:
        """Show ``action`` only to a role that may do ``perm`` somewhere (re-checked at every
        sign-in); the store refuses anyway, this spares people a button that can only say no."""
        ...

    def on_close(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` when the window is about to close, before it saves its layout."""
        ...

    def contents(self) -> list[QWidget]:
        """What shows data in the window itself: the central widget, menu bar, status bar,
        toolbars and docks (the sign-in page hides them)."""
        ...
