"""``kinerja sync ...`` end to end: an office and its centre exchange keys, a package, a
receipt, and the centre writes SIASN JSON; refusals exit 1 with the reason and change nothing,
usage errors exit 2."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def digest(path: Path) -> str:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def setup(tmp_path: Path) -> dict[str, Path]:
    kantor, pusat, stick = tmp_path / "kantor.sqlite", tmp_path / "pusat.sqlite", tmp_path / "fd"
    stick.mkdir()
    assert run("--db", kantor, "demo", "--staff", "40", "--seed", "4").exit_code == 0
    made = run("--db", pusat, "sync", "role", "central", "--nama", "BKN Kanreg VII")
    assert made.exit_code == 0 and "central" in made.output
    return {"kantor": kantor, "pusat": pusat, "stick": stick, "tmp": tmp_path}


def test_office_and_centre_round_trip_on_the_command_line(setup):
    kantor, pusat, stick = setup["kantor"], setup["pusat"], setup["stick"]
    keys = run("--db", pusat, "sync", "keys", "export", stick)
    assert keys.exit_code == 0 and "Sidik jari" in keys.output
    [key_file] = stick.glob("*.kinerja-kunci")
    taken = run("--db", kantor, "sync", "keys", "import", key_file)
    assert taken.exit_code == 0 and "BKN Kanreg VII" in taken.output

    exported = run("--db", kantor, "sync", "export", "-o", stick, "--json")
    assert exported.exit_code == 0, exported.output
    package = json.loads(exported.output)
    assert package["encrypted"] and package["sequence"] == 1 and package["total_rows"] > 40

    before = digest(pusat)
    unknown = run("--db", pusat, "sync", "import", package["path"])
    assert unknown.exit_code == 1
    assert "belum terdaftar" in unknown.stderr and package["fingerprint"] in unknown.stderr
    assert digest(pusat) == before

    imported = run("--db", pusat, "sync", "import", package["path"], "--trust",
                   package["fingerprint"], "--json")  # fmt: skip
    assert imported.exit_code == 0, imported.output
    report = json.loads(imported.output)
    assert report["ok"] and report["totals"]["new"] == package["total_rows"]
    assert Path(report["report_file"]).exists()
    [outcome] = report["outcomes"]
    assert outcome["state"] == "applied" and outcome["registered"]

    acked = run("--db", kantor, "sync", "receipt", outcome["receipt"])
    assert acked.exit_code == 0 and "diterima pusat BKN Kanreg VII" in acked.output
    status = json.loads(run("--db", kantor, "sync", "status", "--json").output)
    assert status["total_waiting"] == 0 and status["last_receipt"]["sequence"] == 1
    assert status["encrypts"] and status["centre"]["nama"] == "BKN Kanreg VII"

    again = run("--db", pusat, "sync", "import", package["path"])
    assert again.exit_code == 1 and "sudah diimpor" in again.output

    offices = json.loads(run("--db", pusat, "sync", "offices", "--json").output)
    assert [o["fingerprint"] for o in offices] == [package["fingerprint"]]

    tahun = sqlite3.connect(kantor).execute("SELECT max(tahun) FROM skp").fetchone()[0]
    out = setup["tmp"] / "siasn"
    siasn = run("--db", pusat, "sync", "siasn", "--year", tahun, "-o", out, "--json")
    assert siasn.exit_code == 1  # the folder does not exist yet
    out.mkdir()
    siasn = run("--db", pusat, "sync", "siasn", "--year", tahun, "-o", out, "--json")
    assert siasn.exit_code == 0
    written = json.loads(siasn.output)
    # the demo's staff have no SIASN person id yet: their records wait in the side file
    assert written["periodic"] + sum(written["held"].values()) > 0 and len(written["files"]) == 3
    assert all(Path(f).exists() for f in written["files"])


def test_refusals_exit_1_and_change_nothing(setup):
    kantor, pusat, stick = setup["kantor"], setup["pusat"], setup["stick"]
    package = json.loads(run("--db", kantor, "sync", "export", "-o", stick, "--json").output)

    before = digest(kantor)
    at_office = run("--db", kantor, "sync", "import", package["path"])
    assert at_office.exit_code == 1 and "basis data kantor" in at_office.stderr
    assert digest(kantor) == before

    cut = setup["tmp"] / "potong.kinerja"
    cut.write_bytes(Path(package["path"]).read_bytes()[:2000])
    before = digest(pusat)
    damaged = run("--db", pusat, "sync", "import", cut, "--trust-new")
    assert damaged.exit_code == 1 and "terpotong" in damaged.stderr
    assert digest(pusat) == before

    assert run("--db", pusat, "sync", "import", package["path"], "--trust-new").exit_code == 0
    revoked = run("--db", pusat, "sync", "revoke", package["fingerprint"], "--reason", "hilang")
    assert revoked.exit_code == 0
    later = json.loads(run("--db", kantor, "sync", "export", "-o", stick, "--json").output)
    before = digest(pusat)
    refused = run("--db", pusat, "sync", "import", later["path"])
    assert refused.exit_code == 1 and "dicabut" in refused.stderr
    assert digest(pusat) == before


def test_usage_errors_exit_2(setup):
    assert run("--db", setup["kantor"], "sync", "export").exit_code == 2
    assert run("--db", setup["kantor"], "sync", "import").exit_code == 2
    assert run("--db", setup["kantor"], "sync", "role", "pusat").exit_code == 2
    missing = run("--db", setup["kantor"], "sync", "receipt", setup["tmp"] / "tidak-ada.kinerja-tt")
    assert missing.exit_code == 2


def test_english_messages_on_request(setup):
    package = json.loads(
        run("--db", setup["kantor"], "sync", "export", "-o", setup["stick"], "--json").output
    )
    refused = run("--lang", "en", "--db", setup["pusat"], "sync", "import", package["path"])
    assert refused.exit_code == 1 and "is not registered at this centre" in refused.stderr


def test_new_keys_need_a_yes(setup):
    kantor = setup["kantor"]
    first = run("--db", kantor, "sync", "keys", "export", setup["stick"] / "k1.kinerja-kunci")
    refused = CliRunner().invoke(cli, ["--db", str(kantor), "sync", "keys", "new"], input="n\n")
    assert refused.exit_code == 1
    renewed = run("--db", kantor, "sync", "keys", "new", "--yes")
    assert renewed.exit_code == 0
    old = first.output.split("Sidik jari: ")[1].strip()
    assert old not in renewed.output and "Sidik jari baru" in renewed.output
