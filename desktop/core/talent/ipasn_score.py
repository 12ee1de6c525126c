"""One person's IP ASN pre-check: the points of each dimension with their evidence, the
total and band, and "what would raise it" — the cheapest missing points first (rules:
``core.talent.ipasn``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from desktop.core.appraisal import Predikat
from desktop.core.i18n import language, pick
from desktop.core.talent.ipasn import (
    KOMPETENSI_ITEMS,
    KUALIFIKASI_KODE,
    KUALIFIKASI_ORDER,
    TEKNIS_MIN_JP,
    WINDOW_YEARS,
    Band,
    Dimensi,
    Kelompok,
    Rubric,
    TrainingSummary,
    band,
    kelompok_of,
)
from desktop.core.talent.staff_ref import StaffRef


@dataclass(frozen=True)
class IpAsnInput(StaffRef):
    """What the store gathers for one person."""

    pendidikan: str | None
    jenis_jabatan: str | None
    trainings: TrainingSummary
    predikat: Predikat | None = None
    predikat_year: int | None = None
    hukuman: str | None = None  # heaviest tingkat in the year: ringan / sedang / berat
    hukuman_sk: str = ""


@dataclass(frozen=True)
class DimScore:
    dimensi: Dimensi
    nilai: float
    maks: float
    bukti: str  # the evidence (or the reason for no points)


@dataclass(frozen=True)
class Advice:
    """A step that would raise the total; ``gain`` None when it cannot be told (missing
    data); ``cost`` orders the steps, data first, a degree last."""

    text: str
    gain: float | None
    cost: int

    def __str__(self) -> str:
        return self.text if self.gain is None else f"{self.text}: +{fmt(self.gain)}"


@dataclass(frozen=True)
class IpAsnResult(StaffRef):
    scores: tuple[DimScore, ...]
    advice: tuple[Advice, ...]

    @cached_property
    def total(self) -> float:
        return sum(s.nilai for s in self.scores)

    @property
    def band(self) -> Band:
        return band(self.total)

    def score(self, dimensi: Dimensi) -> DimScore:
        return self._by_dimensi[dimensi]

    @cached_property
    def _by_dimensi(self) -> dict[Dimensi, DimScore]:
        return {s.dimensi: s for s in self.scores}


def fmt(value: float) -> str:
    """22.5 → "22,5"; 15.0 → "15" (Indonesian decimal comma)."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def assess(person: IpAsnInput, rubric: Rubric, year: int) -> IpAsnResult:
    """The four dimensions, total and advice for ``year`` (see ``core.talent.ipasn``)."""
    kelompok = kelompok_of(person.jenis_jabatan)
    parts = (
        _kualifikasi(person, rubric),
        _kompetensi(person, rubric, kelompok, year),
        _kinerja(person, rubric, year),
        _disiplin(person, rubric),
    )
    scores = tuple(p[0] for p in parts)
    advice = sorted((a for p in parts for a in p[1]), key=lambda a: (a.cost, -(a.gain or 0)))
    return IpAsnResult(
        person.staff_id,
        person.nip,
        person.nama,
        person.jabatan,
        person.unit_id,
        person.unit_nama,
        scores,
        tuple(advice),
    )


_Part = tuple[DimScore, list[Advice]]


def _kualifikasi(p: IpAsnInput, rubric: Rubric) -> _Part:
    d = Dimensi.KUALIFIKASI
    maks = rubric.maks(d)
    kode = KUALIFIKASI_KODE.get(p.pendidikan or "")
    if kode is None:
        reason = pick("pendidikan belum diisi", "education not recorded")
        return DimScore(d, 0.0, maks, reason), [
            Advice(pick("Lengkapi pendidikan terakhir", "Record the highest education"), None, 0)
        ]
    nilai = rubric.nilai(d, kode)
    advice = []
    step = KUALIFIKASI_ORDER.index(kode)
    if step + 1 < len(KUALIFIKASI_ORDER):
        nxt = KUALIFIKASI_ORDER[step + 1]
        gain = rubric.nilai(d, nxt) - nilai
        advice.append(Advice(pick(f"Pendidikan {_edu(nxt)}", f"Education {_edu(nxt)}"), gain, 9))
    return DimScore(d, nilai, maks, str(p.pendidikan)), advice


def _edu(kode: str) -> str:
    return {"D1_D2_SLTA": "SLTA/D1/D2", "S1_D4": "S1/D4", "SLTP_KE_BAWAH": "SLTP"}.get(kode, kode)


def _kompetensi(p: IpAsnInput, rubric: Rubric, kelompok: Kelompok, year: int) -> _Part:
    d = Dimensi.KOMPETENSI
    t = p.trainings
    got: list[str] = []
    advice: list[Advice] = []
    nilai = 0.0
    for kode in KOMPETENSI_ITEMS[kelompok]:
        done, item = _item(kode, t)
        if done:
            nilai += rubric.nilai(d, kode)
            if item:
                got.append(item)
        else:
            advice.append(Advice(item, rubric.nilai(d, kode), _COST[kode.split("_", 1)[1]]))
    got.append(_window_text(t.teknis_jp, t.seminar, year, language()))
    if t.unknown:
        advice.append(
            Advice(
                pick(
                    f"Lengkapi jenis {t.unknown} pelatihan",
                    f"Record the kind of {t.unknown} trainings",
                ),
                None,
                1,
            )
        )
    return DimScore(d, nilai, rubric.maks(d, kelompok), "; ".join(got)), advice


@lru_cache(maxsize=4096)
def _window_text(teknis_jp: int, seminar: int, year: int, lang: str) -> str:
    """The counted trainings of the window (cached: 50,000 people share a few hundred)."""
    window = f"{year - WINDOW_YEARS + 1}–{year}"
    if lang == "en":
        return f"technical {teknis_jp} JP, seminar/similar {seminar}× ({window})"
    return f"teknis {teknis_jp} JP, seminar/sejenis {seminar}× ({window})"


_COST = {"seminar": 2, "teknis": 3, "pim": 5, "diklat": 5}


def _item(kode: str, t: TrainingSummary) -> tuple[bool, str]:
    """Whether a competence item is met, with its evidence (met) or the step (not met)."""
    if kode.endswith("_pim"):
        if t.kepemimpinan:
            return True, pick("diklat kepemimpinan: ", "leadership training: ") + t.kepemimpinan
        return False, pick(
            "Diklat kepemimpinan sesuai jabatan", "Leadership training for the position"
        )
    if kode.endswith("_diklat"):
        if t.fungsional:
            return True, pick("diklat fungsional: ", "functional training: ") + t.fungsional
        return False, pick("Diklat fungsional jabatan", "Functional training for the position")
    if kode.endswith("_teknis"):
        short = TEKNIS_MIN_JP - t.teknis_jp
        if short <= 0:
            return True, ""
        return False, pick(
            f"Pelatihan teknis ≥ {TEKNIS_MIN_JP} JP dalam {WINDOW_YEARS} tahun (kurang {short} JP)",
            f"Technical training ≥ {TEKNIS_MIN_JP} JP within {WINDOW_YEARS} years "
            f"({short} JP short)",
        )
    if t.seminar:
        return True, ""
    return False, pick(
        f"Seminar/workshop/kursus/magang sejenis dalam {WINDOW_YEARS} tahun",
        f"A seminar/workshop/course/internship within {WINDOW_YEARS} years",
    )


def _kinerja(p: IpAsnInput, rubric: Rubric, year: int) -> _Part:
    d = Dimensi.KINERJA
    maks = rubric.maks(d)
    if p.predikat is None:
        reason = pick(
            f"predikat tahunan {year - 1}/{year} belum ditetapkan",
            f"annual predikat {year - 1}/{year} not set",
        )
        return DimScore(d, 0.0, maks, reason), [
            Advice(
                pick(
                    f"Tetapkan evaluasi kinerja tahunan {year}", f"Set the annual evaluation {year}"
                ),
                None,
                0,
            )
        ]
    nilai = rubric.nilai(d, p.predikat.value)
    bukti = f"{p.predikat.label} ({p.predikat_year or year})"
    advice = []
    if nilai < maks:
        advice.append(
            Advice(pick("Predikat kinerja Sangat Baik", "Predikat Sangat Baik"), maks - nilai, 8)
        )
    return DimScore(d, nilai, maks, bukti), advice


def _disiplin(p: IpAsnInput, rubric: Rubric) -> _Part:
    d = Dimensi.DISIPLIN
    kode = p.hukuman if p.hukuman in ("ringan", "sedang", "berat") else "tidak_pernah"
    if kode == "tidak_pernah":
        bukti = pick("tidak ada hukuman disiplin", "no disciplinary penalty")
    else:
        bukti = pick(f"hukuman disiplin {kode}", f"disciplinary penalty ({kode})")
        if p.hukuman_sk:
            bukti += f", SK {p.hukuman_sk}"
    return DimScore(d, rubric.nilai(d, kode), rubric.maks(d), bukti), []


# --- the office ------------------------------------------------------------------------


@dataclass(frozen=True)
class IpAsnSummary:
    """The office (or unit) average per dimension and the spread over bands."""

    count: int
    average: float
    dim_average: dict[Dimensi, float]
    bands: dict[Band, int]


def summarize(results: Iterable[IpAsnResult]) -> IpAsnSummary:
    """One pass over the results (the office of 50,000 is summed once per unit and once in
    all)."""
    n = 0
    grand = 0.0
    dims = dict.fromkeys(Dimensi, 0.0)
    bands = dict.fromkeys(Band, 0)
    for r in results:
        n += 1
        total = 0.0
        for s in r.scores:
            dims[s.dimensi] += s.nilai
            total += s.nilai
        grand += total
        bands[band(total)] += 1
    return IpAsnSummary(
        n,
        grand / n if n else 0.0,
        {d: (v / n if n else 0.0) for d, v in dims.items()},
        bands,
    )
