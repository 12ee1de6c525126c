"""Buka kantor contoh: the demo office always lives in a file of its own
(``paths.demo_db_path()``), built there the first time in a worker with progress, never inside
an office's database. ``ready(path)`` tells the session which file to open."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop import paths
from desktop.core.errors import KinerjaError
from desktop.demo.errors import DemoError
from desktop.demo.marker import is_demo, office_name
from desktop.store.db import open_db
from desktop.ui.errors import show_error
from desktop.ui.tasks import ProgressFn, Task

log = logging.getLogger(__name__)
DEMO_STAFF = 600  # half a second to build; enough OPD, bidang and an appraisal year to try


def _build_job(staff: int, db: sqlite_utils.Database, progress: ProgressFn) -> object:
    from desktop.demo.office import build_demo  # the generator loads when a demo is built

    return build_demo(db, staff=staff, seed=1, progress=progress)


def demo_built(path: Path) -> bool:
    """True for a built demo, False for a file still to be built; DemoError for a file there
    that holds an office's own data (it is left alone), StoreError for one that cannot open."""
    with open_db(path) as db:
        staff = db["staff"].count
        if is_demo(db) and staff:
            return True
        name = office_name(db)
        if staff or db["unit"].count or name:
            raise DemoError("real_office", name=name or path.name)
        return False


class DemoOpener(QObject):
    """``open()`` emits ``ready(path)`` at once for a built demo, or after building it."""

    ready = Signal(object)  # Path

    def __init__(self, parent: QWidget, path: Path | None = None, staff: int = DEMO_STAFF):
        super().__init__(parent)
        self._parent = parent
        self.path = path or paths.demo_db_path()
        self.staff = staff
        self.task: Task | None = None

    def open(self) -> None:
        try:
            built = demo_built(self.path)
        except KinerjaError as exc:
            show_error(self._parent, exc)
            return
        if built:
            self.ready.emit(self.path)
            return
        log.info("building the demo office in %s", self.path)
        self.task = Task(
            self._parent,
            self.tr("Membangun kantor contoh…"),
            self.path,
            partial(_build_job, self.staff),
        )
        self.task.succeeded.connect(self._on_built)
        self.task.failed.connect(partial(show_error, self._parent))
        self.task.start()

    def _on_built(self, _summary: object) -> None:
        self.ready.emit(self.path)
