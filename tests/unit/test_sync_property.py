"""Property: whatever the office edits, and however its sticks travel (delivered or lost,
receipts brought back or not), the centre's copy equals the office's data after each delivered
package and after a final sync."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store.db import open_db
from desktop.sync import export_package, import_packages, import_receipt
from tests.unit.sync_support import (
    TRUST_ALL,
    centre_copy,
    centre_db,
    demo_office,
    introduce,
    office_data,
)

_TEMPLATE: dict[str, Path] = {}


def template() -> Path:
    """One small demo office, built once and copied for every example."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="sync-template-"))
        demo_office(folder / "kantor.sqlite", staff=15, seed=17).close()
        _TEMPLATE["path"] = folder / "kantor.sqlite"
    return _TEMPLATE["path"]


def _pick(db, sql: str, n: int):
    rows = db.execute(sql).fetchall()
    return rows[n % len(rows)] if rows else None


def edit(db, op: tuple) -> None:
    """One operator action: change, add or remove rows (the triggers stamp and tombstone)."""
    kind, n, text = op
    with db.atomic():
        if kind == "staff":
            row = _pick(db, "SELECT id FROM staff ORDER BY id", n)
            db.conn.execute("UPDATE staff SET jabatan = ? WHERE id = ?", [text, row[0]])
        elif kind == "unit":
            row = _pick(db, "SELECT id FROM unit ORDER BY id", n)
            db.conn.execute("UPDATE unit SET nama = ? WHERE id = ?", [text or "Unit", row[0]])
        elif kind == "add":
            row = _pick(db, "SELECT id FROM staff ORDER BY id", n)
            db.conn.execute(
                "INSERT INTO riwayat_diklat (staff_id, nama, jp) VALUES (?, ?, ?)",
                [row[0], text or "Diklat", n % 40],
            )
        elif kind == "delete":
            row = _pick(db, "SELECT id FROM riwayat_diklat ORDER BY id", n)
            if row:
                db.conn.execute("DELETE FROM riwayat_diklat WHERE id = ?", [row[0]])
        elif kind == "move":
            staff = _pick(db, "SELECT id FROM staff ORDER BY id", n)
            unit = _pick(db, "SELECT id FROM unit ORDER BY id", n // 3)
            db.conn.execute("UPDATE staff SET unit_id = ? WHERE id = ?", [unit[0], staff[0]])


edits = st.tuples(
    st.sampled_from(["staff", "unit", "add", "delete", "move"]),
    st.integers(min_value=0, max_value=500),
    st.text(alphabet="abcdeéžŋ 'ABC", max_size=12),
)
trips = st.tuples(st.booleans(), st.booleans())  # (stick delivered, receipt brought back)
steps = st.lists(st.tuples(st.lists(edits, max_size=4), trips), min_size=1, max_size=5)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=steps)
def test_the_centre_always_ends_equal_to_the_office(steps):
    folder = Path(tempfile.mkdtemp(prefix="sync-prop-"))
    try:
        shutil.copy(template(), folder / "kantor.sqlite")
        office = open_db(folder / "kantor.sqlite")
        centre = centre_db(folder / "pusat.sqlite")
        stick = folder / "flashdisk"
        stick.mkdir()
        introduce(office, centre, stick)
        for ops, (delivered, receipt_back) in steps:
            for op in ops:
                edit(office, op)
            package = export_package(office, stick)
            if not delivered:
                continue  # the stick is lost
            expected = office_data(office)
            report = import_packages(centre, [package.path], trust=TRUST_ALL)
            assert report.ok, report.lines()
            assert centre_copy(centre, office) == expected
            if receipt_back:
                import_receipt(office, Path(report.outcomes[0].receipt))
        final = export_package(office, stick)
        assert import_packages(centre, [final.path], trust=TRUST_ALL).ok
        assert centre_copy(centre, office) == office_data(office)
        office.close()
        centre.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
