"""What the signed-in role sees: menu actions, toolbar buttons and personal fields that the
store would refuse are hidden (issue 10 item 2).

The rules are ``core.access`` — this module only asks ``allows`` (may the role do this
anywhere?) and ``store.access.may`` (on this record?) and never decides a permission itself.
The store refuses anyway; hiding spares people a button that can only say no. Features hand
their actions to ``FeatureHost.gate`` (this module's ``RoleGate``); nothing here reads the
window.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QTabWidget, QWidget

from desktop.core.access import PERSONAL_FIELDS, Perm, allows
from desktop.store import access
from desktop.store import session as sessions
from desktop.ui.host import SessionChanged

if TYPE_CHECKING:
    import sqlite_utils


class RoleGate(QObject):
    """The actions a feature registered with the permission they need (``host.gate``):
    shown to a role that may use them somewhere, hidden otherwise, again after every
    sign-in. Page-bound actions (the staff page's) show only while their page is in view."""

    def __init__(
        self,
        parent: QObject,
        session_changed: SessionChanged,
        pages: QTabWidget | None = None,
        page_bound: Iterable[QAction] = (),
    ) -> None:
        super().__init__(parent)
        self._pages = pages
        self._page_bound = list(page_bound)
        self._gated: dict[QAction, Perm | None] = dict.fromkeys(self._page_bound)
        session_changed.changed.connect(lambda _session: self.apply())
        if pages is not None:
            pages.currentChanged.connect(lambda _index: self.apply())

    def add(self, action: QAction, perm: Perm) -> None:
        self._gated[action] = perm
        self._show(action, perm, sessions.current().role)

    def apply(self) -> None:
        """Hide every action the current role may never use; show the others again (after a
        switch of user or of page)."""
        role = sessions.current().role
        for action, perm in self._gated.items():
            self._show(action, perm, role)

    def _show(self, action: QAction, perm: Perm | None, role: str) -> None:
        on_home = self._pages is None or self._pages.currentIndex() == 0
        allowed = perm is None or allows(role, perm)
        action.setVisible(allowed and (on_home or action not in self._page_bound))

    def visible_texts(self) -> set[str]:
        """The visible gated actions' texts without '&' (what a test or a screenshot checks)."""
        return {
            a.text().replace("&", "")
            for a, perm in self._gated.items()
            if perm is not None and a.isVisible()
        }


def _rows(form: QFormLayout, boxes: Iterable[QWidget]) -> list[int]:
    rows = []
    for box in boxes:
        row, _role = form.getWidgetPosition(box)
        if row >= 0:
            rows.append(row)
    return rows


def screen_staff_dialog(db: sqlite_utils.Database, dialog: Any, staff_id: int | None) -> None:
    """A record the session may not change opens read-only (no Simpan); NIK, alamat,
    telepon and e-mail rows disappear for a session that may not see them (the store
    already blanked them)."""
    may_edit = access.may(db, Perm.EDIT_STAFF, staff_id=staff_id) if staff_id else True
    dialog.save_button.setVisible(may_edit)
    personal = not staff_id or access.may(db, Perm.VIEW_PERSONAL, staff_id=staff_id)
    tab = dialog.personal
    boxes = [getattr(tab, field).parentWidget() for field in PERSONAL_FIELDS]
    for form in tab.grid.forms:
        for row in _rows(form, boxes):
            form.setRowVisible(row, personal)
