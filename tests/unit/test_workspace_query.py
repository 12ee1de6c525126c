"""The appraisal workspace query reads the unit heads once, not once per staff row, and unit
heads are indexed (migration 0011), so "Semua unit" of a whole kabupaten opens quickly."""

from __future__ import annotations

import dataclasses
import json

import pytest

from desktop.core.models import UnitJenis
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.workspace import _SQL, load_workspace
from tests.conftest import make_staff, make_unit


def _office(db):
    root = make_unit(db)
    bidang = make_unit(
        db, kode="1.1", nama="Bidang Mutasi", jenis=UnitJenis.BIDANG, parent_id=root.id
    )
    head = staff_store.save_staff(db, make_staff(unit_id=bidang.id, nama="Kepala Bidang"))
    member = staff_store.save_staff(
        db,
        make_staff(unit_id=bidang.id, nip="199001012019031002", nama="Anggota", tanggal_lahir=None),
    )
    unit_store.save_unit(db, dataclasses.replace(bidang, kepala_id=head.id))
    return root, bidang, head, member


def test_unit_heads_are_marked(fresh_db):
    root, bidang, head, member = _office(fresh_db)
    ws = load_workspace(fresh_db, root.id, {root.id, bidang.id}, 2025, "TW4")
    marked = {r.staff_id: bool(r.is_head) for r in ws.rows}
    assert marked == {head.id: True, member.id: False}


@pytest.mark.parametrize("visible", [None, json.dumps([1, 2])], ids=["everyone", "scoped"])
def test_the_query_reads_unit_heads_once_not_per_row(fresh_db, visible):
    params = {"tahun": 2025, "periode": "TW4", "units": json.dumps([1]), "visible": visible}
    plan = fresh_db.execute("EXPLAIN QUERY PLAN " + _SQL, params).fetchall()
    details = [row[3] for row in plan]
    assert not any("CORRELATED" in d for d in details), details


def test_unit_heads_are_indexed(fresh_db):
    plan = fresh_db.execute("EXPLAIN QUERY PLAN SELECT id FROM unit WHERE kepala_id = 1").fetchall()
    assert any("unit_kepala" in row[3] for row in plan)
