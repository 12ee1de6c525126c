"""Slow work off the GUI thread: a worker with its own database connection, a progress dialog
with a cancel button, and signals for the outcome. The worker never touches widgets.

A job is ``job(db, progress) -> result`` where ``progress(done, total)`` returns False once the
person pressed Cancel (the job then raises ``core.errors.Cancelled``).
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.errors import Cancelled
from desktop.store.db import open_db

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], bool]
# more staff than this (a whole kabupaten): the staff list, the appraisal page and the large
# talent lists read off the GUI thread; one figure, so the screens agree on what "large" is
BACKGROUND_STAFF = 5_000
_REPORT_EVERY = 0.05  # seconds between progress signals
Job = Callable[[sqlite_utils.Database, ProgressFn], Any]


def _connection(target: Path | str) -> Any:
    """The worker's own connection: a SQLite file, or a PostgreSQL centre by its URL."""
    if isinstance(target, str) and target.lower().startswith(("postgresql://", "postgres://")):
        from desktop.sync.pg import connect

        return connect(target)
    return open_db(Path(target), migrate=False)


class _Worker(QObject):
    """Runs in the worker thread: opens its own connection, runs the job, reports by signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, db_path: Path | str, job: Job) -> None:
        super().__init__()
        self._db_path = db_path
        self._job = job
        self._stop = threading.Event()
        self._last_report = 0.0

    def request_cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            db = _connection(self._db_path)
        except Exception as exc:
            self.failed.emit(exc)
            return
        try:
            result = self._job(db, self._report)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            db.close()

    def _report(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if done >= total or now - self._last_report >= _REPORT_EVERY:  # don't flood the GUI
            self._last_report = now
            self.progressed.emit(done, total)
        return not self._stop.is_set()


class Task(QObject):
    """One job in a QThread with a window-modal progress dialog (none when ``label`` is None:
    the screen shows its own "loading" state); emits exactly one outcome."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    _running: set[Task] = set()  # keeps Python wrappers alive until the thread ends

    def __init__(self, parent: QWidget, label: str | None, db_path: Path | str, job: Job) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _Worker(db_path, job)
        self._worker.moveToThread(self._thread)
        self.progress: QProgressDialog | None = None
        if label is not None:
            self.progress = QProgressDialog(label, self.tr("Batal"), 0, 0, parent)
            self.progress.setWindowTitle(self.tr("Mohon tunggu"))
            self.progress.setMinimumDuration(400)
            self.progress.setAutoReset(False)
            self.progress.setAutoClose(False)
            self.progress.canceled.connect(self.cancel)  # direct: the worker's thread is busy
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.cancelled.connect(self._on_worker_cancelled)

    def start(self) -> Task:
        if not Task._running:
            _wait_at_exit()
        Task._running.add(self)
        if self.progress is not None:
            self.progress.setValue(0)
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report (safe from the GUI thread)."""
        self._worker.request_cancel()

    @classmethod
    def wait_all(cls) -> None:
        """Ask every running job to stop and wait for its thread: the app is quitting, and a
        QThread destroyed while it runs aborts the process (a crash report on closing)."""
        for task in list(cls._running):
            try:
                task.cancel()
                task._thread.quit()
                task._thread.wait()
            except RuntimeError:  # its Qt side is already gone (interpreter exit)
                cls._running.discard(task)

    def _on_worker_progressed(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        if total > 0 and self.progress.maximum() != total:
            self.progress.setMaximum(total)
        self.progress.setValue(min(done, max(total, 0)))

    def _on_worker_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _on_worker_failed(self, exc: object) -> None:
        self._finish()
        self.failed.emit(exc)

    def _on_worker_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.hide()
            self.progress.deleteLater()
        self._thread.quit()
        self._thread.wait()
        self._worker.deleteLater()
        Task._running.discard(self)


_hooked = False


def _wait_at_exit() -> None:
    """Once per process: wait for running tasks when the app quits (``aboutToQuit``) and, for
    a script that never runs the event loop to its end, at interpreter exit."""
    global _hooked
    if _hooked:
        return
    _hooked = True
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(Task.wait_all)
    atexit.register(Task.wait_all)
