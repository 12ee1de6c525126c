"""``kinerja check``: integrity of the file and of the rules the data must keep.

A file to check may be damaged, so it is opened read-only (``file:…?mode=ro``: the database file
itself cannot be written, nothing is migrated or recovered into it); an empty file or one that
SQLite does not recognise is refused with a message; every step reports what it finds instead
of failing, so a damaged file gets a report and never a traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from desktop.core.errors import StoreError, ValidationError
from desktop.core.i18n import pick
from desktop.core.nip import parse_nip
from desktop.core.orgchart import UnitTree
from desktop.store.audit import chain_breaks
from desktop.store.db import MIGRATION_SET, Database, migration_files, store_error_for
from desktop.store.units import list_units

MAX_LISTED = 20  # integrity and foreign-key lines shown; the rest are counted


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    facts: dict[str, int | str] = field(default_factory=dict)

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


def open_read_only(path: Path) -> Database:
    """The file read-only, without migrating; StoreError for a missing, empty or non-SQLite
    file (nothing is created or changed)."""
    if not path.is_file():
        raise StoreError("cant_open", path=str(path))
    if path.stat().st_size == 0:  # SQLite would take it for a new, empty database
        raise StoreError("empty_file", path=str(path))
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_NOTADB", "SQLITE_CANTOPEN")) or "conn" not in locals():
            code = "cant_open" if name.startswith("SQLITE_CANTOPEN") else "not_a_database"
            raise StoreError(code, path=str(path)) from exc
        # SQLITE_CORRUPT and the like: an SQLite file, damaged; the report says where
    return Database(conn, recursive_triggers=False)


def run_checks(db: sqlite_utils.Database) -> CheckReport:
    """Every check in turn; a check that SQLite cannot finish (damage) becomes a problem."""
    report = CheckReport()
    steps: list[Callable[[sqlite_utils.Database, CheckReport], None]] = [
        _sqlite_integrity,
        _foreign_keys,
        _migrations,
        _facts,
        _audit,
        _nips,
        _tree,
        _superiors,
    ]
    for step in steps:
        try:
            step(db, report)
        except (sqlite3.Error, KeyError, TypeError, ValueError) as exc:
            known = store_error_for(exc) if isinstance(exc, sqlite3.Error) else None
            if known is not None and known.code in ("corrupt", "not_a_database"):
                detail = pick("struktur berkas rusak di bagian ini", "the file is damaged here")
            else:
                detail = known.message() if known is not None else str(exc)
            report.problems.append(
                pick(
                    f"Pemeriksaan {step.__name__.strip('_')} tidak dapat selesai: {detail}",
                    f"Check {step.__name__.strip('_')} could not finish: {detail}",
                )
            )
            if step is _sqlite_integrity:
                break  # the file's structure is unreadable: the rule checks cannot run
    return report


def _listed(lines: list[str], report: CheckReport) -> None:
    report.problems.extend(lines[:MAX_LISTED])
    if len(lines) > MAX_LISTED:
        more = len(lines) - MAX_LISTED
        report.problems.append(pick(f"... dan {more} lagi", f"... and {more} more"))


def _sqlite_integrity(db: sqlite_utils.Database, report: CheckReport) -> None:
    result = db.execute("PRAGMA integrity_check(200)").fetchall()
    if [r[0] for r in result] != ["ok"]:
        _listed([pick("Berkas rusak: ", "File damaged: ") + str(r[0]) for r in result], report)


def _foreign_keys(db: sqlite_utils.Database, report: CheckReport) -> None:
    lines = [
        pick(
            f"Rujukan putus: {table} baris {rowid} → {parent}",
            f"Broken reference: {table} row {rowid} → {parent}",
        )
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall()
    ]
    _listed(lines, report)


def _migrations(db: sqlite_utils.Database, report: CheckReport) -> None:
    """Applied, missing and unknown (newer) migrations, read from the table, never run."""
    known = [p.stem for p in migration_files()]
    if "_sqlite_migrations" not in db.table_names():
        report.problems.append(
            pick(
                "Tidak ada catatan migrasi: bukan basis data Kinerja Luring.",
                "No migration records: not a Kinerja Luring database.",
            )
        )
        return
    applied = [
        r[0]
        for r in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            [MIGRATION_SET],
        )
    ]
    missing = [name for name in known if name not in applied]
    unknown = [name for name in applied if name not in known]
    report.facts[pick("migrasi diterapkan", "migrations applied")] = len(applied)
    if unknown:
        report.problems.append(
            pick(
                f"Dibuat oleh versi aplikasi yang lebih baru (migrasi tak dikenal: "
                f"{', '.join(unknown)}); perbarui aplikasi.",
                f"Made by a newer version of the app (unknown migrations: "
                f"{', '.join(unknown)}); update the app.",
            )
        )
    if missing:
        report.problems.append(
            pick(
                f"Migrasi belum diterapkan: {', '.join(missing)} (diterapkan saat aplikasi "
                "membuka berkas ini).",
                f"Migrations not applied: {', '.join(missing)} (applied when the app opens "
                "this file).",
            )
        )


def _audit(db: sqlite_utils.Database, report: CheckReport) -> None:
    count, last_at, last_user = db.execute(
        "SELECT count(*), max(at), (SELECT user FROM audit_log ORDER BY id DESC LIMIT 1) "
        "FROM audit_log"
    ).fetchone()
    report.facts[pick("catatan audit", "audit entries")] = count
    if last_at:
        report.facts[pick("perubahan terakhir", "last change")] = f"{last_at} ({last_user})"
    if _applied(db, "0014_audit_chain"):  # chained since then; older rows sealed by it
        _listed([b.message() for b in chain_breaks(db, limit=MAX_LISTED + 1)], report)


def _applied(db: sqlite_utils.Database, migration: str) -> bool:
    if "_sqlite_migrations" not in db.table_names():
        return False
    sql = "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? AND name = ?"
    return db.execute(sql, [MIGRATION_SET, migration]).fetchone() is not None


def _facts(db: sqlite_utils.Database, report: CheckReport) -> None:
    report.facts |= {
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
