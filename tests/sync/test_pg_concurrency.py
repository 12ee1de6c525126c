"""Several importers at once on a PostgreSQL centre (issue 16): importers of different offices
do not wait for each other; two importers given the same package apply it once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.sync import (
    Role,
    State,
    export_key_file,
    export_package,
    import_key_file,
    import_packages,
    set_role,
)
from desktop.sync.pg import connect
from tests.sync.conftest import PgServer
from tests.unit.sync_support import TRUST_ALL, demo_office, introduce

WAIT_S = 60  # a bound for a broken run, never reached when the code is right


@pytest.fixture
def server_centre(pg_server: PgServer, tmp_path: Path):
    """A PostgreSQL centre and two offices' packages; the offices know its key and it knows
    theirs (registered beforehand: a first contact would take the audit chain's lock)."""
    url = pg_server.new_database()
    centre = connect(url, create=True)
    set_role(centre, Role.CENTRAL)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    packages = []
    for seed in (3, 4):
        office = demo_office(tmp_path / f"kantor-{seed}.sqlite", seed=seed, staff=30)
        try:
            introduce(office, centre, stick)
            key, _ = export_key_file(office, tmp_path / f"kantor-{seed}.kinerja-kunci")
            import_key_file(centre, key)
            packages.append(export_package(office, stick).path)
        finally:
            office.close()
    centre.close()
    return url, packages


class Paused:
    """A progress callback that stops the import at its first row (inside the batch's
    transaction, the office already locked) until ``go`` is set."""

    def __init__(self) -> None:
        self.inside = threading.Event()
        self.go = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        if done > 0 and not self.inside.is_set():
            self.inside.set()
            assert self.go.wait(WAIT_S)
        return True


def _import_in_thread(url: str, paths: list[Path], results: dict, key: str, progress=None):
    def run() -> None:
        db = connect(url)
        try:
            results[key] = import_packages(db, paths, trust=TRUST_ALL, progress=progress)
        except BaseException as exc:  # reported by the test
            results[key] = exc
        finally:
            db.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_importers_of_different_offices_do_not_wait_for_each_other(server_centre):
    url, (one, two) = server_centre
    results: dict = {}
    paused = Paused()
    first = _import_in_thread(url, [one], results, "one", paused)
    assert paused.inside.wait(WAIT_S)
    second = _import_in_thread(url, [two], results, "two")
    second.join(WAIT_S)  # finishes while the first import holds its transaction open
    assert not second.is_alive() and results["two"].ok, results.get("two")
    paused.go.set()
    first.join(WAIT_S)
    assert results["one"].ok
    db = connect(url)
    try:
        assert db.execute("SELECT count(*) FROM sync_package").fetchone()[0] == 2
    finally:
        db.close()


def _waiting_for_lock(url: str) -> bool:
    db = connect(url)
    try:
        row = db.raw.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        ).fetchone()
        return row[0] > 0
    finally:
        db.close()


def test_two_importers_given_the_same_package_apply_it_once(server_centre):
    url, (one, _two) = server_centre
    results: dict = {}
    paused = Paused()
    first = _import_in_thread(url, [one], results, "first", paused)
    assert paused.inside.wait(WAIT_S)
    second = _import_in_thread(url, [one], results, "second")
    seen_waiting = threading.Event()
    for _ in range(600):  # the second importer queues behind the first's office lock
        if _waiting_for_lock(url):
            seen_waiting.set()
            break
        second.join(0.05)
    assert seen_waiting.is_set()
    paused.go.set()
    first.join(WAIT_S)
    second.join(WAIT_S)
    [a], [b] = results["first"].outcomes, results["second"].outcomes
    assert a.state is State.APPLIED
    assert b.state is State.REFUSED and b.code == "already_applied"
    db = connect(url)
    try:
        assert db.execute("SELECT count(*) FROM sync_package").fetchone()[0] == 1
        rows = db.execute("SELECT count(*) FROM central_row").fetchone()[0]
        assert rows == a.counts["new"]
    finally:
        db.close()


def test_first_contacts_in_parallel_batches_both_register(pg_server: PgServer, tmp_path: Path):
    """Two batches that each register a new office write to the one audit chain: the second
    waits for the first (never a deadlock), and both offices end up registered."""
    url = pg_server.new_database()
    centre = connect(url, create=True)
    set_role(centre, Role.CENTRAL)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    packages = []
    for seed in (5, 6):
        office = demo_office(tmp_path / f"baru-{seed}.sqlite", seed=seed, staff=20)
        try:
            introduce(office, centre, stick)
            packages.append(export_package(office, stick).path)
        finally:
            office.close()
    results: dict = {}
    threads = [
        _import_in_thread(url, [packages[0], packages[1]], results, "a"),
        _import_in_thread(url, [packages[1], packages[0]], results, "b"),
    ]
    for thread in threads:
        thread.join(WAIT_S)
    states = sorted(o.state.value for key in "ab" for o in results[key].outcomes)
    assert states == ["applied", "applied", "refused", "refused"]
    assert centre.execute("SELECT count(*) FROM sync_office").fetchone()[0] == 2
    chain = centre.execute("SELECT count(*) FROM audit_log WHERE action = 'sync_register'")
    assert chain.fetchone()[0] == 2
    centre.close()
