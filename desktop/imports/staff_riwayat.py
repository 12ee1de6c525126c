"""History grows with each download: a new golongan or jabatan is added to the riwayat with
its TMT (after the one it replaces, which is kept), never written over it.

Only rows that are new or whose golongan/jabatan (or its TMT) changed touch the riwayat, so
an unchanged re-import writes nothing.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop.core.models import RiwayatGolongan, RiwayatJabatan, Staff
from desktop.imports.staff_units import unit_id_of
from desktop.store import staff as staff_store
from desktop.store import units as unit_store


def grow_riwayat(
    db: sqlite_utils.Database, rows: list[Any], ids: dict[str, int], units: dict[str, int]
) -> int:
    """Append the riwayat entries the planned rows bring; returns rows written."""
    names = {u.id: u.nama for u in unit_store.list_units(db) if u.id is not None}
    written = 0
    for row in rows:
        after, before = row.staff, row.before
        if after is None or row.nip not in ids:
            continue
        changed = set(row.changed_fields) if before is not None else None
        unit_nama = names.get(unit_id_of(row.unit_ref, units) or after.unit_id or 0, "")
        written += staff_store.grow_history(
            db,
            ids[row.nip],
            golongan=_golongan(before, after, changed),
            jabatan=_jabatan(before, after, changed, unit_nama, names),
        )
    return written


def _golongan(
    before: Staff | None, after: Staff, changed: set[str] | None
) -> list[RiwayatGolongan]:
    if not after.golongan or (changed is not None and not changed & {"golongan", "tmt_golongan"}):
        return []
    items = []
    if before is not None and before.golongan and before.golongan != after.golongan:
        items.append(RiwayatGolongan(before.golongan, before.tmt_golongan))
    items.append(RiwayatGolongan(after.golongan, after.tmt_golongan))
    return items


def _jabatan(
    before: Staff | None,
    after: Staff,
    changed: set[str] | None,
    unit_nama: str,
    names: dict[int, str],
) -> list[RiwayatJabatan]:
    if not after.jabatan or (changed is not None and not changed & {"jabatan", "tmt_jabatan"}):
        return []
    items = []
    if before is not None and before.jabatan and before.jabatan != after.jabatan:
        old_unit = names.get(before.unit_id or 0, "")
        items.append(RiwayatJabatan(before.jabatan, old_unit, before.tmt_jabatan))
    items.append(RiwayatJabatan(after.jabatan, unit_nama, after.tmt_jabatan))
    return items
