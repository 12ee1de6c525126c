"""What the Cetak menu acts on, read from the host's ``Selection``: the employee selected on
the page in view, the unit selected in the tree, and the year and period of the appraisal page
(else the last ones chosen in the Cetak period dialog, else today's)."""

from __future__ import annotations

from datetime import date

from desktop.core.periods import Period
from desktop.ui.host import Person, Selection, UnitChoice

__all__ = ["Person", "UnitChoice", "print_period"]


def print_period(
    selection: Selection, chosen: tuple[int, str] | None, periods: list[Period], today: date
) -> tuple[int, str]:
    """The appraisal page's year and period, else the last chosen, else the running one."""
    from desktop.ui.appraisal.workspace import default_period

    return selection.period or chosen or (today.year, default_period(periods, today).code)
