"""Who sees the Manajemen Talenta lists, and of whom (issue 14).

One permission, ``Perm.VIEW_TALENT``: the admin and the pimpinan see the whole office, an
operator the staff of their own OPD(s), the other roles nothing (the lists compare people
across units; an appraiser's or employee's own view of them is not what the lists are for).
The talent store modules ask these helpers so every list is scoped the same way.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils

from desktop.core.access import Perm
from desktop.store import access
from desktop.store.session import Session


def require_view(
    db: sqlite_utils.Database, unit_id: int = 0, *, session: Session | None = None
) -> Session:
    """Refuse (``AccessError``) a role without the talent lists, or a unit outside the
    session's scope; ``unit_id`` 0 is the whole office as far as the session sees it."""
    who = access.require_some(db, Perm.VIEW_TALENT, session=session)
    if unit_id:
        access.require(db, Perm.VIEW_TALENT, unit_id=unit_id, session=who)
    return who


def visible_sql(
    db: sqlite_utils.Database, column: str = "s.id", *, session: Session | None = None
) -> tuple[str, list[str]]:
    """A WHERE condition on the staff id ``column`` keeping whom the lists may show."""
    return access.visible_staff_sql(db, column, session, perm=Perm.VIEW_TALENT)


def default_year(
    db: sqlite_utils.Database, *, today: date | None = None, session: Session | None = None
) -> int:
    """The latest year with a set (ditetapkan) annual evaluation of someone in scope, else
    last year: the year the talent lists are about when the page opens."""
    where, params = visible_sql(db, "k.staff_id", session=session)
    row = db.execute(
        "SELECT MAX(k.tahun) FROM skp k JOIN evaluasi e ON e.skp_id = k.id "
        f"WHERE e.periode = 'TAHUNAN' AND e.status = 'ditetapkan' AND {where}",
        params,
    ).fetchone()
    if row and row[0]:
        return int(row[0])
    return (today or date.today()).year - 1
