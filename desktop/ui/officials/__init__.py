"""Officials from outside the staff list (Bupati) as appraisers: list, form, controller."""

from desktop.ui.officials.controller import OfficialsController

__all__ = ["OfficialsController"]
