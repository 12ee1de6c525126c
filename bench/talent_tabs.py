"""How long the JP and IP ASN tabs hold the window at 50,000 staff (a script, not a test):
the list read at once on the GUI thread (as below ``loading.BACKGROUND_STAFF`` active staff)
against the list read in a worker (above it), alternating in one process, on the office
``bench/talent.py`` builds and keeps.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/talent_tabs.py [--db FILE] [--year Y]
        [--runs 3]

Prints per tab and way the median time the GUI thread was blocked by ``show_for`` and the
time until the list was shown. Goal: the window answers within 100 ms while a kabupaten's
list is read.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "kinerja-talent-50k.sqlite"
    )
    parser.add_argument("--year", type=int, default=0, help="default: the talent page's year")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} is missing: run bench/talent.py --keep first", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from desktop.store import session as sessions
    from desktop.store import talent_scope
    from desktop.store.db import open_db
    from desktop.ui.main_window import MainWindow
    from desktop.ui.prompts import Prompts
    from desktop.ui.settings import Settings
    from desktop.ui.talent import loading
    from desktop.ui.talent.ipasn_tab import IpAsnTab
    from desktop.ui.talent.jp_tab import JpTab

    db = open_db(args.db)
    sessions.begin(sessions.Session(username="admin", nama="Bench"))
    window = MainWindow(db, args.db, Settings(Path(tempfile.mkdtemp()) / "s.ini"), Prompts())
    year = args.year or talent_scope.default_year(db)
    staff = db.execute("SELECT count(*) FROM staff WHERE aktif = 1").fetchone()[0]
    print(f"{staff:,} active staff, year {year}, {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}")  # fmt: skip
    ways = {"at once": 10**9, "in a worker": loading.BACKGROUND_STAFF}
    for cls in (JpTab, IpAsnTab):
        tab = cls(window.host)
        tab.resize(1000, 640)
        tab.show()
        app.processEvents()
        blocked: dict[str, list[float]] = {way: [] for way in ways}
        shown: dict[str, list[float]] = {way: [] for way in ways}
        for _ in range(args.runs):
            for way, limit in ways.items():
                loading.BACKGROUND_STAFF = limit
                started = time.perf_counter()
                tab.show_for(year, 0)
                returned = time.perf_counter()
                while tab.loads.busy():
                    app.processEvents()
                    time.sleep(0.005)
                blocked[way].append(returned - started)
                shown[way].append(time.perf_counter() - started)
        for way in ways:
            print(f"{cls.__name__:9} {way:12} GUI thread blocked "
                  f"{statistics.median(blocked[way]) * 1000:7.1f} ms; list shown after "
                  f"{statistics.median(shown[way]):.2f} s")  # fmt: skip
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
