"""Long tables that break across pages in time proportional to the page.

reportlab's ``Table.split`` lays out all the remaining rows again at every page end: quadratic,
minutes for 50,000 rows. Here every cell is wrapped once (``grid.wrap``, plain pre-wrapped
text like the forms' grids), each row's height is known, and a page break is a bisection over
the running sum of heights; each page becomes one small ``Table`` with the header row first.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from reportlab.platypus import Flowable, Table

from desktop.reports import fonts
from desktop.reports.grid import GRID_COLOR, HEAD_BG, PAD_BOTTOM, PAD_TOP, PAD_X, wrap

SIZE = 7.5
LEADING = round(SIZE * 1.2, 2)
KEEP_WITH_TAIL = 2  # rows that go along with the tail (a signature) rather than leave it alone
ALIGNS = {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}


@dataclass
class TableRows:
    """A table's text wrapped once, with each row's height and their running sum."""

    widths: list[float]
    header: list[str]
    header_height: float
    cells: list[list[str]]
    tops: list[float]  # tops[i] = height of rows before i; tops[-1] = all rows
    style: list[tuple]

    @classmethod
    def build(
        cls,
        headers: Sequence[str],
        rows: Iterable[Sequence[str]],
        shares: Sequence[float],
        align: Sequence[str],
        width: float,
    ) -> TableRows:
        """Wrap every cell to its column (``shares`` of ``width``; one share each when
        missing); every row must have one text per header."""
        columns = len(headers)
        shares = list(shares[:columns]) + [1.0] * (columns - len(shares))
        unit = width / sum(shares)
        widths = [s * unit for s in shares]
        inner = [w - 2 * PAD_X for w in widths]
        header = [
            "\n".join(wrap(h, fonts.BOLD, SIZE, w)) for h, w in zip(headers, inner, strict=True)
        ]
        heights: list[float] = []
        cells: list[list[str]] = []
        for row in rows:
            lines = [wrap(text, fonts.REGULAR, SIZE, w) for text, w in zip(row, inner, strict=True)]
            cells.append(["\n".join(c) for c in lines])
            heights.append(max(len(c) for c in lines) * LEADING + PAD_TOP + PAD_BOTTOM)
        return cls(
            widths=widths,
            header=header,
            header_height=max(h.count("\n") + 1 for h in header) * LEADING + PAD_TOP + PAD_BOTTOM,
            cells=cells,
            tops=[0.0, *accumulate(heights)],
            style=_style(align),
        )

    def table(self, start: int, stop: int) -> Table:
        """Rows ``start … stop`` under the header, as one reportlab table of known heights."""
        heights = [self.header_height] + [
            self.tops[i + 1] - self.tops[i] for i in range(start, stop)
        ]
        out = Table(
            [self.header, *self.cells[start:stop]],
            colWidths=self.widths,
            rowHeights=heights,
            repeatRows=1,
        )
        out.setStyle(self.style)
        return out


def _style(align: Sequence[str]) -> list[tuple]:
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, SIZE, LEADING),
        ("FONT", (0, 0), (-1, 0), fonts.BOLD, SIZE, LEADING),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOR),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
    ]
    for column, code in enumerate(align):
        if code.upper() in ("C", "R"):
            style.append(("ALIGN", (column, 1), (column, -1), ALIGNS[code.upper()]))
    return style


class PagedTable(Flowable):
    """Rows ``start … stop`` of a long table (with its heading over the first part and the
    tail after the last) that splits at page ends in time proportional to the page, repeating
    the header row on every page. The tail (notes, signature) takes the last rows along
    rather than stand alone on a page."""

    def __init__(
        self,
        rows: TableRows,
        start: int,
        stop: int,
        *,
        heading: Flowable | None = None,
        tail: list[Flowable] | None = None,
    ) -> None:
        super().__init__()
        self.rows, self.start, self.stop = rows, start, stop
        self.heading, self.tail = heading, tail or []

    def _extras(self, available_width: float, available_height: float) -> tuple[float, float]:
        head = self.heading.wrap(available_width, available_height)[1] if self.heading else 0.0
        tail = sum(f.wrap(available_width, available_height)[1] for f in self.tail)
        return head, tail

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        head, tail = self._extras(available_width, available_height)
        body = self.rows.tops[self.stop] - self.rows.tops[self.start]
        self.height = head + self.rows.header_height + body + tail
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        head, tail = self._extras(available_width, available_height)
        room = available_height - head - self.rows.header_height
        tops = self.rows.tops
        fits = bisect.bisect_right(tops, tops[self.start] + room + 0.01) - 1 - self.start
        fits = min(fits, self.stop - self.start)
        body = tops[self.stop] - tops[self.start]
        if fits == self.stop - self.start and body + tail > room:  # the tail does not fit
            fits = max(0, fits - KEEP_WITH_TAIL)
        if fits <= 0:
            frame = getattr(self, "_frame", None)
            if frame is None or not frame._atTop:
                return []  # start on the next page, heading and all
            fits = 1  # one row taller than a page: let it overflow rather than loop
        cut = self.start + fits
        first: list[Flowable] = [self.heading] if self.heading else []
        first.append(self.rows.table(self.start, cut))
        if cut >= self.stop:
            return [*first, *self.tail]
        return [*first, PagedTable(self.rows, cut, self.stop, tail=self.tail)]

    def draw(self) -> None:  # reached only when everything fits where it stands
        y = self.height
        parts: list[Flowable] = [self.heading] if self.heading else []
        parts += [self.rows.table(self.start, self.stop), *self.tail]
        for part in parts:
            _w, h = part.wrap(self.width, self.height)
            y -= h
            part.drawOn(self.canv, 0, y)
