"""The centre's merge on PostgreSQL: the same rule as ``merge.Merger``, set-based.

Each member's rows go by binary COPY into a temporary table, and four statements settle them
all at once: rows another office owns (listed, never touched), rows the centre did not correct
and the office changed (one UPDATE … FROM), rows the centre corrected (the few that need the
field-by-field merge in Python), and new rows (one INSERT … SELECT, ``ON CONFLICT DO NOTHING``
so a concurrent importer of another office can never make it fail). Unchanged rows are never
written: JSONB compares by value. Memory stays one member (≤ 50,000 rows) however large the
office, and the unseen rows of a full package are found by the same anti-join as on SQLite.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.sync.merge import _UPDATE, BadRow, Line, Merger, _write
from desktop.sync.pg import PgDatabase

_STAGE = "kinerja_stage"  # both made for the session by ``pg.connect`` (TEMPORARY_TABLES)
_SEEN = "kinerja_seen"
_COLUMNS = "table_name, uuid, office_uuid, data, updated_at, office_rev, origin, package"

_COPY_IN = f"COPY central_row ({_COLUMNS}) FROM STDIN (FORMAT BINARY)"
_OTHERS = (
    f"SELECT s.uuid, c.id, c.office_uuid, c.data, c.centre_base, c.deleted_at, s.data "
    f"FROM {_STAGE} s JOIN central_row c ON c.table_name = %(t)s AND c.uuid = s.uuid "
    f"WHERE c.office_uuid <> %(o)s ORDER BY s.uuid"
)
_CHANGED = f"""
WITH x AS (
    SELECT c.id, c.deleted_at IS NOT NULL AS was_deleted, s.data, s.updated_at, s.office_rev,
           s.origin
      FROM {_STAGE} s JOIN central_row c ON c.table_name = %(t)s AND c.uuid = s.uuid
     WHERE c.office_uuid = %(o)s AND c.centre_base IS NULL
       AND (c.deleted_at IS NOT NULL OR c.data IS DISTINCT FROM s.data::jsonb))
UPDATE central_row c SET data = x.data::jsonb, updated_at = x.updated_at,
       office_rev = x.office_rev, origin = x.origin, package = %(p)s, deleted_at = NULL,
       centre_base = NULL
  FROM x WHERE c.id = x.id
RETURNING x.was_deleted
"""
_CORRECTED = (
    f"SELECT s.uuid, c.id, c.office_uuid, c.data, c.centre_base, c.deleted_at, s.data, "
    f"s.updated_at, s.office_rev, s.origin "
    f"FROM {_STAGE} s JOIN central_row c ON c.table_name = %(t)s AND c.uuid = s.uuid "
    f"WHERE c.office_uuid = %(o)s AND c.centre_base IS NOT NULL ORDER BY s.uuid"
)
_NEW = (
    f"INSERT INTO central_row ({_COLUMNS}) "
    f"SELECT %(t)s, s.uuid, %(o)s, s.data::jsonb, s.updated_at, s.office_rev, s.origin, %(p)s "
    f"FROM {_STAGE} s {{where}} ON CONFLICT (table_name, uuid) DO NOTHING"
)
_ABSENT = (
    "WHERE NOT EXISTS (SELECT 1 FROM central_row c WHERE c.table_name = %(t)s AND c.uuid = s.uuid)"
)


@dataclass
class PgMerger(Merger):
    """``Merger`` whose rows go through COPY and set-based SQL (call inside a transaction)."""

    def rows(self, table: str, parsed: list[Line]) -> None:
        db = self._pg
        fresh = self._fresh(table)
        args = {"t": table, "o": self.office_uuid, "p": self.package}
        if fresh and self.seen is None and self._copy_straight_in(table, parsed):
            self.counts.new += len(parsed)
            return
        try:
            _stage(db, parsed)
            if self.seen is not None:
                assert isinstance(self.seen, PgSeenRows)
                self.seen.add_staged(table)
            others = changed = corrected = 0
            if fresh:  # straight in; only when some uuid was taken, whose it is
                new = db.raw.execute(_NEW.format(where=""), args).rowcount
                if new < len(parsed):
                    others = self._others(args)
            else:
                others = self._others(args)
                changed = self._changed(args)
                corrected = self._corrected(table, args)
                new = db.raw.execute(_NEW.format(where=_ABSENT), args).rowcount
        except _data_errors() as exc:  # e.g. a NUL character JSONB cannot hold
            raise BadRow(str(exc).splitlines()[0]) from exc
        self.counts.new += new
        self.counts.unchanged += len(parsed) - new - changed - corrected - others

    def _copy_straight_in(self, table: str, parsed: list[Line]) -> bool:
        """A table this office sends for the first time: its rows by binary COPY straight
        into ``central_row`` (JSONB from the canonical text as it is). False when a uuid is
        another office's (the unique key refuses the COPY, rolled back to its savepoint): the
        staged path then lists those rows."""
        import psycopg

        db = self._pg
        try:
            with db.atomic(), db.raw.cursor() as cur, cur.copy(_COPY_IN) as copy:
                copy.set_types(["text", "text", "text", "jsonb", "text", "int8", "text", "int8"])
                for row_uuid, rev, updated_at, origin, data in parsed:
                    copy.write_row(
                        (table, row_uuid, self.office_uuid, data, updated_at, rev, origin,
                         self.package)
                    )  # fmt: skip
        except psycopg.errors.UniqueViolation:
            return False
        except _data_errors() as exc:  # e.g. a NUL character JSONB cannot hold
            raise BadRow(str(exc).splitlines()[0]) from exc
        return True

    @property
    def _pg(self) -> PgDatabase:
        assert isinstance(self.db, PgDatabase)
        return self.db

    def _others(self, args: dict[str, Any]) -> int:
        """Rows whose uuid another office holds: listed, never changed."""
        rows = self._pg.raw.execute(_OTHERS, args).fetchall()
        for row_uuid, *old, theirs in rows:
            self._other_office(args["t"], row_uuid, _existing(old), json.loads(theirs))
        return len(rows)

    def _changed(self, args: dict[str, Any]) -> int:
        was_deleted = [r[0] for r in self._pg.raw.execute(_CHANGED, args).fetchall()]
        revived = sum(1 for w in was_deleted if w)
        self.counts.new += revived
        self.counts.updated += len(was_deleted) - revived
        return len(was_deleted)

    def _corrected(self, table: str, args: dict[str, Any]) -> int:
        """Rows the centre corrected: merged field by field (a handful per package)."""
        updates = []
        for row_uuid, *old, text, updated_at, rev, origin in self._pg.raw.execute(
            _CORRECTED, args
        ).fetchall():
            merged, base = self._merge(table, row_uuid, _existing(old), json.loads(text), text)
            updates.append((merged, updated_at, rev, origin, self.package, base, old[0]))
            self.counts.updated += 1
        _write(self.db, _UPDATE, updates)
        return len(updates)


def _existing(old: list[Any]) -> Any:
    from desktop.sync.merge import _Existing

    row_id, office, data, base, deleted_at = old
    return _Existing(row_id, office, data, base, deleted_at is not None)


def _stage(db: PgDatabase, parsed: list[Line]) -> None:
    """One member's rows into the temporary table by binary COPY."""
    raw = db.raw
    raw.execute(f"TRUNCATE {_STAGE}")
    with (
        raw.cursor() as cur,
        cur.copy(
            f"COPY {_STAGE} (uuid, data, updated_at, office_rev, origin) FROM STDIN (FORMAT BINARY)"
        ) as copy,
    ):
        copy.set_types(["text", "text", "text", "int8", "text"])
        for row_uuid, rev, updated_at, origin, data in parsed:
            copy.write_row((row_uuid, data, updated_at, rev, origin))


class PgSeenRows:
    """``merge.SeenRows`` on PostgreSQL: the ``(table, uuid)`` of one full package in a
    temporary table filled from the staged rows, and the same anti-join."""

    _UNSEEN = (
        "office_uuid = %(o)s AND deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM "
        f"{_SEEN} s WHERE s.table_name = central_row.table_name AND s.uuid = central_row.uuid)"
    )

    def __init__(self, db: PgDatabase) -> None:
        self.db = db
        db.raw.execute(f"TRUNCATE {_SEEN}")

    def add(self, table: str, uuids: list[str]) -> None:
        """Not used: ``PgMerger`` adds the staged member at once (``add_staged``)."""

    def add_staged(self, table: str) -> None:
        self.db.raw.execute(
            f"INSERT INTO {_SEEN} SELECT %s, uuid FROM {_STAGE} ON CONFLICT DO NOTHING", [table]
        )

    def unseen_corrected(self, office_uuid: str) -> list[tuple[str, str, str | None]]:
        return self.db.raw.execute(
            "SELECT table_name, uuid, data::text FROM central_row WHERE centre_base IS NOT NULL "
            "AND " + self._UNSEEN + " ORDER BY table_name, uuid",
            {"o": office_uuid},
        ).fetchall()

    def delete_unseen(self, office_uuid: str, values: list[Any]) -> int:
        at, rev, origin, package, deleted_at = values
        sql = (
            "UPDATE central_row SET data = NULL, updated_at = %(at)s, office_rev = %(rev)s, "
            "origin = %(origin)s, package = %(package)s, deleted_at = %(deleted)s, "
            "centre_base = NULL WHERE " + self._UNSEEN
        )
        params = {"at": at, "rev": rev, "origin": origin, "package": package,
                  "deleted": deleted_at, "o": office_uuid}  # fmt: skip
        return self.db.raw.execute(sql, params).rowcount

    def close(self) -> None:
        self.db.raw.execute(f"TRUNCATE {_SEEN}")


def _data_errors() -> tuple[type[BaseException], ...]:
    import psycopg

    return (psycopg.errors.DataError,)
