"""Golongan paths and jenjang: how a demo career moves through the ranks.

Regular promotion (kenaikan pangkat) comes every four years or so, on 1 April or 1 October, up
to a ceiling set by education and post; a fungsional's jenjang follows the golongan reached.
Heads are built backwards from the golongan their post needs (IV/c for a kepala dinas).
"""

from __future__ import annotations

from datetime import date

from desktop.core.angka_kredit import JENJANG_NAMA as JENJANG_NAMA  # re-exported
from desktop.core.models import JenisJabatan
from desktop.core.staff_rules import PNS_GOLONGAN
from desktop.demo.rand import DemoRandom, add_months, add_years

REFERENCE = date(2026, 1, 2)  # the demo's "today": every date in it lies before
LAST_KP = date(2025, 10, 1)  # the last promotion period before REFERENCE
INDEX = {g: i for i, g in enumerate(PNS_GOLONGAN)}
INTERVALS = (3, 4, 4, 4, 4, 5, 5, 6)

START = {"SMA": "II/a", "D3": "II/c", "D4": "III/a", "S1": "III/a", "S2": "III/a", "S3": "III/a"}
PELAKSANA_CAP = {"SMA": "III/b", "D3": "III/c", "D4": "III/d", "S1": "III/d", "S2": "IV/a"}
HEAD_RANGE = {
    JenisJabatan.JPT: ("IV/c", "IV/c", "IV/d"),
    JenisJabatan.ADMINISTRATOR: ("III/d", "IV/a", "IV/a", "IV/b"),
    JenisJabatan.PENGAWAS: ("III/c", "III/d", "III/d"),
}
PPPK_GOLONGAN = {
    "pemula": ("V",), "terampil": ("VII",), "mahir": ("VIII",), "penyelia": ("IX",),
    "ahli_pertama": ("IX", "IX", "IX", "X"), "ahli_muda": ("X", "XI"),
    "SMA": ("V",), "D3": ("VII",), "D4": ("IX",), "S1": ("IX",), "S2": ("X",),
}  # fmt: skip

Path = list[tuple[str, date]]


def next_kp(d: date) -> date:
    """The first promotion date (1 April or 1 October) on or after ``d``."""
    for candidate in (date(d.year, 4, 1), date(d.year, 10, 1), date(d.year + 1, 4, 1)):
        if candidate >= d:
            return candidate
    raise AssertionError("unreachable")


def promotions(rng: DemoRandom, start: str, cap: str, tmt_cpns: date, end: date) -> Path:
    """Golongan from ``start`` at TMT CPNS, one step every few years, until ``cap`` or ``end``."""
    path = [(start, tmt_cpns)]
    i, when = INDEX[start], tmt_cpns
    while i < INDEX[cap]:
        when = next_kp(add_years(when, rng.item(INTERVALS)))
        if when > end:
            break
        i += 1
        path.append((PNS_GOLONGAN[i], when))
    return path


def path_to(rng: DemoRandom, start: str, target: str, *, regular: bool = False) -> Path:
    """A path that reaches ``target`` at a recent promotion date, built backwards.

    ``regular`` uses four-year steps and a latest promotion, the shortest plausible career,
    for when the random one would make the head older than the retirement age.
    """
    steps = INDEX[target] - INDEX[start]
    when = add_months(LAST_KP, 0 if regular else -6 * rng.randint(0, 6))
    path = [(target, when)]
    for k in range(1, steps + 1):
        when = add_years(when, -(4 if regular else rng.item(INTERVALS)))
        path.insert(0, (PNS_GOLONGAN[INDEX[target] - k], when))
    # The first row is the TMT CPNS: up to five months earlier, off the 1 April/October grid.
    path[0] = (start, add_months(path[0][1], -rng.randint(0, 5)))
    return path


def jenjang_for(golongan: str, ahli: bool) -> str:
    """The jenjang a fungsional holds at a golongan (keahlian from III/a, keterampilan II/a)."""
    i = INDEX[golongan]
    if ahli:
        if i < INDEX["III/c"]:
            return "ahli_pertama"
        if i < INDEX["IV/a"]:
            return "ahli_muda"
        return "ahli_madya" if i < INDEX["IV/d"] else "ahli_utama"
    if i < INDEX["II/b"]:
        return "pemula"
    if i < INDEX["III/a"]:
        return "terampil"
    return "mahir" if i < INDEX["III/c"] else "penyelia"


def fungsional_cap(pendidikan: str, ahli: bool) -> str:
    if ahli:
        return "IV/c" if pendidikan in ("S2", "S3") else "IV/b"
    return "III/b" if pendidikan == "SMA" else "III/d"
