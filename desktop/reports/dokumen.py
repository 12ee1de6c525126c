"""Dokumen Evaluasi Kinerja Pegawai: the one-page sheet of 29 fields (REFERENCE.md §6).

Fields as the official guide numbers them: (1) emblem · (2) PERIODE · (3) instansi · (4) PERIODE
PENILAIAN · (5–9) Pegawai yang Dinilai · (10–14) Pejabat Penilai Kinerja · (15–19) Atasan
Pejabat Penilai Kinerja (an identity block only: it does not sign) · (20) capaian kinerja
organisasi · (21) predikat kinerja pegawai · (22) catatan/rekomendasi · (23) place and date ·
(24–26) signature, name and NIP of the Pegawai · (27–29) the same of the Pejabat Penilai. The
printed sheet numbers its blocks 1–5, as the official one does.
"""

from __future__ import annotations

import io

from PIL import Image as PILImage
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table

from desktop.reports import labels
from desktop.reports.grid import SECTION_BG, Cell, Grid
from desktop.reports.layout import (
    IDENTITY_LABELS,
    SignatureBlock,
    Signer,
    content_width,
    identity_values,
    instansi_line,
    place_date,
    title_block,
)
from desktop.reports.model import DokumenForm, Identity, PrintOptions
from desktop.reports.pages import Stamp, build_pdf

EMBLEM_HEIGHT = 20 * mm
CATATAN_MIN = 24 * mm
SIZE = 9  # a sparse sheet: a size larger than the dense tables


def render(form: DokumenForm, options: PrintOptions) -> bytes:
    """The sheet as PDF bytes; the same form and options always give the same bytes."""
    pdf, _pages = build_pdf([part(form, options)], options.paper, title=document_title(form))
    return pdf


def document_title(form: DokumenForm) -> str:
    return f"Dokumen Evaluasi Kinerja Pegawai {form.periode} {form.tahun} - {form.pegawai.nama}"


def part(form: DokumenForm, options: PrintOptions) -> tuple[Stamp, list[Flowable]]:
    """The page decoration and the flowables of this form (a batch joins many)."""
    running = (
        f"Dokumen Evaluasi Kinerja Pegawai {labels.periode_name(form.periode)} {form.tahun} · "
        f"{form.pegawai.nama}"
    )
    return Stamp(options.code, options.qr_payload, running), story(form, options)


def story(form: DokumenForm, options: PrintOptions) -> list[Flowable]:
    width = content_width(options.paper)
    out: list[Flowable] = []
    emblem = emblem_image(form.emblem)
    if emblem is not None:
        out += [emblem, Spacer(1, 2 * mm)]
    out.append(
        title_block(
            ["DOKUMEN EVALUASI KINERJA PEGAWAI", f"PERIODE: {labels.periode_title(form.periode)}"],
            konsep="" if form.final else "KONSEP - evaluasi belum ditetapkan",
        )
    )
    periode = labels.periode_penilaian(form.tahun, form.periode)
    out.append(instansi_line(form.instansi, f"PERIODE PENILAIAN: {periode}"))
    out.append(fields_table(form, width))
    out.append(
        SignatureBlock(
            left=Signer("Pegawai yang Dinilai,", form.pegawai.nama, form.pegawai.nip),
            right=Signer("Pejabat Penilai Kinerja,", form.penilai.nama, form.penilai.nip),
            place_date_text=place_date(options.kota, options.tanggal, form.tahun),
        )
    )
    return out


def emblem_image(data: bytes | None) -> Image | None:
    """The office's emblem centred above the title, 20 mm high; None when absent or unreadable.

    The whole image is decoded first: a file whose header reads but whose pixels do not (cut
    short on a USB stick) would otherwise print as an empty or broken box."""
    if not data:
        return None
    try:
        with PILImage.open(io.BytesIO(data)) as picture:
            picture.load()
            w, h = picture.size
            clean = io.BytesIO()
            picture.convert("RGBA" if "A" in picture.getbands() else "RGB").save(clean, "PNG")
    except Exception:  # a damaged image must not stop the printing of a form
        return None
    if not w or not h:
        return None
    image = Image(clean, width=EMBLEM_HEIGHT * w / h, height=EMBLEM_HEIGHT, mask="auto")
    image.hAlign = "CENTER"
    return image


def _block(grid: Grid, no: int, title: str) -> int:
    """A block heading numbered "1." … "5." as e-Kinerja prints it (readers of its PDFs
    look for the numbers with their dot)."""
    return grid.row(
        Cell(f"{no}.", align="CENTER"), Cell(title, bold=True, span=2), None, shade=SECTION_BG
    )


def _identity(grid: Grid, no: int, title: str, person: Identity) -> None:
    first = _block(grid, no, title)
    for label, value in zip(IDENTITY_LABELS, identity_values(person), strict=True):
        grid.row(None, label, value)
    grid.span_down(0, first, first + len(IDENTITY_LABELS))


def fields_table(form: DokumenForm, width: float) -> Table:
    grid = Grid([9 * mm, 62 * mm, width - 71 * mm], size=SIZE)
    _identity(grid, 1, "PEGAWAI YANG DINILAI", form.pegawai)
    _identity(grid, 2, "PEJABAT PENILAI KINERJA", form.penilai)
    _identity(grid, 3, "ATASAN PEJABAT PENILAI KINERJA", form.atasan_penilai)
    first = _block(grid, 4, "EVALUASI KINERJA")
    grid.row(
        None, "CAPAIAN KINERJA ORGANISASI", Cell(labels.capaian(form.capaian).upper(), bold=True)
    )
    grid.row(
        None, "PREDIKAT KINERJA PEGAWAI", Cell(labels.predikat(form.predikat).upper(), bold=True)
    )
    grid.span_down(0, first, first + 2)
    first = _block(grid, 5, "CATATAN/REKOMENDASI")
    # Room to write by hand when the catatan is short; the whole text when it is long.
    height = max(CATATAN_MIN, grid.text_height(form.catatan, width - 9 * mm))
    grid.row(None, Cell(form.catatan, span=2), None, height=height)
    grid.span_down(0, first, first + 1)
    return grid.table()
