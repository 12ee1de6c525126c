"""Cetak: preview, print and save the appraisal forms, batch printing of a unit, the rekap,
and checking a printed page's verification code. The main window installs
``ReportsController``."""

from desktop.ui.reports.controller import ReportsController

__all__ = ["ReportsController"]
