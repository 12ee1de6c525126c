"""Speed of sync packages: export of a 10,000-staff office and central import of 20 of them
(a script, not a test).

    .venv/bin/python bench/sync.py [--staff 10000] [--offices 20] [--work DIR] [--rebuild]

Builds (or reuses, in ``--work``) demo offices with different seeds, each with a year of
appraisal, gives them a fresh centre's key (so packages are encrypted, as in the field),
then measures:

- export: one office's full package (rows per second), then the other offices' packages;
- floor: the same rows inserted into the centre's table with a plain ``executemany`` in one
  transaction (rows already decoded, outside the clock);
- central import: all packages in one ``import_packages`` call (verify, decrypt, merge,
  receipts), with rows/s and peak RSS per package beside the floor's rows/s for the same
  package;
- a repeated full package of the first office (the unseen-row anti-join path): its peak RSS
  against the first package's;
- SIASN output of the year at the centre.

Targets: export and import within 3× of the floor (rows per second); the import's rows/s of
the last package no more than 20 % below the first; the repeated full package's peak RSS
within 1.3× of the first package's. Peak RSS per package is the kernel's high-water mark
(``VmHWM``), reset between packages through ``/proc/self/clear_refs``.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import shutil
import sys
import tempfile
import time
from pathlib import Path

from desktop.demo import build_demo
from desktop.store.db import open_db
from desktop.sync import (
    Role,
    SyncError,
    TrustPolicy,
    central,
    export_key_file,
    export_package,
    import_key_file,
    import_packages,
    keys,
    load_package,
    set_role,
    write_siasn,
)
from desktop.sync.central import CACHE_MIB
from desktop.sync.encryption import decrypter
from desktop.sync.manifest import TOMBSTONES
from desktop.sync.merge import _INSERT, parse_rows
from desktop.sync.reader import member_bytes

TARGET = 3.0
STEADY = 0.8  # last package's rows/s at least this share of the first's
MEMORY = 1.3  # repeated full package's peak RSS at most this multiple of the first's


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

    def __init__(self, rows: list[int], peak: PeakRss) -> None:
        self.ends = [2 * sum(rows[: n + 1]) for n in range(len(rows))]
        self.peak = peak
        self.times: list[float] = []
        self.peaks: list[float] = []
        self.started = time.perf_counter()

    def __call__(self, done: int, _total: int) -> None:
        while len(self.times) < len(self.ends) and done >= self.ends[len(self.times)]:
            self.times.append(time.perf_counter())
            self.peaks.append(self.peak.read())
            self.peak.reset()

    def seconds(self) -> list[float]:
        marks = [self.started, *self.times]
        return [b - a for a, b in itertools.pairwise(marks)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--staff", type=int, default=10_000)
    parser.add_argument("--offices", type=int, default=20)
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "kinerja-bench-sync"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the demo offices again")
    parser.add_argument("--no-repeat", action="store_true", help="skip the repeated package")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    offices = [
        build(args.work, seed, args.staff, args.rebuild) for seed in range(1, args.offices + 1)
    ]

    run = args.work / "run"
    shutil.rmtree(run, ignore_errors=True)
    (run / "flashdisk").mkdir(parents=True)
    centre = open_db(run / "pusat.sqlite")
    set_role(centre, Role.CENTRAL)
    key_file, _ = export_key_file(centre, run / "pusat.kinerja-kunci")

    packages, export_rows, export_s = [], [], []
    for path in offices:
        office = open_db(path)
        try:
            with contextlib.suppress(SyncError):  # already holds this centre's key
                import_key_file(office, key_file)
            started = time.perf_counter()
            result = export_package(office, run / "flashdisk", full=True)
            export_s.append(time.perf_counter() - started)
        finally:
            office.close()
        packages.append(result.path)
        export_rows.append(result.total_rows)
        print(f"  export {path.name}: {result.total_rows:,} rows, {result.size / 1e6:.1f} MB, "
              f"{export_s[-1]:.2f} s", flush=True)  # fmt: skip

    total = sum(export_rows)
    floor_each, commit_s = floor(centre, packages, run / "floor.sqlite")
    floor_s = sum(floor_each) + commit_s
    cached_each, commit_s = floor(centre, packages, run / "floor-cache.sqlite", cache_mib=CACHE_MIB)
    cached_s = sum(cached_each) + commit_s
    peak = PeakRss()
    peak.reset()
    before = peak.read()
    watch = PerPackage(export_rows, peak)
    started = watch.started = time.perf_counter()
    report = import_packages(centre, packages, trust=TrustPolicy(any_new=True), progress=watch)
    import_s = time.perf_counter() - started
    assert report.ok and report.totals()["new"] == total, report.lines()[-1]
    each = watch.seconds()
    print()
    print(f"RSS before the import: {before:,.0f} MB")
    print("package      rows   import rows/s  floor rows/s (cached)  import/floor  peak RSS MB")
    for n, (rows, secs) in enumerate(zip(export_rows, each, strict=False), start=1):
        rate, fl = rows / secs, rows / cached_each[n - 1]
        print(f"{n:>7} {rows:>9,} {rate:>15,.0f} {fl:>22,.0f} {fl / rate:>12.2f}× "
              f"{watch.peaks[n - 1]:>12,.0f}")  # fmt: skip
    first_rate, last_rate = export_rows[0] / each[0], export_rows[-1] / each[-1]
    floor_first = export_rows[0] / cached_each[0]
    floor_last = export_rows[-1] / cached_each[-1]
    repeat = None if args.no_repeat else repeated(centre, offices[0], run, peak)

    tahun = centre.execute(
        "SELECT max(json_extract(data, '$.tahun')) FROM central_row WHERE table_name = 'skp'"
    ).fetchone()[0]
    (run / "siasn").mkdir()
    started = time.perf_counter()
    siasn = write_siasn(centre, tahun, run / "siasn")
    siasn_s = time.perf_counter() - started
    centre.close()

    floor_rate = total / floor_s
    one = export_rows[0] / export_s[0]
    every = total / sum(export_s)
    imported = total / import_s
    print()
    print(f"offices: {len(offices)} × {args.staff:,} staff; rows per package: {export_rows[0]:,}; "
          f"all packages: {total:,} rows")  # fmt: skip
    print(f"floor (executemany, one transaction): {floor_rate:>10,.0f} rows/s  ({floor_s:.1f} s)")
    print(f"  same, with the import's {CACHE_MIB} MB cache: {total / cached_s:>8,.0f} rows/s  "
          f"({cached_s:.1f} s)")  # fmt: skip
    print(f"export, one office:                   {one:>10,.0f} rows/s  ({export_s[0]:.1f} s)"
          f"  floor/export = {floor_rate / one:.2f}×")  # fmt: skip
    print(f"export, all offices:                  {every:>10,.0f} rows/s  ({sum(export_s):.1f} s)"
          f"  floor/export = {floor_rate / every:.2f}×")  # fmt: skip
    print(f"central import of {len(packages)} packages:     {imported:>10,.0f} rows/s  "
          f"({import_s:.1f} s)  floor/import = {floor_rate / imported:.2f}×")  # fmt: skip
    print(f"SIASN {tahun}: {siasn.annual + siasn.periodic:,} records in {siasn_s:.1f} s")
    worst = max(floor_rate / one, floor_rate / imported)
    verdict = "met" if worst <= TARGET else "MISSED"
    print(f"target: within {TARGET:.0f}× of the floor: {verdict} (worst {worst:.2f}×)")
    steady = last_rate / first_rate
    print(f"rows/s, last package / first: import {steady:.2f} ({first_rate:,.0f} → "
          f"{last_rate:,.0f}), floor {floor_last / floor_first:.2f} ({floor_first:,.0f} → "
          f"{floor_last:,.0f})")  # fmt: skip
    ok = worst <= TARGET and steady >= STEADY
    print(f"target: last package within {1 - STEADY:.0%} of the first: "
          f"{'met' if steady >= STEADY else 'MISSED'}")  # fmt: skip
    if repeat is not None:
        rows, secs, backup_s, mb = repeat
        ratio = mb / watch.peaks[0]
        ok = ok and ratio <= MEMORY
        print(f"repeated full package: {rows:,} rows, {rows / secs:,.0f} rows/s "
              f"(+ {backup_s:.1f} s backup before it), peak RSS {mb:,.0f} MB = {ratio:.2f}× "
              f"the first package's, {mb / watch.peaks[-1]:.2f}× the last package's "
              f"({'met' if ratio <= MEMORY else 'MISSED'}, target ≤ {MEMORY}× the first; "
              f"the {CACHE_MIB} MB page cache fills during the first packages)")  # fmt: skip
    return 0 if ok else 1


def repeated(
    centre, office_path: Path, run: Path, peak: PeakRss
) -> tuple[int, float, float, float]:
    """The first office's next full package into the full centre (every row looked up, the
    unseen-row anti-join): (rows, seconds without the backup taken before it, seconds of that
    backup, peak RSS MB)."""
    office = open_db(office_path)
    try:
        result = export_package(office, run / "flashdisk", full=True)
    finally:
        office.close()
    backup_s: list[float] = []
    backup = central.auto_backup

    def timed_backup(*args, **kwargs):
        started = time.perf_counter()
        try:
            return backup(*args, **kwargs)
        finally:
            backup_s.append(time.perf_counter() - started)

    peak.reset()
    central.auto_backup = timed_backup
    try:
        started = time.perf_counter()
        report = import_packages(centre, [result.path], trust=TrustPolicy(any_new=True))
        secs = time.perf_counter() - started
    finally:
        central.auto_backup = backup
    assert report.ok, report.lines()[-1]
    assert report.outcomes[0].counts["unchanged"] == result.total_rows
    return result.total_rows, secs - sum(backup_s), sum(backup_s), peak.read()


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


def floor(
    centre, packages: list[Path], path: Path, *, cache_mib: int = 0
) -> tuple[list[float], float]:
    """Seconds per package to insert its rows with executemany into the centre table, all in
    one transaction, and seconds of the commit; decrypting and cutting the rows happens outside
    the clock. ``cache_mib`` gives it the page cache the import uses (0: SQLite's default)."""
    db = open_db(path)
    if cache_mib:
        db.conn.execute(f"PRAGMA cache_size = -{cache_mib * 1024}")
    box = keys.own_key(centre, keys.BOX)
    each: list[float] = []
    try:
        db.conn.execute("BEGIN")
        for n, package_path in enumerate(packages, start=1):
            elapsed = 0.0
            pkg = load_package(package_path)
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


if __name__ == "__main__":
    sys.exit(main())
