"""The RHK/IKI editor of the SKP dialog: RHK rows with their IKI rows beneath, edited in place.

Keyboard first: Ctrl+R adds an RHK, Ctrl+I an IKI under the current RHK (each opens the text
for typing), Delete removes the current row, Ctrl+Up/Ctrl+Down move it among its siblings,
F2, Enter or simply typing edits the current cell, Enter commits, Tab moves to the next cell
that applies (``grid_keys.GridTree``: an RHK has no target, an IKI no superior RHK).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.skp import Aspek, Iki, JenisRhk, Rhk
from desktop.store.skp import RhkOption
from desktop.ui import shortcuts
from desktop.ui.appraisal.grid_keys import GridTree
from desktop.ui.appraisal.labels import aspek_label, jenis_label
from desktop.ui.appraisal.rhk_delegate import (
    COL_ATASAN,
    COL_KIND,
    COL_TARGET,
    COL_TEXT,
    VALUE,
    RhkDelegate,
    cell_editable,
)

KEY = Qt.ItemDataRole.UserRole + 1  # (id, uuid, perspektif) of the stored row
_RHK_BACKGROUND = QBrush(QColor("#f1f3f4"))
_EDITABLE = Qt.ItemFlag.ItemIsEditable


class RowItem(QTreeWidgetItem):
    """A tree row whose tooltip is its own text, so long uraian stay readable."""

    def data(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(column, Qt.ItemDataRole.DisplayRole)
        return super().data(column, role)


class RhkEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = GridTree(cell_editable, objectName="rhkTree")
        self.delegate = RhkDelegate(self.tree)
        self._setup_tree()
        self.add_rhk_action = self._action(self.tr("Tambah RHK"), "add_rhk", self.add_rhk)
        self.add_iki_action = self._action(self.tr("Tambah IKI"), "add_iki", self.add_iki)
        self.remove_action = self._action(self.tr("Hapus"), "remove_rhk", self.remove_current)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.remove_action)
        self.up_action = self._action(self.tr("Naik"), "move_up", lambda: self.move_current(-1))
        self.down_action = self._action(self.tr("Turun"), "move_down", lambda: self.move_current(1))
        bar = self._toolbar()
        self.hint = QLabel(
            self.tr(
                "Tab ke sel berikutnya; ketik, F2 atau Enter untuk mengubah sel; Enter "
                "menyimpan sel, Esc membatalkan. Arahkan kursor ke sel untuk melihat teks "
                "lengkap."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: #5f6368; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        layout.addWidget(self.hint)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self._read_only = False
        self._loading = False
        self._on_tree_current_changed()

    def _toolbar(self) -> QHBoxLayout:
        """Buttons for the commands; each label carries its shortcut."""
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for action in (
            self.add_rhk_action,
            self.add_iki_action,
            self.remove_action,
            self.up_action,
            self.down_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addStretch(1)
        return bar

    def _setup_tree(self) -> None:
        tree = self.tree
        tree.setColumnCount(4)
        tree.setHeaderLabels(
            [
                self.tr("Jenis / Aspek"),
                self.tr("Rencana Hasil Kerja / Indikator"),
                self.tr("Target"),
                self.tr("RHK atasan yang diintervensi"),
            ]
        )
        tree.setItemDelegate(self.delegate)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(False)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setAccessibleName(self.tr("Rencana Hasil Kerja dan Indikator"))
        width = tree.fontMetrics().horizontalAdvance
        labels = [aspek_label(a) for a in Aspek] + [jenis_label(j) for j in JenisRhk]
        # an IKI's label is indented one level; room for the bold text and the combo's arrow
        longest = max(width(label) for label in labels)
        tree.setColumnWidth(COL_KIND, longest + tree.indentation() + 60)
        tree.setColumnWidth(COL_TEXT, width("M") * 40)
        tree.setColumnWidth(COL_TARGET, width("≤ 5 hari kerja") + 24)

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        action = shortcuts.apply(QAction(text, self), keys)  # keys: its name in the table
        # Anywhere in the window while the editor is visible (on the Hasil Kerja tab).
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        native = shortcuts.native(keys)
        action.setToolTip(f"{text} ({native})")
        action.setIconText(f"{text} ({native})")  # the buttons show their shortcut
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- content ------------------------------------------------------------------------------
    def set_options(self, options: list[RhkOption]) -> None:
        self.delegate.options = list(options)

    def relink(self, options: list[RhkOption]) -> None:
        """Offer another superior's RHK; a link to an RHK not among them becomes free text
        (its wording stays in the cell) so it can be chosen again."""
        self.set_options(options)
        ids = {o.id for o in options}
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item.data(COL_ATASAN, VALUE) is not None and item.data(COL_ATASAN, VALUE) not in ids:
                item.setData(COL_ATASAN, VALUE, None)
        self.changed.emit()

    def load(self, rhks: list[Rhk]) -> None:
        self._loading = True
        self.tree.clear()
        for rhk in rhks:
            item = self._new_rhk_item(rhk)
            for iki in rhk.iki:
                self._new_iki_item(item, iki)
        self.tree.expandAll()
        self._loading = False
        self._on_tree_current_changed()

    def rhks(self) -> list[Rhk]:
        """The tree as RHK dataclasses, in order, keeping stored ids and uuids."""
        out = []
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            row_id, uuid, perspektif = item.data(COL_KIND, KEY) or (None, None, "")
            atasan_id = item.data(COL_ATASAN, VALUE)
            rhk = Rhk(
                uraian=item.text(COL_TEXT).strip(),
                jenis=JenisRhk(item.data(COL_KIND, VALUE)),
                rhk_atasan_id=atasan_id,
                rhk_atasan_text="" if atasan_id is not None else item.text(COL_ATASAN).strip(),
                perspektif=perspektif,
                id=row_id,
                uuid=uuid,
            )
            rhk.iki = [self._iki_of(item.child(c)) for c in range(item.childCount())]
            out.append(rhk)
        return out

    def _iki_of(self, item: QTreeWidgetItem) -> Iki:
        row_id, uuid, _ = item.data(COL_KIND, KEY) or (None, None, "")
        return Iki(
            indikator=item.text(COL_TEXT).strip(),
            aspek=Aspek(item.data(COL_KIND, VALUE)),
            target=item.text(COL_TARGET).strip(),
            id=row_id,
            uuid=uuid,
        )

    def _atasan_text(self, rhk: Rhk) -> str:
        if rhk.rhk_atasan_id is None:
            return rhk.rhk_atasan_text
        found = next((o.uraian for o in self.delegate.options if o.id == rhk.rhk_atasan_id), None)
        return found or self.tr("RHK atasan #%1").replace("%1", str(rhk.rhk_atasan_id))

    def _new_rhk_item(self, rhk: Rhk, at: int | None = None) -> QTreeWidgetItem:
        item = RowItem([jenis_label(rhk.jenis), rhk.uraian, "", self._atasan_text(rhk)])
        item.setData(COL_KIND, VALUE, rhk.jenis.value)
        item.setData(COL_KIND, KEY, (rhk.id, rhk.uuid, rhk.perspektif))
        item.setData(COL_ATASAN, VALUE, rhk.rhk_atasan_id)
        font = item.font(COL_TEXT)
        font.setBold(True)
        for column in range(4):
            item.setBackground(column, _RHK_BACKGROUND)
            item.setFont(column, font)
        self._set_editable(item)
        self.tree.insertTopLevelItem(self.tree.topLevelItemCount() if at is None else at, item)
        return item

    def _new_iki_item(self, parent: QTreeWidgetItem, iki: Iki) -> QTreeWidgetItem:
        item = RowItem([aspek_label(iki.aspek), iki.indikator, iki.target, ""])
        item.setData(COL_KIND, VALUE, iki.aspek.value)
        item.setData(COL_KIND, KEY, (iki.id, iki.uuid, ""))
        self._set_editable(item)
        parent.addChild(item)
        return item

    def _set_editable(self, item: QTreeWidgetItem) -> None:
        """Editable rows; the tree refuses the cells that do not apply (an RHK's target, an
        IKI's superior RHK: ``rhk_delegate.cell_editable``)."""
        item.setFlags(item.flags() | _EDITABLE)

    # -- commands ------------------------------------------------------------------------------
    def add_rhk(self) -> None:
        if self._read_only:
            return
        jenis = JenisRhk.TAMBAHAN if self._has_utama() else JenisRhk.UTAMA
        item = self._new_rhk_item(Rhk(uraian="", jenis=jenis))
        self._start_editing(item, COL_TEXT)
        self.changed.emit()

    def add_iki(self) -> None:
        if self._read_only:
            return
        parent = self._current_rhk()
        if parent is None:
            self.add_rhk()
            return
        used = {parent.child(n).data(COL_KIND, VALUE) for n in range(parent.childCount())}
        aspek = next((a for a in Aspek if a.value not in used), Aspek.KUANTITAS)
        item = self._new_iki_item(parent, Iki(indikator="", aspek=aspek))
        parent.setExpanded(True)
        self._start_editing(item, COL_TEXT)
        self.changed.emit()

    def remove_current(self) -> None:
        item = self.tree.currentItem()
        if self._read_only or item is None:
            return
        parent = item.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        else:
            parent.removeChild(item)
        self.changed.emit()

    def move_current(self, delta: int) -> None:
        item = self.tree.currentItem()
        if self._read_only or item is None:
            return
        column = max(0, self.tree.currentColumn())
        parent = item.parent()
        count = parent.childCount() if parent else self.tree.topLevelItemCount()
        row = parent.indexOfChild(item) if parent else self.tree.indexOfTopLevelItem(item)
        target = row + delta
        if not 0 <= target < count:
            return
        expanded = item.isExpanded()
        if parent is None:
            self.tree.takeTopLevelItem(row)
            self.tree.insertTopLevelItem(target, item)
        else:
            parent.takeChild(row)
            parent.insertChild(target, item)
        item.setExpanded(expanded)
        self.tree.setCurrentItem(item, column)
        self.changed.emit()

    def _start_editing(self, item: QTreeWidgetItem, column: int) -> None:
        self.tree.setCurrentItem(item, column)
        self.tree.scrollToItem(item)
        self.tree.setFocus()
        self.tree.editItem(item, column)

    def _current_rhk(self) -> QTreeWidgetItem | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.parent() or item

    def _has_utama(self) -> bool:
        return any(
            self.tree.topLevelItem(n).data(COL_KIND, VALUE) == JenisRhk.UTAMA.value
            for n in range(self.tree.topLevelItemCount())
        )

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.hint.setVisible(not read_only)
        for action in (
            self.add_rhk_action,
            self.add_iki_action,
            self.remove_action,
            self.up_action,
            self.down_action,
        ):
            action.setEnabled(not read_only)
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else (
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        )
        self.tree.setEditTriggers(triggers)
        self._on_tree_current_changed()

    def is_read_only(self) -> bool:
        return self._read_only

    # -- slots ---------------------------------------------------------------------------------
    def _on_tree_item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_tree_current_changed(self, *_args: object) -> None:
        has_item = self.tree.currentItem() is not None
        editable = not self._read_only
        self.add_iki_action.setEnabled(editable)
        self.remove_action.setEnabled(editable and has_item)
        self.up_action.setEnabled(editable and has_item)
        self.down_action.setEnabled(editable and has_item)
