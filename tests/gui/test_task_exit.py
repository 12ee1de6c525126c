"""Closing the app while a background read runs (the appraisal page of a 50,000-staff office
opens its table in a worker) waits for the worker instead of aborting the process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    from PySide6.QtWidgets import QApplication, QWidget
    from desktop.store.db import open_db
    from desktop.ui.tasks import Task

    app = QApplication([])
    db_path = Path(sys.argv[1])
    open_db(db_path).close()
    started = threading.Event()

    def job(db, _progress):
        started.set()
        sql = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
               "WHERE x < 2000000) SELECT count(*) FROM c")
        return db.execute(sql).fetchone()[0]

    window = QWidget()
    Task(window, None, db_path, job).start()
    started.wait()
    print("quitting while the job runs", flush=True)
    """
)


def test_quitting_while_a_task_runs_ends_cleanly(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "office.sqlite")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert "quitting while the job runs" in done.stdout
    assert "Destroyed while thread" not in done.stderr
    assert done.returncode == 0, done.stderr
