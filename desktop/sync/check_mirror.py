"""The synced tables' CHECK constraints (enums, ranges, formats), evaluated by SQLite itself.

For each table a small table in memory holds only the columns its CHECK constraints read, with
those constraints (no types: the values were type-checked already and keep their JSON type; no
foreign keys, indexes or triggers). A batch of rows is inserted at once and rolled back; only a
batch that fails is tried row by row, to name the row and the field. The expressions come from
the centre's own ``CREATE TABLE`` (``schema_rules.check_expressions``), so a constraint added by a
migration is enforced the same day.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from desktop.sync.schema_rules import TableRules

_REMEMBERED = 200_000  # good value combinations kept per table


class CheckMirror:
    def __init__(self, rules: dict[str, TableRules]) -> None:
        self.conn = sqlite3.connect(":memory:", isolation_level=None)
        self.rules = rules
        self.ready: dict[str, tuple[str, list[tuple[str, Any, bool]]]] = {}
        self.passed: dict[str, set[tuple]] = {}

    def close(self) -> None:
        self.conn.close()

    def problem(self, table: str, rows: list[dict[str, Any]]) -> tuple[int, str, str] | None:
        """``(index of the row, field, the rule it breaks)`` for the first row of ``rows``
        that breaks a CHECK constraint of ``table``, else None. A CHECK is a function of the
        row's values, so values already found good are not checked again (most rows repeat a
        handful of codes)."""
        spec = self.rules[table]
        if not spec.checks or not rows:
            return None
        sql, columns = self._prepare(spec)
        passed = self.passed.setdefault(table, set())
        todo: list[tuple[int, list[Any], tuple]] = []
        for n, row in enumerate(rows):
            values = [
                (1 if row.get(f) is not None else None) if fk else row.get(f, d)
                for f, d, fk in columns
            ]
            key = (*values, *map(type, values))
            if key not in passed:
                todo.append((n, values, key))
        if not todo:
            return None
        self.conn.execute("BEGIN")
        try:
            self.conn.executemany(sql, [values for _n, values, _key in todo])
        except (sqlite3.Error, OverflowError):
            return self._culprit(spec, sql, columns, todo)
        finally:
            self.conn.execute("ROLLBACK")
        if len(passed) > _REMEMBERED:
            passed.clear()
        passed.update(key for _n, _values, key in todo)
        return None

    def _prepare(self, spec: TableRules) -> tuple[str, list[tuple[str, Any, bool]]]:
        """The mirror table and, per column, (package field, default value, is a foreign key:
        any distinct integer stands for its uuid, which is checked apart)."""
        if spec.table not in self.ready:
            names = list(spec.check_columns) or ["_"]
            checks = ", ".join(f"CHECK ({e})" for e in spec.checks)
            cols = ", ".join(f"[{c}]" for c in names)
            self.conn.execute(f"CREATE TABLE [{spec.table}] ({cols}, {checks})")
            columns = [
                (spec.fk_columns.get(c, c), self._default(spec.defaults.get(c)),
                 c in spec.fk_columns)
                for c in names
            ]  # fmt: skip
            marks = ", ".join("?" * len(names))
            self.ready[spec.table] = (f"INSERT INTO [{spec.table}] VALUES ({marks})", columns)
        return self.ready[spec.table]

    def _default(self, expression: str | None) -> Any:
        """A column's default as a value (``''``, ``1``, ``'01'``): what an office that does
        not send the field (an older app) would have."""
        if expression is None:
            return None
        try:
            return self.conn.execute(f"SELECT {expression}").fetchone()[0]
        except sqlite3.Error:
            return None

    def _culprit(
        self, spec: TableRules, sql: str, columns: list, todo: list[tuple[int, list[Any], tuple]]
    ) -> tuple[int, str, str] | None:
        self.conn.execute("ROLLBACK")
        self.conn.execute("BEGIN")
        for n, values, _key in todo:
            try:
                self.conn.execute(sql, values)
            except (sqlite3.Error, OverflowError) as exc:
                fields = [f for f, _d, _fk in columns]
                rule = str(exc).split(":", 1)[-1].strip()
                return n, _blame(rule, list(spec.check_columns), fields), rule
        return None


def _blame(rule: str, columns: list[str], fields: list[str]) -> str:
    """The field a failed rule is about: ``jenis IN ('instansi', …)`` → ``jenis``."""
    for column, name in sorted(zip(columns, fields, strict=True), key=lambda c: -len(c[0])):
        if re.search(rf"\b{re.escape(column)}\b", rule):
            return name
    return fields[0] if fields else "-"
