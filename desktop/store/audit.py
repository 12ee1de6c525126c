"""The audit trail: who changed what, when, from where, with the old and new value of every
changed field; append-only and hash-chained.

Each row's ``hash`` is SHA-256 over the previous row's hash and the canonical JSON of this
row's fields (``row_hash``), so editing or removing a row breaks the chain where it happened
and ``verify_chain`` / ``kinerja check`` name it, as they name a row inserted without its hash
(not through this module). Triggers (migration 0014) refuse UPDATE and DELETE; the ``meta`` key
``audit_head`` remembers the last row so a removed tail is found too. ``record`` reads the
previous hash inside the caller's write transaction (``BEGIN IMMEDIATE``), so two writers
cannot fork the chain.
"""

from __future__ import annotations

import functools
import getpass
import hashlib
import json
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop.core.i18n import pick
from desktop.store import session

_user: str | None = None

# columns the sync triggers stamp on every write: noise in a field-level diff
BOOKKEEPING = frozenset({"rev", "updated_at", "origin"})

# the fields a row's hash covers, in this order (prev_hash included: the chain)
HASHED = (
    "id", "at", "user", "action", "table_name", "row_uuid", "summary", "before", "after",
    "akun_id", "source", "staff_uuid", "prev_hash",
)  # fmt: skip
HEAD_KEY = "audit_head"
# built once: json.dumps with options builds a new encoder on every call (one per audit row)
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_DIFF = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
HASH_FUNCTION = "kinerja_audit_hash"


def set_user(name: str) -> None:
    """The person acting in this process when no account is signed in (scripts, tests)."""
    global _user
    _user = name


def current_user() -> str:
    """The signed-in account's username, else the name set here, else the OS account."""
    acting = session.current()
    if acting.username:
        return acting.username
    return _user or _os_user()


@functools.cache
def _os_user() -> str:
    """The operating-system account (looked up once: ~35 µs a call, once per audit row)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "operator"


def now() -> str:
    """UTC time as SQLite's ``strftime('%Y-%m-%dT%H:%M:%fZ')`` writes it (tests replace it)."""
    moment = time.time()
    return (
        time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(moment))
        + f".{int(moment * 1000) % 1000:03d}Z"
    )


def changed_fields(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """The fields whose value differs, without the sync bookkeeping columns."""
    before, after = before or {}, after or {}
    keys = set(before) | set(after)
    return sorted(k for k in keys - BOOKKEEPING if before.get(k) != after.get(k))


def row_hash(prev_hash: str | None, *values: Any) -> str:
    """SHA-256 hex of the canonical JSON of ``HASHED`` values (``prev_hash`` is the last)."""
    if len(values) == len(HASHED) - 1:
        values = (*values, prev_hash)
    return hashlib.sha256(_CANONICAL.encode(list(values)).encode("utf-8")).hexdigest()


def register_functions(conn: sqlite3.Connection) -> None:
    """``kinerja_audit_hash(prev, id, at, …)`` for SQL (the chain backfill of migration 0014)."""
    conn.create_function(
        HASH_FUNCTION, len(HASHED), lambda prev, *rest: row_hash(prev, *rest), deterministic=True
    )


def _diff_json(values: dict[str, Any] | None, keys: list[str]) -> str | None:
    if not values:
        return None
    return _DIFF.encode({k: values.get(k) for k in keys})


def record(
    db: sqlite_utils.Database,
    *,
    action: str,
    table: str,
    row_uuid: str | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    summary: str = "",
    staff_uuid: str | None = None,
) -> int:
    """Append one sealed entry inside the transaction of the change it describes (one is
    begun, as the write itself would, when none is open); returns its id. Only the fields
    that changed are kept (old → new); ``staff_uuid`` (whom it concerns) is derived from the
    row when not given."""
    if not db.conn.in_transaction:
        db.conn.execute("BEGIN IMMEDIATE")
    keys = changed_fields(before, after)
    acting = session.current()
    last_id, prev = _last(db)
    row_id = last_id + 1
    if staff_uuid is None:
        staff_uuid = staff_uuid_of(db, table, row_uuid)
    values = (
        row_id, now(), current_user(), action, table, row_uuid, summary,
        _diff_json(before, keys), _diff_json(after, keys), acting.account_id,
        str(acting.source), staff_uuid, prev,
    )  # fmt: skip
    sealed = row_hash(prev, *values[:-1])
    db.conn.execute(
        f"INSERT INTO audit_log ({', '.join(HASHED)}, hash) VALUES ({', '.join('?' * 14)})",
        (*values, sealed),
    )
    _set_head(db, row_id, sealed)
    return row_id


def record_many(db: sqlite_utils.Database, entries: list[dict[str, Any]]) -> int:
    """Append many entries at once (the demo's bulk writes): each dict holds ``action``,
    ``table``, ``row_uuid`` and optionally ``at``, ``user``, ``summary``, ``staff_uuid``.
    Call inside a transaction; returns how many were written."""
    if not entries:
        return 0
    if not db.conn.in_transaction:
        db.conn.execute("BEGIN IMMEDIATE")
    acting, user = session.current(), current_user()
    row_id, prev = _last(db)
    rows = []
    for entry in entries:
        row_id += 1
        values = (
            row_id, entry.get("at") or now(), entry.get("user") or user,
            entry["action"], entry["table"], entry.get("row_uuid"), entry.get("summary", ""),
            None, None, acting.account_id, str(acting.source), entry.get("staff_uuid"), prev,
        )  # fmt: skip
        prev = row_hash(prev, *values[:-1])
        rows.append((*values, prev))
    db.conn.executemany(
        f"INSERT INTO audit_log ({', '.join(HASHED)}, hash) VALUES ({', '.join('?' * 14)})", rows
    )
    _set_head(db, row_id, prev or "")
    return len(rows)


def _last(db: sqlite_utils.Database) -> tuple[int, str | None]:
    """The last id and the last sealed hash (a row slipped in unsealed is skipped by the
    chain, and named by ``chain_breaks``)."""
    row = db.conn.execute(
        "SELECT (SELECT max(id) FROM audit_log), "
        "(SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1)"
    ).fetchone()
    return (row[0] or 0), row[1]


def _set_head(db: sqlite_utils.Database, row_id: int, sealed: str) -> None:
    db.conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (HEAD_KEY, f"{row_id}:{sealed}")
    )


# how to find the employee a row concerns, for tables that do not carry staff_id themselves
_STAFF_VIA = {
    "evaluasi": "SELECT s.uuid FROM evaluasi t JOIN skp k ON k.id = t.skp_id "
    "JOIN staff s ON s.id = k.staff_id WHERE t.uuid = ?",
    "rhk": "SELECT s.uuid FROM rhk t JOIN skp k ON k.id = t.skp_id "
    "JOIN staff s ON s.id = k.staff_id WHERE t.uuid = ?",
    "skp_ekspektasi": "SELECT s.uuid FROM skp_ekspektasi t JOIN skp k ON k.id = t.skp_id "
    "JOIN staff s ON s.id = k.staff_id WHERE t.uuid = ?",
    "iki": "SELECT s.uuid FROM iki t JOIN rhk h ON h.id = t.rhk_id JOIN skp k ON k.id = h.skp_id "
    "JOIN staff s ON s.id = k.staff_id WHERE t.uuid = ?",
    "realisasi": "SELECT s.uuid FROM realisasi t JOIN evaluasi e ON e.id = t.evaluasi_id "
    "JOIN skp k ON k.id = e.skp_id JOIN staff s ON s.id = k.staff_id WHERE t.uuid = ?",
    "evaluasi_perilaku": "SELECT s.uuid FROM evaluasi_perilaku t "
    "JOIN evaluasi e ON e.id = t.evaluasi_id JOIN skp k ON k.id = e.skp_id "
    "JOIN staff s ON s.id = k.staff_id WHERE t.uuid = ?",
}


def staff_uuid_of(db: sqlite_utils.Database, table: str, row_uuid: str | None) -> str | None:
    """The employee a row belongs to: the staff row itself, a row with ``staff_id`` and a
    ``uuid``, or an appraisal part through its SKP; None for office-wide rows."""
    if not row_uuid:
        return None
    if table == "staff":
        return row_uuid
    sql = _STAFF_VIA.get(table)
    if sql is None:
        columns = _columns(db, table)
        if not {"uuid", "staff_id"} <= columns:
            return None
        sql = f"SELECT s.uuid FROM {table} t JOIN staff s ON s.id = t.staff_id WHERE t.uuid = ?"
    found = db.conn.execute(sql, [row_uuid]).fetchone()
    return found[0] if found else None


def _columns(db: sqlite_utils.Database, table: str) -> frozenset[str]:
    cache: dict[str, frozenset[str]] = db.__dict__.setdefault("_audit_columns", {})
    if table not in cache:
        rows = db.conn.execute("SELECT name FROM pragma_table_info(?)", [table]).fetchall()
        cache[table] = frozenset(r[0] for r in rows)
    return cache[table]


def entries_for(db: sqlite_utils.Database, row_uuid: str) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM audit_log WHERE row_uuid = ? ORDER BY id", [row_uuid]))


@dataclass(frozen=True)
class ChainBreak:
    """One place where the chain does not hold: ``row_id`` edited (its hash does not match its
    fields) or, for ``removed``, the rows ``first``–``last`` missing before ``row_id``."""

    kind: str  # "edited" | "removed" | "unsealed"
    row_id: int
    first: int | None = None
    last: int | None = None

    def message(self) -> str:
        if self.kind == "unsealed":
            return pick(
                f"Jejak audit ditambah di luar aplikasi: baris {self.row_id}",
                f"Audit trail row added outside the app: row {self.row_id}",
            )
        if self.kind == "edited":
            return pick(
                f"Jejak audit diubah: baris {self.row_id}",
                f"Audit trail edited: row {self.row_id}",
            )
        if self.first is not None and self.last is not None:
            rows = str(self.first) if self.first == self.last else f"{self.first}–{self.last}"
            return pick(f"Jejak audit dihapus: baris {rows}", f"Audit trail rows removed: {rows}")
        return pick(
            f"Jejak audit dihapus: baris sebelum baris {self.row_id}",
            f"Audit trail rows removed before row {self.row_id}",
        )


def chain_breaks(db: sqlite_utils.Database, *, limit: int = 50) -> list[ChainBreak]:
    """Every break of the chain, oldest first (at most ``limit``), and a removed tail."""
    breaks: list[ChainBreak] = []
    prev_id, prev_hash = 0, None
    cursor = db.conn.execute(f"SELECT {', '.join(HASHED)}, hash FROM audit_log ORDER BY id")
    for row in cursor:
        row_id, stored_prev, stored = row[0], row[-2], row[-1]
        if stored is None:  # not sealed by this module: named, and the chain goes around it
            breaks.append(ChainBreak("unsealed", row_id))
            continue
        if row_hash(stored_prev, *row[:-2]) != stored:
            breaks.append(ChainBreak("edited", row_id))
        elif stored_prev != prev_hash:
            gap = (prev_id + 1, row_id - 1) if row_id - 1 > prev_id else (None, None)
            breaks.append(ChainBreak("removed", row_id, *gap))
        prev_id, prev_hash = row_id, stored
        if len(breaks) >= limit:
            return breaks
    head = db.conn.execute("SELECT value FROM meta WHERE key = ?", [HEAD_KEY]).fetchone()
    if head and head[0]:
        head_id, _, head_hash = head[0].partition(":")
        if int(head_id) > prev_id:
            breaks.append(ChainBreak("removed", prev_id + 1, prev_id + 1, int(head_id)))
        elif int(head_id) == prev_id and head_hash != prev_hash and not breaks:
            breaks.append(ChainBreak("edited", prev_id))
    return breaks


def verify_chain(db: sqlite_utils.Database) -> int | None:
    """The id of the first edited or missing row (the row after them when their ids are
    unknown); None when the whole trail holds."""
    breaks = chain_breaks(db, limit=1)
    if not breaks:
        return None
    return breaks[0].first or breaks[0].row_id
