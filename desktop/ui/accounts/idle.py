"""The idle lock's clock: an application-wide event filter that restarts a timer on every key,
click, wheel or mouse move in any window, and says ``idle`` when the office's minutes pass
without one. While the window is locked it also keeps keyboard shortcuts from reaching the
actions under the lock page (a shortcut is an event sent to the QAction, not to a widget)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self.lock_page: QWidget | None = None  # set while locked: only it gets shortcuts
        self._filtering = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """0 turns the idle lock off."""
        self.minutes = minutes
        self.restart()

    def restart(self) -> None:
        if self.minutes > 0 and self.lock_page is None:
            self.timer.start(max(1, int(self.minutes * 60_000)))
        else:
            self.timer.stop()
        # watch every event only while it matters (a window without accounts costs nothing)
        self._watch(self.timer.isActive() or self.lock_page is not None)

    def stop(self) -> None:
        self.timer.stop()
        self._watch(False)

    def _watch(self, wanted: bool) -> None:
        app = QApplication.instance()
        if app is None or wanted == self._filtering:
            return
        if wanted:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = wanted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT and self.lock_page is None and self.timer.isActive():
            self.timer.start()  # restart with the same interval
        if self.lock_page is not None and kind == QEvent.Type.Shortcut:
            return not self._inside_lock_page(watched)
        return False

    def _inside_lock_page(self, watched: QObject) -> bool:
        page = self.lock_page
        return isinstance(watched, QWidget) and page is not None and page.isAncestorOf(watched)
