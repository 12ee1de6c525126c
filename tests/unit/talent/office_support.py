"""What the talent tests share: the unit trees of their offices, an employee's SKP of a year
made once, a sheet of rows, and a check that nothing was written."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from tests.conftest import make_unit


def two_opds(db) -> dict[str, int]:
    """Root → Dinas Pendidikan (A) → Bidang Guru (A1); root → Dinas Kesehatan (B): the ids."""
    root = make_unit(db)
    a = make_unit(db, kode="2", nama="Dinas Pendidikan", jenis="opd", parent_id=root.id)
    a1 = make_unit(db, kode="2.1", nama="Bidang Guru", jenis="bidang", parent_id=a.id)
    b = make_unit(db, kode="3", nama="Dinas Kesehatan", jenis="opd", parent_id=root.id)
    return {"root": root.id, "A": a.id, "A1": a1.id, "B": b.id}


def skp_of(db, staff_id: int, tahun: int) -> int:
    """The SKP id of the employee's year, made (approved) when missing."""
    row = db.execute(
        "SELECT id FROM skp WHERE staff_id = ? AND tahun = ?", [staff_id, tahun]
    ).fetchone()
    if row:
        return int(row[0])
    return int(
        db.execute(
            "INSERT INTO skp (staff_id, tahun, status) VALUES (?, ?, 'disetujui') RETURNING id",
            [staff_id, tahun],
        ).fetchone()[0]
    )


def two_dinas(db) -> tuple[int, int]:
    """Pemerintah Kabupaten (1) → Dinas A (1.01), Dinas B (1.02), saved as the app saves
    units: the ids of A and B."""
    from desktop.core.models import Unit, UnitJenis
    from desktop.store import units as unit_store

    root = unit_store.save_unit(db, Unit("1", "Pemerintah Kabupaten", UnitJenis.INSTANSI))
    a = unit_store.save_unit(db, Unit("1.01", "Dinas A", UnitJenis.OPD, root.id))
    b = unit_store.save_unit(db, Unit("1.02", "Dinas B", UnitJenis.OPD, root.id))
    return a.id or 0, b.id or 0


def write_fingerprint(db) -> tuple[int, int]:
    """(sync revision, audit entries): equal before and after means nothing was written."""
    rev = db.execute("SELECT rev FROM sync_state").fetchone()[0]
    return rev, db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def xlsx_of(path: Path, rows: list[list[object]]) -> Path:
    """A one-sheet workbook of ``rows`` (the first is the header) at ``path``."""
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path
