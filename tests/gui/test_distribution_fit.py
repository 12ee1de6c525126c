"""The distribution panel under the unit tree never overprints itself on a 768-pixel screen
(it scrolls), and the chart's axis labels keep to their own bars."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtGui import QFontMetrics

from desktop.core.appraisal import CapaianOrganisasi, Predikat
from desktop.ui.appraisal.chart import fit_lines
from desktop.ui.appraisal.distribution_panel import DistributionPanel

BROKEN = {Predikat.BAIK: 18, Predikat.BUTUH_PERBAIKAN: 1}


def test_warning_quota_and_chart_never_overlap_in_a_short_panel(qtbot):
    panel = DistributionPanel()
    qtbot.addWidget(panel)
    panel.resize(330, 300)  # what the column under the unit tree has at 1024×768
    panel.show()
    panel.chart.set_data(BROKEN, CapaianOrganisasi.BAIK)
    panel.quota_label.setText("Kuota (capaian Baik): " + "Baik ≤ 70 %; " * 6)
    panel.quota_label.show()
    panel._show("warning", "⚠ Kuota 'Baik ≤ 70 %' terlampaui: 18 orang, batas 13.")
    shown = [panel.title, panel.warnings, panel.chart, panel.quota_label, panel.pending]

    def apart() -> bool:
        boxes = [w.geometry() for w in shown]
        return all(upper.bottom() < lower.top() for upper, lower in pairwise(boxes))

    qtbot.waitUntil(apart)
    assert panel.scroll.verticalScrollBar().maximum() > 0  # scrolls instead of overprinting
    assert panel.chart.height() >= panel.chart.minimumHeight()
    assert panel.warnings.geometry().top() < panel.chart.geometry().top()  # seen first


def test_axis_labels_are_shortened_to_their_slot(qtbot):
    panel = DistributionPanel()
    qtbot.addWidget(panel)
    metrics = QFontMetrics(panel.font())
    room = metrics.horizontalAdvance("Kurang/") + 2
    text = fit_lines("Kurang/\nMisconduct", metrics, room)
    first, second = text.split("\n")
    assert first == "Kurang/"
    assert second.endswith("…") and second != "Misconduct"
    assert metrics.horizontalAdvance(second) <= room
    assert fit_lines("Sangat\nBaik", metrics, 200) == "Sangat\nBaik"
