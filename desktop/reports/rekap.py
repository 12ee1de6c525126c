"""Rekapitulasi per unit and period: who was rated what, the distribution against the quota the
organisation's capaian allows (table and chart), and who is still missing an SKP or a rating,
signed by the head of the unit."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop.core.appraisal import CapaianOrganisasi, Predikat
from desktop.core.distribution import check_distribution, distribution_note
from desktop.core.nip import format_nip
from desktop.reports import charts, labels
from desktop.reports.grid import HEAD_BG, Cell, Grid
from desktop.reports.layout import (
    KeepTail,
    Line,
    SignatureBlock,
    Signer,
    TextBlock,
    content_width,
    header_cells,
    instansi_line,
    place_date,
    section_heading,
    title_block,
)
from desktop.reports.model import PrintOptions, RekapForm, RekapPerson
from desktop.reports.pages import Stamp, build_pdf

GAP = 5 * mm
CHART_HEIGHT = 55 * mm


def render(form: RekapForm, options: PrintOptions) -> bytes:
    pdf, _pages = build_pdf([part(form, options)], options.paper, title=document_title(form))
    return pdf


def document_title(form: RekapForm) -> str:
    return f"Rekapitulasi Predikat Kinerja {form.periode} {form.tahun} - {form.unit_nama}"


def part(form: RekapForm, options: PrintOptions) -> tuple[Stamp, list[Flowable]]:
    running = f"Rekapitulasi Predikat Kinerja {form.tahun} · {form.unit_nama}"
    return Stamp(options.code, options.qr_payload, running), story(form, options)


def story(form: RekapForm, options: PrintOptions) -> list[Flowable]:
    width = content_width(options.paper)
    periode = labels.periode_penilaian(form.tahun, form.periode)
    capaian = labels.capaian(form.capaian).upper()
    out: list[Flowable] = [
        title_block(
            [
                "REKAPITULASI PREDIKAT KINERJA PEGAWAI",
                f"PERIODE: {labels.periode_title(form.periode)}",
            ]
        ),
        instansi_line(form.instansi, f"PERIODE PENILAIAN: {periode}"),
        summary_table(form, width),
        Spacer(1, GAP),
        section_heading("A. DISTRIBUSI PREDIKAT KINERJA PEGAWAI"),
        counts_table(form, width),
        Spacer(1, 2 * mm),
        TextBlock(
            [
                Line(
                    "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA "
                    f"ORGANISASI {capaian}",
                    bold=True,
                    size=8,
                )
            ],
            space_after=1 * mm,
        ),
        charts.distribution_bars(dict(form.counts), form.capaian, width, CHART_HEIGHT),
        quota_block(form),
        Spacer(1, GAP),
        section_heading(f"B. PEGAWAI BELUM DINILAI ({len(form.belum_dinilai)} orang)"),
        people_table(form.belum_dinilai, width),
        Spacer(1, GAP),
        section_heading(f"C. PEGAWAI TANPA SKP TAHUN {form.tahun} ({len(form.tanpa_skp)} orang)"),
        _with_signature(people_table(form.tanpa_skp, width), form, options),
    ]
    return out


def _with_signature(last: Table | TextBlock, form: RekapForm, options: PrintOptions) -> Flowable:
    """The head's signature, never alone on a page: it takes the last rows along."""
    signature = SignatureBlock(
        right=Signer(f"Kepala {form.unit_nama},", form.kepala.nama, form.kepala.nip),
        place_date_text=place_date(options.kota, options.tanggal, form.tahun),
    )
    if isinstance(last, Table):
        return KeepTail(last, [signature])
    return KeepTogether([last, signature])


def summary_table(form: RekapForm, width: float) -> Table:
    grid = Grid([60 * mm, width - 60 * mm], size=8.5)
    rows = (
        ("UNIT KERJA", f"{form.unit_nama} ({form.unit_kode})"),
        ("CAPAIAN KINERJA ORGANISASI", labels.capaian(form.capaian).upper()),
        ("JUMLAH PEGAWAI AKTIF", str(form.pegawai_aktif)),
        ("SUDAH DINILAI (PREDIKAT LENGKAP)", str(form.dinilai)),
        ("BELUM DINILAI", str(len(form.belum_dinilai))),
        ("TANPA SKP", str(len(form.tanpa_skp))),
    )
    for label, value in rows:
        grid.row(Cell(label, bold=True), value)
    return grid.table()


def counts_table(form: RekapForm, width: float) -> Table:
    counts = dict(form.counts)
    total = form.dinilai
    grid = Grid([10 * mm, width - 70 * mm, 30 * mm, 30 * mm], size=8.5)
    grid.row(*header_cells(["NO", "PREDIKAT KINERJA PEGAWAI", "JUMLAH", "PERSENTASE"]))
    for n, predikat in enumerate(Predikat, start=1):
        count = counts.get(predikat.value, 0)
        pct = labels.percent(100 * count / total) if total else "-"
        grid.row(
            Cell(str(n), align="CENTER"),
            labels.predikat(predikat.value),
            Cell(str(count), align="RIGHT"),
            Cell(pct, align="RIGHT"),
        )
    grid.row(
        Cell("JUMLAH", bold=True, span=2, align="RIGHT"),
        None,
        Cell(str(total), bold=True, align="RIGHT"),
        Cell("100 %" if total else "-", bold=True, align="RIGHT"),
        shade=HEAD_BG,
    )
    return grid.table(header_rows=1)


def quota_block(form: RekapForm) -> TextBlock:
    """The quotas of the capaian and whether the distribution keeps them (a warning only)."""
    if not form.capaian:
        return TextBlock(
            [
                Line(
                    "Capaian kinerja organisasi periode ini belum ditetapkan: kuota distribusi "
                    "belum dapat diperiksa.",
                    size=8,
                    align="LEFT",
                )
            ]
        )
    lines = [Line("Ketentuan distribusi (SE MenPANRB 3/2023):", bold=True, size=8, align="LEFT")]
    lines += [Line(f"- {text}", size=8, align="LEFT") for text in charts.quota_lines(form.capaian)]
    counts = {Predikat(code): n for code, n in form.counts}
    breaches = check_distribution(CapaianOrganisasi(form.capaian), counts)
    note = distribution_note(counts)
    if note:
        lines.append(Line(f"Catatan: {note}", bold=True, size=8, align="LEFT"))
    elif not breaches:
        lines.append(Line("Distribusi sesuai ketentuan.", bold=True, size=8, align="LEFT"))
    for b in breaches:
        if b.quota.largest:
            detail = f"predikat lain terbanyak {b.limit} orang"
        elif b.quota.bound.value == "max":
            detail = f"paling banyak {b.limit} orang (kelebihan {b.people} orang)"
        else:
            detail = f"perlu paling sedikit {b.limit} orang (kurang {b.people} orang)"
        lines.append(
            Line(
                f"PERHATIAN: {charts.quota_text(b.quota)} - tercatat {b.actual} orang, {detail}.",
                bold=True,
                size=8,
                align="LEFT",
                color=charts.LIMIT,
            )
        )
    return TextBlock(lines)


def people_table(people: tuple[RekapPerson, ...], width: float) -> Table | TextBlock:
    if not people:
        return TextBlock([Line("Tidak ada.", size=8.5, align="LEFT")])
    rest = width - 75 * mm
    grid = Grid([9 * mm, 36 * mm, rest * 0.45, rest * 0.55, 30 * mm], size=8)
    grid.row(*header_cells(["NO", "NIP", "NAMA", "JABATAN / UNIT", "KETERANGAN"]))
    for n, p in enumerate(people, start=1):
        grid.row(
            Cell(str(n), align="CENTER"),
            format_nip(p.nip),
            p.nama,
            f"{p.jabatan}\n{p.unit}".strip(),
            p.keterangan,
        )
    return grid.table(header_rows=1)
