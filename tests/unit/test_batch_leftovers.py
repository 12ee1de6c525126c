"""Batch printing leaves nothing behind: a full disk ends in a clear message with no output, no
staging folder and nothing logged; a killed batch's staging folder goes at the next batch; and
worker processes die with the process that started them, even by kill -9."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import paths
from desktop.reports import batch
from desktop.store import cleanup
from tests.unit.report_office import build_report_office


@pytest.fixture
def office(fresh_db, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "data")
    return fresh_db, build_report_office(fresh_db)


def logged(db) -> int:
    return db.execute("SELECT count(*) FROM print_log").fetchone()[0]


def full_disk_after(monkeypatch, writes: int) -> None:
    """Writing files fails with ENOSPC after ``writes`` successful ones."""
    real = Path.write_bytes
    done = {"n": 0}

    def write_bytes(self: Path, data: bytes) -> int:
        done["n"] += 1
        if done["n"] > writes:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_full_disk_gives_a_clear_message_and_leaves_nothing(office, tmp_path, monkeypatch, lang):
    from desktop.core import i18n

    i18n.set_language(lang)
    db, o = office
    plan = batch.plan_unit(db, o.opd.id, 2026, "TW1", ["skp"])
    full_disk_after(monkeypatch, 0)
    with pytest.raises(batch.BatchError) as caught:
        batch.run_batch(db, plan, tmp_path / "bidang.pdf")
    words = "disk penuh" if lang == "id" else "the disk is full"
    assert caught.value.code == "output" and words in caught.value.message()
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".kinerja-cetak-*")) == []
    assert logged(db) == 0
    assert list(cleanup.registry_dir().iterdir()) == []


def test_a_full_disk_halfway_through_separate_files_leaves_none(office, tmp_path, monkeypatch):
    db, o = office
    plan = batch.plan_unit(db, o.opd.id, 2026, "TW1", ["skp"])
    assert len({nip for nip, _ in plan.owners}) >= 3
    full_disk_after(monkeypatch, 2)
    with pytest.raises(batch.BatchError):
        batch.run_batch(db, plan, tmp_path / "keluar", separate=True)
    assert list((tmp_path / "keluar").iterdir()) == [] and logged(db) == 0


def test_the_next_batch_removes_a_killed_batch_s_staging_folder(office, tmp_path):
    db, o = office
    out = tmp_path / "keluar"
    out.mkdir()
    left = out / ".kinerja-cetak-0123456789ab"
    left.mkdir()
    (left / "00001").write_bytes(b"%PDF half of someone's form")
    (left / cleanup.GUARD_NAME).touch()  # its owner is gone: nobody holds it
    plan = batch.plan_unit(db, o.opd.id, 2026, "TW1", ["skp"])
    batch.run_batch(db, plan, out / "semua.pdf")
    assert [p.name for p in out.iterdir()] == ["semua.pdf"]


PARENT = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
import multiprocessing
from desktop.reports import workers

if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(2, mp_context=ctx, initializer=workers.tie_to_parent,
                               initargs=(os.getpid(),))
    pids = {pool.submit(os.getpid).result() for _ in range(8)}
    print(" ".join(map(str, sorted(pids))), flush=True)
    time.sleep(600)
"""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_when_their_parent_is_killed(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert workers and all(alive(p) for p in workers)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.05)  # waiting for the kernel to end them, not timing anything
    assert [p for p in workers if alive(p)] == []
