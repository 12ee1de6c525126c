"""The one write path (``store.rows``): names checked against the schema, a transaction
required, only changed columns written, and the audit row in the same transaction."""

from __future__ import annotations

import json

import pytest

from desktop.core.models import Staff
from desktop.store import rows
from desktop.store import staff as staff_store
from tests.conftest import make_staff


@pytest.fixture
def saved(fresh_db) -> Staff:
    return staff_store.save_staff(fresh_db, make_staff())


@pytest.mark.parametrize(
    ("table", "values"),
    [("staff", {"nama": "X", "gaji": 1}), ("staff; DROP TABLE staff", {"nama": "X"}),
     ("audit_log", {"summary": "x"}), ("sqlite_master", {"name": "x"})],
)  # fmt: skip
def test_unknown_tables_and_columns_are_refused_before_any_sql(fresh_db, saved, table, values):
    count = fresh_db["audit_log"].count
    with fresh_db.atomic(), pytest.raises(rows.UnknownColumn):
        rows.update_changed(fresh_db, table, saved.id, values)
    with fresh_db.atomic(), pytest.raises(rows.UnknownColumn):
        rows.insert_row(fresh_db, table, values)
    assert staff_store.get_staff(fresh_db, saved.id).nama == saved.nama
    assert fresh_db["audit_log"].count == count


@pytest.mark.parametrize("write", ["insert", "update", "delete"])
def test_a_write_outside_a_transaction_is_an_assertion(fresh_db, saved, write):
    fresh_db.conn.commit()
    assert not fresh_db.conn.in_transaction
    with pytest.raises(AssertionError, match="outside a transaction"):
        if write == "insert":
            rows.insert_row(fresh_db, "unit_alias", {"unit_id": 1, "alias": "x"})
        elif write == "update":
            rows.update_changed(fresh_db, "staff", saved.id, {"jabatan": "Lurah"})
        else:
            rows.delete_row(fresh_db, "staff", saved.id)
    assert staff_store.get_staff(fresh_db, saved.id).jabatan == saved.jabatan


def test_update_changed_writes_and_audits_only_what_differs(fresh_db, saved):
    rev = fresh_db.execute("SELECT rev FROM staff WHERE id = ?", [saved.id]).fetchone()[0]
    with fresh_db.atomic():
        same = rows.update_changed(fresh_db, "staff", saved.id, {"nama": saved.nama})
        changed = rows.update_changed(
            fresh_db, "staff", saved.id, {"nama": saved.nama, "jabatan": "Lurah"}, audit="uji"
        )
    assert (same, changed) == ({}, {"jabatan": "Lurah"})
    after = fresh_db.execute("SELECT rev FROM staff WHERE id = ?", [saved.id]).fetchone()[0]
    assert after > rev
    entry = fresh_db.execute(
        "SELECT summary, before, after FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert entry[0] == "uji" and json.loads(entry[2]) == {"jabatan": "Lurah"}


def test_a_failed_write_leaves_no_audit_row(fresh_db, saved):
    count = fresh_db["audit_log"].count
    with pytest.raises(RuntimeError), fresh_db.atomic():
        rows.update_changed(fresh_db, "staff", saved.id, {"jabatan": "Lurah"})
        raise RuntimeError("the rest of the action failed")
    assert fresh_db["audit_log"].count == count
    assert staff_store.get_staff(fresh_db, saved.id).jabatan == saved.jabatan


def test_no_audit_writes_without_a_row(fresh_db, saved):
    count = fresh_db["audit_log"].count
    with fresh_db.atomic():
        rows.update_changed(fresh_db, "staff", saved.id, {"jabatan": "Lurah"}, audit=rows.NO_AUDIT)
    assert fresh_db["audit_log"].count == count


def test_required_id_refuses_an_unsaved_record(saved):
    assert rows.required_id(saved) == saved.id
    assert rows.required_id(5) == 5
    with pytest.raises(ValueError, match="not been saved"):
        rows.required_id(make_staff())
