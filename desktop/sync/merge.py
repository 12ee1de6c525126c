"""The centre's merge: one package's rows and deletions into ``central_row``.

Rule (docs/sync.md): an office owns its rows. A row the centre has not corrected simply takes
the office's version. A row the centre corrected is merged field by field against the office
version the correction started from: fields only the centre changed keep the correction, fields
only the office changed take the office's value, and a field both changed differently takes the
office's value and is listed as a conflict with both values. A deletion by the office wins over
a correction (listed). A row uuid that belongs to another office is never touched (listed).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from desktop.sync.keys import utc_now
from desktop.sync.manifest import canonical

BATCH = 1_000

_LOOKUP = (
    "SELECT uuid, id, office_uuid, data, centre_base, deleted_at FROM central_row "
    "WHERE table_name = ? AND uuid IN ({marks})"
)
_INSERT = (
    "INSERT INTO central_row (table_name, uuid, office_uuid, data, updated_at, office_rev, "
    "origin, package) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_NEW = _INSERT + " ON CONFLICT (table_name, uuid) DO NOTHING"
_UPDATE = (
    "UPDATE central_row SET data = ?, updated_at = ?, office_rev = ?, origin = ?, package = ?, "
    "deleted_at = NULL, centre_base = ? WHERE id = ?"
)
_DELETE = (
    "UPDATE central_row SET data = NULL, updated_at = ?, office_rev = ?, origin = ?, "
    "package = ?, deleted_at = ?, centre_base = NULL WHERE id = ?"
)


@dataclass
class MergeCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Conflict:
    """A row changed at both ends (or owned by another office), and how it was settled."""

    table: str
    uuid: str
    kind: str  # both_changed | deleted_corrected | other_office
    fields: list[str]
    centre_value: dict[str, Any] | None
    office_value: dict[str, Any] | None
    resolution: str  # office_wins | deleted | kept_owner


class BadRow(ValueError):
    """A line that is not a row of the v1 format."""


@dataclass(frozen=True)
class _Existing:
    id: int
    office_uuid: str
    data: str | None
    centre_base: str | None
    deleted: bool


@dataclass
class Merger:
    """Applies one package (call inside a transaction); collects counts and conflicts."""

    db: sqlite_utils.Database
    office_uuid: str
    package: int
    counts: MergeCounts = field(default_factory=MergeCounts)
    conflicts: list[Conflict] = field(default_factory=list)
    seen: SeenRows | None = None  # a full package over rows the centre already holds
    fresh_tables: set[str] = field(default_factory=set)

    def rows(self, table: str, parsed: list[Line]) -> None:
        """Insert or update the rows of one member (from ``parse_rows``)."""
        fresh = self._fresh(table)
        for start in range(0, len(parsed), BATCH):
            batch = parsed[start : start + BATCH]
            if self.seen is not None:
                self.seen.add(table, [p[0] for p in batch])
            if fresh:
                self._insert_fresh(table, batch)
            else:
                self._upsert(table, batch)

    def _fresh(self, table: str) -> bool:
        """True when this office had no copy of ``table`` before this package: every row is
        new unless another office holds its uuid, so rows go straight in without a lookup
        first. Remembered for the package, so a table sent in several members (``export.CHUNK_ROWS``
        rows each) takes the straight path for all of them, not only the first."""
        if table in self.fresh_tables:
            return True
        fresh = not self.db.execute(
            "SELECT 1 FROM central_row WHERE office_uuid = ? AND table_name = ? LIMIT 1",
            [self.office_uuid, table],
        ).fetchone()
        if fresh:
            self.fresh_tables.add(table)
        return fresh

    def _insert_fresh(self, table: str, parsed: list[Line]) -> None:
        rows = [(table, u, self.office_uuid, d, a, r, o, self.package) for u, r, a, o, d in parsed]
        inserted = _write(self.db, _INSERT_NEW, rows)
        self.counts.new += inserted
        if inserted < len(rows):  # some uuids belong to another office
            taken = self._lookup(table, [p[0] for p in parsed])
            for row_uuid, _rev, _at, _origin, data in parsed:
                old = taken.get(row_uuid)
                if old is not None and old.office_uuid != self.office_uuid:
                    self._other_office(table, row_uuid, old, json.loads(data))

    def _upsert(self, table: str, parsed: list[Line]) -> None:
        existing = self._lookup(table, [p[0] for p in parsed])
        inserts: list[tuple] = []
        updates: list[tuple] = []
        for row_uuid, rev, updated_at, origin, text in parsed:
            old = existing.get(row_uuid)
            if old is None:
                inserts.append((table, row_uuid, self.office_uuid, text, updated_at, rev, origin,
                                self.package))  # fmt: skip
                self.counts.new += 1
            elif old.office_uuid != self.office_uuid:
                self._other_office(table, row_uuid, old, json.loads(text))
            elif old.centre_base is None:
                if old.deleted or old.data != text:
                    updates.append((text, updated_at, rev, origin, self.package, None, old.id))
                    self._count_change(old)
                else:
                    self.counts.unchanged += 1
            else:
                merged, base = self._merge(table, row_uuid, old, json.loads(text), text)
                updates.append((merged, updated_at, rev, origin, self.package, base, old.id))
                self.counts.updated += 1
        _write(self.db, _INSERT, inserts)
        _write(self.db, _UPDATE, updates)

    def tombstones(self, lines: Iterable[bytes]) -> None:
        """Mark the office's deleted rows as deleted (applied before the rows)."""
        for batch in _batches(lines):
            by_table: dict[str, list[tuple[str, int, str, str]]] = {}
            for line in batch:
                item = _tombstone(line)
                by_table.setdefault(item[0], []).append(item[1:])
            for table, items in by_table.items():
                existing = self._lookup(table, [i[0] for i in items])
                for row_uuid, rev, deleted_at, origin in items:
                    old = existing.get(row_uuid)
                    if old is not None:
                        self._delete(table, row_uuid, old, rev, deleted_at, origin)

    def delete_unseen(self) -> None:
        """After a full package: the office's rows it no longer has are deleted, found by an
        anti-join in SQL so memory stays flat however large the office is. Only the rows the
        centre corrected (a handful) come to Python, to be listed as conflicts."""
        assert self.seen is not None
        for table, row_uuid, data in self.seen.unseen_corrected(self.office_uuid):
            centre = json.loads(data or "{}")
            self._conflict(
                Conflict(
                    table, row_uuid, "deleted_corrected", sorted(centre), centre, None, "deleted"
                )
            )
        now = utc_now()
        self.counts.deleted += self.seen.delete_unseen(
            self.office_uuid, [now, 0, self.office_uuid, self.package, now]
        )

    def _lookup(self, table: str, uuids: list[str]) -> dict[str, _Existing]:
        if not uuids:
            return {}
        sql = _LOOKUP.format(marks=", ".join("?" * len(uuids)))
        return {
            u: _Existing(i, o, d, b, x is not None)
            for u, i, o, d, b, x in self.db.execute(sql, [table, *uuids])
        }

    def _count_change(self, old: _Existing) -> None:
        if old.deleted:
            self.counts.new += 1
        else:
            self.counts.updated += 1

    def _merge(
        self, table: str, row_uuid: str, old: _Existing, theirs: dict[str, Any], text: str
    ) -> tuple[str, str | None]:
        """Three-way merge of a corrected row; returns (data, new centre_base)."""
        base = json.loads(old.centre_base or "{}")
        ours = json.loads(old.data or "{}")
        merged, clashes = three_way(base, ours, theirs)
        if clashes:
            self._conflict(
                Conflict(table, row_uuid, "both_changed", clashes, ours, theirs, "office_wins")
            )
        merged_text = canonical(merged)
        return merged_text, None if merged_text == text else text

    def _delete(
        self, table: str, row_uuid: str, old: _Existing, rev: int, deleted_at: str, origin: str
    ) -> None:
        if old.office_uuid != self.office_uuid:
            self._other_office(table, row_uuid, old, None)
            return
        if old.deleted:
            return
        if old.centre_base is not None:
            centre = json.loads(old.data or "{}")
            self._conflict(
                Conflict(
                    table, row_uuid, "deleted_corrected", sorted(centre), centre, None, "deleted"
                )
            )
        self.db.conn.execute(_DELETE, [deleted_at, rev, origin, self.package, deleted_at, old.id])
        self.counts.deleted += 1

    def _other_office(
        self, table: str, row_uuid: str, old: _Existing, theirs: dict[str, Any] | None
    ) -> None:
        centre = json.loads(old.data) if old.data else None
        self._conflict(Conflict(table, row_uuid, "other_office", [], centre, theirs, "kept_owner"))

    def _conflict(self, conflict: Conflict) -> None:
        self.conflicts.append(conflict)
        self.counts.conflicts += 1


class SeenRows:
    """The ``(table, uuid)`` of one full package, kept in a temporary table (on disk when it
    outgrows SQLite's small temp cache), and the office's live rows missing from it.

    The interface a second centre backend implements the same way: ``add`` (PostgreSQL: COPY
    into a ``TEMP ... ON COMMIT DROP`` table), ``unseen_corrected`` and ``delete_unseen``
    (the same ``NOT EXISTS`` anti-join), ``close``."""

    _UNSEEN = (
        "office_uuid = ? AND deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM temp.sync_seen s "
        "WHERE s.table_name = central_row.table_name AND s.uuid = central_row.uuid)"
    )

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        db.conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS sync_seen (table_name TEXT NOT NULL, "
            "uuid TEXT NOT NULL, PRIMARY KEY (table_name, uuid)) WITHOUT ROWID"
        )
        db.conn.execute("DELETE FROM temp.sync_seen")

    def add(self, table: str, uuids: list[str]) -> None:
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO temp.sync_seen VALUES (?, ?)", [(table, u) for u in uuids]
        )

    def unseen_corrected(self, office_uuid: str) -> list[tuple[str, str, str | None]]:
        """``(table, uuid, data)`` of the office's unseen rows that the centre corrected."""
        return self.db.execute(
            "SELECT table_name, uuid, data FROM central_row WHERE centre_base IS NOT NULL AND "
            + self._UNSEEN
            + " ORDER BY table_name, uuid",
            [office_uuid],
        ).fetchall()

    def delete_unseen(self, office_uuid: str, values: list[Any]) -> int:
        """Mark the office's unseen live rows deleted (``values`` as for ``_DELETE`` without
        the id); returns how many."""
        sql = _DELETE.replace("WHERE id = ?", "WHERE " + self._UNSEEN)
        return self.db.conn.execute(sql, [*values, office_uuid]).rowcount

    def close(self) -> None:
        self.db.conn.execute("DELETE FROM temp.sync_seen")


def three_way(
    base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """Merge the centre's ``ours`` and the office's ``theirs`` against ``base``; the office
    wins a field both changed, and those fields are returned."""
    merged: dict[str, Any] = {}
    clashes: list[str] = []
    for key in sorted(set(base) | set(ours) | set(theirs)):
        b, o, t = base.get(key), ours.get(key), theirs.get(key)
        source = theirs
        if o != b and o != t:
            if t == b:
                source = ours
            else:
                clashes.append(key)
        if key in source:
            merged[key] = source[key]
    return merged, clashes


def _batches(lines: Iterable[bytes]) -> Iterable[list[bytes]]:
    batch: list[bytes] = []
    for line in lines:
        if line:
            batch.append(line)
            if len(batch) == BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


Line = tuple[str, int, str, str, str]  # uuid, rev, updated_at, origin, data as JSON text
_LINE = re.compile(
    r'^\{"data":(\{.*\}),"origin":"([^"\\\n]*)","rev":(-?[0-9]+),'
    r'"updated_at":"([^"\\\n]*)","uuid":"([^"\\\n]{1,64})"\}$',
    re.MULTILINE,
)


def parse_rows(content: bytes, expected: int) -> list[Line]:
    """A member's rows, cut without a JSON parse per row: the writer's canonical form puts
    ``data`` first and four plain values after it, so one regular expression over the whole
    member finds them all. A member where any line does not fit is parsed line by line with
    ``json.loads``. The database still checks each data text is valid JSON (``json_valid``)."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRow("utf-8") from exc
    found = _LINE.findall(text)
    if len(found) == expected == text.count("\n"):
        return [(u, int(r), a, o, d) for d, o, r, a, u in found]
    lines = [line.encode("utf-8") for line in text.splitlines()]
    if len(lines) != expected:
        raise BadRow("count")
    return [_parsed(line) for line in lines]


def _parsed(line: bytes) -> Line:
    try:
        obj = json.loads(line)
        row = (obj["uuid"], obj["rev"], obj["updated_at"], obj["origin"], obj["data"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BadRow(line[:80]) from exc
    if not (isinstance(row[0], str) and 0 < len(row[0]) <= 64 and isinstance(row[4], dict)):
        raise BadRow(line[:80])
    if not (isinstance(row[1], int) and isinstance(row[2], str) and isinstance(row[3], str)):
        raise BadRow(line[:80])
    return row[0], row[1], row[2], row[3], canonical(row[4])


def _write(db: sqlite_utils.Database, sql: str, rows: list[tuple]) -> int:
    """executemany, with a row the database refuses (data that is not JSON) as a BadRow."""
    if not rows:
        return 0
    try:
        return db.conn.executemany(sql, rows).rowcount
    except sqlite3.IntegrityError as exc:
        raise BadRow(str(exc)) from exc


def _tombstone(line: bytes) -> tuple[str, str, int, str, str]:
    try:
        obj = json.loads(line)
        item = (obj["table"], obj["uuid"], obj["rev"], obj["deleted_at"], obj["origin"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BadRow(line[:80]) from exc
    if not all(isinstance(v, str) for v in (item[0], item[1], item[3], item[4])):
        raise BadRow(line[:80])
    return item


def record_conflicts(
    db: sqlite_utils.Database, package: int, office_uuid: str, conflicts: list[Conflict]
) -> None:
    """Keep every conflict of a package (both values) for the analyst's list."""
    now = utc_now()
    db.conn.executemany(
        "INSERT INTO sync_conflict (package, office_uuid, table_name, uuid, kind, fields, "
        "centre_value, office_value, resolution, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (package, office_uuid, c.table, c.uuid, c.kind, canonical(c.fields),
             None if c.centre_value is None else canonical(c.centre_value),
             None if c.office_value is None else canonical(c.office_value), c.resolution, now)
            for c in conflicts
        ],
    )  # fmt: skip
