"""The user guide (``docs/panduan.md``) as text for the in-app viewer and as a PDF.

The guide is written in a small Markdown subset: ``#`` title, ``##`` chapters, paragraphs,
``-`` bullets, ``1.`` numbered steps (continued by indented lines), ``![caption](gambar/x.png)``
pictures on a line of their own, ``**bold**`` and ``*italic*``. Pictures are screenshots made by
``scripts/screenshots.py``; they are generated files, never shipped: a picture whose file is
missing is left out (the app shows the guide without them, ``scripts/user_guide.py`` makes them
first). Deterministic output (``invariant``), the embedded font of the forms."""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from desktop import paths
from desktop.reports.fonts import BOLD, REGULAR, register_fonts

IMAGE = re.compile(r"^\s*!\[(?P<caption>[^\]]*)\]\((?P<path>[^)]+)\)\s*$")
NUMBERED = re.compile(r"^(?P<n>\d+)\.\s+(?P<text>.*)$")
SCREEN_WIDTH = 1366  # pixels of a screenshot that fills the text width


def guide_path() -> Path:
    """``docs/panduan.md`` in the source tree, the wheel (``desktop/_data``) or the bundle."""
    return paths.project_root() / "docs" / "panduan.md"


def load_guide() -> str:
    return guide_path().read_text(encoding="utf-8")


def chapters(text: str) -> list[str]:
    """The chapter titles (``##`` headings) in order."""
    return [line[3:].strip() for line in text.splitlines() if line.startswith("## ")]


def with_pictures(text: str, pictures: Path | None) -> str:
    """The guide with each picture pointing into ``pictures`` (absolute path), or left out
    when its file is not there (no folder: every picture left out)."""
    out = []
    for line in text.splitlines():
        found = IMAGE.match(line)
        if found is None:
            out.append(line)
            continue
        image = _picture(found["path"], pictures)
        if image is not None:
            indent = line[: len(line) - len(line.lstrip())]
            out.append(f"{indent}![{found['caption']}]({image.as_posix()})")
    return "\n".join(out) + "\n"


def _picture(relative: str, pictures: Path | None) -> Path | None:
    if pictures is None:
        return None
    name = Path(relative).name
    candidate = pictures / name
    return candidate.resolve() if candidate.is_file() else None


# -- PDF --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    chapter: ParagraphStyle
    body: ParagraphStyle
    caption: ParagraphStyle


def _styles() -> _Styles:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14.5, spaceAfter=6)
    return _Styles(
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=20, leading=25,
                             spaceAfter=10),
        chapter=ParagraphStyle("chapter", parent=body, fontName=BOLD, fontSize=15, leading=19,
                               spaceBefore=4, spaceAfter=8, textColor=colors.HexColor("#1a4fa0")),
        body=body,
        caption=ParagraphStyle("caption", parent=body, fontSize=9, leading=11,
                               textColor=colors.HexColor("#5f6368"), alignment=1),
    )  # fmt: skip


def render_guide_pdf(text: str, pictures: Path | None = None) -> bytes:
    """The guide as an A4 PDF: a title page paragraph, one page per chapter, the pictures found
    in ``pictures`` scaled to the text width."""
    register_fonts()
    styles = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Panduan Pengguna Kinerja Luring",
        author="Kinerja Luring",
        invariant=1,
    )
    story = _story(with_pictures(text, pictures), styles, doc.width)
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
    return out.getvalue()


def _footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(colors.HexColor("#5f6368"))
    canvas.drawString(doc.leftMargin, 10 * mm, "Panduan Pengguna Kinerja Luring")
    canvas.drawRightString(A4[0] - doc.rightMargin, 10 * mm, f"halaman {doc.page}")
    canvas.restoreState()


def _story(text: str, styles: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for block in _blocks(text):
        kind, lines = block
        if kind == "title":
            story.append(Paragraph(_inline(lines[0]), styles.title))
        elif kind == "chapter":
            if len(story) > 2:
                story.append(PageBreak())
            story.append(Paragraph(_inline(lines[0]), styles.chapter))
        elif kind == "image":
            story.extend(_figure(lines[0], styles, width))
        elif kind in ("bullets", "steps"):
            story.append(_list(kind, lines, styles, width))
        else:
            story.append(Paragraph(_inline(" ".join(lines)), styles.body))
    return story


def _blocks(text: str) -> list[tuple[str, list[str]]]:
    """Split the Markdown into (kind, lines) blocks; a list item keeps its indented lines."""
    blocks: list[tuple[str, list[str]]] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = chunk.splitlines()
        first = lines[0]
        if first.startswith("# "):
            blocks.append(("title", [first[2:].strip()]))
        elif first.startswith("## "):
            blocks.append(("chapter", [first[3:].strip()]))
        elif IMAGE.match(first) and first == first.lstrip():
            blocks.append(("image", [first]))
        elif first.startswith("- ") or NUMBERED.match(first):
            kind = "bullets" if first.startswith("- ") else "steps"
            _extend_list(blocks, kind, lines)
        elif first.startswith("   ") and blocks and blocks[-1][0] in ("bullets", "steps"):
            blocks[-1][1].append("")  # a picture or paragraph inside the last item
            blocks[-1][1].extend(lines)
        else:
            blocks.append(("text", [line.strip() for line in lines]))
    return blocks


def _extend_list(blocks: list[tuple[str, list[str]]], kind: str, lines: list[str]) -> None:
    if blocks and blocks[-1][0] == kind:
        blocks[-1][1].append("")
        blocks[-1][1].extend(lines)
    else:
        blocks.append((kind, list(lines)))


def _list(kind: str, lines: list[str], styles: _Styles, width: float) -> Flowable:
    """Items start at a ``-``/``1.`` line; indented lines continue them (text or picture)."""
    items: list[list[Flowable]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph and items:
            items[-1].append(Paragraph(_inline(" ".join(paragraph)), styles.body))
        paragraph.clear()

    for line in lines:
        stripped = line.strip()
        numbered = NUMBERED.match(stripped) if line == line.lstrip() else None
        if line.startswith("- ") or numbered:
            flush()
            items.append([])
            paragraph.append(numbered["text"] if numbered else stripped[2:])
        elif not stripped:
            flush()
        elif IMAGE.match(stripped):
            flush()
            items[-1].extend(_figure(stripped, styles, width - 10 * mm, keep=False))
        else:
            paragraph.append(stripped)
    flush()
    return ListFlowable(
        [ListItem(flowables) for flowables in items],
        bulletType="1" if kind == "steps" else "bullet",
        start="1" if kind == "steps" else None,
        bulletFormat="%s." if kind == "steps" else None,
        bulletFontName=REGULAR,
        bulletFontSize=10.5,
        leftIndent=8 * mm,
    )


def _figure(line: str, styles: _Styles, width: float, *, keep: bool = True) -> list[Flowable]:
    """A picture scaled to ``width`` with its caption; ``keep``: on one page together (not
    inside a list item, where reportlab cannot break the page for it)."""
    found = IMAGE.match(line)
    assert found is not None
    path = Path(found["path"])
    if not path.is_file():
        return []
    pixels_w, pixels_h = ImageReader(str(path)).getSize()
    # one scale for every screenshot (a 1366-pixel window fills the text width), so a small
    # dialog stays small beside a whole window
    scale = min(width / max(pixels_w, SCREEN_WIDTH), (110 * mm) / pixels_h)
    picture = Image(str(path), width=pixels_w * scale, height=pixels_h * scale)
    picture.hAlign = "CENTER"
    caption = Paragraph(_inline(found["caption"]), styles.caption)
    parts = [Spacer(1, 2 * mm), picture, caption, Spacer(1, 2 * mm)]
    return [KeepTogether(parts)] if keep else parts


def _inline(text: str) -> str:
    """``**bold**`` and ``*italic*`` to reportlab's mark-up; everything else escaped."""
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return re.sub(r"\*(.+?)\*", r"<i>\1</i>", text)
