"""The talent map's data: every active PNS in scope with the two annual predikat, the latest
assessment and the recent sanctions, placed by ``core.talent.ninebox``.

Set-based: one query for the people with their predikat and assessment, one for the
sanctions that could count; no query per person (50,000 staff well within a second). PPPK and
CPNS are not on the map (talent management concerns PNS; a CPNS has no two appraisal years).
Scoped as every talent list (``store.talent_scope``, ``Perm.VIEW_TALENT``): an operator sees
the OPDs of the account, a pimpinan or an admin the whole office; other roles, or a unit
outside the scope, are refused.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

import sqlite_utils

from desktop.core.appraisal import Predikat
from desktop.core.talent.ninebox import Classifier, Placement
from desktop.core.talent.rekam_jejak import Hukuman, rekam_jejak, window
from desktop.core.talent.settings import TalentSettings
from desktop.store import talent_scope
from desktop.store.staff import NAMA_SQL
from desktop.store.talent_settings import talent_settings

_SQL = f"""
WITH ases AS (
    SELECT staff_id, max(tanggal) AS tanggal, jpm FROM asesmen
    WHERE tanggal <= :end GROUP BY staff_id
)
SELECT s.id, s.nip,
       {NAMA_SQL},
       s.jabatan, s.unit_id, coalesce(u.nama, ''), s.tmt_cpns, e0.predikat, e1.predikat,
       a.tanggal, a.jpm
FROM staff s NOT INDEXED
LEFT JOIN unit u ON u.id = s.unit_id
LEFT JOIN skp k0 ON k0.staff_id = s.id AND k0.tahun = :y0
LEFT JOIN evaluasi e0 ON e0.skp_id = k0.id AND e0.periode = 'TAHUNAN'
    AND e0.status = 'ditetapkan'
LEFT JOIN skp k1 ON k1.staff_id = s.id AND k1.tahun = :y1
LEFT JOIN evaluasi e1 ON e1.skp_id = k1.id AND e1.periode = 'TAHUNAN'
    AND e1.status = 'ditetapkan'
LEFT JOIN ases a ON a.staff_id = s.id
WHERE s.aktif = 1 AND s.status = 'pns' AND {{units}} AND {{scope}}
ORDER BY s.nama, s.nip
"""

_SUBTREE = """s.unit_id IN (
    WITH RECURSIVE sub(id) AS (
        SELECT :unit UNION SELECT u2.id FROM unit u2 JOIN sub ON u2.parent_id = sub.id
    ) SELECT id FROM sub)"""

_HUKUMAN_SQL = """
SELECT staff_id, kategori, tingkat, jenis, nomor_sk, tanggal_sk, tmt, selesai
FROM riwayat_hukuman
WHERE (kategori = 'kode_etik' OR tingkat IN ('sedang', 'berat'))
  AND ((coalesce(tanggal_sk, '') = '' AND coalesce(tmt, '') = '')
       OR (max(coalesce(tanggal_sk, ''), coalesce(tmt, ''), coalesce(selesai, '')) >= :start
           AND min(coalesce(tanggal_sk, '9'), coalesce(tmt, '9')) <= :end))
"""


@lru_cache(maxsize=4096)
def _date(text: str | None) -> date | None:
    """An ISO date column (a timestamp's date part is enough); cached: dates repeat."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _scope_sql(db: sqlite_utils.Database) -> tuple[str, dict[str, str]]:
    where, params = talent_scope.visible_sql(db, "s.id")
    if not params:
        return where, {}
    return where.replace("?", ":scope"), {"scope": params[0]}


def sanctions(db: sqlite_utils.Database, year: int) -> dict[int, list[Hukuman]]:
    """Per person, the sanctions of a counted kind that may touch the two-year window."""
    start, end = window(year)
    found: dict[int, list[Hukuman]] = defaultdict(list)
    rows = db.execute(_HUKUMAN_SQL, {"start": start.isoformat(), "end": end.isoformat()})
    for staff_id, kategori, tingkat, jenis, nomor, tanggal_sk, tmt, selesai in rows:
        found[staff_id].append(
            Hukuman(
                kategori=kategori,
                tingkat=tingkat,
                jenis=jenis,
                nomor_sk=nomor,
                tanggal_sk=_date(tanggal_sk),
                tmt=_date(tmt),
                selesai=_date(selesai),
            )
        )
    return found


_PREDIKAT: dict[str | None, Predikat | None] = {p.value: p for p in Predikat}


def placements(
    db: sqlite_utils.Database,
    year: int,
    unit_id: int = 0,
    settings: TalentSettings | None = None,
) -> list[Placement]:
    """The map of ``year`` for ``unit_id`` and its sub-units (0: the whole office in scope),
    sorted by name. Each person is placed in a box or carries the reason it cannot be."""
    talent_scope.require_view(db, unit_id)
    settings = settings or talent_settings(db)
    scope, params = _scope_sql(db)
    units = _SUBTREE if unit_id else "1"
    sql = _SQL.format(units=units, scope=scope)
    values: dict[str, object] = {
        "y0": year - 1,
        "y1": year,
        "end": f"{year}-12-31\uffff",  # a timestamp on 31 Dec still counts
        "unit": unit_id,
        **params,
    }
    rows = db.execute(sql, values).fetchall()
    return list(_place(rows, year, settings, sanctions(db, year)))


def _place(
    rows: Iterable[tuple], year: int, settings: TalentSettings, hukuman: dict[int, list[Hukuman]]
) -> Iterable[Placement]:
    classify = Classifier(year, settings)
    for sid, nip, nama, jabatan, unit_id, unit_nama, tmt_cpns, p0, p1, tanggal, jpm in rows:
        predikat = (_PREDIKAT.get(p0), _PREDIKAT.get(p1))
        tanggal_asesmen = _date(tanggal)
        score = float(jpm) if jpm is not None else None
        asesmen = (
            (tanggal_asesmen, score) if tanggal_asesmen is not None and score is not None else None
        )
        result = classify(predikat, asesmen, _date(tmt_cpns) if p0 is None else None)
        yield Placement(
            staff_id=sid,
            nip=nip,
            nama=nama,
            jabatan=jabatan,
            unit_id=unit_id,
            unit_nama=unit_nama,
            box=result.box,
            kinerja=result.kinerja,
            potensial=result.potensial,
            jpm=score,
            predikat=predikat,
            reason=result.reason,
            rekam_jejak=rekam_jejak(hukuman.get(sid, ()), year) if sid in hukuman else "",
        )
