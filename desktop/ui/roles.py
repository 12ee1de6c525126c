"""What the signed-in role sees: menu actions, toolbar buttons and personal fields that the
store would refuse are hidden (issue 10 item 2).

The rules are ``core.access`` — this module only asks ``allows`` (may the role do this
anywhere?) and ``store.access.may`` (on this record?) and never decides a permission itself.
The store refuses anyway; hiding spares people a button that can only say no.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QMainWindow, QWidget

from desktop.core.access import PERSONAL_FIELDS, Perm, allows
from desktop.store import access
from desktop.store import session as sessions

if TYPE_CHECKING:
    import sqlite_utils


def _actions(window: QMainWindow) -> list[tuple[QAction, Perm]]:
    """Each gated action of the window and its feature menus with the permission it needs."""
    a: Any = getattr(window, "main_actions", None)
    gated: list[tuple[QAction, Perm]] = []
    if a is not None:
        gated += [(a.new_staff, Perm.EDIT_STAFF), (a.deactivate, Perm.EDIT_STAFF)]
        gated += [(a.reactivate, Perm.EDIT_STAFF), (a.import_staff, Perm.IMPORT)]
        gated += [(a.export_staff, Perm.REPORTS), (a.office_settings, Perm.EDIT_UNITS)]
    reports = getattr(window, "reports", None)
    if reports is not None and hasattr(reports, "actions"):
        gated += [(action, Perm.PRINT_FORMS) for action in reports.actions.person_actions]
        gated += [(action, Perm.REPORTS) for action in reports.actions.unit_actions]
    sync = getattr(window, "sync", None)
    if sync is not None and hasattr(sync, "menu"):
        gated.append((sync.menu.menuAction(), Perm.SYNC))
    for name, perm in (
        ("backups", Perm.BACKUP),
        ("officials", Perm.EDIT_UNITS),
    ):
        action = getattr(getattr(window, name, None), "action", None)
        if isinstance(action, QAction):
            gated.append((action, perm))
    units = getattr(getattr(window, "unit_structure", None), "open_action", None)
    if isinstance(units, QAction):
        gated.append((units, Perm.EDIT_UNITS))
    return gated


def install(window: QMainWindow) -> None:
    """Apply now, after every sign-in and after every change of page (the staff actions
    show only on the staff page; the page's own rule runs first)."""
    apply(window)
    pages = getattr(window, "pages", None)
    if pages is not None:
        pages.currentChanged.connect(lambda _index: apply(window))
    accounts = getattr(window, "accounts", None)
    if accounts is not None and hasattr(accounts, "signed_in"):
        accounts.signed_in.connect(lambda _session: apply(window))


def apply(window: QMainWindow) -> None:
    """Hide every action the current role may never use; show the others again (after a
    switch of user)."""
    role = sessions.current().role
    a: Any = getattr(window, "main_actions", None)
    pages = getattr(window, "pages", None)
    page_bound = list(getattr(a, "staff_only", []))
    on_staff_page = pages is None or pages.currentIndex() == 0
    for action, perm in _actions(window):
        shown = allows(role, perm)
        action.setVisible(shown and (on_staff_page or action not in page_bound))


def allowed_actions(window: QMainWindow) -> set[str]:
    """The visible gated actions' texts without '&' (what a test or a screenshot checks)."""
    return {a.text().replace("&", "") for a, _ in _actions(window) if a.isVisible()}


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
