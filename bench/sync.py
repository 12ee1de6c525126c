"""Speed of sync packages: export of a 10,000-staff office and central import of 20 of them,
into a SQLite centre or a PostgreSQL one, by 1 and by 4 importers at once (a script, not a
test).

    .venv/bin/python bench/sync.py [--staff 10000] [--offices 20] [--work DIR] [--rebuild]
        [--central sqlite|postgresql://user@host/db] [--importers 1,4] [--no-floor] [--wal]

Builds (or reuses, in ``--work``) demo offices with different seeds, each with a year of
appraisal, and one centre's keys (a template centre kept in ``--work``, so the packages,
encrypted to it as in the field, are exported once and reused), then measures:

- export: each office's full package (rows per second);
- floor: the same rows inserted into a SQLite centre table with a plain ``executemany`` in one
  transaction (rows already decoded, outside the clock);
- central import, for each importer count: a fresh centre with the template's keys (SQLite: a
  copy of the template file; PostgreSQL: a new database ``kinerja_bench_…`` on that server,
  dropped afterwards); with 1 importer all packages in one ``import_packages`` call, rows/s and
  peak RSS per package; with N, N processes each importing its share of the offices (one call
  each; on SQLite a busy centre is retried, since one file has one writer at a time; the
  safety copy a SQLite import takes first is left out there, as a server has none);
- with 1 importer, a repeated full package of the first office (every row looked up, the
  unseen-row anti-join): its peak RSS against the first package's;
- SIASN output of the year at the centre.

Targets: export and import within 3× of the floor; with 1 importer the last package's rows/s no
more than 20 % below the first's and the repeated full package's peak RSS within 1.3× of the
first package's. Peak RSS per package is the kernel's high-water mark (``VmHWM``), reset between
packages through ``/proc/self/clear_refs``. A SQLite batch this large runs with a rollback
journal (``backend.ROLLBACK_ROWS``); ``--wal`` keeps it in the WAL, to compare.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import StoreError
from desktop.demo import build_demo
from desktop.store.db import open_db
from desktop.sync import (
    Role,
    SyncError,
    TrustPolicy,
    backend,
    export_key_file,
    export_package,
    import_key_file,
    import_packages,
    keys,
    load_package,
    set_role,
    write_siasn,
)
from desktop.sync.backend import CACHE_MIB
from desktop.sync.encryption import decrypter
from desktop.sync.manifest import TOMBSTONES
from desktop.sync.merge import _INSERT, parse_rows
from desktop.sync.reader import member_bytes

TARGET = 3.0
STEADY = 0.8  # last package's rows/s at least this share of the first's
MEMORY = 1.3  # repeated full package's peak RSS at most this multiple of the first's
TRUST = TrustPolicy(any_new=True)
KEEP_WAL = "KINERJA_BENCH_WAL"  # set by --wal; spawned importers inherit it


def journal_choice() -> str:
    """Apply ``--wal`` in this process (also in each spawned importer); the journal named."""
    if os.environ.get(KEEP_WAL):
        backend.ROLLBACK_ROWS = sys.maxsize
        return "WAL (--wal)"
    return f"rollback journal for batches ≥ {backend.ROLLBACK_ROWS:,} rows, else WAL"


class PeakRss:
    """The process's peak resident memory since the last ``reset`` (Linux; else since start)."""

    def reset(self) -> None:
        with contextlib.suppress(OSError):
            Path("/proc/self/clear_refs").write_text("5")

    def read(self) -> float:
        """Peak RSS in MB."""
        with contextlib.suppress(OSError):
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class PerPackage:
    """A progress callback that notes the time and peak RSS at each package's end (the import
    counts every row twice: checked, then applied)."""

    def __init__(self, rows: list[int], peak: PeakRss, cpu: Callable[[], float]) -> None:
        self.ends = [2 * sum(rows[: n + 1]) for n in range(len(rows))]
        self.peak = peak
        self.cpu = cpu
        self.times: list[float] = []
        self.cpus: list[float] = []
        self.peaks: list[float] = []
        self.started = time.perf_counter()
        self.cpu_started = cpu()

    def __call__(self, done: int, _total: int) -> None:
        while len(self.times) < len(self.ends) and done >= self.ends[len(self.times)]:
            self.times.append(time.perf_counter())
            self.cpus.append(self.cpu())
            self.peaks.append(self.peak.read())
            self.peak.reset()

    def seconds(self) -> list[float]:
        marks = [self.started, *self.times]
        return [b - a for a, b in itertools.pairwise(marks)]

    def cpu_seconds(self) -> list[float]:
        marks = [self.cpu_started, *self.cpus]
        return [b - a for a, b in itertools.pairwise(marks)]


def cpu_clock(db: Any) -> Callable[[], float]:
    """CPU seconds of this process and, for a PostgreSQL centre, of its server process (on
    this machine): the work done, steadier than wall time on a shared, loaded machine."""
    pid = None
    with contextlib.suppress(Exception):
        pid = db.raw.execute("SELECT pg_backend_pid()").fetchone()[0]
    ticks = os.sysconf("SC_CLK_TCK")

    def read() -> float:
        spent = time.process_time()
        if pid is not None:
            with contextlib.suppress(OSError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                spent += (int(fields[11]) + int(fields[12])) / ticks
        return spent

    return read


@dataclass
class Package:
    path: Path
    rows: int


@dataclass
class Run:
    """One measured import: per package (rows, seconds, peak RSS MB, CPU seconds) and the
    wall time."""

    label: str
    importers: int
    packages: list[tuple[int, float, float, float]] = field(default_factory=list)
    wall: float = 0.0
    retries: int = 0

    @property
    def rate(self) -> float:
        return sum(p[0] for p in self.packages) / self.wall


# -- the centre, on either backend ------------------------------------------------------------


class Centres:
    """Fresh centres with the template's keys: SQLite copies or PostgreSQL databases."""

    def __init__(self, central: str, template: Path, run: Path) -> None:
        self.central, self.template, self.run = central, template, run
        self.made: list[str] = []

    @property
    def is_pg(self) -> bool:
        return self.central.startswith(("postgresql://", "postgres://"))

    def fresh(self, name: str) -> str:
        """A new empty centre; returns what ``open`` takes."""
        if not self.is_pg:
            path = self.run / f"{name}.sqlite"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            src = open_db(self.template)
            try:
                src.conn.execute(f"VACUUM INTO '{path}'")
            finally:
                src.close()
            return str(path)
        import psycopg
        from psycopg.conninfo import conninfo_to_dict, make_conninfo

        db_name = f"kinerja_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(self.central, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {db_name}")
        self.made.append(db_name)
        target = make_conninfo(self.central, dbname=db_name)
        assert conninfo_to_dict(target)["dbname"] == db_name
        _copy_centre_to_pg(self.template, target)
        return target

    def open(self, target: str) -> Any:
        from desktop.sync.pg import connect

        return connect(target) if self.is_pg else open_db(Path(target))

    def drop_all(self) -> None:
        if not self.is_pg:
            return
        import psycopg

        with psycopg.connect(self.central, autocommit=True) as admin:
            for name in self.made:
                admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _copy_centre_to_pg(template: Path, target: str) -> None:
    """A PostgreSQL centre with the SQLite template's identity and keys."""
    from desktop.sync.pg import connect

    src = open_db(template)
    db = connect(target, create=True)
    try:
        office_uuid, nama = src.execute("SELECT office_uuid, nama_kantor FROM office").fetchone()
        with db.atomic():
            db.raw.execute(
                "UPDATE office SET office_uuid = %s, nama_kantor = %s", [office_uuid, nama]
            )
            db.raw.execute("UPDATE sync_config SET role = 'central'")
            for row in src.execute(
                "SELECT purpose, private_key, public_key, created_at FROM sync_key"
            ):
                db.raw.execute("INSERT INTO sync_key VALUES (%s, %s, %s, %s)", list(row))
            columns = (
                "office_uuid, nama, instansi, sign_key, fingerprint, registered_at, "
                "registered_by, registered_how"
            )
            for row in src.execute(f"SELECT {columns} FROM sync_office"):
                db.raw.execute(
                    f"INSERT INTO sync_office ({columns}) VALUES ({', '.join(['%s'] * 8)})",
                    list(row),
                )
    finally:
        src.close()
        db.close()


# -- importing ----------------------------------------------------------------------------------


def import_one(centres: Centres, target: str, packages: list[Package], label: str) -> Run:
    """All packages in one call, per-package rows/s and peak RSS."""
    journal_choice()
    db = centres.open(target)
    peak = PeakRss()
    peak.reset()
    watch = PerPackage([p.rows for p in packages], peak, cpu_clock(db))
    try:
        started = watch.started = time.perf_counter()
        report = import_packages(db, [p.path for p in packages], trust=TRUST, progress=watch)
        wall = time.perf_counter() - started
    finally:
        db.close()
    assert report.ok, report.lines()[-1]
    each = watch.seconds()
    run = Run(label, 1, wall=wall)
    cpus = watch.cpu_seconds()
    run.packages = [
        (p.rows, s, m, c) for p, s, m, c in zip(packages, each, watch.peaks, cpus, strict=True)
    ]
    return run


def _worker(args: tuple[str, str, str, list[tuple[str, int]], bool]) -> tuple[list, float, int]:
    """One of N importers (a process): its packages in one call; a busy SQLite centre is
    retried (one file, one writer). Returns per-package figures, its seconds and retries."""
    central, template, target, items, no_backup = args
    centres = Centres(central, Path(template), Path(target).parent)
    packages = [Package(Path(p), r) for p, r in items]
    if no_backup:
        backend.safety_copy = lambda *_a, **_k: None  # type: ignore[assignment]
    retries = 0
    started = time.perf_counter()
    while True:
        try:
            run = import_one(centres, target, packages, "")
            break
        except StoreError as exc:
            if exc.code != "busy":
                raise
            retries += 1
            time.sleep(0.5)
    return run.packages, time.perf_counter() - started, retries


def import_many(
    centres: Centres, target: str, packages: list[Package], importers: int, label: str
) -> Run:
    """N processes at once (each a fresh process, as ``kinerja sync import`` is), each with
    every N-th office's package; with one, the SQLite safety copy is taken as usual."""
    shares = [packages[n::importers] for n in range(importers)]
    jobs = [
        (centres.central, str(centres.template), target,
         [(str(p.path), p.rows) for p in share], importers > 1)
        for share in shares
    ]  # fmt: skip
    context = multiprocessing.get_context("spawn")
    started = time.perf_counter()
    with context.Pool(importers) as pool:
        results = pool.map(_worker, jobs)
    run = Run(label, importers, wall=time.perf_counter() - started)
    for figures, _secs, retries in results:
        run.packages.extend(figures)
        run.retries += retries
    return run


def _repeat_worker(args: tuple[str, str, str, str, str]) -> tuple[int, float, float, float]:
    central, template, target, office_path, stick = args
    centres = Centres(central, Path(template), Path(target).parent)
    return repeated(centres, target, Path(office_path), Path(stick))


def repeat_in_fresh_process(
    centres: Centres, target: str, office_path: Path, stick: Path
) -> tuple[int, float, float, float]:
    """``repeated`` in a new process, as the first packages were imported: a later import
    is a new ``kinerja sync import``, so both peaks start from the same empty process."""
    job = (centres.central, str(centres.template), target, str(office_path), str(stick))
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(_repeat_worker, (job,))


def repeated(
    centres: Centres, target: str, office_path: Path, stick: Path
) -> tuple[int, float, float, float]:
    """The first office's next full package into the full centre (every row looked up, the
    unseen-row anti-join): (rows, seconds without the backup taken before it, seconds of that
    backup, peak RSS MB)."""
    office = open_db(office_path)
    try:
        result = export_package(office, stick, full=True)
    finally:
        office.close()
    journal_choice()
    backup_s: list[float] = []
    backup = backend.safety_copy

    def timed_backup(*args, **kwargs):
        started = time.perf_counter()
        try:
            return backup(*args, **kwargs)
        finally:
            backup_s.append(time.perf_counter() - started)

    db = centres.open(target)
    peak = PeakRss()
    peak.reset()
    backend.safety_copy = timed_backup
    try:
        started = time.perf_counter()
        report = import_packages(db, [result.path], trust=TRUST)
        secs = time.perf_counter() - started
    finally:
        backend.safety_copy = backup
        db.close()
    assert report.ok, report.lines()[-1]
    assert report.outcomes[0].counts["unchanged"] > 0
    assert report.outcomes[0].counts["new"] == 0
    return result.total_rows, secs - sum(backup_s), sum(backup_s), peak.read()


# -- set-up -------------------------------------------------------------------------------------


def build(work: Path, seed: int, staff: int, rebuild: bool) -> Path:
    """A demo office per seed, kept between runs (its export log grows; exports are full)."""
    path = work / f"kantor-{staff}-{seed:02d}.sqlite"
    if rebuild and path.exists():
        path.unlink()
    if not path.exists():
        started = time.perf_counter()
        db = open_db(path)
        try:
            build_demo(db, staff=staff, seed=seed)
        finally:
            db.close()
        print(f"  built {path.name} in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def export_all(work: Path, offices: list[Path], staff: int) -> tuple[Path, list[Package], list]:
    """The template centre and each office's full package, encrypted to it (made once, kept in
    ``work/packages-<staff>``); returns them with the export seconds of this run (empty when
    reused)."""
    folder = work / f"packages-{staff}"
    template = folder / "pusat-template.sqlite"
    listing = folder / "packages.txt"
    if listing.exists() and template.exists():
        lines = [line.split("\t") for line in listing.read_text().splitlines()]
        if len(lines) == len(offices):
            return template, [Package(Path(p), int(r)) for p, r in lines], []
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "flashdisk").mkdir(parents=True)
    centre = open_db(template)
    set_role(centre, Role.CENTRAL)
    key_file, _ = export_key_file(centre, folder / "pusat.kinerja-kunci")
    centre.close()
    packages, export_s = [], []
    for path in offices:
        office = open_db(path)
        try:
            with contextlib.suppress(SyncError):  # already holds this centre's key
                import_key_file(office, key_file)
            started = time.perf_counter()
            result = export_package(office, folder / "flashdisk", full=True)
            export_s.append(time.perf_counter() - started)
            office_key, _ = export_key_file(office, folder / f"{path.stem}.kinerja-kunci")
        finally:
            office.close()
        centre = open_db(template)  # registered the trusted way: no first contact in the runs
        try:
            import_key_file(centre, office_key)
        finally:
            centre.close()
        packages.append(Package(result.path, result.total_rows))
        print(f"  export {path.name}: {result.total_rows:,} rows, {result.size / 1e6:.1f} MB, "
              f"{export_s[-1]:.2f} s", flush=True)  # fmt: skip
    listing.write_text("".join(f"{p.path}\t{p.rows}\n" for p in packages))
    return template, packages, export_s


def floor(
    template: Path, packages: list[Package], path: Path, *, cache_mib: int = 0
) -> tuple[list[float], float]:
    """Seconds per package to insert its rows with executemany into the centre table, all in
    one transaction, and seconds of the commit; decrypting and cutting the rows happens outside
    the clock. ``cache_mib`` gives it the page cache the import uses (0: SQLite's default)."""
    centre = open_db(template)
    box = keys.own_key(centre, keys.BOX)
    centre.close()
    db = open_db(path)
    if cache_mib:
        db.conn.execute(f"PRAGMA cache_size = -{cache_mib * 1024}")
    each: list[float] = []
    try:
        db.conn.execute("BEGIN")
        for n, package in enumerate(packages, start=1):
            elapsed = 0.0
            pkg = load_package(package.path)
            m = pkg.manifest
            decrypt = decrypter(box, m.encryption, m.package_id) if m.encryption else None
            for member in m.members:
                if member.table == TOMBSTONES:
                    continue
                rows = [
                    (member.table, u, m.office.uuid, d, a, r, o, n)
                    for u, r, a, o, d in parse_rows(member_bytes(pkg, member, decrypt), member.rows)
                ]
                started = time.perf_counter()
                db.conn.executemany(_INSERT, rows)
                elapsed += time.perf_counter() - started
            each.append(elapsed)
        started = time.perf_counter()
        db.conn.execute("COMMIT")
        commit = time.perf_counter() - started
    finally:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return each, commit


# -- the report ---------------------------------------------------------------------------------


def print_run(run: Run, floor_each: list[float] | None) -> None:
    print()
    retries = f", {run.retries} busy retries" if run.retries else ""
    print(f"== {run.label}: {run.importers} importer(s), {run.rate:,.0f} rows/s overall "
          f"({run.wall:.1f} s wall{retries})")  # fmt: skip
    head = "package      rows   import rows/s  rows/CPU-s  peak RSS MB"
    print(head + ("  floor rows/s" if floor_each else ""))
    for n, (rows, secs, mb, cpu) in enumerate(run.packages, start=1):
        fl = f"  {rows / floor_each[n - 1]:>12,.0f}" if floor_each and run.importers == 1 else ""
        print(f"{n:>7} {rows:>9,} {rows / secs:>15,.0f} {rows / cpu:>11,.0f} {mb:>12,.0f}{fl}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--staff", type=int, default=10_000)
    parser.add_argument("--offices", type=int, default=20)
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "kinerja-bench-sync"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the demo offices again")
    parser.add_argument("--central", default="sqlite", help="sqlite, or a postgresql:// URL")
    parser.add_argument("--importers", default="1,4", help="importer counts, e.g. 1,4")
    parser.add_argument("--no-floor", action="store_true", help="skip the executemany floor")
    parser.add_argument("--no-repeat", action="store_true", help="skip the repeated package")
    parser.add_argument("--wal", action="store_true", help="SQLite: no rollback journal")
    args = parser.parse_args()
    if args.wal:
        os.environ[KEEP_WAL] = "1"
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
    offices = [
        build(args.work, seed, args.staff, args.rebuild) for seed in range(1, args.offices + 1)
    ]
    template, packages, export_s = export_all(args.work, offices, args.staff)
    run_dir = args.work / ("run-postgresql" if args.central != "sqlite" else "run-sqlite")
    shutil.rmtree(run_dir, ignore_errors=True)
    (run_dir / "flashdisk").mkdir(parents=True)
    total = sum(p.rows for p in packages)
    floor_each: list[float] | None = None
    floor_rate = cached_rate = None
    if not args.no_floor:
        each, commit = floor(template, packages, run_dir / "floor.sqlite")
        floor_rate = total / (sum(each) + commit)
        floor_each, commit = floor(
            template, packages, run_dir / "floor-cache.sqlite", cache_mib=CACHE_MIB
        )
        cached_rate = total / (sum(floor_each) + commit)

    centres = Centres(args.central, template, run_dir)
    kind = "PostgreSQL" if centres.is_pg else "SQLite"
    runs: list[Run] = []
    repeat = None
    siasn_line = ""
    try:
        for n in [int(x) for x in args.importers.split(",")]:
            target = centres.fresh(f"pusat-{n}")
            label = f"{kind} centre"
            run = import_many(centres, target, packages, n, label)
            if n == 1:
                if not args.no_repeat:
                    repeat = repeat_in_fresh_process(
                        centres, target, offices[0], run_dir / "flashdisk"
                    )
                siasn_line = siasn(centres, target, run_dir)
            runs.append(run)
            print_run(run, floor_each)
    finally:
        centres.drop_all()

    print()
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"offices: {len(offices)} × {args.staff:,} staff; rows per package: "
          f"{packages[0].rows:,}; all packages: {total:,} rows; centre: {kind}")  # fmt: skip
    if not centres.is_pg:
        print(f"SQLite journal: {journal_choice()}")
    if export_s:
        one, every = packages[0].rows / export_s[0], total / sum(export_s)
        print(f"export, one office: {one:,.0f} rows/s; all offices: {every:,.0f} rows/s "
              f"({sum(export_s):.1f} s)")  # fmt: skip
    if floor_rate:
        print(f"floor (SQLite executemany, one transaction): {floor_rate:,.0f} rows/s; with the "
              f"import's {CACHE_MIB} MB cache: {cached_rate:,.0f} rows/s")  # fmt: skip
    ok = True
    for run in runs:
        vs = f"  floor/import = {floor_rate / run.rate:.2f}×" if floor_rate else ""
        top = max(p[2] for p in run.packages)
        print(f"central import, {kind}, {run.importers} importer(s): {run.rate:>10,.0f} rows/s "
              f"({run.wall:.1f} s){vs}; peak RSS max {top:,.0f} MB")  # fmt: skip
    one = next((r for r in runs if r.importers == 1), None)
    if one is not None:
        first, last = one.packages[0], one.packages[-1]
        steady = (last[0] / last[1]) / (first[0] / first[1])
        steady_cpu = (last[0] / last[3]) / (first[0] / first[3])
        ok = ok and steady >= STEADY
        print(f"rows/s, last package / first: {steady:.2f} ({first[0] / first[1]:,.0f} → "
              f"{last[0] / last[1]:,.0f}); target ≥ {STEADY}: "
              f"{'met' if steady >= STEADY else 'MISSED'}; per CPU second: {steady_cpu:.2f} "
              f"({first[0] / first[3]:,.0f} → {last[0] / last[3]:,.0f})")  # fmt: skip
        if repeat is not None:
            rows, secs, backup_s, mb = repeat
            ratio = mb / first[2]
            ok = ok and ratio <= MEMORY
            print(f"repeated full package: {rows:,} rows, {rows / secs:,.0f} rows/s "
                  f"(+ {backup_s:.1f} s backup before it), peak RSS {mb:,.0f} MB = {ratio:.2f}× "
                  f"the first package's ({'met' if ratio <= MEMORY else 'MISSED'}, "
                  f"target ≤ {MEMORY}×)")  # fmt: skip
        print(siasn_line)
    return 0 if ok else 1


def siasn(centres: Centres, target: str, run_dir: Path) -> str:
    db = centres.open(target)
    try:
        tahun = db.execute(
            "SELECT max(json_extract(data, '$.tahun')) FROM central_row WHERE table_name = 'skp'"
        ).fetchone()[0]
        folder = run_dir / f"siasn-{uuid.uuid4().hex[:6]}"
        folder.mkdir()
        started = time.perf_counter()
        result = write_siasn(db, int(tahun), folder)
        secs = time.perf_counter() - started
    finally:
        db.close()
    return f"SIASN {tahun}: {result.annual + result.periodic:,} records in {secs:.1f} s"


if __name__ == "__main__":
    sys.exit(main())
