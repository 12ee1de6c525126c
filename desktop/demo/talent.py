"""The demo office's talent inputs, written after its appraisal years (issue 14 item 8):
assessment results (``asesmen``), disciplinary sanctions and code-of-ethics breaches
(``riwayat_hukuman``) and penetapan angka kredit (``riwayat_pak``).

They follow the people: JPM and sanctions lean on the same lasting tendency as the predikat
(``talent_tendency``), so the talent map has stars and the rekam jejak rule has someone to
catch. A few facts every list needs are made sure of rather than left to chance (someone rated
*Sangat Baik* twice with a JPM ≥ 90; a would-be promotion candidate held back by a sanction).

Deterministic (a random stream of its own), inside the demo's transaction, rows stamped by the
schema's triggers; the demo's one audit entry names the counts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import sqlite_utils

from desktop.core.i18n import pick
from desktop.demo.generator import timestamp
from desktop.demo.rand import DemoRandom, add_years, largest_remainder
from desktop.demo.ranks import REFERENCE
from desktop.demo.talent_data import (
    ASSESSORS,
    HUKUMAN,
    HUKUMAN_SEBAB,
    KODE_ETIK,
    KODE_ETIK_SEBAB,
)
from desktop.demo.talent_diklat import FIRST_YEAR
from desktop.demo.talent_pak import pak_rows
from desktop.demo.talent_people import Employee, load_employees
from desktop.demo.talent_tendency import base_tendency
from desktop.store.history import insert_many

# Share of PNS assessed, by post: managers and senior fungsional far more often.
ASSESSED = {
    "jpt": 0.9, "administrator": 0.75, "pengawas": 0.55, "ahli_utama": 0.6, "ahli_madya": 0.6,
    "ahli_muda": 0.55, "ahli_pertama": 0.35, "fungsional": 0.2, "pelaksana": 0.3,
}  # fmt: skip
EXPIRED = 0.08  # of assessments: before 2022 (older than the 3 years an assessment counts)
SECOND = 0.1  # of the assessed: an earlier assessment too
JPM_MEAN, JPM_SD, JPM_MANAGER = 81.5, 7.0, 2.5
SANCTIONED = 0.025  # of active PNS
KODE_ETIK_SHARE = 0.04  # of the sanctions (at least one)
TINGKAT = (("ringan", 60), ("sedang", 27), ("berat", 13))  # shares of the sanctions
RECENT = 0.6  # of sanctions: within the last two years
LOOKBACK = 2  # years of predikat the promotion and talent rules read
# The last promotion period whose two years of predikat (2023, 2024) are set in the demo: those
# of 2026 also need 2025's, which the demo leaves to the operator.
PROMOTION_PERIOD = date(REFERENCE.year - 1, 10, 1)


@dataclass(frozen=True)
class TalentSummary:
    """What the talent step wrote; ``str()`` is one clause in the current language."""

    asesmen: int = 0
    hukuman: int = 0
    hukuman_baru: int = 0  # sedang/berat or kode etik within the last two years
    pak: int = 0
    kritikal: int = 0
    kontrak: int = 0  # PPPK contracts ending within six months of the demo's today
    diklat: int = 0  # competence-development rows dated in the ledger years

    def __str__(self) -> str:
        return pick(
            f"talenta: {self.asesmen} asesmen, {self.hukuman} hukuman disiplin, {self.pak} PAK, "
            f"{self.diklat} diklat 2023–2025, {self.kritikal} jabatan kritikal, {self.kontrak} "
            "kontrak PPPK berakhir ≤ 6 bulan",
            f"talent: {self.asesmen} assessments, {self.hukuman} sanctions, {self.pak} PAK, "
            f"{self.diklat} trainings 2023–2025, {self.kritikal} key positions, {self.kontrak} "
            "PPPK contracts ending within 6 months",
        )


def write_talent(db: sqlite_utils.Database, *, seed: int) -> TalentSummary:
    """Add the talent inputs to a demo office whose appraisal years are written (call inside
    the demo's transaction)."""
    rng = DemoRandom(f"kinerja-talent-{seed}")
    stamp = timestamp(seed)
    people = load_employees(db, LOOKBACK)
    if not people:
        return TalentSummary()
    base = base_tendency(seed, max(p.id for p in people))
    asesmen = _assessments(rng, people, base, stamp)
    hukuman = _sanctions(rng, people, base, stamp)
    pak = pak_rows(rng, people, stamp)
    for table, rows in (("asesmen", asesmen), ("riwayat_hukuman", hukuman), ("riwayat_pak", pak)):
        insert_many(db, table, rows)  # stamped for sync by the tables' triggers
    return TalentSummary(
        asesmen=len(asesmen), hukuman=len(hukuman),
        hukuman_baru=sum(1 for h in hukuman if _weighs(h)), pak=len(pak),
        kritikal=db.execute("SELECT count(*) FROM unit WHERE kritikal = 1").fetchone()[0],
        kontrak=db.execute(
            "SELECT count(*) FROM staff WHERE aktif = 1 AND kontrak_selesai < ?",
            [(REFERENCE + timedelta(days=183)).isoformat()],
        ).fetchone()[0],
        diklat=db.execute(
            "SELECT count(*) FROM riwayat_diklat WHERE tanggal_mulai >= ?", [f"{FIRST_YEAR}-01-01"]
        ).fetchone()[0],
    )  # fmt: skip


# -- assessments --------------------------------------------------------------------------------
def _assessments(
    rng: DemoRandom, people: list[Employee], base: list[float], stamp: str
) -> list[dict]:
    rows: list[dict] = []
    found: dict[int, list[dict]] = {}
    for p in people:
        if p.status != "pns" or not rng.chance(ASSESSED.get(p.post, 0.2)):
            continue
        expired = rng.chance(EXPIRED)
        day = (rng.day_between(date(2019, 2, 1), date(2021, 11, 30)) if expired else
               rng.day_between(date(2022, 1, 10), date(2025, 11, 28)))  # fmt: skip
        mine = [_assessment(rng, p, day, _jpm(rng, p, base), stamp)]
        if not expired and rng.chance(SECOND):
            earlier = add_years(day, -rng.randint(2, 4))
            mine.insert(0, _assessment(rng, p, earlier, _jpm(rng, p, base) - 3, stamp))
        found[p.id] = mine
    _make_sure_of_a_star(rng, people, base, found, stamp)
    for p in people:
        rows += found.get(p.id, [])
    return rows


def _jpm(rng: DemoRandom, p: Employee, base: list[float]) -> float:
    z = 0.6 * base[p.id] + 0.8 * rng.gauss(0, 1)
    lift = JPM_MANAGER if p.post in ("jpt", "administrator") else 0.0
    return round(min(99.0, max(40.0, JPM_MEAN + lift + JPM_SD * z)), 2)


def _assessment(rng: DemoRandom, p: Employee, day: date, jpm: float, stamp: str) -> dict:
    lembaga, metode = rng.item(ASSESSORS)
    return {
        "staff_id": p.id, "tanggal": day.isoformat(), "jpm": round(max(0.0, jpm), 2),
        "lembaga": lembaga, "metode": metode,
        "keterangan": "Penilaian potensi dan kompetensi (JPM)", "uuid": rng.uuid(),
        "updated_at": stamp,
    }  # fmt: skip


def _make_sure_of_a_star(
    rng: DemoRandom,
    people: list[Employee],
    base: list[float],
    found: dict[int, list[dict]],
    stamp: str,
) -> None:
    """Someone rated Sangat Baik in both years with a recent JPM ≥ 90 (box 9)."""
    stars = sorted((p for p in people if p.status == "pns" and p.always("sangat_baik")),
                   key=lambda p: (-base[p.id], p.id))  # fmt: skip
    if not stars or any(_recent_top(found.get(p.id, [])) for p in stars):
        return
    star = stars[0]
    day = rng.day_between(date(2024, 2, 1), date(2025, 10, 31))
    mine = [a for a in found.get(star.id, []) if a["tanggal"] != day.isoformat()]
    found[star.id] = [*mine, _assessment(rng, star, day, round(rng.uniform(90.5, 96), 2), stamp)]


def _recent_top(assessments: Iterable[dict]) -> bool:
    return any(a["jpm"] >= 90 and a["tanggal"] >= "2023-01-01" for a in assessments)


# -- sanctions ----------------------------------------------------------------------------------
def _sanctions(
    rng: DemoRandom, people: list[Employee], base: list[float], stamp: str
) -> list[dict]:
    """~2.5 % of active PNS, the weaker performers more often; heads only ringan; one would-be
    reguler promotion candidate held back by a recent sedang sanction."""
    pool = [p for p in people if p.status == "pns"]
    count = max(2, round(SANCTIONED * len(pool)))
    chosen: list[Employee] = []
    blocked = _would_be_candidate(pool, base)
    if blocked is not None:
        chosen.append(blocked)
    keys = sorted(
        ((rng.random() ** (1.0 / math.exp(-1.3 * base[p.id])), p.id, p) for p in pool
         if p is not blocked),
        key=lambda k: (k[0], k[1]), reverse=True,
    )  # fmt: skip
    chosen += [p for _, _, p in keys[: count - len(chosen)]]
    others = sorted((p for p in chosen if p is not blocked), key=lambda p: p.id)
    etik = max(1, round(KODE_ETIK_SHARE * count))
    step = max(1, len(others) // etik)
    breach = {others[i].id for i in range(step // 2, len(others), step)}
    tier = _tiers(rng, [p for p in others if p.id not in breach])
    rows = []
    for p in sorted(chosen, key=lambda p: p.id):
        if p is blocked:
            rows.append(_sanction(rng, p, "sedang", date(2025, 3, 3), date(2025, 8, 29), stamp))
        elif p.id in breach:
            rows.append(_sanction(rng, p, "", *_when(rng, recent=True), stamp))
        else:
            rows.append(_sanction(rng, p, tier[p.id], *_when(rng, rng.chance(RECENT)), stamp))
    return rows


def _tiers(rng: DemoRandom, people: list[Employee]) -> dict[int, str]:
    """Tingkat by the shares of ``TINGKAT`` exactly, heads among the ringan (a head with a
    sedang or berat sanction would no longer hold the post)."""
    order = sorted(people, key=lambda p: (not p.head, rng.random(), p.id))
    counts = largest_remainder(len(order), [w for _, w in TINGKAT])
    levels = [name for (name, _), n in zip(TINGKAT, counts, strict=True) for _ in range(n)]
    return {p.id: level for p, level in zip(order, levels, strict=True)}


def _would_be_candidate(pool: list[Employee], base: list[float]) -> Employee | None:
    """A pelaksana below the ceiling of their education with four years in the golongan and
    Baik or better twice (the sanction is then the one condition that fails), when there is
    another such candidate left."""
    limit = add_years(PROMOTION_PERIOD, -4)
    fitting = [
        p for p in pool
        if p.post == "pelaksana" and not p.head and p.tmt_golongan <= limit
        and p.at_least_baik() and p.below_ceiling()
    ]  # fmt: skip
    if len(fitting) < 2:  # leave at least one who meets every condition
        return None
    return min(fitting, key=lambda p: (base[p.id], p.id))


def _when(rng: DemoRandom, recent: bool) -> tuple[date, date]:
    if recent:
        return date(2024, 1, 8), date(2025, 11, 28)
    return date(2019, 1, 7), date(2023, 12, 15)


def _sanction(
    rng: DemoRandom, p: Employee, tingkat: str, first: date, last: date, stamp: str
) -> dict:
    signed = rng.day_between(first, last)
    tmt = signed + timedelta(days=rng.randint(0, 14))
    if tingkat:
        jenis, months = rng.item(HUKUMAN[tingkat])
        sebab = rng.item(HUKUMAN_SEBAB)
    else:
        jenis, months, sebab = rng.item(KODE_ETIK), 0, rng.item(KODE_ETIK_SEBAB)
    selesai = _months_later(tmt, months) - timedelta(days=1) if months else None
    return {
        "staff_id": p.id, "urutan": 0, "kategori": "disiplin" if tingkat else "kode_etik",
        "tingkat": tingkat, "jenis": jenis,
        "nomor_sk": f"800.1.6.4/{rng.randint(1, 180)}/BKPSDM/{signed.year}",
        "tanggal_sk": signed.isoformat(), "tmt": tmt.isoformat(),
        "selesai": selesai.isoformat() if selesai else None, "keterangan": sebab,
        "uuid": rng.uuid(), "updated_at": stamp,
    }  # fmt: skip


def _months_later(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    day = min(d.day, 28)
    return date(index // 12, index % 12 + 1, day)


def _weighs(row: dict) -> bool:
    """Sedang/berat or a code-of-ethics breach within the last two years (rekam jejak)."""
    recent = row["tanggal_sk"] >= f"{REFERENCE.year - LOOKBACK}-01-01"
    return recent and (row["kategori"] == "kode_etik" or row["tingkat"] in ("sedang", "berat"))
