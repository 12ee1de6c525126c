"""Bantuan → Panduan Pengguna: the user guide in a window and as a PDF."""

from desktop.ui.help.guide_dialog import GuideDialog

__all__ = ["GuideDialog"]
