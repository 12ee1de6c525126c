"""Survei Kepuasan Masyarakat (PermenPANRB 14/2017): the nine unsur, the index and its mutu.

Answers are 1–4 per unsur. The nilai rata-rata (NRR) of an unsur is the mean of its answers;
the index (IKM) weighs the nine NRR equally (1/9) on the 1–4 scale, and ×25 gives the
converted index (25–100) that is published with two decimals and graded A–D. Arithmetic is
exact (``Decimal`` over integer sums): a float would grade 88.305 (3.5322 × 25) as B.
The grade is read from the published (rounded) value, so every index falls in one interval.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum

from desktop.core.errors import ValidationError
from desktop.core.i18n import pick, plural
from desktop.core.skm_sample import minimum_sample

ANSWERS = (1, 2, 3, 4)
PERIODS = ("S1", "S2", "TAHUNAN")
TWO = Decimal("0.01")
THREE = Decimal("0.001")

Counts = tuple[int, int, int, int]  # how many answered 1, 2, 3, 4


@dataclass(frozen=True)
class Unsur:
    no: int
    nama: str

    @property
    def kode(self) -> str:
        return f"U{self.no}"


UNSUR: tuple[Unsur, ...] = (
    Unsur(1, "Persyaratan"),
    Unsur(2, "Sistem, Mekanisme, dan Prosedur"),
    Unsur(3, "Waktu Penyelesaian"),
    Unsur(4, "Biaya/Tarif"),
    Unsur(5, "Produk Spesifikasi Jenis Pelayanan"),
    Unsur(6, "Kompetensi Pelaksana"),
    Unsur(7, "Perilaku Pelaksana"),
    Unsur(8, "Penanganan Pengaduan, Saran dan Masukan"),
    Unsur(9, "Sarana dan Prasarana"),
)


class Mutu(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"

    @property
    def kinerja(self) -> str:
        """The regulation's words for the grade (kinerja unit pelayanan)."""
        return {
            Mutu.A: pick("Sangat Baik", "Very good"),
            Mutu.B: pick("Baik", "Good"),
            Mutu.C: pick("Kurang Baik", "Poor"),
            Mutu.D: pick("Tidak Baik", "Bad"),
        }[self]


# Lower edge of each grade on the converted scale (the intervals are closed, two decimals).
MUTU_FLOORS: tuple[tuple[Decimal, Mutu], ...] = (
    (Decimal("88.31"), Mutu.A),
    (Decimal("76.61"), Mutu.B),
    (Decimal("65.00"), Mutu.C),
    (Decimal("25.00"), Mutu.D),
)


class SkmError(ValidationError):
    catalog = {
        "answer": (
            "Jawaban '{value}' tidak sah: isi angka 1, 2, 3 atau 4.",
            "Answer '{value}' is not valid: fill in 1, 2, 3 or 4.",
        ),
        "blank": ("Jawaban unsur ini kosong.", "This unsur has no answer."),
        "count": (
            "Jumlah '{value}' tidak sah: isi bilangan bulat 0 atau lebih.",
            "Count '{value}' is not valid: fill in a whole number, 0 or more.",
        ),
        "no_answers": (
            "Unsur {unsur} belum memiliki jawaban.",
            "Unsur {unsur} has no answers.",
        ),
        "uneven": (
            "Jumlah jawaban unsur {unsur} ({count}) berbeda dari unsur U1 ({first}): setiap "
            "responden menjawab kesembilan unsur.",
            "Unsur {unsur} has {count} answers but U1 has {first}: every respondent answers "
            "all nine unsur.",
        ),
        "period": (
            "Periode survei '{text}' tidak dikenal (contoh: 2025, 2025-S1, S2 2025).",
            "Unknown survey period '{text}' (e.g. 2025, 2025-S1, S2 2025).",
        ),
        "populasi": (
            "Populasi '{value}' tidak sah: isi jumlah penerima layanan (bilangan bulat > 0).",
            "Population '{value}' is not valid: fill in the number of service users (> 0).",
        ),
        "nine": ("Rekap harus memuat sembilan unsur.", "The summary must hold nine unsur."),
    }


def read_answer(value: object) -> int:
    """One cell as an answer 1–4 (``4``, ``4.0`` and ``"4"`` are the same); else SkmError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise SkmError("blank")
    if isinstance(value, bool):
        raise SkmError("answer", value=value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text.endswith((".0", ",0")):
        text = text[:-2]
    if text not in {"1", "2", "3", "4"}:
        raise SkmError("answer", value=text)
    return int(text)


def read_count(value: object) -> int:
    """A typed count (0 or more)."""
    text = "" if value is None else str(value).strip()
    if not text:
        return 0
    if not text.isdigit():
        raise SkmError("count", value=text)
    return int(text)


def tally(answers: Iterable[Sequence[int]]) -> list[Counts]:
    """Per unsur, how many respondents answered 1, 2, 3 and 4."""
    counts = [[0, 0, 0, 0] for _ in UNSUR]
    for row in answers:
        for index, answer in enumerate(row[: len(UNSUR)]):
            counts[index][answer - 1] += 1
    return [(a, b, c, d) for a, b, c, d in counts]


def check_counts(counts: Sequence[Counts]) -> int:
    """The number of respondents the summary describes; SkmError if it is not a survey."""
    if len(counts) != len(UNSUR):
        raise SkmError("nine")
    totals = [sum(c) for c in counts]
    for unsur, total in zip(UNSUR, totals, strict=True):
        if total <= 0:
            raise SkmError("no_answers", unsur=unsur.kode)
        if total != totals[0]:
            raise SkmError("uneven", unsur=unsur.kode, count=total, first=totals[0])
    return totals[0]


def nrr(counts: Counts) -> Decimal:
    """Nilai rata-rata of one unsur (exact to 28 digits)."""
    total = sum(counts)
    weighted = sum(answer * n for answer, n in zip(ANSWERS, counts, strict=True))
    return Decimal(weighted) / Decimal(total)


def mutu_of(konversi: Decimal) -> Mutu:
    """The grade of a converted index as published (rounded to two decimals first)."""
    value = Decimal(konversi).quantize(TWO, rounding=ROUND_HALF_UP)
    for floor, mutu in MUTU_FLOORS:
        if value >= floor:
            return mutu
    return Mutu.D


@dataclass(frozen=True)
class SkmResult:
    """The survey as the regulation reports it."""

    responden: int
    nrr: tuple[Decimal, ...]  # per unsur, exact
    ikm: Decimal  # 1–4, exact
    konversi: Decimal  # 25–100, two decimals (ROUND_HALF_UP)
    mutu: Mutu
    weakest: tuple[int, ...]  # unsur numbers with the lowest NRR
    populasi: int | None = None
    minimum: int | None = None  # the sample table's minimum for the population
    counts: tuple[Counts, ...] = field(default=(), repr=False)

    @property
    def enough(self) -> bool | None:
        """Whether the respondents reach the minimum sample (None: population unknown)."""
        return None if self.minimum is None else self.responden >= self.minimum

    def nrr_shown(self, no: int) -> Decimal:
        return self.nrr[no - 1].quantize(THREE, rounding=ROUND_HALF_UP)

    @property
    def ikm_shown(self) -> Decimal:
        return self.ikm.quantize(THREE, rounding=ROUND_HALF_UP)


def compute(counts: Sequence[Counts], populasi: int | None = None) -> SkmResult:
    """The index, grade, weakest unsur and sample check of a summary (one tally per unsur)."""
    responden = check_counts(counts)
    with localcontext() as ctx:
        ctx.prec = 50
        values = tuple(nrr(c) for c in counts)
        total = sum(sum(a * n for a, n in zip(ANSWERS, c, strict=True)) for c in counts)
        ikm = Decimal(total) / Decimal(len(UNSUR) * responden)  # = Σ NRR × 1/9
        konversi = (Decimal(total) * 25 / Decimal(len(UNSUR) * responden)).quantize(
            TWO, rounding=ROUND_HALF_UP
        )
    low = min(values)
    weakest = tuple(u.no for u, v in zip(UNSUR, values, strict=True) if v == low)
    minimum = minimum_sample(populasi) if populasi else None
    return SkmResult(
        responden, values, ikm, konversi, mutu_of(konversi), weakest, populasi or None,
        minimum, tuple(counts),
    )  # fmt: skip


def parse_skm_period(text: str, year: int | None = None) -> tuple[int, str]:
    """(tahun, S1 | S2 | TAHUNAN) from ``2025``, ``2025-S1``, ``S2 2025``, ``Semester II``
    (with ``year``) or ``tahunan`` (with ``year``)."""
    raw = str(text or "").upper().replace("SEMESTER", "S").replace("_", " ").replace("-", " ")
    parts = raw.split()
    tahun = year
    periode = None
    for part in parts:
        if part.isdigit() and len(part) == 4:
            tahun = int(part)
        elif part in ("S1", "SI") or (part in ("1", "I") and "S" in parts):
            periode = "S1"
        elif part in ("S2", "SII") or (part in ("2", "II") and "S" in parts):
            periode = "S2"
        elif part in ("TAHUNAN", "TAHUN", "ANNUAL"):
            periode = "TAHUNAN"
        elif part != "S":
            raise SkmError("period", text=text)
    if tahun is None or not 2000 <= tahun <= 2100:
        raise SkmError("period", text=text)
    return tahun, periode or "TAHUNAN"


def period_label(periode: str, tahun: int | None = None) -> str:
    """``Semester I 2025``, ``Tahun 2025``."""
    text = {
        "S1": pick("Semester I", "Semester I"),
        "S2": pick("Semester II", "Semester II"),
    }.get(periode, pick("Tahun", "Year"))
    return f"{text} {tahun}" if tahun else text


def survey_periods_for(eval_periode: str) -> tuple[str, ...]:
    """The surveys that speak for an evaluation period, best first: the semester holding the
    quarter or month, then the year's; for the annual evaluation the year's, then the
    latest semester."""
    code = eval_periode.upper()
    if code == "TAHUNAN":
        return ("TAHUNAN", "S2", "S1")
    first = (int(code[2:]) - 1) * 3 + 1 if code.startswith("TW") else int(code[1:])
    return ("S1" if first <= 6 else "S2", "TAHUNAN")


def format_decimal(value: Decimal, places: int = 2) -> str:
    """Indonesian decimal comma: ``81,25``."""
    quantum = Decimal(1).scaleb(-places)
    return f"{value.quantize(quantum, rounding=ROUND_HALF_UP):f}".replace(".", ",")


def is_skm_indicator(indikator: str) -> bool:
    """An IKI measured by the survey (the library's "Indeks Kepuasan Masyarakat …")."""
    text = indikator.lower()
    return "indeks kepuasan masyarakat" in text or "(ikm)" in text or text.startswith("ikm ")


def realisasi_text(result: SkmResult) -> str:
    """What the IKI's realisasi column says: the converted index."""
    return format_decimal(result.konversi)


def evidence_text(result: SkmResult, unit: str, periode: str, tahun: int) -> str:
    """Where the realisasi came from, for the bukti dukung column."""
    people = plural(result.responden, "responden", "respondent", "respondents")
    return pick(
        f"Hasil SKM {unit} {period_label(periode, tahun)}: IKM {format_decimal(result.konversi)}"
        f" (mutu {result.mutu.value}, {result.mutu.kinerja}), {people} "
        "(PermenPANRB 14/2017)",
        f"SKM of {unit}, {period_label(periode, tahun)}: index "
        f"{format_decimal(result.konversi)} (grade {result.mutu.value}, {result.mutu.kinerja}), "
        f"{people} (PermenPANRB 14/2017)",
    )


@dataclass
class SkmSurvei:
    """One unit's survey for a semester or a year; its counts live in the rekap."""

    unit_id: int
    tahun: int
    periode: str  # S1 | S2 | TAHUNAN
    populasi: int | None = None
    sumber: str = "impor"  # impor | manual
    rencana_tindak_lanjut: str = ""
    id: int | None = None
    uuid: str | None = None


DEMOGRAPHICS = ("layanan", "jenis_kelamin", "umur", "pendidikan", "pekerjaan", "tanggal")


@dataclass(frozen=True)
class Responden:
    """One respondent: the nine answers and what they told about themselves (office-local)."""

    kunci: str  # their number in the file, or the sheet row
    answers: tuple[int, ...]
    layanan: str = ""
    jenis_kelamin: str = ""
    umur: str = ""
    pendidikan: str = ""
    pekerjaan: str = ""
    tanggal: str = ""
