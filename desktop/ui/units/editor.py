"""Struktur Organisasi: the office's unit tree, to add, edit, move (also by drag and drop),
merge, deactivate, import and export units.

The screen saves each change through ``store.unit_ops`` (one transaction with audit entries)
and emits ``units_changed`` so the main window reloads its own tree. Its small dialogs only
return values. With no unit at all it says what to do first, with the two buttons for it.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtCore import QItemSelection, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KinerjaError
from desktop.core.ids import required_id
from desktop.core.models import Unit
from desktop.store import staff as staff_store
from desktop.store import unit_ops
from desktop.store import units as unit_store
from desktop.store.units import UnitError
from desktop.ui import shortcuts
from desktop.ui.errors import show_error
from desktop.ui.formatting import format_count
from desktop.ui.prompts import Prompts
from desktop.ui.units.dialogs import TOP_LEVEL, TargetDialog, UnitDialog, tree_choices
from desktop.ui.units.edit_tree import UnitEditTree
from desktop.ui.units.editor_model import UnitEditModel
from desktop.ui.units.transfer import UnitTransfers

EMPTY, TREE = 0, 1


class UnitEditor(QDialog):
    units_changed = Signal()

    def __init__(
        self, db: sqlite_utils.Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unitEditor")
        self.setWindowTitle(self.tr("Struktur Organisasi"))
        self.db, self.prompts = db, prompts
        self.model = UnitEditModel(self)
        self.tree = UnitEditTree(self.model)
        self.transfers = UnitTransfers(db, prompts, self)
        self.transfers.imported.connect(self.reload)
        self.transfers.imported.connect(self.units_changed)
        self._build()
        self.reload()
        self.resize(980, 640)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.add_action = self._action(self.tr("&Tambah unit…"), "addUnit", "add_unit")
        self.edit_action = self._action(self.tr("&Ubah…"), "editUnit", "edit_unit")
        self.move_action = self._action(self.tr("&Pindahkan ke…"), "moveUnit")
        self.merge_action = self._action(self.tr("&Gabungkan ke…"), "mergeUnit")
        self.deactivate_action = self._action(self.tr("&Nonaktifkan"), "deactivateUnit")
        self.import_action = self._action(self.tr("&Impor struktur…"), "importUnits")
        self.export_action = self._action(self.tr("&Ekspor struktur…"), "exportUnits")
        self.add_action.triggered.connect(self._on_add_triggered)
        self.edit_action.triggered.connect(self._on_edit_triggered)
        self.move_action.triggered.connect(self._on_move_triggered)
        self.merge_action.triggered.connect(self._on_merge_triggered)
        self.deactivate_action.triggered.connect(self._on_deactivate_triggered)
        self.import_action.triggered.connect(self.transfers.start_import)
        self.export_action.triggered.connect(self.transfers.start_export)
        self.tree.doubleClicked.connect(self._on_edit_triggered)
        self.tree.move_requested.connect(self._on_move_requested)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu_requested)
        self.pages = QStackedWidget(objectName="unitPages")
        self.pages.addWidget(self._empty_page())
        self.pages.addWidget(self._tree_page())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(close)

    def _action(self, text: str, name: str, shortcut: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:  # its name in desktop.ui.shortcuts.TABLE
            shortcuts.apply(action, shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text().replace("&", ""), objectName=action.objectName())
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        action.changed.connect(lambda: button.setText(action.text().replace("&", "")))
        return button

    def _empty_page(self) -> QWidget:
        page = QWidget(objectName="emptyUnits")
        text = QLabel(
            self.tr(
                "Belum ada unit. Tambahkan unit pertama (misalnya Pemerintah Kabupaten …) "
                "atau impor struktur organisasi."
            ),
            objectName="emptyText",
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        columns = QLabel(
            self.tr(
                "Berkas impor: .xlsx atau .csv dengan kolom Kode, Nama, Singkatan, Induk (kode "
                "atau nama unit induk) dan Jenis (OPD, Sekretariat, Bidang, Subbagian, Seksi, "
                "UPTD, Puskesmas, Sekolah, Kecamatan, Kelurahan)."
            ),
            objectName="hint",
        )
        columns.setWordWrap(True)
        columns.setAlignment(Qt.AlignmentFlag.AlignCenter)
        first = QPushButton(self.tr("Tambah Unit Pertama…"), objectName="addFirstUnit")
        first.clicked.connect(self.add_action.trigger)
        first.setDefault(True)
        load = QPushButton(self.tr("Impor Struktur Organisasi…"), objectName="importFirst")
        load.clicked.connect(self.import_action.trigger)
        load.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(first)
        buttons.addWidget(load)
        buttons.addStretch(1)
        middle = QWidget()
        middle.setMaximumWidth(600)
        stack = QVBoxLayout(middle)
        stack.addWidget(text)
        stack.addSpacing(12)
        stack.addLayout(buttons)
        stack.addSpacing(16)
        stack.addWidget(columns)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(middle, 4)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _tree_page(self) -> QWidget:
        page = QWidget()
        side = QVBoxLayout()
        for action in (self.add_action, self.edit_action, self.move_action, self.merge_action,
                       self.deactivate_action):  # fmt: skip
            side.addWidget(self._button(action))
        side.addSpacing(16)
        side.addWidget(self._button(self.import_action))
        side.addWidget(self._button(self.export_action))
        side.addStretch(1)
        self.details = QLabel(objectName="unitDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(
            self.tr("Seret unit ke unit lain untuk memindahkannya ke bawah unit itu."),
            objectName="hint",
        )
        hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        left.addWidget(self.details)
        left.addWidget(hint)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(side)
        return page

    # -- state ---------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Re-read the units (keeping the selection and what is expanded)."""
        current = select if select is not None else self.tree.current_unit_id()
        tree = unit_store.unit_tree(self.db)
        self.model.load(tree, unit_store.staff_counts(self.db))
        self.tree.expandToDepth(1)
        self.pages.setCurrentIndex(TREE if tree.by_id else EMPTY)
        if tree.by_id:
            self.tree.select_unit(current)
        self._update_actions()

    def current_unit(self) -> Unit | None:
        unit_id = self.tree.current_unit_id()
        return self.model.tree.by_id.get(unit_id) if unit_id is not None else None

    def _update_actions(self) -> None:
        unit = self.current_unit()
        for action in (self.edit_action, self.move_action, self.merge_action,
                       self.deactivate_action):  # fmt: skip
            action.setEnabled(unit is not None)
        active = unit is None or unit.aktif
        self.deactivate_action.setText(
            self.tr("&Nonaktifkan") if active else self.tr("&Aktifkan kembali")
        )
        self.details.setText(self._details(unit) if unit else "")

    def _details(self, unit: Unit) -> str:
        parts = [" › ".join(self.model.tree.path_names(required_id(unit)))]
        if unit.jabatan_kepala:
            parts.append(self.tr("Jabatan kepala: %1").replace("%1", unit.jabatan_kepala))
        if unit.kritikal:
            parts.append(self.tr("Jabatan kritikal (rencana suksesi)"))
        aliases = unit_store.aliases_of(self.db, required_id(unit))
        if aliases:
            parts.append(self.tr("Nama lain: %1").replace("%1", "; ".join(aliases)))
        return "\n".join(parts)

    def _changed(self, select: int | None = None) -> None:
        self.reload(select)
        self.units_changed.emit()

    def _run(self, work: Any, *args: Any) -> Any:
        """Call a store function; a refusal is shown and None returned."""
        try:
            return work(self.db, *args)
        except KinerjaError as exc:
            show_error(self, exc)
            return None

    # -- slots ---------------------------------------------------------------------------------
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _on_context_menu_requested(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.add_action, self.edit_action, self.move_action,
                         self.merge_action, self.deactivate_action])  # fmt: skip
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _on_add_triggered(self) -> None:
        unit = self.current_unit()
        parent_id = unit.id if unit is not None and unit.aktif else None
        dialog = UnitDialog(
            self.tr("Tambah Unit"), self,
            parents=tree_choices(self.model.tree, set()),
            suggest_kode=lambda pid: unit_ops.suggest_kode(self.db, pid),
        )  # fmt: skip
        dialog.load(Unit("", "", parent_id=parent_id), [], [])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        saved = self._run(unit_ops.add_unit, dialog.result_unit(), dialog.result_aliases())
        if saved is not None:
            self._changed(saved.id)

    def _on_edit_triggered(self) -> None:
        unit = self.current_unit()
        if unit is None or unit.id is None:
            return
        dialog = UnitDialog(self.tr("Ubah Unit"), self)
        dialog.load(unit, unit_store.aliases_of(self.db, unit.id), self._heads(unit))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        saved = self._run(unit_ops.update_unit, dialog.result_unit(), dialog.result_aliases())
        if saved is not None:
            self._changed(saved.id)

    def _heads(self, unit: Unit) -> list[tuple[int, str]]:
        """Active staff of the unit (and its current head wherever that one is)."""
        rows = staff_store.list_rows(self.db, include_inactive=False)
        return [(r.id, f"{r.nama} — {r.nip}") for r in rows
                if r.unit_id == unit.id or r.id == unit.kepala_id]  # fmt: skip

    def _on_move_triggered(self) -> None:
        unit = self.current_unit()
        if unit is None or unit.id is None:
            return
        skip = self.model.tree.subtree_ids(unit.id)
        choices = [(TOP_LEVEL, self.tr("(tingkat teratas)"), 0)]
        choices += tree_choices(self.model.tree, skip)
        dialog = TargetDialog(
            self.tr("Pindahkan Unit"),
            self.tr("Pindahkan %1 (beserta sub-unitnya) ke bawah:").replace("%1", unit.nama),
            choices, self.tr("Pindahkan"), self,
        )  # fmt: skip
        dialog.target.set_value(unit.parent_id if unit.parent_id is not None else TOP_LEVEL)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._move(unit.id, dialog.result_id())

    def _on_move_requested(self, unit_id: int, parent_id: int) -> None:
        tree = self.model.tree
        unit = tree.by_id.get(unit_id)
        if unit is None or (unit.parent_id or TOP_LEVEL) == parent_id:
            return
        if tree.would_cycle(unit_id, parent_id if parent_id != TOP_LEVEL else None):
            show_error(self, UnitError("cycle"))  # refused before asking
            return
        where = (
            tree.by_id[parent_id].nama if parent_id in tree.by_id else self.tr("tingkat teratas")
        )
        text = self.tr("Pindahkan %1 (beserta sub-unitnya) ke bawah %2?")
        text = text.replace("%1", unit.nama).replace("%2", where)
        if self.prompts.confirm(self, self.tr("Pindahkan Unit"), text, self.tr("Pindahkan")):
            self._move(unit_id, parent_id)

    def _move(self, unit_id: int, parent_id: int | None) -> None:
        target = None if parent_id in (None, TOP_LEVEL) else parent_id
        if self._run(unit_ops.move_unit, unit_id, target) is not None:
            self._changed(unit_id)

    def _on_merge_triggered(self) -> None:
        unit = self.current_unit()
        if unit is None or unit.id is None:
            return
        tree = self.model.tree
        dialog = TargetDialog(
            self.tr("Gabungkan Unit"),
            self.tr("Gabungkan %1 ke unit:").replace("%1", unit.nama),
            tree_choices(tree, tree.subtree_ids(unit.id)), self.tr("Lanjut"), self,
        )  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_id() is None:
            return
        target = tree.by_id[dialog.result_id()]
        staff = unit_store.staff_counts(self.db, include_inactive=True).get(unit.id, 0)
        children = len(tree.children.get(unit.id, []))
        text = self.tr(
            "Gabungkan %1 ke %2?\n\n%3 pegawai dan %4 sub-unit pindah ke %2; riwayat pegawai "
            "tetap. Nama %1 menjadi nama lain %2, lalu unit %1 dihapus."
        )
        for mark, value in (("%1", unit.nama), ("%2", target.nama), ("%3", format_count(staff)),
                            ("%4", format_count(children))):  # fmt: skip
            text = text.replace(mark, value)
        if not self.prompts.confirm(self, self.tr("Gabungkan Unit"), text, self.tr("Gabungkan")):
            return
        if self._run(unit_ops.merge_units, unit.id, target.id) is not None:
            self._changed(target.id)

    def _on_deactivate_triggered(self) -> None:
        unit = self.current_unit()
        if unit is None or unit.id is None:
            return
        if not unit.aktif:
            if self._run(unit_ops.reactivate_unit, unit.id) is not None:
                self._changed(unit.id)
            return
        below = len(self.model.tree.subtree_ids(unit.id)) - 1
        text = self.tr("Nonaktifkan %1?").replace("%1", unit.nama)
        if below:
            text = self.tr("Nonaktifkan %1 beserta %2 sub-unitnya?")
            text = text.replace("%1", unit.nama).replace("%2", format_count(below))
        count = unit_ops.active_staff_in(self.db, self.model.tree.subtree_ids(unit.id))
        if not count and not self.prompts.confirm(
            self, self.tr("Nonaktifkan Unit"), text, self.tr("Nonaktifkan")
        ):
            return
        if self._run(unit_ops.deactivate_unit, unit.id) is not None:
            self._changed(unit.id)
