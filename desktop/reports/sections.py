"""The two big tables the SKP and the evaluation share: HASIL KERJA (RHK grouped Utama /
Tambahan, one row per IKI, numbered columns) and PERILAKU KERJA (the seven BerAKHLAK values).

Header rows repeat on every page a long table runs onto; an RHK's cells span its IKI rows, so
a page never breaks inside one RHK.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Table

from desktop.reports import labels
from desktop.reports.grid import HEAD_BG, SECTION_BG, Cell, Grid
from desktop.reports.layout import Line, TextBlock, header_cells, number_cells
from desktop.reports.model import PerilakuRow, RhkRow


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # mm; the column marked flexible takes what is left


def _widths(columns: list[Column], flexible: int, total: float) -> list[float]:
    fixed = sum(c.width * mm for n, c in enumerate(columns) if n != flexible)
    return [total - fixed if n == flexible else c.width * mm for n, c in enumerate(columns)]


def hasil_kerja_columns(*, jpt: bool, evaluasi: bool) -> tuple[list[Column], int]:
    """The columns (widths in mm, sized so no header word breaks) and which of them absorbs
    the paper's extra width. The JPT form adds PERSPEKTIF after the RHK."""
    no, atasan, rhk, aspek, iki, target = (
        "NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "RENCANA HASIL KERJA", "ASPEK",
        "INDIKATOR KINERJA INDIVIDU", "TARGET",
    )  # fmt: skip
    realisasi = "REALISASI BERDASARKAN BUKTI DUKUNG"
    umpan = "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"
    perspektif = [Column("PERSPEKTIF", 19 if evaluasi else 21)] if jpt else []
    if evaluasi:
        w = (23, 24, 14, 23, 26) if jpt else (25, 27, 16, 28, 29)
        cols = [
            Column(no, 7), Column(atasan, w[0]), Column(rhk, w[1]), *perspektif,
            Column(aspek, 14), Column(iki, 0), Column(target, w[2]), Column(realisasi, w[3]),
            Column(umpan, w[4]),
        ]  # fmt: skip
    else:
        w = (32, 32) if jpt else (38, 38)
        cols = [
            Column(no, 8), Column(atasan, w[0]), Column(rhk, w[1]), *perspektif,
            Column(aspek, 17), Column(iki, 0), Column(target, 26),
        ]  # fmt: skip
    return cols, 5 if jpt else 4


def hasil_kerja_table(
    rhk: tuple[RhkRow, ...],
    width: float,
    *,
    jpt: bool = False,
    evaluasi: bool = False,
    rating: str | None = None,
) -> Table:
    """HASIL KERJA with ``A. UTAMA`` / ``B. TAMBAHAN`` groups; with ``rating`` (evaluations)
    a closing RATING HASIL KERJA row."""
    columns, flexible = hasil_kerja_columns(jpt=jpt, evaluasi=evaluasi)
    grid = Grid(_widths(columns, flexible, width), size=7.5 if evaluasi else 8)
    n = len(columns)
    grid.row(Cell("HASIL KERJA", bold=True, span=n), *[None] * (n - 1))
    grid.row(*header_cells([c.title for c in columns]))
    grid.row(*number_cells(n))
    last_block = 0
    for jenis in ("utama", "tambahan"):
        group = [r for r in rhk if r.jenis == jenis]
        heading = grid.row(
            Cell(labels.JENIS_RHK[jenis], bold=True, span=n), *[None] * (n - 1), shade=SECTION_BG
        )
        if not group:
            grid.row(Cell("-", align="CENTER"), Cell("-", span=n - 1), *[None] * (n - 2))
        for number, item in enumerate(group, start=1):
            last_block = len(grid.rows)
            _rhk_rows(grid, number, item, jpt=jpt, evaluasi=evaluasi)
        # A group heading never ends a page: it stays with the group's first RHK.
        first_end = len(grid.rows) - 1 if not group else heading + max(1, len(group[0].iki))
        grid.style(("NOSPLIT", (0, heading), (-1, first_end)))
    if rating is not None:
        split = n - 2
        grid.style(("NOSPLIT", (0, last_block), (-1, len(grid.rows))))
        grid.row(
            Cell("RATING HASIL KERJA*", bold=True, span=split, align="RIGHT"),
            *[None] * (split - 1),
            Cell(labels.rating(rating).upper(), bold=True, span=2, align="CENTER"),
            None,
            shade=HEAD_BG,
        )
    return grid.table(header_rows=3)


def _rhk_rows(grid: Grid, number: int, item: RhkRow, *, jpt: bool, evaluasi: bool) -> None:
    iki = item.iki or ()
    first = len(grid.rows)
    lead = [Cell(str(number), align="CENTER"), item.rhk_atasan or "-", item.uraian]
    if jpt:
        lead.append(item.perspektif or "-")
    if not iki:
        blanks = ["-", "-", "-"] + (["", ""] if evaluasi else [])
        grid.row(*lead, *blanks)
        return
    for k, row in enumerate(iki):
        cells: list = lead if k == 0 else [None] * len(lead)
        tail = [labels.aspek(row.aspek), row.indikator, row.target]
        if evaluasi:
            tail += [row.realisasi, row.umpan_balik]
        grid.row(*cells, *tail)
    last = len(grid.rows) - 1
    for col in range(len(lead)):
        grid.span_down(col, first, last)


def value_block(item: PerilakuRow, size: float = 8) -> TextBlock:
    """The value in bold with its numbered panduan perilaku under it, in one cell."""
    lines = [Line(item.nilai, bold=True, size=size, align="LEFT")]
    lines += [
        Line(f"{k}. {text}", size=size, align="LEFT")
        for k, text in enumerate(item.panduan, start=1)
    ]
    return TextBlock(lines)


def perilaku_table(
    rows: tuple[PerilakuRow, ...],
    width: float,
    *,
    evaluasi: bool = False,
    rating: str | None = None,
) -> Table:
    """PERILAKU KERJA: value (bold) and its panduan, Ekspektasi Khusus Pimpinan, and for an
    evaluation the umpan balik and a closing RATING PERILAKU KERJA row."""
    if evaluasi:
        widths = [7 * mm, 0, 42 * mm, 42 * mm]
        titles = [
            "NO",
            "PERILAKU KERJA",
            "EKSPEKTASI KHUSUS PIMPINAN",
            "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
        ]
    else:
        widths = [8 * mm, 0, 62 * mm]
        titles = ["NO", "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN"]
    widths[1] = width - sum(widths)
    grid = Grid(widths, size=7.5 if evaluasi else 8)
    n = len(widths)
    grid.row(Cell("PERILAKU KERJA", bold=True, span=n), *[None] * (n - 1))
    grid.row(*header_cells(titles))
    grid.row(*number_cells(n))
    for item in rows:
        grid.row(
            Cell(str(item.nilai_no), align="CENTER"),
            value_block(item, grid.size),
            item.ekspektasi,
            *([item.umpan_balik] if evaluasi else []),
        )
    if rating is not None:
        grid.row(
            Cell("RATING PERILAKU KERJA*", bold=True, span=n - 1, align="RIGHT"),
            *[None] * (n - 2),
            Cell(labels.rating(rating).upper(), bold=True, align="CENTER"),
            shade=HEAD_BG,
        )
    return grid.table(header_rows=3)
