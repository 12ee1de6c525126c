"""The printed forms as a reader sees them: text (names with gelar, formatted NIPs, ratings,
predikat), paper sizes, page breaks with repeated headers, signatures kept with their names,
byte-identical renders, and golden page texts in tests/data/reports/."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports import dokumen, evaluasi, rekap, skp
from desktop.reports.layout import PaperError, parse_paper
from tests.unit import report_samples as samples

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "reports"
RENDERERS = {
    "skp": (skp, samples.skp),
    "evaluasi": (evaluasi, samples.evaluasi),
    "dokumen": (dokumen, samples.dokumen),
    "rekap": (rekap, samples.rekap),
}
MM = 72 / 25.4


def pages(pdf: bytes) -> list[str]:
    """Each page's text with runs of whitespace made single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def sizes(pdf: bytes) -> set[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    return {(round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
            for p in reader.pages}  # fmt: skip


@pytest.mark.parametrize("kind", RENDERERS)
@pytest.mark.parametrize(
    ("paper", "size_mm"), [("a4", (210, 297)), ("f4", (215, 330))], ids=["a4", "f4"]
)
def test_every_form_prints_on_the_chosen_paper(kind, paper, size_mm):
    module, make = RENDERERS[kind]
    pdf = module.render(make(), samples.options(paper=paper))
    assert sizes(pdf) == {(round(size_mm[0] * MM, 1), round(size_mm[1] * MM, 1))}


def test_paper_names_are_read_leniently_and_unknown_ones_refused():
    assert parse_paper("A4") == "a4" and parse_paper(" Folio ") == "f4"
    with pytest.raises(PaperError) as err:
        parse_paper("letter")
    assert "A4 atau F4" in err.value.message()


@pytest.mark.parametrize("kind", RENDERERS)
def test_rendering_twice_gives_identical_bytes(kind):
    module, make = RENDERERS[kind]
    assert module.render(make(), samples.OPTIONS) == module.render(make(), samples.OPTIONS)


@pytest.mark.parametrize("kind", RENDERERS)
def test_page_text_matches_the_golden_file(kind):
    """A change in what a form prints shows up here; regenerate deliberately with
    KINERJA_UPDATE_GOLDEN=1 after looking at the new render."""
    module, make = RENDERERS[kind]
    text = "\n\f\n".join(pages(module.render(make(), samples.OPTIONS))) + "\n"
    golden = GOLDEN / f"{kind}.txt"
    if os.environ.get("KINERJA_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_dokumen_shows_the_three_identity_blocks_and_signatures():
    text = " ".join(pages(dokumen.render(samples.dokumen(), samples.OPTIONS)))
    for person in (samples.PEGAWAI, samples.PENILAI, samples.ATASAN):
        assert person.nama in text and person.jabatan in text and person.pangkat in text
    assert "19860926 201505 2 001" in text and "19680512 199003 1 004" in text
    assert "NIP. 19860926 201505 2 001" in text and "NIP. 19750101 200003 1 002" in text
    assert "NIP. 19680512 199003 1 004" not in text  # the atasan does not sign
    assert "PREDIKAT KINERJA PEGAWAI SANGAT BAIK" in text
    assert "CAPAIAN KINERJA ORGANISASI BAIK" in text
    assert "PERIODE: TRIWULAN I" in text and "1 JANUARI SD 31 MARET TAHUN 2026" in text
    assert "Kepahiang, 3 April 2026" in text
    assert "Kode verifikasi: 7KQ2M-9XH4D" in text and "Halaman 1 dari 1" in text


def test_dokumen_of_an_unset_evaluation_is_marked_as_draft_and_dates_left_blank():
    form = samples.dokumen(status="dinilai", ditetapkan_pada=None)
    text = pages(dokumen.render(form, samples.options(tanggal=None)))[0]
    assert "KONSEP - evaluasi belum ditetapkan" in text
    assert "Kepahiang, ........................ 2026" in text


def test_dokumen_prints_the_office_emblem(tmp_path):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (60, 80), (200, 30, 30)).save(buffer, format="PNG")
    with_emblem = dokumen.render(samples.dokumen(emblem=buffer.getvalue()), samples.OPTIONS)
    reader = PdfReader(io.BytesIO(with_emblem))
    assert len(reader.pages[0].images) == 1
    broken = dokumen.render(samples.dokumen(emblem=b"not an image"), samples.OPTIONS)
    assert len(PdfReader(io.BytesIO(broken)).pages[0].images) == 0


def test_evaluasi_prints_ratings_predikat_and_the_appraisers_signature():
    text = " ".join(pages(evaluasi.render(samples.evaluasi(), samples.OPTIONS)))
    assert "RATING HASIL KERJA* DI ATAS EKSPEKTASI" in text
    assert "RATING PERILAKU KERJA* SESUAI EKSPEKTASI" in text
    assert "PREDIKAT KINERJA PEGAWAI* BAIK" in text
    assert "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK" in (
        text
    )
    assert "REALISASI BERDASARKAN BUKTI DUKUNG" in text and "130 dokumen" in text
    assert "Pejabat Penilai Kinerja, " in text and "NIP. 19750101 200003 1 002" in text
    assert "Pegawai yang Dinilai," not in text  # only the Pejabat Penilai signs it


def test_skp_groups_rhk_and_numbers_the_columns():
    text = pages(skp.render(samples.skp(), samples.OPTIONS))[0]
    assert "(1) (2) (3) (4) (5) (6)" in text
    assert text.index("A. UTAMA") < text.index("(RHK 1)") < text.index("B. TAMBAHAN")
    assert text.index("B. TAMBAHAN") < text.index("(RHK 3)")
    assert "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL" in text


def test_jpt_skp_has_a_perspective_column_and_instansi_row():
    text = pages(skp.render(samples.skp(jpt=True), samples.OPTIONS))[0]
    assert "PERSPEKTIF" in text and "INSTANSI" in text
    assert "(1) (2) (3) (4) (5)" in text and "(6)" not in text
    assert "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI" in text


def test_a_long_skp_breaks_pages_with_headers_repeated_and_signatures_intact():
    pdf = skp.render(samples.skp(rhk=40), samples.OPTIONS)
    texts = pages(pdf)
    assert len(texts) >= 6
    hasil = [t for t in texts if "(RHK " in t]
    assert len(hasil) >= 4
    for text in hasil:  # every page of the table starts with its header rows
        assert "HASIL KERJA NO RENCANA HASIL KERJA PIMPINAN" in text
        assert "(1) (2) (3) (4) (5) (6)" in text
    numbers = [int(n) for t in hasil for n in re.findall(r"\(RHK (\d+)\)", t)]
    assert sorted(set(numbers)) == list(range(1, 41))  # nothing lost at the breaks
    signed = [t for t in texts if "Pejabat Penilai Kinerja," in t]
    assert len(signed) == 1
    page = signed[0]
    for line in ("Pegawai yang Dinilai,", samples.PENILAI.nama, "NIP. 19750101 200003 1 002",
                 "NIP. 19860926 201505 2 001", "Kepahiang, 3 April 2026"):  # fmt: skip
        assert line in page
    assert "7 Kolaboratif" in page  # the signature never stands alone on its page
    total = len(texts)
    for n, text in enumerate(texts, start=1):
        assert f"Halaman {n} dari {total}" in text
    assert "LAMPIRAN SASARAN KINERJA PEGAWAI" in texts[-1]


def test_rekap_counts_quota_and_missing_people():
    text = " ".join(pages(rekap.render(samples.rekap(), samples.OPTIONS)))
    assert "Sangat Baik 9 21,4 %" in text and "Baik 30 71,4 %" in text
    assert "JUMLAH 42 100 %" in text
    assert "PERHATIAN: Baik: paling banyak 70 % - tercatat 30 orang" in text
    assert "B. PEGAWAI BELUM DINILAI (3 orang)" in text
    assert "19900101 201903 1 001" in text
    assert "Kepala Badan Kepegawaian dan Pengembangan SDM," in text
