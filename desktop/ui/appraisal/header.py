"""The top of both editors: who is appraised, for which year or period, the workflow state as
a coloured badge, and the Pejabat Penilai Kinerja."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from desktop.core.nip import format_nip
from desktop.core.skp import Pejabat
from desktop.ui.appraisal.context import Employee
from desktop.ui.appraisal.labels import badge_style


class EditorHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorHeader")
        self.setStyleSheet(
            "#editorHeader { background: #f8f9fa; border: 1px solid #dadce0; border-radius: 4px; }"
        )
        self.name = QLabel(objectName="headerName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name.setFont(font)
        self.identity = QLabel(objectName="headerIdentity")
        self.when = QLabel(objectName="headerWhen")
        self.when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.badge = QLabel(objectName="statusBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.penilai = QLabel(objectName="headerPenilai")
        self.penilai.setWordWrap(True)
        self.penilai.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.when, 0, 1)
        grid.addWidget(self.badge, 0, 2)
        grid.addWidget(self.identity, 1, 0, 1, 3)
        grid.addWidget(self.penilai, 2, 0, 1, 3)
        grid.setColumnStretch(0, 1)

    def show_header(
        self, employee: Employee, when: str, state: str, state_text: str, penilai: Pejabat
    ) -> None:
        self.name.setText(employee.nama)
        self.identity.setText(
            self.tr("NIP %1 · %2")
            .replace("%1", format_nip(employee.nip))
            .replace("%2", employee.jabatan or "—")
        )
        self.when.setText(when)
        self.badge.setText(state_text)
        self.badge.setStyleSheet(badge_style(state))
        self.penilai.setText(self.penilai_text(penilai))

    def penilai_text(self, penilai: Pejabat) -> str:
        if not penilai.nama:
            return self.tr("Pejabat Penilai Kinerja: belum ada (tetapkan kepala unit atau atasan)")
        parts = [penilai.nama]
        if penilai.nip:
            parts.append(self.tr("NIP %1").replace("%1", format_nip(penilai.nip)))
        if penilai.jabatan:
            parts.append(penilai.jabatan)
        return self.tr("Pejabat Penilai Kinerja: %1").replace("%1", " · ".join(parts))
