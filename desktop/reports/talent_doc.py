"""The printout frame of every Manajemen Talenta list: a generic document of titled tables.

Each list (9-box map, succession, kenaikan pangkat, JP, IP ASN …) builds a ``TalentDoc`` and gets
a PDF in the house layout and an .xlsx from the same data. Every page says it is a draft: the
authoritative talent map lives in BKN's system (Kepka BKN 411/2025); this app prepares evidence.

Long lists are laid out by ``paged_table.PagedTable``: rows are wrapped once and their heights
summed, so a page break is a bisection, not a re-measure of every remaining row (reportlab's
own ``Table`` split re-lays the rest at each page: quadratic at 50,000 rows). Output text is
Indonesian whatever the app's language, as on every printed form.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlite_utils
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, PageTemplate, Spacer

from desktop.core import i18n
from desktop.core.dates import format_date_id
from desktop.core.errors import ValidationError
from desktop.reports import fonts
from desktop.reports.layout import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    Line,
    TextBlock,
    page_size,
    parse_paper,
    place_date,
)
from desktop.reports.paged_table import PagedTable, TableRows
from desktop.reports.pages import (
    APP,
    FOOTER_GREY,
    FormDocument,
    FormStart,
    Stamp,
    body_frame,
    fit_line,
)
from desktop.store.units import get_office


@contextmanager
def indonesian() -> Iterator[None]:
    """Printed text is Indonesian whatever the app's language."""
    saved = i18n.language()
    i18n.set_language("id")
    try:
        yield
    finally:
        i18n.set_language(saved)


DRAFT = "DRAF — hasil resmi di sistem BKN"
DRAFT_COLOR = colors.Color(0.7, 0, 0)


@dataclass(frozen=True)
class TalentTable:
    """One titled table; ``widths`` are relative shares of the printable width."""

    heading: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    align: tuple[str, ...] = ()  # "L" | "C" | "R" per column; left when not given
    empty: str = ""  # printed instead of the table when there are no rows


@dataclass(frozen=True)
class TalentDoc:
    title: str
    subtitle: str
    sources: tuple[str, ...]  # the legal basis, printed under the title
    tables: tuple[TalentTable, ...]
    notes: tuple[str, ...] = ()
    landscape: bool = True
    extra: tuple[Flowable, ...] = ()  # flowables placed before the tables (a 9-box drawing)


class TalentDocError(ValidationError):
    catalog = {
        "format": (
            "Simpan hanya ke berkas .pdf atau .xlsx (diminta: {name}).",
            "Save only to .pdf or .xlsx files (asked for: {name}).",
        ),
        "columns": (
            "Tabel '{heading}' memiliki {cells} kolom pada satu baris, seharusnya {columns}.",
            "Table '{heading}' has {cells} columns in one row, expected {columns}.",
        ),
    }


# -- PDF ------------------------------------------------------------------------------------


def render_pdf(
    db: sqlite_utils.Database, doc: TalentDoc, paper: str = "a4", *, today: date | None = None
) -> bytes:
    """The document as PDF bytes: office header, title, sources, tables, notes, signature of
    the head of the office; "DRAF …" and "Halaman x dari y" on every page. Deterministic."""
    office = get_office(db)
    paper = parse_paper(paper)
    buffer = io.BytesIO()
    today = today or date.today()
    template = _TalentDocument(buffer, paper, landscape=doc.landscape, title=doc.title)
    template.printed = f"Dicetak {format_date_id(today)} dengan {APP}"
    width = template.width
    story: list[Flowable] = [FormStart(Stamp(running_title=_running(office.nama_kantor, doc)))]
    story += _head(office.instansi, office.nama_kantor, doc)
    story += list(doc.extra)
    signature = _signature(office.nama_kantor, office.kota, today)
    tail: list[Flowable] = [*_notes(doc.notes), signature]
    for n, table in enumerate(doc.tables):
        last = n == len(doc.tables) - 1
        story += _table_flowables(table, width, tail if last else [])
    if not doc.tables:
        story += tail
    template.render(story)
    return buffer.getvalue()


class _TalentDocument(FormDocument):
    """The forms' page (fonts, "Halaman x dari y" footer, deterministic output), portrait or
    landscape, with the draft line at the top right of every page."""

    def __init__(self, buffer: io.BytesIO, paper: str, *, landscape: bool, title: str) -> None:
        super().__init__(buffer, paper, title=title)
        width, height = page_size(paper)
        if landscape:
            width, height = height, width
        self.pagesize = (width, height)
        self.pageTemplates: list[PageTemplate] = []
        frame = body_frame(width, height)
        self.addPageTemplates([PageTemplate("talent", [frame], onPageEnd=self._decorate)])
        self.width = width - MARGIN_LEFT - MARGIN_RIGHT
        self.printed = ""  # "Dicetak 5 Desember 2026 …" at the foot of every page

    def _running_header(self, canvas: Canvas, width: float) -> None:
        _w, height = self.pagesize
        y = height - MARGIN_TOP + 4 * mm
        room = width - MARGIN_LEFT - MARGIN_RIGHT - fonts.text_width(DRAFT, 8, bold=True) - 8 * mm
        canvas.setFont(fonts.ITALIC, 7)
        canvas.setFillColor(FOOTER_GREY)
        canvas.drawString(MARGIN_LEFT, y, fit_line(self._stamp.running_title, room))

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        super()._decorate(canvas, doc)
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFont(fonts.BOLD, 8)
        canvas.setFillColor(DRAFT_COLOR)
        canvas.drawRightString(width - MARGIN_RIGHT, height - MARGIN_TOP + 4 * mm, DRAFT)
        canvas.setFont(fonts.REGULAR, 7)
        canvas.setFillColor(FOOTER_GREY)
        canvas.drawString(MARGIN_LEFT, MARGIN_BOTTOM - 8 * mm, self.printed)
        canvas.restoreState()


def _running(nama_kantor: str, doc: TalentDoc) -> str:
    return " · ".join(part for part in (doc.title, doc.subtitle, nama_kantor) if part)


def _head(instansi: str, nama_kantor: str, doc: TalentDoc) -> list[Flowable]:
    """Office lines, title, subtitle and the legal sources ("Dasar: …")."""
    office = [Line(t.upper(), bold=True, size=10) for t in (instansi, nama_kantor) if t.strip()]
    title = [Line(doc.title.upper(), bold=True, size=11)]
    if doc.subtitle:
        title.append(Line(doc.subtitle, bold=True, size=9))
    out: list[Flowable] = [
        TextBlock(office, space_after=1 * mm),
        _Rule(),
        TextBlock(title, space_after=2 * mm),
    ]
    if doc.sources:
        text = "Dasar: " + "; ".join(doc.sources) + "."
        out.append(TextBlock([Line(text, size=8, align="LEFT")], space_after=3 * mm))
    return out


class _Rule(Flowable):
    """The line under the office header."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 2.5 * mm

    def draw(self) -> None:
        self.canv.setLineWidth(1.2)
        self.canv.line(0, 2 * mm, self.width, 2 * mm)


def _notes(notes: tuple[str, ...]) -> list[Flowable]:
    if not notes:
        return []
    lines = [Line("Catatan:", bold=True, size=8, align="LEFT")]
    lines += [Line(f"{n}. {text}", size=8, align="LEFT") for n, text in enumerate(notes, 1)]
    return [Spacer(1, 3 * mm), TextBlock(lines)]


def _signature(nama_kantor: str, kota: str, today: date) -> Flowable:
    """The head of the office signs: place and date, role, room to sign, blank name and NIP."""
    kantor = nama_kantor.strip() or "Kantor"
    column = [
        Line(place_date(kota, today), size=9),
        Line(f"Kepala {kantor},", size=9),
        Line(" ", size=9),
        Line(" ", size=9),
        Line(" ", size=9),
        Line(" ", size=9),
        Line("." * 50, size=9),
        Line("NIP. " + "." * 40, size=9),
    ]
    return _RightHalf(TextBlock(column))


class _RightHalf(Flowable):
    """A block set in the right half of the width, after a gap (the signature)."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _w, h = self.inner.wrap(min(available_width / 2, 110 * mm), available_height)
        self.height = h + 5 * mm
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, self.width - self.inner.width, 0)


def _table_flowables(table: TalentTable, width: float, tail: list[Flowable]) -> list[Flowable]:
    heading = TextBlock([Line(table.heading, bold=True, size=9, align="LEFT")], space_after=1 * mm)
    if not table.rows:
        empty = table.empty or "Tidak ada."
        body = TextBlock([Line(empty, size=8, align="LEFT")], space_after=3 * mm)
        return [_Together([heading, body, *tail])] if tail else [heading, body]
    for row in table.rows:
        if len(row) != len(table.headers):
            raise TalentDocError(
                "columns", heading=table.heading, cells=len(row), columns=len(table.headers)
            )
    rows = TableRows.build(table.headers, table.rows, table.widths, table.align, width)
    return [PagedTable(rows, 0, len(rows.cells), heading=heading, tail=tail), Spacer(1, 4 * mm)]


class _Together(Flowable):
    """Flowables that start on the next page when they do not fit together here."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = sum(p.wrap(available_width, available_height)[1] for p in self.parts)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if frame is not None and frame._atTop:  # taller than a page: let it flow
            return list(self.parts)
        return []

    def draw(self) -> None:
        y = self.height
        for part in self.parts:
            _w, h = part.wrap(self.width, self.height)
            y -= h
            part.drawOn(self.canv, 0, y)


# -- xlsx -----------------------------------------------------------------------------------


def write_xlsx(doc: TalentDoc, path: Path) -> None:
    """The document as .xlsx (``reports.talent_xlsx``): one sheet per table."""
    from desktop.reports.talent_xlsx import write_xlsx as write

    write(doc, path)


# -- either ---------------------------------------------------------------------------------


def save(db: sqlite_utils.Database, doc: TalentDoc, path: Path, paper: str | None = None) -> None:
    """Write ``doc`` to ``path`` as .pdf or .xlsx by its suffix (what the CLI's ``-o`` and the
    screens' Cetak/Ekspor call); the paper defaults to the office's setting."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(doc, path)
    elif suffix == ".pdf":
        from desktop.reports.printing import save_pdf

        save_pdf(path, render_pdf(db, doc, paper or get_office(db).kertas or "a4"))
    else:
        raise TalentDocError("format", name=path.name)
