"""Role and scope enforced where data is written and listed (issue 10 item 2).

``require`` is the first line of every store write: it reads the session (the one passed, or
``session.current()``), looks the role up in ``core.access.TABLE`` and resolves the scope with
SQL — the unit subtree of the account's OPDs, the appraisees of its person through
``store.penilai`` (the one appraiser chain), or the person himself — and raises
``AccessError`` before anything is read for writing. ``visible_staff_ids`` /
``visible_staff_sql`` narrow list queries to what the session may see. An admin session (and
every database without accounts) passes at once, with no query.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Protocol, TypeVar

import sqlite_utils

from desktop.core.access import (
    PERSONAL_FIELDS,
    AccessError,
    Perm,
    Scope,
    refusal,
    scope_of,
    transition_perm,
)
from desktop.core.models import Staff
from desktop.core.workflow import Role, Transition
from desktop.store.session import Session, current


class _HasId(Protocol):
    @property
    def id(self) -> int | None: ...


R = TypeVar("R", bound=_HasId)

_SUBTREE_SQL = """
WITH RECURSIVE sub(id) AS (
    SELECT value FROM json_each(:roots)
    UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id
)
SELECT id FROM sub
"""


def acting_session(session: Session | None = None) -> Session:
    """The session a store call acts for: the one given, else the process's current one."""
    return session if session is not None else current()


def unit_scope(db: sqlite_utils.Database, session: Session) -> set[int]:
    """The account's OPDs with every unit below them."""
    roots = json.dumps(sorted(session.unit_ids))
    return {row[0] for row in db.execute(_SUBTREE_SQL, {"roots": roots})}


def _own_staff(session: Session) -> int:
    if session.staff_id is None:
        raise AccessError("no_staff", user=session.username or session.nama or "?")
    return session.staff_id


def _chain_ids(db: sqlite_utils.Database, me: int) -> set[int]:
    """My appraisees and theirs (what an atasan pejabat penilai sees)."""
    from desktop.store.penilai import appraisees, appraisees_of  # no import cycle (staff)

    direct = appraisees(db, me)
    return (direct | appraisees_of(db, direct)) - {me}


def staff_in_scope(db: sqlite_utils.Database, session: Session, scope: Scope) -> set[int] | None:
    """The ids of the employees ``scope`` covers for this session; None means everyone."""
    if scope is Scope.ALL:
        return None
    if scope is Scope.NONE:
        return set()
    if scope is Scope.UNITS:
        roots = json.dumps(sorted(session.unit_ids))
        sql = f"SELECT id FROM staff WHERE unit_id IN ({_SUBTREE_SQL})"
        return {row[0] for row in db.execute(sql, {"roots": roots})}
    me = _own_staff(session)
    if scope is Scope.SELF:
        return {me}
    if scope is Scope.APPRAISEES:
        from desktop.store.penilai import appraisees

        return appraisees(db, me)
    return _chain_ids(db, me)


def _staff_allowed(
    db: sqlite_utils.Database, session: Session, scope: Scope, staff_id: int, override: int | None
) -> bool:
    if scope is Scope.UNITS:
        row = db.execute("SELECT unit_id FROM staff WHERE id = ?", [staff_id]).fetchone()
        return row is not None and row[0] in unit_scope(db, session)
    me = _own_staff(session)
    if scope is Scope.SELF:
        return staff_id == me
    if staff_id == me:
        return False
    from desktop.store.penilai import chain

    penilai_id, atasan_id = chain(db, staff_id, override)
    if scope is Scope.APPRAISEES:
        return penilai_id == me
    return me in (penilai_id, atasan_id)


def require(
    db: sqlite_utils.Database,
    perm: Perm | str,
    *,
    staff_id: int | None = None,
    unit_id: int | None = None,
    override: int | None = None,
    session: Session | None = None,
) -> Session:
    """Refuse (``AccessError``, nothing changed) unless the session may do ``perm`` on the
    employee ``staff_id`` and/or in the unit ``unit_id`` (both checked when both are given: a
    transfer needs the old and the new unit in scope). Without either, the action is office
    wide and needs the whole office in scope. ``override`` is an SKP's chosen penilai."""
    who = acting_session(session)
    if who.locked:
        raise refusal(who.role, perm)
    if who.role is Role.ADMIN:
        return who
    scope = scope_of(who.role, perm)
    if scope is Scope.ALL:
        return who
    if scope is Scope.NONE or (staff_id is None and unit_id is None):
        raise refusal(who.role, perm)
    if unit_id is not None and (scope is not Scope.UNITS or unit_id not in unit_scope(db, who)):
        raise refusal(who.role, perm)
    if staff_id is not None and not _staff_allowed(db, who, scope, staff_id, override):
        if scope in (Scope.APPRAISEES, Scope.CHAIN) and staff_id == who.staff_id:
            raise AccessError("own", role=str(who.role), perm=str(perm))
        raise refusal(who.role, perm)
    return who


def require_transition(
    db: sqlite_utils.Database,
    flow: tuple[Transition, ...],
    action: str,
    *,
    staff_id: int,
    override: int | None = None,
    session: Session | None = None,
) -> Session:
    """``require`` for an SKP or evaluation transition (the workflow table then decides
    whether the state allows it)."""
    perm = transition_perm(flow, action)
    return require(db, perm, staff_id=staff_id, override=override, session=session)


def may(
    db: sqlite_utils.Database,
    perm: Perm | str,
    *,
    staff_id: int | None = None,
    unit_id: int | None = None,
    session: Session | None = None,
) -> bool:
    """``require`` as a yes/no, for enabling a button on one record."""
    try:
        require(db, perm, staff_id=staff_id, unit_id=unit_id, session=session)
    except AccessError:
        return False
    return True


def visible_staff_ids(
    db: sqlite_utils.Database, session: Session | None = None, perm: Perm = Perm.VIEW_STAFF
) -> set[int] | None:
    """Whom the session may see in lists (None: everyone, no filter needed)."""
    who = acting_session(session)
    if who.locked:
        return set()
    if who.role is Role.ADMIN:
        return None
    return staff_in_scope(db, who, scope_of(who.role, perm))


def visible_staff_sql(
    db: sqlite_utils.Database,
    column: str = "s.id",
    session: Session | None = None,
    perm: Perm = Perm.VIEW_STAFF,
) -> tuple[str, list[str]]:
    """A WHERE condition on ``column`` (and its parameters) keeping the rows the session may
    see; ``("1", [])`` when it may see everyone."""
    ids = visible_staff_ids(db, session, perm)
    if ids is None:
        return "1", []
    return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(sorted(ids))]


def require_skp(
    db: sqlite_utils.Database,
    perm: Perm | str,
    *,
    skp_id: int | None = None,
    staff_id: int | None = None,
    override: int | None = None,
    session: Session | None = None,
) -> Session:
    """``require`` on the employee of an SKP: a stored one's own employee and chosen penilai
    (never what the caller claims), else ``staff_id``/``override`` of a new one."""
    if skp_id is not None:
        row = db.execute("SELECT staff_id, penilai_id FROM skp WHERE id = ?", [skp_id]).fetchone()
        if row is not None:
            staff_id, override = row
    if staff_id is None:  # no such SKP: the caller's NotFound says so
        return acting_session(session)
    return require(db, perm, staff_id=staff_id, override=override, session=session)


def require_evaluasi(
    db: sqlite_utils.Database,
    perm: Perm | str,
    *,
    evaluasi_id: int | None = None,
    skp_id: int | None = None,
    session: Session | None = None,
) -> Session:
    """``require`` on the employee of an evaluation (stored, or new under ``skp_id``)."""
    if evaluasi_id is not None:
        row = db.execute("SELECT skp_id FROM evaluasi WHERE id = ?", [evaluasi_id]).fetchone()
        skp_id = row[0] if row else skp_id
    return require_skp(db, perm, skp_id=skp_id, session=session)


def require_some(
    db: sqlite_utils.Database, perm: Perm | str, *, session: Session | None = None
) -> Session:
    """Refuse a role that may never do ``perm``; each record is then checked with
    ``require`` as it is written (an operator's import checks every row's unit)."""
    who = acting_session(session)
    if scope_of(who.role, perm) is Scope.NONE:
        raise refusal(who.role, perm)
    return who


def screened(db: sqlite_utils.Database, staff: Staff, session: Session | None = None) -> Staff:
    """The record as the session may see it: NIK, alamat, telepon and e-mail blank unless
    it may see this person's personal data (a role that may not cannot edit the record, so
    the blanks are never saved back)."""
    if may(db, Perm.VIEW_PERSONAL, staff_id=staff.id, session=session):
        return staff
    shown = dataclasses.replace(staff)
    for name in PERSONAL_FIELDS:
        setattr(shown, name, "")
    return shown


def only_visible(
    db: sqlite_utils.Database, rows: list[R], session: Session | None = None
) -> list[R]:
    """``rows`` (anything with an employee ``id``) that the session may see."""
    ids = visible_staff_ids(db, session)
    return rows if ids is None else [row for row in rows if row.id in ids]


def may_some(perm: Perm | str, session: Session | None = None) -> bool:
    """May the session do ``perm`` on at least some records? (a menu or button to show)"""
    return scope_of(acting_session(session).role, perm) is not Scope.NONE
