"""Leftovers of killed work: staging folders of half-printed PDFs and temporary packages are
removed at the next start, and only when their owner is gone and the name is ours."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import cleanup

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kills with SIGKILL")

DIE_STAGING = """
import os, signal, sys
from pathlib import Path
from desktop.store import cleanup
folder, guard = cleanup.new_staging(Path(sys.argv[1]))
(folder / "00001").write_bytes(b"%PDF-1.4 NIP 198609262015051001 ...")
os.kill(os.getpid(), signal.SIGKILL)
"""

DIE_PACKAGE = """
import os, signal, sys
from pathlib import Path
from desktop.store import cleanup
guard = cleanup.Guard(Path(sys.argv[1]))
os.write(guard.fd, b"PK half a package")
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setattr(paths, "user_data_dir", lambda: folder)
    return folder


def killed(script: str, arg: Path, data_dir: Path) -> None:
    """Run ``script`` in a child whose data folder is ``data_dir``; it kills itself."""
    setup = (
        "import pathlib\nfrom desktop import paths\n"
        f"paths.user_data_dir = lambda: pathlib.Path({str(data_dir)!r})\n"
    )
    done = subprocess.run([sys.executable, "-c", setup + script, str(arg)], check=False)
    assert done.returncode == -signal.SIGKILL


def test_a_killed_batch_s_staging_folder_goes_at_the_next_start(tmp_path, data_dir):
    documents = tmp_path / "Dokumen"  # not one of the app's folders: found by its pointer
    documents.mkdir()
    killed(DIE_STAGING, documents, data_dir)
    (left,) = documents.glob(".kinerja-cetak-*")
    assert (left / "00001").exists()
    swept = cleanup.clean_at_start(tmp_path / "kantor" / "kantor.sqlite")
    assert swept.staging == [left]
    assert list(documents.iterdir()) == []
    assert list(cleanup.registry_dir().iterdir()) == []


def test_a_running_batch_s_staging_folder_stays(tmp_path):
    tmp_path = tmp_path / "Dokumen"
    tmp_path.mkdir()
    folder, guard = cleanup.new_staging(tmp_path)
    try:
        assert cleanup.clean_at_start(tmp_path / "kantor.sqlite").count == 0
        assert cleanup.sweep_staging(tmp_path).count == 0
        assert folder.is_dir()
    finally:
        cleanup.finish_staging(folder, guard)
    assert list(tmp_path.iterdir()) == [] and list(cleanup.registry_dir().iterdir()) == []


def test_a_pointer_to_something_not_ours_is_never_followed(tmp_path):
    precious = tmp_path / "Laporan"
    precious.mkdir()
    (precious / "a.pdf").write_bytes(b"%PDF")
    cleanup.registry_dir().mkdir(parents=True)
    (cleanup.registry_dir() / ".kinerja-cetak-abc.txt").write_text(str(precious))
    cleanup.clean_at_start(None)
    assert (precious / "a.pdf").exists()
    assert list(cleanup.registry_dir().iterdir()) == []


def test_a_killed_export_s_temporary_package_goes_but_nothing_else(tmp_path, data_dir):
    db_path = tmp_path / "kantor.sqlite"
    dead = tmp_path / ".kantor-abc123-00001-20261205.kinerja.0a1b2c3d.tmp"
    killed(DIE_PACKAGE, dead, data_dir)
    live = tmp_path / ".kantor-abc123-00002-20261205.kinerja.deadbeef.tmp"
    guard = cleanup.Guard(live)
    others = [tmp_path / n for n in (".laporan.tmp", "catatan.kinerja.0a1b2c3d.tmp", "a.kinerja")]
    for other in others:
        other.write_text("milik pengguna")
    try:
        swept = cleanup.clean_at_start(db_path)
    finally:
        guard.release()
    assert swept.temp_files == [dead] and not dead.exists()
    assert live.exists() and all(o.exists() for o in others)
