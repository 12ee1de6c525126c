"""Reading the audit trail: filtered, newest first, a page at a time, and every entry about
one person.

Pages are keyed on the row id (``id < cursor ORDER BY id DESC LIMIT n``), so a large log is
never read whole. A person is found through the ``staff_uuid`` the trail records and through
the uuids of every row held about them (staff record, riwayat, SKP and its parts, evaluations,
accounts linked), which also catches entries written before ``staff_uuid`` existed. Each
filter uses an index (``audit_log_staff``, ``audit_log_row``, ``audit_log_at``,
``audit_log_akun``); ``bench``-style figures are in ``tests/unit/test_audit_query.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlite_utils

from desktop.core.access import Perm
from desktop.store import access

PAGE_SIZE = 200
MAX_PEOPLE = 50  # a name filter matching more people than this is too loose to be useful

_COLUMNS = (
    "id, at, user, akun_id, source, action, table_name, row_uuid, staff_uuid, summary, "
    "before, after"
)

# Rows held about a person, by table: SQL giving their uuids from the staff id (``:sid``).
_PERSON_ROWS: tuple[str, ...] = (
    "SELECT uuid FROM staff WHERE id = :sid",
    *(
        f"SELECT uuid FROM {t} WHERE staff_id = :sid"
        for t in (
            "riwayat_jabatan",
            "riwayat_golongan",
            "riwayat_pendidikan",
            "riwayat_diklat",
            "riwayat_penghargaan",
            "riwayat_hukuman",
            "asesmen",
            "riwayat_pak",
            "penilaian_pp46",
            "umpan_balik_masyarakat",
            "skp",
        )
    ),
    "SELECT e.uuid FROM evaluasi e JOIN skp s ON s.id = e.skp_id WHERE s.staff_id = :sid",
    "SELECT r.uuid FROM rhk r JOIN skp s ON s.id = r.skp_id WHERE s.staff_id = :sid",
    "SELECT i.uuid FROM iki i JOIN rhk r ON r.id = i.rhk_id JOIN skp s ON s.id = r.skp_id "
    "WHERE s.staff_id = :sid",
    "SELECT x.uuid FROM skp_ekspektasi x JOIN skp s ON s.id = x.skp_id WHERE s.staff_id = :sid",
    "SELECT p.uuid FROM evaluasi_perilaku p JOIN evaluasi e ON e.id = p.evaluasi_id "
    "JOIN skp s ON s.id = e.skp_id WHERE s.staff_id = :sid",
    "SELECT q.uuid FROM realisasi q JOIN evaluasi e ON e.id = q.evaluasi_id "
    "JOIN skp s ON s.id = e.skp_id WHERE s.staff_id = :sid",
    "SELECT CAST(id AS TEXT) FROM akun WHERE staff_id = :sid",  # accounts: row_uuid = the id
)


@dataclass(frozen=True)
class Person:
    """An employee a filter can name."""

    id: int
    nip: str
    nama: str
    uuid: str


@dataclass(frozen=True)
class AuditFilter:
    """What the "Jejak Audit" screen asks for; empty parts do not filter."""

    staff_ids: tuple[int, ...] = ()
    akun_id: int | None = None
    user: str = ""  # the actor's name, for entries made before accounts (akun_id empty)
    date_from: date | None = None  # local dates, both ends included
    date_to: date | None = None
    kinds: tuple[str, ...] = ()
    source: str = ""
    table: str = ""


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str  # UTC, ISO-8601 with Z
    user: str
    akun_id: int | None
    source: str
    action: str
    table_name: str
    row_uuid: str | None
    staff_uuid: str | None
    summary: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)

    def changes(self) -> list[tuple[str, Any, Any]]:
        """(field, old, new) for each field the entry records, in name order."""
        keys = sorted(set(self.before) | set(self.after))
        return [(k, self.before.get(k), self.after.get(k)) for k in keys]

    def local_time(self) -> datetime:
        """``at`` in this computer's time zone (WIB, WITA or WIT in an office)."""
        return parse_utc(self.at).astimezone()


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    next_cursor: int | None  # pass as ``before_id`` for the next (older) page; None: no more


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def utc_bound(day: date) -> str:
    """The UTC instant at which local ``day`` begins, in the log's text form."""
    local = datetime.combine(day, time.min).astimezone()
    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


# -- people ----------------------------------------------------------------------------------
def find_people(db: sqlite_utils.Database, text: str, limit: int = MAX_PEOPLE) -> list[Person]:
    """Employees whose NIP starts with the digits of ``text`` or whose name contains it."""
    text = text.strip()
    if not text:
        return []
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits and len(digits) >= len(text.replace(" ", "").replace(".", "")):
        where, arg = "nip LIKE ? ESCAPE '\\'", digits + "%"
    else:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where, arg = "nama LIKE ? ESCAPE '\\'", f"%{escaped}%"
    rows = db.execute(
        f"SELECT id, nip, nama, uuid FROM staff WHERE {where} ORDER BY nama, nip LIMIT ?",
        [arg, limit],
    ).fetchall()
    return [Person(*row) for row in rows]


def person_by_nip(db: sqlite_utils.Database, nip: str) -> Person | None:
    row = db.execute("SELECT id, nip, nama, uuid FROM staff WHERE nip = ?", [nip]).fetchone()
    return Person(*row) if row else None


def person_uuids(db: sqlite_utils.Database, staff_id: int) -> list[str]:
    """The uuids of every row held about the employee (see ``_PERSON_ROWS``)."""
    sql = " UNION ".join(_PERSON_ROWS)
    return [row[0] for row in db.execute(sql, {"sid": staff_id}).fetchall()]


# one index seek per distinct name (a DISTINCT would read every entry: 60 ms at 100k rows)
_DISTINCT_USERS = """
WITH RECURSIVE names (name) AS (
    SELECT min(user) FROM audit_log INDEXED BY audit_log_user WHERE akun_id IS NULL
    UNION ALL
    SELECT (SELECT min(user) FROM audit_log INDEXED BY audit_log_user
            WHERE akun_id IS NULL AND user > names.name)
    FROM names WHERE names.name IS NOT NULL
)
SELECT name FROM names WHERE name IS NOT NULL
"""


# -- accounts --------------------------------------------------------------------------------
def actors(db: sqlite_utils.Database) -> list[tuple[int | None, str]]:
    """Who appears in the filter "Akun": every account, then the names of actors without one
    (the OS user before accounts existed), each once."""
    found: list[tuple[int | None, str]] = [
        (row[0], row[1]) for row in db.execute("SELECT id, username FROM akun ORDER BY username")
    ]
    names = {name.casefold() for _id, name in found}
    for (name,) in db.execute(_DISTINCT_USERS):
        if name.casefold() not in names:
            found.append((None, name))
            names.add(name.casefold())
    return found


# -- filtered reads ----------------------------------------------------------------------------
def _where(
    db: sqlite_utils.Database, flt: AuditFilter, *, checked: bool = True
) -> tuple[list[str], dict[str, Any]]:
    """Every read of the trail (a page, a count, an export) passes here: the role must be
    one that may read it (``Perm.VIEW_AUDIT``), below the UI that hides the screen. Only the
    personal-data report, which checks its own reader (admin or the person), passes
    ``checked=False``."""
    if checked:
        access.require(db, Perm.VIEW_AUDIT)
    clauses: list[str] = []
    args: dict[str, Any] = {}
    if flt.staff_ids:
        people, uuids = _people_keys(db, flt.staff_ids)
        args["people"], args["uuids"] = json.dumps(people), json.dumps(uuids)
        # a UNION of two index lookups: an OR here would make SQLite scan the whole log
        clauses.append(
            "id IN (SELECT id FROM audit_log WHERE staff_uuid IN "
            "(SELECT value FROM json_each(:people)) UNION SELECT id FROM audit_log "
            "WHERE row_uuid IN (SELECT value FROM json_each(:uuids)))"
        )
    if flt.akun_id is not None:
        clauses.append("akun_id = :akun")
        args["akun"] = flt.akun_id
    elif flt.user:
        clauses.append("akun_id IS NULL AND user = :user")
        args["user"] = flt.user
    if flt.date_from is not None:
        clauses.append("at >= :start")
        args["start"] = utc_bound(flt.date_from)
    if flt.date_to is not None:
        clauses.append("at < :stop")
        args["stop"] = utc_bound(flt.date_to + timedelta(days=1))
    if flt.kinds:
        clauses.append("action IN (SELECT value FROM json_each(:kinds))")
        args["kinds"] = json.dumps(list(flt.kinds))
    if flt.source:
        clauses.append("source = :source")
        args["source"] = flt.source
    if flt.table:
        clauses.append("table_name = :table")
        args["table"] = flt.table
    return clauses, args


def _people_keys(db: sqlite_utils.Database, staff_ids: tuple[int, ...]) -> tuple[list, list]:
    people: list[str] = []
    uuids: list[str] = []
    for staff_id in staff_ids:
        uuids.extend(person_uuids(db, staff_id))
        people.extend(_staff_uuid(db, staff_id))
    return people, uuids


def _staff_uuid(db: sqlite_utils.Database, staff_id: int) -> list[str]:
    row = db.execute("SELECT uuid FROM staff WHERE id = ?", [staff_id]).fetchone()
    return [row[0]] if row else []


def page(
    db: sqlite_utils.Database,
    flt: AuditFilter,
    *,
    before_id: int | None = None,
    size: int = PAGE_SIZE,
    checked: bool = True,
) -> AuditPage:
    """One page of matching entries, newest first, older than ``before_id`` when given."""
    clauses, args = _where(db, flt, checked=checked)
    if before_id is not None:
        clauses.append("id < :cursor")
        args["cursor"] = before_id
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    args["limit"] = size + 1
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM audit_log {where} ORDER BY id DESC LIMIT :limit", args
    ).fetchall()
    entries = [_entry(row) for row in rows[:size]]
    more = len(rows) > size
    return AuditPage(entries, entries[-1].id if more and entries else None)


def count(db: sqlite_utils.Database, flt: AuditFilter) -> int:
    clauses, args = _where(db, flt)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return int(db.execute(f"SELECT count(*) FROM audit_log {where}", args).fetchone()[0])


def iter_entries(
    db: sqlite_utils.Database, flt: AuditFilter, *, chunk: int = 1000, checked: bool = True
) -> Iterator[AuditEntry]:
    """Every matching entry, newest first, read a page at a time (exports)."""
    cursor: int | None = None
    while True:
        found = page(db, flt, before_id=cursor, size=chunk, checked=checked)
        yield from found.entries
        if found.next_cursor is None:
            return
        cursor = found.next_cursor


def for_person(db: sqlite_utils.Database, staff_id: int) -> list[AuditEntry]:
    """Every entry touching the employee, oldest first (the personal-data report, which
    decides itself who may print it)."""
    entries = list(iter_entries(db, AuditFilter(staff_ids=(staff_id,)), checked=False))
    entries.reverse()
    return entries


def get_entry(db: sqlite_utils.Database, entry_id: int) -> AuditEntry | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE id = ?", [entry_id]).fetchone()
    return _entry(row) if row else None


def _entry(row: tuple) -> AuditEntry:
    values = list(row)
    values[10] = _json(values[10])
    values[11] = _json(values[11])
    return AuditEntry(*values)


def _json(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"?": text}
    return value if isinstance(value, dict) else {"?": value}
