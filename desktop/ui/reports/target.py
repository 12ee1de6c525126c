"""What the Cetak menu acts on, read from the main window: the employee selected on the page in
view (staff table or appraisal table), the unit selected in the tree, and the year and period
the appraisal page shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.ui.units.model import ALL_UNITS

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class Person:
    staff_id: int
    nip: str
    nama: str  # with gelar


@dataclass(frozen=True)
class UnitChoice:
    unit_id: int
    kode: str
    nama: str


def appraisal_shown(window: MainWindow) -> bool:
    return window.appraisal is not None and window.pages.currentWidget() is window.appraisal


def selected_person(window: MainWindow) -> Person | None:
    """The current row of the page in view."""
    if appraisal_shown(window):
        assert window.appraisal is not None
        row = window.appraisal.current_row()
        return Person(row.staff_id, row.nip, row.nama) if row is not None else None
    staff = window.staff_panel.current_row()
    return Person(staff.id, staff.nip, staff.nama) if staff is not None else None


def selected_unit(window: MainWindow) -> UnitChoice | None:
    """The unit selected in the tree; "Semua unit" means the root when there is only one."""
    tree = window.unit_model.tree
    unit_id = window.unit_tree.current_unit_id()
    if unit_id == ALL_UNITS:
        roots = tree.roots()
        if len(roots) != 1:
            return None
        unit = roots[0]
    else:
        unit = tree.by_id.get(unit_id)
    if unit is None or unit.id is None:
        return None
    return UnitChoice(unit.id, unit.kode, unit.nama)


def appraisal_period(window: MainWindow) -> tuple[int, str] | None:
    """The year and period code on the appraisal page, once it has been opened."""
    if window.appraisal is None:
        return None
    return window.appraisal.tahun(), window.appraisal.periode()
