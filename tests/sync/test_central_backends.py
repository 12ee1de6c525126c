"""The central import does the same on a SQLite file and on PostgreSQL (issue 16): what is
applied, what a repeated or changed package does, corrections and conflicts, the analysts'
views, SIASN output, and every refusal (tampered, truncated, replayed, revoked, unknown office)
with nothing written."""

from __future__ import annotations

import json
import zipfile
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
from tests.unit.sync_support import (
    TRUST_ALL,
    centre_db,
    demo_office,
    introduce,
    office_data,
    office_uuid,
)


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


ODD_TEXT = 'Jl. "Merdeka" No. 5\\B\tRT 01\r\nKel. Sukamaju — Kab. Ciamis \u00e9\U0001f600 {x}'


def test_text_with_backslashes_tabs_and_line_breaks_arrives_as_the_office_wrote_it(world):
    """Every value reaches the centre unchanged, by the first (straight-in) path and by the
    staged path of a later package: the PostgreSQL importer writes COPY text itself."""
    centre, office = world["centre"], world["office"]
    with office.atomic():
        office.conn.execute("UPDATE staff SET jabatan = ? WHERE id = 1", [ODD_TEXT])
    _applied(centre, export_package(office, world["stick"], full=True).path)
    assert office_copy(centre, office_uuid(office)) == office_data(office)
    with office.atomic():
        office.conn.execute("UPDATE staff SET jabatan = ? WHERE id = 2", ["\\" + ODD_TEXT])
    [outcome] = _applied(centre, export_package(office, world["stick"]).path)
    assert outcome.counts["updated"] == 1
    held = office_copy(centre, office_uuid(office))
    assert held == office_data(office)
    assert ODD_TEXT in {row["jabatan"] for row in held["staff"].values()}


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


def test_a_table_in_several_members_goes_in_whole_and_the_rows_of_another_office_stay(
    world, monkeypatch
):
    """A large table travels in several members; each of them is new to the centre (the
    straight path), and a uuid another office holds is listed wherever it falls."""
    centre, office, stick = world["centre"], world["office"], world["stick"]
    monkeypatch.setattr("desktop.sync.export.CHUNK_ROWS", 7)
    monkeypatch.setattr("desktop.sync.export.PROGRESS_STEP", 1)
    taken = [r[0] for r in office.execute(
        "SELECT uuid FROM staff WHERE id IN ((SELECT min(id) FROM staff), "
        "(SELECT max(id) FROM staff)) ORDER BY id"
    )]  # fmt: skip
    other = "e" * 32
    with centre.atomic():
        for row_uuid in taken:
            centre.conn.execute(
                "INSERT INTO central_row (table_name, uuid, office_uuid, data, updated_at, "
                "office_rev, origin, package) VALUES ('staff', ?, ?, ?, ?, 1, ?, 0)",
                [row_uuid, other, '{"nama":"Milik Kantor Lain"}', "2026-01-01T00:00:00Z", other],
            )
    package = export_package(office, stick, full=True)
    with zipfile.ZipFile(package.path) as zipped:
        staff_members = [n for n in zipped.namelist() if n.startswith("data/staff.")]
    assert len(staff_members) > 2
    [outcome] = _applied(centre, package.path)
    assert outcome.counts["conflicts"] == 2
    assert outcome.counts["new"] == package.total_rows - 2
    assert sorted(c.uuid for c in list_conflicts(centre)) == sorted(taken)
    held = office_copy(centre, office_uuid(office))
    expected = office_data(office)
    for row_uuid in taken:
        del expected["staff"][row_uuid]
    assert held == expected


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


def _cli(*args: object):
    from click.testing import CliRunner

    from desktop.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_the_centre_overview_on_the_command_line_and_as_a_workbook(world, centre: Centre):
    """``kinerja sync rekap``: what the analysts' screen shows, from either backend."""
    from openpyxl import load_workbook

    registered = _cli("--db", centre.target, "sync", "rekap")  # known, nothing applied yet
    assert registered.exit_code == 0 and "#0\t-\t-\t0/0" in registered.output
    _applied(world["centre"], world["first"].path)
    out = world["tmp"] / "rekap.xlsx"
    shown = _cli("--db", centre.target, "sync", "rekap", "-o", out)
    assert shown.exit_code == 0, shown.output
    office = world["office"]
    nama = office.execute("SELECT nama_kantor FROM office").fetchone()[0]
    staff = office.execute("SELECT count(*) FROM staff").fetchone()[0]
    active = office.execute("SELECT count(*) FROM staff WHERE aktif = 1").fetchone()[0]
    assert nama in shown.output and f"{active}/{staff}" in shown.output
    data = json.loads(_cli("--db", centre.target, "sync", "rekap", "--json").output)
    [listed] = data["offices"]
    assert (listed["sequence"], listed["staff"]) == (1, staff)
    for year in data["distribution"]:  # the office's own count of that year's evaluations
        graded = office.execute(
            "SELECT count(*) FROM evaluasi e JOIN skp s ON s.id = e.skp_id "
            "WHERE s.tahun = ? AND e.periode = ? AND e.predikat IS NOT NULL",
            [year["tahun"], year["periode"]],
        ).fetchone()[0]
        assert sum(year["counts"].values()) == graded > 0
    assert data["distribution"]
    book = load_workbook(out, read_only=True)
    assert len(book.sheetnames) == 2
    wrong = _cli("--db", centre.target, "sync", "rekap", "-o", world["tmp"] / "rekap.pdf")
    assert wrong.exit_code == 1 and "hanya ke berkas .xlsx" in wrong.stderr
    assert not (world["tmp"] / "rekap.pdf").exists()
    nowhere = _cli("--db", centre.target, "sync", "rekap", "-o", world["tmp"] / "no" / "r.xlsx")
    assert nowhere.exit_code == 1 and "tidak dapat ditulis" in nowhere.stderr


def test_the_overview_of_an_empty_centre_and_of_an_office_database(tmp_path):
    centre_db(tmp_path / "pusat.sqlite").close()
    empty = _cli("--db", tmp_path / "pusat.sqlite", "sync", "rekap")
    assert empty.exit_code == 0 and "Belum ada kantor" in empty.output
    office = demo_office(tmp_path / "kantor.sqlite", staff=5)
    office.close()
    result = _cli("--db", tmp_path / "kantor.sqlite", "sync", "rekap")
    assert result.exit_code == 1 and "basis data kantor" in result.stderr
