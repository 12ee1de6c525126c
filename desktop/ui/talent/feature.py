"""Manajemen Talenta on the main window: the third page (after Penilaian Kinerja) and
Tampilan → "Manajemen Talenta" (Ctrl+3), both only for a role with ``Perm.VIEW_TALENT``
(admin, operator of an OPD, pimpinan), re-checked after every sign-in.

The page is added at once but builds its contents the first time it is shown, so the window
opens as fast as before (``ui.talent.page``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

from desktop.core.access import Perm, allows
from desktop.ui import shortcuts
from desktop.ui.host import FeatureHost
from desktop.ui.talent.page import TalentPage


def install(host: FeatureHost) -> TalentFeature:
    """Add the page and its menu entry to a host (the window keeps it as ``talent``)."""
    return TalentFeature(host)


class TalentFeature(QObject):
    def __init__(self, host: FeatureHost) -> None:
        window = host.widget()
        super().__init__(window)
        self.host = host
        self.page = TalentPage(host)
        host.add_page(self.page, self.tr("Manajemen Talenta"))
        self.action = QAction(self.tr("&Manajemen Talenta"), window)
        shortcuts.apply(self.action, "show_talent_page")
        self.action.triggered.connect(self.show_page)
        window.addAction(self.action)  # the key works whichever page is in view
        self._add_to_view_menu()
        tabs = self._pages()
        if tabs is not None:
            tabs.currentChanged.connect(self._on_page_changed)
        host.session_changed.changed.connect(lambda _session: self.apply())
        self.apply()

    def allowed(self) -> bool:
        return allows(self.host.session().role, Perm.VIEW_TALENT)

    def show_page(self) -> None:
        if self.allowed():
            self.host.show_page(self.page)

    def apply(self) -> None:
        """Show the page and the menu entry to a role that may see the lists; hide them (and
        leave the page if it is in view) for one that may not."""
        shown = self.allowed()
        self.action.setVisible(shown)
        self.action.setEnabled(shown)
        tabs = self._pages()
        if tabs is None:
            return
        index = tabs.indexOf(self.page)
        if not shown and tabs.currentIndex() == index:
            tabs.setCurrentIndex(0)  # Qt would move to the neighbour; the staff page is home
        tabs.setTabVisible(index, shown)

    def _on_page_changed(self, index: int) -> None:
        """A saved "last page" may be this one for a role that may not see it."""
        tabs = self._pages()
        if tabs is not None and index == tabs.indexOf(self.page) and not self.allowed():
            tabs.setCurrentIndex(0)

    def _pages(self) -> QTabWidget | None:
        """The tab widget holding the page (page → its stack → the tabs)."""
        widget: QWidget | None = self.page.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        return widget

    def _add_to_view_menu(self) -> None:
        """After "Penilaian Kinerja" in Tampilan, where the other pages are."""
        anchor = self.host.action("show_appraisal_page")
        bar = getattr(self.host.widget(), "menuBar", None)
        if anchor is None or bar is None:
            return
        for top in bar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu) and anchor in menu.actions():
                actions = menu.actions()
                after = actions.index(anchor) + 1
                before = actions[after] if after < len(actions) else None
                menu.insertAction(before, self.action) if before else menu.addAction(self.action)
                return
