"""Small form widgets shared by the dialogs: a date field that may be empty, a combo box over
(value, label) pairs, the inline message under a field, and a two-column form grid."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import wraps
from itertools import pairwise
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop import paths
from desktop.core.dates import InvalidDate, parse_date_optional
from desktop.core.validation import Issue, Severity
from desktop.ui.formatting import format_date_input


def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons (an empty icon when the file is missing)."""
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


class DateField(QLineEdit):
    """``dd-mm-yyyy`` (other forms core.dates reads are accepted); empty means no date."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.setPlaceholderText(self.tr("hh-bb-tttt"))
        self.setMaxLength(32)
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(True)
        self._calendar.clicked.connect(self._on_calendar_clicked)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self._calendar)
        self._menu.addAction(holder)
        pick = self.addAction(icon("calendar"), QLineEdit.ActionPosition.TrailingPosition)
        pick.setToolTip(self.tr("Pilih dari kalender"))
        pick.triggered.connect(self._on_pick_triggered)
        self.editingFinished.connect(self._on_editing_finished)

    def value(self) -> date | None:
        """The date typed; raises ``core.dates.InvalidDate`` when it cannot be read."""
        return parse_date_optional(self.text())

    def set_value(self, value: date | None) -> None:
        self.setText(format_date_input(value))

    def _readable(self) -> date | None:
        """The date typed, or None when it is empty or unreadable: the form's inline message
        says why (``InvalidDate`` is a ``KinerjaError``, not a ``ValueError``; letting it out
        of a slot would put a modal error box over that message)."""
        try:
            return self.value()
        except (InvalidDate, ValueError):
            return None

    def _on_editing_finished(self) -> None:
        value = self._readable()
        if value is not None and self.text() != format_date_input(value):
            self.set_value(value)

    def _on_pick_triggered(self) -> None:
        current = self._readable()
        if current is not None:
            self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        corner = self.mapToGlobal(self.rect().bottomRight())
        self._menu.popup(corner - QPoint(self._calendar.sizeHint().width(), 0))

    def _on_calendar_clicked(self, picked: QDate) -> None:
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self._menu.hide()
        self.setFocus()


class ChoiceCombo(QComboBox):
    """A combo over ``(value, label)`` pairs with an optional empty entry "—".

    Values stay Python objects (enums, ints, codes) in a list beside the items, so nothing is
    converted on the way through Qt.
    """

    value_changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, allow_empty: bool = True, objectName: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self._allow_empty = allow_empty
        self._values: list[Any] = []
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(self.value_changed)

    def set_choices(self, choices: list[tuple[Any, str]]) -> None:
        """Replace the entries, keeping the current value when it is still offered."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = []
        if self._allow_empty:
            self._values.append(None)
            self.addItem("—")
        for value, label in choices:
            self._values.append(value)
            self.addItem(label)
        self.blockSignals(False)
        self.set_value(current)

    def values(self) -> list[Any]:
        return [v for v in self._values if v is not None]

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        index = next(
            (n for n, v in enumerate(self._values) if value is not None and v == value),
            0 if self._values else -1,
        )
        self.setCurrentIndex(index)


class TreeChoiceCombo(ChoiceCombo):
    """A ChoiceCombo whose popup indents entries by depth (unit tree); the box shows the name."""

    _DEPTH_ROLE = Qt.ItemDataRole.UserRole + 7

    def __init__(
        self, parent: QWidget | None = None, *, allow_empty: bool = True, objectName: str = ""
    ) -> None:
        super().__init__(parent, allow_empty=allow_empty, objectName=objectName)
        self.setItemDelegate(_IndentDelegate(self._DEPTH_ROLE, self))

    def set_tree_choices(self, choices: list[tuple[Any, str, int]]) -> None:
        """``(value, label, depth)`` in tree order."""
        self.set_choices([(value, label) for value, label, _depth in choices])
        offset = 1 if self._allow_empty else 0
        for n, (_value, _label, depth) in enumerate(choices):
            self.setItemData(n + offset, depth, self._DEPTH_ROLE)


class _IndentDelegate(QStyledItemDelegate):
    def __init__(self, role: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._role = role

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        depth = index.data(self._role) or 0
        option.rect.adjust(int(depth) * 18, 0, 0, 0)


class FieldMessage(QLabel):
    """The red (error) or amber (warning) text directly under a field; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setProperty("severity", "none")
        self.hide()

    def show_issues(self, issues: list[Issue]) -> None:
        if not issues:
            self.clear()
            self.hide()
            return
        worst = "error" if any(i.severity is Severity.ERROR for i in issues) else "warning"
        self.setText("\n".join(i.message for i in issues))
        if self.property("severity") != worst:
            self.setProperty("severity", worst)
            self.style().unpolish(self)
            self.style().polish(self)
        self.show()

    @property
    def severity(self) -> str:
        return str(self.property("severity")) if self.isVisible() else "none"


class FieldGrid(QWidget):
    """Two form columns; each field gets its label, its widget and a message label beneath."""

    def __init__(self, parent: QWidget | None = None, columns: int = 2) -> None:
        super().__init__(parent)
        self.forms: list[QFormLayout] = []
        self.messages: dict[str, FieldMessage] = {}
        self.focus_order: list[QWidget] = []
        layout = QHBoxLayout(self)
        layout.setSpacing(24)
        for _ in range(columns):
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setVerticalSpacing(6)
            layout.addLayout(form, 1)
            self.forms.append(form)

    def add(
        self,
        column: int,
        key: str,
        label: str,
        widget: QWidget,
        extra: QWidget | None = None,
        focus: list[QWidget] | None = None,
    ) -> FieldMessage:
        """Add a field; ``extra`` (e.g. the NIP hint) sits between the widget and its message.

        ``focus`` lists the inputs inside a composite ``widget`` in Tab order.
        """
        self.focus_order += focus or [widget]
        box = QWidget()
        stack = QVBoxLayout(box)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(widget)
        if extra is not None:
            stack.addWidget(extra)
        message = FieldMessage()
        message.setObjectName(f"message_{key}")
        stack.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.forms[column].addRow(caption, box)
        self.messages[key] = message
        return message

    def chain_focus(self) -> None:
        """Tab follows the form (left column, then right), not the order of creation."""
        chain_focus(self.focus_order)


def chain_focus(widgets: list[QWidget]) -> None:
    """Tab moves through ``widgets`` in this order (the order of the form, not of creation)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


# A window manager's frame (borders, title bar) as long as Qt does not know it yet: before a
# window is first shown, and on the offscreen platform, which draws no title bar.
FRAME_BORDER, TITLE_BAR = 8, 32


def fit_to_screen(window: QWidget, move: bool = True) -> None:
    """Shrink a top-level window to the free area of its screen (a 1024×768 screen less a
    taskbar leaves about 1024×728) and, with ``move``, move it back into view. Its layout's
    minimum size still wins, so each window keeps that minimum small (scroll areas,
    splitters)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w = max(frame.width() - inner.width(), 2 * FRAME_BORDER)
    extra_h = max(frame.height() - inner.height(), TITLE_BAR + FRAME_BORDER)
    width = min(window.width(), free.width() - extra_w)
    height = min(window.height(), free.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    if not move:
        return
    outer_w, outer_h = width + extra_w, height + extra_h
    x = min(max(frame.x(), free.left()), free.right() - outer_w + 1)
    y = min(max(frame.y(), free.top()), free.bottom() - outer_h + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class _ScreenFit(QObject):
    """Fits every window and dialog to its screen as it is shown (see ``fit_to_screen``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Window)
        ):
            # a dialog not placed by the app is centred by QDialog.showEvent, after this
            fit_to_screen(watched, watched.testAttribute(Qt.WidgetAttribute.WA_Moved))
        return False


def install_screen_fit() -> None:
    """Once per application: no window of the app opens larger than the screen it is on."""
    app = QApplication.instance()
    if app is None or app.property("screenFit"):
        return
    fitter = _ScreenFit(app)
    app.installEventFilter(fitter)
    app.setProperty("screenFit", True)


R = TypeVar("R")


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The hourglass while the GUI thread works (a 50,000-row "Semua unit" takes ~0.5 s)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def busy(method: Callable[..., R]) -> Callable[..., R]:
    """Decorate a slot that may block the GUI thread: it runs under ``busy_cursor``. Extra
    positional arguments a signal sends (``valueChanged(int)``) are dropped, as Qt does for
    a slot that takes fewer."""
    takes = method.__code__.co_argcount

    @wraps(method)
    def run(*args: Any, **kwargs: Any) -> R:
        with busy_cursor():
            return method(*args[:takes], **kwargs)

    return run
