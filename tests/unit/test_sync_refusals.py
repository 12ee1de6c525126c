"""Every way a package is refused: a clear Indonesian reason, and the central database file
byte for byte as it was (checked on the file after a full WAL checkpoint)."""

from __future__ import annotations

import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.store.db import open_db
from desktop.sync import State, export_package, import_packages, revoke_office
from desktop.sync.central import TrustPolicy
from desktop.sync.errors import SyncError
from desktop.sync.keyfile import export_key_file, import_key_file
from desktop.sync.keys import KeyPair, unb64
from desktop.sync.manifest import MANIFEST, Manifest
from desktop.sync.reader import load_package, verify_members, verify_origin
from desktop.sync.writer import PackageWriter
from tests.unit.sync_support import TRUST_ALL, centre_db, demo_office, file_digest, introduce


@pytest.fixture
def world(tmp_path: Path):
    """A demo office, its centre (keys exchanged, one package applied) and a fresh package."""
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    office = demo_office(tmp_path / "kantor.sqlite", staff=30)
    centre = centre_db(tmp_path / "pusat.sqlite")
    introduce(office, centre, stick)
    key, _ = export_key_file(office, stick / "kantor.kinerja-kunci")
    import_key_file(centre, key)
    first = export_package(office, stick)
    assert import_packages(centre, [first.path]).ok
    with office.atomic():
        office.conn.execute("UPDATE staff SET jabatan = 'Perencana' WHERE id = 1")
    second = export_package(office, stick)
    yield {
        "office": office,
        "centre": centre,
        "stick": stick,
        "first": first.path,
        "package": second.path,
        "centre_path": tmp_path / "pusat.sqlite",
        "tmp": tmp_path,
    }
    office.close()
    centre.close()


NO_TRUST = TrustPolicy()


def refused(world, *paths: Path, trust: TrustPolicy = NO_TRUST) -> list:
    """Import and return the outcomes, asserting the centre's file did not change."""
    before = file_digest(world["centre"], world["centre_path"])
    report = import_packages(world["centre"], list(paths), trust=trust)
    assert file_digest(world["centre"], world["centre_path"]) == before
    assert not report.ok and all(o.state is State.REFUSED for o in report.outcomes)
    return report.outcomes


def altered(world, name: str, data: bytes) -> Path:
    path = world["tmp"] / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("keep", [0.0, 0.1, 0.5, 0.9, 0.999])
def test_a_truncated_package_is_refused(world, keep):
    data = world["package"].read_bytes()
    [outcome] = refused(world, altered(world, "potong.kinerja", data[: int(len(data) * keep)]))
    assert outcome.code in ("damaged", "not_a_package")
    assert "rusak, terpotong" in outcome.message or "bukan paket" in outcome.message


def _positions(size: int) -> list[int]:
    """Every byte of the head and tail (zip headers, directory, seal) and a spread between."""
    spread = range(0, size, max(1, size // 97))
    return sorted({*range(0, 64), *range(size - 160, size), *spread})


def test_changing_any_byte_is_caught_by_the_reader(world):
    data = world["package"].read_bytes()
    key = load_package(world["package"]).manifest.office.sign_key
    for pos in _positions(len(data)):
        bent = bytearray(data)
        bent[pos] ^= 0x20
        path = altered(world, "ubah.kinerja", bytes(bent))
        with pytest.raises(SyncError) as caught:
            pkg = load_package(path)
            verify_origin(pkg, unb64(key))
            verify_members(pkg)
        assert caught.value.code in (
            "damaged", "tampered", "not_a_package", "newer_format", "zip_unsafe", "too_large",
            "bad_number",
        ), pos  # fmt: skip


@pytest.mark.parametrize("where", [0.02, 0.3, 0.6, -30])
def test_a_tampered_package_is_refused_by_the_centre(world, where):
    data = bytearray(world["package"].read_bytes())
    pos = int(len(data) * where) if where > 0 else len(data) + where
    data[pos] ^= 0x01
    [outcome] = refused(world, altered(world, "ubah.kinerja", bytes(data)))
    assert outcome.code in ("damaged", "tampered")


def test_a_repacked_package_with_other_zip_metadata_is_refused(world):
    """Same members, same content, only the zip's own dates changed: zip readers do not care,
    the seal does."""
    src = zipfile.ZipFile(world["package"])
    path = world["tmp"] / "salin.kinerja"
    with zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            info.date_time = (2026, 11, 23, 8, 0, 0)
            out.writestr(info, src.read(info.filename))
        out.comment = src.comment
    [outcome] = refused(world, path)
    assert outcome.code == "tampered" and "segel" in outcome.message


def test_an_unknown_office_is_refused_with_its_fingerprint(world, tmp_path):
    stranger = demo_office(tmp_path / "asing.sqlite", seed=21, staff=20)
    try:
        package = export_package(stranger, world["stick"])
        [outcome] = refused(world, package.path)
        assert outcome.code == "unknown_office"
        assert package.fingerprint in outcome.message and "--trust" in outcome.message
        wrong = TrustPolicy(fingerprints=frozenset({"0000-1111"}))
        assert refused(world, package.path, trust=wrong)[0].code == "unknown_office"
        right = TrustPolicy(fingerprints=frozenset({package.fingerprint.replace("-", " ")}))
        assert import_packages(world["centre"], [package.path], trust=right).ok
    finally:
        stranger.close()


def test_an_answer_no_leaves_an_unknown_office_out(world, tmp_path):
    stranger = demo_office(tmp_path / "asing.sqlite", seed=22, staff=20)
    try:
        package = export_package(stranger, world["stick"])
        asked = []
        policy = TrustPolicy(confirm=lambda office: asked.append(office.fingerprint) or False)
        assert refused(world, package.path, trust=policy)[0].code == "unknown_office"
        assert asked == [package.fingerprint]
    finally:
        stranger.close()


def test_a_revoked_office_is_refused(world):
    revoke_office(
        world["centre"],
        world["office"].execute("SELECT office_uuid FROM office").fetchone()[0],
        reason="laptop hilang",
    )
    [outcome] = refused(world, world["package"])
    assert outcome.code == "revoked" and "dicabut" in outcome.message


def test_a_package_signed_with_another_key_is_refused(world):
    """The office's key is gone (a copied database without it): its packages no longer match
    the key the centre registered."""
    office = world["office"]
    with office.atomic():
        office.conn.execute("DELETE FROM sync_key")
    package = export_package(office, world["stick"])
    [outcome] = refused(world, package.path, trust=TRUST_ALL)
    assert outcome.code == "key_mismatch"


def _rewrite(world, manifest_change: dict, name: str) -> Path:
    """A package re-made by a writer that claims something else in its manifest."""
    pkg = load_package(world["package"])
    keys_row = (
        world["office"]
        .execute("SELECT private_key, public_key FROM sync_key WHERE purpose = 'sign'")
        .fetchone()
    )
    signer = KeyPair("sign", bytes(keys_row[0]), bytes(keys_row[1]))
    manifest: Manifest = replace(pkg.manifest, members=[], encryption=None, **manifest_change)
    path = world["tmp"] / name
    with open(path, "w+b") as handle:
        writer = PackageWriter(handle, manifest, signer)
        writer.add("staff", [])
        writer.close(rows={"staff": 0})
    return path


def test_a_newer_format_version_is_refused_before_anything_else(world):
    path = _rewrite(world, {"format_version": 2}, "baru.kinerja")
    [outcome] = refused(world, path)
    assert outcome.code == "newer_format"
    assert "versi 2" in outcome.message and "perbarui aplikasi" in outcome.message


def test_a_package_encrypted_for_another_centre_is_refused(world, tmp_path):
    other = centre_db(tmp_path / "pusat-lain.sqlite", fresh=True)
    try:
        introduce(world["office"], other, world["stick"])
        package = export_package(world["office"], world["stick"])
        [outcome] = refused(world, package.path)
        assert outcome.code == "wrong_centre" and "pusat lain" in outcome.message
    finally:
        other.close()


def test_replays_are_refused(world):
    outcomes = refused(world, world["first"])
    assert [o.code for o in outcomes] == ["already_applied"]
    assert "sudah diimpor" in outcomes[0].message


def test_a_reused_sequence_number_is_refused(world, tmp_path):
    """A copy of the office database exports the same number with other content."""
    copy_path = tmp_path / "salinan.sqlite"
    dest = sqlite3.connect(copy_path)
    world["office"].conn.backup(dest)
    dest.close()
    clone = open_db(copy_path)
    try:
        with world["office"].atomic():
            world["office"].conn.execute("UPDATE staff SET jabatan = 'Asli' WHERE id = 2")
        third = export_package(world["office"], world["stick"])
        assert import_packages(world["centre"], [world["package"], third.path]).ok
        with clone.atomic():
            clone.conn.execute("UPDATE staff SET jabatan = 'Salinan' WHERE id = 2")
        twin = export_package(clone, tmp_path)
        assert twin.sequence == third.sequence
        [outcome] = refused(world, twin.path)
        assert outcome.code == "sequence_reused" and "dipulihkan dari cadangan" in outcome.message
    finally:
        clone.close()


def test_a_central_import_refuses_an_office_database(world):
    before = file_digest(world["office"], world["tmp"] / "kantor.sqlite")
    with pytest.raises(SyncError) as caught:
        import_packages(world["office"], [world["package"]])
    assert caught.value.code == "not_central"
    assert file_digest(world["office"], world["tmp"] / "kantor.sqlite") == before


def test_a_file_that_is_no_package_is_refused(world):
    path = altered(world, "foto.kinerja", b"\x89PNG\r\n\x1a\n" + b"0" * 500)
    [outcome] = refused(world, path)
    assert outcome.code == "damaged"
    zip_path = world["tmp"] / "lain.kinerja"
    with zipfile.ZipFile(zip_path, "w") as zf:
        zf.writestr("catatan.txt", "bukan paket")
    assert refused(world, zip_path)[0].code == "not_a_package"
    with zipfile.ZipFile(zip_path, "w") as zf:
        zf.writestr(MANIFEST, "{}")
        zf.writestr("manifest.sig", "")
    assert refused(world, zip_path)[0].code == "not_a_package"


def test_one_refusal_does_not_block_the_rest_of_a_batch(world):
    bad = altered(world, "rusak.kinerja", world["package"].read_bytes()[:1000])
    report = import_packages(world["centre"], [bad, world["package"]])
    assert [(o.file, o.state) for o in report.outcomes] == [
        ("rusak.kinerja", State.REFUSED),
        (world["package"].name, State.APPLIED),
    ]


def test_every_refusal_says_nothing_was_changed_in_both_languages():
    for code, (text_id, text_en) in SyncError.catalog.items():
        assert text_id.endswith("Tidak ada yang diubah."), code
        assert text_en.endswith("Nothing was changed."), code
