"""Roles on the command line (issue 10 item 2): the store refuses what the signed-in account's
role or scope does not allow, so a script run as the demo's operator cannot print, export or
sync what lies outside their OPD; the refusal exits 1 with the reason and changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core.workflow import Role
from desktop.store import session as sessions
from desktop.store.access import unit_scope
from desktop.store.db import open_db
from desktop.store.session import Session

PASSWORD = "kinerja-demo"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("peran") / "demo.sqlite"
    result = run("--db", str(path), "demo", "--staff", "60", "--seed", "7")
    assert result.exit_code == 0, result.output
    db = open_db(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copies below take the main file only
    db.close()
    return path


@pytest.fixture
def demo(demo_template, tmp_path, monkeypatch) -> Path:
    path = tmp_path / "kantor.sqlite"
    shutil.copy(demo_template, path)
    monkeypatch.setenv("KINERJA_PASSWORD", PASSWORD)
    yield path
    sessions.end()


def nips(path: Path) -> tuple[str, str, int]:
    """A NIP inside the operator's OPD (with an SKP), one outside it, and the SKP year."""
    db = open_db(path)
    try:
        units = db.execute("SELECT unit_id FROM akun_unit").fetchall()
        scope = unit_scope(db, Session(Role.OPERATOR, unit_ids=frozenset(u[0] for u in units)))
        rows = db.execute(
            "SELECT s.nip, s.unit_id FROM staff s JOIN skp k ON k.staff_id = s.id ORDER BY s.id"
        ).fetchall()
        inside = next(nip for nip, unit in rows if unit in scope)
        outside = next(nip for nip, unit in rows if unit not in scope)
        year = db.execute("SELECT max(tahun) FROM skp").fetchone()[0]
        return inside, outside, year
    finally:
        db.close()


def test_the_operator_prints_inside_their_opd_and_is_refused_outside(demo, tmp_path, monkeypatch):
    inside, outside, year = nips(demo)
    monkeypatch.setenv("KINERJA_USER", "operator")
    ok = run("--db", str(demo), "report", "skp", "--nip", inside, "--year", str(year),
             "-o", str(tmp_path / "dalam.pdf"))  # fmt: skip
    assert ok.exit_code == 0, ok.output
    refused = run("--db", str(demo), "report", "skp", "--nip", outside, "--year", str(year),
                  "-o", str(tmp_path / "luar.pdf"))  # fmt: skip
    assert refused.exit_code == 1
    assert "Peran Operator tidak boleh mencetak formulir di luar OPD-nya." in refused.output
    assert not (tmp_path / "luar.pdf").exists()


def test_pimpinan_may_not_export_a_sync_package(demo, tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_USER", "pimpinan")
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    result = run("--db", str(demo), "sync", "export", "-o", str(stick))
    assert result.exit_code == 1
    assert "Peran Pimpinan tidak boleh mengekspor atau mengimpor paket sinkronisasi." in (
        result.output
    )
    assert list(stick.iterdir()) == []
