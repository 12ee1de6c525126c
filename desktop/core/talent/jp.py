"""The competence-development ledger (issue 14 item 6): JP done per person and unit against the
yearly target, and training needs suggested from a below-expectation appraisal.

PP 17/2020 Pasal 203 gives every PNS at least 20 JP of competence development a year (the
office may set another target: ``TalentSettings.target_jp``); Peraturan LAN 10/2018 splits the
forms into klasikal and nonklasikal. A training counts in the year it ENDS (tanggal_selesai),
else the year it starts: a course from 28 Dec to 3 Jan is that January's, once, and a record
without an end date still counts. Hours of a training whose kind is unknown count as
"lainnya" (they count towards the target; the kind is only missing from the split).

Training needs are a suggestion for the BKPSDM, never a decision: for a person whose predikat
(annual, else the latest periodic) is below expectation, the RHK with the lowest realisation
(or every RHK when the realisation cannot be compared) and, for Rating Perilaku di bawah,
coaching/mentoring on the BerAKHLAK values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.appraisal import Predikat, Rating
from desktop.core.i18n import pick
from desktop.core.talent.staff_ref import StaffRef

SOURCES_JP = (
    "PP 17/2020 Pasal 203 (pengembangan kompetensi paling sedikit 20 JP per tahun)",
    "Peraturan LAN 10/2018 (bentuk klasikal dan nonklasikal)",
    "PermenPANRB 6/2022 (predikat dan rating kinerja)",
)


class Bentuk(StrEnum):
    """The form of a training (ref_jenis_pengembangan.bentuk), or unknown."""

    KLASIKAL = "klasikal"
    NONKLASIKAL = "nonklasikal"
    LAINNYA = "lainnya"

    @property
    def label(self) -> str:
        return {
            "klasikal": pick("Klasikal", "Classroom"),
            "nonklasikal": pick("Nonklasikal", "Non-classroom"),
            "lainnya": pick("Lainnya", "Other"),
        }[self.value]


def bentuk_of(value: str | None) -> Bentuk:
    """The form as stored, "lainnya" when the training has no (known) kind."""
    try:
        return Bentuk(value or "lainnya")
    except ValueError:
        return Bentuk.LAINNYA


def counting_year(tanggal_mulai: str | None, tanggal_selesai: str | None) -> int | None:
    """The year a training counts in: its end date's, else its start date's (ISO dates)."""
    for text in (tanggal_selesai, tanggal_mulai):
        if text and len(text) >= 4 and text[:4].isdigit():
            return int(text[:4])
    return None


@dataclass(frozen=True)
class JpPerson(StaffRef):
    """One employee's JP in the year, by form, against the target."""

    target: int
    klasikal: int = 0
    nonklasikal: int = 0
    lainnya: int = 0

    @property
    def total(self) -> int:
        return self.klasikal + self.nonklasikal + self.lainnya

    @property
    def short(self) -> int:
        """JP still missing to the target (0 when reached)."""
        return max(0, self.target - self.total)

    @property
    def reached(self) -> bool:
        return self.total >= self.target


@dataclass(frozen=True)
class JpUnit:
    """A unit's line: staff, reached and below the target, JP total and average."""

    unit_id: int
    unit_nama: str
    staff: int
    reached: int
    total_jp: int

    @property
    def below(self) -> int:
        return self.staff - self.reached

    @property
    def average(self) -> float:
        return self.total_jp / self.staff if self.staff else 0.0

    @property
    def reached_share(self) -> float:
        """Share (0–100 %) of the staff who reached the target."""
        return 100.0 * self.reached / self.staff if self.staff else 0.0


def summarize(
    people: Iterable[JpPerson], group_of: dict[int | None, tuple[int, str]]
) -> list[JpUnit]:
    """One line per group, sorted by name (``group_of`` maps a person's unit to the summary
    unit's id and name; a unit not in it is grouped under (0, ""))."""
    acc: dict[int, list] = {}
    for p in people:
        gid, gname = group_of.get(p.unit_id, (0, ""))
        line = acc.setdefault(gid, [gname, 0, 0, 0])
        line[1] += 1
        line[2] += p.reached
        line[3] += p.total
    units = [JpUnit(gid, v[0], v[1], v[2], v[3]) for gid, v in acc.items()]
    return sorted(units, key=lambda u: (u.unit_nama.lower(), u.unit_id))


def total_line(units: Sequence[JpUnit], name: str) -> JpUnit:
    """The office (or chosen unit) total of the summary lines."""
    return JpUnit(
        0,
        name,
        sum(u.staff for u in units),
        sum(u.reached for u in units),
        sum(u.total_jp for u in units),
    )


# --- training needs --------------------------------------------------------------------

_BELOW = {Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG}


@dataclass(frozen=True)
class Appraisal:
    """The appraisal a suggestion rests on: annual of the year, else the latest periodic."""

    periode: str  # TAHUNAN, TW1…TW4, B01…B12
    predikat: Predikat | None
    rating_hasil: Rating | None
    rating_perilaku: Rating | None

    @property
    def below_expectation(self) -> bool:
        return (
            self.rating_hasil is Rating.DI_BAWAH
            or self.rating_perilaku is Rating.DI_BAWAH
            or self.predikat in _BELOW
        )


@dataclass(frozen=True)
class RhkResult:
    """An RHK with the realisation of each of its IKI as (target, realisasi) texts."""

    uraian: str
    iki: tuple[tuple[str, str], ...] = ()

    @property
    def ratio(self) -> float | None:
        """The lowest realisation/target ratio over its IKI whose texts both hold a number
        (None: nothing comparable)."""
        ratios = []
        for target, realisasi in self.iki:
            t, r = _number(target), _number(realisasi)
            if t is not None and r is not None and t > 0:
                ratios.append(r / t)
        return min(ratios) if ratios else None


_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


def _number(text: str) -> float | None:
    """The first number in a target or realisation text ("12 dokumen", "95,5 %")."""
    m = _NUMBER.search(text or "")
    return float(m.group().replace(",", ".")) if m else None


@dataclass(frozen=True)
class Need:
    """A suggested development for one person (a suggestion, never a decision)."""

    staff_id: int
    nip: str
    nama: str
    jabatan: str
    unit_nama: str
    basis: str  # "Tahunan 2025: Butuh Perbaikan" — what the suggestion rests on
    suggestions: tuple[str, ...] = field(default_factory=tuple)


def basis_text(year: int, appraisal: Appraisal) -> str:
    """What the suggestion rests on, e.g. "TAHUNAN 2025: Kurang/Misconduct (hasil di bawah
    ekspektasi)"."""
    parts = [
        appraisal.predikat.label
        if appraisal.predikat
        else pick("belum ada predikat", "no predikat yet")
    ]
    if appraisal.rating_hasil is Rating.DI_BAWAH:
        parts.append(pick("hasil kerja di bawah ekspektasi", "results below expectations"))
    if appraisal.rating_perilaku is Rating.DI_BAWAH:
        parts.append(pick("perilaku kerja di bawah ekspektasi", "behaviour below expectations"))
    return f"{appraisal.periode} {year}: " + "; ".join(parts)


def suggest(
    appraisal: Appraisal, rhks: Sequence[RhkResult], weak_values: Sequence[str] = ()
) -> tuple[str, ...]:
    """Suggestions for one person: development related to the RHK with the lowest
    realisation (all RHK when none can be compared), and BerAKHLAK coaching/mentoring when
    behaviour was below expectation (``weak_values``: the values with feedback, if any)."""
    if not appraisal.below_expectation:
        return ()
    out: list[str] = []
    results_low = appraisal.rating_hasil is Rating.DI_BAWAH or (
        appraisal.rating_perilaku is not Rating.DI_BAWAH and appraisal.predikat in _BELOW
    )
    if results_low:
        for rhk in _weakest(rhks):
            out.append(
                pick("Pelatihan/pengembangan terkait: ", "Training/development on: ") + rhk.uraian
            )
        if not rhks:
            out.append(
                pick(
                    "Pelatihan teknis sesuai tugas jabatan (RHK belum tercatat)",
                    "Technical training for the position's duties (no RHK recorded)",
                )
            )
    if appraisal.rating_perilaku is Rating.DI_BAWAH:
        values = ", ".join(weak_values) if weak_values else "BerAKHLAK"
        out.append(
            pick(
                f"Coaching/mentoring perilaku kerja: {values}",
                f"Coaching/mentoring on work behaviour: {values}",
            )
        )
    return tuple(out)


def _weakest(rhks: Sequence[RhkResult]) -> list[RhkResult]:
    """The RHK with the lowest comparable realisation (ties all kept); every RHK when none
    can be compared."""
    rated = [(r.ratio, r) for r in rhks if r.ratio is not None]
    if not rated:
        return list(rhks)
    low = min(ratio for ratio, _ in rated)
    return [r for ratio, r in rated if ratio == low]
