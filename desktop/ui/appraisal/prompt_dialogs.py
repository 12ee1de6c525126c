"""The small modal questions of the appraisal screens: a required reason, how to start a new
SKP, and which library indicators to take. ``services.AppraisalPrompts`` runs them."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.skp import LibraryItem
from desktop.ui.appraisal.labels import aspek_label


class StartChoice(StrEnum):
    KOSONG = "kosong"
    SALIN = "salin"
    PUSTAKA = "pustaka"


class ReasonDialog(QDialog):
    """Asks for a reason; OK stays disabled until something is typed (the reason is required)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(objectName="reasonText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(380, 90)
        label = QLabel(prompt)
        label.setWordWrap(True)
        label.setBuddy(self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lanjutkan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._on_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self._on_text_changed()

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def _on_text_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason()))


class StartDialog(QDialog):
    """A new SKP: start empty, copy last year's SKP, or pick from the indicator library."""

    def __init__(self, from_year: int, can_copy: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SKP baru"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr("Pegawai ini belum memiliki SKP tahun %1. Mulai dari mana?").replace(
                "%1", str(from_year + 1)
            )
        )
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        options = (
            (StartChoice.KOSONG, self.tr("Mulai kosong"), True),
            (
                StartChoice.SALIN,
                self.tr("Salin SKP tahun %1").replace("%1", str(from_year)),
                can_copy,
            ),
            (StartChoice.PUSTAKA, self.tr("Dari pustaka indikator"), True),
        )
        self._choices: list[StartChoice] = []
        for choice, text, enabled in options:
            button = QRadioButton(text)
            button.setEnabled(enabled)
            self.group.addButton(button, len(self._choices))
            self._choices.append(choice)
            layout.addWidget(button)
        self.group.button(0).setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lanjutkan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> StartChoice:
        return self._choices[max(0, self.group.checkedId())]


class LibraryDialog(QDialog):
    """The indicator library as RHK → IKI with check boxes; checking an RHK takes all its IKI."""

    def __init__(self, items: list[LibraryItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pustaka indikator"))
        self.resize(760, 480)
        self.tree = QTreeWidget(objectName="libraryTree")
        self.tree.setHeaderLabels([self.tr("RHK / Indikator"), self.tr("Aspek"), self.tr("Target")])
        self.tree.setColumnWidth(0, 470)
        self._items: dict[int, LibraryItem] = {}
        self._fill(items)
        buttons = QDialogButtonBox()
        take = QPushButton(self.tr("Ambil yang dicentang"))
        take.setDefault(True)
        buttons.addButton(take, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Centang indikator yang akan dipakai (Spasi).")))
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def _fill(self, items: list[LibraryItem]) -> None:
        parents: dict[str, QTreeWidgetItem] = {}
        for n, item in enumerate(items):
            parent = parents.get(item.rhk)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [item.rhk])
                parent.setFlags(
                    parent.flags()
                    | Qt.ItemFlag.ItemIsAutoTristate
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                parent.setCheckState(0, Qt.CheckState.Unchecked)
                parents[item.rhk] = parent
            child = QTreeWidgetItem(parent, [item.indikator, aspek_label(item.aspek), item.target])
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, Qt.CheckState.Unchecked)
            child.setData(0, Qt.ItemDataRole.UserRole, n)
            self._items[n] = item
        self.tree.expandAll()

    def chosen(self) -> list[LibraryItem]:
        out = []
        for top in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(top)
            for n in range(parent.childCount()):
                child = parent.child(n)
                if child.checkState(0) == Qt.CheckState.Checked:
                    out.append(self._items[child.data(0, Qt.ItemDataRole.UserRole)])
        return out
