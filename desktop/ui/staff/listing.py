"""The staff list read when it is needed: a window that opens on the appraisal page shows the
unit tree's numbers from one GROUP BY and reads the 50,000 rows of a kabupaten only when the
staff page is first shown (start-up time and memory, issue 12)."""

from __future__ import annotations

from collections import Counter

import sqlite_utils

from desktop.store import staff as staff_store
from desktop.store.staff import StaffListRow
from desktop.ui.staff.model import StaffTableModel


class StaffListing:
    def __init__(self, db: sqlite_utils.Database, model: StaffTableModel) -> None:
        self.db, self.model = db, model
        self.read = False  # the rows are in the model

    def rows(self, wanted: bool | None, on_staff_page: bool) -> list[StaffListRow]:
        """The rows to show (none yet while ``wanted`` is False, or None and the list has
        never been needed on the staff page)."""
        self.read = (self.read or on_staff_page) if wanted is None else wanted
        if not self.read:
            return []
        return staff_store.list_rows(self.db, include_inactive=True, scoped=True)

    def unit_counts(self) -> Counter[int]:
        if self.read:
            return self.model.unit_counts()
        return staff_store.unit_counts(self.db, include_inactive=self.model.show_inactive)
