"""The SKP of every active employee for the demo year, cascading from the top.

People are planned in appraiser-chain order (the Sekretaris Daerah first, then the kepala OPD,
the kepala bidang, the kepala seksi, their staff), so each superior's SKP exists when a
subordinate's RHK picks the RHK it intervenes. The Sekda's RHK intervene the RPJMD (as text:
the Bupati's SKP is not in this database). RHK and IKI come from the indicator library of the
unit's rumpun, or of the jabatan where that is clearer (a guru teaches wherever he is placed);
heads carry the RHK of their unit, staff the same RHK at their own scale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.demo.appraisal_data import (
    EKSPEKTASI,
    JABATAN_RHK,
    JPT_PERSPEKTIF,
    SEKDA_IKI,
    SEKDA_RHK,
    TAMBAHAN,
)
from desktop.demo.appraisal_office import DemoOffice, LibraryRow, Person
from desktop.demo.rand import DemoRandom

TAMBAHAN_SHARE = 0.2
TWO_RHK_SHARE = 0.6
Groups = dict[str, list[LibraryRow]]  # library RHK text → its IKI rows
_COUNT = re.compile(r"^(\d+)\s+(\D.*)$")  # "1200 berkas", not "≥ 95 %" or "100 %"


@dataclass
class IkiPlan:
    id: int
    aspek: str
    indikator: str
    target: str


@dataclass
class RhkPlan:
    id: int
    jenis: str
    uraian: str
    base: str  # the library RHK it was made from (for cascading by meaning)
    atasan_id: int | None = None
    atasan_text: str = ""
    perspektif: str = ""
    iki: list[IkiPlan] = field(default_factory=list)


@dataclass
class SkpPlan:
    id: int
    staff_id: int
    rhk: list[RhkPlan]
    ekspektasi: list[str]  # seven texts, BerAKHLAK order

    def all_iki(self) -> list[IkiPlan]:
        return [iki for rhk in self.rhk for iki in rhk.iki]


class Ids:
    """Next row ids per table, continuing after what the database holds."""

    def __init__(self, start: dict[str, int]) -> None:
        self.next = dict(start)

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


def plan_skps(rng: DemoRandom, office: DemoOffice, ids: Ids) -> dict[int, SkpPlan]:
    """staff id → SKP, superiors before their staff."""
    plans: dict[int, SkpPlan] = {}
    suitable: dict[tuple[str, str], Groups] = {}  # many people share a post
    order = sorted(office.people, key=lambda s: (office.depth(s), s))
    for staff_id in order:
        person = office.people[staff_id]
        penilai = office.penilai(staff_id)
        superior = plans.get(penilai) if penilai is not None else None
        if penilai is None:
            rhks = _sekda_rhk()
        elif staff_id in office.head_of:
            rhks = _head_rhk(rng, office, person)
        else:
            key = (person.jabatan, office.rumpun.get(person.unit_id, "umum"))
            if key not in suitable:
                suitable[key] = _suitable(office, *key)
            rhks = _staff_rhk(rng, suitable[key])
        if superior is not None:
            _link(rhks, superior)
        plans[staff_id] = SkpPlan(
            ids.take("skp"), staff_id, rhks, [rng.item(EKSPEKTASI[n]) for n in range(1, 8)]
        )
        for rhk in rhks:  # ids in row order: the SKP's RHK after the SKP itself
            rhk.id = ids.take("rhk")
            for iki in rhk.iki:
                iki.id = ids.take("iki")
    return plans


def _sekda_rhk() -> list[RhkPlan]:
    return [
        RhkPlan(0, "utama", uraian, uraian, atasan_text=misi, perspektif=perspektif,
                iki=[IkiPlan(0, aspek, indikator, target)])
        for (uraian, misi, perspektif), (aspek, indikator, target) in zip(
            SEKDA_RHK, SEKDA_IKI, strict=True
        )
    ]  # fmt: skip


def _groups(rows: list[LibraryRow]) -> Groups:
    grouped: Groups = {}
    for row in rows:
        grouped.setdefault(row.rhk, []).append(row)
    return grouped


def _head_rhk(rng: DemoRandom, office: DemoOffice, person: Person) -> list[RhkPlan]:
    """The unit's RHK: two or three from its rumpun, named for the unit."""
    unit_id = office.head_of[person.id]
    grouped = _groups(office.library.get(office.rumpun[unit_id], office.library["umum"]))
    texts = list(grouped)
    picked = texts if len(texts) <= 3 else rng.sample(texts, rng.randint(2, 3))
    chosen = sorted(picked, key=texts.index)
    unit = office.unit_name(unit_id)
    jpt = person.jenis == "jpt"
    return [
        RhkPlan(0, "utama", f"{text} di {unit}", text,
                perspektif=JPT_PERSPEKTIF[n % len(JPT_PERSPEKTIF)] if jpt else "",
                iki=[IkiPlan(0, r.aspek, r.indikator, r.target) for r in grouped[text]])
        for n, text in enumerate(chosen)
    ]  # fmt: skip


def _staff_rhk(rng: DemoRandom, grouped: Groups) -> list[RhkPlan]:
    """One or two RHK Utama suiting the jabatan (else the unit's rumpun), sometimes a tambahan."""
    texts = list(grouped)
    count = min(len(texts), 2 if rng.chance(TWO_RHK_SHARE) else 1)
    chosen = sorted(rng.sample(texts, count), key=texts.index)
    scale = rng.uniform(0.08, 0.3)
    rhks = [
        RhkPlan(0, "utama", text, text,
                iki=[IkiPlan(0, r.aspek, r.indikator, _scaled(r.target, scale))
                     for r in grouped[text][: rng.randint(2, 3)]])
        for text in chosen
    ]  # fmt: skip
    if rng.chance(TAMBAHAN_SHARE):
        uraian, indikator, target = rng.item(TAMBAHAN)
        rhks.append(RhkPlan(0, "tambahan", uraian, uraian,
                            iki=[IkiPlan(0, "kuantitas", indikator, target)]))  # fmt: skip
    return rhks


def _suitable(office: DemoOffice, jabatan: str, rumpun: str) -> Groups:
    """Library RHK for the jabatan, else for the unit's rumpun."""
    every = [row for rows in office.library.values() for row in rows]
    for words, rhk_words in JABATAN_RHK:
        if any(w in jabatan for w in words):
            rows = [r for r in every if any(w in r.rhk for w in rhk_words)]
            if rows:
                return _groups(rows)
    return _groups(office.library.get(rumpun) or office.library["umum"])


def _scaled(target: str, factor: float) -> str:
    """A staff member's share of a unit-wide count ("1200 berkas" → "190 berkas")."""
    match = _COUNT.match(target)
    if match is None or int(match[1]) < 20 or match[2].lstrip().startswith("%"):
        return target  # a percentage is everyone's target, not a share of a total
    return f"{max(1, round(int(match[1]) * factor))} {match[2]}"


def _link(rhks: list[RhkPlan], superior: SkpPlan) -> None:
    """Each RHK intervenes the superior's RHK of the same meaning, else one of the superior's
    RHK Utama in turn (tambahan: the last)."""
    utama = [r for r in superior.rhk if r.jenis == "utama"] or superior.rhk
    by_base = {r.base: r for r in superior.rhk}
    for n, rhk in enumerate(rhks):
        match = by_base.get(rhk.base)
        if match is None:
            match = utama[-1] if rhk.jenis == "tambahan" else utama[n % len(utama)]
        rhk.atasan_id = match.id
