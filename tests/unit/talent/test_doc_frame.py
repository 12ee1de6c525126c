"""The printout frame of the talent lists: every page says it is a draft, names its legal
sources under the title, repeats the table header, counts its pages and ends with the head of
the office's signature; the same document as .xlsx (issue 14 item 9)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.core.errors import ValidationError
from desktop.reports.talent_doc import (
    DRAFT,
    TalentDoc,
    TalentTable,
    render_pdf,
    save,
    write_xlsx,
)
from desktop.store import units

TODAY = date(2026, 12, 5)
NIP = "198609262015051001"


def _doc(rows: int, **overrides) -> TalentDoc:
    people = tuple(
        (str(n), NIP, f"Pegawai Nomor {n}", "Penata Muda (III/a)", str(n % 9 + 1), f"{n % 100},5")
        for n in range(1, rows + 1)
    )
    values = {
        "title": "Peta Talenta",
        "subtitle": "Tahun 2025 · Seluruh kantor",
        "sources": ("PermenPANRB 20/2025 Pasal 17", "Kepka BKN 411/2025"),
        "tables": (
            TalentTable(
                "A. Pegawai per kotak",
                ("No", "NIP", "Nama", "Pangkat", "Kotak", "JPM (%)"),
                people,
                (1, 4, 6, 4, 1.5, 1.5),
                ("R", "L", "L", "L", "C", "R"),
            ),
            TalentTable(
                "B. Belum dipetakan",
                ("No", "Nama", "Alasan"),
                (),
                (1, 5, 5),
                empty="Semua pegawai sudah dipetakan.",
            ),
        ),
        "notes": ("Hasil resmi ada di sistem BKN.",),
    }
    values.update(overrides)
    return TalentDoc(**values)


@pytest.fixture
def office_db(fresh_db):
    office = units.get_office(fresh_db)
    office.instansi = "Pemerintah Kabupaten Kepahiang"
    office.nama_kantor = "BKPSDM Kabupaten Kepahiang"
    office.kota = "Kepahiang"
    units.save_office(fresh_db, office, audited=False)
    return fresh_db


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_a_long_list_breaks_across_pages_each_a_draft_with_the_header_again(office_db):
    pdf = render_pdf(office_db, _doc(400), today=TODAY)
    pages = _pages(pdf)
    assert len(pages) > 5
    for n, text in enumerate(pages, 1):
        assert DRAFT in text
        assert f"Halaman {n} dari" in text and str(len(pages)) in text
        assert "Dicetak 5 Desember 2026" in text
        if "Pegawai Nomor" in text:
            assert "JPM (%)" in text  # the header row, repeated
    first = pages[0]
    assert "PEMERINTAH KABUPATEN KEPAHIANG" in first and "BKPSDM KABUPATEN KEPAHIANG" in first
    assert "PETA TALENTA" in first
    assert "Dasar: PermenPANRB 20/2025 Pasal 17; Kepka BKN 411/2025." in first
    everything = "\n".join(pages)
    assert all(f"Pegawai Nomor {n}\n" in everything for n in (1, 200, 400))
    last = pages[-1]
    assert "Semua pegawai sudah dipetakan." in last
    assert "Hasil resmi ada di sistem BKN." in last
    assert "Kepahiang, 5 Desember 2026" in last
    assert "Kepala BKPSDM Kabupaten Kepahiang," in last


@pytest.mark.parametrize("rows", range(20, 60, 3))
def test_the_signature_never_stands_alone_on_a_page(office_db, rows):
    doc = _doc(rows)
    doc = TalentDoc(doc.title, doc.subtitle, doc.sources, doc.tables[:1], doc.notes)
    pages = _pages(render_pdf(office_db, doc, today=TODAY))
    assert "Kepala BKPSDM" in pages[-1] and f"Pegawai Nomor {rows}\n" in pages[-1]
    if len(pages) > 1:
        assert "JPM (%)" in pages[-1]


def test_landscape_by_default_and_portrait_f4_when_asked(office_db):
    wide = PdfReader(io.BytesIO(render_pdf(office_db, _doc(3), today=TODAY))).pages[0]
    assert float(wide.mediabox.width) > float(wide.mediabox.height)
    tall = render_pdf(office_db, _doc(3, landscape=False), "f4", today=TODAY)
    page = PdfReader(io.BytesIO(tall)).pages[0]
    assert round(float(page.mediabox.height) / 72 * 25.4) == 330


def test_output_is_deterministic(office_db):
    assert render_pdf(office_db, _doc(50), today=TODAY) == render_pdf(
        office_db, _doc(50), today=TODAY
    )


def test_a_document_without_tables_still_has_its_frame(office_db):
    pages = _pages(render_pdf(office_db, _doc(0, tables=()), today=TODAY))
    assert len(pages) == 1 and DRAFT in pages[0] and "Kepala BKPSDM" in pages[0]


def test_a_row_of_the_wrong_width_is_refused_with_a_message(office_db):
    bad = TalentTable("Daftar", ("A", "B"), (("1",),), (1, 1))
    with pytest.raises(ValidationError) as caught:
        render_pdf(office_db, _doc(1, tables=(bad,)))
    assert "Daftar" in caught.value.message()


def test_xlsx_has_a_sheet_per_table_with_a_frozen_bold_header(tmp_path: Path):
    doc = _doc(30, notes=('=HYPERLINK("x")',))
    path = tmp_path / "peta.xlsx"
    write_xlsx(doc, path)
    book = load_workbook(path)
    assert book.sheetnames == ["A. Pegawai per kotak", "B. Belum dipetakan"]
    sheet = book["A. Pegawai per kotak"]
    top = [sheet.cell(r, 1).value for r in range(1, 6)]
    assert top == [
        "Peta Talenta",
        "Tahun 2025 · Seluruh kantor",
        DRAFT,
        "Dasar: PermenPANRB 20/2025 Pasal 17; Kepka BKN 411/2025",
        "A. Pegawai per kotak",
    ]
    header = [c.value for c in sheet[6]]
    assert header == ["No", "NIP", "Nama", "Pangkat", "Kotak", "JPM (%)"]
    assert all(c.font.bold for c in sheet[6])
    assert sheet.freeze_panes == "A7"
    first = [c.value for c in sheet[7]]
    assert first == [1, NIP, "Pegawai Nomor 1", "Penata Muda (III/a)", "2", 1.5]
    assert sheet.cell(7, 2).data_type == "s"  # the NIP stays text
    assert sheet.max_row == 6 + 30 + 1
    note = sheet.cell(sheet.max_row, 1)
    assert note.value.startswith("Catatan: =HYPERLINK") and note.data_type == "s"
    empty = book["B. Belum dipetakan"]
    assert empty.cell(7, 1).value == "Semua pegawai sudah dipetakan."


def test_save_picks_the_format_from_the_suffix(office_db, tmp_path: Path):
    doc = _doc(5)
    save(office_db, doc, tmp_path / "peta.pdf")
    save(office_db, doc, tmp_path / "peta.xlsx")
    assert (tmp_path / "peta.pdf").read_bytes().startswith(b"%PDF")
    assert load_workbook(tmp_path / "peta.xlsx").sheetnames
    with pytest.raises(ValidationError) as caught:
        save(office_db, doc, tmp_path / "peta.docx")
    assert ".pdf" in caught.value.message() and not (tmp_path / "peta.docx").exists()
