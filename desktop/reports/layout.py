"""Paper, margins and the building blocks every form shares: title lines, the instansi line,
identity tables and signature blocks that never split from the names under them.

Sizes are in points (``mm`` converts). The left margin leaves room for a punch or a binder.
Everything here draws pre-wrapped plain text (see ``grid.py``): it is what makes a batch fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from desktop.core.dates import format_date_id
from desktop.core.errors import ValidationError
from desktop.core.nip import format_nip
from desktop.reports import fonts
from desktop.reports.grid import HEAD_BG, Cell, Grid, wrap
from desktop.reports.model import Identity

PAPERS: dict[str, tuple[float, float]] = {
    "a4": (210 * mm, 297 * mm),
    "f4": (215 * mm, 330 * mm),  # folio as sold in Indonesia
}
PAPER_NAMES = {"a4": "A4 (210 × 297 mm)", "f4": "F4 (215 × 330 mm)"}
MARGIN_LEFT = 18 * mm
MARGIN_RIGHT = 12 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 24 * mm  # the footer: verification code, QR and page number
SIGN_SPACE = 20 * mm  # room for a wet signature and a stamp
IDENTITY_LABELS = ("NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA")


class PaperError(ValidationError):
    catalog = {
        "unknown": (
            "Ukuran kertas '{paper}' tidak dikenal: pilih A4 atau F4.",
            "Unknown paper size '{paper}': choose A4 or F4.",
        ),
    }


def parse_paper(text: str | None) -> str:
    """``a4`` or ``f4`` from what a person typed (``A4``, ``F4``, ``folio``)."""
    key = str(text or "").strip().lower()
    if key in ("folio", "fs"):
        key = "f4"
    if key not in PAPERS:
        raise PaperError("unknown", paper=text)
    return key


def page_size(paper: str) -> tuple[float, float]:
    return PAPERS[parse_paper(paper)]


def content_width(paper: str) -> float:
    return page_size(paper)[0] - MARGIN_LEFT - MARGIN_RIGHT


def nip_line(nip: str) -> str:
    """``NIP. 19860926 201505 1 001``; empty for an appraiser without a NIP."""
    return f"NIP. {format_nip(nip)}" if nip else ""


def place_date(kota: str, tanggal: date | None, tahun: int | None = None) -> str:
    """``Kepahiang, 23 November 2026``, or dots to write the date by hand."""
    place = kota.strip() or "................"
    if tanggal is None:
        return f"{place}, ........................ {tahun or ''}".rstrip()
    return f"{place}, {format_date_id(tanggal)}"


@dataclass(frozen=True)
class Line:
    text: str
    bold: bool = False
    size: float = 9
    align: str = "CENTER"  # LEFT | CENTER | RIGHT
    color: colors.Color = colors.black
    underline: bool = False


class TextBlock(Flowable):
    """Lines of text, each wrapped to the width and aligned on its own; cannot split."""

    def __init__(self, lines: list[Line], *, space_after: float = 0) -> None:
        super().__init__()
        self.lines = lines
        self.space_after = space_after
        self._laid: list[tuple[Line, str]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self._laid = [
            (line, text)
            for line in self.lines
            for text in wrap(line.text, _font(line), line.size, available_width)
        ]
        self.height = sum(line.size * 1.25 for line, _ in self._laid) + self.space_after
        return self.width, self.height

    def draw(self) -> None:
        """Drawn once per PDF as a form XObject and reused: a batch repeats the same titles and
        BerAKHLAK blocks on every form, so each is stored and drawn only once."""
        key = (round(self.width, 2), self.space_after, tuple(self._laid))
        reused(self.canv, key, self.width, self.height, self._draw_lines)

    def _draw_lines(self) -> None:
        y = self.height - self.space_after
        for line, text in self._laid:
            y -= line.size * 1.25
            draw_aligned(self.canv, line, text, 0, self.width, y + line.size * 0.25)


def reused(canvas, key: tuple, width: float, height: float, draw) -> None:
    """Draw through a form XObject keyed by what it shows, defined on first use per PDF."""
    cache: dict[tuple, str] = canvas.__dict__.setdefault("_kinerja_blocks", {})
    name = cache.get(key)
    if name is None:
        name = cache[key] = f"blk{len(cache)}"
        canvas.beginForm(name, 0, -2, width, height + 2)
        draw()
        canvas.endForm()
    canvas.doForm(name)


def _font(line: Line) -> str:
    return fonts.BOLD if line.bold else fonts.REGULAR


def draw_aligned(canvas, line: Line, text: str, x: float, width: float, y: float) -> None:
    """One line of text in a box ``x … x + width`` (underlined when the line says so)."""
    canvas.setFont(_font(line), line.size)
    canvas.setFillColor(line.color)
    w = fonts.text_width(text, line.size, bold=line.bold)
    if line.align == "CENTER":
        start = x + (width - w) / 2
    elif line.align == "RIGHT":
        start = x + width - w
    else:
        start = x
    canvas.drawString(start, y, text)
    if line.underline and text:
        canvas.setStrokeColor(line.color)
        canvas.setLineWidth(0.6)
        canvas.line(start, y - 1.5, start + w, y - 1.5)


def title_block(lines: list[str], *, konsep: str = "") -> TextBlock:
    """Centred bold title lines; ``konsep`` adds a red note that the form is not final."""
    out = [Line(text, bold=True, size=11) for text in lines]
    if konsep:
        out.append(Line(konsep, bold=True, size=8.5, color=colors.Color(0.75, 0, 0)))
    return TextBlock(out, space_after=3 * mm)


class TwoSided(Flowable):
    """Bold text on the left and on the right of one line (instansi | periode penilaian)."""

    def __init__(self, left: str, right: str, *, size: float = 9) -> None:
        super().__init__()
        self.left, self.right, self.size = left, right, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        # The period keeps its one line when the instansi leaves room for it.
        right_w = fonts.text_width(self.right, self.size, bold=True) + 1
        left_w = fonts.text_width(self.left, self.size, bold=True) + 1
        gap = 4 * mm
        if right_w + left_w + gap > available_width:
            right_w = max(available_width / 2, available_width - left_w - gap)
        right_w = min(right_w, available_width * 2 / 3 - gap)
        left_room = available_width - right_w - gap
        self._left = wrap(self.left, fonts.BOLD, self.size, left_room)
        self._right = wrap(self.right, fonts.BOLD, self.size, right_w)
        self.height = max(len(self._left), len(self._right)) * self.size * 1.25 + 1.5 * mm
        return self.width, self.height

    def draw(self) -> None:
        for lines, align in ((self._left, "LEFT"), (self._right, "RIGHT")):
            y = self.height - 1.5 * mm
            for text in lines:
                y -= self.size * 1.25
                draw_aligned(
                    self.canv,
                    Line(text, bold=True, size=self.size, align=align),
                    text,
                    0,
                    self.width,
                    y + self.size * 0.25,
                )


def instansi_line(instansi: str, right: str) -> TwoSided:
    """The instansi on the left and the period on the right, above the identity table."""
    return TwoSided(instansi.upper(), right)


def identity_values(person: Identity) -> list[str]:
    """The five identity rows; an official without a NIP (the Bupati) reads "-"."""
    nip = format_nip(person.nip) if person.nip else ("-" if person.nama else "")
    pangkat = person.pangkat or ("-" if person.nama and not person.nip else "")
    return [person.nama, nip, pangkat, person.jabatan, person.unit]


def identity_pair(
    left_title: str,
    left: Identity,
    right_title: str,
    right: Identity,
    width: float,
    *,
    last_label: str = "UNIT KERJA",
    size: float = 8,
) -> Table:
    """Two identity blocks side by side, rows numbered 1–5, as the SKP and evaluation have."""
    no, label = 7 * mm, 35 * mm  # "PANGKAT/GOL. RUANG" on one line
    value = width / 2 - no - label
    grid = Grid([no, label, value, no, label, value], size=size)
    head: dict[str, Any] = {"bold": True, "align": "CENTER"}
    grid.row(
        Cell("NO", **head),
        Cell(left_title, span=2, **head),
        None,
        Cell("NO", **head),
        Cell(right_title, span=2, **head),
        None,
    )
    labels = [*IDENTITY_LABELS[:4], last_label]
    values = zip(labels, identity_values(left), identity_values(right), strict=True)
    for n, (lab, lv, rv) in enumerate(values, start=1):
        center = Cell(str(n), align="CENTER")
        grid.row(center, lab, lv, center, lab, rv)
    return grid.table(header_rows=1)


@dataclass(frozen=True)
class Signer:
    role: str  # "Pegawai yang Dinilai," / "Pejabat Penilai Kinerja,"
    nama: str
    nip: str


class SignatureBlock(Flowable):
    """Place and date, role, room to sign, the name (bold, underlined) and ``NIP. …``, in one
    or two columns; with two, the place and date stand over both, as the Lampiran prints them.
    One flowable that never splits: a page break cannot separate the space to sign from the
    name under it."""

    SIZE = 9

    def __init__(self, right: Signer, left: Signer | None = None, place_date_text: str = ""):
        super().__init__()
        self.left, self.right, self.place_date_text = left, right, place_date_text

    def _column(self, signer: Signer | None) -> tuple[list[Line], list[Line]]:
        """Lines above the signing space and lines below it."""
        if signer is None:
            return [], []
        above = [Line(self.place_date_text, size=self.SIZE)]
        above.append(Line(signer.role, size=self.SIZE))
        name = signer.nama or "." * 45
        below = [Line(name, bold=True, size=self.SIZE, underline=bool(signer.nama))]
        if signer.nip:
            below.append(Line(nip_line(signer.nip), size=self.SIZE))
        elif signer.nama:  # an official without a NIP (the Bupati)
            below.append(Line("NIP. -", size=self.SIZE))
        return above, below

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        col = available_width / 2 - 4 * mm
        self._cols = []
        for signer in (self.left, self.right):
            above, below = self._column(signer)
            self._cols.append(
                (
                    [(ln, t) for ln in above for t in wrap(ln.text, _font(ln), ln.size, col)],
                    [(ln, t) for ln in below for t in wrap(ln.text, _font(ln), ln.size, col)],
                )
            )
        step = self.SIZE * 1.3
        n_above = max(len(a) for a, _ in self._cols)
        n_below = max(len(b) for _, b in self._cols)
        self._step = step
        self._n_above = n_above
        self.height = 5 * mm + (n_above + n_below) * step + SIGN_SPACE
        return self.width, self.height

    def draw(self) -> None:
        """Names sit under the signing space; the NIP lines of both columns share a baseline
        even when one name needs two lines."""
        half = self.width / 2
        for index, (above, below) in enumerate(self._cols):
            x = index * half
            y = self.height - 5 * mm
            for line, text in above:
                y -= self._step
                draw_aligned(self.canv, line, text, x, half, y + 2)
            y = len(below) * self._step
            for line, text in below:
                draw_aligned(self.canv, line, text, x, half, y - self._step + 2)
                y -= self._step


def section_heading(text: str, *, size: float = 9) -> TextBlock:
    heading = TextBlock([Line(text, bold=True, size=size, align="LEFT")], space_after=1 * mm)
    heading.keepWithNext = True  # never the last line of a page, away from its table
    return heading


def header_cells(titles: list[str]) -> list[Cell]:
    return [Cell(t, bold=True, align="CENTER") for t in titles]


def number_cells(count: int) -> list[Cell]:
    """The row of column numbers ``(1) (2) …`` under a header, as the official forms have."""
    return [Cell(f"({n})", bold=True, align="CENTER", shade=HEAD_BG) for n in range(1, count + 1)]


class KeepTail(Flowable):
    """A long table followed by what must not stand alone on a page (the predikat and the
    signature): when they do not fit under the table, the table's last rows move to the next
    page with them, under the table's repeated header."""

    def __init__(
        self, table: Table, tail: list[Flowable], *, rows: int = 2, moved: bool = False
    ) -> None:
        super().__init__()
        self.table, self.tail, self.rows = table, tail, rows
        self.moved = moved  # rows taken along to the next page: they start at its top

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _w, table_h = self.table.wrap(available_width, available_height)
        self._tail_h = sum(f.wrap(available_width, available_height)[1] for f in self.tail)
        self.height = table_h + self._tail_h
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if self.moved and frame is not None and not frame._atTop:
            return []  # split here, the repeated header would stand in the middle of a page
        self.wrap(available_width, available_height)
        table_h = self.height - self._tail_h
        if self.height <= available_height:
            return [self.table, *self.tail]
        if table_h <= available_height:  # the table fits, the tail does not: take rows along
            keep = sum(self.table._rowHeights[-self.rows :])
            parts = self.table.split(available_width, table_h - keep - 0.5)
        else:
            parts = self.table.split(available_width, available_height)
        if len(parts) < 2:
            return []  # nothing sensible fits here: all of it starts on the next page
        return [parts[0], KeepTail(parts[1], self.tail, rows=self.rows, moved=True)]

    def draw(self) -> None:  # only reached when everything fits on one page
        y = self.height
        for flowable in (self.table, *self.tail):
            _w, h = flowable.wrap(self.width, self.height)
            y -= h
            flowable.drawOn(self.canv, 0, y)
