"""The IP ASN pre-check's data (issue 14 item 7; rules in ``core.talent.ipasn``).

Four set-based reads — people, their trainings up to the year, the annual predikat of the
year and the one before, the disciplinary sanctions running in the year — then the rubric of
``ref_ipasn`` (the office's chosen version, else the newest) scores everyone in Python.
Active PNS and CPNS in scope; PPPK are not measured (Peraturan BKN 8/2019 measures PNS).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

import sqlite_utils

from desktop.core.appraisal import Predikat
from desktop.core.errors import NotFound
from desktop.core.talent.ipasn import (
    WINDOW_YEARS,
    Dimensi,
    Kategori,
    Rubric,
    RubricRow,
    Training,
    TrainingSummary,
    categorize,
    summarize_trainings,
)
from desktop.core.talent.ipasn_score import (
    IpAsnInput,
    IpAsnResult,
    IpAsnSummary,
    assess,
    summarize,
)
from desktop.store import talent_scope
from desktop.store.talent_jp import NAMA_SQL, groups, scope_clause
from desktop.store.talent_settings import talent_settings
from desktop.store.units import unit_tree

_PEOPLE_SQL = f"""
SELECT s.id, s.nip, {NAMA_SQL}, s.jabatan, s.unit_id, coalesce(u.nama, ''),
       s.pendidikan, s.jenis_jabatan
FROM staff s LEFT JOIN unit u ON u.id = s.unit_id
WHERE s.aktif = 1 AND s.status IN ('pns', 'cpns') AND {{units}} AND {{scope}}
ORDER BY s.nama, s.nip
"""

# a person's trainings up to the year; ``tahun`` is the year each counts in ('0': undated)
_DIKLAT_CTE = """
WITH d AS (
    SELECT d.staff_id, d.jenis, d.nama, d.jp,
           coalesce(substr(coalesce(nullif(d.tanggal_selesai, ''), d.tanggal_mulai), 1, 4), '0')
               AS tahun
    FROM staff s JOIN riwayat_diklat d ON d.staff_id = s.id
    WHERE s.aktif = 1 AND s.status IN ('pns', 'cpns') AND {units} AND {scope}
)
"""
# those of a known kind, summed per person in SQL (the kinds' items come from ``categorize``)
_KNOWN_SQL = (
    _DIKLAT_CTE
    + """
SELECT d.staff_id,
    min(CASE WHEN d.jenis IN (SELECT value FROM json_each(:kepemimpinan)) THEN d.nama END),
    min(CASE WHEN d.jenis IN (SELECT value FROM json_each(:fungsional)) THEN d.nama END),
    sum(CASE WHEN d.tahun >= :awal AND d.jenis IN (SELECT value FROM json_each(:teknis))
             THEN d.jp ELSE 0 END),
    sum(CASE WHEN d.tahun >= :awal AND d.jenis IN (SELECT value FROM json_each(:seminar))
             THEN 1 ELSE 0 END)
FROM d
WHERE d.tahun <= :tahun AND d.jenis IN (SELECT kode FROM ref_jenis_pengembangan)
GROUP BY d.staff_id
"""
)
# those without a (known) kind: told apart by their names, one by one
_UNKNOWN_SQL = (
    _DIKLAT_CTE
    + """
SELECT d.staff_id, d.nama, d.jp, d.tahun >= :awal FROM d
WHERE d.tahun <= :tahun
  AND (d.jenis IS NULL OR d.jenis NOT IN (SELECT kode FROM ref_jenis_pengembangan))
"""
)

_PREDIKAT_SQL = """
SELECT k.staff_id, k.tahun, e.predikat FROM skp k JOIN evaluasi e ON e.skp_id = k.id
WHERE k.tahun IN (:y0, :y1) AND e.periode = 'TAHUNAN' AND e.status = 'ditetapkan'
  AND e.predikat IS NOT NULL
"""

# a sanction counts when set or running in the year: its start (TMT, else the SK's date) is
# in the year, or before it with an end date inside or after it
_HUKUMAN_SQL = """
SELECT staff_id, tingkat, nomor_sk FROM riwayat_hukuman
WHERE kategori = 'disiplin' AND tingkat IN ('ringan', 'sedang', 'berat')
  AND coalesce(nullif(tmt, ''), tanggal_sk) <= :end
  AND (coalesce(nullif(tmt, ''), tanggal_sk) >= :start OR coalesce(selesai, '') >= :start)
"""
_TINGKAT = {"ringan": 1, "sedang": 2, "berat": 3}


@dataclass(frozen=True)
class UnitAverage:
    unit_id: int
    unit_nama: str
    summary: IpAsnSummary


@dataclass(frozen=True)
class IpAsnReport:
    tahun: int
    unit_id: int
    unit_nama: str
    rubric: Rubric
    results: list[IpAsnResult]
    summary: IpAsnSummary
    units: list[UnitAverage]


def rubric(db: sqlite_utils.Database, versi: str = "") -> Rubric:
    """The rubric ``versi`` of ``ref_ipasn`` ("" = the newest); ``NotFound`` when absent."""
    if not versi:
        row = db.execute("SELECT max(versi) FROM ref_ipasn").fetchone()
        versi = row[0] if row and row[0] else ""
    rows = db.execute(
        "SELECT versi, dimensi, kode, uraian, nilai, urutan FROM ref_ipasn WHERE versi = ? "
        "ORDER BY urutan, kode",
        [versi],
    ).fetchall()
    if not rows:
        raise NotFound("record", what=f"rubrik IP ASN versi {versi or '-'} (ref_ipasn)")
    return Rubric(
        versi, tuple(RubricRow(r[0], Dimensi(r[1]), r[2], r[3], r[4], r[5]) for r in rows)
    )


def ipasn_report(db: sqlite_utils.Database, tahun: int, unit_id: int = 0) -> IpAsnReport:
    """Everyone's pre-check for ``tahun`` in ``unit_id`` (0: the office in scope), the
    average and band spread overall and per unit (refuses a role without the talent lists)."""
    talent_scope.require_view(db, unit_id)
    rules = rubric(db, talent_settings(db).ipasn_versi)
    units, scope, values = scope_clause(db, unit_id)
    values["tahun"] = f"{tahun:04d}"
    people = db.execute(_PEOPLE_SQL.format(units=units, scope=scope), values).fetchall()
    trainings = _trainings(db, units, scope, values, tahun)
    predikat = _predikat(db, tahun)
    hukuman = _hukuman(db, tahun)
    results = []
    for sid, nip, nama, jabatan, uid, unit_nama, pendidikan, jenis_jabatan in people:
        pred = predikat.get(sid, (None, None))
        huk = hukuman.get(sid, (None, ""))
        person = IpAsnInput(
            sid,
            nip,
            nama,
            jabatan,
            uid,
            unit_nama,
            pendidikan,
            jenis_jabatan,
            trainings.get(sid, TrainingSummary()),
            pred[0],
            pred[1],
            huk[0],
            huk[1],
        )
        results.append(assess(person, rules, tahun))
    tree = unit_tree(db)
    name = tree.by_id[unit_id].nama if unit_id in tree.by_id else ""
    return IpAsnReport(
        tahun,
        unit_id,
        name,
        rules,
        results,
        summarize(results),
        _unit_averages(results, groups(tree, unit_id)),
    )


def _trainings(
    db: sqlite_utils.Database, units: str, scope: str, values: dict[str, object], tahun: int
) -> dict[int, TrainingSummary]:
    """Per person what the kompetensi dimension counts (set-based for trainings of a known
    kind; those without one are told apart by name in Python)."""
    kinds: dict[Kategori, list[str]] = defaultdict(list)
    for kode, nama, bentuk in db.execute("SELECT kode, nama, bentuk FROM ref_jenis_pengembangan"):
        kinds[categorize(kode, nama, bentuk, "")].append(kode)
    params = {**values, "awal": f"{tahun - WINDOW_YEARS + 1:04d}"}
    params.update({str(k): json.dumps(kinds.get(k, [])) for k in
                   (Kategori.KEPEMIMPINAN, Kategori.FUNGSIONAL, Kategori.TEKNIS,
                    Kategori.SEMINAR)})  # fmt: skip
    found = {
        sid: TrainingSummary(pim or "", fung or "", int(jp or 0), int(n or 0))
        for sid, pim, fung, jp, n in db.execute(_KNOWN_SQL.format(units=units, scope=scope), params)
    }
    by_name: dict[str, Kategori] = {}
    unknown: dict[int, list[Training]] = defaultdict(list)
    sql = _UNKNOWN_SQL.format(units=units, scope=scope)
    for sid, nama, jp, in_window in db.execute(sql, params):
        kategori = by_name.get(nama)
        if kategori is None:
            kategori = by_name[nama] = categorize(None, None, None, nama)
        unknown[sid].append(Training(kategori, int(jp or 0), tahun if in_window else None, nama))
    for sid, items in unknown.items():
        found[sid] = _merge(found.get(sid, TrainingSummary()), summarize_trainings(items, tahun))
    return found


def _merge(a: TrainingSummary, b: TrainingSummary) -> TrainingSummary:
    return TrainingSummary(a.kepemimpinan or b.kepemimpinan, a.fungsional or b.fungsional,
                           a.teknis_jp + b.teknis_jp, a.seminar + b.seminar,
                           a.unknown + b.unknown)  # fmt: skip


def _predikat(db: sqlite_utils.Database, tahun: int) -> dict[int, tuple[Predikat, int]]:
    """The annual predikat of the year, else of the year before."""
    found: dict[int, tuple[Predikat, int]] = {}
    for sid, year, value in db.execute(_PREDIKAT_SQL, {"y0": tahun - 1, "y1": tahun}):
        if sid not in found or year > found[sid][1]:
            found[sid] = (Predikat(value), year)
    return found


def _hukuman(db: sqlite_utils.Database, tahun: int) -> dict[int, tuple[str, str]]:
    """The heaviest disciplinary sanction set or running in the year, with its SK."""
    found: dict[int, tuple[str, str]] = {}
    params = {"start": f"{tahun}-01-01", "end": f"{tahun}-12-31\uffff"}
    for sid, tingkat, nomor in db.execute(_HUKUMAN_SQL, params):
        if sid not in found or _TINGKAT[tingkat] > _TINGKAT[found[sid][0]]:
            found[sid] = (tingkat, nomor)
    return found


def _unit_averages(
    results: list[IpAsnResult], group_of: dict[int | None, tuple[int, str]]
) -> list[UnitAverage]:
    by_group: dict[tuple[int, str], list[IpAsnResult]] = defaultdict(list)
    for r in results:
        by_group[group_of.get(r.unit_id, (0, ""))].append(r)
    lines = [UnitAverage(gid, name, summarize(rows)) for (gid, name), rows in by_group.items()]
    return sorted(lines, key=lambda u: (u.unit_nama.lower(), u.unit_id))
