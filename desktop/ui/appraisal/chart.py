"""The distribution curve of a unit's predikat against the organisation's quota (QPainter only).

Bars follow the printed form's x-axis: Sangat Kurang · Kurang/Misconduct · Butuh Perbaikan ·
Baik · Sangat Baik. Each quota of ``core.distribution.QUOTAS[capaian]`` is drawn as a dashed
line at ``Quota.limit(total)`` across the bars it counts: red for a maximum, blue for a minimum.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.appraisal import CapaianOrganisasi, Predikat
from desktop.core.distribution import QUOTAS, Bound, check_distribution
from desktop.ui.appraisal.labels import PREDIKAT_COLOURS
from desktop.ui.formatting import format_count

AXIS = (
    Predikat.SANGAT_KURANG,
    Predikat.KURANG,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.BAIK,
    Predikat.SANGAT_BAIK,
)
_MAX_COLOUR = QColor("#c5221f")
_MIN_COLOUR = QColor("#1a56c4")
_GRID = QColor("#dadce0")
_TEXT = QColor("#202124")


@dataclass(frozen=True)
class Marker:
    """One quota line: the bars it spans (axis positions), its height and its caption."""

    first: int
    last: int
    limit: int
    bound: Bound
    breached: bool

    def caption(self) -> str:
        return f"{'≤' if self.bound is Bound.MAX else '≥'} {self.limit}"


def quota_markers(capaian: CapaianOrganisasi | None, counts: dict[Predikat, int]) -> list[Marker]:
    """The quota lines to draw for ``capaian`` and the current counts."""
    if capaian is None:
        return []
    total = sum(counts.values())
    broken = {b.quota for b in check_distribution(capaian, counts)}  # as the warnings say
    markers = []
    for quota in QUOTAS[capaian]:
        positions = sorted(AXIS.index(p) for p in quota.predikat)
        limit = quota.limit(total)
        markers.append(Marker(positions[0], positions[-1], limit, quota.bound, quota in broken))
    return markers


class DistributionChart(QWidget):
    """Five bars with counts, the curve through their tops, and the quota lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributionChart")
        self.setMinimumSize(240, 210)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._counts: dict[Predikat, int] = {p: 0 for p in Predikat}
        self._markers: list[Marker] = []
        self.setAccessibleName(self.tr("Kurva distribusi predikat"))

    def sizeHint(self) -> QSize:
        return QSize(270, 230)

    def set_data(self, counts: dict[Predikat, int], capaian: CapaianOrganisasi | None) -> None:
        self._counts = {p: counts.get(p, 0) for p in Predikat}
        self._markers = quota_markers(capaian, self._counts)
        self.setAccessibleDescription(
            ", ".join(f"{p.label}: {format_count(self._counts[p])}" for p in AXIS)
        )
        self.setToolTip("\n".join(f"{p.label}: {format_count(self._counts[p])}" for p in AXIS))
        self.update()

    def counts(self) -> list[tuple[str, int]]:
        """(label, count) along the x-axis, as drawn."""
        return [(p.label, self._counts[p]) for p in AXIS]

    def markers(self) -> list[Marker]:
        return list(self._markers)

    # -- painting -----------------------------------------------------------------------------
    def _plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        bottom = 2 * fm.height() + 10  # two-line axis labels
        return QRectF(
            10, fm.height() + 8, self.width() - 20, self.height() - bottom - fm.height() - 12
        )

    def _scale(self) -> int:
        top = max([*self._counts.values(), *(m.limit for m in self._markers), 1])
        return top + max(1, round(top * 0.15))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot_rect()
        slot = plot.width() / len(AXIS)
        scale = self._scale()
        painter.setPen(QPen(_GRID, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        tops = [self._draw_bar(painter, plot, slot, scale, n, p) for n, p in enumerate(AXIS)]
        self._draw_curve(painter, tops)
        for marker in self._markers:
            self._draw_marker(painter, plot, slot, scale, marker)
        painter.end()

    def _draw_curve(self, painter: QPainter, tops: list[QPointF]) -> None:
        """The distribution curve through the bar tops (a smooth line, as on the form)."""
        path = QPainterPath(tops[0])
        for start, end in pairwise(tops):
            middle = (start.x() + end.x()) / 2
            path.cubicTo(QPointF(middle, start.y()), QPointF(middle, end.y()), end)
        painter.setPen(QPen(QColor(95, 99, 104, 150), 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _draw_bar(
        self, painter: QPainter, plot: QRectF, slot: float, scale: int, n: int, predikat: Predikat
    ) -> QPointF:
        count = self._counts[predikat]
        height = plot.height() * count / scale
        bar = QRectF(
            plot.left() + n * slot + slot * 0.2, plot.bottom() - height, slot * 0.6, height
        )
        painter.fillRect(bar, PREDIKAT_COLOURS[predikat])
        fm = self.fontMetrics()
        painter.setPen(_TEXT)
        painter.drawText(
            QRectF(bar.left() - 10, bar.top() - fm.height() - 2, bar.width() + 20, fm.height()),
            Qt.AlignmentFlag.AlignCenter,
            format_count(count),
        )
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.8)
        painter.setFont(small)
        # each label keeps to its own slot (a 2-pixel gap between neighbours); a line too long
        # for it is shortened ("Misconduct" → "Miscon…"): the tooltip and the accessible
        # description carry the full names
        room = max(slot - 2, 1.0)
        label = QRectF(plot.left() + n * slot + 1, plot.bottom() + 4, room, 2 * fm.height())
        painter.drawText(
            label,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            fit_lines(_two_lines(predikat.label), painter.fontMetrics(), int(room)),
        )
        painter.setFont(self.font())
        return QPointF(bar.center().x(), bar.top())

    def _draw_marker(
        self, painter: QPainter, plot: QRectF, slot: float, scale: int, marker: Marker
    ) -> None:
        colour = _MAX_COLOUR if marker.bound is Bound.MAX else _MIN_COLOUR
        y = plot.bottom() - plot.height() * marker.limit / scale
        left = plot.left() + marker.first * slot + slot * 0.08
        right = plot.left() + (marker.last + 1) * slot - slot * 0.08
        pen = QPen(colour, 2.5 if marker.breached else 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        font = QFont(self.font())
        font.setBold(marker.breached)
        painter.setFont(font)
        fm = painter.fontMetrics()
        text = marker.caption()
        below = marker.bound is Bound.MIN and y + 2 + fm.height() <= plot.bottom()
        top = y + 2 if below else y - fm.height() - 2  # a minimum below its line when it fits,
        # never over the axis labels; above a bar's count that sits on the line
        counts = [self._counts[AXIS[n]] for n in range(marker.first, marker.last + 1)]
        tops = [plot.bottom() - plot.height() * c / scale for c in counts]
        if not below and any(abs(t - y) < fm.height() for t in tops):
            top -= fm.height()
        if not below:  # nor over the count printed above a bar under the caption
            digits = self.fontMetrics().height()
            for bar_top in sorted(tops, reverse=True):  # lowest bar first, then up
                label_top = bar_top - digits - 2
                if top < bar_top and top + fm.height() > label_top:
                    top = label_top - fm.height() - 1
        box = QRectF(
            right - fm.horizontalAdvance(text) - 6, top, fm.horizontalAdvance(text) + 6, fm.height()
        )
        painter.fillRect(box, QColor(255, 255, 255, 220))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(self.font())


def fit_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """Each line of ``text`` shortened with "…" to ``width`` pixels where it is wider."""
    elide = Qt.TextElideMode.ElideRight
    return "\n".join(metrics.elidedText(line, elide, width) for line in text.split("\n"))


def _two_lines(label: str) -> str:
    """Axis labels on two short lines ("Butuh\nPerbaikan", "Kurang/\nMisconduct") so
    neighbours never run into each other on a narrow panel."""
    if "/" in label:
        first, rest = label.split("/", 1)
        return f"{first}/\n{rest}"
    return label.replace(" ", "\n", 1)
