"""Sasaran Kinerja Pegawai (REFERENCE.md §4): title, identity of the employee and the Pejabat
Penilai, HASIL KERJA (RHK grouped Utama/Tambahan with their IKI), PERILAKU KERJA with the
Ekspektasi Khusus Pimpinan, both signatures, then the LAMPIRAN on its own page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from desktop.reports import labels
from desktop.reports.grid import SECTION_BG, Cell, Grid
from desktop.reports.layout import (
    KeepTail,
    Line,
    SignatureBlock,
    Signer,
    TextBlock,
    content_width,
    identity_pair,
    instansi_line,
    nip_line,
    place_date,
    title_block,
)
from desktop.reports.model import PrintOptions, SkpForm
from desktop.reports.pages import Stamp, build_pdf
from desktop.reports.sections import hasil_kerja_table, perilaku_table

GAP = 4 * mm


def render(form: SkpForm, options: PrintOptions) -> bytes:
    """The SKP as PDF bytes; the same form and options always give the same bytes."""
    pdf, _pages = build_pdf([part(form, options)], options.paper, title=document_title(form))
    return pdf


def document_title(form: SkpForm) -> str:
    return f"Sasaran Kinerja Pegawai {form.tahun} - {form.pegawai.nama}"


def part(form: SkpForm, options: PrintOptions) -> tuple[Stamp, list[Flowable]]:
    running = (
        f"Sasaran Kinerja Pegawai {form.tahun} · {form.pegawai.nama} · {nip_line(form.pegawai.nip)}"
    )
    return Stamp(options.code, options.qr_payload, running), story(form, options)


def titles(form: SkpForm) -> list[str]:
    return labels.form_titles("SASARAN KINERJA PEGAWAI", jpt=form.jpt, pendekatan=form.pendekatan)


def footnotes(form: SkpForm) -> TextBlock:
    """The form's notes on the starred headers; the JPT table has no intervened RHK."""
    texts = [] if form.jpt else [labels.FOOTNOTE_INTERVENSI]
    texts.append(labels.FOOTNOTE_EKSPEKTASI)
    return TextBlock([Line(""), *(Line(t, size=7, align="LEFT") for t in texts)])


def story(form: SkpForm, options: PrintOptions) -> list[Flowable]:
    width = content_width(options.paper)
    periode = f"PERIODE PENILAIAN: {labels.periode_penilaian(form.tahun)}"
    out: list[Flowable] = [
        title_block(titles(form), konsep="" if form.final else "KONSEP - SKP belum disetujui"),
        instansi_line(form.instansi, periode),
        identity_pair(
            "PEGAWAI YANG DINILAI",
            form.pegawai,
            "PEJABAT PENILAI KINERJA",
            form.penilai,
            width,
            last_label="INSTANSI" if form.jpt else "UNIT KERJA",
        ),
        Spacer(1, GAP),
        hasil_kerja_table(form.rhk, width, jpt=form.jpt, pendekatan=form.pendekatan),
        Spacer(1, GAP),
        KeepTail(
            perilaku_table(form.perilaku, width),
            [
                SignatureBlock(
                    left=Signer("Pegawai yang Dinilai,", form.pegawai.nama, form.pegawai.nip),
                    right=Signer("Pejabat Penilai Kinerja,", form.penilai.nama, form.penilai.nip),
                    place_date_text=place_date(options.kota, options.tanggal, form.tahun),
                ),
                footnotes(form),
            ],
        ),
        PageBreak(),
        title_block(["LAMPIRAN SASARAN KINERJA PEGAWAI"]),
        instansi_line(form.instansi, periode),
        lampiran_table(form, width),
    ]
    return out


def _items(text: str) -> str:
    """One item per line, numbered as the form lists them; "-" when there is none."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return "-"
    if len(lines) == 1:
        return lines[0]
    return "\n".join(f"{n}. {line}" for n, line in enumerate(lines, start=1))


def lampiran_table(form: SkpForm, width: float) -> Table:
    grid = Grid([8 * mm, width - 8 * mm], size=9)
    sections = (
        ("DUKUNGAN SUMBER DAYA", form.dukungan_sumber_daya),
        ("SKEMA PERTANGGUNGJAWABAN", form.skema_pertanggungjawaban),
        ("KONSEKUENSI", form.konsekuensi),
    )
    for number, (title, text) in enumerate(sections, start=1):
        first = grid.row(
            Cell(str(number), align="CENTER"), Cell(title, bold=True), shade=SECTION_BG
        )
        grid.row(None, _items(text))
        grid.span_down(0, first, first + 1)
    return grid.table()
