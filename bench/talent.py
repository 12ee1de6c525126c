"""Speed of the talent lists at 50,000 staff (a script, not a test; issue 14 "done when").

    .venv/bin/python bench/talent.py [--db FILE] [--staff 50000] [--rebuild | --keep] [--runs 5]
                                     [--year 2024] [--month 2026-04]

Builds (or reuses) the demo office (``desktop.demo.build_demo``); the cached file is rebuilt
when the demo code, the migrations or the reference lists changed since it was made. Then, for
the talent map (``store.talent_map.placements``) and the promotion list
(``store.talent_promotion.candidates``), side by side:

* cold: the first call in a fresh process (its imports and opening the database are shown
  apart, as "start");
* warm: the same call again in that process (median of ``--runs``);
* floor: a plain ``SELECT`` of the same staff with the inputs the list reads, fetched to Python
  (what no rule can beat).

And the printout frame (``reports.talent_doc``): a 50,000-row list as PDF and as .xlsx.
Goal: each list <= 1 s at 50,000 staff (cold and warm).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_S = 1.0
LISTS = ("map", "promotion")

FLOOR_SQL = {
    # the active staff with both years' annual predikat: what the map reads at least
    "map": """
        SELECT s.id, s.nama, s.nip, s.unit_id, s.golongan, e1.predikat, e2.predikat
        FROM staff s
        LEFT JOIN skp k1 ON k1.staff_id = s.id AND k1.tahun = :y0
        LEFT JOIN evaluasi e1 ON e1.skp_id = k1.id AND e1.periode = 'TAHUNAN'
        LEFT JOIN skp k2 ON k2.staff_id = s.id AND k2.tahun = :y1
        LEFT JOIN evaluasi e2 ON e2.skp_id = k2.id AND e2.periode = 'TAHUNAN'
        WHERE s.aktif = 1
    """,
    # the active PNS with their pangkat history and two years' predikat
    "promotion": """
        SELECT s.id, s.nama, s.nip, s.unit_id, s.golongan, s.tmt_golongan, s.jenis_jabatan,
               e1.predikat, e2.predikat
        FROM staff s
        LEFT JOIN skp k1 ON k1.staff_id = s.id AND k1.tahun = :y0
        LEFT JOIN evaluasi e1 ON e1.skp_id = k1.id AND e1.periode = 'TAHUNAN'
        LEFT JOIN skp k2 ON k2.staff_id = s.id AND k2.tahun = :y1
        LEFT JOIN evaluasi e2 ON e2.skp_id = k2.id AND e2.periode = 'TAHUNAN'
        WHERE s.aktif = 1 AND s.status IN ('pns', 'cpns')
    """,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default_db = Path(tempfile.gettempdir()) / "kinerja-talent-50k.sqlite"
    parser.add_argument("--db", type=Path, default=default_db)
    parser.add_argument("--staff", type=int, default=50_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--keep", action="store_true", help="use the file as it is, even if stale")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--year", type=int, default=0, help="talent map year (default: latest)")
    parser.add_argument(
        "--month",
        default="",
        help="promotion period YYYY-MM (default: April after the talent year)",
    )
    parser.add_argument("--rows", type=int, default=50_000, help="rows of the printout test")
    parser.add_argument("--measure", choices=LISTS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.db, args.measure, args.year, args.month, args.runs)))
        return 0
    if args.rebuild or (stale(args.db, args.staff) and not (args.keep and args.db.exists())):
        build(args.db, args.staff)
    results = {kind: child(kind, args) for kind in LISTS}
    report(results, args.staff)
    printout(args.rows)
    return 0


# -- the office ------------------------------------------------------------------------------


def fingerprint(staff: int) -> str:
    """What the cached office was built from: demo code, migrations, reference lists, size."""
    digest = hashlib.sha256(str(staff).encode())
    for folder, pattern in (("desktop/demo", "*.py"), ("db/migrations", "*.sql"),
                            ("db/reference", "*.csv")):  # fmt: skip
        for path in sorted((ROOT / folder).glob(pattern)):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + ".built")


def stale(path: Path, staff: int) -> bool:
    stamp = _stamp(path)
    return not path.exists() or not stamp.exists() or stamp.read_text() != fingerprint(staff)


def build(path: Path, staff: int) -> None:
    for suffix in ("", "-wal", "-shm", ".built"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    sys.path.insert(0, str(ROOT))
    from desktop.demo import build_demo
    from desktop.store.db import open_db

    started = time.perf_counter()
    db = open_db(path)
    build_demo(db, staff=staff, seed=1)
    db.close()
    _stamp(path).write_text(fingerprint(staff))
    print(f"built {staff:,} staff (build_demo) in {time.perf_counter() - started:.1f} s: {path}")


# -- one list in a fresh process -------------------------------------------------------------


def child(kind: str, args: argparse.Namespace) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--db", str(args.db),
               "--measure", kind, "--runs", str(args.runs), "--year", str(args.year),
               "--month", args.month]  # fmt: skip
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr else "failed"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(path: Path, kind: str, year: int, month: str, runs: int) -> dict:
    """Start (imports, opening the database), cold (first call in the process), warm and
    floor times of one list, in seconds."""
    started = time.perf_counter()
    from desktop.store import talent_scope
    from desktop.store.db import open_db

    db = open_db(path)
    year = year or talent_scope.default_year(db)
    period = _month(month, year)
    call: Callable[[], list]
    if kind == "map":
        from desktop.store.talent_map import placements

        def call() -> list:
            return placements(db, year)
    else:
        from desktop.store.talent_promotion import candidates

        def call() -> list:
            return candidates(db, period)

    opened = time.perf_counter()
    rows = call()
    cold = time.perf_counter() - opened
    warm = [_timed(call) for _ in range(runs)]
    params = {"y0": year - 1, "y1": year}
    floor = [_timed(lambda: db.execute(FLOOR_SQL[kind], params).fetchall()) for _ in range(runs)]
    staff = db.execute("SELECT count(*) FROM staff WHERE aktif = 1").fetchone()[0]
    return {
        "rows": len(rows),
        "staff": staff,
        "year": year,
        "month": period.isoformat()[:7],
        "open": opened - started,
        "cold": cold,
        "warm": statistics.median(warm),
        "floor": statistics.median(floor),
        "summary": _summary(kind, rows),
    }


def _month(text: str, year: int) -> date:
    if text:
        y, m = (int(part) for part in text.split("-")[:2])
        return date(y, m, 1)
    return date(year + 1, 4, 1)  # the April period after the latest set appraisal year


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def _summary(kind: str, rows: list) -> str:
    """A line that shows the list has content (boxes filled, candidates found)."""
    if kind == "map":
        boxes: dict[str, int] = {}
        for row in rows:
            box = getattr(row, "box", None)
            key = str(getattr(box, "value", box) or "belum")
            boxes[key] = boxes.get(key, 0) + 1
        return "boxes " + ", ".join(f"{k}: {v}" for k, v in sorted(boxes.items()))
    eligible = sum(1 for row in rows if getattr(getattr(row, "verdict", None), "eligible", False))
    return f"eligible {eligible}"


def report(results: dict[str, dict], staff: int) -> None:
    active = next((r["staff"] for r in results.values() if "staff" in r), 0)
    print(f"\ntalent lists, {staff:,} staff ({active:,} active; goal <= {GOAL_S:.1f} s each)")
    print(f"{'list':<11}{'rows':>8}{'start s':>9}{'cold s':>9}{'warm s':>9}{'floor s':>9}  verdict")
    for kind, r in results.items():
        if "error" in r:
            print(f"{kind:<11} failed: {r['error']}")
            continue
        ok = "ok" if max(r["cold"], r["warm"]) <= GOAL_S else "OVER GOAL"
        print(f"{kind:<11}{r['rows']:>8,}{r['open']:>9.3f}{r['cold']:>9.3f}{r['warm']:>9.3f}"
              f"{r['floor']:>9.3f}  {ok}")  # fmt: skip
    for kind, r in results.items():
        if "error" not in r:
            print(f"  {kind}: year {r['year']}, period {r['month']}, {r['summary']}")


# -- the printout frame ----------------------------------------------------------------------


def printout(rows: int) -> None:
    """A ``rows``-line list through the printout frame, as PDF and as .xlsx."""
    sys.path.insert(0, str(ROOT))
    from desktop.reports.talent_doc import TalentDoc, TalentTable, render_pdf, write_xlsx
    from desktop.store.db import open_db

    table = TalentTable(
        "Daftar pegawai",
        ("No", "NIP", "Nama", "Pangkat", "Jabatan", "Kotak", "JPM"),
        tuple(
            (
                str(n),
                f"1986092620150510{n % 100:02d}",
                f"Pegawai Contoh Nomor {n}, S.Kom.",
                "Penata Muda (III/a)",
                "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
                str(n % 9 + 1),
                f"{n % 100},5",
            )
            for n in range(1, rows + 1)
        ),
        (1, 4, 6, 3, 6, 1.5, 1.5),
        ("R", "L", "L", "L", "L", "C", "R"),
    )
    doc = TalentDoc("Peta Talenta", "Bench", ("Kepka BKN 411/2025",), (table,))
    with tempfile.TemporaryDirectory() as folder:
        db = open_db(Path(folder) / "kantor.sqlite")
        started = time.perf_counter()
        pdf = render_pdf(db, doc)
        pdf_s = time.perf_counter() - started
        started = time.perf_counter()
        write_xlsx(doc, Path(folder) / "daftar.xlsx")
        xlsx_s = time.perf_counter() - started
        db.close()
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    print(f"\nprintout frame, {rows:,} rows: PDF {pdf_s:.1f} s ({pages:,} pages, "
          f"{len(pdf) / 1e6:.1f} MB), xlsx {xlsx_s:.1f} s")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
