"""Shared helpers of the sync tests: demo offices, a centre, the office's data as the centre
should hold it, and a fingerprint of a database file for "nothing changed" checks."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.demo import build_demo
from desktop.store.db import open_db
from desktop.sync import Role, TrustPolicy, export_key_file, import_key_file, set_role
from desktop.sync.copies import office_copy
from desktop.sync.export import table_records
from desktop.sync.tables import present_tables

TRUST_ALL = TrustPolicy(any_new=True)


_TEMPLATES: dict[object, Path] = {}


def demo_office(
    path: Path, *, seed: int = 3, staff: int = 60, fresh: bool = False
) -> sqlite_utils.Database:
    """A demo office at ``path``: a copy of one built once per (seed, staff) for the session
    (same office uuid and keys in every copy), or built anew with ``fresh``."""
    if fresh:
        db = open_db(path)
        build_demo(db, staff=staff, seed=seed)
        return db
    key = (seed, staff)
    if key not in _TEMPLATES:
        folder = Path(tempfile.mkdtemp(prefix="sync-demo-"))
        template = folder / f"demo-{seed}-{staff}.sqlite"
        db = open_db(template)
        build_demo(db, staff=staff, seed=seed)
        db.close()
        _TEMPLATES[key] = template
    shutil.copy(_TEMPLATES[key], path)
    return open_db(path)


def centre_db(path: Path, *, fresh: bool = False) -> sqlite_utils.Database:
    """A central database: a copy of one made once for the session (same keys in every copy),
    or made anew (its own keys) with ``fresh``."""
    if fresh or "centre" not in _TEMPLATES:
        db = open_db(path)
        set_role(db, Role.CENTRAL)
        if fresh:
            return db
        db.close()
        folder = Path(tempfile.mkdtemp(prefix="sync-centre-"))
        _TEMPLATES["centre"] = folder / "pusat.sqlite"
        shutil.copy(path, _TEMPLATES["centre"])
    shutil.copy(_TEMPLATES["centre"], path)
    return open_db(path)


def introduce(office: sqlite_utils.Database, centre: sqlite_utils.Database, folder: Path) -> None:
    """The office imports the centre's key file (so its packages are encrypted)."""
    path, _key = export_key_file(centre, folder / "pusat.kinerja-kunci")
    import_key_file(office, path)


def office_uuid(db: sqlite_utils.Database) -> str:
    return db.execute("SELECT office_uuid FROM office").fetchone()[0]


def office_data(db: sqlite_utils.Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced row of an office as a package carries it: ``{table: {uuid: data}}``."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for table in present_tables(db.table_names()):
        rows = {u: d for u, _r, _a, _o, d in table_records(db, table, since_rev=0)}
        if rows:
            out[table.name] = rows
    return out


def centre_copy(centre: sqlite_utils.Database, office: sqlite_utils.Database) -> dict:
    return office_copy(centre, office_uuid(office))


def file_digest(db: sqlite_utils.Database, path: Path) -> str:
    """SHA-256 of the database file after a full checkpoint (the WAL emptied into it)."""
    busy, _log, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return hashlib.sha256(path.read_bytes()).hexdigest()
