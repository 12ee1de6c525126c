"""The talent map (9-box): kinerja × potensial → box, with each box's follow-up.

Boxes as in PermenPANRB 3/2020 (Manajemen Talenta ASN, lampiran) and Kepka BKN 411/2025:
potensial rendah / menengah / tinggi across, kinerja di bawah / sesuai / di atas ekspektasi
up; di bawah 1 3 6, sesuai 2 5 8, di atas 4 7 9. Boxes 7–9 form the kelompok rencana
suksesi (talent pool), unless the rekam jejak is not met. Missing input never gets a box:
the placement says "belum dipetakan" and why. The official map is BKN's; this is a draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.appraisal import Predikat
from desktop.core.i18n import language, pick
from desktop.core.talent.kinerja import Kinerja, kinerja_status
from desktop.core.talent.settings import TalentSettings
from desktop.core.talent.staff_ref import StaffRef

__all__ = [
    "BOXES",
    "POOL_BOXES",
    "Classified",
    "Classifier",
    "Kinerja",
    "Placement",
    "Potensial",
    "box_name",
    "box_of",
    "box_rekomendasi",
    "classify",
    "potensial_of",
    "reason_detail",
]


class Potensial(StrEnum):
    RENDAH = "rendah"
    MENENGAH = "menengah"
    TINGGI = "tinggi"

    @property
    def label(self) -> str:
        return {
            "rendah": pick("Potensial Rendah", "Low Potential"),
            "menengah": pick("Potensial Menengah", "Medium Potential"),
            "tinggi": pick("Potensial Tinggi", "High Potential"),
        }[self.value]


_GRID: dict[Kinerja, tuple[int, int, int]] = {
    Kinerja.DI_BAWAH: (1, 3, 6),
    Kinerja.SESUAI: (2, 5, 8),
    Kinerja.DI_ATAS: (4, 7, 9),
}
_POTENSIAL_ORDER = (Potensial.RENDAH, Potensial.MENENGAH, Potensial.TINGGI)
POOL_BOXES = (7, 8, 9)


def box_of(kinerja: Kinerja, potensial: Potensial) -> int:
    """The box number (1–9)."""
    return _GRID[kinerja][_POTENSIAL_ORDER.index(potensial)]


def axes_of(box: int) -> tuple[Kinerja, Potensial]:
    """The kinerja and potensial of a box (the inverse of ``box_of``)."""
    for kinerja, row in _GRID.items():
        if box in row:
            return kinerja, _POTENSIAL_ORDER[row.index(box)]
    raise ValueError(box)


# (name id, name en, follow-ups id, follow-ups en): PermenPANRB 3/2020 lampiran.
_R = tuple[str, str, tuple[str, ...], tuple[str, ...]]
BOXES: dict[int, _R] = {
    9: (
        "Kinerja di atas ekspektasi dan potensial tinggi",
        "Above-expectation performance, high potential",
        (
            "Dipromosikan dan dipertahankan",
            "Masuk kelompok rencana suksesi instansi/nasional",
            "Penghargaan",
        ),
        ("Promote and retain", "Include in the agency/national succession pool", "Award"),
    ),
    8: (
        "Kinerja sesuai ekspektasi dan potensial tinggi",
        "Meets-expectation performance, high potential",
        (
            "Dipertahankan",
            "Masuk kelompok rencana suksesi instansi",
            "Rotasi/perluasan jabatan",
            "Bimbingan kinerja",
        ),
        (
            "Retain",
            "Include in the agency succession pool",
            "Rotation/job enlargement",
            "Performance guidance",
        ),
    ),
    7: (
        "Kinerja di atas ekspektasi dan potensial menengah",
        "Above-expectation performance, medium potential",
        (
            "Dipertahankan",
            "Masuk kelompok rencana suksesi instansi",
            "Rotasi/pengayaan jabatan",
            "Pengembangan kompetensi",
            "Tugas belajar",
        ),
        (
            "Retain",
            "Include in the agency succession pool",
            "Rotation/job enrichment",
            "Competence development",
            "Study assignment",
        ),
    ),
    6: (
        "Kinerja di bawah ekspektasi dan potensial tinggi",
        "Below-expectation performance, high potential",
        ("Penempatan yang sesuai", "Bimbingan kinerja", "Konseling kinerja"),
        ("Suitable placement", "Performance guidance", "Performance counselling"),
    ),
    5: (
        "Kinerja sesuai ekspektasi dan potensial menengah",
        "Meets-expectation performance, medium potential",
        ("Penempatan yang sesuai", "Bimbingan kinerja", "Pengembangan kompetensi"),
        ("Suitable placement", "Performance guidance", "Competence development"),
    ),
    4: (
        "Kinerja di atas ekspektasi dan potensial rendah",
        "Above-expectation performance, low potential",
        ("Rotasi", "Pengembangan kompetensi"),
        ("Rotation", "Competence development"),
    ),
    3: (
        "Kinerja di bawah ekspektasi dan potensial menengah",
        "Below-expectation performance, medium potential",
        (
            "Bimbingan kinerja",
            "Konseling kinerja",
            "Pengembangan kompetensi",
            "Penempatan yang sesuai",
        ),
        (
            "Performance guidance",
            "Performance counselling",
            "Competence development",
            "Suitable placement",
        ),
    ),
    2: (
        "Kinerja sesuai ekspektasi dan potensial rendah",
        "Meets-expectation performance, low potential",
        ("Bimbingan kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai"),
        ("Performance guidance", "Competence development", "Suitable placement"),
    ),
    1: (
        "Kinerja di bawah ekspektasi dan potensial rendah",
        "Below-expectation performance, low potential",
        ("Diproses sesuai ketentuan peraturan perundang-undangan",),
        ("Handled under the applicable regulations",),
    ),
}


def box_name(box: int) -> str:
    """The box's category, e.g. "Kinerja di atas ekspektasi dan potensial tinggi"."""
    name_id, name_en, _, _ = BOXES[box]
    return pick(name_id, name_en)


def box_rekomendasi(box: int) -> tuple[str, ...]:
    """The box's follow-ups (rekomendasi), in the current language."""
    _, _, rec_id, rec_en = BOXES[box]
    return rec_en if language() == "en" else rec_id


def potensial_of(jpm: float, settings: TalentSettings) -> Potensial:
    """JPM ≥ jpm_tinggi → tinggi, ≥ jpm_menengah → menengah, else rendah."""
    if jpm >= settings.jpm_tinggi:
        return Potensial.TINGGI
    if jpm >= settings.jpm_menengah:
        return Potensial.MENENGAH
    return Potensial.RENDAH


def asesmen_valid_from(year: int, settings: TalentSettings) -> date:
    """The oldest assessment date still used for the map of ``year``: no more than
    ``asesmen_berlaku_tahun`` years before 31 December of ``year``."""
    return date(year - settings.asesmen_berlaku_tahun, 12, 31)


UNMAPPED_PREFIX = ("belum dipetakan: ", "not mapped: ")


def reason_detail(reason: str) -> str:
    """The reason without its "belum dipetakan: " lead, for a column already headed so."""
    for prefix in UNMAPPED_PREFIX:
        if reason.startswith(prefix):
            return reason[len(prefix) :]
    return reason


@dataclass(frozen=True)
class Classified:
    """The outcome of the rules for one person (no identity; the store adds it)."""

    box: int | None
    kinerja: Kinerja | None
    potensial: Potensial | None
    reason: str


def _potensial_reason(
    year: int, asesmen: tuple[date, float] | None, settings: TalentSettings
) -> tuple[Potensial | None, str]:
    if asesmen is None:
        return None, pick("belum ada hasil asesmen (JPM)", "no assessment result (JPM) yet")
    tanggal, jpm = asesmen
    if tanggal < asesmen_valid_from(year, settings):
        n = settings.asesmen_berlaku_tahun
        return None, pick(
            f"hasil asesmen {tanggal.year} kedaluwarsa (berlaku {n} tahun)",
            f"the {tanggal.year} assessment result has expired (valid {n} years)",
        )
    return potensial_of(jpm, settings), ""


def classify(
    year: int,
    predikat: tuple[Predikat | None, Predikat | None],
    asesmen: tuple[date, float] | None,
    settings: TalentSettings,
    tmt_cpns: date | None = None,
) -> Classified:
    """Box for the map of ``year`` from the predikat of (year-1, year) and the latest
    assessment on or before 31 Dec of ``year`` (date, JPM). Every missing input is named."""
    k = kinerja_status(year, predikat[0], predikat[1], settings.gabung_kinerja, tmt_cpns)
    potensial, p_reason = _potensial_reason(year, asesmen, settings)
    reasons = [r for r in (k.reason, p_reason) if r]
    if k.kinerja is None or potensial is None:
        prefix = pick(*UNMAPPED_PREFIX)
        return Classified(None, k.kinerja, potensial, prefix + "; ".join(reasons))
    return Classified(box_of(k.kinerja, potensial), k.kinerja, potensial, "")


class Classifier:
    """``classify`` for many people of one map: the outcome depends only on the two predikat,
    the assessment's band (or its absence / age) and, for a missing earlier year, the TMT
    CPNS, so each distinct combination is worked out once (50,000 people, a few dozen rules)."""

    def __init__(self, year: int, settings: TalentSettings) -> None:
        self.year, self.settings = year, settings
        self._valid_from = asesmen_valid_from(year, settings)
        self._cache: dict[tuple[object, ...], Classified] = {}

    def __call__(
        self,
        predikat: tuple[Predikat | None, Predikat | None],
        asesmen: tuple[date, float] | None,
        tmt_cpns: date | None = None,
    ) -> Classified:
        band: object = None
        if asesmen is not None:
            tanggal, jpm = asesmen
            band = tanggal.year if tanggal < self._valid_from else potensial_of(jpm, self.settings)
        key = (predikat, band, tmt_cpns if predikat[0] is None else None)
        found = self._cache.get(key)
        if found is None:
            found = classify(self.year, predikat, asesmen, self.settings, tmt_cpns)
            self._cache[key] = found
        return found


@dataclass(frozen=True)
class Placement(StaffRef):
    """One person on the map of a year (or not placed, with ``reason``)."""

    box: int | None
    kinerja: Kinerja | None
    potensial: Potensial | None
    jpm: float | None
    predikat: tuple[Predikat | None, Predikat | None]  # (year-1, year)
    reason: str  # "" when mapped
    rekam_jejak: str  # "" = memenuhi, else the reason

    @property
    def in_pool(self) -> bool:
        """In the kelompok rencana suksesi: box 7–9 and the rekam jejak met."""
        return self.box in POOL_BOXES and self.rekam_jejak == ""

    @property
    def mapped(self) -> bool:
        return self.box is not None
