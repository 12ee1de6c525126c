"""The small dialogs of the Struktur Organisasi screen: a unit's fields (add or edit) and the
choice of a target unit (move, merge). They return values; the screen saves through ``store``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import JenisUnit, Unit
from desktop.core.orgchart import UnitTree
from desktop.core.validation import Issue, Severity
from desktop.ui.units.editor_model import jenis_text
from desktop.ui.widgets import ChoiceCombo, FieldGrid, TreeChoiceCombo

TOP_LEVEL = -1  # the "no parent" choice of a move


def tree_choices(tree: UnitTree, skip: set[int]) -> list[tuple[int, str, int]]:
    """``(id, "kode  nama", depth)`` of the active units in tree order, leaving ``skip`` out."""
    found: list[tuple[int, str, int]] = []
    stack = [(u, 0) for u in reversed(tree.roots())]
    while stack:
        unit, depth = stack.pop()
        if unit.id is None or unit.id in skip:
            continue
        if unit.aktif:
            found.append((unit.id, f"{unit.kode}  {unit.nama}", depth))
        stack.extend((c, depth + 1) for c in reversed(tree.children.get(unit.id, [])))
    return found


class UnitDialog(QDialog):
    """Kode, nama, singkatan, jenis, jabatan kepala, kepala and aliases of one unit.

    ``load(unit, aliases, staff, suggested_kode)`` → ``validate()`` → ``result_unit()`` and
    ``result_aliases()``; a new unit may leave the kode empty (the suggestion is then used).
    """

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        parents: list[tuple[int, str, int]] | None = None,
        suggest_kode: Callable[[int | None], str] | None = None,
    ) -> None:
        """``parents`` (tree choices) adds an Induk field, for a new unit; ``suggest_kode``
        gives the code an empty Kode field stands for under a parent."""
        super().__init__(parent)
        self.setObjectName("unitDialog")
        self.setWindowTitle(title)
        self.unit = Unit("", "")
        self._suggest = suggest_kode
        self._with_parent = parents is not None
        self.induk = TreeChoiceCombo(objectName="induk")
        self.induk.set_tree_choices(parents or [])
        self.induk.setItemText(0, self.tr("— (tingkat teratas)"))
        self.induk.setMinimumContentsLength(36)
        self.induk.value_changed.connect(self._show_suggestion)
        self.kode = QLineEdit(objectName="kode")
        self.nama = QLineEdit(objectName="nama")
        self.nama.setPlaceholderText(self.tr("mis. Dinas Kesehatan"))
        self.singkatan = QLineEdit(objectName="singkatan")
        self.singkatan.setPlaceholderText(self.tr("mis. Dinkes"))
        self.jenis = ChoiceCombo(objectName="jenisUnit")
        self.jenis.set_choices([(j, jenis_text(j)) for j in JenisUnit if j is not JenisUnit.NONE])
        self.jabatan_kepala = QLineEdit(objectName="jabatanKepala")
        self.jabatan_kepala.setPlaceholderText(self.tr("mis. Kepala Dinas Kesehatan"))
        self.kepala = ChoiceCombo(objectName="kepala")
        self.kritikal = QCheckBox(
            self.tr("Jabatan kritikal (posisi kunci rencana suksesi)"), objectName="kritikal"
        )
        self.aliases = QPlainTextEdit(objectName="aliases")
        self.aliases.setTabChangesFocus(True)
        self.aliases.setPlaceholderText(self.tr("Satu nama per baris, mis. nama lama unit"))
        self.aliases.setFixedHeight(72)
        self.grid = FieldGrid(columns=1)
        add = self.grid.add
        if parents is not None:
            add(0, "induk", self.tr("Induk"), self.induk)
        add(0, "kode", self.tr("Kode"), self.kode)
        add(0, "nama", self.tr("Nama unit"), self.nama)
        add(0, "singkatan", self.tr("Singkatan"), self.singkatan)
        add(0, "jenis", self.tr("Jenis"), self.jenis)
        add(0, "jabatan_kepala", self.tr("Jabatan kepala"), self.jabatan_kepala)
        add(0, "kepala", self.tr("Kepala"), self.kepala)
        add(0, "kritikal", "", self.kritikal)
        add(0, "aliases", self.tr("Nama lain"), self.aliases)
        self.grid.chain_focus()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("saveButton")
        self.ok_button.setDefault(True)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def load(
        self,
        unit: Unit,
        aliases: list[str],
        staff: list[tuple[int, str]],
    ) -> None:
        """``staff``: (id, "Nama — NIP") of the people who may head the unit."""
        self.unit = unit
        self.kode.setText(unit.kode)
        self.induk.set_value(unit.parent_id)
        self._show_suggestion()
        self.nama.setText(unit.nama)
        self.singkatan.setText(unit.singkatan)
        self.jenis.set_value(unit.jenis_unit if unit.jenis_unit else None)
        self.jabatan_kepala.setText(unit.jabatan_kepala)
        self.kepala.set_choices(staff)
        self.kepala.set_value(unit.kepala_id)
        self.kepala.setEnabled(bool(staff))
        self.kritikal.setChecked(unit.kritikal)
        if not staff:
            self.kepala.setToolTip(self.tr("Belum ada pegawai di unit ini."))
        self.aliases.setPlainText("\n".join(aliases))
        self.nama.setFocus()

    def _show_suggestion(self) -> None:
        if self._suggest is not None:
            kode = self._suggest(self.induk.value())
            self.kode.setPlaceholderText(
                self.tr("kosongkan untuk otomatis: %1").replace("%1", kode)
            )

    def validate(self) -> list[Issue]:
        issues = []
        if not self.nama.text().strip():
            issues.append(
                Issue("nama", "required", self.tr("Nama unit wajib diisi."), Severity.ERROR)
            )
        for key, message in self.grid.messages.items():
            message.show_issues([i for i in issues if i.field == key])
        return issues

    def result_unit(self) -> Unit:
        parent_id = self.induk.value() if self._with_parent else self.unit.parent_id
        return dataclasses.replace(
            self.unit,
            parent_id=parent_id,
            kode=self.kode.text().strip(),
            nama=" ".join(self.nama.text().split()),
            singkatan=self.singkatan.text().strip(),
            jenis_unit=self.jenis.value() or JenisUnit.NONE,
            jabatan_kepala=" ".join(self.jabatan_kepala.text().split()),
            kepala_id=self.kepala.value(),
            kritikal=self.kritikal.isChecked(),
        )

    def result_aliases(self) -> list[str]:
        lines = self.aliases.toPlainText().splitlines()
        return [" ".join(line.split()) for line in lines if line.strip()]

    def _on_accepted(self) -> None:
        if self.validate():
            self.nama.setFocus()
            return
        self.accept()


class TargetDialog(QDialog):
    """Choose the unit to move a unit under (or the top level), or to merge it into."""

    def __init__(
        self,
        title: str,
        text: str,
        choices: list[tuple[int, str, int]],
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("targetDialog")
        self.setWindowTitle(title)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.target = TreeChoiceCombo(allow_empty=False, objectName="target")
        self.target.set_tree_choices(choices)
        self.target.setMinimumContentsLength(40)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setEnabled(bool(choices))
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.target)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def result_id(self) -> int | None:
        return self.target.value()
