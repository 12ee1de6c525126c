"""Hostile packages at the centre (issue 8, finding 5): bombs, lying and odd zips, a revoked key
under a new office uuid, rows a registered office signed that are wrong, odd version numbers.

Each is refused with its reason, the centre's file stays byte for byte as it was, and a good
package in the same batch is imported."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.store.db import open_db
from desktop.sync import (
    State,
    TrustPolicy,
    export_key_file,
    export_package,
    import_key_file,
    import_packages,
    revoke_office,
)
from desktop.sync.errors import SyncError
from desktop.sync.keyfile import renew_keys
from desktop.sync.manifest import MANIFEST, MANIFEST_SIG
from tests.reliability.hostile import (
    GiB,
    MiB,
    deflated,
    first,
    office_key,
    resign,
    small_manifest,
    stored,
    write_zip,
    zero_bomb,
)
from tests.unit.sync_support import TRUST_ALL, centre_db, demo_office, file_digest, office_uuid

NO_TRUST = TrustPolicy()


@pytest.fixture(scope="module")
def bomb_stream() -> bytes:
    return zero_bomb(3 * GiB)


@pytest.fixture
def world(tmp_path: Path):
    """A demo office registered at a centre by key file (packages signed, not encrypted, so
    their rows can be changed and signed again), and its first, full package: the good one."""
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    office = demo_office(tmp_path / "kantor.sqlite", staff=30)
    centre = centre_db(tmp_path / "pusat.sqlite")
    key, _ = export_key_file(office, stick / "kantor.kinerja-kunci")
    import_key_file(centre, key)
    good = export_package(office, stick).path
    world = {
        "office": office, "centre": centre, "stick": stick, "good": good, "tmp": tmp_path,
        "centre_path": tmp_path / "pusat.sqlite",
    }  # fmt: skip
    yield world
    office.close()
    centre.close()


def refused_alone(world, path: Path, trust: TrustPolicy = NO_TRUST):
    """Import ``path`` by itself: refused, and the centre's file byte for byte as before."""
    before = file_digest(world["centre"], world["centre_path"])
    report = import_packages(world["centre"], [path], trust=trust)
    assert file_digest(world["centre"], world["centre_path"]) == before
    [outcome] = report.outcomes
    assert outcome.state is State.REFUSED, outcome
    assert "Tidak ada yang diubah" in outcome.message
    return outcome


def refused_beside_good(world, path: Path, trust: TrustPolicy = NO_TRUST):
    """Import ``path`` and then the good package in one batch: only the good one applies."""
    report = import_packages(world["centre"], [path, world["good"]], trust=trust)
    states = {o.file: o for o in report.outcomes}
    assert states[world["good"].name].state is State.APPLIED
    assert states[path.name].state is State.REFUSED
    return states[path.name]


def refused(world, path: Path, code: str, *words: str, trust: TrustPolicy = NO_TRUST):
    """Both of the above, with the same code and words in the reason."""
    alone = refused_alone(world, path, trust)
    assert alone.code == code, alone.message
    for word in words:
        assert word in alone.message, (word, alone.message)
    beside = refused_beside_good(world, path, trust)
    assert (beside.code, beside.message) == (alone.code, alone.message)
    return alone


# -- bombs and lying zips: refused before anything is inflated -----------------------------


def test_a_manifest_bomb_is_refused_at_once_with_tiny_memory(world, bomb_stream):
    """3 GiB of manifest in a ~3 MB file (the issue's 3.9 MB package reached 4.3 GB)."""
    bomb = write_zip(
        world["tmp"] / "bom.kinerja",
        [deflated(MANIFEST, b"", data=bomb_stream, size=3 * GiB), stored(MANIFEST_SIG, b"x")],
    )
    assert bomb.stat().st_size < 4 * MiB
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    outcome = refused_alone(world, bomb)
    assert time.perf_counter() - started < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak < 64 * 1024  # KiB: 64 MB
    assert outcome.code == "too_large"
    assert "manifest.json" in outcome.message and "3.0 GiB" in outcome.message
    assert "sebelum dibuka" in outcome.message
    refused_beside_good(world, bomb)


def test_a_manifest_that_lies_about_its_size_is_cut_at_the_size_it_declares(world, bomb_stream):
    """The header says 300 bytes; the stream would inflate to 3 GiB. Inflating stops at the
    declared size and the checksum fails."""
    liar = deflated(MANIFEST, b"", data=bomb_stream, size=300)
    path = write_zip(world["tmp"] / "bohong.kinerja", [liar, stored(MANIFEST_SIG, b"x")])
    started = time.perf_counter()
    outcome = refused(world, path, "damaged", "manifest.json")
    assert time.perf_counter() - started < 5.0
    assert outcome.code == "damaged"


def test_a_data_member_bomb_is_refused_before_the_signature_is_checked(world, bomb_stream):
    member = deflated("data/staff.jsonl", b"", data=bomb_stream, size=3 * GiB)
    path = write_zip(
        world["tmp"] / "bom-data.kinerja",
        [stored(MANIFEST, small_manifest()), stored(MANIFEST_SIG, b"x"), member],
    )
    refused(world, path, "too_large", "data/staff.jsonl", "3.0 GiB", "256.0 MiB")


def test_a_member_that_inflates_too_far_is_refused_by_its_ratio(world):
    """Under the size limit, but 192 MiB from ~190 KB: no real member shrinks 1000×."""
    member = deflated("data/iki.jsonl", b"", data=zero_bomb(192 * MiB), size=192 * MiB)
    path = write_zip(
        world["tmp"] / "rasio.kinerja",
        [stored(MANIFEST, small_manifest()), stored(MANIFEST_SIG, b"x"), member],
    )
    refused(world, path, "zip_unsafe", "data/iki.jsonl", "memuai", "batas 100×")


def test_the_total_of_all_members_is_bounded(world, bomb_stream):
    parts = [
        deflated(f"data/staff.{n:03d}.jsonl", b"", data=bomb_stream[: 200 * 1024], size=250 * MiB)
        for n in range(2, 20)
    ]
    path = write_zip(
        world["tmp"] / "total.kinerja",
        [stored(MANIFEST, small_manifest()), stored(MANIFEST_SIG, b"x"), *parts],
    )
    refused(world, path, "too_large", "isi paket", "batas 4.0 GiB")


def _real_entries(world) -> list:
    """The good package's entries, to be written again in another zip."""
    import zipfile

    with zipfile.ZipFile(world["good"]) as zf:
        return [stored(i.filename, zf.read(i.filename)) for i in zf.infolist()]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"manifest_flags": 1}, ("manifest.json", "terenkripsi")),
        ({"data_flags": 1}, ("data/", "terenkripsi")),
        ({"duplicate": MANIFEST}, ("ganda", "manifest.json")),
        ({"extra": "../../etc/cron.d/kinerja"}, ("berbahaya",)),
        ({"extra": "/etc/passwd"}, ("berbahaya",)),
        ({"extra": "data\\..\\..\\x.jsonl"}, ("berbahaya",)),
        ({"extra": "data/rahasia.jsonl"}, ("tak terduga", "data/rahasia.jsonl")),
        ({"extra": "catatan.txt"}, ("tak terduga", "catatan.txt")),
        ({"method": 12}, ("metode kompresi",)),
    ],
    ids=[
        "encrypted-manifest", "encrypted-member", "duplicate", "dotdot", "absolute",
        "backslash", "stowaway-data", "stowaway-file", "bzip2",
    ],
)  # fmt: skip
def test_zips_no_office_writes_are_refused_with_the_reason(world, change, words):
    """An encrypted flag used to abort the whole batch with a RuntimeError."""
    entries = _real_entries(world)
    if "manifest_flags" in change:
        entries = [e if e.name != MANIFEST else stored(e.name, e.data, flags=1) for e in entries]
    if "data_flags" in change:
        at = next(n for n, e in enumerate(entries) if e.name.startswith("data/"))
        entries[at] = stored(entries[at].name, entries[at].data, flags=1)
    if "duplicate" in change:
        entries.append(next(e for e in entries if e.name == change["duplicate"]))
    if "extra" in change:
        entries.append(stored(change["extra"], b"{}\n"))
    if "method" in change:
        at = next(n for n, e in enumerate(entries) if e.name.startswith("data/"))
        entries[at] = stored(entries[at].name, entries[at].data, method=change["method"])
    path = write_zip(world["tmp"] / "aneh.kinerja", entries)
    refused(world, path, "zip_unsafe", *words)


def test_a_directory_of_millions_of_entries_is_not_read(world):
    """The end record names a 40 MB directory: refused before ``zipfile`` would load it."""
    import struct

    path = world["tmp"] / "direktori.kinerja"
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 60000, 60000, 40 * MiB, 0, 0)
    path.write_bytes(b"\0" * 1024 + end)
    refused(world, path, "too_large", "60000")


# -- the CLI: one process, the bomb and a good package --------------------------------------


def test_the_cli_refuses_the_bomb_alone_and_imports_the_good_package(world, bomb_stream):
    bomb = write_zip(
        world["tmp"] / "bom.kinerja",
        [deflated(MANIFEST, b"", data=bomb_stream, size=3 * GiB), stored(MANIFEST_SIG, b"x")],
    )
    world["centre"].close()
    # The child writes its own peak (VmHWM) at exit: ``ru_maxrss`` of a child on Linux also
    # counts the parent's memory it was forked from, so it grows with pytest itself.
    peak_file = world["tmp"] / "peak.txt"
    script = (
        "import atexit, sys\n"
        "peak = sys.argv.pop(1)\n"
        "def note():\n"
        "    line = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "    open(peak, 'w').write(line.split()[1])\n"
        "atexit.register(note)\n"
        "from desktop.cli import main; main()"
    )
    command = [
        sys.executable, "-c", script, str(peak_file), "--db",
        str(world["centre_path"]), "sync", "import", str(bomb), str(world["good"]), "--json",
    ]  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KINERJA_LANG": "id"}
    with (
        open(world["tmp"] / "out.json", "w+b") as out_file,
        open(world["tmp"] / "err.txt", "w+b") as err_file,
    ):
        child = subprocess.Popen(command, stdout=out_file, stderr=err_file, env=env)
        status = child.wait()
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    assert status == 1, err.decode()
    assert b"Traceback" not in err
    import json

    report = json.loads(out)
    by_file = {o["file"]: o for o in report["outcomes"]}
    assert by_file[bomb.name]["state"] == "refused" and by_file[bomb.name]["code"] == "too_large"
    assert by_file[world["good"].name]["state"] == "applied"
    peak_kib = int(peak_file.read_text())
    assert peak_kib < 400 * 1024  # the whole import under 400 MB (it was 4.3 GB)
    world["centre"] = open_db(world["centre_path"])


def test_the_cli_refuses_an_encrypted_flag_zip_alone(world):
    """It used to abort the whole batch with a RuntimeError (the good package not imported)."""
    from click.testing import CliRunner

    from desktop.cli import cli

    locked = write_zip(
        world["tmp"] / "sandi.kinerja",
        [stored(MANIFEST, b"{}", flags=1), stored(MANIFEST_SIG, b"")],
    )
    world["centre"].close()
    run = CliRunner().invoke(
        cli,
        ["--db", str(world["centre_path"]), "sync", "import", str(locked), str(world["good"])],
        catch_exceptions=False,
    )
    world["centre"] = open_db(world["centre_path"])
    assert run.exit_code == 1
    assert "sandi.kinerja" in run.output and "terenkripsi" in run.output
    assert world["centre"].execute("SELECT count(*) FROM sync_package").fetchone()[0] == 1


# -- a revoked key under any office uuid -----------------------------------------------------


def _thief(world, name: str):
    """A copy of the office database (its key inside) that claims a new office uuid."""
    path = world["tmp"] / name
    world["office"].execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path.write_bytes((world["tmp"] / "kantor.sqlite").read_bytes())
    thief = open_db(path)
    with thief.atomic():
        thief.conn.execute("UPDATE office SET office_uuid = lower(hex(randomblob(16)))")
    return thief


@pytest.mark.parametrize("trust", [NO_TRUST, TRUST_ALL], ids=["asked", "trust-new"])
def test_a_revoked_key_stays_revoked_under_a_new_office_uuid(world, trust):
    assert import_packages(world["centre"], [world["good"]]).ok
    revoke_office(world["centre"], office_uuid(world["office"]), reason="laptop dicuri")
    thief = _thief(world, "curian.sqlite")
    try:
        stolen = export_package(thief, world["tmp"]).path
        asked = []
        policy = TrustPolicy(trust.fingerprints, trust.any_new, lambda o: asked.append(o) or True)
        outcome = refused_alone(world, stolen, policy)
        assert outcome.code == "revoked" and asked == []
        assert "kunci ini telah dicabut pada" in outcome.message
        assert "uuid kantor mana pun" in outcome.message
    finally:
        thief.close()


def test_a_revoked_key_stays_revoked_after_the_office_has_a_new_key(world):
    """The office row then holds the new key; the revocation is remembered all the same."""
    assert import_packages(world["centre"], [world["good"]]).ok
    revoke_office(world["centre"], office_uuid(world["office"]), reason="laptop dicuri")
    thief = _thief(world, "curian.sqlite")
    try:
        renew_keys(world["office"])
        key, _ = export_key_file(world["office"], world["stick"] / "baru.kinerja-kunci")
        import_key_file(world["centre"], key)
        stolen = export_package(thief, world["tmp"]).path
        outcome = refused_alone(world, stolen, TRUST_ALL)
        assert outcome.code == "revoked" and "kunci ini telah dicabut pada" in outcome.message
        thief_key, _ = export_key_file(thief, world["tmp"] / "curian.kinerja-kunci")
        with pytest.raises(SyncError) as caught:
            import_key_file(world["centre"], thief_key)
        assert caught.value.code == "key_revoked"
    finally:
        thief.close()


# -- rows a registered office signed ----------------------------------------------------------

_STRANGER = "0123456789abcdef0123456789abcdef"


def _set(table: str, field: str, value) -> callable:
    def edit(tables) -> None:
        first(tables, table)["data"][field] = value

    return edit


def _drop(table: str, field: str) -> callable:
    def edit(tables) -> None:
        del first(tables, table)["data"][field]

    return edit


def _empty(tables) -> None:
    first(tables, "staff")["data"] = {}


def _bad_uuid(tables) -> None:
    first(tables, "unit")["uuid"] = "../../unit"


def _twice(tables) -> None:
    tables["staff"].append(dict(first(tables, "staff")))


def _nan(tables) -> None:
    first(tables, "riwayat_diklat")["data"]["jp"] = float("nan")


def _stranger_table(tables) -> None:
    tables["rahasia"] = [dict(first(tables, "unit"))]


def _citizens(tables) -> None:
    tables["umpan_balik_masyarakat"] = [dict(first(tables, "unit"))]


def _bad_tombstone(tables) -> None:
    tables["tombstone"] = [
        {"deleted_at": "2026-01-01T00:00:00.000Z", "origin": _STRANGER, "rev": 1,
         "table": "sqlite_master", "uuid": _STRANGER},
    ]  # fmt: skip


INVALID = [
    ("empty-row", _empty, "invalid_row", ("staff", "baris kosong")),
    ("string-in-integer", _set("staff", "tahun_lulus", "2010"), "invalid_row",
     ("tahun_lulus", "harus bilangan bulat", '"2010"')),
    ("bool-in-integer", _set("unit", "aktif", True), "invalid_row",
     ("aktif", "harus bilangan bulat", "true")),
    ("float-in-integer", _set("skp", "tahun", 2026.5), "invalid_row", ("tahun", "2026.5")),
    ("number-in-text", _set("staff", "nama", 12), "invalid_row", ("nama", "harus teks")),
    ("object-in-text", _set("staff", "jabatan", {"a": 1}), "invalid_row", ("jabatan",)),
    ("null-required", _set("staff", "nama", None), "invalid_row", ("nama", "tidak boleh kosong")),
    ("missing-required", _drop("unit", "kode"), "invalid_row", ("unit", "kode", "wajib ada")),
    ("unknown-enum", _set("evaluasi", "predikat", "luar_biasa"), "invalid_row",
     ("evaluasi", "predikat", "luar_biasa")),
    ("unknown-status", _set("skp", "status", "selesai"), "invalid_row", ("status", "selesai")),
    ("bad-period", _set("evaluasi", "periode", "B13x"), "invalid_row", ("periode",)),
    ("out-of-range", _set("skp_ekspektasi", "nilai_no", 9), "invalid_row", ("nilai_no",)),
    ("unknown-code", _set("staff", "golongan", "V/z"), "invalid_row",
     ("golongan", "ref_golongan")),
    ("bad-nip", _set("staff", "nip", "19860926"), "invalid_row", ("nip",)),
    ("unknown-field", _set("staff", "hobi", "catur"), "invalid_row",
     ("hobi", "tidak dikenal")),
    ("dangling-reference", _set("riwayat_jabatan", "staff_uuid", _STRANGER),
     "dangling_reference", ("riwayat_jabatan", "staff_uuid", _STRANGER)),
    ("dangling-optional", _set("staff", "atasan_uuid", _STRANGER), "dangling_reference",
     ("atasan_uuid",)),
    ("reference-not-uuid", _set("staff", "unit_uuid", 7), "invalid_row", ("unit_uuid", "uuid")),
    ("nik", _set("staff", "nik", "3201234509860001"), "personal_data", ("staff", "nik")),
    ("alamat", _set("staff", "alamat", "Jl. Merdeka 1"), "personal_data", ("alamat",)),
    ("no-hp", _set("staff", "no_hp", "081234567890"), "personal_data", ("no_hp",)),
    ("email", _set("staff", "email", "a@b.id"), "personal_data", ("email",)),
    ("telepon-anywhere", _set("unit", "telepon", "0732"), "personal_data", ("unit", "telepon")),
    ("citizens-table", _citizens, "personal_data", ("umpan_balik_masyarakat",)),
    ("bad-row-uuid", _bad_uuid, "invalid_row", ("unit", "uuid tidak sah")),
    ("duplicate-row", _twice, "invalid_row", ("staff", "baris ganda")),
    ("nan", _nan, "invalid_row", ("riwayat_diklat",)),
    ("unknown-table", _stranger_table, "invalid_row", ("rahasia", "tabel tidak dikenal")),
    ("bad-tombstone", _bad_tombstone, "invalid_row", ("tombstone", "tabel tidak dikenal")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("edit", "code", "words"), [c[1:] for c in INVALID], ids=[c[0] for c in INVALID]
)
def test_invalid_rows_signed_by_a_registered_office_are_refused(world, edit, code, words):
    path = resign(world["good"], world["tmp"] / "salah.kinerja", office_key(world["office"]), edit)
    outcome = refused(world, path, code, *words)
    if code != "invalid_row" or "tabel tidak dikenal" not in outcome.message:
        assert "baris" in outcome.message  # names the row


def test_a_reference_held_by_the_centre_resolves_and_one_it_lacks_does_not(world):
    """An incremental package points at rows the centre already has from the same office."""
    assert import_packages(world["centre"], [world["good"]]).ok
    office = world["office"]
    with office.atomic():
        office.conn.execute("UPDATE riwayat_jabatan SET nomor_sk = 'SK-2' WHERE id = 1")
    second = export_package(office, world["stick"]).path
    signer = office_key(office)
    fine = resign(second, world["tmp"] / "baik.kinerja", signer, lambda t: None)
    loose = resign(
        second, world["tmp"] / "lepas.kinerja", signer,
        _set("riwayat_jabatan", "staff_uuid", _STRANGER), package_id="e" * 32,
    )  # fmt: skip
    outcome = refused_alone(world, loose)
    assert outcome.code == "dangling_reference" and _STRANGER in outcome.message
    assert import_packages(world["centre"], [fine]).ok


# -- version fields: exact integers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "code", "words"),
    [
        ({"format_version": 1.5}, "bad_number", ("format_version", "1.5")),
        ({"format_version": -1}, "bad_number", ("format_version", "-1")),
        ({"format_version": 0}, "bad_number", ("format_version",)),
        ({"format_version": True}, "bad_number", ("format_version", "true")),
        ({"format_version": "1"}, "bad_number", ("format_version", '"1"')),
        ({"format_version": 2}, "newer_format", ("versi 2", "perbarui aplikasi")),
        ({"sequence": 1.5}, "bad_number", ("sequence", "1.5")),
        ({"sequence": True}, "bad_number", ("sequence", "true")),
        ({"sequence": -1}, "bad_number", ("sequence", "-1")),
        ({"base_sequence": "0"}, "bad_number", ("base_sequence",)),
        ({"upto_rev": 10.0}, "bad_number", ("upto_rev", "10.0")),
        ({"full": 1}, "bad_number", ("full",)),
    ],
    ids=[
        "v1.5", "v-1", "v0", "vtrue", "v-string", "v2", "seq1.5", "seqtrue", "seq-1",
        "base-string", "rev-float", "full-int",
    ],
)  # fmt: skip
def test_version_fields_must_be_exact_integers(world, change, code, words):
    path = resign(
        world["good"], world["tmp"] / "versi.kinerja", office_key(world["office"]),
        lambda t: None, **change,
    )  # fmt: skip
    refused(world, path, code, *words)


def test_row_counts_must_be_exact_integers(world):
    def edit(tables) -> None:
        pass

    path = resign(world["good"], world["tmp"] / "jumlah.kinerja", office_key(world["office"]), edit)
    import zipfile

    with zipfile.ZipFile(path) as zf:
        raw = zf.read(MANIFEST)
    bent = re.sub(rb'"rows":\{"(\w+)":', rb'"rows":{"\1":1.0*', raw, count=1)  # the first table
    assert bent != raw
    # a changed manifest breaks the signature, so the check is on the parser itself
    from desktop.sync.manifest import ManifestError, parse_manifest

    for value in (b"1.0", b"true", b'"3"', b"-2"):
        text = raw.replace(b'"tombstone":0', b'"tombstone":' + value, 1)
        with pytest.raises(ManifestError) as caught:
            parse_manifest(text)
        assert caught.value.field in ("rows.tombstone", ""), value


# -- SIASN output never crashes on what the centre holds -------------------------------------


def _spoil(centre, table: str, data: str, n: int = 1) -> None:
    """Rows the centre stored before it checked rows (what the issue's packages left)."""
    with centre.atomic():
        centre.conn.execute(
            "UPDATE central_row SET data = ? WHERE id IN (SELECT id FROM central_row "
            "WHERE table_name = ? AND deleted_at IS NULL ORDER BY id LIMIT ?)",
            [data, table, n],
        )


def test_siasn_output_never_crashes_on_rows_stored_before_they_were_checked(world):
    from click.testing import CliRunner

    from desktop.cli import cli
    from desktop.sync import write_siasn
    from desktop.sync.siasn import build_records

    centre = world["centre"]
    assert import_packages(centre, [world["good"]]).ok
    tahun = world["office"].execute("SELECT max(tahun) FROM skp").fetchone()[0]
    annual, periodic, _ = build_records(centre, tahun)
    assert annual or periodic, "the demo office has set evaluations"
    evaluasi = [
        '{"periode":"TAHUNAN","predikat":"luar_biasa","rating_hasil":"sesuai",'
        '"rating_perilaku":"sesuai","skp_uuid":null,"status":"ditetapkan"}',
    ]
    _spoil(centre, "staff", "{}", 3)
    _spoil(centre, "staff", '{"nip":19860926,"nama":null}', 2)
    _spoil(centre, "staff", "[]", 1)
    _spoil(centre, "skp", '{"tahun":"x","staff_uuid":[1]}', 1)
    _spoil(centre, "evaluasi", "{}", 2)
    _spoil(centre, "evaluasi", evaluasi[0], 1)
    for periode, predikat in (("B13", "baik"), ("TW1", "luar_biasa"), (7, "baik")):
        row = centre.execute(
            "SELECT id, data FROM central_row WHERE table_name = 'evaluasi' AND "
            "json_extract(data, '$.status') = 'ditetapkan' AND json_extract(data, '$.periode') "
            "<> ? ORDER BY id DESC LIMIT 1",
            [str(periode)],
        ).fetchone()
        if row is not None:
            import json

            data = {**json.loads(row[1]), "periode": periode, "predikat": predikat}
            with centre.atomic():
                centre.conn.execute(
                    "UPDATE central_row SET data = ? WHERE id = ?", [json.dumps(data), row[0]]
                )
    out = world["tmp"] / "siasn"
    out.mkdir()
    result = write_siasn(centre, tahun, out)
    assert sum(result.skipped.values()) >= 1
    assert set(result.skipped) <= {
        "belum_ditetapkan", "rating_belum_lengkap", "pegawai_tidak_ada", "nip_tidak_ada",
        "kode_tidak_dikenal", "periode_tidak_dikenal",
    }  # fmt: skip
    centre.close()
    run = CliRunner().invoke(
        cli, ["--db", str(world["centre_path"]), "sync", "siasn", "--year", str(tahun), "-o",
              str(out)],
    )  # fmt: skip
    world["centre"] = open_db(world["centre_path"])
    assert run.exit_code == 0, run.output
    assert "Traceback" not in run.output
