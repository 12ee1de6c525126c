"""The central import does the same on a SQLite file and on PostgreSQL (issue 16): what is
applied, what a repeated or changed package does, corrections and conflicts, the analysts'
views, SIASN output, and every refusal (tampered, truncated, replayed, revoked, unknown office)
with nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.sync import (
    State,
    TrustPolicy,
    correct_row,
    export_package,
    import_packages,
    list_conflicts,
    revoke_office,
    write_siasn,
)
from desktop.sync.copies import office_copy
from desktop.sync.keyfile import export_key_file, import_key_file
from desktop.sync.receipts import import_receipt
from tests.sync.conftest import Centre, centre_state
from tests.unit.sync_support import TRUST_ALL, demo_office, introduce, office_data, office_uuid


@pytest.fixture
def world(centre: Centre, tmp_path: Path):
    """A demo office whose key the centre holds (and the centre's key the office), and its
    first package, not imported yet."""
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    office = demo_office(tmp_path / "kantor.sqlite", staff=30)
    introduce(office, centre.db, stick)
    key, _ = export_key_file(office, stick / "kantor.kinerja-kunci")
    import_key_file(centre.db, key)
    first = export_package(office, stick)
    try:
        yield {"office": office, "centre": centre.db, "stick": stick, "first": first,
               "tmp": tmp_path, "kind": centre.kind}  # fmt: skip
    finally:
        office.close()


def _applied(centre, *paths: Path, trust: TrustPolicy = TRUST_ALL):
    report = import_packages(centre, list(paths), trust=trust)
    assert report.ok, report.lines()
    return report.outcomes


def test_a_package_is_applied_and_the_centre_holds_the_office_data(world):
    [outcome] = _applied(world["centre"], world["first"].path)
    assert outcome.state is State.APPLIED and outcome.counts["new"] == world["first"].total_rows
    assert office_copy(world["centre"], office_uuid(world["office"])) == office_data(
        world["office"]
    )
    staff = world["office"].execute("SELECT count(*) FROM staff").fetchone()[0]
    assert world["centre"].execute("SELECT count(*) FROM central_staff_v").fetchone()[0] == staff
    [(name, rows)] = (
        world["centre"].execute("SELECT nama, staff_rows FROM central_office_v").fetchall()
    )
    assert rows == staff and name
    assert Path(outcome.receipt).exists()


def test_changes_deletions_and_a_repeated_full_package(world):
    centre, office, stick = world["centre"], world["office"], world["stick"]
    _applied(centre, world["first"].path)
    with office.atomic():
        office.conn.execute("UPDATE staff SET jabatan = 'Perencana Ahli' WHERE id = 1")
        office.conn.execute(
            "DELETE FROM riwayat_diklat WHERE id = (SELECT min(id) FROM riwayat_diklat)"
        )
    [outcome] = _applied(centre, export_package(office, stick).path)
    assert outcome.counts["updated"] >= 1 and outcome.counts["deleted"] == 1
    full = export_package(office, stick, full=True)
    [outcome] = _applied(centre, full.path)
    assert outcome.counts["unchanged"] > 0
    assert [outcome.counts[k] for k in ("new", "updated", "deleted", "conflicts")] == [0] * 4
    assert office_copy(centre, office_uuid(office)) == office_data(office)


def test_a_correction_at_the_centre_meets_the_office_change_as_a_conflict(world):
    centre, office = world["centre"], world["office"]
    _applied(centre, world["first"].path)
    staff_uuid, nama = office.execute("SELECT uuid, nama FROM staff WHERE id = 1").fetchone()
    corrected = correct_row(centre, "staff", staff_uuid, {"jabatan": "Analis Pusat"}, reason="x")
    assert corrected["jabatan"] == "Analis Pusat" and corrected["nama"] == nama
    with office.atomic():
        office.conn.execute("UPDATE staff SET jabatan = 'Analis Kantor' WHERE id = 1")
    [outcome] = _applied(centre, export_package(office, world["stick"]).path)
    assert outcome.counts["conflicts"] == 1
    [conflict] = list_conflicts(centre)
    assert (conflict.kind, conflict.fields) == ("both_changed", ["jabatan"])
    held = office_copy(centre, office_uuid(office))["staff"][staff_uuid]
    assert held["jabatan"] == "Analis Kantor"  # the office wins a field both changed


def test_a_row_another_office_holds_is_listed_and_kept(world):
    centre, office = world["centre"], world["office"]
    staff_uuid = office.execute("SELECT uuid FROM staff WHERE id = 1").fetchone()[0]
    other = "f" * 32
    with centre.atomic():
        centre.conn.execute(
            "INSERT INTO central_row (table_name, uuid, office_uuid, data, updated_at, "
            "office_rev, origin, package) VALUES ('staff', ?, ?, ?, ?, 1, ?, 0)",
            [staff_uuid, other, '{"nama":"Milik Kantor Lain"}', "2026-01-01T00:00:00Z", other],
        )
    [outcome] = _applied(centre, world["first"].path)
    assert outcome.counts["conflicts"] == 1 and outcome.counts["unchanged"] == 0
    [conflict] = list_conflicts(centre)
    assert (conflict.kind, conflict.uuid) == ("other_office", staff_uuid)
    owner = centre.execute("SELECT office_uuid FROM central_row WHERE uuid = ?", [staff_uuid])
    assert owner.fetchone()[0] == other
    rows = centre.execute(
        "SELECT count(*) FROM central_row WHERE office_uuid = ?", [office_uuid(office)]
    ).fetchone()[0]
    assert rows == outcome.counts["new"]


def test_a_package_before_its_predecessor_waits_in_the_backlog(world, centre: Centre):
    """The centre went back to an older copy: it lacks package 2, which the office's next
    package builds on, so package 3 is held until 2 is brought again."""
    office, stick = world["office"], world["stick"]
    p1 = world["first"]
    import_receipt(office, Path(_applied(centre.db, p1.path)[0].receipt))
    older = centre.copy(world["tmp"])
    try:
        with office.atomic():
            office.conn.execute("UPDATE staff SET jabatan = 'Kepala Seksi' WHERE id = 1")
        p2 = export_package(office, stick)
        import_receipt(office, Path(_applied(centre.db, p2.path)[0].receipt))
        with office.atomic():
            office.conn.execute("UPDATE staff SET jabatan = 'Kepala Bidang' WHERE id = 1")
        p3 = export_package(office, stick)
        assert p3.base_sequence == 2

        [held] = import_packages(older.db, [p3.path], trust=TRUST_ALL).outcomes
        assert held.state is State.HELD and "menunggu paket urutan 2" in held.message
        [again] = import_packages(older.db, [p3.path], trust=TRUST_ALL).outcomes
        assert again.state is State.REFUSED and again.code == "already_held"
        report = import_packages(older.db, [p2.path], trust=TRUST_ALL)
        assert [(o.sequence, o.state, o.from_backlog) for o in report.outcomes] == [
            (2, State.APPLIED, False),
            (3, State.APPLIED, True),
        ]
        assert office_copy(older.db, office_uuid(office)) == office_data(office)
        assert older.db.execute("SELECT count(*) FROM sync_backlog").fetchone()[0] == 0
    finally:
        older.db.close()


def test_siasn_output_is_the_same_from_either_centre(world, tmp_path):
    _applied(world["centre"], world["first"].path)
    tahun = world["office"].execute("SELECT max(tahun) FROM skp").fetchone()[0]
    out = tmp_path / "siasn"
    out.mkdir()
    result = write_siasn(world["centre"], tahun, out)
    assert result.annual + result.periodic > 0
    records = json.loads(next(out.glob("siasn-skp22-*.json")).read_text(encoding="utf-8"))
    assert records  # the shape is tested with the SQLite centre in tests/unit/test_sync_siasn


# -- refusals: the reason, and not one row written --------------------------------------------

NO_TRUST = TrustPolicy()


def _refused(world, *paths: Path, trust: TrustPolicy = NO_TRUST) -> list:
    before = centre_state(world["centre"])
    report = import_packages(world["centre"], list(paths), trust=trust)
    assert not report.ok and all(o.state is State.REFUSED for o in report.outcomes)
    assert centre_state(world["centre"]) == before
    return report.outcomes


def _copy(world, name: str, data: bytes) -> Path:
    path = world["tmp"] / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("where", [0.02, 0.5, -30])
def test_a_tampered_package_writes_nothing(world, where):
    data = bytearray(world["first"].path.read_bytes())
    data[int(len(data) * where) if where > 0 else len(data) + where] ^= 0x01
    [outcome] = _refused(world, _copy(world, "ubah.kinerja", bytes(data)))
    assert outcome.code in ("damaged", "tampered")


@pytest.mark.parametrize("keep", [0.1, 0.9])
def test_a_truncated_package_writes_nothing(world, keep):
    data = world["first"].path.read_bytes()
    [outcome] = _refused(world, _copy(world, "potong.kinerja", data[: int(len(data) * keep)]))
    assert outcome.code in ("damaged", "not_a_package")


def test_a_replayed_package_writes_nothing(world):
    _applied(world["centre"], world["first"].path)
    [outcome] = _refused(world, world["first"].path)
    assert outcome.code == "already_applied" and "sudah diimpor" in outcome.message


def test_a_revoked_office_writes_nothing(world):
    revoke_office(world["centre"], office_uuid(world["office"]), reason="laptop hilang")
    [outcome] = _refused(world, world["first"].path, trust=TRUST_ALL)
    assert outcome.code == "revoked" and "dicabut" in outcome.message


def test_an_unknown_office_writes_nothing(world, tmp_path):
    stranger = demo_office(tmp_path / "asing.sqlite", seed=9, staff=20)
    try:
        introduce(stranger, world["centre"], world["stick"])
        package = export_package(stranger, world["stick"])
        [outcome] = _refused(world, package.path)
        assert outcome.code == "unknown_office"
    finally:
        stranger.close()


def test_a_refusal_inside_a_batch_leaves_the_good_package_applied(world):
    data = bytearray(world["first"].path.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = _copy(world, "ubah.kinerja", bytes(data))
    report = import_packages(world["centre"], [bad, world["first"].path], trust=TRUST_ALL)
    states = sorted(o.state.value for o in report.outcomes)
    assert states == ["applied", "refused"]
    rows = world["centre"].execute("SELECT count(*) FROM central_row").fetchone()[0]
    assert rows == world["first"].total_rows
