"""Every row of a verified package checked before any of it is stored.

A registered office's signature says who sent a package, not that its rows are right: a bug, an
edited database or a stolen key can sign ``{}`` rows, wrong types, unknown codes, references
to nothing or a NIK. So after the signature checks and before the package's first write, every
member is read and every row checked against the centre's own schema (``schema_rules``): the
envelope (uuid, rev, updated_at, origin), each field's presence, type and NULL-ness, codes from
reference lists, CHECK constraints, no personal data, and every ``*_uuid`` pointing at a row of
the package or one the centre holds of the same office. The first problem refuses the whole
package, naming the table, the row's uuid and the field.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from desktop.core.i18n import pick
from desktop.sync.check_mirror import CheckMirror
from desktop.sync.errors import SyncError
from desktop.sync.manifest import TOMBSTONES, Manifest, Member
from desktop.sync.merge import BadRow, Line, parse_rows
from desktop.sync.schema_rules import FieldRule, TableRules, build_rules
from desktop.sync.tables import NOT_SYNCED

UUID = re.compile(r"[0-9a-f]{32}")
STAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:?[0-9]{2})?"
)
_UUIDS = re.compile(rf"{UUID.pattern}(?:\n{UUID.pattern})*")  # a chunk's uuids, one a line
_STAMPS = re.compile(rf"{STAMP.pattern}(?:\n{STAMP.pattern})*")
_INT64 = 1 << 63
_LOOKUP_BATCH = 500
_CHUNK = 1_000  # rows checked against the CHECK constraints at once
_SHAPES = 4_096  # row shapes remembered per table (a real table has a handful)

MemberReader = Callable[[Member], bytes]


class Rules:
    """The rules of one centre database, built once per import and shared by its packages."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db  # where held rows are looked up; the schema may live elsewhere:
        self.schema = getattr(db, "schema_db", db)  # a PostgreSQL centre: the app's own
        self.tables = build_rules(self.schema)
        self.mirror = CheckMirror(self.tables)
        self._codes: dict[tuple[str, str], frozenset[Any]] = {}
        self._compiled: dict[str, _Compiled] = {}

    def compiled(self, table: str) -> _Compiled:
        if table not in self._compiled:
            self._compiled[table] = _Compiled(self, self.tables[table])
        return self._compiled[table]

    def codes(self, ref: tuple[str, str]) -> frozenset[Any]:
        """The values of a reference list (``ref_golongan.kode``), read once."""
        if ref not in self._codes:
            table, column = ref
            try:
                rows = self.schema.execute(f"SELECT [{column}] FROM [{table}]").fetchall()
            except sqlite3.Error:  # a list this centre lacks: no code is known
                rows = []
            self._codes[ref] = frozenset(r[0] for r in rows)
        return self._codes[ref]

    def close(self) -> None:
        self.mirror.close()


@dataclass
class _Seen:
    """What one package holds and points at, to resolve references after its last member."""

    rows: dict[str, set[str]] = field(default_factory=dict)
    deleted: set[tuple[str, str]] = field(default_factory=set)
    wanted: dict[tuple[str, str], tuple[str, str, str]] = field(default_factory=dict)


def validate_package(
    rules: Rules,
    name: str,
    manifest: Manifest,
    read: MemberReader,
    *,
    references: bool = True,
    tick: Callable[[int], None] | None = None,
) -> None:
    """Check every member of a verified package; SyncError for the first bad row. With
    ``references`` false (a package held until its predecessor arrives) the uuids it points
    at are not looked up yet: they are when it is applied."""
    seen = _Seen()
    for member in manifest.members:
        content = read(member)
        if member.table == TOMBSTONES:
            _tombstones(rules, name, member, content, seen)
        else:
            _rows(rules, name, member, content, seen)
        if tick is not None:
            tick(member.rows)
    if references:
        _resolve(rules.db, name, manifest, seen)
    else:
        for (_target, ref), (table, row_uuid, fld) in seen.wanted.items():
            if not UUID.fullmatch(ref):
                raise _bad(name, table, row_uuid, fld, _want("uuid", ref))


def _bad(name: str, table: str, row: str, fld: str, problem: str) -> SyncError:
    return SyncError("invalid_row", file=name, table=table, uuid=row, field=fld, problem=problem)


def _rows(rules: Rules, name: str, member: Member, content: bytes, seen: _Seen) -> None:
    table = member.table
    if table in NOT_SYNCED:
        raise SyncError("personal_data", file=name, table=table, uuid="-", field="*")
    spec = rules.tables.get(table)
    if spec is None:
        raise _bad(name, table, "-", "-", _say("unknown_table"))
    try:
        lines = parse_rows(content, member.rows)
    except BadRow as exc:
        raise _bad(name, table, "-", "-", _say("not_json")) from exc
    check = rules.compiled(table)
    present = seen.rows.setdefault(table, set())
    origins: set[str] = set()
    for start in range(0, len(lines), _CHUNK):
        chunk = lines[start : start + _CHUNK]
        if not _envelopes_fine(chunk, origins):
            for line in chunk:  # the first bad one is named
                _envelope(name, table, line, origins)
        rows = []
        for line in chunk:
            row_uuid = line[0]
            if row_uuid in present:
                raise _bad(name, table, row_uuid, "uuid", _say("duplicate"))
            present.add(row_uuid)
            data = _data(name, table, row_uuid, line[4])
            check.row(rules, name, row_uuid, data, seen)
            rows.append(data)
        broken = rules.mirror.problem(table, rows)
        if broken is not None:
            at, fld, rule = broken
            value = json.dumps(rows[at].get(fld), ensure_ascii=False)[:60]
            raise _bad(name, table, chunk[at][0], fld, _say("check", value=value, rule=rule))


def _envelopes_fine(chunk: list[Line], origins: set[str]) -> bool:
    """The checks of ``_envelope`` for a whole chunk at once (one regular expression over all
    its uuids, one over its stamps): True when every row passes. Otherwise ``_envelope`` goes
    row by row to name the first bad row, so the messages are the same."""
    uuids, revs, stamps, sources, _data = zip(*chunk, strict=True)
    if set(map(type, uuids)) != {str} or set(map(type, stamps)) != {str}:
        return False
    if set(map(type, revs)) != {int} or min(revs) < 0 or max(revs) >= _INT64:
        return False
    for values, pattern in ((uuids, _UUIDS), (stamps, _STAMPS)):
        joined = "\n".join(values)  # no value may hide a line break: n values, n - 1 breaks
        if joined.count("\n") != len(values) - 1 or not pattern.fullmatch(joined):
            return False
    for origin in set(sources) - origins:
        if not (isinstance(origin, str) and UUID.fullmatch(origin)):
            return False
        origins.add(origin)
    return True


def _envelope(name: str, table: str, line: Line, origins: set[str] | None = None) -> str:
    row_uuid, rev, updated_at, origin, _data_text = line
    if not (isinstance(row_uuid, str) and UUID.fullmatch(row_uuid)):
        raise _bad(name, table, str(row_uuid)[:40], "uuid", _say("uuid"))
    if type(rev) is not int or not 0 <= rev < _INT64:
        raise _bad(name, table, row_uuid, "rev", _want("integer", rev))
    if not (isinstance(updated_at, str) and STAMP.fullmatch(updated_at)):
        raise _bad(name, table, row_uuid, "updated_at", _say("stamp"))
    if origins is None or origin not in origins:
        if not (isinstance(origin, str) and UUID.fullmatch(origin)):
            raise _bad(name, table, row_uuid, "origin", _say("uuid"))
        if origins is not None:
            origins.add(origin)
    return row_uuid


def _data(name: str, table: str, row_uuid: str, text: str) -> dict[str, Any]:
    """The row's data as a dict. ``parse_rows`` gives a text from ``{`` to ``}`` (no
    surrounding space), so the decoder's scanner is called directly: the same JSON, without
    ``decode``'s per-call whitespace handling; a text with anything after its value fails."""
    try:
        data, end = _SCAN(text, 0)
    except (StopIteration, ValueError) as exc:
        raise _bad(name, table, row_uuid, "data", _say("not_json")) from exc
    if end != len(text):
        raise _bad(name, table, row_uuid, "data", _say("not_json"))
    if type(data) is not dict or not data:
        raise _bad(name, table, row_uuid, "data", _say("empty"))
    return data


def _no_constant(word: str) -> Any:
    raise ValueError(word)  # NaN and Infinity are not JSON


_DECODER = json.JSONDecoder(parse_constant=_no_constant)  # one decoder, not one per row
_SCAN = _DECODER.scan_once  # type: ignore[attr-defined]  # set by __init__; not in typeshed


class _Compiled:
    """One table's checks, made cheap for rows that look alike: a row's shape (its field names
    and the types of their values) is checked in full once; later rows of a known shape only
    have their value-dependent fields checked (codes, uuids, integer ranges). Messages are
    worked out only for a row that fails."""

    def __init__(self, rules: Rules, spec: TableRules) -> None:
        self.spec = spec
        self.known = frozenset(spec.fields)
        self.required = frozenset(spec.required)
        self.checks = {n: _checker(rules, r) for n, r in spec.fields.items()}
        self.targets = tuple((n, r.target) for n, r in spec.fields.items() if r.kind == "uuid")
        self.by_value = tuple(
            (n, self.checks[n])
            for n, r in spec.fields.items()
            if r.kind != "text" or r.codes is not None
        )
        self.shapes: set[tuple[str | type, ...]] = set()  # the names, then their types

    def row(
        self, rules: Rules, name: str, row_uuid: str, data: dict[str, Any], seen: _Seen
    ) -> None:
        shape: tuple[str | type, ...] = (*data, *map(type, data.values()))  # names, then types
        if shape not in self.shapes:
            self._full(rules, name, row_uuid, data)
            if len(self.shapes) < _SHAPES:
                self.shapes.add(shape)
        else:
            for key, check in self.by_value:
                if key in data and not check(data[key]):
                    problem = _value_problem(rules, self.spec.fields[key], data[key])
                    raise _bad(name, self.spec.table, row_uuid, key, problem)
        for key, target in self.targets:
            value = data.get(key)
            if value is not None:
                seen.wanted.setdefault((target, value), (self.spec.table, row_uuid, key))

    def _full(self, rules: Rules, name: str, row_uuid: str, data: dict[str, Any]) -> None:
        keys = data.keys()
        if keys - self.known or self.required - keys:
            self._fields_problem(name, row_uuid, data)
        checks = self.checks
        for key, value in data.items():
            if not checks[key](value):
                problem = _value_problem(rules, self.spec.fields[key], value)
                raise _bad(name, self.spec.table, row_uuid, key, problem)

    def _fields_problem(self, name: str, row_uuid: str, data: dict[str, Any]) -> None:
        table = self.spec.table
        for key in sorted(data.keys() - self.known):
            if key in self.spec.personal:
                raise SyncError("personal_data", file=name, table=table, uuid=row_uuid, field=key)
        for key in sorted(data.keys() - self.known):
            raise _bad(name, table, row_uuid, key, _say("unknown_field"))
        for key in sorted(self.required - data.keys()):
            raise _bad(name, table, row_uuid, key, _say("required"))


def _checker(rules: Rules, rule: FieldRule) -> Callable[[Any], bool]:
    """A fast yes/no for one field; ``_value_problem`` says why when it is no."""
    nullable, kind = rule.nullable, rule.kind
    codes = rules.codes(rule.codes) if rule.codes is not None else None
    if kind == "text" and codes is None:
        return lambda v: type(v) is str or (v is None and nullable)
    if kind == "integer" and codes is None:
        return lambda v: (type(v) is int and -_INT64 <= v < _INT64) or (v is None and nullable)
    if kind == "uuid":  # its form is checked when it is resolved (a valid uuid is in a set)
        return lambda v: type(v) is str or (v is None and nullable)
    return lambda v: not _value_problem(rules, rule, v)


def _value_problem(rules: Rules, rule: FieldRule, value: Any) -> str:
    if value is None:
        return "" if rule.nullable else _say("null")
    kind = type(value)
    if rule.kind == "text" or rule.kind == "uuid":
        ok = kind is str and (rule.kind == "text" or bool(UUID.fullmatch(value)))
    elif rule.kind == "integer":
        ok = kind is int and -_INT64 <= value < _INT64
    elif rule.kind == "real":
        ok = (kind is int and -_INT64 <= value < _INT64) or (kind is float and math.isfinite(value))
    elif rule.kind == "any":
        ok = kind is str or (kind is int and -_INT64 <= value < _INT64) or kind is float
    else:
        ok = False  # a BLOB column cannot travel in JSON
    if not ok:
        return _want(rule.kind, value)
    if rule.codes is not None and value not in rules.codes(rule.codes):
        shown = json.dumps(value, ensure_ascii=False)[:40]
        return _say("code", value=shown, list=rule.codes[0])
    return ""


_PROBLEMS = {
    "unknown_table": ("tabel tidak dikenal pusat", "a table the centre does not know"),
    "unknown_field": (
        "kolom tidak dikenal pusat (perbarui aplikasi di pusat bila kantor memakai versi "
        "lebih baru)",
        "a field the centre does not know (update the centre's app if the office runs a newer one)",
    ),
    "not_json": ("bukan JSON yang sah", "not valid JSON"),
    "count": ("jumlah baris tidak cocok dengan manifest", "row count differs from the manifest"),
    "not_deletion": ("bukan baris penghapusan", "not a deletion"),
    "duplicate": ("baris ganda", "duplicate row"),
    "uuid": ("uuid tidak sah", "not a valid uuid"),
    "stamp": ("bukan waktu UTC", "not a UTC time"),
    "empty": ("baris kosong", "an empty row"),
    "required": ("wajib ada", "is required"),
    "null": ("tidak boleh kosong (null)", "must not be null"),
    "check": ("nilai {value} melanggar aturan {rule}", "value {value} breaks the rule {rule}"),
    "code": (
        "kode {value} tidak ada di daftar {list} pusat",
        "code {value} is not in the centre's list {list}",
    ),
}


def _say(problem: str, **values: Any) -> str:
    text_id, text_en = _PROBLEMS[problem]
    return pick(text_id, text_en).format(**values)


_KIND_WORDS = {
    "integer": ("bilangan bulat", "a whole number"),
    "real": ("angka", "a number"),
    "text": ("teks", "text"),
    "uuid": ("uuid (32 digit heksadesimal)", "a uuid (32 hex digits)"),
    "any": ("nilai sederhana", "a plain value"),
    "blob": ("data biner (tidak dapat dikirim)", "binary data (cannot travel)"),
}


def _want(kind: str, value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False)[:40]
    text_id, text_en = _KIND_WORDS[kind]
    return pick(f"harus {text_id}, bukan {shown}", f"must be {text_en}, not {shown}")


def _tombstones(rules: Rules, name: str, member: Member, content: bytes, seen: _Seen) -> None:
    lines = content.splitlines()
    if len(lines) != member.rows:
        raise _bad(name, TOMBSTONES, "-", "-", _say("count"))
    for line in lines:
        try:
            obj = _DECODER.decode(line.decode("utf-8"))
        except ValueError as exc:
            raise _bad(name, TOMBSTONES, "-", "-", _say("not_json")) from exc
        if type(obj) is not dict or set(obj) != {"deleted_at", "origin", "rev", "table", "uuid"}:
            raise _bad(name, TOMBSTONES, "-", "-", _say("not_deletion"))
        row_uuid = obj["uuid"] if isinstance(obj["uuid"], str) else "-"
        if obj["table"] not in rules.tables:
            raise _bad(name, TOMBSTONES, row_uuid[:40], "table", _say("unknown_table"))
        stamps = (row_uuid, obj["rev"], _text(obj["deleted_at"]), _text(obj["origin"]), "")
        _envelope(name, TOMBSTONES, stamps)
        seen.deleted.add((obj["table"], row_uuid))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _resolve(db: sqlite_utils.Database, name: str, manifest: Manifest, seen: _Seen) -> None:
    """Every uuid a row points at is a row of this package, or (for a package that is not
    full) a live row the centre holds of the same office that this package does not delete."""
    missing: dict[str, list[str]] = {}
    for target, ref in seen.wanted:
        if ref not in seen.rows.get(target, ()):
            if not UUID.fullmatch(ref):
                table, row_uuid, fld = seen.wanted[(target, ref)]
                raise _bad(name, table, row_uuid, fld, _want("uuid", ref))
            missing.setdefault(target, []).append(ref)
    for target, refs in missing.items():
        found: set[str] = set()
        if not manifest.full:
            found = _held(db, manifest.office.uuid, target, refs)
        for ref in refs:
            if ref not in found or (target, ref) in seen.deleted:
                table, row_uuid, fld = seen.wanted[(target, ref)]
                raise SyncError(
                    "dangling_reference",
                    file=name,
                    table=table,
                    uuid=row_uuid,
                    field=fld,
                    target=target,
                    ref=ref,
                )


def _held(db: sqlite_utils.Database, office_uuid: str, table: str, refs: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(refs), _LOOKUP_BATCH):
        chunk = refs[start : start + _LOOKUP_BATCH]
        marks = ", ".join("?" * len(chunk))
        found.update(
            r[0]
            for r in db.execute(
                "SELECT uuid FROM central_row WHERE table_name = ? AND office_uuid = ? "
                f"AND deleted_at IS NULL AND uuid IN ({marks})",
                [table, office_uuid, *chunk],
            )
        )
    return found
