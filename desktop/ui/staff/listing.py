"""The staff list read when it is needed: a window that opens on the appraisal page shows the
unit tree's numbers from one GROUP BY and reads the 50,000 rows of a kabupaten only when the
staff page is first shown (start-up time and memory, issue 12).

An office of more than ``BACKGROUND_STAFF`` people gets its first screenful at once (read
through the name index, < 1 ms) and the whole list from a worker (~0.2 s at 50,000 staff), so
the window is usable before the list is complete; ``completed`` then hands over the rows.
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.store import staff as staff_store
from desktop.store.staff import StaffListRow
from desktop.ui.staff.model import StaffTableModel
from desktop.ui.tasks import BACKGROUND_STAFF, Task

FIRST_SCREEN = 200  # rows shown while the rest is read: more than any screen holds


class StaffListing(QObject):
    completed = Signal(object)  # list[StaffListRow]: the whole list, read in the background

    def __init__(
        self, db: sqlite_utils.Database, db_path: Path, model: StaffTableModel, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.db, self.db_path, self.model, self._parent = db, db_path, model, parent
        self.read = False  # the rows are in the model
        self.loading = False  # the model holds the first screenful; the rest is on its way
        self._generation = 0
        self._tasks: list[Task] = []  # the reads started (a stale one may still run)

    def rows(self, wanted: bool | None, on_staff_page: bool) -> list[StaffListRow]:
        """The rows to show (none yet while ``wanted`` is False, or None and the list has
        never been needed on the staff page); of a large office, its first screenful."""
        self.read = (self.read or on_staff_page) if wanted is None else wanted
        self._generation += 1  # a read still under way is stale now
        self.loading = False
        if not self.read:
            return []
        # every unit's count including the inactive comes from the unit index alone (~3 ms)
        if sum(staff_store.unit_counts(self.db, include_inactive=True).values()) > BACKGROUND_STAFF:
            self.loading = True
            # once the event loop runs: the window is built and shown without a thread
            # competing for the interpreter, and the unit tree's counts are read first
            QTimer.singleShot(0, partial(self._read_in_background, self._generation))
            return staff_store.list_rows(
                self.db, include_inactive=True, scoped=True, limit=FIRST_SCREEN
            )
        return staff_store.list_rows(self.db, include_inactive=True, scoped=True)

    def restart(self) -> None:
        """Read the whole list again if a read is under way (a record changed meanwhile: the
        worker's copy may predate it)."""
        if self.loading:
            self._generation += 1
            self._read_in_background(self._generation)

    def wait(self) -> None:
        """Let a read under way end, unused (the window closes: its thread must not outlive
        it). The thread's event loop would start only after the job, so it is told to quit
        first; the task's own clean-up then finds it finished."""
        self._generation += 1  # nor is one that has yet to start wanted
        self.loading = False
        for task in self._tasks:
            thread = task._thread
            thread.quit()
            thread.wait()  # a finished thread returns at once

    def running(self) -> bool:
        """Whether a worker is reading the list now."""
        return any(task._thread.isRunning() for task in self._tasks)

    def unit_counts(self) -> Counter[int]:
        if self.read and not self.loading:
            return self.model.unit_counts()
        return staff_store.unit_counts(self.db, include_inactive=self.model.show_inactive)

    def _read_in_background(self, generation: int) -> None:
        if generation != self._generation:  # a newer read was asked for meanwhile
            return
        self.loading = True

        def job(db: sqlite_utils.Database, _progress: object) -> list[StaffListRow]:
            return staff_store.list_rows(db, include_inactive=True, scoped=True)

        def done(result: object) -> None:
            if generation == self._generation:  # else a newer read is on its way
                self.loading = False
                self.completed.emit(result)

        def failed(_exc: object) -> None:
            if generation == self._generation:  # e.g. the file went away: read it here
                done(staff_store.list_rows(self.db, include_inactive=True, scoped=True))

        self._tasks = [t for t in self._tasks if not t._thread.isFinished()]
        task = Task(self._parent, None, self.db_path, job)
        self._tasks.append(task)
        task.succeeded.connect(done)
        task.failed.connect(failed)
        task.start()
