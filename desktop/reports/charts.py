"""Charts of the predikat distribution: the reference curve an evaluation prints under POLA
DISTRIBUSI, and the rekap's bars of the real distribution against the organisation's quota.

The x-axis runs as on the official form: Sangat Kurang · Kurang/Misconduct · Butuh Perbaikan ·
Baik · Sangat Baik. Drawn with reportlab's vector graphics, so they print sharp at any size.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from desktop.core.appraisal import CapaianOrganisasi
from desktop.core.distribution import QUOTAS, Bound, Quota, rules
from desktop.reports import fonts, labels

# Illustrative shapes (percent of staff, worst predikat first) of the allowed distribution for
# each capaian: the peak sits where SE MenPANRB 3/2023 puts most people.
SHAPES: dict[str, tuple[float, ...]] = {
    "istimewa": (2, 5, 13, 30, 50),
    "baik": (3, 8, 17, 62, 10),
    "butuh_perbaikan": (8, 15, 62, 11, 4),
    "kurang": (12, 62, 16, 7, 3),
    "sangat_kurang": (62, 20, 11, 5, 2),
}
AXIS = ("Sangat Kurang", "Kurang/ Misconduct", "Butuh Perbaikan", "Baik", "Sangat Baik")
INK = colors.black
FILL = colors.Color(0.85, 0.85, 0.85)
BAR = colors.Color(0.45, 0.45, 0.45)
LIMIT = colors.Color(0.75, 0, 0)


def _smooth(points: list[tuple[float, float]], steps: int = 12) -> list[tuple[float, float]]:
    """Catmull-Rom through the points: a curve like the one drawn on the official form."""
    out: list[tuple[float, float]] = []
    padded = [points[0], *points, points[-1]]
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1], padded[i], padded[i + 1], padded[i + 2]
        for s in range(steps):
            t = s / steps
            out.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t * t
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t**3
                    )
                    for k in (0, 1)
                )
            )
    out.append(points[-1])
    return out


def _axis(d: Drawing, left: float, bottom: float, width: float, size: float) -> list[float]:
    """The x-axis with its five labels; returns the centre x of each category."""
    d.add(Line(left, bottom, left + width, bottom, strokeColor=INK, strokeWidth=0.6))
    step = width / 5
    centres = [left + step * (i + 0.5) for i in range(5)]
    for x, text in zip(centres, AXIS, strict=True):
        for k, part in enumerate(text.split(" ", 1) if len(text) > 12 else [text]):
            d.add(
                String(
                    x,
                    bottom - size - 2 - k * (size + 1),
                    part,
                    fontName=fonts.REGULAR,
                    fontSize=size,
                    textAnchor="middle",
                )
            )
    return centres


def reference_curve(capaian: str, width: float, height: float) -> Drawing:
    """The curve for the organisation's capaian (empty axis when none is set)."""
    fonts.register_fonts()
    d = Drawing(width, height)
    size = 6.5
    bottom, top = 2 * size + 6, height - 4
    centres = _axis(d, 4, bottom, width - 8, size)
    shape = SHAPES.get(capaian)
    if shape is None:
        return d
    peak = max(shape)
    points = [(x, bottom + (top - bottom) * v / peak) for x, v in zip(centres, shape, strict=True)]
    curve = [(x, max(bottom, y)) for x, y in _smooth(points)]
    area = [centres[0], bottom] + [c for p in curve for c in p] + [centres[-1], bottom]
    d.add(Polygon(area, fillColor=FILL, strokeColor=None))
    d.add(PolyLine([c for p in curve for c in p], strokeColor=INK, strokeWidth=1))
    return d


def quota_lines(capaian: str) -> list[str]:
    """The quotas of the capaian in the words printed under the charts."""
    return [quota_text(q) for q in rules(CapaianOrganisasi(capaian))] if capaian else []


def quota_text(quota: Quota) -> str:
    names = " atau ".join(labels.predikat(p.value) for p in quota.predikat)
    if quota.at_least_one:
        return f"{names}: paling sedikit 1 orang"
    if quota.largest:
        return f"{names}: sebagian besar (predikat terbanyak)"
    if quota.bound is Bound.MAX and quota.pct == 0:
        return f"{names}: tidak ada"
    word = "paling banyak" if quota.bound is Bound.MAX else "paling sedikit"
    return f"{names}: {word} {quota.pct:g} %"


def distribution_bars(counts: dict[str, int], capaian: str, width: float, height: float) -> Drawing:
    """Bars of the real distribution (percent of those rated), the reference curve behind
    them, and the quota limits as red dashes over the predikat they bind."""
    fonts.register_fonts()
    d = Drawing(width, height)
    size = 7
    left, bottom, top = 26, 2 * size + 8, height - 6
    plot_w = width - left - 6
    centres = _axis(d, left, bottom, plot_w, size)
    total = sum(counts.values())
    scale = (top - bottom) / 100
    for tick in (0, 25, 50, 75, 100):
        y = bottom + tick * scale
        d.add(Line(left - 3, y, left, y, strokeColor=INK, strokeWidth=0.5))
        d.add(
            String(
                left - 5,
                y - 2.5,
                f"{tick} %",
                fontName=fonts.REGULAR,
                fontSize=size - 1,
                textAnchor="end",
            )
        )
    d.add(Line(left, bottom, left, top, strokeColor=INK, strokeWidth=0.6))
    bar_w = plot_w / 5 * 0.5
    for x, code in zip(centres, labels.CURVE_ORDER, strict=True):
        n = counts.get(code, 0)
        pct = 100 * n / total if total else 0
        d.add(
            Rect(
                x - bar_w / 2,
                bottom,
                bar_w,
                pct * scale,
                fillColor=BAR,
                strokeColor=INK,
                strokeWidth=0.4,
            )
        )
        d.add(
            String(
                x,
                bottom + pct * scale + 2,
                f"{n} ({pct:.0f} %)",
                fontName=fonts.BOLD,
                fontSize=size - 0.5,
                textAnchor="middle",
            )
        )
    if capaian:
        for quota in QUOTAS[CapaianOrganisasi(capaian)]:
            if quota.at_least_one:
                continue
            xs = [centres[labels.CURVE_ORDER.index(p.value)] for p in quota.predikat]
            y = bottom + quota.pct * scale
            d.add(
                Line(
                    min(xs) - bar_w * 0.9,
                    y,
                    max(xs) + bar_w * 0.9,
                    y,
                    strokeColor=LIMIT,
                    strokeWidth=1.2,
                    strokeDashArray=[3, 2],
                )
            )
            sign = "≤" if quota.bound is Bound.MAX else "≥"
            d.add(
                String(
                    max(xs) + bar_w * 0.95,
                    y + 1.5,
                    f"{sign} {quota.pct:g} %",
                    fontName=fonts.BOLD,
                    fontSize=size - 1,
                    fillColor=LIMIT,
                )
            )
    return d
