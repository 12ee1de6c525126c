"""Speed of the appraisal workspace with 10,000 staff and a year of quarterly evaluations
(a script, not a test).

    .venv/bin/python bench/appraisal.py [--db FILE] [--staff 10000] [--rebuild] [--runs 7]

Builds (or reuses) the demo office with its appraisal year (``desktop.demo.build_demo``), picks
the unit whose subtree is nearest to 500 active staff, and measures offscreen, median of
``--runs``:

* open: ``AppraisalWorkspace.set_unit`` — the store query, the table model, the top bar, the
  distribution chart and panel — until the widget has painted. The FIRST open (what a person
  waits for: cold statement cache, first model build, first paint) is printed beside the warm
  repeats (median) and their floor (the fastest repeat), for the ~500-staff unit and for
  "Semua unit" (every active employee of the database);
* store load alone (``store.workspace.load_workspace``);
* recompute after one rating change: one evaluation's rating changed through the store, then
  the workspace reloaded and repainted (what the screen does after an editor saves).

Goal (issue 12): workspace first open <= 100 ms; the older "asked" limit was < 300 ms for open
and recompute. The exit status follows the goal for the first open of the ~500-staff unit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 300.0  # the limit first asked for (open, recompute)
GOAL_FIRST_MS = 100.0  # issue 12: the first open of a unit's workspace
YEAR, PERIOD = 2025, "TW4"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "kinerja-10k.sqlite"
    )
    parser.add_argument("--staff", type=int, default=10_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if args.rebuild or not args.db.exists():
        build(args.db, args.staff)
    return measure(args.db, args.runs)


def build(path: Path, staff: int) -> None:
    from desktop.demo import build_demo
    from desktop.store.db import open_db

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_db(path)
    started = time.perf_counter()
    summary = build_demo(db, staff=staff, seed=1)
    db.close()
    print(f"demo office: {staff} staff with the {YEAR} appraisal year built in "
          f"{time.perf_counter() - started:.1f} s")  # fmt: skip
    print(f"  {summary}")


def pick_unit(db) -> tuple[int, set[int], int]:
    """The unit whose subtree holds the number of active staff nearest to 500."""
    from desktop.store.units import staff_counts, unit_tree

    tree, own = unit_tree(db), staff_counts(db)
    sizes = {u: sum(own.get(s, 0) for s in tree.subtree_ids(u)) for u in tree.by_id}
    unit_id = min(sizes, key=lambda u: (abs(sizes[u] - 500), u))
    return unit_id, tree.subtree_ids(unit_id), sizes[unit_id]


def once(action: Callable[[], object]) -> float:
    """Milliseconds of one run of ``action``."""
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def timed(runs: int, action: Callable[[], object]) -> float:
    """Median milliseconds of ``action`` over ``runs`` runs (after one warm-up)."""
    return repeats(runs, action)[0]


def repeats(runs: int, action: Callable[[], object]) -> tuple[float, float]:
    """(median, fastest) milliseconds of ``action`` over ``runs`` runs after one warm-up."""
    action()
    samples = [once(action) for _ in range(runs)]
    return statistics.median(samples), min(samples)


def measure(path: Path, runs: int) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.core.appraisal import Rating
    from desktop.store import evaluasi as ev_store
    from desktop.store.db import open_db
    from desktop.store.workspace import load_workspace
    from desktop.ui.appraisal import AppraisalWorkspace
    from desktop.ui.compat import keep_singletons_alive

    keep_singletons_alive()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_db(path)
    unit_id, unit_ids, size = pick_unit(db)
    name = db.execute("SELECT kode || ' ' || nama FROM unit WHERE id = ?", [unit_id]).fetchone()[0]
    workspace = AppraisalWorkspace(db, path)
    workspace.resize(1280, 760)
    workspace.show()
    workspace.top.year.setValue(YEAR)
    workspace.top.period.setCurrentIndex(3)  # TW4: rated, drafts and missing ones
    app.processEvents()

    def open_only() -> None:  # set_unit always re-reads: a full open of the unit each time
        workspace.set_unit(unit_id, unit_ids)
        workspace.repaint()

    every_unit = {int(r[0]) for r in db.execute("SELECT id FROM unit")}

    def open_all() -> None:  # "Semua unit": the page as it is restored at start-up
        workspace.set_unit(0, every_unit)
        workspace.repaint()

    first_ms = once(open_only)  # before anything else reads these rows
    open_ms, open_floor = repeats(runs, open_only)
    store_ms = timed(runs, lambda: load_workspace(db, unit_id, unit_ids, YEAR, PERIOD))
    first_all_ms = once(open_all)
    all_ms, all_floor = repeats(max(3, runs // 2), open_all)
    all_rows = workspace.model.rowCount()
    open_only()
    rows = workspace.model.rowCount()
    evaluasi_id = next(r.evaluasi_id for r in workspace.workspace.rows if r.predikat and
                       r.eval_status == "dinilai")  # fmt: skip
    flip = [Rating.DI_ATAS, Rating.SESUAI]

    def change_one() -> None:
        ev = ev_store.get_evaluasi(db, evaluasi_id)
        ev.rating_perilaku = flip[0] if ev.rating_perilaku != flip[0] else flip[1]
        ev_store.save_evaluasi(db, ev)

    def recompute() -> None:
        change_one()
        workspace.reload()
        workspace.repaint()

    save_ms = timed(runs, change_one)
    recompute_ms = timed(runs, recompute)
    counts = workspace.workspace.counts
    print(f"unit: {name} — {size} active staff in its subtree, {rows} rows shown ({PERIOD} {YEAR})")
    print("  counts: " + ", ".join(f"{p.label} {n}" for p, n in counts.items()) +
          f"; not yet set {workspace.workspace.not_set_count}")  # fmt: skip
    print(f"  {'open workspace (store + model + view + chart, painted)':<56} "
          f"{'first':>8} {'warm':>8} {'floor':>8}   goal")  # fmt: skip
    opens = [
        (f"  unit of {size} staff", first_ms, open_ms, open_floor),
        (f"  Semua unit ({all_rows} rows)", first_all_ms, all_ms, all_floor),
    ]
    for label, first, warm, floor in opens:
        verdict = "ok" if first <= GOAL_FIRST_MS else "MISSED"
        print(f"  {label:<56} {first:8.1f} {warm:8.1f} {floor:8.1f}   "
              f"first <= {GOAL_FIRST_MS:.0f} ms: {verdict}")  # fmt: skip
    results = {
        "store load alone (load_workspace, warm median)": (store_ms, None),
        "save one rating (store.save_evaluasi)": (save_ms, None),
        "recompute after one rating change (save + reload + paint)": (recompute_ms, TARGET_MS),
    }
    for label, (ms, target) in results.items():
        verdict = ""
        if target is not None:
            verdict = "  ok" if ms < target else f"  MISSED (asked < {target:.0f} ms)"
        print(f"  {label:<60} {ms:8.1f} ms{verdict}")
    db.close()
    return 0 if first_ms <= GOAL_FIRST_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
