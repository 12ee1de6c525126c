"""kill -9 at many points of the work that writes: a staff save, a staff import, a central
import, a sync export and a batch print, each through the real command line in a subprocess.

After every kill the database must pass ``PRAGMA integrity_check`` and be wholly before or
wholly after the operation (never half of it), and after the next start (one more run of the
command line) nothing may be left: no temporary package, no staging folder of half-printed
PDFs, no worker process. Kill points are fractions of the time an uninterrupted run took on
this machine (measured first, which also gives the "after" state), or, for the save loop,
a number of milliseconds after the driver says it is saving. Linux only (``/proc``).
"""

from __future__ import annotations

import csv
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs /proc")

MARK = "KINERJA_KILL9"
FRACTIONS = (0.3, 0.5, 0.7, 0.85, 0.97)
SAVE_DELAYS_MS = (0, 20, 50, 90, 140, 200, 270, 350, 450, 600)
PARALLEL = 3
GONE_TIMEOUT_S = 10.0
STAFF = 2000  # the office whose staff list is imported again: a few thousand rows
SMALL_STAFF = 400

DRIVER = """
import sys
from dataclasses import replace
from desktop.store.db import open_db
from desktop.store import staff as store
db = open_db(sys.argv[1])
person = store.get_staff(db, int(sys.argv[2]))
print("siap", flush=True)
i = 0
while True:
    i += 1
    person = store.save_staff(db, replace(person, alamat=f"v{i}"))
    print(i, flush=True)
"""


@dataclass
class Tally:
    points: int = 0
    corrupt: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    workers_at_kill: int = 0  # child processes (workers, resource tracker) alive at a kill
    left_at_kill: int = 0  # temporary files and staging folders the kills left

    def line(self) -> str:
        return (
            f"kill -9: {self.points} points, {len(self.corrupt)} corrupt, "
            f"{len(self.partial)} partial, {len(self.leftovers)} leftovers after the next "
            f"start (the kills left {self.workers_at_kill} child processes and "
            f"{self.left_at_kill} temporary files or staging folders)"
        )


@dataclass
class World:
    root: Path
    env: dict[str, str]
    office: Path  # a demo office with a year of appraisal
    small: Path  # a smaller one, for the export and the package the centre imports
    centre: Path  # an empty centre
    package: Path  # the office's first package
    import_file: Path  # staff the office does not have yet
    unit: str  # a unit whose batch takes a few seconds
    tahun: int


def point_env(world: World, mark: str) -> dict[str, str]:
    """Each kill point has its own data folder (where batches leave their pointers)."""
    return dict(world.env, XDG_DATA_HOME=str(world.root / mark / "xdg"))


def cli(world: World, db: Path, *args: str, mark: str = "", check: bool = True):
    env = point_env(world, mark) if mark else world.env
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db), *args],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert not check or done.returncode == 0, f"{args}: {done.stderr[-2000:]}"
    return done


def query(db: Path, sql: str) -> tuple:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()
    finally:
        conn.close()


def integrity(db: Path) -> str:
    return str(query(db, "PRAGMA integrity_check")[0])


def copy_db(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(src)
    target = sqlite3.connect(dst)
    conn.backup(target)
    target.close()
    conn.close()
    return dst


def marked_processes(mark: str) -> list[int]:
    """Living processes started with ``MARK=mark`` in their environment (zombies excluded)."""
    wanted = f"{MARK}={mark}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if wanted not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state not in ("Z", "X"):
            found.append(int(entry.name))
    return found


def wait_gone(mark: str) -> list[int]:
    """Wait (bounded) for every process of ``mark`` to end; what still lives is a leftover."""
    deadline = time.monotonic() + GONE_TIMEOUT_S
    while (alive := marked_processes(mark)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive


def run_killed(
    world: World, db: Path, args: list[str], delay_s: float, mark: str, workers: int = 0
) -> int:
    """Run, kill ``delay_s`` after the start (or after ``workers`` child processes are up),
    unless it ended before; returns the number of its child processes alive at the kill."""
    children = 0
    env = dict(point_env(world, mark), **{MARK: mark})
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", str(db), *args],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    while workers and proc.poll() is None and len(marked_processes(mark)) <= workers:
        time.sleep(0.02)  # the marker: the batch's workers have started
    try:
        proc.wait(timeout=delay_s)
    except subprocess.TimeoutExpired:
        children = len([p for p in marked_processes(mark) if p != proc.pid])
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    return children


def timed(func: Callable[[], object]) -> float:
    started = time.monotonic()
    func()
    return time.monotonic() - started


# -- the fixture data, built once ------------------------------------------------------------


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    root = tmp_path_factory.mktemp("kill9")
    env = dict(os.environ, XDG_DATA_HOME=str(root / "xdg"), KINERJA_LANG="id")
    env.pop(MARK, None)
    base = World(root, env, root / "office.sqlite", root / "small.sqlite", root / "centre.sqlite",
                 Path(), Path(), "", 0)  # fmt: skip
    cli(base, base.office, "demo", "--staff", str(STAFF))
    cli(base, base.small, "demo", "--staff", str(SMALL_STAFF), "--seed", "2")
    cli(base, base.centre, "sync", "role", "central", "--nama", "Pusat Uji")
    stick = root / "paket"
    stick.mkdir()
    cli(base, copy_db(base.small, root / "exporter.sqlite"), "sync", "export", "-o", str(stick))
    (package,) = stick.glob("*.kinerja")
    tahun = int(query(base.office, "SELECT max(tahun) FROM skp")[0])
    return World(
        root, env, base.office, base.small, base.centre, package,
        new_staff_file(base, root), batch_unit(base.office, tahun), tahun,
    )  # fmt: skip


def new_staff_file(world: World, root: Path) -> Path:
    """The office's staff list with every NIP's serial changed: as many people it lacks."""
    listed = root / "pegawai.csv"
    cli(world, world.office, "staff", "export", str(listed))
    with listed.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    head, body = rows[0], rows[1:]
    nip, drop = head.index("NIP"), [i for i, h in enumerate(head) if h in ("NIK", "Email")]
    taken = {r[nip] for r in body}
    for row in body:
        prefix, digits = row[nip][:-18], row[nip][-18:]  # a leading ' keeps CSV NIPs text
        for serial in range(999, 0, -1):
            candidate = f"{prefix}{digits[:15]}{serial:03d}"
            if candidate not in taken:
                taken.add(candidate)
                row[nip] = candidate
                break
        for i in drop:
            row[i] = ""
    target = root / "pegawai-baru.csv"
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([head, *body])
    return target


def batch_unit(db: Path, tahun: int) -> str:
    """A unit (with its sub-units) of 100–250 people with an SKP: a batch of a few seconds."""
    conn = sqlite3.connect(db)
    try:
        units = conn.execute("SELECT id, kode FROM unit ORDER BY length(kode), kode").fetchall()
        counts = dict(
            conn.execute(
                "SELECT s.unit_id, count(*) FROM staff s JOIN skp k ON k.staff_id = s.id "
                "WHERE k.tahun = ? GROUP BY s.unit_id",
                [tahun],
            ).fetchall()
        )
    finally:
        conn.close()
    best, best_count = units[0][1], 0
    for _id, kode in units:
        total = sum(n for uid, n in counts.items() if _kode_of(units, uid).startswith(kode))
        if 100 <= total <= 250:
            return kode
        if total > best_count:
            best, best_count = kode, total
    return best


def _kode_of(units: list[tuple[int, str]], unit_id: int) -> str:
    return next(kode for uid, kode in units if uid == unit_id)


# -- one kill point per scenario -------------------------------------------------------------


@dataclass
class Point:
    name: str
    work: Callable[[World, Tally, str], None]


NEXT_START = ("sync", "status", "--json")


def after_start(
    world: World, db: Path, mark: str, tally: Tally, label: str, args: tuple = NEXT_START
) -> None:
    """The next start, then nothing of the killed run may be left."""
    cli(world, db, *args, mark=mark)
    for pid in wait_gone(mark):
        tally.leftovers.append(f"{label}: process {pid} still running")
    registry = Path(point_env(world, mark)["XDG_DATA_HOME"]) / "KinerjaLuring" / "sementara"
    for item in registry.glob("*") if registry.exists() else []:
        tally.leftovers.append(f"{label}: pointer {item.name}")


def check_db(db: Path, tally: Tally, label: str) -> bool:
    result = integrity(db)
    if result != "ok":
        tally.corrupt.append(f"{label}: {result}")
        return False
    return True


def save_point(delay_ms: int) -> Point:
    def work(world: World, tally: Tally, mark: str) -> None:
        label = f"save+{delay_ms}ms"
        db = copy_db(world.office, world.root / mark / "k.sqlite")
        staff_id, uuid = query(db, "SELECT id, uuid FROM staff ORDER BY id LIMIT 1")
        staff_before = query(db, "SELECT count(*) FROM staff")[0]
        env = dict(point_env(world, mark), **{MARK: mark})
        proc = subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(db), str(staff_id)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "siap"
        started = time.monotonic()
        last = 0
        while time.monotonic() - started < delay_ms / 1000:
            line = proc.stdout.readline()
            last = int(line) if line.strip() else last
        proc.send_signal(signal.SIGKILL)
        for line in proc.stdout:  # what it printed before it died: committed saves
            last = int(line) if line.strip().isdigit() else last
        proc.wait()
        if not check_db(db, tally, label):
            return
        alamat = query(db, f"SELECT alamat FROM staff WHERE id = {staff_id}")[0] or ""
        saved = int(alamat[1:]) if alamat.startswith("v") else 0
        audits = query(
            db,
            "SELECT count(*) FROM audit_log WHERE action = 'update' AND table_name = 'staff' "
            f"AND row_uuid = '{uuid}'",
        )[0]
        staff_now = query(db, "SELECT count(*) FROM staff")[0]
        if saved not in (last, last + 1) or audits != saved or staff_now != staff_before:
            tally.partial.append(f"{label}: alamat v{saved}, {audits} audit rows, last {last}")
        after_start(world, db, mark, tally, label)

    return Point(f"save+{delay_ms}", work)


@dataclass
class Scenario:
    """A command killed at fractions of its measured run time, and how to read its state."""

    name: str
    args: Callable[[World, Path], list[str]]
    source: Callable[[World], Path]
    state: Callable[[World, Path], tuple]
    check: Callable[[World, Path, tuple, tuple, tuple], str] = lambda *a: ""
    cleanup_folder: Callable[[World, Path], Path | None] = lambda w, d: None
    next_start: Callable[[World, Path], tuple] = lambda w, d: NEXT_START
    workers: int = 0  # kill points count from when this many workers run (the run time / 2)
    baseline: tuple = ()
    after: tuple = ()
    seconds: float = 0.0

    def measure(self, world: World) -> None:
        db = copy_db(self.source(world), world.root / f"{self.name}-ukur" / "k.sqlite")
        self.baseline = self.state(world, db)
        self.seconds = timed(lambda: cli(world, db, *self.args(world, db)))
        self.after = self.state(world, db)
        assert self.after != self.baseline, f"{self.name} changed nothing"

    def point(self, fraction: float) -> Point:
        def work(world: World, tally: Tally, mark: str) -> None:
            label = f"{self.name}@{fraction:.2f}"
            db = copy_db(self.source(world), world.root / mark / "k.sqlite")
            delay = self.seconds * fraction / (2 if self.workers else 1)
            tally.workers_at_kill += run_killed(
                world, db, self.args(world, db), delay, mark, self.workers
            )
            folder = self.cleanup_folder(world, db)
            if folder is not None and folder.exists():
                tally.left_at_kill += len([i for i in folder.iterdir() if i.name[0] == "."])
            if not check_db(db, tally, label):
                return
            state = self.state(world, db)
            problem = self.check(world, db, state, self.baseline, self.after)
            if state not in (self.baseline, self.after) or problem:
                tally.partial.append(f"{label}: {state} {problem}")
            after_start(world, db, mark, tally, label, self.next_start(world, db))
            if folder is not None and folder.exists():
                for item in folder.iterdir():
                    if item.name.startswith("."):
                        tally.leftovers.append(f"{label}: {item.name}")

        return Point(f"{self.name}@{fraction}", work)


def _import_args(world: World, db: Path) -> list[str]:
    return ["staff", "import", str(world.import_file)]


def _central_args(world: World, db: Path) -> list[str]:
    receipts = db.parent / "tanda"
    receipts.mkdir(exist_ok=True)
    return ["sync", "import", str(world.package), "--trust-new", "--receipts", str(receipts),
            "--report", str(db.parent / "laporan.json")]  # fmt: skip


def _stick(db: Path) -> Path:
    stick = db.parent / "flashdisk"
    stick.mkdir(exist_ok=True)
    return stick


def _export_state(world: World, db: Path) -> tuple:
    logged = query(db, "SELECT count(*) FROM sync_export")[0]
    return (logged,)


def _export_check(world: World, db: Path, state: tuple, before: tuple, after: tuple) -> str:
    """Every package under a final name has its log row with its hash. (The next start is
    the next export to the stick: it must work and remove what the killed one left.)"""
    conn = sqlite3.connect(db)
    try:
        logged = dict(conn.execute("SELECT file_name, package_sha256 FROM sync_export"))
    finally:
        conn.close()
    import hashlib

    for item in _stick(db).glob("*.kinerja"):
        if logged.get(item.name) != hashlib.sha256(item.read_bytes()).hexdigest():
            return f"{item.name} on the stick without its log row"
    return ""


def _batch_args(world: World, db: Path) -> list[str]:
    return ["report", "batch", "--unit", world.unit, "--year", str(world.tahun), "--form",
            "skp", "--workers", "2", "-o", str(db.parent / "cetak" / "massal.pdf")]  # fmt: skip


def _batch_state(world: World, db: Path) -> tuple:
    logged = query(db, "SELECT count(*) FROM print_log")[0]
    return (logged,)


def _batch_check(world: World, db: Path, state: tuple, before: tuple, after: tuple) -> str:
    out = db.parent / "cetak" / "massal.pdf"
    if state == after and not out.exists():
        return "forms logged as printed but no PDF"
    if out.exists():
        data = out.read_bytes()
        if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
            return "a half-written PDF under the final name"
    return ""


SCENARIOS = [
    Scenario(
        "staff-import", _import_args, lambda w: w.office,
        lambda w, db: query(db, "SELECT count(*) FROM staff"),
    ),
    Scenario(
        "central-import", _central_args, lambda w: w.centre,
        lambda w, db: query(db, "SELECT (SELECT count(*) FROM central_row), "
                                "(SELECT count(*) FROM sync_package)"),
    ),
    Scenario(
        "export", lambda w, db: ["sync", "export", "-o", str(_stick(db))], lambda w: w.small,
        _export_state, _export_check, lambda w, db: _stick(db),
        lambda w, db: ("sync", "export", "-o", str(_stick(db))),
    ),
    Scenario(
        "batch", _batch_args, lambda w: w.office, _batch_state, _batch_check,
        lambda w, db: db.parent / "cetak", workers=2,
    ),
]  # fmt: skip


def _timed_point(point: Point, world: World, tally: Tally, mark: str) -> None:
    tally.seconds[point.name] = timed(lambda: point.work(world, tally, mark))


def test_kill9_leaves_no_corrupt_no_partial_and_no_leftovers(world: World, capsys):
    for scenario in SCENARIOS:
        scenario.measure(world)
    points = [save_point(ms) for ms in SAVE_DELAYS_MS]
    points += [s.point(f) for s in SCENARIOS for f in FRACTIONS]
    tally = Tally(points=len(points))
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        futures = [
            pool.submit(_timed_point, p, world, tally, f"k{n:02d}-{os.getpid()}")
            for n, p in enumerate(points)
        ]
        for future in futures:
            future.result()
    seconds = time.monotonic() - started
    measured = ", ".join(f"{s.name} {s.seconds:.1f} s" for s in SCENARIOS)
    with capsys.disabled():
        print(f"\n{tally.line()} in {seconds:.0f} s (uninterrupted runs: {measured})")
        slow = sorted(tally.seconds.items(), key=lambda kv: -kv[1])[:8]
        print("slowest points: " + ", ".join(f"{k} {v:.1f} s" for k, v in slow))
    shutil.rmtree(world.root / "xdg", ignore_errors=True)
    assert tally.points >= 30
    assert tally.corrupt == []
    assert tally.partial == []
    assert tally.leftovers == []
