"""What a row of each synced table may hold, read from the centre's own schema.

Every database is the same app with the same tables, so the centre's ``PRAGMA table_info``
says each column's type, whether it may be NULL and whether it has a default, its
``PRAGMA foreign_key_list`` which reference list a code must come from, and its
``CREATE TABLE`` text the CHECK constraints (enums, ranges). Nothing is listed by hand: a
column added by a migration and named in ``sync/tables.py`` is checked the same day.

A package field is one of ``SyncedTable.columns`` (a value) or a foreign key renamed
``<name>_uuid`` (a row uuid of another synced table). Columns of the table that an office never
sends (NIK, e-mail, phone, address, birth data: the header of ``sync/tables.py``), and fields
whose names say they are contact or identity data, are personal data when they appear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlite_utils

from desktop.sync.tables import NOT_SYNCED, TABLES, SyncedTable, uuid_field

STAMPS = frozenset({"id", "uuid", "updated_at", "rev", "origin"})
# Names that are personal data whatever table they turn up in (UU 27/2022: minimal data).
PERSONAL = frozenset(
    {
        "nik", "no_ktp", "ktp", "alamat", "address", "email", "e_mail", "no_hp", "hp",
        "telepon", "no_telepon", "no_telp", "telp", "phone", "tempat_lahir",
        "tanggal_lahir", "agama_id", "agama", "status_perkawinan_id", "bukti_berkas",
    }
)  # fmt: skip
_KINDS = {"INTEGER": "integer", "INT": "integer", "REAL": "real", "TEXT": "text", "BLOB": "blob"}


@dataclass(frozen=True)
class FieldRule:
    """One package field: its kind (``integer``, ``real``, ``text``, ``any``, ``blob`` or
    ``uuid``), whether it may be null, must be present, and where its value must exist."""

    name: str
    kind: str
    nullable: bool
    required: bool
    target: str = ""  # uuid fields: the synced table pointed at
    codes: tuple[str, str] | None = None  # values: (reference table, column)


@dataclass
class TableRules:
    table: str
    fields: dict[str, FieldRule]
    personal: frozenset[str]
    required: tuple[str, ...]
    checks: tuple[str, ...] = ()  # the CHECK constraints' expressions, as written
    check_columns: tuple[str, ...] = ()  # the columns they read
    defaults: dict[str, str | None] = field(default_factory=dict)  # column -> default (SQL)
    fk_columns: dict[str, str] = field(default_factory=dict)  # column -> its package field


def build_rules(db: sqlite_utils.Database) -> dict[str, TableRules]:
    """The rules of every synced table this database has."""
    have = set(db.table_names())
    synced = {t.name for t in TABLES}
    return {t.name: _table_rules(db, t, synced) for t in TABLES if t.name in have}


def personal_tables() -> frozenset[str]:
    """Tables with a uuid that stay at the office because they hold third parties' data."""
    return NOT_SYNCED


def _table_rules(db: sqlite_utils.Database, table: SyncedTable, synced: set[str]) -> TableRules:
    info = {r[1]: r for r in db.execute(f"PRAGMA table_info([{table.name}])").fetchall()}
    refs = {r[3]: (r[2], r[4]) for r in db.execute(f"PRAGMA foreign_key_list([{table.name}])")}
    rules: dict[str, FieldRule] = {}
    for column in table.columns:
        rules[column] = _value_rule(column, info.get(column), refs.get(column), synced)
    fk_columns = {}
    for column, target in table.foreign.items():
        name = uuid_field(column)
        col = info.get(column)
        notnull = bool(col and col[3])
        required = notnull and col is not None and col[4] is None
        rules[name] = FieldRule(name, "uuid", not notnull, required, target=target)
        if col is not None:
            fk_columns[column] = name
    sent = set(table.columns) | set(table.foreign) | STAMPS
    personal = frozenset((set(info) - sent) | (PERSONAL - set(rules)))
    sql = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table.name]
    ).fetchone()[0]
    checks = tuple(check_expressions(sql))
    used = {w for e in checks for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", _unquoted(e))}
    return TableRules(
        table.name,
        rules,
        personal,
        tuple(n for n, r in rules.items() if r.required),
        checks,
        tuple(c for c in info if c in used),
        {c: info[c][4] for c in info},
        fk_columns,
    )


def _value_rule(
    column: str, col: tuple | None, ref: tuple[str, str] | None, synced: set[str]
) -> FieldRule:
    if col is None:  # named in tables.py, not in this schema: any plain value
        return FieldRule(column, "any", True, False)
    _cid, _name, declared, notnull, default, pk = col
    kind = _KINDS.get(str(declared).upper(), "any")
    codes = None
    if ref is not None and ref[0] not in synced:
        codes = (ref[0], ref[1] or "id")
    required = bool(notnull) and default is None and not pk
    return FieldRule(column, kind, not notnull, required, codes=codes)


def check_expressions(sql: str) -> list[str]:
    """The expressions of every ``CHECK (…)`` in a ``CREATE TABLE`` statement (column and
    table constraints alike), found by scanning it with quotes and parentheses in mind."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        if sql[i] in "'\"`[":
            i = _after_quote(sql, i)
            continue
        word = re.match(r"[A-Za-z_][A-Za-z0-9_]*", sql[i:])
        if word is None:
            i += 1
            continue
        i += word.end()
        if word.group().upper() == "CHECK":
            start = sql.index("(", i)
            end = _closing(sql, start)
            out.append(sql[start + 1 : end].strip())
            i = end + 1
    return out


def _after_quote(sql: str, i: int) -> int:
    close = "]" if sql[i] == "[" else sql[i]
    j = i + 1
    while True:
        j = sql.find(close, j)
        if j < 0:
            return len(sql)
        if close != "]" and sql[j + 1 : j + 2] == close:  # '' inside a string
            j += 2
            continue
        return j + 1


def _closing(sql: str, start: int) -> int:
    depth, i = 0, start
    while i < len(sql):
        if sql[i] in "'\"`[":
            i = _after_quote(sql, i)
            continue
        if sql[i] == "(":
            depth += 1
        elif sql[i] == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unbalanced CHECK")


def _unquoted(expression: str) -> str:
    """The expression without its string literals (``'opd'`` is not a column)."""
    return re.sub(r"'(?:[^']|'')*'", "''", expression)
