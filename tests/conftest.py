"""Shared fixtures: a migrated temporary database and factories with overrides."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core import i18n
from desktop.core.models import Gender, Staff, StatusPegawai, Unit, UnitJenis
from desktop.store import session as sessions
from desktop.store import units as unit_store
from desktop.store.db import open_db


@pytest.fixture(autouse=True)
def _indonesian_by_default():
    """Every test starts in the default language and leaves it so."""
    i18n.set_language("id")
    yield
    i18n.set_language("id")


@pytest.fixture(autouse=True)
def _account_less_admin():
    """Every test starts as the admin of a database without accounts and leaves it so: the
    store enforces the session's role, so a session left by one test (a CLI ``--user`` run
    in-process, a sign-in) must not refuse the next one's writes."""
    sessions.end()
    yield
    sessions.end()


@pytest.fixture(autouse=True, scope="session")
def _demo_sign_in_everywhere():
    """Commands on a demo office sign in as its admin, as a script would (issue 10), also in
    module-scoped fixtures and child processes; a database without accounts ignores the
    variables. Tests of the rule delete them (``_demo_sign_in`` restores them after)."""
    saved = {k: os.environ.get(k) for k in ("KINERJA_USER", "KINERJA_PASSWORD")}
    os.environ.update(KINERJA_USER="admin", KINERJA_PASSWORD="kinerja-demo")
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(autouse=True)
def _demo_sign_in(monkeypatch):
    monkeypatch.setenv("KINERJA_USER", "admin")
    monkeypatch.setenv("KINERJA_PASSWORD", "kinerja-demo")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kantor.sqlite"


@pytest.fixture
def fresh_db(db_path: Path):
    """A migrated, seeded, empty office database on disk."""
    db = open_db(db_path)
    yield db
    db.close()


def make_unit(db, **overrides) -> Unit:
    values = {"kode": "1", "nama": "Pemerintah Kabupaten Kepahiang", "jenis": UnitJenis.INSTANSI}
    values.update(overrides)
    return unit_store.save_unit(db, Unit(**values))


def make_staff(**overrides) -> Staff:
    """A valid PNS (NIP consistent with birth date and gender) unless overridden."""
    values = {
        "nip": "198609262015051001",
        "nama": "Budi Santoso",
        "gelar_belakang": "S.Kom.",
        "tempat_lahir": "Kepahiang",
        "tanggal_lahir": date(1986, 9, 26),
        "jenis_kelamin": Gender.L,
        "status": StatusPegawai.PNS,
        "golongan": "III/b",
        "tmt_cpns": date(2015, 5, 1),
        "jabatan": "Analis Kepegawaian Ahli Pertama",
    }
    values.update(overrides)
    return Staff(**values)
