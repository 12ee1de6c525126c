"""``kinerja demo`` builds only into an empty file: never into an office's own database, even
one that has only been named in the first-run wizard, and it marks what it builds as the demo."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from desktop.cli import cli
from desktop.demo import is_demo
from desktop.store import units as unit_store
from desktop.store.db import open_db
from tests.conftest import make_staff, make_unit


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def name_office(path: Path, nama: str) -> None:
    with open_db(path) as db:
        office = unit_store.get_office(db)
        office.instansi, office.nama_kantor = "Pemerintah Kabupaten Rejang Lebong", nama
        unit_store.save_office(db, office)


def test_demo_refuses_an_office_named_in_the_wizard_and_changes_nothing(tmp_path):
    path = tmp_path / "kantor.sqlite"
    name_office(path, "BKPSDM Kabupaten Rejang Lebong")
    result = run("--db", str(path), "demo", "--staff", "20")
    assert result.exit_code == 1
    assert "BKPSDM Kabupaten Rejang Lebong" in result.stderr
    assert "berkas tersendiri" in result.stderr
    with open_db(path) as db:
        assert db["staff"].count == 0 and db["unit"].count == 0
        assert unit_store.get_office(db).nama_kantor == "BKPSDM Kabupaten Rejang Lebong"
        assert not is_demo(db)


def test_demo_refuses_a_database_with_staff_in_english_too(tmp_path):
    path = tmp_path / "kantor.sqlite"
    with open_db(path) as db:
        unit = make_unit(db)
        from desktop.store import staff as staff_store

        staff_store.save_staff(db, make_staff(unit_id=unit.id))
    result = run("--db", str(path), "--lang", "en", "demo", "--staff", "20")
    assert result.exit_code == 1
    assert "already holds 1 employees and 1 units" in result.stderr
    with open_db(path) as db:
        assert db["staff"].count == 1


def test_demo_is_marked_so_every_window_says_kantor_contoh(tmp_path):
    path = tmp_path / "contoh.sqlite"
    assert run("--db", str(path), "demo", "--staff", "20").exit_code == 0
    with open_db(path) as db:
        assert is_demo(db)
        assert db.execute("SELECT value FROM meta WHERE key = 'demo'").fetchone()[0] == "1"
