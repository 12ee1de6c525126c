"""Pegawai → "Pejabat di Luar Daftar Pegawai…": opens the list, the form for one official, and
saves through ``store.pejabat_luar`` (the dialogs never write), then says so through the host's
``DataChanged`` (``officials``)."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from desktop.core.access import Perm
from desktop.core.errors import KinerjaError
from desktop.core.models import PejabatLuar
from desktop.core.orgchart import UnitTree
from desktop.store import pejabat_luar as luar_store
from desktop.store import units as unit_store
from desktop.store.reference import golongan
from desktop.ui.errors import show_error
from desktop.ui.host import Changes, FeatureHost
from desktop.ui.officials.dialog import OfficialsDialog
from desktop.ui.officials.form import OfficialForm


class OfficialsController(QObject):
    """Installed by the main window with its ``FeatureHost``."""

    officials_changed = Signal()

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.dialog: OfficialsDialog | None = None
        self.form: OfficialForm | None = None
        self.action = QAction(self.tr("Pejabat di &Luar Daftar Pegawai…"), host.widget())
        self.action.setObjectName("officialsAction")
        self.action.triggered.connect(self.open_list)
        self._add_to_menu()
        host.gate(self.action, Perm.EDIT_UNITS)

    @property
    def db(self) -> sqlite_utils.Database:
        return self.host.db

    def _add_to_menu(self) -> None:
        """At the end of the Pegawai menu."""
        menu = self.host.menu("pegawai")
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.action)

    def open_list(self) -> OfficialsDialog:
        self.dialog = OfficialsDialog(self.host.widget())
        self.dialog.add_requested.connect(lambda: self.open_form(None))
        self.dialog.edit_requested.connect(self.open_form)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self._refresh()
        self.dialog.open()
        return self.dialog

    def _refresh(self) -> None:
        if self.dialog is None:
            return
        people = luar_store.list_pejabat_luar(self.db, include_inactive=True)
        heads = {
            u.kepala_luar_id: u.nama
            for u in unit_store.list_units(self.db)
            if u.kepala_luar_id is not None
        }
        self.dialog.show_officials(people, heads)

    def open_form(self, luar_id: int | None) -> OfficialForm:
        person = (
            luar_store.get_pejabat_luar(self.db, luar_id)
            if luar_id is not None
            else PejabatLuar("", "", instansi=unit_store.get_office(self.db).instansi)
        )
        units = unit_store.list_units(self.db)
        heading = next((u.id for u in units if luar_id and u.kepala_luar_id == luar_id), None)
        parent = self.dialog or self.host.widget()
        self.form = OfficialForm([(g.kode, g.label) for g in golongan(self.db)],
                                 _tree_choices(UnitTree(units)), parent)  # fmt: skip
        self.form.load(person, heading)
        self.form.accepted.connect(lambda: self._on_form_accepted(heading))
        self.form.finished.connect(self.form.deleteLater)
        self.form.open()
        return self.form

    def _on_form_accepted(self, was_heading: int | None) -> None:
        assert self.form is not None
        person, heads = self.form.result()
        try:
            saved = luar_store.save_pejabat_luar(self.db, person)
            if was_heading is not None and was_heading != heads:
                luar_store.set_unit_head(self.db, was_heading, None)
            if heads is not None:
                luar_store.set_unit_head(self.db, heads, saved.id)
        except KinerjaError as exc:
            show_error(self.host.widget(), exc)
            return
        self._refresh()
        self.officials_changed.emit()
        self.host.data_changed.notify(Changes(officials=True), self)


def _tree_choices(tree: UnitTree) -> list[tuple[int, str, int]]:
    """(id, name, depth) in tree order for the "Memimpin unit" box."""
    out: list[tuple[int, str, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for unit in tree.children.get(parent, []):
            if unit.id is not None:
                out.append((unit.id, unit.nama, depth))
                walk(unit.id, depth + 1)

    walk(None, 0)
    return out
