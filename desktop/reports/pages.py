"""The page around a form: a running header on continuation pages and a footer on every page
with the verification code, its QR code and "Halaman 2 dari 3".

One PDF may hold many forms (a batch). A zero-size ``FormStart`` flowable opens each form: it
switches the footer to that form's code, restarts the page count and draws the form's QR code
once as a PDF form XObject that every page of the form reuses. "dari N" is a forward-referenced
XObject filled in when the form's last page is known, so a batch needs only one layout pass.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from desktop.reports import fonts
from desktop.reports.layout import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, page_size

QR_SIZE = 15 * mm
RUNNING_SIZE = 7
FOOTER_GREY = colors.Color(0.25, 0.25, 0.25)
APP = "Kinerja Luring"


@dataclass(frozen=True)
class Stamp:
    """What the page decoration of one form needs."""

    code: str = ""
    qr_payload: str = ""
    running_title: str = ""  # shown on pages 2, 3, … so a loose page can be placed


def qr_modules(payload: str) -> list[list[bool]]:
    """The QR matrix (True = dark), without the quiet zone; error correction M.

    The mask is fixed: every mask is valid, and choosing the "best" one costs 7 ms a form.
    """
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, box_size=1, mask_pattern=0)
    qr.add_data(payload)
    qr.make(fit=True)
    return qr.get_matrix()


def draw_qr(canvas: Canvas, modules: list[list[bool]], x: float, y: float, size: float) -> None:
    """Each dark run of a row as one rectangle, written as raw PDF operators in module units
    (a few hundred ``re`` operators: far cheaper than reportlab's path objects)."""
    n = len(modules)
    ops: list[str] = []
    for r, row in enumerate(modules):
        top = n - r - 1
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(f"{start} {top} {c - start} 1 re")
            else:
                c += 1
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / n, size / n)
    canvas.setFillColor(colors.black)
    canvas.addLiteral("\n".join(ops) + "\nf")
    canvas.restoreState()


def fit_line(text: str, room: float, size: float = RUNNING_SIZE) -> str:
    """``text`` cut with "…" so it fits ``room`` points in the italic face: a long name
    must not run past the page edge."""
    fonts.register_fonts()
    if stringWidth(text, fonts.ITALIC, size) <= room:
        return text
    while text and stringWidth(text + " …", fonts.ITALIC, size) > room:
        text = text[:-1]
    return text.rstrip(" ·,") + " …"


class FormStart(Flowable):
    """Opens a form inside a (batch) document; takes no space."""

    def __init__(self, stamp: Stamp) -> None:
        super().__init__()
        self.stamp = stamp
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._doctemplate.open_form(self.stamp)


def body_frame(width: float, height: float) -> Frame:
    """The text area of a page of ``width`` × ``height`` inside the house margins."""
    return Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        width - MARGIN_LEFT - MARGIN_RIGHT,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )


class FormDocument(BaseDocTemplate):
    """A PDF of one or more forms on one paper size, deterministic (``invariant``)."""

    def __init__(
        self,
        buffer: io.BytesIO,
        paper: str,
        *,
        title: str = "",
        on_form: Callable[[int], None] | None = None,
    ) -> None:
        fonts.register_fonts()
        width, height = page_size(paper)
        super().__init__(
            buffer,
            pagesize=(width, height),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=APP,
            creator=APP,
            producer=APP,
            invariant=1,
            initialFontName=fonts.REGULAR,
            pageCompression=1,
        )
        frame = body_frame(width, height)
        self.addPageTemplates([PageTemplate("form", [frame], onPageEnd=self._decorate)])
        self._on_form = on_form
        self._stamp = Stamp()
        self._form_index = -1
        self._form_first_page = 1
        self.form_pages: list[int] = []  # pages of each form, once built

    # -- forms -----------------------------------------------------------------------------

    def open_form(self, stamp: Stamp) -> None:
        self._close_form()
        self._form_index += 1
        self._stamp = stamp
        self._form_first_page = self.canv.getPageNumber()
        if stamp.qr_payload:
            self.canv.beginForm(f"qr{self._form_index}", 0, 0, QR_SIZE, QR_SIZE)
            draw_qr(self.canv, qr_modules(stamp.qr_payload), 0, 0, QR_SIZE)
            self.canv.endForm()
        if self._on_form is not None:
            self._on_form(self._form_index)

    def _close_form(self) -> None:
        """Write the page total of the form that just ended into its XObject. Called when the
        next form opens on a fresh page, or after the build: the form ended on the page before."""
        if self._form_index < 0:
            return
        last = self.canv.getPageNumber() - 1
        total = max(1, last - self._form_first_page + 1)
        self.form_pages.append(total)
        canvas = self.canv
        canvas.beginForm(f"total{self._form_index}", 0, 0, 30 * mm, 10)
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(FOOTER_GREY)
        canvas.drawString(0, 1, str(total))
        canvas.endForm()

    def render(self, story: list[Flowable]) -> None:
        self._doSave = 0
        self.build(story)
        self._close_form()
        self.canv.save()

    # -- decoration ------------------------------------------------------------------------

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, _height = self.pagesize
        page_no = canvas.getPageNumber() - self._form_first_page + 1
        canvas.saveState()
        if page_no > 1 and self._stamp.running_title:
            self._running_header(canvas, width)
        self._footer(canvas, width, page_no)
        canvas.restoreState()

    def _running_header(self, canvas: Canvas, width: float) -> None:
        _w, height = self.pagesize
        y = height - MARGIN_TOP + 3 * mm
        canvas.setFont(fonts.ITALIC, RUNNING_SIZE)
        canvas.setFillColor(FOOTER_GREY)
        room = width - MARGIN_LEFT - MARGIN_RIGHT
        canvas.drawString(MARGIN_LEFT, y, fit_line(self._stamp.running_title, room))

    def _footer(self, canvas: Canvas, width: float, page_no: int) -> None:
        left, right = MARGIN_LEFT, width - MARGIN_RIGHT
        top = MARGIN_BOTTOM - 4 * mm
        qr_y = top - QR_SIZE
        canvas.setStrokeColor(FOOTER_GREY)
        canvas.setLineWidth(0.4)
        canvas.line(left, top + 1.5 * mm, right, top + 1.5 * mm)
        canvas.setFillColor(FOOTER_GREY)
        text_right = right
        if self._stamp.qr_payload:
            canvas.saveState()
            canvas.translate(right - QR_SIZE, qr_y)
            canvas.doForm(f"qr{self._form_index}")
            canvas.restoreState()
            text_right = right - QR_SIZE - 3 * mm
        label = f"Halaman {page_no} dari "
        canvas.setFont(fonts.REGULAR, 7.5)
        label_w = fonts.text_width(label, 7.5)
        total_w = fonts.text_width("99", 7.5)
        x = text_right - label_w - total_w
        canvas.drawString(x, top - 4 * mm, label)
        canvas.saveState()
        canvas.translate(x + label_w, top - 4 * mm - 1)
        canvas.doForm(f"total{self._form_index}")
        canvas.restoreState()
        if self._stamp.code:
            canvas.setFont(fonts.BOLD, 8)
            canvas.drawString(left, top - 4 * mm, f"Kode verifikasi: {self._stamp.code}")
            canvas.setFont(fonts.REGULAR, 6.5)
            canvas.drawString(
                left,
                top - 7.5 * mm,
                "Kecocokan cetakan ini dengan data dapat diperiksa dengan kode verifikasi "
                "atau kode QR",
            )
            canvas.drawString(left, top - 10.5 * mm, f"di aplikasi {APP} (Verifikasi Cetakan).")


def build_pdf(
    parts: Iterable[tuple[Stamp, list[Flowable]]],
    paper: str,
    *,
    title: str = "",
    on_form: Callable[[int], None] | None = None,
) -> tuple[bytes, list[int]]:
    """Lay out one or more forms into one PDF; each starts on a new page.

    Returns the bytes and the page count of each form.
    """
    story: list[Flowable] = []
    for n, (stamp, flowables) in enumerate(parts):
        if n:
            story.append(PageBreak())
        story.append(FormStart(stamp))
        story.extend(flowables)
    buffer = io.BytesIO()
    doc = FormDocument(buffer, paper, title=title, on_form=on_form)
    doc.render(story)
    return buffer.getvalue(), doc.form_pages
