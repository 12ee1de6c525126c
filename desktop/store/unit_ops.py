"""Changes to the unit structure (SOTK) as an operator makes them: add, rename, move, merge,
deactivate and the other names a unit is known by.

Each function is one transaction with audit entries (before → after). A rename keeps the old
name as an alias so lists written before it still match. A merge moves staff, sub-units and
the organisation's capaian of A to B, gives B A's names as aliases and then deletes A (a
tombstone tells the centre); staff riwayat and evaluation snapshots are text and stay as written.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.errors import ValidationError
from desktop.core.models import Unit, UnitJenis
from desktop.core.orgchart import UnitTree
from desktop.core.unit_names import normalize
from desktop.store import access, audit
from desktop.store.db import translate_errors
from desktop.store.rows import delete_row, required_id, update_changed
from desktop.store.units import aliases_of, get_unit, save_unit, unit_tree

LEVELS = (UnitJenis.INSTANSI, UnitJenis.OPD, UnitJenis.BIDANG, UnitJenis.SUBBIDANG)


class UnitOpError(ValidationError):
    catalog = {
        "has_staff": (
            "Unit {nama} tidak dapat dinonaktifkan: masih ada {count} pegawai aktif di unit ini "
            "atau sub-unitnya. Pindahkan pegawainya lebih dulu.",
            "Unit {nama} cannot be deactivated: {count} active staff remain in it or its "
            "sub-units. Move them first.",
        ),
        "merge_self": (
            "Unit tidak dapat digabungkan ke dirinya sendiri.",
            "A unit cannot be merged into itself.",
        ),
        "merge_below": (
            "Unit {nama} tidak dapat digabungkan ke sub-unitnya sendiri ({target}).",
            "Unit {nama} cannot be merged into its own sub-unit ({target}).",
        ),
        "inactive_target": (
            "Unit tujuan {nama} nonaktif. Aktifkan dulu atau pilih unit lain.",
            "The target unit {nama} is inactive. Reactivate it first or choose another unit.",
        ),
        "alias_taken": (
            "Nama lain '{alias}' sudah dipakai oleh unit {other}.",
            "The other name '{alias}' is already used by unit {other}.",
        ),
        "alias_empty": ("Nama lain tidak boleh kosong.", "The other name must not be empty."),
    }


@dataclass
class MergeResult:
    staff: int  # staff moved (active and inactive)
    children: int  # sub-units moved
    capaian: int  # capaian rows moved (those B already had for the period are dropped)
    aliases: list[str]  # names added to B


# --- reading -----------------------------------------------------------------------------


def level_at_depth(depth: int) -> UnitJenis:
    """The tree level a unit at ``depth`` (0 = root) has: instansi, opd, bidang, subbidang."""
    return LEVELS[min(max(depth, 0), len(LEVELS) - 1)]


def depth_of(tree: UnitTree, parent_id: int | None) -> int:
    """Depth of a child placed under ``parent_id``."""
    if parent_id is None or parent_id not in tree.by_id:
        return 0
    return len(tree.ancestors(parent_id)) + 1


def suggest_kode(db: sqlite_utils.Database, parent_id: int | None) -> str:
    """The next free code under a parent: "1", "2" at the top, "<parent>.01", ".02" below
    (the scheme the demo uses), skipping codes already taken anywhere."""
    taken = {kode for (kode,) in db.execute("SELECT kode FROM unit")}
    if parent_id is None:
        numbers = [int(k) for k in taken if k.isdigit()]
        number = max(numbers, default=0) + 1
        while str(number) in taken:
            number += 1
        return str(number)
    prefix = get_unit(db, parent_id).kode + "."
    pattern = re.compile(re.escape(prefix) + r"(\d+)$")
    numbers = [int(m.group(1)) for k in taken if (m := pattern.match(k))]
    number = max(numbers, default=0) + 1
    while f"{prefix}{number:02d}" in taken:
        number += 1
    return f"{prefix}{number:02d}"


def active_staff_in(db: sqlite_utils.Database, unit_ids: Iterable[int]) -> int:
    ids = list(unit_ids)
    if not ids:
        return 0
    marks = ", ".join("?" * len(ids))
    sql = f"SELECT count(*) FROM staff WHERE aktif = 1 AND unit_id IN ({marks})"
    return int(db.execute(sql, ids).fetchone()[0])


def _row(db: sqlite_utils.Database, table: str, row_id: int) -> dict[str, Any]:
    return dict(next(db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id])))


# --- add, edit, rename -------------------------------------------------------------------


def add_unit(db: sqlite_utils.Database, unit: Unit, aliases: Iterable[str] = ()) -> Unit:
    """Insert a unit below ``unit.parent_id``; an empty kode gets ``suggest_kode`` and the
    level follows the depth in the tree."""
    with translate_errors(), db.atomic():
        tree = unit_tree(db)
        kode = unit.kode.strip() or suggest_kode(db, unit.parent_id)
        level = level_at_depth(depth_of(tree, unit.parent_id))
        saved = save_unit(db, dataclasses.replace(unit, kode=kode, jenis=level, id=None))
        assert saved.id is not None
        set_aliases(db, saved.id, aliases)
    return saved


def update_unit(
    db: sqlite_utils.Database, unit: Unit, aliases: Iterable[str] | None = None
) -> Unit:
    """Save the edit dialog's result: fields, then the alias list (when given). A new name
    keeps the old one as an alias. The parent is changed by ``move_unit`` only."""
    assert unit.id is not None
    with translate_errors(), db.atomic():
        before = get_unit(db, unit.id)
        wanted = list(aliases) if aliases is not None else aliases_of(db, unit.id)
        if normalize(before.nama) != normalize(unit.nama):
            wanted.append(before.nama)
        unit = dataclasses.replace(unit, parent_id=before.parent_id, jenis=before.jenis)
        saved = save_unit(db, unit)
        set_aliases(db, required_id(unit), wanted)
    return saved


def rename_unit(db: sqlite_utils.Database, unit_id: int, nama: str) -> Unit:
    """A new name; the old one stays as an alias."""
    return update_unit(db, dataclasses.replace(get_unit(db, unit_id), nama=nama.strip()))


# --- aliases -----------------------------------------------------------------------------


def _alias_owner(db: sqlite_utils.Database, alias: str, unit_id: int) -> str | None:
    """The name of another unit already known by ``alias`` (None when free)."""
    key = normalize(alias)
    sql = (
        "SELECT u.id, u.nama, u.singkatan, a.alias FROM unit u "
        "LEFT JOIN unit_alias a ON a.unit_id = u.id WHERE u.id <> ?"
    )
    for _uid, nama, singkatan, other in db.execute(sql, [unit_id]):
        if key in (normalize(nama), normalize(singkatan or ""), normalize(other or "")):
            return str(nama)
    return None


def set_aliases(db: sqlite_utils.Database, unit_id: int, aliases: Iterable[str]) -> None:
    """Make the unit's alias list ``aliases`` (blank, duplicate and own names dropped);
    an alias another unit is known by is refused."""
    access.require(db, Perm.EDIT_UNITS)
    unit = get_unit(db, unit_id)
    own = {normalize(unit.nama), normalize(unit.singkatan)}
    wanted: dict[str, str] = {}
    for alias in aliases:
        text = " ".join(alias.split())
        key = normalize(text)
        if key and key not in own and key not in wanted:
            wanted[key] = text
    current = {normalize(a): a for a in aliases_of(db, unit_id)}
    with translate_errors(), db.atomic():
        for key, alias in current.items():
            if key not in wanted:
                _delete_alias(db, unit, alias)
        for key, alias in wanted.items():
            if key not in current:
                _insert_alias(db, unit, alias)


def add_alias(db: sqlite_utils.Database, unit_id: int, alias: str) -> None:
    if not normalize(alias):
        raise UnitOpError("alias_empty")
    set_aliases(db, unit_id, [*aliases_of(db, unit_id), alias])


def remove_alias(db: sqlite_utils.Database, unit_id: int, alias: str) -> None:
    key = normalize(alias)
    set_aliases(db, unit_id, [a for a in aliases_of(db, unit_id) if normalize(a) != key])


def _insert_alias(db: sqlite_utils.Database, unit: Unit, alias: str, *, check: bool = True) -> None:
    assert unit.id is not None
    other = _alias_owner(db, alias, unit.id) if check else None
    if other is not None:
        raise UnitOpError("alias_taken", alias=alias, other=other)
    db.conn.execute("INSERT INTO unit_alias (unit_id, alias) VALUES (?, ?)", [unit.id, alias])
    audit.record(db, action="insert", table="unit_alias", row_uuid=unit.uuid,
                 after={"alias": alias}, summary=f"{unit.nama}: {alias}")  # fmt: skip


def _delete_alias(db: sqlite_utils.Database, unit: Unit, alias: str) -> None:
    db.conn.execute("DELETE FROM unit_alias WHERE unit_id = ? AND alias = ?", [unit.id, alias])
    audit.record(db, action="delete", table="unit_alias", row_uuid=unit.uuid,
                 before={"alias": alias}, summary=f"{unit.nama}: {alias}")  # fmt: skip


# --- move --------------------------------------------------------------------------------


def move_unit(db: sqlite_utils.Database, unit_id: int, parent_id: int | None) -> Unit:
    """Put a unit (with its sub-units) under another parent; loops are refused by
    ``save_unit``. Levels below follow the new depth."""
    with translate_errors(), db.atomic():
        unit = get_unit(db, unit_id)
        tree = unit_tree(db)
        level = level_at_depth(depth_of(tree, parent_id))
        moved = save_unit(db, dataclasses.replace(unit, parent_id=parent_id, jenis=level))
        _relevel_below(db, unit_id)
    return moved


def _relevel_below(db: sqlite_utils.Database, unit_id: int) -> None:
    tree = unit_tree(db)
    stack = [(child, depth_of(tree, unit_id)) for child in tree.children.get(unit_id, [])]
    while stack:
        child, depth = stack.pop()
        level = level_at_depth(depth)
        if child.jenis != level:
            save_unit(db, dataclasses.replace(child, jenis=level))
        stack.extend((c, depth + 1) for c in tree.children.get(child.id, []))


# --- deactivate --------------------------------------------------------------------------


def deactivate_unit(db: sqlite_utils.Database, unit_id: int) -> int:
    """Deactivate a unit and its sub-units; refused while active staff remain in any of
    them (the message gives the count). Returns how many units changed."""
    with translate_errors(), db.atomic():
        unit = get_unit(db, unit_id)
        ids = unit_tree(db).subtree_ids(unit_id)
        count = active_staff_in(db, ids)
        if count:
            raise UnitOpError("has_staff", nama=unit.nama, count=count)
        return _set_active(db, ids, False)


def reactivate_unit(db: sqlite_utils.Database, unit_id: int) -> int:
    """Reactivate a unit and the inactive units above it (a live unit needs a live parent)."""
    with translate_errors(), db.atomic():
        tree = unit_tree(db)
        ids = {unit_id} | {u.id for u in tree.ancestors(unit_id) if u.id is not None}
        return _set_active(db, ids, True)


def _set_active(db: sqlite_utils.Database, ids: Iterable[int], aktif: bool) -> int:
    changed = 0
    for uid in sorted(ids):
        unit = get_unit(db, uid)
        if unit.aktif != aktif:
            save_unit(db, dataclasses.replace(unit, aktif=aktif))
            changed += 1
    return changed


# --- merge -------------------------------------------------------------------------------


def merge_units(db: sqlite_utils.Database, source_id: int, target_id: int) -> MergeResult:
    """Merge unit A (``source_id``) into B in one transaction: A's staff, sub-units and
    capaian move to B, A's head becomes B's when B has none, A's names become B's aliases,
    and A is deleted (its audit entry keeps what it was)."""
    access.require(db, Perm.EDIT_UNITS)
    if source_id == target_id:
        raise UnitOpError("merge_self")
    with translate_errors(), db.atomic():
        source, target = get_unit(db, source_id), get_unit(db, target_id)
        if target_id in unit_tree(db).subtree_ids(source_id):
            raise UnitOpError("merge_below", nama=source.nama, target=target.nama)
        if not target.aktif:
            raise UnitOpError("inactive_target", nama=target.nama)
        staff = _move_staff(db, source, target)
        children = _move_children(db, source_id, target_id)
        capaian = _move_capaian(db, source, target)
        names = [source.nama, source.singkatan, *aliases_of(db, source_id)]
        _adopt_head(db, source, target)
        before = _row(db, "unit", source_id)
        db.conn.execute("DELETE FROM unit_alias WHERE unit_id = ?", [source_id])
        delete_row(db, "unit", source_id, before=before,
                   audit=f"{source.nama} digabung ke {target.nama}")  # fmt: skip
        added = _adopt_names(db, target_id, names)
    return MergeResult(staff, children, capaian, added)


def _move_staff(db: sqlite_utils.Database, source: Unit, target: Unit) -> int:
    rows = list(db.query("SELECT id, uuid, nama FROM staff WHERE unit_id = ?", [source.id]))
    for row in rows:
        update_changed(db, "staff", row["id"], {"unit_id": target.id},
                       audit=f"{row['nama']}: {source.nama} → {target.nama}")  # fmt: skip
    return len(rows)


def _move_children(db: sqlite_utils.Database, source_id: int, target_id: int) -> int:
    children = unit_tree(db).children.get(source_id, [])
    for child in children:
        assert child.id is not None
        move_unit(db, child.id, target_id)
    return len(children)


def _move_capaian(db: sqlite_utils.Database, source: Unit, target: Unit) -> int:
    """Move A's capaian and SKM surveys to B for the periods B has none; the others go with
    A (audited), since one unit has one capaian and one survey per period."""
    return sum(_move_period_rows(db, t, source, target) for t in PERIOD_TABLES)


# Tables with one row per unit and period that a merge carries over (``unit_id`` is
# ``ON DELETE CASCADE`` there: deleting A without moving them would lose them silently).
PERIOD_TABLES = ("capaian_organisasi", "skm_survei")


def _move_period_rows(db: sqlite_utils.Database, table: str, source: Unit, target: Unit) -> int:
    moved, why = 0, f"{source.nama} digabung ke {target.nama}"
    for row in db.query(f"SELECT * FROM {table} WHERE unit_id = ?", [source.id]):
        clash = db.execute(
            f"SELECT 1 FROM {table} WHERE unit_id = ? AND tahun = ? AND periode = ?",
            [target.id, row["tahun"], row["periode"]],
        ).fetchone()
        if clash:
            delete_row(db, table, row["id"], before=dict(row), audit=why)
            continue
        update_changed(db, table, row["id"], {"unit_id": target.id}, before=dict(row), audit=why)
        moved += 1
    return moved


def _adopt_head(db: sqlite_utils.Database, source: Unit, target: Unit) -> None:
    fresh = get_unit(db, required_id(target))
    changes: dict[str, Any] = {}
    if fresh.kepala_id is None and fresh.kepala_luar_id is None:
        changes = {"kepala_id": source.kepala_id, "kepala_luar_id": source.kepala_luar_id}
    if changes and not fresh.jabatan_kepala:
        changes["jabatan_kepala"] = source.jabatan_kepala
    if changes:
        save_unit(db, dataclasses.replace(fresh, **changes))


def _adopt_names(db: sqlite_utils.Database, target_id: int, names: list[str]) -> list[str]:
    target = get_unit(db, target_id)
    own = {normalize(target.nama), normalize(target.singkatan)}
    known = {normalize(a) for a in aliases_of(db, target_id)} | own
    added = []
    for name in names:
        key = normalize(name)
        if key and key not in known and _alias_owner(db, name, target_id) is None:
            _insert_alias(db, target, name, check=False)
            known.add(key)
            added.append(name)
    return added
