"""The unit sheet carries "Jabatan Kritikal": exported as Ya/Tidak, read back unchanged, set
by an import (audited), and a value that is neither refuses the row."""

from __future__ import annotations

import csv

from desktop.core.models import Unit
from desktop.imports.units_export import export_units
from desktop.imports.units_import import RowAction, apply_plan, read_plan
from desktop.store import audit, unit_ops
from desktop.store import units as unit_store
from desktop.store.talent_succession import set_kritikal


def _office(db) -> tuple[Unit, Unit]:
    root = unit_ops.add_unit(db, Unit("1", "Pemerintah Kabupaten Kepahiang"))
    dinkes = unit_ops.add_unit(db, Unit("1.01", "Dinas Kesehatan", parent_id=root.id))
    return root, dinkes


def _write(path, rows):
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_export_says_which_units_are_key_positions_and_reads_back(fresh_db, tmp_path):
    _root, dinkes = _office(fresh_db)
    set_kritikal(fresh_db, dinkes.id, True)
    export_units(fresh_db, tmp_path / "u.csv")
    with (tmp_path / "u.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    found = [(r["Kode"].lstrip("'"), r["Jabatan Kritikal"]) for r in rows]  # codes are text
    assert found == [("1", "Tidak"), ("1.01", "Ya")]
    for name in ("u.csv", "u.xlsx"):
        export_units(fresh_db, tmp_path / name)
        plan = read_plan(fresh_db, tmp_path / name)
        assert plan.counts()[RowAction.SAMA] == 2


def test_an_import_marks_and_unmarks(fresh_db, tmp_path):
    root, dinkes = _office(fresh_db)
    path = _write(tmp_path / "k.csv", [
        ["Kode", "Nama", "Kritikal"],
        ["1", "Pemerintah Kabupaten Kepahiang", "ya"],
        ["1.01", "Dinas Kesehatan", ""],
    ])  # fmt: skip
    set_kritikal(fresh_db, dinkes.id, True)
    plan = read_plan(fresh_db, path)
    assert not plan.rejected
    apply_plan(fresh_db, plan)
    assert unit_store.get_unit(fresh_db, root.id).kritikal is True
    assert unit_store.get_unit(fresh_db, dinkes.id).kritikal is False  # blank = not kritikal
    entry = audit.entries_for(fresh_db, unit_store.get_unit(fresh_db, root.id).uuid)[-1]
    assert entry["action"] == "update"


def test_a_value_that_is_not_ya_or_tidak_refuses_the_row(fresh_db, tmp_path):
    _root, dinkes = _office(fresh_db)
    path = _write(tmp_path / "bad.csv", [
        ["Kode", "Nama", "Jabatan Kritikal"], ["1.01", "Dinas Kesehatan", "mungkin"],
    ])  # fmt: skip
    plan = read_plan(fresh_db, path)
    (row,) = plan.rejected
    assert "Isi Jabatan Kritikal dengan Ya atau Tidak." in row.issues[0].message
    assert unit_store.get_unit(fresh_db, dinkes.id).kritikal is False
