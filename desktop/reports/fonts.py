"""The TTF family embedded in every printed form.

Liberation Sans (SIL OFL 1.1, in ``resources/fonts`` with its licence) has Arial's metrics, the
face of the Word templates offices already use, and is about 12 % narrower than Bitstream Vera,
so the eight-column evaluation table wraps less. A headless machine without fonts still prints
every Indonesian name, since nothing relies on the PDF base fonts.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop import paths

REGULAR = "KinerjaSans"
BOLD = "KinerjaSans-Bold"
ITALIC = "KinerjaSans-Italic"
BOLD_ITALIC = "KinerjaSans-BoldItalic"

_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}
_registered = False


def register_fonts() -> None:
    """Register the family once per process (workers of a batch call it too)."""
    global _registered
    if _registered:
        return
    folder = paths.fonts_dir()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    for bold, italic, name in (
        (0, 0, REGULAR),
        (1, 0, BOLD),
        (0, 1, ITALIC),
        (1, 1, BOLD_ITALIC),
    ):
        addMapping(REGULAR, bold, italic, name)
    _registered = True


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of one line of ``text``."""
    register_fonts()
    return pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size)
