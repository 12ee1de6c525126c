"""The two big tables the SKP and the evaluation share: HASIL KERJA (RHK grouped Utama /
Tambahan, one row per IKI, numbered columns; the kuantitatif, kualitatif and JPT layouts of
the Lampiran PermenPANRB 6/2022) and PERILAKU KERJA (the seven BerAKHLAK values).

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
from desktop.reports.model import IkiRow, PerilakuRow, RhkRow


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # mm; the column marked flexible takes what is left


def _widths(columns: list[Column], flexible: int, total: float) -> list[float]:
    fixed = sum(c.width * mm for n, c in enumerate(columns) if n != flexible)
    return [total - fixed if n == flexible else c.width * mm for n, c in enumerate(columns)]


INTERVENSI = "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI*"
EKSPEKTASI = "EKSPEKTASI KHUSUS PIMPINAN**"
UKURAN = "Ukuran keberhasilan / Indikator Kinerja Individu, dan Target:"
REALISASI = "REALISASI BERDASARKAN BUKTI DUKUNG"
UMPAN = "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"


def layout_of(*, jpt: bool, pendekatan: str = "kuantitatif") -> str:
    """Which HASIL KERJA table the Lampiran gives: ``jpt``, ``kualitatif`` or ``kuantitatif``."""
    if jpt:
        return "jpt"
    return "kualitatif" if pendekatan == "kualitatif" else "kuantitatif"


def hasil_kerja_columns(
    *, jpt: bool, evaluasi: bool, pendekatan: str = "kuantitatif"
) -> tuple[list[Column], int]:
    """The columns (widths in mm, sized so no header word breaks) and which of them absorbs
    the paper's extra width, for the three layouts of the Lampiran:

    - kuantitatif: NO · RHK PIMPINAN YANG DIINTERVENSI · RHK · ASPEK · IKI · TARGET;
    - kualitatif: NO · RHK PIMPINAN YANG DIINTERVENSI · RHK (its ukuran keberhasilan under it);
    - JPT: NO · RHK · IKI · TARGET · PERSPEKTIF.

    An evaluation adds REALISASI and UMPAN BALIK to each; the stars that point to the SKP's
    footnotes are the SKP's own."""
    columns, flexible = _layout_columns(layout_of(jpt=jpt, pendekatan=pendekatan), evaluasi)
    if evaluasi:
        columns = [Column(c.title.rstrip("*"), c.width) for c in columns]
    return columns, flexible


def _layout_columns(layout: str, evaluasi: bool) -> tuple[list[Column], int]:
    tail = [Column(REALISASI, 30), Column(UMPAN, 32)] if evaluasi else []
    no = Column("NO", 7 if evaluasi else 8)
    if layout == "jpt":
        cols = [
            no, Column("RENCANA HASIL KERJA", 30 if evaluasi else 50),
            Column("INDIKATOR KINERJA INDIVIDU", 0), Column("TARGET", 18 if evaluasi else 26),
            Column("PERSPEKTIF", 20 if evaluasi else 26), *tail,
        ]  # fmt: skip
        return cols, 2
    if layout == "kualitatif":
        if evaluasi:
            tail = [Column(REALISASI, 38), Column(UMPAN, 40)]
        cols = [no, Column(INTERVENSI, 38 if evaluasi else 60), Column("RENCANA HASIL KERJA", 0)]
        return [*cols, *tail], 2
    if evaluasi:
        tail = [Column(REALISASI, 28), Column(UMPAN, 29)]
    w = (25, 27, 14, 16) if evaluasi else (38, 38, 17, 26)
    cols = [
        no, Column(INTERVENSI, w[0]), Column("RENCANA HASIL KERJA", w[1]), Column("ASPEK", w[2]),
        Column("INDIKATOR KINERJA INDIVIDU", 0), Column("TARGET", w[3]), *tail,
    ]  # fmt: skip
    return cols, 4


def hasil_kerja_table(
    rhk: tuple[RhkRow, ...],
    width: float,
    *,
    jpt: bool = False,
    evaluasi: bool = False,
    rating: str | None = None,
    pendekatan: str = "kuantitatif",
) -> Table:
    """HASIL KERJA with ``A. UTAMA`` / ``B. TAMBAHAN`` groups; with ``rating`` (evaluations)
    a closing RATING HASIL KERJA row."""
    layout = layout_of(jpt=jpt, pendekatan=pendekatan)
    columns, flexible = hasil_kerja_columns(jpt=jpt, evaluasi=evaluasi, pendekatan=pendekatan)
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
        first_end = len(grid.rows) - 1
        for number, item in enumerate(group, start=1):
            last_block = len(grid.rows)
            _ROWS[layout](grid, number, item, evaluasi=evaluasi)
            if number == 1:
                first_end = len(grid.rows) - 1
        # A group heading never ends a page: it stays with the group's first RHK.
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


def _spanned(grid: Grid, cols: range | list[int], first: int) -> None:
    last = len(grid.rows) - 1
    for col in cols:
        grid.span_down(col, first, last)


def _kuantitatif_rows(grid: Grid, number: int, item: RhkRow, *, evaluasi: bool) -> None:
    first = len(grid.rows)
    lead = [Cell(str(number), align="CENTER"), item.rhk_atasan or "-", item.uraian]
    for k, row in enumerate(item.iki or (None,)):
        cells: list = lead if k == 0 else [None] * len(lead)
        if row is None:
            grid.row(*cells, "-", "-", "-", *(["", ""] if evaluasi else []))
            continue
        tail = [labels.aspek(row.aspek), row.indikator, row.target]
        grid.row(*cells, *tail, *([row.realisasi, row.umpan_balik] if evaluasi else []))
    _spanned(grid, range(len(lead)), first)


def _jpt_rows(grid: Grid, number: int, item: RhkRow, *, evaluasi: bool) -> None:
    """NO · RHK · IKI · TARGET · PERSPEKTIF: the RHK and its perspektif span its IKI rows."""
    first = len(grid.rows)
    for k, row in enumerate(item.iki or (None,)):
        lead = [Cell(str(number), align="CENTER"), item.uraian] if k == 0 else [None, None]
        perspektif = (item.perspektif or "-") if k == 0 else None
        if row is None:
            grid.row(*lead, "-", "-", perspektif, *(["", ""] if evaluasi else []))
            continue
        extra = [row.realisasi, row.umpan_balik] if evaluasi else []
        grid.row(*lead, row.indikator, row.target, perspektif, *extra)
    _spanned(grid, [0, 1, 4], first)


def _ukuran(row: IkiRow) -> str:
    target = row.target.strip()
    return f"- {row.indikator}" + (f"; target: {target}" if target else "")


def _listed(texts: list[str]) -> str:
    """One "- " line per non-empty text; a single text as it is."""
    texts = [t.strip() for t in texts if t.strip()]
    return texts[0] if len(texts) == 1 else "\n".join(f"- {t}" for t in texts)


def _kualitatif_rows(grid: Grid, number: int, item: RhkRow, *, evaluasi: bool) -> None:
    """The RHK, then "Ukuran keberhasilan / Indikator Kinerja Individu, dan Target:" and its
    items in one cell under it, as the Lampiran's kualitatif form lists them (no ASPEK); an
    evaluation's realisasi and umpan balik stand beside them, one line per indikator."""
    first = len(grid.rows)
    iki = item.iki or ()
    tail = [_listed([r.realisasi for r in iki]), _listed([r.umpan_balik for r in iki])]
    grid.row(
        Cell(str(number), align="CENTER"), item.rhk_atasan or "-", item.uraian,
        *(tail if evaluasi else []),
    )  # fmt: skip
    blank = [None, None] if evaluasi else []
    grid.row(None, None, Cell(UKURAN, italic=True), *blank)
    grid.row(None, None, "\n".join(_ukuran(r) for r in iki) or "-", *blank)
    _spanned(grid, [0, 1, 3, 4] if evaluasi else [0, 1], first)


_ROWS = {"kuantitatif": _kuantitatif_rows, "kualitatif": _kualitatif_rows, "jpt": _jpt_rows}


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
        titles = ["NO", "PERILAKU KERJA", EKSPEKTASI.rstrip("*"), UMPAN]
    else:
        widths = [8 * mm, 0, 62 * mm]
        titles = ["NO", "PERILAKU KERJA", EKSPEKTASI]
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
