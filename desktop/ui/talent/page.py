"""The "Manajemen Talenta" page: the year, the draft note, the talent settings and one tab per
list (issue 14 item 9).

The page itself stays light: its top bar and tabs are built the first time it is shown, and
each tab's module is imported the first time that tab is shown (``TABS``: module, class,
title), so neither start-up nor the first view pays for lists nobody opened. A tab is a
``QWidget(host, parent)`` with ``show_for(year, unit_id)``; the page calls it when the tab
comes into view and the year, the unit in the tree or the data changed since it last showed
(``unit_id`` 0 is the whole office within the user's scope). Hidden tabs catch up when shown.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KinerjaError
from desktop.store import talent_scope
from desktop.ui.errors import show_error
from desktop.ui.host import Changes, FeatureHost
from desktop.ui.widgets import busy_cursor

PACKAGE = "desktop.ui.talent"
SETTINGS_MODULE = f"{PACKAGE}.settings_dialog"
_CONTEXT = "TalentPage"
FIRST_YEAR, LAST_YEAR = 2000, 2100  # skp.tahun's range in the schema


@dataclass(frozen=True)
class TabSpec:
    module: str  # full module name, imported when the tab is first shown
    cls: str
    title: str  # Indonesian source text (translated in context "TalentPage")


TABS: tuple[TabSpec, ...] = (
    TabSpec(f"{PACKAGE}.map_tab", "MapTab", QT_TRANSLATE_NOOP("TalentPage", "Peta Talenta")),
    TabSpec(
        f"{PACKAGE}.succession_tab", "SuccessionTab", QT_TRANSLATE_NOOP("TalentPage", "Suksesi")
    ),
    TabSpec(
        f"{PACKAGE}.promotion_tab",
        "PromotionTab",
        QT_TRANSLATE_NOOP("TalentPage", "Kenaikan Pangkat & Jenjang"),
    ),
    TabSpec(
        f"{PACKAGE}.performance_tab",
        "LowPerformanceTab",
        QT_TRANSLATE_NOOP("TalentPage", "Kinerja Rendah"),
    ),
    TabSpec(
        f"{PACKAGE}.jp_tab", "JpTab", QT_TRANSLATE_NOOP("TalentPage", "Pengembangan Kompetensi")
    ),
    TabSpec(f"{PACKAGE}.ipasn_tab", "IpAsnTab", QT_TRANSLATE_NOOP("TalentPage", "IP ASN")),
)


def tab_title(spec: TabSpec) -> str:
    return QCoreApplication.translate(_CONTEXT, spec.title)


class _Slot(QWidget):
    """Where one tab lives: empty until first shown, then the tab (or a placeholder)."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.tab: QWidget | None = None
        self.shown_for: tuple[int, int] | None = None  # (year, unit) it last showed
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def fill(self, host: FeatureHost) -> None:
        """Import the tab's module and build it; a module not written yet shows a note."""
        if self.tab is not None:
            return
        try:
            module = importlib.import_module(self.spec.module)
        except ModuleNotFoundError as exc:
            if exc.name != self.spec.module:
                raise
            self.tab = _placeholder(tab_title(self.spec))
        else:
            self.tab = getattr(module, self.spec.cls)(host, self)
        self.layout_.addWidget(self.tab)

    def show_for(self, year: int, unit_id: int) -> None:
        if self.shown_for == (year, unit_id):
            return
        self.shown_for = (year, unit_id)
        show = getattr(self.tab, "show_for", None)
        if show is not None:
            show(year, unit_id)


def _placeholder(title: str) -> QLabel:
    label = QLabel(
        QCoreApplication.translate(_CONTEXT, "Bagian \u201c%1\u201d belum tersedia.").replace(
            "%1", title
        ),
        objectName="talentPlaceholder",
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class TalentPage(QWidget):
    """The page; ``build()`` runs when it is first shown (or when a test asks)."""

    def __init__(
        self,
        host: FeatureHost,
        parent: QWidget | None = None,
        *,
        tabs: tuple[TabSpec, ...] = TABS,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("talentPage")
        self.host = host
        self.specs = tabs
        self.today = today
        self.built = False
        self.year: QSpinBox | None = None
        self.tabs: QTabWidget | None = None
        self.slots: list[_Slot] = []
        self.settings_button: QPushButton | None = None
        host.selection.changed.connect(self._on_selection_changed)
        host.data_changed.changed.connect(self._on_data_changed)
        host.session_changed.changed.connect(lambda _session: self._on_session_changed())

    # -- building --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.built:
            self.build()
        self.refresh()

    def build(self) -> None:
        """The top bar (year, draft note, settings) and the empty tab slots."""
        if self.built:
            return
        self.built = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._top_bar())
        self._screen_settings()  # once the button has its parent (else it becomes a window)
        self.tabs = QTabWidget(objectName="talentTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        for spec in self.specs:
            slot = _Slot(spec)
            slot.setObjectName(f"talentSlot_{spec.cls}")
            self.slots.append(slot)
            self.tabs.addTab(slot, tab_title(spec).replace("&", "&&"))  # "&" is no mnemonic
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout.addWidget(self.tabs, 1)

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        label = QLabel(self.tr("Tahun penilaian:"))
        self.year = QSpinBox(objectName="talentYear")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(self._default_year())
        self.year.setKeyboardTracking(False)  # typing 2025 does not load 2, 20, 202 first
        self.year.valueChanged.connect(lambda _value: self.refresh())
        label.setBuddy(self.year)
        draft = QLabel(self.tr("Draf — hasil resmi di sistem BKN"), objectName="talentDraft")
        draft.setStyleSheet("QLabel { color: #b00000; font-weight: bold; }")
        draft.setToolTip(
            self.tr(
                "Peta talenta resmi ada di sistem BKN (Kepka BKN 411/2025); daftar di sini "
                "adalah bahan persiapan dan bukti."
            )
        )
        bar.addWidget(label)
        bar.addWidget(self.year)
        bar.addSpacing(12)
        bar.addWidget(draft)
        bar.addStretch(1)
        if importlib.util.find_spec(SETTINGS_MODULE) is not None:
            self.settings_button = QPushButton(
                self.tr("Pengaturan Talenta…"), objectName="talentSettings"
            )
            self.settings_button.clicked.connect(self._on_settings_clicked)
            bar.addWidget(self.settings_button)
        return bar

    def _default_year(self) -> int:
        try:
            return talent_scope.default_year(self.host.db, today=self.today)
        except KinerjaError:
            return (self.today or date.today()).year - 1

    def _screen_settings(self) -> None:
        """Talent settings are office settings: shown to whoever may change those."""
        from desktop.core.access import Perm, allows

        if self.settings_button is not None:
            self.settings_button.setVisible(allows(self.host.session().role, Perm.EDIT_UNITS))

    # -- state -----------------------------------------------------------------------------
    def current_year(self) -> int:
        return self.year.value() if self.year is not None else self._default_year()

    def set_year(self, year: int) -> None:
        if not self.built:
            self.build()
        assert self.year is not None
        self.year.setValue(year)

    def current_slot(self) -> _Slot | None:
        if self.tabs is None:
            return None
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, _Slot) else None

    def show_tab(self, cls: str) -> QWidget | None:
        """Bring the tab of class ``cls`` into view; returns the tab widget once built."""
        if not self.built:
            self.build()
        assert self.tabs is not None
        for slot in self.slots:
            if slot.spec.cls == cls:
                self.tabs.setCurrentWidget(slot)
                self.refresh()
                return slot.tab
        return None

    def refresh(self) -> None:
        """Fill the visible tab and show it the page's year and the tree's unit."""
        slot = self.current_slot()
        if slot is None or not self.isVisible():
            return
        try:
            with busy_cursor():
                slot.fill(self.host)
                slot.show_for(self.current_year(), self.host.selection.unit_id)
        except KinerjaError as exc:
            slot.shown_for = None  # try again next time
            show_error(self, exc)

    def _on_selection_changed(self) -> None:
        self.refresh()  # a slot that already shows this year and unit does nothing

    def _on_data_changed(self, changes: Changes, initiator: object) -> None:
        for slot in self.slots:
            if slot.tab is not initiator:
                slot.shown_for = None  # read again when next in view
        self.refresh()

    def _on_session_changed(self) -> None:
        """Another user sees other people: every tab reads again, the settings button too."""
        self._screen_settings()
        for slot in self.slots:
            slot.shown_for = None
        self.refresh()

    def _on_settings_clicked(self) -> None:
        module = importlib.import_module(SETTINGS_MODULE)
        if module.edit_settings(self.host):  # True when something was saved
            self.host.data_changed.notify(Changes(office=True), self)
