"""The competence-development ledger's data (issue 14 item 6; rules in ``core.talent.jp``).

Set-based: one query for the people in scope with their JP of the year by form (a training
counts in the year it ends, else the year it starts), one for the appraisals below
expectation and one for those people's RHK/IKI — no query per person. PNS and CPNS are in the
ledger; PPPK are not (PP 49/2018 Pasal 39 gives them up to 24 JP a year, not a minimum of 20).
Scoped like every talent list (``store.talent_scope``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

import sqlite_utils

from desktop.core.appraisal import Predikat, Rating
from desktop.core.orgchart import UnitTree
from desktop.core.talent.jp import (
    Appraisal,
    JpPerson,
    JpUnit,
    Need,
    RhkResult,
    basis_text,
    suggest,
    summarize,
    total_line,
)
from desktop.store import talent_scope
from desktop.store.staff import NAMA_SQL as NAMA_SQL  # re-exported for talent_ipasn
from desktop.store.talent_settings import talent_settings
from desktop.store.units import unit_tree

SUBTREE_SQL = """s.unit_id IN (
    WITH RECURSIVE sub(id) AS (
        SELECT :unit UNION SELECT u2.id FROM unit u2 JOIN sub ON u2.parent_id = sub.id
    ) SELECT id FROM sub)"""

# the year a training counts in, as a condition on riwayat_diklat d (index on tanggal_mulai
# is of no help with the end date first; a scan of the table is ~0.1 s at 50,000 staff)
YEAR_SQL = "substr(coalesce(nullif(d.tanggal_selesai, ''), d.tanggal_mulai), 1, 4) = :tahun"

_PEOPLE_SQL = f"""
WITH jp AS (
    SELECT d.staff_id AS staff_id,
           sum(CASE WHEN j.bentuk = 'klasikal' THEN d.jp ELSE 0 END) AS klasikal,
           sum(CASE WHEN j.bentuk = 'nonklasikal' THEN d.jp ELSE 0 END) AS nonklasikal,
           sum(CASE WHEN j.bentuk IS NULL THEN d.jp ELSE 0 END) AS lainnya
    FROM riwayat_diklat d LEFT JOIN ref_jenis_pengembangan j ON j.kode = d.jenis
    WHERE {YEAR_SQL}
    GROUP BY d.staff_id
)
SELECT s.id, s.nip, {NAMA_SQL}, s.jabatan, s.unit_id, coalesce(u.nama, ''),
       coalesce(jp.klasikal, 0), coalesce(jp.nonklasikal, 0), coalesce(jp.lainnya, 0)
FROM staff s
LEFT JOIN unit u ON u.id = s.unit_id
LEFT JOIN jp ON jp.staff_id = s.id
WHERE s.aktif = 1 AND s.status IN ('pns', 'cpns') AND {{units}} AND {{scope}}
ORDER BY s.nama, s.nip
"""

# per person the appraisal of the year a suggestion rests on: the set annual one, else the
# latest rated periodic one (by its last month: TW4 = 12, B11 = 11)
_EVAL_SQL = """
SELECT staff_id, skp_id, eval_id, periode, rating_hasil, rating_perilaku, predikat FROM (
    SELECT k.staff_id, k.id AS skp_id, e.id AS eval_id, e.periode, e.rating_hasil,
           e.rating_perilaku, e.predikat,
           row_number() OVER (PARTITION BY k.staff_id ORDER BY
               CASE WHEN e.periode = 'TAHUNAN' THEN 13
                    WHEN e.periode GLOB 'TW*' THEN CAST(substr(e.periode, 3) AS INTEGER) * 3
                    ELSE CAST(substr(e.periode, 2) AS INTEGER) END DESC) AS rn
    FROM skp k JOIN evaluasi e ON e.skp_id = k.id
    WHERE k.tahun = :tahun
      AND (e.status = 'ditetapkan' OR (e.status = 'dinilai' AND e.periode <> 'TAHUNAN'))
      AND (e.predikat IS NOT NULL OR e.rating_hasil IS NOT NULL)
) WHERE rn = 1
"""


@dataclass(frozen=True)
class JpLedger:
    """The ledger of one year for a unit (0: the whole office in scope)."""

    tahun: int
    unit_id: int
    unit_nama: str
    target: int
    people: list[JpPerson]
    units: list[JpUnit]
    total: JpUnit
    needs: list[Need]

    @property
    def below(self) -> list[JpPerson]:
        """Those below the target, the most JP short first."""
        return sorted((p for p in self.people if not p.reached), key=lambda p: (-p.short, p.nama))


def scope_clause(db: sqlite_utils.Database, unit_id: int) -> tuple[str, str, dict[str, object]]:
    """The unit and session conditions on staff ``s`` and their parameters (shared with the
    IP ASN pre-check)."""
    scope, params = talent_scope.visible_sql(db, "s.id")
    values: dict[str, object] = {"unit": unit_id}
    if params:
        scope = scope.replace("?", ":scope")
        values["scope"] = params[0]
    return (SUBTREE_SQL if unit_id else "1"), scope, values


def groups(tree: UnitTree, unit_id: int) -> dict[int | None, tuple[int, str]]:
    """Which summary line each unit's people go to: the OPD for the whole office (0), else
    the chosen unit's direct sub-unit (the unit itself for its own staff)."""
    out: dict[int | None, tuple[int, str]] = {}
    for uid, unit in tree.by_id.items():
        chain = [unit, *tree.ancestors(uid)]
        if unit_id:
            ids = [u.id for u in chain]
            if unit_id not in ids:
                continue
            pos = ids.index(unit_id)
            top = chain[pos - 1] if pos > 0 else chain[pos]
        else:
            top = next((u for u in chain if u.jenis == "opd"), chain[-1])
        out[uid] = (top.id or 0, top.nama)
    return out


def jp_ledger(db: sqlite_utils.Database, tahun: int, unit_id: int = 0) -> JpLedger:
    """JP of ``tahun`` per person and unit, those below the target, and the training needs
    (refuses with ``AccessError`` a role without the talent lists or a unit out of scope)."""
    talent_scope.require_view(db, unit_id)
    target = talent_settings(db).target_jp
    units, scope, values = scope_clause(db, unit_id)
    values["tahun"] = f"{tahun:04d}"
    rows = db.execute(_PEOPLE_SQL.format(units=units, scope=scope), values).fetchall()
    people = [JpPerson(r[0], r[1], r[2], r[3], r[4], r[5], target, r[6], r[7], r[8]) for r in rows]
    tree = unit_tree(db)
    lines = summarize(people, groups(tree, unit_id))
    name = tree.by_id[unit_id].nama if unit_id in tree.by_id else ""
    return JpLedger(
        tahun,
        unit_id,
        name,
        target,
        people,
        lines,
        total_line(lines, ""),
        training_needs(db, tahun, people),
    )


def training_needs(db: sqlite_utils.Database, tahun: int, people: list[JpPerson]) -> list[Need]:
    """Suggestions for the people whose appraisal of ``tahun`` (annual, else the latest
    periodic one rated) was below expectation."""
    by_id = {p.staff_id: p for p in people}
    chosen: dict[int, tuple[int, int, Appraisal]] = {}  # staff → (skp, evaluasi, appraisal)
    for staff_id, skp_id, eval_id, periode, hasil, perilaku, predikat in db.execute(
        _EVAL_SQL, {"tahun": tahun}
    ):
        if staff_id in by_id:
            appraisal = Appraisal(
                periode,
                Predikat(predikat) if predikat else None,
                Rating(hasil) if hasil else None,
                Rating(perilaku) if perilaku else None,
            )
            chosen[staff_id] = (skp_id, eval_id, appraisal)
    below = {sid: c for sid, c in chosen.items() if c[2].below_expectation}
    rhks = _rhks(db, {sid: (c[0], c[1]) for sid, c in below.items()})
    weak = _weak_values(db, [c[1] for c in below.values()])
    needs = []
    for sid, (skp_id, eval_id, appraisal) in below.items():
        p = by_id[sid]
        needs.append(
            Need(
                p.staff_id,
                p.nip,
                p.nama,
                p.jabatan,
                p.unit_nama,
                basis_text(tahun, appraisal),
                suggest(appraisal, rhks.get(skp_id, []), weak.get(eval_id, [])),
            )
        )
    return sorted(needs, key=lambda n: (n.unit_nama, n.nama))


def _rhks(
    db: sqlite_utils.Database, picks: dict[int, tuple[int, int]]
) -> dict[int, list[RhkResult]]:
    """Each SKP's RHK with (target, realisasi) of its IKI in the chosen evaluation (the
    pairs drive the join, so each lookup is by index: realisasi (evaluasi_id, iki_id))."""
    if not picks:
        return {}
    sql = """
    WITH pick AS (
        SELECT json_extract(value, '$[0]') AS skp_id, json_extract(value, '$[1]') AS eval_id
        FROM json_each(:picks)
    )
    SELECT r.skp_id, r.id, r.uraian, i.id, i.target, x.realisasi
    FROM pick
    JOIN rhk r ON r.skp_id = pick.skp_id
    LEFT JOIN iki i ON i.rhk_id = r.id
    LEFT JOIN realisasi x ON x.evaluasi_id = pick.eval_id AND x.iki_id = i.id
    ORDER BY r.skp_id, r.jenis, r.urutan, r.id, i.urutan, i.id
    """
    pairs = json.dumps(sorted(picks.values()))
    texts: dict[int, dict[int, str]] = defaultdict(dict)
    iki: dict[int, list[tuple[str, str]]] = defaultdict(list)
    order: dict[int, list[int]] = defaultdict(list)
    for skp_id, rhk_id, uraian, iki_id, target, realisasi in db.execute(sql, {"picks": pairs}):
        if rhk_id not in texts[skp_id]:
            texts[skp_id][rhk_id] = uraian
            order[skp_id].append(rhk_id)
        if iki_id is not None:
            iki[rhk_id].append((target or "", realisasi or ""))
    return {
        skp: [RhkResult(texts[skp][r], tuple(iki[r])) for r in ids] for skp, ids in order.items()
    }


def _weak_values(db: sqlite_utils.Database, eval_ids: list[int]) -> dict[int, list[str]]:
    """The BerAKHLAK values that carry feedback in each evaluation (the appraiser's pointer
    to what to coach)."""
    if not eval_ids:
        return {}
    rows = db.execute(
        "SELECT p.evaluasi_id, b.nilai FROM evaluasi_perilaku p "
        "JOIN (SELECT DISTINCT nilai_no, nilai FROM ref_berakhlak) b ON b.nilai_no = p.nilai_no "
        "WHERE p.evaluasi_id IN (SELECT value FROM json_each(?)) AND trim(p.umpan_balik) <> '' "
        "ORDER BY p.evaluasi_id, p.nilai_no",
        [json.dumps(sorted(eval_ids))],
    )
    out: dict[int, list[str]] = defaultdict(list)
    for eval_id, nilai in rows:
        out[eval_id].append(nilai)
    return out
