"""``kinerja talent asesmen-import`` and ``diklat-import`` on a temporary office: a rejected
row writes nothing and exits 1, ``--skip-invalid`` imports the rest, ``--dry-run`` writes
nothing, the same file twice changes nothing, and English when asked."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.store import staff as staff_store
from desktop.store.db import open_db
from tests.conftest import make_staff
from tests.unit.talent.office_support import xlsx_of

NIP = "198609262015051001"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def office(tmp_path) -> Path:
    path = tmp_path / "kantor.sqlite"
    db = open_db(path)
    staff_store.save_staff(db, make_staff())
    db.close()
    return path


def _state(path: Path) -> tuple[int, int, int]:
    db = open_db(path)
    try:
        return (
            db.execute("SELECT rev FROM sync_state").fetchone()[0],
            db.execute("SELECT count(*) FROM asesmen").fetchone()[0],
            db.execute("SELECT count(*) FROM riwayat_diklat").fetchone()[0],
        )
    finally:
        db.close()


ASESMEN = [
    ["NIP", "Tanggal", "JPM", "Lembaga", "Metode"],
    [NIP, date(2025, 3, 1), 82.5, "UPT Penilaian Kompetensi", "assessment center"],
    ["199912312020121001", date(2025, 3, 1), 70, "BKN", "CAT"],
]


def test_a_rejected_row_writes_nothing_until_skip_invalid(office, tmp_path):
    sheet = xlsx_of(tmp_path / "asesmen.xlsx", ASESMEN)
    base = ["--db", str(office), "talent", "asesmen-import", str(sheet)]
    before = _state(office)
    refused = run(*base)
    assert refused.exit_code == 1
    assert "Baris 3, kolom 'NIP': NIP 199912312020121001 tidak terdaftar" in refused.output
    assert "1 baris ditolak: tidak ada yang ditulis." in refused.output
    assert _state(office) == before
    dry = run(*base, "--dry-run", "--skip-invalid")
    assert "Uji coba: tidak ada yang ditulis." in dry.output and _state(office) == before
    done = run(*base, "--skip-invalid", "--json")
    assert done.exit_code == 0, done.output
    report = json.loads(done.output)
    assert report["written"] and report["counts"] == {"baru": 1, "ubah": 0, "sama": 0, "ditolak": 1}
    assert report["rejected"][0]["row"] == 3
    after = _state(office)
    assert after[1] == 1
    again = run(*base, "--skip-invalid")
    assert "Tidak ada perubahan." in again.output and _state(office) == after


def test_training_records_import_and_speak_english(office, tmp_path):
    rows = [
        ["NIP", "Nama Pelatihan", "Jenis", "Penyelenggara", "Mulai", "Selesai", "JP"],
        [NIP, "Bimtek SIASN", "Bimbingan Teknis", "BKN", "01-02-2025", "03-02-2025", 24],
        [NIP, "Coaching kinerja", "coaching", "Dinas", "10-03-2025", "10-03-2025", 2],
    ]
    sheet = xlsx_of(tmp_path / "diklat.xlsx", rows)
    result = run("--db", str(office), "--lang", "en", "talent", "diklat-import", str(sheet))
    assert result.exit_code == 0, result.output
    assert "Done: 2 training records saved." in result.output
    db = open_db(office)
    try:
        kinds = db.execute("SELECT jenis, jp FROM riwayat_diklat ORDER BY urutan").fetchall()
    finally:
        db.close()
    assert kinds == [("bimtek", 24), ("coaching", 2)]


def test_an_unreadable_file_is_refused_with_a_reason(office, tmp_path):
    sheet = xlsx_of(tmp_path / "salah.xlsx", [["NIP", "Nama"], [NIP, "Budi"]])
    result = run("--db", str(office), "talent", "asesmen-import", str(sheet))
    assert result.exit_code == 1
    assert "Berkas salah.xlsx tidak memiliki kolom Tanggal, JPM." in result.output
