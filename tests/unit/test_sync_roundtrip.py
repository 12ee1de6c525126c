"""Office → centre → receipt → office, and the ways sticks really travel: lost, late, twice,
out of order, from two offices, after a restore, and rows changed at both ends."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.store.db import open_db
from desktop.sync import (
    State,
    correct_row,
    export_package,
    import_packages,
    import_receipt,
    list_conflicts,
    sync_status,
)
from desktop.sync.errors import SyncError
from tests.unit.sync_support import (
    TRUST_ALL,
    centre_copy,
    centre_db,
    demo_office,
    file_digest,
    introduce,
    office_data,
    office_uuid,
)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


@pytest.fixture
def office(tmp_path: Path):
    db = demo_office(tmp_path / "kantor.sqlite")
    yield db
    db.close()


@pytest.fixture
def centre(tmp_path: Path):
    db = centre_db(tmp_path / "pusat.sqlite")
    yield db
    db.close()


def deliver(centre, *paths: Path):
    """Carry packages to the centre and import them."""
    return import_packages(centre, list(paths), trust=TRUST_ALL)


def first_staff(db) -> tuple[int, str]:
    return db.execute("SELECT id, uuid FROM staff ORDER BY id LIMIT 1").fetchone()


def edit_staff(db, staff_id: int, **values) -> None:
    sets = ", ".join(f"{k} = ?" for k in values)
    with db.atomic():
        db.conn.execute(f"UPDATE staff SET {sets} WHERE id = ?", [*values.values(), staff_id])


def test_round_trip_acknowledges_and_the_next_package_shrinks(office, centre, stick):
    introduce(office, centre, stick)
    first = export_package(office, stick)
    assert first.encrypted and first.full and first.sequence == 1
    assert first.rows["staff"] == 60 and first.total_rows == sum(
        len(rows) for rows in office_data(office).values()
    )

    report = deliver(centre, first.path)
    [outcome] = report.outcomes
    assert outcome.state is State.APPLIED and outcome.registered
    assert outcome.counts["new"] == first.total_rows and outcome.counts["conflicts"] == 0
    assert centre_copy(centre, office) == office_data(office)

    waiting = sync_status(office)  # until the receipt is back, everything waits
    assert waiting.total_waiting == first.total_rows and waiting.unacknowledged[0].sequence == 1
    result = import_receipt(office, Path(outcome.receipt))
    assert result.sequence == 1 and not result.restored and result.rows_waiting == 0
    status = sync_status(office)
    assert status.last_receipt.sequence == 1 and status.unacknowledged == []

    staff_id, _ = first_staff(office)
    edit_staff(office, staff_id, jabatan="Analis SDM Aparatur Ahli Muda")
    with office.atomic():
        office.conn.execute(
            "DELETE FROM riwayat_diklat WHERE id = (SELECT min(id) FROM riwayat_diklat)"
        )
    assert sync_status(office).total_waiting == 2

    second = export_package(office, stick)
    assert second.sequence == 2 and second.base_sequence == 1 and not second.full
    assert second.total_rows == 2 and second.rows["staff"] == 1 and second.tombstones == 1

    [applied] = deliver(centre, second.path).outcomes
    assert applied.counts == {"new": 0, "updated": 1, "unchanged": 0, "deleted": 1, "conflicts": 0}
    assert centre_copy(centre, office) == office_data(office)


def test_a_lost_stick_loses_nothing_and_its_late_arrival_changes_nothing(
    office, centre, stick, tmp_path
):
    lost = export_package(office, stick)
    staff_id, _ = first_staff(office)
    edit_staff(office, staff_id, golongan="III/c")
    again = export_package(office, stick)
    assert again.sequence == 2 and again.base_sequence == 0  # nothing acknowledged yet
    assert again.total_rows == lost.total_rows  # the lost package's rows travel again

    deliver(centre, again.path)
    assert centre_copy(centre, office) == office_data(office)

    before = file_digest(centre, tmp_path / "pusat.sqlite")
    [late] = deliver(centre, lost.path).outcomes
    assert late.state is State.REFUSED and late.code == "superseded"
    assert "sudah tercakup" in late.message
    assert file_digest(centre, tmp_path / "pusat.sqlite") == before


def test_packages_in_one_batch_apply_in_sequence_order(office, centre, stick):
    one = export_package(office, stick)
    staff_id, _ = first_staff(office)
    edit_staff(office, staff_id, nama="Nama Baru")
    two = export_package(office, stick)
    report = deliver(centre, two.path, one.path)  # handed over in the wrong order
    assert [o.state for o in report.outcomes] == [State.APPLIED, State.APPLIED]
    assert [o.sequence for o in report.outcomes] == [1, 2]
    assert centre_copy(centre, office) == office_data(office)


def test_the_same_package_twice_changes_nothing_and_rewrites_its_receipt(
    office, centre, stick, tmp_path
):
    package = export_package(office, stick)
    [first] = deliver(centre, package.path).outcomes
    receipt = Path(first.receipt)
    original = receipt.read_bytes()
    receipt.unlink()  # the receipt got lost on the way back

    before = file_digest(centre, tmp_path / "pusat.sqlite")
    report = deliver(centre, package.path, package.path)
    assert [o.code for o in report.outcomes] == ["already_applied", "already_applied"]
    assert not report.ok
    assert file_digest(centre, tmp_path / "pusat.sqlite") == before
    assert receipt.read_bytes() == original  # written again, byte for byte


def _copy_db(db, target: Path) -> None:
    dest = sqlite3.connect(target)
    db.conn.backup(dest)
    dest.close()


def test_a_package_before_its_predecessor_waits_in_the_backlog(office, centre, stick, tmp_path):
    """The centre restored an old backup: it lacks package 2, which the office's next package
    builds on, so package 3 waits until 2 is brought again."""
    introduce(office, centre, stick)
    p1 = export_package(office, stick)
    import_receipt(office, Path(deliver(centre, p1.path).outcomes[0].receipt))
    _copy_db(centre, tmp_path / "pusat-cadangan.sqlite")

    staff_id, _ = first_staff(office)
    edit_staff(office, staff_id, jabatan="Kepala Seksi")
    p2 = export_package(office, stick)
    import_receipt(office, Path(deliver(centre, p2.path).outcomes[0].receipt))
    edit_staff(office, staff_id, jabatan="Kepala Bidang")
    p3 = export_package(office, stick)
    assert p3.base_sequence == 2

    centre.close()
    shutil.copy(tmp_path / "pusat-cadangan.sqlite", tmp_path / "pusat.sqlite")
    restored = open_db(tmp_path / "pusat.sqlite")
    try:
        [held] = deliver(restored, p3.path).outcomes
        assert held.state is State.HELD and "menunggu paket urutan 2" in held.message
        assert centre_copy(restored, office) != office_data(office)
        [again] = deliver(restored, p3.path).outcomes
        assert again.state is State.REFUSED and again.code == "already_held"

        report = deliver(restored, p2.path)
        assert [(o.sequence, o.state, o.from_backlog) for o in report.outcomes] == [
            (2, State.APPLIED, False),
            (3, State.APPLIED, True),
        ]
        assert all(Path(o.receipt).exists() for o in report.outcomes)
        assert centre_copy(restored, office) == office_data(office)
        assert restored.execute("SELECT count(*) FROM sync_backlog").fetchone()[0] == 0
    finally:
        restored.close()


def test_two_offices_merge_into_one_centre_without_mixing(centre, stick, tmp_path):
    a = demo_office(tmp_path / "a.sqlite", seed=11)
    b = demo_office(tmp_path / "b.sqlite", seed=12)
    try:
        report = deliver(centre, export_package(a, stick).path, export_package(b, stick).path)
        assert [o.state for o in report.outcomes] == [State.APPLIED, State.APPLIED]
        assert report.totals()["conflicts"] == 0
        assert centre_copy(centre, a) == office_data(a)
        assert centre_copy(centre, b) == office_data(b)
    finally:
        a.close()
        b.close()


def test_rows_of_another_office_are_never_overwritten(centre, stick, tmp_path):
    """Two offices built from the same seed share row uuids: the second cannot take over
    the first's rows; every clash is listed."""
    a = demo_office(tmp_path / "a.sqlite", seed=5, fresh=True)
    b = demo_office(tmp_path / "b.sqlite", seed=5, fresh=True)
    try:
        deliver(centre, export_package(a, stick).path)
        edit_staff(b, first_staff(b)[0], nama="Bukan Milik B")
        [outcome] = deliver(centre, export_package(b, stick).path).outcomes
        assert outcome.state is State.APPLIED
        assert outcome.counts["new"] == 0
        assert outcome.counts["conflicts"] == sum(len(r) for r in office_data(b).values())
        assert {c.kind for c in outcome.conflicts} == {"other_office"}
        assert centre_copy(centre, a) == office_data(a)
        assert centre_copy(centre, b) == {}
    finally:
        a.close()
        b.close()


def test_a_centre_correction_survives_unless_the_office_changes_the_same_field(
    office, centre, stick
):
    deliver(centre, export_package(office, stick).path)
    staff_id, staff_uuid = first_staff(office)
    correct_row(centre, "staff", staff_uuid, {"jabatan": "Analis Kepegawaian"}, reason="SIASN")

    edit_staff(office, staff_id, golongan="IV/a")  # another field: merged, no conflict
    [outcome] = deliver(centre, export_package(office, stick).path).outcomes
    assert outcome.counts["conflicts"] == 0
    row = centre_copy(centre, office)["staff"][staff_uuid]
    assert row["jabatan"] == "Analis Kepegawaian" and row["golongan"] == "IV/a"

    edit_staff(office, staff_id, jabatan="Pranata Komputer")  # the same field: office wins
    [clash] = deliver(centre, export_package(office, stick).path).outcomes
    assert clash.counts["conflicts"] == 1
    [conflict] = clash.conflicts
    assert (conflict.kind, conflict.fields, conflict.resolution) == (
        "both_changed",
        ["jabatan"],
        "office_wins",
    )
    assert conflict.centre_value["jabatan"] == "Analis Kepegawaian"
    assert conflict.office_value["jabatan"] == "Pranata Komputer"
    assert centre_copy(centre, office) == office_data(office)
    assert [c.uuid for c in list_conflicts(centre)] == [staff_uuid]


def test_an_office_restored_from_backup_resends_everything(office, centre, stick, tmp_path):
    """The office lost a week: its restored database is older than the centre's copy. The
    centre's receipt tells it so; its next package is full and the centre drops what the
    office no longer has."""
    introduce(office, centre, stick)
    import_receipt(
        office, Path(deliver(centre, export_package(office, stick).path).outcomes[0].receipt)
    )
    _copy_db(office, tmp_path / "kantor-cadangan.sqlite")

    with office.atomic():
        office.conn.execute(
            "INSERT INTO riwayat_diklat (staff_id, nama, jp) VALUES ((SELECT min(id) FROM staff), "
            "'Diklat yang hilang', 24)"
        )
    lost_week = export_package(office, stick)
    lost_receipt = Path(deliver(centre, lost_week.path).outcomes[0].receipt)

    office.close()
    shutil.copy(tmp_path / "kantor-cadangan.sqlite", tmp_path / "kantor.sqlite")
    restored = open_db(tmp_path / "kantor.sqlite")
    try:
        result = import_receipt(restored, lost_receipt)
        assert result.restored
        with pytest.raises(SyncError) as again:
            import_receipt(restored, lost_receipt)
        assert again.value.code == "receipt_duplicate"
        full = export_package(restored, stick)
        assert full.full and full.sequence == lost_week.sequence + 1
        [outcome] = deliver(centre, full.path).outcomes
        assert outcome.state is State.APPLIED and outcome.counts["deleted"] == 1
        assert centre_copy(centre, restored) == office_data(restored)
        assert sync_status(restored).full_pending is False
    finally:
        restored.close()


def test_a_restored_office_that_reused_a_number_follows_the_centres_advice(
    office, centre, stick, tmp_path
):
    """The office is restored from a backup and exports again before any receipt: its
    package reuses a number the centre holds, so the centre refuses it (``sequence_reused``)
    and advises importing its latest receipt; that receipt is taken as a restore, and the
    next package (full, numbered past the centre's) is applied."""
    introduce(office, centre, stick)
    import_receipt(
        office, Path(deliver(centre, export_package(office, stick).path).outcomes[0].receipt)
    )
    _copy_db(office, tmp_path / "kantor-cadangan.sqlite")
    with office.atomic():
        office.conn.execute("UPDATE staff SET jabatan = 'Analis SDM' WHERE id = 1")
    sent = export_package(office, stick)
    receipt = Path(deliver(centre, sent.path).outcomes[0].receipt)
    office.close()
    shutil.copy(tmp_path / "kantor-cadangan.sqlite", tmp_path / "kantor.sqlite")
    restored = open_db(tmp_path / "kantor.sqlite")
    try:
        again = export_package(restored, stick)
        assert again.sequence == sent.sequence
        [refused] = deliver(centre, again.path).outcomes
        assert refused.state is not State.APPLIED
        assert "sequence_reused" in (refused.code or "")
        assert import_receipt(restored, receipt).restored
        full = export_package(restored, stick)
        assert full.full and full.sequence == sent.sequence + 1
        [outcome] = deliver(centre, full.path).outcomes
        assert outcome.state is State.APPLIED
        assert centre_copy(centre, restored) == office_data(restored)
    finally:
        restored.close()


def test_a_receipt_is_checked_before_it_counts(office, centre, stick, tmp_path):
    other = demo_office(tmp_path / "lain.sqlite", seed=9)
    introduce(other, centre, stick)
    introduce(office, centre, stick)
    try:
        [outcome] = deliver(centre, export_package(other, stick).path).outcomes
        receipt = Path(outcome.receipt)
        with pytest.raises(SyncError) as wrong_office:
            import_receipt(office, receipt)
        assert wrong_office.value.code == "receipt_other_office"

        bent = tmp_path / "bent.kinerja-tt"
        bent.write_bytes(receipt.read_bytes().replace(b'"new":', b'"new": '))
        with pytest.raises(SyncError) as damaged:
            import_receipt(other, bent)
        assert damaged.value.code == "receipt_bad"

        assert import_receipt(other, receipt).sequence == 1
        with pytest.raises(SyncError) as twice:
            import_receipt(other, receipt)
        assert twice.value.code == "receipt_duplicate"
    finally:
        other.close()


def test_an_unknown_centre_needs_its_fingerprint_confirmed(office, centre, stick, tmp_path):
    """Without the centre's key file the first receipt names the centre's fingerprint; once
    trusted, the office learns the centre's encryption key from it."""
    package = export_package(office, stick)
    assert not package.encrypted
    receipt = Path(deliver(centre, package.path).outcomes[0].receipt)
    before = file_digest(office, tmp_path / "kantor.sqlite")
    with pytest.raises(SyncError) as unknown:
        import_receipt(office, receipt)
    assert unknown.value.code == "receipt_unknown_centre"
    assert file_digest(office, tmp_path / "kantor.sqlite") == before

    fingerprint = unknown.value.params["fingerprint"]
    result = import_receipt(office, receipt, trust=frozenset({fingerprint.lower()}))
    assert result.newly_trusted
    assert export_package(office, stick).encrypted


def test_the_centre_keeps_office_identity(office, centre, stick):
    deliver(centre, export_package(office, stick).path)
    row = centre.execute(
        "SELECT office_uuid, registered_how, applied_sequence FROM sync_office"
    ).fetchone()
    assert row == (office_uuid(office), "first_contact", 1)


def test_a_stolen_key_is_revoked_and_a_new_one_takes_over(office, centre, stick):
    from desktop.sync import export_key_file, import_key_file, revoke_office
    from desktop.sync.keyfile import renew_keys

    deliver(centre, export_package(office, stick).path)
    revoke_office(centre, office_uuid(office), reason="laptop dicuri")
    old = export_package(office, stick)  # what the thief could still sign
    assert deliver(centre, old.path).outcomes[0].code == "revoked"

    new_key = renew_keys(office)
    assert new_key.fingerprint != old.fingerprint
    stale = export_package(office, stick)
    assert deliver(centre, stale.path).outcomes[0].code == "revoked"  # still refused
    path, _ = export_key_file(office, stick / "kunci-baru.kinerja-kunci")
    imported = import_key_file(centre, path)
    assert imported.previous_fingerprint == old.fingerprint
    [fresh] = deliver(centre, export_package(office, stick).path).outcomes
    assert fresh.state is State.APPLIED
    assert centre_copy(centre, office) == office_data(office)
    assert deliver(centre, old.path).outcomes[0].code == "revoked"  # revoked for good


def test_a_preview_says_what_an_import_would_do_and_writes_nothing(office, centre, stick, tmp_path):
    from desktop.sync import preview_packages

    package = export_package(office, stick)
    before = file_digest(centre, tmp_path / "pusat.sqlite")
    [unknown] = preview_packages(centre, [package.path])
    assert unknown.state is State.REFUSED and unknown.code == "unknown_office"
    [fine] = preview_packages(centre, [package.path], trust=TRUST_ALL)
    assert fine.state is State.APPLIED and fine.sequence == 1
    assert file_digest(centre, tmp_path / "pusat.sqlite") == before
    deliver(centre, package.path)
    assert preview_packages(centre, [package.path])[0].code == "already_applied"
