"""Batch printing: a unit's forms into one PDF or one file per person, skipped people named,
progress reported, cancel leaving nothing behind, worker processes, and joined PDFs intact."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop.core.errors import Cancelled
from desktop.reports import batch, dokumen, skp
from desktop.reports.concat import concat
from desktop.reports.pages import build_pdf
from tests.unit import report_samples as samples
from tests.unit.report_office import build_report_office


@pytest.fixture
def office(fresh_db):
    return fresh_db, build_report_office(fresh_db)


def texts(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def logged(db) -> int:
    return db.execute("SELECT count(*) FROM print_log").fetchone()[0]


def test_one_pdf_holds_every_form_in_order_with_its_own_code(office, tmp_path):
    db, o = office
    plan = batch.plan_unit(db, o.opd.id, 2026, "TW1", ["skp", "dokumen"])
    assert {s.nama for s in plan.skipped} >= {"Dewi Lestari, A.Md."}
    result = batch.run_batch(db, plan, tmp_path / "bidang.pdf")
    pdf = (tmp_path / "bidang.pdf").read_bytes()
    pages = texts(pdf)
    assert len(pages) == result.pages
    assert result.forms == len(plan.forms) == len(result.codes)
    for code in result.codes:  # each form's pages carry that form's code
        assert any(f"Kode verifikasi: {code}" in p for p in pages)
    assert logged(db) == result.forms
    firsts = [p for p in pages if "Halaman 1 dari" in p]
    assert len(firsts) == result.forms


def test_separate_files_one_per_person(office, tmp_path):
    db, o = office
    plan = batch.plan_unit(db, o.bidang.id, 2026, "TW1", ["skp", "evaluasi"])
    result = batch.run_batch(db, plan, tmp_path / "keluar", separate=True, paper="f4")
    names = sorted(f.name for f in result.files)
    assert names[0].startswith("197501012000031002-Ir-Ahmad-Fauzi")
    assert any(n.startswith("198609262015052001-Dr-Hj-Siti") for n in names)
    assert not list((tmp_path / "keluar").glob(".kinerja-cetak-*"))
    siti = next(f for f in result.files if f.name.startswith("198609262015052001"))
    text = " ".join(texts(siti.read_bytes()))
    assert "SASARAN KINERJA PEGAWAI" in text and "EVALUASI KINERJA PEGAWAI" in text
    assert "Rudi Hartono" not in text


def test_a_chosen_list_prints_only_those_people(office, tmp_path):
    db, o = office
    plan = batch.plan_unit(db, o.opd.id, 2026, None, ["skp"], staff_ids={o.siti.id})
    assert [owner for owner in plan.owners] == [(o.siti.nip, "Dr. Hj. Siti Nurhaliza "
                                                "Kusumawardhani, S.Sos., M.Si.")]  # fmt: skip


def test_progress_is_reported_and_cancel_writes_and_logs_nothing(office, tmp_path):
    db, o = office
    plan = batch.plan_unit(db, o.opd.id, 2026, "TW1", ["skp", "evaluasi", "dokumen"])
    seen = []
    out = tmp_path / "cetak"
    batch.run_batch(db, plan, out / "a.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(plan.forms), len(plan.forms))
    before = logged(db)
    with pytest.raises(Cancelled):
        batch.run_batch(db, plan, out / "b.pdf", progress=lambda d, t: False)
    assert [p.name for p in out.iterdir()] == ["a.pdf"]
    assert logged(db) == before


def test_an_empty_plan_says_why(office, tmp_path):
    db, o = office
    plan = batch.plan_unit(db, o.opd.id, 2026, "TW2", ["dokumen"])
    with pytest.raises(batch.BatchError) as err:
        batch.run_batch(db, plan, tmp_path / "x.pdf")
    assert "belum ada evaluasi periode ini" in err.value.message()
    assert not (tmp_path / "x.pdf").exists()


def test_worker_processes_give_the_same_file_as_one_process(office, tmp_path):
    db, o = office
    plan = batch.plan_unit(db, o.opd.id, 2026, "TW1", ["skp", "evaluasi", "dokumen"])
    plan.forms, plan.owners = plan.forms * 5, plan.owners * 5  # two runs of forms
    one = batch.run_batch(db, plan, tmp_path / "one.pdf", workers=1, log=False)
    two = batch.run_batch(db, plan, tmp_path / "two.pdf", workers=2, log=False)
    assert two.workers == 2 and one.pages == two.pages
    # Runs do not depend on the number of workers: the joined file is byte for byte the same.
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()
    assert len(texts((tmp_path / "two.pdf").read_bytes())) == two.pages


def test_concat_joins_pdfs_of_both_papers_page_for_page():
    parts = [
        build_pdf([dokumen.part(samples.dokumen(), samples.OPTIONS)] * 2, "a4")[0],
        build_pdf([skp.part(samples.skp(), samples.options(paper="f4"))], "f4")[0],
    ]
    joined = concat(parts)
    reader = PdfReader(io.BytesIO(joined), strict=True)
    expected = [t for part in parts for t in texts(part)]
    assert texts(joined) == expected
    heights = [round(float(p.mediabox.height)) for p in reader.pages]
    assert heights == [842, 842, 935, 935, 935]
    assert concat(parts) == joined
    with pytest.raises(ValueError):
        concat([b"%PDF-1.4 not ours", parts[0]])


def test_file_names_are_safe_slugs():
    assert batch.slug("Dr. Hj. Siti Nur'aini, S.Kom., M.Si.") == "Dr-Hj-Siti-Nur-aini-S-Kom-M-Si"
    assert batch.slug("Ñoño Édith") == "Nono-Edith"
