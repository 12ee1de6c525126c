"""Beside the workspace table: the distribution chart, the quota in words, and the warnings.

Warnings are amber and never block; a curve within the quota says so in green; without a
capaian the panel says it is not set yet. Everything sits in a scroll area: a broken quota adds
a warning box, and on a 768-pixel screen the column under the unit tree is not tall enough for
it, the chart and the quota text at once (they overprinted before; now the panel scrolls).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core.appraisal import CapaianOrganisasi, Predikat
from desktop.core.distribution import distribution_note, rules
from desktop.store.workspace import Workspace
from desktop.ui.appraisal.chart import DistributionChart
from desktop.ui.formatting import format_count

_STYLES = {
    "warning": "QLabel { background: #fff4d6; color: #7a4f00; border: 1px solid #f0c36d; "
    "border-radius: 4px; padding: 6px; }",
    "ok": "QLabel { background: #e6f4ea; color: #1e6b2e; border: 1px solid #a8d5b5; "
    "border-radius: 4px; padding: 6px; }",
    "none": "QLabel { background: #f1f3f4; color: #3c4043; border: 1px solid #dadce0; "
    "border-radius: 4px; padding: 6px; }",
}


class DistributionPanel(QFrame):
    """``show_workspace(ws)`` redraws the chart and the warning list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributionPanel")
        self.title = QLabel(self.tr("<b>Kurva distribusi predikat kinerja pegawai</b>"))
        self.title.setWordWrap(True)
        self.chart = DistributionChart()
        self.quota_label = QLabel(objectName="quotaLabel")
        self.quota_label.setWordWrap(True)
        self.quota_label.setStyleSheet("QLabel { color: #5f6368; }")
        self.pending = QLabel(objectName="pendingLabel")
        self.pending.setWordWrap(True)
        self.pending.setStyleSheet("QLabel { color: #5f6368; }")
        self.warnings = QLabel(objectName="distributionWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body = QWidget(objectName="distributionBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 0, 4, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.warnings)  # first: a broken quota is what must be seen
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.quota_label)
        layout.addWidget(self.pending)
        layout.addStretch(0)
        self.scroll = QScrollArea(objectName="distributionScroll")
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.state = "none"

    def show_workspace(self, ws: Workspace | None) -> None:
        counts = ws.counts if ws else {p: 0 for p in Predikat}
        capaian = ws.capaian if ws else None
        self.chart.set_data(counts, capaian)
        self.quota_label.setText(self._quota_text(capaian))
        self.quota_label.setVisible(capaian is not None)
        pending = ws.not_set_count if ws else 0
        self.pending.setText(
            self.tr(
                "Termasuk %1 penilaian yang belum ditetapkan (masih dapat berubah).", "", pending
            ).replace("%1", format_count(pending))
        )
        self.pending.setVisible(pending > 0)
        if capaian is None:
            self._show("none", self.tr("Capaian kinerja organisasi belum ditetapkan"))
        elif note := distribution_note(counts):  # one or two people: no percentage applies
            self._show("none", note)
        elif ws is not None and ws.breaches:
            self._show("warning", "\n".join(f"⚠ {b.message()}" for b in ws.breaches))
        elif not sum(counts.values()):
            self._show("none", self.tr("Belum ada pegawai yang dinilai pada periode ini"))
        else:
            self._show("ok", self.tr("✓ Distribusi sesuai kuota"))

    def _quota_text(self, capaian: CapaianOrganisasi | None) -> str:
        if capaian is None:
            return ""
        text = "; ".join(q.label() for q in rules(capaian))
        return self.tr("Kuota (capaian %1): %2").replace("%1", capaian.label).replace("%2", text)

    def _show(self, state: str, text: str) -> None:
        self.state = state
        self.warnings.setStyleSheet(_STYLES[state])
        self.warnings.setText(text)
