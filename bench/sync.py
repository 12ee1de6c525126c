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
  receipts);
- SIASN output of the year at the centre.

Target: export and import within 3× of the floor (rows per second).
"""

from __future__ import annotations

import argparse
import contextlib
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--staff", type=int, default=10_000)
    parser.add_argument("--offices", type=int, default=20)
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "kinerja-bench-sync"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the demo offices again")
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
    floor_s = floor(centre, packages, run / "floor.sqlite")
    cached_s = floor(centre, packages, run / "floor-cache.sqlite", cache_mib=CACHE_MIB)
    started = time.perf_counter()
    report = import_packages(centre, packages, trust=TrustPolicy(any_new=True))
    import_s = time.perf_counter() - started
    assert report.ok and report.totals()["new"] == total, report.lines()[-1]

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
    return 0 if worst <= TARGET else 1


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


def floor(centre, packages: list[Path], path: Path, *, cache_mib: int = 0) -> float:
    """Seconds to insert every package's rows with executemany into an empty centre table, in
    one transaction; decrypting and cutting the rows happens outside the clock. ``cache_mib``
    gives it the page cache the import uses (0: SQLite's default)."""
    db = open_db(path)
    if cache_mib:
        db.conn.execute(f"PRAGMA cache_size = -{cache_mib * 1024}")
    box = keys.own_key(centre, keys.BOX)
    elapsed = 0.0
    try:
        db.conn.execute("BEGIN")
        for n, package_path in enumerate(packages, start=1):
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
        started = time.perf_counter()
        db.conn.execute("COMMIT")
        elapsed += time.perf_counter() - started
    finally:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return elapsed


if __name__ == "__main__":
    sys.exit(main())
