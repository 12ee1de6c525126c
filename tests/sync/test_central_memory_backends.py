"""A repeated full package takes no more memory than the first on either backend (issue 16:
the unseen rows are found by an anti-join in SQL, rows go in one member at a time)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from desktop.sync import export_package, import_packages
from tests.sync.conftest import Centre
from tests.unit.sync_support import TRUST_ALL, demo_office, introduce


def _peak_import(db, path: Path) -> tuple[int, dict[str, int]]:
    tracemalloc.start()
    try:
        report = import_packages(db, [path], trust=TRUST_ALL)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    [outcome] = report.outcomes
    assert outcome.state.value == "applied", outcome.message
    return peak, outcome.counts


def test_a_repeated_full_package_takes_no_more_memory(centre: Centre, tmp_path: Path):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    office = demo_office(tmp_path / "kantor.sqlite", staff=400)
    try:
        introduce(office, centre.db, stick)
        first = export_package(office, stick, full=True)
        again = export_package(office, stick, full=True)
    finally:
        office.close()
    first_peak, counts = _peak_import(centre.db, first.path)
    assert counts["new"] > 0
    again_peak, counts = _peak_import(centre.db, again.path)
    assert counts["new"] == counts["updated"] == counts["deleted"] == 0
    assert again_peak <= 1.3 * first_peak, (first_peak, again_peak)
