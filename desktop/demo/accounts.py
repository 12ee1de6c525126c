"""The demo office's accounts: ``admin``, ``operator`` (one OPD), ``penilai`` (an employee who
appraises others there) and ``pimpinan``, all with the password ``kinerja-demo`` (README).

Written inside the demo's one transaction (``office.build_demo``), without audit entries of
their own: the demo's single entry says what was built. One Argon2id hash serves the four
accounts, so a demo costs one hash (~0.2 s), not four.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import sqlite_utils

from desktop.core.accounts import NewAccount
from desktop.store import accounts
from desktop.store.penilai import resolve_penilai

DEMO_PASSWORD = "kinerja-demo"
DEMO_USERNAMES = ("admin", "operator", "penilai", "pimpinan")
_SAMPLE = 400  # SKPs looked at to find the busiest appraiser


@dataclass(frozen=True)
class DemoAccounts:
    opd_id: int | None  # the operator's scope
    penilai_staff_id: int | None


def add_demo_accounts(db: sqlite_utils.Database) -> DemoAccounts:
    """Create the four accounts (call inside the demo's transaction, on a database with none)."""
    hashed = accounts.hash_password(DEMO_PASSWORD)
    opd = _busiest_opd(db)
    penilai = _busiest_penilai(db, opd) if opd is not None else None
    made = [NewAccount("admin", "Admin Kepegawaian (contoh)", "admin")]
    if opd is not None:
        made.append(
            NewAccount("operator", "Operator OPD (contoh)", "operator", unit_ids=frozenset({opd}))
        )
    if penilai is not None:
        nama, nip = _person(db, penilai)
        made.append(NewAccount("penilai", nama, "penilai", nip=nip, staff_id=penilai))
    made.append(NewAccount("pimpinan", "Pimpinan (contoh)", "pimpinan"))
    for new in made:
        accounts.create_account(db, new, DEMO_PASSWORD, password_hash=hashed, audited=False)
    return DemoAccounts(opd, penilai)


def _busiest_opd(db: sqlite_utils.Database) -> int | None:
    """The OPD with the most SKPs in its subtree (the demo's appraisal lives there)."""
    found = db.conn.execute(
        """
        WITH RECURSIVE sub(root, id) AS (
            SELECT id, id FROM unit WHERE jenis = 'opd'
            UNION ALL SELECT sub.root, u.id FROM unit u JOIN sub ON u.parent_id = sub.id
        )
        SELECT sub.root, count(k.id) AS n FROM sub
        JOIN staff s ON s.unit_id = sub.id JOIN skp k ON k.staff_id = s.id
        GROUP BY sub.root ORDER BY n DESC, sub.root LIMIT 1
        """
    ).fetchone()
    return int(found[0]) if found else None


def _busiest_penilai(db: sqlite_utils.Database, opd: int) -> int | None:
    """The employee of ``opd`` who is Pejabat Penilai of the most SKPs (``store.penilai``)."""
    rows = db.conn.execute(
        """
        WITH RECURSIVE sub(id) AS (
            SELECT ? UNION ALL SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id
        )
        SELECT k.staff_id, k.penilai_id FROM skp k JOIN staff s ON s.id = k.staff_id
        WHERE s.unit_id IN (SELECT id FROM sub) ORDER BY k.id LIMIT ?
        """,
        (opd, _SAMPLE),
    ).fetchall()
    counts = Counter(resolve_penilai(db, staff_id, override) for staff_id, override in rows)
    counts.pop(None, None)
    if not counts:
        return None
    return min(counts, key=lambda staff_id: (-counts[staff_id], staff_id))


def _person(db: sqlite_utils.Database, staff_id: int) -> tuple[str, str]:
    found = db.conn.execute("SELECT nama, nip FROM staff WHERE id = ?", [staff_id]).fetchone()
    return (str(found[0]), str(found[1] or "")) if found else ("Pejabat Penilai (contoh)", "")
