"""Send a rendered form (PDF bytes) to a printer: each page is rasterised by Qt's PDF engine at
the printer's resolution and painted 1:1 on the paper the form was laid out for.

Why rasterise: Qt has no PDF pass-through to printer drivers; QPdfDocument.render is what Qt
offers, and at 600 dpi it is as sharp as the office's laser printers. A page at 600 dpi is
~140 MB as one image, so it is rendered in horizontal bands of at most ``BAND_PIXELS``, which
keeps memory flat on a 4 GB PC. The resolution is the printer's divided by a whole number (at
most ``MAX_DPI``) so the bands meet on exact device pixels, with no seams.

Runs in a worker thread (QPainter on a QPrinter is thread-safe in Qt); ``progress(done,
total)`` returning False aborts the print job and raises ``Cancelled``.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from desktop.core.errors import Cancelled, KinerjaError
from desktop.ui.reports.paper import page_size

MAX_DPI = 600
BAND_PIXELS = 8_000_000  # pixels per band: 32 MB as ARGB32
Progress = Callable[[int, int], bool]


class PrintError(KinerjaError):
    catalog = {
        "start": (
            "Printer {printer} tidak dapat dipakai. Periksa apakah printer menyala dan "
            "terhubung, lalu coba lagi. Cetakan tidak dicatat.",
            "Printer {printer} cannot be used. Check that it is on and connected, then try "
            "again. Nothing was recorded.",
        ),
        "page": (
            "Printer {printer} berhenti di halaman {page}. Cetakan tidak dicatat.",
            "Printer {printer} stopped at page {page}. Nothing was recorded.",
        ),
        "pdf": (
            "Formulir tidak dapat dibuka untuk dicetak ({detail}).",
            "The form cannot be opened for printing ({detail}).",
        ),
    }


def prepare_printer(printer: QPrinter, paper: str, title: str) -> None:
    """Paper of the form, portrait, the whole sheet as the painting area (the form carries its
    own margins), and a job name the print queue shows."""
    layout = QPageLayout(page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    if not printer.setPageLayout(layout) or not paper_matches(printer, paper):
        # a driver that refuses zero margins, or one that swapped F4 for its nearest size
        # (Folio 8.5 × 13 in, Legal): set the exact 215 × 330 mm custom size explicitly
        printer.setPageSize(page_size(paper))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)


def paper_matches(printer: QPrinter, paper: str, tolerance_mm: float = 0.5) -> bool:
    """Whether the printer's sheet is the form's paper (within half a millimetre)."""
    have = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    want = page_size(paper).size(QPageSize.Unit.Millimeter)
    return (
        abs(have.width() - want.width()) <= tolerance_mm
        and abs(have.height() - want.height()) <= tolerance_mm
    )


def print_scale(sheet: QRect, points: QSizeF, device_dpi: int) -> float:
    """Device pixels per PDF point: 100 % (``dpi / 72``), shrunk only when the page does not
    fit the sheet (an F4 form on A4 paper); never enlarged, so a ruler on the paper measures
    the form's own millimetres."""
    actual = device_dpi / 72
    fit = min(sheet.width() / points.width(), sheet.height() / points.height())
    return min(actual, fit)


class PdfPages:
    """A PDF opened by Qt's PDF engine (the buffer lives as long as the document)."""

    def __init__(self, pdf: bytes) -> None:
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() is not QPdfDocument.Status.Ready:
            raise PrintError("pdf", detail=self.document.error().name)

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def close(self) -> None:
        self.document.close()
        self._buffer.close()


def page_sequence(printer: QPrinter, count: int, current: int = 0) -> list[int]:
    """The page indexes to send, as the print dialog asked: range, order, uncollated copies
    when the driver cannot make copies itself."""
    mode = printer.printRange()
    if mode is QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
        pages = list(range(first - 1, last))
    elif mode is QPrinter.PrintRange.CurrentPage:
        pages = [min(max(0, current), count - 1)]
    else:
        pages = list(range(count))
    if printer.pageOrder() is QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if copies == 1:
        return pages
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def print_pdf(pdf: bytes, printer: QPrinter, progress: Progress, *, current_page: int = 0) -> int:
    """Paint the PDF's pages on ``printer``; returns the pages sent."""
    pages_doc = PdfPages(pdf)
    try:
        pages = page_sequence(printer, pages_doc.count, current_page)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("start", printer=printer.printerName() or "-")
        try:
            for n, page in enumerate(pages):
                if n and not printer.newPage():
                    raise PrintError("page", printer=printer.printerName() or "-", page=n + 1)
                draw_page(painter, pages_doc.document, page, printer)
                if not progress(n + 1, len(pages)):
                    printer.abort()
                    raise Cancelled()
        finally:
            painter.end()
        return len(pages)
    finally:
        pages_doc.close()


def render_dpi(device_dpi: int) -> int:
    """The printer's resolution divided by the smallest whole number that brings it to
    ``MAX_DPI`` or below."""
    return device_dpi // max(1, math.ceil(device_dpi / MAX_DPI))


def draw_page(painter: QPainter, doc: QPdfDocument, page: int, printer: QPrinter) -> None:
    """One PDF page at 100 % (shrunk only to fit a smaller sheet), centred across and from the
    top, rendered band by band."""
    device_dpi = printer.resolution()
    sheet = printer.pageLayout().fullRectPixels(device_dpi)
    points = doc.pagePointSize(page)
    fit = print_scale(sheet, points, device_dpi)
    dpi = render_dpi(device_dpi)
    factor = device_dpi // dpi  # device pixels per rendered pixel, a whole number
    width = max(1, int(points.width() * fit / factor))
    height = max(1, int(points.height() * fit / factor))
    left = (sheet.width() - width * factor) // 2
    band = max(64, BAND_PIXELS // width)
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(QSize(width, height))
    for top in range(0, height, band):
        rows = min(band, height - top)
        options.setScaledClipRect(QRect(0, top, width, rows))
        image = on_white(doc.render(page, QSize(width, rows), options))
        target = QRectF(left, top * factor, width * factor, rows * factor)
        painter.drawImage(target, image)


def on_white(image: QImage) -> QImage:
    """Qt renders PDF pages on a transparent background; some printer drivers print
    transparency as black, so each band goes out opaque, on white paper."""
    opaque = QImage(image.size(), QImage.Format.Format_RGB32)
    opaque.fill(Qt.GlobalColor.white)
    painter = QPainter(opaque)
    painter.drawImage(0, 0, image)
    painter.end()
    return opaque
