"""Laporan Hasil Survei Kepuasan Masyarakat of one unit (PermenPANRB 14/2017): the index and
mutu, the table per unsur with its nilai rata-rata and weight, the weakest unsur, who answered
against the minimum sample, the trend across periods as a chart, and a rencana tindak lanjut
to fill in (the stored plan, or empty rows to write by hand), signed by the head of the unit.

Built on the forms' blocks (``layout``, ``grid``, ``pages``); deterministic like them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop.core.skm import MUTU_FLOORS, UNSUR, format_decimal, mutu_of
from desktop.reports import fonts
from desktop.reports.grid import HEAD_BG, Cell, Grid
from desktop.reports.layout import (
    Line as TextLine,
)
from desktop.reports.layout import (
    SignatureBlock,
    Signer,
    TextBlock,
    content_width,
    header_cells,
    instansi_line,
    number_cells,
    place_date,
    section_heading,
    title_block,
)
from desktop.reports.pages import Stamp, build_pdf
from desktop.reports.skm_data import SkmReport

GAP = 4 * mm
CHART_HEIGHT = 50 * mm
WEAK = colors.Color(1, 0.93, 0.8)
INK = colors.black
GRID_INK = colors.Color(0.8, 0.8, 0.8)
LINE = colors.Color(0.1, 0.3, 0.6)
PLAN_ROWS = 3


def render(report: SkmReport, *, paper: str | None = None, tanggal: date | None = None) -> bytes:
    """The report as PDF bytes on the office's paper (or ``paper``)."""
    running = f"Laporan Hasil SKM · {report.unit_nama} · {report.periode_label}"
    chosen = paper or report.paper
    pdf, _pages = build_pdf(
        [(Stamp(running_title=running), story(report, chosen, tanggal))],
        chosen,
        title=f"Laporan Hasil SKM {report.periode_label} - {report.unit_nama}",
    )
    return pdf


def story(report: SkmReport, paper: str, tanggal: date | None) -> list[Flowable]:
    width = content_width(paper)
    return [
        title_block(
            [
                "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT",
                report.unit_nama.upper(),
                f"PERIODE: {report.periode_label.upper()}",
            ]
        ),
        instansi_line(report.instansi, "PERMENPANRB NOMOR 14 TAHUN 2017"),
        summary_table(report, width),
        Spacer(1, GAP),
        section_heading("A. NILAI PER UNSUR PELAYANAN"),
        unsur_table(report, width),
        Spacer(1, GAP),
        KeepTogether(
            [
                section_heading("B. TREN INDEKS KEPUASAN MASYARAKAT"),
                trend_chart(report, width, CHART_HEIGHT),
                trend_table(report, width),
            ]
        ),
        Spacer(1, GAP),
        KeepTogether([section_heading("C. RESPONDEN"), respondents_table(report, width)]),
        Spacer(1, GAP),
        KeepTogether(
            [
                section_heading("D. RENCANA TINDAK LANJUT"),
                plan_table(report, width),
                Spacer(1, GAP),
                SignatureBlock(
                    right=Signer(
                        f"Kepala {report.unit_nama},", report.kepala.nama, report.kepala.nip
                    ),
                    place_date_text=place_date(report.kota, tanggal, report.survey.tahun),
                ),
            ]
        ),
    ]


def summary_table(report: SkmReport, width: float) -> Table:
    result = report.result
    weakest = ", ".join(f"{UNSUR[n - 1].kode} {UNSUR[n - 1].nama}" for n in result.weakest)
    grid = Grid([62 * mm, width - 62 * mm], size=8.5)
    rows = (
        ("UNIT LAYANAN", f"{report.unit_nama} ({report.unit_kode})"),
        ("PERIODE SURVEI", report.periode_label),
        ("JUMLAH RESPONDEN", _respondents_text(report)),
        ("SUMBER DATA", _source_text(report)),
        ("NILAI IKM (SKALA 1–4)", format_decimal(result.ikm, 3)),
        ("NILAI IKM KONVERSI (× 25)", format_decimal(result.konversi)),
        ("MUTU PELAYANAN", f"{result.mutu.value} ({result.mutu.kinerja})"),
        (
            "UNSUR TERENDAH",
            f"{weakest} (NRR {format_decimal(result.nrr[result.weakest[0] - 1], 3)})",
        ),
    )
    for label, value in rows:
        bold = label in ("NILAI IKM KONVERSI (× 25)", "MUTU PELAYANAN")
        grid.row(Cell(label, bold=True), Cell(value, bold=bold))
    return grid.table()


def _respondents_text(report: SkmReport) -> str:
    result = report.result
    if result.minimum is None:
        return f"{result.responden} orang (populasi penerima layanan belum diisi)"
    verdict = "terpenuhi" if result.enough else "BELUM terpenuhi"
    return (
        f"{result.responden} orang; sampel minimal {result.minimum} untuk populasi "
        f"{result.populasi} penerima layanan (tabel Krejcie-Morgan): {verdict}"
    )


def _source_text(report: SkmReport) -> str:
    if report.survey.sumber == "manual":
        return "Rekap jawaban per unsur (diketik)"
    return "Kuesioner responden (diimpor dari lembar kerja)"


def unsur_table(report: SkmReport, width: float) -> Table:
    result = report.result
    fixed = [8 * mm, 11 * mm, 12 * mm, 12 * mm, 12 * mm, 12 * mm, 16 * mm, 18 * mm, 14 * mm]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    grid = Grid(widths, size=8)
    head = header_cells(["NO", "UNSUR PELAYANAN", "KODE", "JUMLAH JAWABAN", "NRR",
                         "NRR × 1/9", "MUTU"])  # fmt: skip
    head[3] = Cell(head[3].text, bold=True, align="CENTER", span=4)
    grid.row(*head[:4], None, None, None, *head[4:])
    grid.row("", "", "", *header_cells(["1", "2", "3", "4"]), "", "", "")
    for column in (0, 1, 2, 7, 8, 9):
        grid.span_down(column, 0, 1)
    grid.row(*number_cells(len(widths)))
    for unsur, counts in zip(UNSUR, result.counts, strict=True):
        value = result.nrr[unsur.no - 1]
        weak = unsur.no in result.weakest
        grid.row(
            Cell(str(unsur.no), align="CENTER"),
            Cell(unsur.nama + ("  (terendah)" if weak else ""), bold=weak),
            Cell(unsur.kode, align="CENTER"),
            *(Cell(str(n), align="RIGHT") for n in counts),
            Cell(format_decimal(value, 3), align="RIGHT", bold=weak),
            Cell(format_decimal(value / 9, 3), align="RIGHT"),
            Cell(mutu_of(value * 25).value, align="CENTER"),
            shade=WEAK if weak else None,
        )
    grid.row(Cell("IKM (Σ NRR × 1/9)", bold=True, span=8), *[None] * 7,
             Cell(format_decimal(result.ikm, 3), bold=True, align="RIGHT"),
             Cell(result.mutu.value, bold=True, align="CENTER"), shade=HEAD_BG)  # fmt: skip
    grid.row(Cell("IKM KONVERSI (IKM × 25)", bold=True, span=8), *[None] * 7,
             Cell(format_decimal(result.konversi), bold=True, align="RIGHT"),
             Cell(result.mutu.value, bold=True, align="CENTER"), shade=HEAD_BG)  # fmt: skip
    grid.row(Cell(_intervals(), italic=True, span=len(widths)), *[None] * (len(widths) - 1))
    return grid.table(header_rows=2)


def _intervals() -> str:
    parts = []
    upper = Decimal("100")
    for floor, mutu in MUTU_FLOORS:
        parts.append(
            f"{mutu.value} ({mutu.kinerja}) {format_decimal(floor)}–{format_decimal(upper)}"
        )
        upper = floor - Decimal("0.01")
    return "Interval nilai konversi: " + "; ".join(parts) + "."


def trend_table(report: SkmReport, width: float) -> Table:
    grid = Grid([10 * mm, width - 82 * mm, 24 * mm, 24 * mm, 24 * mm], size=8)
    grid.row(*header_cells(["NO", "PERIODE", "RESPONDEN", "IKM", "MUTU"]))
    previous = None
    for n, point in enumerate(report.trend, 1):
        arrow = ""
        if previous is not None:
            delta = point.result.konversi - previous
            arrow = " ▲" if delta > 0 else (" ▼" if delta < 0 else " =")
        previous = point.result.konversi
        current = point.tahun == report.survey.tahun and point.periode == report.survey.periode
        grid.row(
            Cell(str(n), align="CENTER"),
            Cell(point.label, bold=current),
            Cell(str(point.result.responden), align="RIGHT"),
            Cell(format_decimal(point.result.konversi) + arrow, align="RIGHT", bold=current),
            Cell(f"{point.result.mutu.value} ({point.result.mutu.kinerja})", align="CENTER"),
        )
    return grid.table(header_rows=1)


def trend_chart(report: SkmReport, width: float, height: float) -> Drawing:
    """The converted index per period on a 25–100 scale with the grade edges drawn."""
    d = Drawing(width, height)
    left, bottom, right, top = 14 * mm, 9 * mm, width - 4 * mm, height - 4 * mm
    low, high = 50.0, 100.0
    points = [float(p.result.konversi) for p in report.trend]
    if points and min(points) < low:
        low = 25.0

    def y_of(value: float) -> float:
        return bottom + (value - low) / (high - low) * (top - bottom)

    d.add(Rect(left, bottom, right - left, top - bottom, fillColor=None, strokeColor=INK,
               strokeWidth=0.5))  # fmt: skip
    for floor, mutu in MUTU_FLOORS:
        value = float(floor)
        if value <= low:
            continue
        d.add(Line(left, y_of(value), right, y_of(value), strokeColor=GRID_INK,
                   strokeDashArray=[2, 2], strokeWidth=0.5))  # fmt: skip
        label = f"batas {mutu.value} {format_decimal(floor)}"
        d.add(String(right - 2, y_of(value) + 2, label, fontName=fonts.REGULAR, fontSize=6,
                     textAnchor="end", fillColor=INK))  # fmt: skip
    for value in range(int(low), int(high) + 1, 25 if low < 50 else 10):
        d.add(String(left - 2, y_of(value) - 2, str(value), fontName=fonts.REGULAR,
                     fontSize=6.5, textAnchor="end"))  # fmt: skip
    if not points:
        return d
    step = (right - left) / max(len(points), 1)
    xs = [left + step * (i + 0.5) for i in range(len(points))]
    if len(points) > 1:
        coords = [c for x, v in zip(xs, points, strict=True) for c in (x, y_of(v))]
        d.add(PolyLine(coords, strokeColor=LINE, strokeWidth=1.2))
    for x, value, point in zip(xs, points, report.trend, strict=True):
        d.add(Rect(x - 1.5, y_of(value) - 1.5, 3, 3, fillColor=LINE, strokeColor=LINE))
        d.add(String(x, y_of(value) + 4, format_decimal(point.result.konversi),
                     fontName=fonts.BOLD, fontSize=6.5, textAnchor="middle"))  # fmt: skip
        d.add(String(x, bottom - 7, point.label, fontName=fonts.REGULAR, fontSize=6.5,
                     textAnchor="middle"))  # fmt: skip
    return d


def respondents_table(report: SkmReport, width: float) -> Flowable:
    if not report.layanan:
        return TextBlock(
            [
                TextLine(
                    "Data per responden tidak tersedia: hasil dari rekap jawaban yang diketik.",
                    size=8,
                    align="LEFT",
                )
            ]
        )
    grid = Grid([width / 2 - 20 * mm, 20 * mm, width / 2 - 20 * mm, 20 * mm], size=8)
    grid.row(*header_cells(["JENIS LAYANAN", "JUMLAH", "JENIS KELAMIN", "JUMLAH"]))
    for n in range(max(len(report.layanan), len(report.gender))):
        a = report.layanan[n] if n < len(report.layanan) else ("", "")
        b = report.gender[n] if n < len(report.gender) else ("", "")
        grid.row(a[0], Cell(str(a[1]), align="RIGHT"), b[0], Cell(str(b[1]), align="RIGHT"))
    if report.feedback:
        grid.row(Cell(f"Umpan balik masyarakat tercatat atas pegawai unit ini tahun "
                      f"{report.survey.tahun}: {report.feedback} entri.", italic=True, span=4),
                 None, None, None)  # fmt: skip
    return grid.table(header_rows=1)


def plan_table(report: SkmReport, width: float) -> Table:
    """The stored plan, or one empty row per weakest unsur (and spare rows) to write in."""
    grid = Grid([8 * mm, 48 * mm, width - 114 * mm, 28 * mm, 30 * mm], size=8)
    grid.row(*header_cells(["NO", "UNSUR PRIORITAS", "RENCANA TINDAK LANJUT", "WAKTU",
                            "PENANGGUNG JAWAB"]))  # fmt: skip
    plan = report.survey.rencana_tindak_lanjut.strip()
    weakest = [UNSUR[n - 1] for n in report.result.weakest]
    rows = max(PLAN_ROWS, len(weakest))
    for n in range(rows):
        unsur = f"{weakest[n].kode} {weakest[n].nama}" if n < len(weakest) else ""
        text = plan if n == 0 and plan else ""
        grid.row(Cell(str(n + 1), align="CENTER"), unsur, text, "", "",
                 height=None if text else 12 * mm)  # fmt: skip
    return grid.table(header_rows=1)
