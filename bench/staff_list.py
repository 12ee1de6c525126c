"""Speed and memory of the staff list with 50,000 staff (a script, not a test).

    .venv/bin/python bench/staff_list.py [--db FILE] [--staff 50000] [--rebuild]

Builds (or reuses) an office with ``desktop.demo.build_demo`` when available, otherwise with
synthetic valid staff, then measures in a fresh process: start to a usable main window (shown,
first rows painted), time per filter keystroke, sorting by Nama and Gol., and peak RSS.
Targets: window < 1.5 s, keystroke < 50 ms, RSS < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from desktop.ui.main_window import MainWindow

T0_ENV = "KINERJA_BENCH_T0"
TARGETS = {"window_s": 1.5, "keystroke_ms": 50.0, "rss_mb": 300.0}
QUERIES = ("sit", "siti", "siti a", "1986", "guru")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default_db = Path(tempfile.gettempdir()) / "kinerja-50k.sqlite"
    parser.add_argument("--db", type=Path, default=default_db)
    parser.add_argument("--staff", type=int, default=50_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        return measure(args.db)
    if args.rebuild or not args.db.exists():
        build(args.db, args.staff)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env[T0_ENV] = repr(time.perf_counter())  # CLOCK_MONOTONIC: comparable across processes
    done = subprocess.run(
        [sys.executable, __file__, "--measure", "--db", str(args.db)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        print(done.stdout, done.stderr, file=sys.stderr)
        return done.returncode
    report(json.loads(done.stdout.strip().splitlines()[-1]))
    return 0


# -- building the office ---------------------------------------------------------------------
def build(path: Path, staff: int) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    from desktop.store.db import open_db

    started = time.perf_counter()
    db = open_db(path)
    try:
        from desktop.demo import build_demo  # type: ignore[attr-defined]
    except ImportError:
        build_synthetic(db, staff)
        how = "synthetic"
    else:
        build_demo(db, staff=staff, seed=1)
        how = "build_demo"
    db.close()
    print(f"built {staff:,} staff ({how}) in {time.perf_counter() - started:.1f} s: {path}")


def build_synthetic(db: Database, staff: int) -> None:
    """Units (1 instansi, 40 OPD, 4 bidang each) and valid PNS records, bulk-inserted."""
    from desktop.core.models import Unit, UnitJenis
    from desktop.store.history import insert_many
    from desktop.store.units import save_unit

    root = save_unit(
        db, Unit(kode="1", nama="Pemerintah Kabupaten Contoh", jenis=UnitJenis.INSTANSI)
    )
    leaves = []
    for o in range(1, 41):
        opd = save_unit(
            db,
            Unit(
                kode=f"1.{o:02d}", nama=f"Dinas Contoh {o}", jenis=UnitJenis.OPD, parent_id=root.id
            ),
        )
        leaves += [
            save_unit(
                db, Unit(kode=f"1.{o:02d}.{b}", nama=f"Bidang {b} Dinas {o}", parent_id=opd.id)
            ).id
            for b in range(1, 5)
        ]
    rng = random.Random(1)
    rows: dict[str, dict[str, object]] = {}
    while len(rows) < staff:
        row = _synthetic_row(rng, len(rows), leaves)
        rows.setdefault(str(row["nip"]), row)
    with db.atomic():
        insert_many(db, "staff", list(rows.values()))


_FIRST = (
    "Siti",
    "Budi",
    "Ahmad",
    "Dewi",
    "Agus",
    "Rina",
    "Joko",
    "Sri",
    "Eko",
    "Nur",
    "Rudi",
    "Yuni",
    "Hendra",
    "Fitri",
    "Dedi",
    "Ratna",
    "Irwan",
    "Lestari",
    "Bambang",
    "Wulan",
)
_LAST = (
    "Aminah",
    "Santoso",
    "Hidayat",
    "Lestari",
    "Saputra",
    "Rahmawati",
    "Wibowo",
    "Susanti",
    "Pratama",
    "Handayani",
    "Kurniawan",
    "Utami",
    "Gunawan",
    "Safitri",
)
_JABATAN = (
    "Guru Ahli Pertama",
    "Guru Ahli Muda",
    "Perawat Terampil",
    "Bidan Ahli Pertama",
    "Analis Kepegawaian Ahli Muda",
    "Pengadministrasi Umum",
    "Pranata Komputer Ahli Muda",
    "Penyuluh Pertanian Ahli Pertama",
    "Pengelola Keuangan",
    "Kepala Seksi",
)
_GOLONGAN = ("II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b")


def _synthetic_row(rng: random.Random, n: int, units: list[int]) -> dict[str, object]:
    birth_year = 1965 + rng.randrange(35)
    month, day = 1 + rng.randrange(12), 1 + rng.randrange(28)
    tmt_year = min(birth_year + 22 + rng.randrange(10), 2024)
    gender = "L" if n % 2 else "P"
    # serial = n spread over (tmt month, serial) so every NIP is unique
    tmt_month, serial = 1 + (n // 999) % 12, 1 + n % 999
    nip = (
        f"{birth_year}{month:02d}{day:02d}{tmt_year}{tmt_month:02d}"
        f"{'1' if gender == 'L' else '2'}{serial:03d}"
    )
    return {
        "nip": nip,
        "nama": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        "gelar_belakang": rng.choice(("", "S.Pd.", "S.Kom.", "S.E.", "A.Md.")),
        "tanggal_lahir": f"{birth_year}-{month:02d}-{day:02d}",
        "jenis_kelamin": gender,
        "status": "pns",
        "golongan": rng.choice(_GOLONGAN),
        "tmt_cpns": f"{tmt_year}-{tmt_month:02d}-01",
        "jabatan": rng.choice(_JABATAN),
        "unit_id": rng.choice(units),
    }


# -- measuring (in the fresh process) --------------------------------------------------------
def measure(db_path: Path) -> int:
    t0 = float(os.environ.get(T0_ENV, time.perf_counter()))
    window = _open_window(db_path)
    result: dict[str, object] = {
        "window_s": time.perf_counter() - t0,
        "rows": window.staff_model.rowCount(),
    }
    result.update(_time_typing(window))
    result.update(_time_sorting(window))
    result["rss_mb"] = _peak_rss_mb()
    print(json.dumps(result))
    window.close()
    return 0


def _open_window(db_path: Path) -> MainWindow:
    """Build the app as run_gui does and spin the loop until the first rows are painted."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from desktop.app import open_main_window, prepare_app
    from desktop.ui.settings import Settings

    settings = Settings(Path(tempfile.mkdtemp()) / "settings.ini")
    prepare_app(settings)
    window = open_main_window(db_path, settings)
    assert window is not None
    painted = {"rows": False}

    class PaintWatch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and window.staff_model.rowCount():
                painted["rows"] = True
            return False

    watch = PaintWatch(window)
    window.staff_panel.table.viewport().installEventFilter(watch)
    window.show()
    while not (window.windowHandle().isExposed() and painted["rows"]):
        QApplication.processEvents()
    return window


def _timed(action: Callable[[], object]) -> float:
    """Milliseconds for an action and the repaint it causes."""
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def _time_typing(window: MainWindow) -> dict[str, object]:
    from PySide6.QtTest import QTest

    edit = window.staff_panel.filter_edit
    edit.setFocus()
    per_query: dict[str, list[float]] = {}
    for query in QUERIES:
        _timed(edit.clear)
        per_query[query] = [_timed(lambda ch=ch: QTest.keyClick(edit, ch)) for ch in query]
        per_query[query].append(window.staff_model.rowCount())
    return {"keystrokes": per_query, "clear_ms": _timed(edit.clear)}


def _time_sorting(window: MainWindow) -> dict[str, float]:
    from PySide6.QtCore import Qt

    from desktop.ui.staff.model import GOLONGAN, NAMA

    header = window.staff_panel.table.horizontalHeader()  # as a click on the header does
    up, down = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    return {
        "sort_nama_ms": _timed(lambda: header.setSortIndicator(NAMA, up)),
        "sort_gol_ms": _timed(lambda: header.setSortIndicator(GOLONGAN, up)),
        "sort_gol_desc_ms": _timed(lambda: header.setSortIndicator(GOLONGAN, down)),
        "sort_gol_again_ms": _timed(lambda: header.setSortIndicator(GOLONGAN, up)),
    }


def _peak_rss_mb() -> float | None:
    """Peak resident memory of this process in MB.

    Linux: VmHWM from /proc (``ru_maxrss`` would include the parent's peak from before the
    fork, e.g. the 50k-row build); elsewhere ``ru_maxrss``; None on Windows.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    try:
        import resource
    except ImportError:  # Windows
        return None
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def _verdict_rows(result: dict) -> list[tuple[str, str, str, bool | None]]:
    keys = [ms for values in result["keystrokes"].values() for ms in values[:-1]]
    median, worst, rss = statistics.median(keys), max(keys), result["rss_mb"]
    limit = f"< {TARGETS['keystroke_ms']:.0f} ms"
    return [
        ("Start → window with rows painted", f"{result['window_s']:.2f} s",
         f"< {TARGETS['window_s']} s", result["window_s"] < TARGETS["window_s"]),
        ("Filter keystroke, median", f"{median:.1f} ms", limit, median < TARGETS["keystroke_ms"]),
        ("Filter keystroke, max", f"{worst:.1f} ms", limit, worst < TARGETS["keystroke_ms"]),
        ("Clear filter (all rows back)", f"{result['clear_ms']:.1f} ms", "", None),
        ("Sort by Nama", f"{result['sort_nama_ms']:.1f} ms", "", None),
        ("Sort by Gol. (rank)", f"{result['sort_gol_ms']:.1f} ms", "", None),
        ("Sort by Gol., descending", f"{result['sort_gol_desc_ms']:.1f} ms", "", None),
        ("Sort by Gol. again (cached order)", f"{result['sort_gol_again_ms']:.1f} ms", "", None),
        ("Peak RSS", "n/a" if rss is None else f"{rss:.0f} MB", f"< {TARGETS['rss_mb']:.0f} MB",
         None if rss is None else rss < TARGETS["rss_mb"]),
    ]  # fmt: skip


def report(result: dict) -> None:
    print(f"\nStaff list benchmark: {result['rows']:,} rows\n")
    print(f"{'Measure':<36} {'Result':>10}  {'Target':>9}")
    print("-" * 66)
    for name, value, target, ok in _verdict_rows(result):
        verdict = "" if ok is None else ("OK" if ok else "SLOW")
        print(f"{name:<36} {value:>10}  {target:>9}  {verdict}")
    print("\nPer query (ms per keystroke, then rows shown):")
    for query, values in result["keystrokes"].items():
        times = " ".join(f"{ms:5.1f}" for ms in values[:-1])
        print(f"  {query!r:<10} {times}  → {int(values[-1]):,} rows")


if __name__ == "__main__":
    sys.exit(main())
