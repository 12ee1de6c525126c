"""Evaluasi Kinerja Pegawai, periodic or annual (REFERENCE.md §5): identity, capaian kinerja
organisasi and the distribution curve it allows, HASIL KERJA with realisasi and umpan balik
and the Rating Hasil Kerja, PERILAKU KERJA with umpan balik and the Rating Perilaku Kerja, the
predikat, and the signature of the Pejabat Penilai Kinerja."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop.reports import charts, labels
from desktop.reports.grid import HEAD_BG, Cell, Grid
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
from desktop.reports.model import EvaluasiForm, PrintOptions
from desktop.reports.pages import Stamp, build_pdf
from desktop.reports.sections import hasil_kerja_table, perilaku_table

GAP = 4 * mm
CURVE_HEIGHT = 30 * mm


def render(form: EvaluasiForm, options: PrintOptions) -> bytes:
    """The evaluation as PDF bytes; the same form and options always give the same bytes."""
    pdf, _pages = build_pdf([part(form, options)], options.paper, title=document_title(form))
    return pdf


def document_title(form: EvaluasiForm) -> str:
    return f"Evaluasi Kinerja Pegawai {form.periode} {form.tahun} - {form.pegawai.nama}"


def part(form: EvaluasiForm, options: PrintOptions) -> tuple[Stamp, list[Flowable]]:
    running = (
        f"Evaluasi Kinerja Pegawai {labels.periode_name(form.periode)} {form.tahun} · "
        f"{form.pegawai.nama} · {nip_line(form.pegawai.nip)}"
    )
    return Stamp(options.code, options.qr_payload, running), story(form, options)


def titles(form: EvaluasiForm) -> list[str]:
    first = labels.form_titles("EVALUASI KINERJA PEGAWAI", jpt=form.jpt, pendekatan=form.pendekatan)
    return [*first, f"PERIODE: {labels.periode_title(form.periode)}"]


def story(form: EvaluasiForm, options: PrintOptions) -> list[Flowable]:
    width = content_width(options.paper)
    periode = labels.periode_penilaian(form.tahun, form.periode)
    return [
        title_block(
            titles(form), konsep="" if form.final else "KONSEP - evaluasi belum ditetapkan"
        ),
        instansi_line(form.instansi, f"PERIODE PENILAIAN: {periode}"),
        identity_pair(
            "PEGAWAI YANG DINILAI",
            form.pegawai,
            "PEJABAT PENILAI KINERJA",
            form.penilai,
            width,
            last_label="INSTANSI" if form.jpt else "UNIT KERJA",
        ),
        Spacer(1, GAP),
        capaian_table(form, width),
        Spacer(1, GAP),
        hasil_kerja_table(
            form.rhk,
            width,
            jpt=form.jpt,
            evaluasi=True,
            rating=form.rating_hasil,
            pendekatan=form.pendekatan,
        ),
        Spacer(1, GAP),
        KeepTail(
            perilaku_table(form.perilaku, width, evaluasi=True, rating=form.rating_perilaku),
            [
                Spacer(1, GAP),
                predikat_table(form, width),
                SignatureBlock(
                    right=Signer("Pejabat Penilai Kinerja,", form.penilai.nama, form.penilai.nip),
                    place_date_text=place_date(options.kota, options.tanggal, form.tahun),
                ),
            ],
            rows=3,
        ),
    ]


def capaian_table(form: EvaluasiForm, width: float) -> Table:
    """CAPAIAN KINERJA ORGANISASI and, under POLA DISTRIBUSI, the curve that capaian allows."""
    label_w = 62 * mm
    grid = Grid([label_w, width - label_w], size=8)
    grid.row(
        Cell("CAPAIAN KINERJA ORGANISASI", bold=True),
        Cell(labels.capaian(form.capaian).upper(), bold=True),
    )
    curve_w = min(95 * mm, width - label_w - 6)
    notes = [Line(text, size=7, align="LEFT") for text in charts.quota_lines(form.capaian)]
    caption = Line(
        "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI "
        + labels.capaian(form.capaian).upper(),
        bold=True,
        size=7,
        align="LEFT",
    )
    grid.row(
        Cell("POLA DISTRIBUSI", bold=True),
        [
            TextBlock([caption], space_after=1 * mm),
            charts.reference_curve(form.capaian, curve_w, CURVE_HEIGHT),
            TextBlock(notes),
        ],
    )
    return grid.table()


def predikat_table(form: EvaluasiForm, width: float) -> Table:
    label_w = width - 62 * mm
    grid = Grid([label_w, 62 * mm], size=9)
    grid.row(
        Cell("PREDIKAT KINERJA PEGAWAI*", bold=True, align="RIGHT"),
        Cell(labels.predikat(form.predikat).upper(), bold=True, align="CENTER"),
        shade=HEAD_BG,
    )
    return grid.table()
