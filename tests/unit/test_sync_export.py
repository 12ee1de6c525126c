"""Office export: what a package holds (and does not), the export log, and that a full disk,
a pulled stick or a cancel leaves no file under the final name and no log entry."""

from __future__ import annotations

import errno
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from desktop.core.errors import Cancelled
from desktop.sync import export_log, export_package, read_key_file
from desktop.sync.errors import SyncError
from desktop.sync.keyfile import export_key_file
from desktop.sync.keys import b64
from desktop.sync.manifest import FORMAT, FORMAT_VERSION, MANIFEST, canonical, parse_manifest
from desktop.sync.writer import PackageWriter
from tests.unit.sync_support import demo_office, file_digest


@pytest.fixture
def office(tmp_path: Path):
    db = demo_office(tmp_path / "kantor.sqlite", staff=30)
    yield db
    db.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def test_an_unencrypted_package_reads_with_any_zip_tool(office, stick):
    result = export_package(office, stick)
    assert not result.encrypted
    files = members(result.path)
    manifest = parse_manifest(files[MANIFEST])
    assert (manifest.format, manifest.format_version) == (FORMAT, FORMAT_VERSION)
    assert manifest.sequence == 1 and manifest.office.fingerprint == result.fingerprint
    for member in manifest.members:
        data = files[member.name]
        assert hashlib.sha256(data).hexdigest() == member.sha256
        lines = data.decode().splitlines()
        assert len(lines) == member.rows
        rows = [json.loads(line) for line in lines]
        assert all(canonical(row) == line for row, line in zip(rows, lines, strict=True))
        assert [r["uuid"] for r in rows] == sorted(r["uuid"] for r in rows)
    assert manifest.rows["staff"] == 30 and manifest.rows["tombstone"] == 0


def test_a_package_leaves_personal_details_and_secrets_at_the_office(office, stick):
    result = export_package(office, stick)
    files = members(result.path)
    staff = [json.loads(line)["data"] for line in files["data/staff.jsonl"].decode().splitlines()]
    for field in ("nik", "email", "no_hp", "alamat", "tanggal_lahir", "tempat_lahir", "agama_id"):
        assert all(field not in row for row in staff), field
    assert {"nip", "nama", "golongan", "unit_uuid", "atasan_uuid"} <= set(staff[0])
    assert "unit_id" not in staff[0]  # local ids travel as uuids
    assert not any(name.startswith("data/umpan_balik") or "audit" in name for name in files)
    private = office.execute("SELECT private_key FROM sync_key").fetchone()[0]
    blob = result.path.read_bytes() + b"".join(files.values())
    assert bytes(private) not in blob and b64(bytes(private)).encode() not in blob


def test_the_export_log_records_who_when_what_and_the_hash(office, stick):
    result = export_package(office, stick)
    [entry] = export_log(office)
    assert entry.sequence == 1 and entry.file_name == result.path.name
    assert entry.package_sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()
    assert entry.row_count == sum(result.rows.values()) and entry.user
    assert entry.counts == result.rows and entry.acked_at is None
    assert [p.name for p in stick.iterdir()] == [result.path.name]  # no temporary left


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "disk penuh"), (errno.EIO, "dicabut"), (errno.EROFS, "hanya dapat dibaca")],
)
def test_a_failed_write_leaves_nothing(office, stick, tmp_path, monkeypatch, code, words):
    before = file_digest(office, tmp_path / "kantor.sqlite")

    def broken(self, table, lines):
        raise OSError(code, "simulated")

    monkeypatch.setattr(PackageWriter, "add", broken)
    with pytest.raises(SyncError) as caught:
        export_package(office, stick)
    assert caught.value.code == "write_failed" and words in caught.value.message()
    assert list(stick.iterdir()) == []
    assert file_digest(office, tmp_path / "kantor.sqlite") == before


def test_a_failed_rename_leaves_no_file_and_never_reuses_its_number(office, stick, monkeypatch):
    """The log row commits before the rename (a file under a final name always has its row);
    when the rename then fails, the number stays used: the next package takes the next one."""

    def pulled_out(src, dst):
        raise OSError(errno.ENODEV, "simulated")

    monkeypatch.setattr("desktop.sync.export.os.replace", pulled_out)
    with pytest.raises(SyncError) as caught:
        export_package(office, stick)
    assert caught.value.code == "write_failed"
    assert list(stick.iterdir()) == []
    assert [e.sequence for e in export_log(office)] == [1]
    monkeypatch.undo()
    assert export_package(office, stick).sequence == 2


def test_cancelling_leaves_nothing(office, stick, tmp_path):
    before = file_digest(office, tmp_path / "kantor.sqlite")
    seen = []

    def cancel(done, total):
        seen.append((done, total))
        return done < total // 2

    with pytest.raises(Cancelled):
        export_package(office, stick, progress=cancel)
    assert seen and list(stick.iterdir()) == [] and export_log(office) == []
    assert file_digest(office, tmp_path / "kantor.sqlite") == before


def test_progress_reaches_the_total(office, stick):
    calls = []
    result = export_package(office, stick, progress=lambda d, t: calls.append((d, t)) or True)
    assert calls[-1] == (result.total_rows, result.total_rows)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_a_missing_folder_is_refused(office, tmp_path):
    with pytest.raises(SyncError) as caught:
        export_package(office, tmp_path / "tidak-ada")
    assert caught.value.code == "no_folder"


def test_a_key_file_is_small_self_signed_and_refused_when_edited(office, stick):
    path, key = export_key_file(office, stick)
    assert path.stat().st_size < 1000 and key.role == "office" and key.box_key is None
    assert read_key_file(path) == key
    path.write_bytes(path.read_bytes().replace(b'"nama":"', b'"nama":"X'))
    with pytest.raises(SyncError) as caught:
        read_key_file(path)
    assert caught.value.code == "key_file_bad"


def test_every_table_with_a_uuid_is_synced_or_kept_at_the_office_on_purpose(office):
    """A new synced table must be added to ``sync.tables`` (with the fields the centre needs)
    or to ``NOT_SYNCED``; this fails until someone decides."""
    from desktop.sync.tables import BY_NAME, NOT_SYNCED

    with_uuid = {
        name
        for name in office.table_names()
        if "uuid" in {c.name for c in office[name].columns}
        and {"rev", "origin", "updated_at"} <= {c.name for c in office[name].columns}
    }
    assert with_uuid == set(BY_NAME) | NOT_SYNCED
    for name, spec in BY_NAME.items():
        columns = {c.name for c in office[name].columns}
        assert set(spec.columns) | set(spec.foreign) <= columns, name
