"""Size and start times of the one-folder bundle beside their targets (a script, not a test).

    .venv/bin/python bench/bundle.py [--bundle build/bundle/dist/kinerja] [--build]
                                     [--staff 1500] [--runs 5]

Measured in the same run, side by side with the floors they cannot beat: ``kinerja --version``
against a bare ``python -c pass``, and start to a usable main window on the demo office (1,500
staff, the README's) against an empty Qt window started by the same Python. A window is usable
when the event loop runs after it is shown (``KINERJA_SMOKE=1`` prints that moment and quits).
Offscreen (no display needed); a real display adds the window manager's share.
Targets (issue 15): folder <= 120 MB, window <= 1.0 s, --version <= 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"size_mb": 120.0, "window_s": 1.0, "version_s": 0.5}
EMPTY_WINDOW = (
    "import time\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1024, 700); w.show()\n"
    "def ready():\n"
    "    print(f'KINERJA_WINDOW_READY {time.time():.3f}', flush=True); app.quit()\n"
    "QTimer.singleShot(0, ready)\n"
    "app.exec()\n"
)


def folder_mb(folder: Path, predicate=lambda p: True) -> float:
    total = sum(
        p.lstat().st_size
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
        if predicate(p)
    )
    return total / 1e6


def cpu_now() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wall(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of running ``cmd`` to its end."""
    cpu, started = cpu_now(), time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started, cpu_now() - cpu


def to_window(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from launching ``cmd`` to its usable window, CPU seconds of the whole run:
    an upper bound that a busy machine does not inflate)."""
    cpu, started = cpu_now(), time.time()
    out = subprocess.run(
        cmd, env=env, check=True, capture_output=True, text=True, timeout=120
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("KINERJA_WINDOW_READY"))
    return float(line.split()[1]) - started, cpu_now() - cpu


def median(fn, runs: int) -> tuple[float, float]:
    fn()  # warm-up: the first run pays for the disk cache
    results = [fn() for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def secs(pair: tuple[float, float]) -> str:
    return f"{pair[0]:.2f} s ({pair[1]:.2f} s CPU)"


def row(name: str, value: str, target: str, floor: str = "") -> None:
    print(f"{name:<31}{value:>22}   {target:<10}{floor}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "build/bundle/dist/kinerja")
    parser.add_argument("--build", action="store_true", help="build the bundle first")
    parser.add_argument("--staff", type=int, default=1500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.build:
        subprocess.run(["bash", str(ROOT / "scripts/bundle_smoke.sh")], check=True)
    exe = args.bundle / ("kinerja.exe" if os.name == "nt" else "kinerja")
    if not exe.exists():
        print(f"no bundle at {args.bundle}: run with --build (or scripts/bundle_smoke.sh)")
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="kinerja-bench-"))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KINERJA_DATA_DIR=str(tmp / "data"),
        XDG_CONFIG_HOME=str(tmp / "config"),
        XDG_STATE_HOME=str(tmp / "state"),
    )
    office = tmp / "demo.sqlite"
    started = time.perf_counter()
    subprocess.run(
        [str(exe), "--db", str(office), "demo", "--staff", str(args.staff)],
        env=env,
        check=True,
        capture_output=True,
    )
    demo_s = time.perf_counter() - started
    python = sys.executable

    size = folder_mb(args.bundle)
    icu = folder_mb(args.bundle, lambda p: p.name.startswith("libicu"))
    system = folder_mb(
        args.bundle,
        lambda p: p.parent.name == "_internal" and ".so" in p.name and "python" not in p.name,
    )
    version = median(lambda: wall([str(exe), "--version"], env), args.runs)
    bare = median(lambda: wall([python, "-c", "pass"], env), args.runs)
    window = median(
        lambda: to_window([str(exe), "--db", str(office)], dict(env, KINERJA_SMOKE="1")), args.runs
    )
    empty = median(lambda: to_window([python, "-c", EMPTY_WINDOW], env), args.runs)

    print(
        f"Kinerja Luring bundle {args.bundle} ({sys.platform}, offscreen, "
        f"median of {args.runs} after a warm-up; demo office of {args.staff} staff "
        f"built by the bundle in {demo_s:.1f} s; load average {os.getloadavg()[0]:.1f} on "
        f"{os.cpu_count()} CPUs)"
    )
    row("measure", "value", "target", "floor in the same run")
    row(
        "folder size",
        f"{size:.0f} MB",
        f"<= {TARGETS['size_mb']:.0f} MB",
        f"of which ICU data {icu:.0f} MB and system libraries {system:.0f} MB: Linux only",
    )
    row(
        "kinerja --version",
        secs(version),
        f"<= {TARGETS['version_s']} s",
        f"python -c pass {secs(bare)}",
    )
    row(
        "start to usable window (demo)",
        secs(window),
        f"<= {TARGETS['window_s']} s",
        f"empty Qt window (same Python, from source) {secs(empty)}",
    )
    ok = (
        size <= TARGETS["size_mb"],
        window[0] <= TARGETS["window_s"],
        version[0] <= TARGETS["version_s"],
    )
    print(
        "met: "
        + ", ".join(
            f"{n} {'yes' if m else 'NO'}"
            for n, m in zip(("size", "window", "version"), ok, strict=True)
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
