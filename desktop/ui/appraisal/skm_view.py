"""How a unit's Survei Kepuasan Masyarakat looks in the appraisal screens: the headline
(index, mutu, period, respondents against the minimum sample), the weakest unsur, a small
trend chart across periods, and the evaluation's evidence box with the one-click fill of the
IKI measured by the survey."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.skm import (
    MUTU_FLOORS,
    UNSUR,
    Mutu,
    SkmResult,
    evidence_text,
    is_skm_indicator,
    period_label,
    realisasi_text,
)
from desktop.store.skm import SkmEvidence
from desktop.ui.appraisal.realisasi_table import BUKTI, INDIKATOR, REALISASI, RealisasiTable
from desktop.ui.formatting import format_count, format_decimal

MUTU_COLORS = {
    Mutu.A: ("#e6f4ea", "#1e6b2e"),
    Mutu.B: ("#e8f0fe", "#1a4d8f"),
    Mutu.C: ("#fff4d6", "#7a4f00"),
    Mutu.D: ("#fdecea", "#a3261c"),
}
_NONE = ("#f1f3f4", "#3c4043")


def headline_style(result: SkmResult | None) -> str:
    background, ink = MUTU_COLORS[result.mutu] if result else _NONE
    return (
        f"QLabel {{ background: {background}; color: {ink}; border: 1px solid {ink}; "
        "border-radius: 4px; padding: 6px; }"
    )


class SkmSummary(QWidget):
    """The headline, the sample line and the weakest unsur of one survey (or "none yet")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel(objectName="skmHeadline")
        self.headline.setWordWrap(True)
        self.detail = QLabel(objectName="skmDetail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("QLabel { color: #5f6368; }")
        self.weakest = QLabel(objectName="skmWeakest")
        self.weakest.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.headline, self.detail, self.weakest):
            layout.addWidget(widget)

    def show_evidence(self, evidence: SkmEvidence | None) -> None:
        result = evidence.result if evidence else None
        self.headline.setStyleSheet(headline_style(result))
        if evidence is None or result is None or evidence.survey is None:
            self.headline.setText(self.tr("Belum ada hasil SKM untuk periode ini"))
            self.detail.setText(
                self.tr(
                    "Impor jawaban responden atau ketik rekapnya (PermenPANRB 14/2017: "
                    "sembilan unsur, jawaban 1–4)."
                )
            )
            self.weakest.hide()
            return
        survey = evidence.survey
        self.headline.setText(
            self.tr("<b>IKM %1</b> · mutu %2 (%3)")
            .replace("%1", format_decimal(result.konversi, 2))
            .replace("%2", result.mutu.value)
            .replace("%3", result.mutu.kinerja)
        )
        self.detail.setText(self._detail(result, period_label(survey.periode, survey.tahun)))
        full = [f"{UNSUR[n - 1].kode} {UNSUR[n - 1].nama}" for n in result.weakest]
        names = full[0] if len(full) == 1 else ", ".join(UNSUR[n - 1].kode for n in result.weakest)
        self.weakest.setToolTip("\n".join(full))
        self.weakest.setText(
            self.tr("Unsur terendah: %1 (NRR %2)")
            .replace("%1", names)
            .replace("%2", format_decimal(result.nrr[result.weakest[0] - 1], 3))
        )
        self.weakest.show()

    def _detail(self, result: SkmResult, when: str) -> str:
        text = self.tr("%1 · %2 responden").replace("%1", when)
        text = text.replace("%2", format_count(result.responden))
        if result.minimum is None:
            return text + self.tr(" (populasi belum diisi)")
        verdict = self.tr("cukup") if result.enough else self.tr("KURANG dari sampel minimal")
        minimum = self.tr(" · minimal %1: %2").replace("%1", format_count(result.minimum))
        return text + minimum.replace("%2", verdict)


class TrendChart(QWidget):
    """The converted index per period as a small line chart with the grade edges."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skmTrend")
        self.setMinimumHeight(72)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.points: list[tuple[str, float, Mutu]] = []

    def set_points(self, points: list[tuple[str, float, Mutu]]) -> None:
        self.points = points
        self.setAccessibleDescription(
            "; ".join(f"{label}: {format_decimal(value, 2)}" for label, value, _m in points)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(24, 8, -6, -18)
        low = min([60.0, *(v - 5 for _l, v, _m in self.points)])

        def y(value: float) -> float:
            return box.bottom() - (value - low) / (100 - low) * box.height()

        painter.setPen(QPen(QColor("#dadce0"), 1, Qt.PenStyle.DashLine))
        for floor, _mutu in MUTU_FLOORS:
            if float(floor) > low:
                painter.drawLine(
                    QPointF(box.left(), y(float(floor))), QPointF(box.right(), y(float(floor)))
                )
        painter.setPen(QColor("#5f6368"))
        painter.drawText(QPointF(0, y(100) + 4), "100")
        painter.drawText(QPointF(0, box.bottom() + 4), str(int(low)))
        if not self.points:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.tr("Belum ada tren"))
            return
        step = box.width() / len(self.points)
        xs = [box.left() + step * (i + 0.5) for i in range(len(self.points))]
        painter.setPen(QPen(QColor("#1a4d8f"), 2))
        line = [QPointF(x, y(p[1])) for x, p in zip(xs, self.points, strict=True)]
        for a, b in pairwise(line):
            painter.drawLine(a, b)
        for x, (label, value, mutu) in zip(xs, self.points, strict=True):
            painter.setBrush(QColor(MUTU_COLORS[mutu][1]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(x, y(value)), 3, 3)
            painter.setPen(QColor(MUTU_COLORS[mutu][1]))
            shown = format_decimal(value, 2)
            painter.drawText(QRectF(x - step / 2, y(value) - 18, step, 14),
                             Qt.AlignmentFlag.AlignHCenter, shown)  # fmt: skip
            painter.setPen(QColor("#3c4043"))
            painter.drawText(QRectF(x - step / 2, box.bottom() + 2, step, 16),
                             Qt.AlignmentFlag.AlignHCenter, label)  # fmt: skip


def trend_points(evidence: SkmEvidence | None) -> list[tuple[str, float, Mutu]]:
    """Short labels (``S1 '25``) with the converted index and grade, oldest first."""
    if evidence is None:
        return []
    short = {"S1": "S1", "S2": "S2", "TAHUNAN": "Th"}
    return [
        (f"{short[s.periode]} '{s.tahun % 100:02d}", float(r.konversi), r.mutu)
        for s, r in evidence.trend
    ]


class SkmEvidenceBox(QFrame):
    """The evaluation's SKM evidence; ``fill_requested`` when the appraiser asks to fill the
    IKI measured by the survey."""

    fill_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skmEvidence")
        self.title = QLabel(objectName="skmEvidenceTitle")
        self.title.setWordWrap(True)
        self.summary = SkmSummary()
        self.fill_button = QPushButton(self.tr("Isi realisasi IKM dari SKM"), objectName="skmFill")
        self.fill_button.setAutoDefault(False)
        self.fill_button.setToolTip(
            self.tr(
                "Mengisi realisasi indikator Indeks Kepuasan Masyarakat dengan hasil survei "
                "dan mencatat sumbernya di bukti dukung."
            )
        )
        self.fill_button.clicked.connect(self.fill_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.fill_button)
        self.evidence: SkmEvidence | None = None

    def show_evidence(self, evidence: SkmEvidence | None, *, editable: bool) -> None:
        self.evidence = evidence
        self.setVisible(evidence is not None)
        if evidence is None:
            return
        self.title.setText(
            self.tr("<b>Survei Kepuasan Masyarakat</b> · %1").replace("%1", evidence.unit_nama)
        )
        self.summary.show_evidence(evidence)
        self.fill_button.setEnabled(editable and evidence.result is not None)


def fill_realisasi(table: RealisasiTable, evidence: SkmEvidence) -> int:
    """Put the survey's index in the realisasi of every IKI the survey measures and say where
    it came from in the bukti dukung; returns how many rows were filled."""
    result, survey = evidence.result, evidence.survey
    if result is None or survey is None:
        return 0
    value = realisasi_text(result)
    source = evidence_text(result, evidence.unit_nama, survey.periode, survey.tahun)
    filled = 0
    grid = table.table
    for row in range(grid.rowCount()):
        indikator = grid.item(row, INDIKATOR)
        if indikator is None or not is_skm_indicator(indikator.text()):
            continue
        grid.item(row, REALISASI).setText(value)
        bukti = grid.item(row, BUKTI)
        lines = [line for line in bukti.text().splitlines() if not line.startswith("Hasil SKM ")]
        bukti.setText("\n".join([*lines, source]) if lines else source)
        filled += 1
    return filled
