"""``kinerja check``: integrity of the file and of the rules the data must keep."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from desktop.core.errors import ValidationError
from desktop.core.i18n import pick
from desktop.core.nip import parse_nip
from desktop.core.orgchart import UnitTree
from desktop.store.units import list_units


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    facts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [f"{key}: {value}" for key, value in self.facts.items()]
        if self.ok:
            out.append(pick("Baik: tidak ada masalah ditemukan.", "OK: no problems found."))
        else:
            out.append(pick(f"{len(self.problems)} masalah:", f"{len(self.problems)} problems:"))
            out.extend(f"  - {p}" for p in self.problems)
        return out


def run_checks(db: sqlite_utils.Database) -> CheckReport:
    report = CheckReport()
    _sqlite_integrity(db, report)
    _facts(db, report)
    _nips(db, report)
    _tree(db, report)
    _superiors(db, report)
    return report


def _sqlite_integrity(db: sqlite_utils.Database, report: CheckReport) -> None:
    result = db.execute("PRAGMA integrity_check").fetchall()
    if [r[0] for r in result] != ["ok"]:
        report.problems.extend(pick("Berkas rusak: ", "File damaged: ") + r[0] for r in result)
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        report.problems.append(
            pick(
                f"Rujukan putus: {table} baris {rowid} → {parent}",
                f"Broken reference: {table} row {rowid} → {parent}",
            )
        )


def _facts(db: sqlite_utils.Database, report: CheckReport) -> None:
    report.facts = {
        pick("unit", "units"): db.execute("SELECT count(*) FROM unit").fetchone()[0],
        pick("pegawai aktif", "active staff"): db.execute(
            "SELECT count(*) FROM staff WHERE aktif = 1"
        ).fetchone()[0],
        pick("pegawai nonaktif", "inactive staff"): db.execute(
            "SELECT count(*) FROM staff WHERE aktif = 0"
        ).fetchone()[0],
        pick("revisi", "revision"): db.execute("SELECT rev FROM sync_state").fetchone()[0],
    }


def _nips(db: sqlite_utils.Database, report: CheckReport) -> None:
    for nip, nama in db.execute("SELECT nip, nama FROM staff ORDER BY nama"):
        try:
            parse_nip(nip)
        except ValidationError as exc:
            report.problems.append(f"{nama} ({nip}): {exc.message()}")


def _tree(db: sqlite_utils.Database, report: CheckReport) -> None:
    tree = UnitTree(list_units(db))
    for unit in tree.by_id.values():
        if unit.parent_id is not None and unit.parent_id not in tree.by_id:
            report.problems.append(
                pick(
                    f"Unit {unit.kode} menunjuk induk yang tidak ada.",
                    f"Unit {unit.kode} points to a missing parent.",
                )
            )
        elif unit.id is not None and unit.id in {u.id for u in tree.ancestors(unit.id)}:
            report.problems.append(pick(f"Unit {unit.kode} berputar.", f"Unit {unit.kode} loops."))


def _superiors(db: sqlite_utils.Database, report: CheckReport) -> None:
    """An atasan chain must end (no employee above himself)."""
    atasan = dict(db.execute("SELECT id, atasan_id FROM staff WHERE atasan_id IS NOT NULL"))
    names = dict(db.execute("SELECT id, nama FROM staff"))
    for start in atasan:
        seen, current = {start}, atasan.get(start)
        while current is not None and current not in seen:
            seen.add(current)
            current = atasan.get(current)
        if current == start:
            report.problems.append(
                pick(
                    f"Rantai atasan berputar pada {names.get(start)}.",
                    f"The superior chain of {names.get(start)} loops.",
                )
            )
