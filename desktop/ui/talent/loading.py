"""How a talent tab reads its list: at once (under the busy cursor) for an office of up to
``BACKGROUND_STAFF`` active staff, else in a worker with its own connection while the tab says
it is loading, so a whole kabupaten's ledger does not freeze the window for seconds (the JP
ledger and the IP ASN pre-check take 1.5–3 s of CPU at 50,000 staff). The newest request wins:
a year or unit chosen while a worker reads shows that choice, never the older one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlite_utils
from PySide6.QtWidgets import QWidget

from desktop.core.errors import KinerjaError
from desktop.ui.host import FeatureHost
from desktop.ui.tasks import BACKGROUND_STAFF, Task
from desktop.ui.widgets import busy_cursor

Read = Callable[[sqlite_utils.Database], Any]


class LatestLoad:
    """One tab's reads; ``run`` supersedes any read still in a worker."""

    def __init__(self, widget: QWidget, host: FeatureHost) -> None:
        self.widget, self.host = widget, host
        self.generation = 0
        self.task: Task | None = None

    def run(
        self,
        read: Read,
        shown: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        waiting: Callable[[], None],
    ) -> None:
        """``shown(read(db))``, or ``failed(exc)``; ``waiting()`` first when it goes to a
        worker."""
        self.generation += 1
        generation = self.generation
        if not self._large():
            try:
                with busy_cursor():
                    result = read(self.host.db)
            except KinerjaError as exc:
                failed(exc)
                return
            shown(result)
            return
        waiting()
        task = Task(self.widget, None, self.host.db_path, lambda db, _progress: read(db))
        task.succeeded.connect(lambda result: self._done(generation, shown, result))
        task.failed.connect(lambda exc: self._done(generation, failed, exc))
        self.task = task.start()

    def busy(self) -> bool:
        """A read is still in a worker."""
        return self.task is not None

    def _done(self, generation: int, then: Callable[[Any], None], value: Any) -> None:
        if generation == self.generation:  # else a newer choice is on its way
            self.task = None
            then(value)

    def _large(self) -> bool:
        row = self.host.db.execute("SELECT count(*) FROM staff WHERE aktif = 1").fetchone()
        return int(row[0]) > BACKGROUND_STAFF
