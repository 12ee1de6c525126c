"""Slow work in a worker thread: its own connection, progress, cancel, errors."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.errors import Cancelled, StoreError
from desktop.ui.tasks import Task


def test_a_task_reports_its_result_from_its_own_connection(qtbot, fresh_db, db_path):
    main_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def job(db, progress):
        seen["thread"] = threading.get_ident()
        seen["same_connection"] = db is fresh_db
        progress(1, 1)
        return db.execute("SELECT count(*) FROM ref_golongan").fetchone()[0]

    parent = QWidget()
    qtbot.addWidget(parent)
    with qtbot.waitSignal(Task(parent, "…", db_path, job).start().succeeded) as outcome:
        pass
    assert outcome.args[0] > 0
    assert seen["thread"] != main_thread and seen["same_connection"] is False


def test_cancel_stops_the_job_through_its_progress_callback(qtbot, db_path, fresh_db):
    started = threading.Event()

    def job(_db, progress):
        started.set()
        for done in range(10_000_000):
            if not progress(done, 10_000_000):
                raise Cancelled()
        return "finished"

    parent = QWidget()
    qtbot.addWidget(parent)
    task = Task(parent, "…", db_path, job)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.start()
        qtbot.waitUntil(started.is_set)
        qtbot.waitUntil(task.progress.isVisible)  # shown after 0.4 s of work
        batal = task.progress.findChild(QPushButton)
        assert batal.text() == "Batal"
        qtbot.mouseClick(batal, Qt.MouseButton.LeftButton)


def test_a_failing_job_hands_over_its_exception(qtbot, db_path, fresh_db):
    def job(_db, _progress):
        raise StoreError("disk_full")

    parent = QWidget()
    qtbot.addWidget(parent)
    with qtbot.waitSignal(Task(parent, "…", db_path, job).start().failed) as outcome:
        pass
    assert isinstance(outcome.args[0], StoreError) and outcome.args[0].code == "disk_full"
