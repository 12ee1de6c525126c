"""The command line's start removes what killed batches and exports left behind: a staging
folder of half-printed PDFs wherever it was (found through its pointer in the data folder) and
a temporary package beside the database; a running one's are left alone."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from desktop import paths
from desktop.cli import cli
from desktop.store import cleanup
from desktop.store.db import open_db


def test_any_command_starts_by_removing_leftovers(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "data")
    db_path = tmp_path / "kantor" / "kantor.sqlite"
    db_path.parent.mkdir()
    open_db(db_path).close()
    documents = tmp_path / "Dokumen"
    documents.mkdir()
    left = documents / ".kinerja-cetak-0123456789ab"
    left.mkdir()
    (left / "00001").write_bytes(b"%PDF half of someone's form")
    (left / cleanup.GUARD_NAME).touch()  # nobody holds it: its batch was killed
    cleanup.registry_dir().mkdir(parents=True)
    (cleanup.registry_dir() / f"{left.name}.txt").write_text(str(left))
    temp = db_path.parent / ".kantor-abc123-00001-20261205.kinerja.0a1b2c3d.tmp"
    temp.write_bytes(b"PK half a package")
    running, guard = cleanup.new_staging(documents)
    try:
        result = CliRunner().invoke(cli, ["--db", str(db_path), "sync", "status"])
        assert result.exit_code == 0, result.output
        assert sorted(documents.iterdir()) == [running]
        assert not temp.exists()
    finally:
        cleanup.finish_staging(running, guard)
