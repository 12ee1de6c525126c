"""Realisasi as an appraiser would write it against an IKI target, per period and rating.

A count target ("1200 berkas") is a yearly total, so a quarter shows its share; a percentage
or an index ("≥ 95 %", "≥ 85") is reported as the value reached; a time limit ("≤ 3 hari
kerja") improves when it goes down. Above expectations reads a little over the target, below
clearly under it.
"""

from __future__ import annotations

import re

from desktop.demo.rand import DemoRandom

_TARGET = re.compile(r"^(≤|≥)?\s*(\d+(?:[.,]\d+)?)\s*(.*)$")
_HIGHER = {"di_atas": (1.08, 1.25), "sesuai": (1.0, 1.04), "di_bawah": (0.65, 0.88)}
_LOWER = {"di_atas": (0.7, 0.9), "sesuai": (0.92, 1.0), "di_bawah": (1.15, 1.5)}  # "≤" targets
_WORDS = {"di_atas": "Melampaui rencana", "sesuai": "Tercapai sesuai rencana",
          "di_bawah": "Belum tercapai"}  # fmt: skip
_TIME_UNITS = ("hari", "menit", "jam")
_SMALL_COUNT = 8  # below this a yearly count is reported as progress


def number(value: float, decimals: int = 1) -> str:
    """Indonesian decimal comma, without a trailing ",0"."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    return text.replace(".", ",")


def realisasi(
    rng: DemoRandom, target: str, quarter: int, level: str, *, annual: bool = False
) -> str:
    """The realisasi of one IKI in quarter 1–4 (or the whole year: ``annual``) for a Rating
    Hasil Kerja ``level``."""
    match = _TARGET.match(target.strip())
    if match is None:
        if target.strip() == "WTP":
            return "WTP" if level != "di_bawah" else "WDP"
        return _WORDS[level]
    sign, raw, unit = match[1], float(match[2].replace(",", ".")), match[3].strip()
    rate = " per " in f" {unit} "
    if sign is None and not rate and unit.split(" ")[0] in _TIME_UNITS:  # "1 hari kerja"
        sign = "≤"
    factor = rng.uniform(*(_LOWER if sign == "≤" else _HIGHER)[level])
    if unit.startswith("%"):
        return f"{number(min(100.0, raw * factor) if sign != '≤' else raw * factor)} %"
    if sign == "≤":
        return f"{number(raw * factor)} {unit}".strip()
    if sign == "≥" or not unit or rate:  # an index or a rate, not a yearly total
        value = min(100.0, raw * factor) if raw <= 100 and not unit else raw * factor
        return f"{number(value)} {unit}".strip()
    months = 12 if annual else 3
    if unit.startswith("bulan"):  # "12 bulan": the period's months, reported on time or not
        return f"{months if level != 'di_bawah' else months - 1} bulan tepat waktu"
    if raw < _SMALL_COUNT:
        progress = min(100, round(25 * (4 if annual else quarter) * factor))
        return f"{progress} % dari target tahunan"
    return f"{max(0, round(raw / (1 if annual else 4) * factor))} {unit}"
