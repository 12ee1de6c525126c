"""IP ASN pre-check (issue 14 item 7): the Indeks Profesionalitas ASN of PermenPANRB 38/2018
as measured by Peraturan BKN 8/2019, computed from what the office already holds, with the
evidence of every point and what would raise the total.

Four dimensions, weights 25 / 40 / 30 / 5 (total 100). The point values are data: the rubric
is the versioned reference table ``ref_ipasn`` (``db/reference/ipasn.csv``); this module
holds only how a person's records select a rubric row:

- kualifikasi: the highest education (``staff.pendidikan``);
- kompetensi: by the kind of position — struktural (JPT, administrator, pengawas): diklat
  kepemimpinan, teknis ≥ 20 JP, seminar/sejenis; fungsional: diklat fungsional, teknis,
  seminar; pelaksana: teknis and seminar only (their weights carry the missing item).
  Diklat kepemimpinan/fungsional count whenever they were done (their level is not checked);
  teknis JP and seminars count within the window (the year and the one before: 2 years);
- kinerja: the annual predikat of the year, else of the year before (PermenPANRB 6/2022's
  predikat mapped onto the rubric's five grades: see the CSV's uraian);
- disiplin: the heaviest hukuman disiplin (PP 94/2021) set or running in the year; a
  code-of-ethics breach is not a hukuman disiplin and does not count here.

Bands (Peraturan BKN 8/2019): above 90 sangat tinggi, above 80 tinggi, above 70 sedang,
above 60 rendah, 60 and below sangat rendah (totals may end in .5, so the edges are "above").
A pre-check only: the official index is measured in BKN's system.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from desktop.core.appraisal import Predikat
from desktop.core.i18n import pick

SOURCES_IPASN = (
    "PermenPANRB 38/2018 tentang Pengukuran Indeks Profesionalitas ASN",
    "Peraturan BKN 8/2019 tentang Pedoman Tata Cara dan Pelaksanaan Pengukuran IP ASN",
    "PermenPANRB 6/2022 (predikat kinerja)",
)
WINDOW_YEARS = 2  # teknis JP and seminars count in the year and the one before


class Dimensi(StrEnum):
    KUALIFIKASI = "kualifikasi"
    KOMPETENSI = "kompetensi"
    KINERJA = "kinerja"
    DISIPLIN = "disiplin"

    @property
    def bobot(self) -> int:
        return {"kualifikasi": 25, "kompetensi": 40, "kinerja": 30, "disiplin": 5}[self.value]

    @property
    def label(self) -> str:
        return {
            "kualifikasi": pick("Kualifikasi", "Qualification"),
            "kompetensi": pick("Kompetensi", "Competence"),
            "kinerja": pick("Kinerja", "Performance"),
            "disiplin": pick("Disiplin", "Discipline"),
        }[self.value]


class Band(StrEnum):
    """IP ASN category, best first."""

    SANGAT_TINGGI = "sangat_tinggi"
    TINGGI = "tinggi"
    SEDANG = "sedang"
    RENDAH = "rendah"
    SANGAT_RENDAH = "sangat_rendah"

    @property
    def label(self) -> str:
        return {
            "sangat_tinggi": pick("Sangat Tinggi", "Very High"),
            "tinggi": pick("Tinggi", "High"),
            "sedang": pick("Sedang", "Moderate"),
            "rendah": pick("Rendah", "Low"),
            "sangat_rendah": pick("Sangat Rendah", "Very Low"),
        }[self.value]

    @property
    def range_text(self) -> str:
        return {
            "sangat_tinggi": "91–100",
            "tinggi": "81–90",
            "sedang": "71–80",
            "rendah": "61–70",
            "sangat_rendah": "≤ 60",
        }[self.value]


def band(total: float) -> Band:
    """The category of a total: 91–100, 81–90, 71–80, 61–70, ≤ 60 (a half point above an
    edge belongs to the band above it: 90.5 is sangat tinggi, 60.5 rendah)."""
    for edge, name in (
        (90, Band.SANGAT_TINGGI),
        (80, Band.TINGGI),
        (70, Band.SEDANG),
        (60, Band.RENDAH),
    ):
        if total > edge:
            return name
    return Band.SANGAT_RENDAH


class Kelompok(StrEnum):
    """Which competence items apply, by the kind of position."""

    STRUKTURAL = "struktural"
    FUNGSIONAL = "fungsional"
    PELAKSANA = "pelaksana"


def kelompok_of(jenis_jabatan: str | None) -> Kelompok:
    if jenis_jabatan in ("jpt", "administrator", "pengawas"):
        return Kelompok.STRUKTURAL
    if jenis_jabatan == "fungsional":
        return Kelompok.FUNGSIONAL
    return Kelompok.PELAKSANA


# --- trainings -------------------------------------------------------------------------


class Kategori(StrEnum):
    """What a training counts as for the kompetensi dimension."""

    KEPEMIMPINAN = "kepemimpinan"
    FUNGSIONAL = "fungsional"
    TEKNIS = "teknis"
    SEMINAR = "seminar"  # seminar, workshop, magang, kursus "dan sejenisnya"
    TIDAK_DIHITUNG = "tidak_dihitung"  # a known kind outside the rubric (latsar, sosial kultural)
    LAIN = "lain"  # kind unknown and the name says nothing: not counted, flagged


_KEPEMIMPINAN = re.compile(
    r"\b(kepemimpinan|latpim|diklatpim|pim\s*(?:iv|i{1,3}|[1-4])|pkn|pka|pkp|lemhann?as|"
    r"struktural)\b"
)
_FUNGSIONAL = re.compile(r"\bfungsional\b")
_NOT_COUNTED = re.compile(r"\b(latsar|prajabatan|pelatihan dasar|sosial kultural)\b")
_SEMINAR = re.compile(
    r"\b(seminar|webinar|workshop|lokakarya|konferensi|sarasehan|simposium|kursus|magang|"
    r"praktik kerja|sosialisasi|coaching|mentoring|detasering|secondment|patok banding|"
    r"benchmarking|pertukaran|komunitas belajar|belajar mandiri)\b"
)
_TEKNIS = re.compile(
    r"\b(teknis|bimtek|bimbingan teknis|pelatihan|diklat|training|penataran|"
    r"e-learning|elearning)\b"
)


def categorize(
    jenis_kode: str | None, jenis_nama: str | None, bentuk: str | None, nama: str
) -> Kategori:
    """The kompetensi item a training counts for: by its kind (code and name) first, then,
    without a kind, by its own name; a nonklasikal kind not named otherwise is "sejenis"
    seminar, a klasikal one teknis."""
    kind = f"{jenis_kode or ''} {jenis_nama or ''}".replace("_", " ").lower().strip()
    for text in (kind, (nama or "").lower()):
        if not text:
            continue
        if _NOT_COUNTED.search(text):
            return Kategori.TIDAK_DIHITUNG
        if _KEPEMIMPINAN.search(text):
            return Kategori.KEPEMIMPINAN
        if _FUNGSIONAL.search(text):
            return Kategori.FUNGSIONAL
        if _SEMINAR.search(text):
            return Kategori.SEMINAR
        if text is kind:
            if bentuk == "nonklasikal":
                return Kategori.SEMINAR
            if bentuk == "klasikal" or _TEKNIS.search(text):
                return Kategori.TEKNIS
        elif _TEKNIS.search(text):
            return Kategori.TEKNIS
    return Kategori.LAIN


@dataclass(frozen=True)
class Training:
    kategori: Kategori
    jp: int
    year: int | None  # the year it counts in (end date, else start date)
    nama: str = ""
    count: int = 1  # trainings this line stands for (the store sums alike ones)


@dataclass(frozen=True)
class TrainingSummary:
    """What the kompetensi dimension needs of a person's trainings."""

    kepemimpinan: str = ""  # name of a diklat kepemimpinan done (any year ≤ Y), "" none
    fungsional: str = ""  # name of a diklat fungsional done, "" none
    teknis_jp: int = 0  # JP of teknis trainings in the window
    seminar: int = 0  # seminars/sejenis in the window
    unknown: int = 0  # trainings in the window whose kind could not be told


def summarize_trainings(trainings: Iterable[Training], year: int) -> TrainingSummary:
    first = year - WINDOW_YEARS + 1
    pim = fung = ""
    teknis = seminar = unknown = 0
    for t in trainings:
        if t.year is not None and t.year > year:
            continue
        in_window = t.year is not None and t.year >= first
        if t.kategori is Kategori.KEPEMIMPINAN:
            pim = pim or t.nama or "-"
        elif t.kategori is Kategori.FUNGSIONAL:
            fung = fung or t.nama or "-"
        elif in_window and t.kategori is Kategori.TEKNIS:
            teknis += t.jp
        elif in_window and t.kategori is Kategori.SEMINAR:
            seminar += t.count
        elif in_window and t.kategori is Kategori.LAIN:
            unknown += t.count
    return TrainingSummary(pim, fung, teknis, seminar, unknown)


# --- the rubric ------------------------------------------------------------------------


@dataclass(frozen=True)
class RubricRow:
    versi: str
    dimensi: Dimensi
    kode: str
    uraian: str
    nilai: float
    urutan: int = 0


# pendidikan (ref_pendidikan.kode) → the rubric's kualifikasi row
KUALIFIKASI_KODE = {
    "S3": "S3", "S2": "S2", "S1": "S1_D4", "D4": "S1_D4", "D3": "D3",
    "D2": "D1_D2_SLTA", "D1": "D1_D2_SLTA", "SMA": "D1_D2_SLTA",
    "SMP": "SLTP_KE_BAWAH", "SD": "SLTP_KE_BAWAH",
}  # fmt: skip
KUALIFIKASI_ORDER = ("SLTP_KE_BAWAH", "D1_D2_SLTA", "D3", "S1_D4", "S2", "S3")
KOMPETENSI_ITEMS = {
    Kelompok.STRUKTURAL: ("struktural_pim", "struktural_teknis", "struktural_seminar"),
    Kelompok.FUNGSIONAL: ("fungsional_diklat", "fungsional_teknis", "fungsional_seminar"),
    Kelompok.PELAKSANA: ("pelaksana_teknis", "pelaksana_seminar"),
}
DISIPLIN_KODE = ("tidak_pernah", "ringan", "sedang", "berat")
TEKNIS_MIN_JP = 20


def required_codes() -> set[tuple[Dimensi, str]]:
    """Every (dimensi, kode) a rubric version must hold."""
    codes = {(Dimensi.KUALIFIKASI, k) for k in KUALIFIKASI_ORDER}
    codes |= {(Dimensi.KOMPETENSI, k) for items in KOMPETENSI_ITEMS.values() for k in items}
    codes |= {(Dimensi.KINERJA, p.value) for p in Predikat}
    codes |= {(Dimensi.DISIPLIN, k) for k in DISIPLIN_KODE}
    return codes


@dataclass(frozen=True)
class Rubric:
    versi: str
    rows: tuple[RubricRow, ...]

    @cached_property
    def _points(self) -> dict[tuple[Dimensi, str], float]:
        return {(r.dimensi, r.kode): r.nilai for r in self.rows}

    def nilai(self, dimensi: Dimensi, kode: str) -> float:
        return self._points.get((dimensi, kode), 0.0)

    def missing(self) -> set[tuple[Dimensi, str]]:
        have = {(r.dimensi, r.kode) for r in self.rows}
        return required_codes() - have

    def maks(self, dimensi: Dimensi, kelompok: Kelompok = Kelompok.PELAKSANA) -> float:
        return self._maks[(dimensi, kelompok if dimensi is Dimensi.KOMPETENSI else None)]

    @cached_property
    def _maks(self) -> dict[tuple[Dimensi, Kelompok | None], float]:
        out: dict[tuple[Dimensi, Kelompok | None], float] = {}
        for dimensi in Dimensi:
            for kelompok in Kelompok if dimensi is Dimensi.KOMPETENSI else (None,):
                out[(dimensi, kelompok)] = self._maks_of(dimensi, kelompok)
        return out

    def _maks_of(self, dimensi: Dimensi, kelompok: Kelompok | None) -> float:
        if kelompok is not None:
            return sum(self.nilai(dimensi, k) for k in KOMPETENSI_ITEMS[kelompok])
        return max((r.nilai for r in self.rows if r.dimensi is dimensi), default=0.0)
