"""Key positions (units marked ``kritikal``) and their succession drafts.

The pool comes from the talent map (``store.talent_map.placements``: active PNS in the
session's scope, boxes 7–9 with the rekam jejak met); this module adds what the succession rules
need of each pool member (birth date, golongan, pendidikan, eselon, jenjang) in one query and
hands both to ``core.talent.succession``. Candidates for a JPT post come from the whole office
(in scope), for an administrator or pengawas post from the position's own OPD.

Marking a unit kritikal is a unit change: ``Perm.EDIT_UNITS`` on that unit, one transaction,
audited through ``store.rows``.
"""

from __future__ import annotations

import json
from datetime import date

import sqlite_utils

from desktop.core.access import Perm, Scope, scope_of
from desktop.core.orgchart import UnitTree
from desktop.core.talent.ninebox import Placement
from desktop.core.talent.succession import (
    KeyPosition,
    Pegawai,
    Succession,
    Talent,
    Tingkat,
    head_title,
    is_eligible,
    succession,
    unit_tingkat,
)
from desktop.core.workflow import Role
from desktop.store import access
from desktop.store.db import translate_errors
from desktop.store.rows import update_changed
from desktop.store.staff import NAMA_SQL
from desktop.store.talent_map import placements
from desktop.store.units import get_unit, list_units

_PEOPLE_SQL = f"""
SELECT s.id, s.nip,
       {NAMA_SQL},
       s.jabatan, s.unit_id, coalesce(u.nama, ''), s.status, s.tanggal_lahir, s.golongan,
       s.pendidikan, coalesce(e.kode, ''), s.jenjang, s.jenis_jabatan
FROM staff s
LEFT JOIN unit u ON u.id = s.unit_id
LEFT JOIN ref_eselon e ON e.id = s.eselon_id
WHERE s.id IN (SELECT value FROM json_each(?))
"""


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def people(db: sqlite_utils.Database, staff_ids: set[int]) -> dict[int, Pegawai]:
    """What the succession rules need of these people, by id (one query)."""
    rows = db.execute(_PEOPLE_SQL, [json.dumps(sorted(staff_ids))]).fetchall()
    found = {}
    for (
        sid,
        nip,
        nama,
        jabatan,
        unit_id,
        unit_nama,
        status,
        lahir,
        gol,
        pend,
        es,
        jj,
        jenis,
    ) in rows:
        found[sid] = Pegawai(
            staff_id=sid, nip=nip, nama=nama, jabatan=jabatan, unit_id=unit_id,
            unit_nama=unit_nama, status=status, tanggal_lahir=_date(lahir), golongan=gol,
            pendidikan=pend, eselon="" if es == "Non Eselon" else es, jenjang=jj,
            jenis_jabatan=jenis,
        )  # fmt: skip
    return found


def _visible_units(db: sqlite_utils.Database) -> set[int] | None:
    """The units whose key positions the session may see (None: all)."""
    who = access.acting_session()
    if who.locked:
        return set()
    if who.role is Role.ADMIN:
        return None
    scope = scope_of(who.role, Perm.VIEW_TALENT)
    if scope is Scope.ALL:
        return None
    return access.unit_scope(db, who) if scope is Scope.UNITS else set()


def _opd_of(tree: UnitTree, unit_id: int) -> int | None:
    """The OPD a unit belongs to (itself when it is one; None above the OPDs)."""
    for unit in [tree.by_id[unit_id], *tree.ancestors(unit_id)]:
        if unit.jenis == "opd":
            return unit.id
    return None


def key_positions(db: sqlite_utils.Database, unit_id: int = 0) -> list[KeyPosition]:
    """The active units marked kritikal in ``unit_id``'s subtree (0: the whole office) that the
    session may see, in unit-code order, each with its head and tingkat."""
    tree = UnitTree(list_units(db))
    visible = _visible_units(db)
    wanted = tree.subtree_ids(unit_id) if unit_id else set(tree.by_id)
    marked = {row[0] for row in db.execute("SELECT id FROM unit WHERE kritikal = 1 AND aktif = 1")}
    units = [
        u for uid, u in tree.by_id.items()
        if uid in marked and uid in wanted and (visible is None or uid in visible)
    ]  # fmt: skip
    heads = people(db, {u.kepala_id for u in units if u.kepala_id is not None})
    found = []
    for unit in sorted(units, key=lambda u: u.kode):
        uid = unit.id or 0
        holder = heads.get(unit.kepala_id) if unit.kepala_id is not None else None
        eselon = holder.eselon if holder else ""
        found.append(
            KeyPosition(
                unit_id=uid,
                unit_kode=unit.kode,
                unit_nama=unit.nama,
                jabatan=unit.jabatan_kepala or head_title(unit.nama),
                tingkat=unit_tingkat(str(unit.jenis), str(unit.jenis_unit), eselon),
                eselon=eselon,
                holder=holder,
                opd_id=_opd_of(tree, uid),
            )
        )
    return found


def _talent(p: Placement) -> Talent:
    return Talent(p.staff_id, p.box, p.predikat, p.jpm, p.in_pool)


def successions(
    db: sqlite_utils.Database, year: int, unit_id: int = 0, on: date | None = None
) -> list[Succession]:
    """The succession draft of every key position in ``unit_id``'s subtree for the talent map
    of ``year``, dated ``on`` (today by default; retirement warnings count from it)."""
    positions = key_positions(db, unit_id)
    if not positions:
        return []
    pool = [p for p in placements(db, year) if p.in_pool]
    info = people(db, {p.staff_id for p in pool})
    tree = UnitTree(list_units(db))
    opd_of = {uid: _opd_of(tree, uid) for uid in tree.by_id}
    # the pool bucketed once by (OPD, tingkat): each position reads only its own buckets
    buckets: dict[tuple[int | None, Tingkat | None], list[tuple[Pegawai, Talent]]] = {}
    everyone: dict[Tingkat | None, list[tuple[Pegawai, Talent]]] = {}
    for placement in pool:
        person = info.get(placement.staff_id)
        if person is None:
            continue
        pair = (person, _talent(placement))
        level = person.tingkat
        opd = opd_of.get(placement.unit_id) if placement.unit_id is not None else None
        buckets.setdefault((opd, level), []).append(pair)
        everyone.setdefault(level, []).append(pair)
    on = on or date.today()
    drafts = []
    for position in positions:
        levels = [t for t in Tingkat if is_eligible(position.tingkat, t)] + [None]
        local = position.tingkat >= Tingkat.ADMINISTRATOR and position.opd_id is not None
        pairs = [
            pair
            for level in levels
            for pair in (buckets.get((position.opd_id, level), []) if local
                         else everyone.get(level, []))
        ]  # fmt: skip
        drafts.append(succession(position, pairs, on))
    return drafts


def may_mark(db: sqlite_utils.Database, unit_id: int) -> bool:
    """May the session mark or unmark this unit's head as a key position?"""
    return access.may(db, Perm.EDIT_UNITS, unit_id=unit_id)


def set_kritikal(db: sqlite_utils.Database, unit_id: int, kritikal: bool) -> bool:
    """Mark (or unmark) the unit's head as a key position; True when it changed. Needs
    ``Perm.EDIT_UNITS`` on the unit; one transaction with its audit entry."""
    access.require(db, Perm.EDIT_UNITS, unit_id=unit_id)
    unit = get_unit(db, unit_id)
    with translate_errors(), db.atomic():
        changed = update_changed(db, "unit", unit_id, {"kritikal": int(kritikal)}, audit=unit.nama)
    return bool(changed)
