"""``kinerja report …`` and ``kinerja check --verify`` on a temporary office: files written,
codes printed, exit 1 with an Indonesian reason and nothing written on bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from desktop.cli import cli
from desktop.store.db import open_db
from tests.unit.report_office import build_report_office

SITI = "198609262015052001"


def run(db: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)


@pytest.fixture
def office(db_path: Path):
    db = open_db(db_path)
    build_report_office(db)
    db.close()
    return db_path


def logged(db_path: Path) -> int:
    db = open_db(db_path)
    try:
        return db.execute("SELECT count(*) FROM print_log").fetchone()[0]
    finally:
        db.close()


def page_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_skp_evaluasi_and_dokumen_are_written_with_their_codes(office, tmp_path):
    out = tmp_path / "skp.pdf"
    result = run(office, "report", "skp", "--nip", SITI, "--year", "2026", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "Kode verifikasi" in result.output and "SASARAN KINERJA PEGAWAI" in page_text(out)
    for kind in ("evaluasi", "dokumen"):
        out = tmp_path / f"{kind}.pdf"
        result = run(office, "report", kind, "--nip", "19860926 201505 2 001", "--year", "2026",
                     "--period", "tw1", "--paper", "F4", "--json", "-o", str(out))  # fmt: skip
        assert result.exit_code == 0, result.output
        info = json.loads(result.output)
        assert info["paper"] == "f4" and info["kind"] == kind
        assert f"Kode verifikasi: {info['code']}" in page_text(out)
    assert logged(office) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["skp", "--nip", "199901012020011001"], "tidak ditemukan"),
        (["skp", "--nip", "199203202020122004"], "belum memiliki SKP tahun 2026"),
        (["dokumen", "--nip", SITI, "--period", "TW3"], "belum memiliki evaluasi TW3"),
        (["dokumen", "--nip", SITI], "Sebutkan periode evaluasi"),
        (["evaluasi", "--nip", SITI, "--period", "TW9"], "Periode 'TW9' tidak dikenal"),
    ],
)
def test_bad_input_is_refused_in_indonesian_and_writes_nothing(office, tmp_path, args, message):
    out = tmp_path / "x.pdf"
    result = run(office, "report", *args, "--year", "2026", "-o", str(out))
    assert result.exit_code == 1
    assert message in result.stderr
    assert not out.exists() and logged(office) == 0


def test_an_unwritable_output_is_refused_and_nothing_logged(office, tmp_path):
    out = tmp_path / "tidak-ada" / "skp.pdf"
    result = run(office, "report", "skp", "--nip", SITI, "--year", "2026", "-o", str(out))
    assert result.exit_code == 1
    assert "tidak dapat ditulis: foldernya tidak ada" in result.stderr
    assert logged(office) == 0


def test_usage_errors_exit_2(office, tmp_path):
    result = run(office, "report", "skp", "--year", "2026", "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == 2
    result = run(office, "report", "skp", "--nip", SITI, "--year", "2026", "--paper", "letter",
                 "-o", str(tmp_path / "x.pdf"))  # fmt: skip
    assert result.exit_code == 2


def test_batch_one_pdf_and_separate_files(office, tmp_path):
    out = tmp_path / "unit.pdf"
    result = run(office, "report", "batch", "--unit", "1.03", "--year", "2026", "--period",
                 "TW1", "--form", "skp", "--form", "dokumen", "-o", str(out), "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert info["files"] == [str(out)] and info["forms"] == 5
    assert {s["nama"] for s in info["skipped"]} == {
        "Drs. H. Bambang Sutrisno, M.M.", "Dewi Lestari, A.Md.", "Ir. Ahmad Fauzi Rahmatullah, M.T."
    }  # fmt: skip
    folder = tmp_path / "per-pegawai"
    result = run(office, "report", "batch", "--unit", "1.03.02", "--year", "2026", "--separate",
                 "-o", str(folder))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert len(list(folder.glob("*.pdf"))) == 3  # kabid, Siti and Rudi have an SKP
    assert run(office, "report", "batch", "--unit", "9.99", "--year", "2026",
               "-o", str(out)).exit_code == 1  # fmt: skip


def test_rekap_and_verify_round_trip(office, tmp_path):
    out = tmp_path / "rekap.pdf"
    result = run(office, "report", "rekap", "--unit", "1.03", "--year", "2026", "--period",
                 "TW1", "-o", str(out), "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    code = json.loads(result.output)["code"]
    assert "REKAPITULASI PREDIKAT KINERJA PEGAWAI" in page_text(out)
    checked = run(office, "check", "--verify", code.lower().replace("-", " "))
    assert checked.exit_code == 0 and checked.output.startswith("COCOK")
    as_json = json.loads(run(office, "check", "--verify", code, "--json").output)
    assert as_json["ok"] is True and as_json["kind"] == "rekap"
    unknown = run(office, "check", "--verify", "AAAAA-BBBBB")
    assert unknown.exit_code == 1 and "tidak dikenal" in unknown.output
    bad = run(office, "check", "--verify", "xyz")
    assert bad.exit_code == 1 and "tidak sah" in bad.stderr


def test_office_print_settings(office, tmp_path):
    from PIL import Image

    emblem = tmp_path / "lambang.png"
    Image.new("RGB", (40, 50), (0, 90, 0)).save(emblem)
    result = run(office, "report", "settings", "--paper", "f4", "--emblem", str(emblem), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["paper"] == "f4"
    assert json.loads(result.output)["emblem"] > 0
    not_image = tmp_path / "bukan.png"
    not_image.write_text("halo")
    result = run(office, "report", "settings", "--emblem", str(not_image))
    assert result.exit_code == 1 and "tidak dapat dibaca sebagai gambar" in result.stderr
    out = tmp_path / "dok.pdf"
    run(office, "report", "dokumen", "--nip", SITI, "--year", "2026", "--period", "TW1",
        "-o", str(out))  # fmt: skip
    page = PdfReader(io.BytesIO(out.read_bytes())).pages[0]
    assert round(float(page.mediabox.height)) == 935 and len(page.images) == 1
