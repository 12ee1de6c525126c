"""Backups of the office database and their restore, through SQLite's online backup API.

A backup is one zip: ``cadangan.json`` (format, version, UTC time, reason, schema, row counts,
SHA-256 of the database) stored first and uncompressed, so a listing reads it without
inflating anything, then ``kinerja.sqlite`` deflated. The copy is taken with
``Connection.backup`` (a consistent snapshot while the app keeps working), written under a
temporary name, fsynced and renamed to a name that never overwrites another backup.

Restore is the same API the other way round, into the live connection, never a file copy over
an open database (on POSIX that would drop the process's locks and corrupt it). It first
checks the archive completely (format, hash, ``integrity_check``, schema no newer than this app)
and backs up the current state; a refused archive changes nothing.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from desktop import __version__, paths
from desktop.core.access import Perm
from desktop.core.audit_terms import CADANGAN, PULIH
from desktop.core.backup_thinning import Limits, backups_to_keep
from desktop.store import access
from desktop.store import backup_archive as archive_io
from desktop.store.backup_archive import BackupError

FORMAT = archive_io.FORMAT
FORMAT_VERSION = archive_io.FORMAT_VERSION
SUFFIX = ".zip"
COUNTED = {"pegawai": "staff", "unit": "unit", "skp": "skp", "evaluasi": "evaluasi"}


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read from its ``cadangan.json`` (nothing inflated)."""

    path: Path
    created_at: datetime  # UTC
    reason: str
    size: int  # bytes of the archive
    counts: dict[str, int] = field(default_factory=dict)
    schema: str = ""
    office: str = ""
    app_version: str = ""
    db_size: int = 0
    db_sha256: str = ""


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety: BackupInfo  # the state just before the restore ("sebelum-pemulihan")
    migrated: list[str]  # migrations applied after restoring an older backup


# -- making ----------------------------------------------------------------------------------
def database_path(db: sqlite_utils.Database) -> Path:
    """The file behind ``db`` (the hooks before imports only get a connection)."""
    for _seq, name, file in db.conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    raise BackupError("no_file")


def create_backup(
    db: sqlite_utils.Database,
    db_path: Path | None = None,
    *,
    reason: str,
    target: Path | None = None,
) -> BackupInfo:
    """Back up ``db`` into its backup folder (or to ``target``) and return what was written.
    A copy leaving the folder (``target``) takes the data off the PC: admin only."""
    if target is not None:
        access.require(db, Perm.BACKUP)
    db_path = db_path or database_path(db)
    folder = target.parent if target is not None else paths.backup_dir_for(db_path)
    if target is not None and target.exists():
        raise BackupError("exists", file=str(target))
    with archive_io.write_errors(folder):
        folder.mkdir(parents=True, exist_ok=True)
        now = datetime.now(UTC)
        snapshot = archive_io.temp_path(folder, f"{db_path.stem}.sqlite")
        try:
            _snapshot(db, snapshot)
            meta = _meta(snapshot, now, reason)
            final = target or free_name(folder, db_path.stem, str(meta["reason"]), now)
            archive_io.write_zip(snapshot, meta, final)
        finally:
            _remove(snapshot)
    if target is not None:  # a copy leaving the folder (a stick): read it back before "done"
        archive_io.verify(final)
    info = read_info(final)
    if target is not None or reason in RECORDED_REASONS:
        _record(db, CADANGAN, final, reason)
    return info


# Backups someone asked for, and copies leaving the folder, are recorded in the audit trail.
# Automatic ones (otomatis, penutupan, sebelum-impor-…, before a migration or a restore) are
# not: they stay in the office's own backup folder, and an entry written after each would be
# a change that the next automatic backup (made "only when something changed") answers.
RECORDED_REASONS = frozenset({"manual", "flashdisk"})


def _record(db: sqlite_utils.Database, kind: str, archive: Path, reason: str) -> None:
    """The backup or restore in the audit trail (issue 10): which file, why."""
    from desktop.store.audit_events import record_event

    details = {"berkas": archive.name, "alasan": reason}
    record_event(db, kind, table="backup", summary=f"{archive.name} ({reason})", details=details)


def auto_backup(db: sqlite_utils.Database, reason: str, limits: Limits | None = None) -> BackupInfo:
    """A backup into the database's backup folder, then thinning (before imports, restore)."""
    db_path = database_path(db)
    info = create_backup(db, db_path, reason=reason)
    thin(paths.backup_dir_for(db_path), limits)
    return info


def _snapshot(db: sqlite_utils.Database, target: Path) -> None:
    """A consistent copy of ``db`` in ``target``; a full disk is a BackupError."""
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # the archived file stands on its own
    except sqlite3.OperationalError as exc:
        raise BackupError("write_failed", path=str(target.parent), detail=str(exc)) from exc
    finally:
        dest.close()


def _meta(snapshot: Path, now: datetime, reason: str) -> dict[str, object]:
    conn = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    try:
        counts = _counts(conn)
        schema = _applied(conn)
        office = _office_name(conn)
    finally:
        conn.close()
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "reason": archive_io.slug(reason),
        "app_version": __version__,
        "schema": schema[-1] if schema else "",
        "office": office,
        "counts": counts,
        "db_size": snapshot.stat().st_size,
        "db_sha256": archive_io.sha256_file(snapshot),
    }


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {
        label: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for label, table in COUNTED.items()
        if table in tables
    }


def _applied(conn: sqlite3.Connection) -> list[str]:
    with contextlib.suppress(sqlite3.DatabaseError):
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'kinerja' ORDER BY id"
        )
        return [r[0] for r in rows]
    return []


def _office_name(conn: sqlite3.Connection) -> str:
    with contextlib.suppress(sqlite3.DatabaseError, TypeError):
        row = conn.execute("SELECT nama_kantor, instansi FROM office LIMIT 1").fetchone()
        return (row[0] or row[1] or "") if row else ""
    return ""


def free_name(folder: Path, stem: str, reason: str, now: datetime | None = None) -> Path:
    """``kantor-20261205-072134-manual.zip`` (UTC); a second one that second gets ``-2``."""
    now = now or datetime.now(UTC)
    base = f"{stem}-{now:%Y%m%d-%H%M%S}-{archive_io.slug(reason)}"
    for n in range(1, 1000):
        candidate = folder / f"{base}{'' if n == 1 else f'-{n}'}{SUFFIX}"
        if not candidate.exists():
            return candidate
    raise BackupError("no_name", folder=str(folder))


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# -- listing and thinning ----------------------------------------------------------------------
def read_info(archive: Path) -> BackupInfo:
    """The summary of one backup (for the confirmation before a restore); BackupError when the
    file is not a backup, is damaged, or was made by a newer app."""
    meta = archive_io.read_meta(archive)
    try:
        return BackupInfo(
            path=archive,
            created_at=datetime.strptime(str(meta["created_at"]), "%Y-%m-%dT%H:%M:%S.%fZ").replace(
                tzinfo=UTC
            ),
            reason=str(meta["reason"]),
            size=archive.stat().st_size,
            counts={str(k): int(v) for k, v in dict(meta.get("counts", {})).items()},
            schema=str(meta.get("schema", "")),
            office=str(meta.get("office", "")),
            app_version=str(meta.get("app_version", "")),
            db_size=int(meta["db_size"]),
            db_sha256=str(meta["db_sha256"]),
        )
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise BackupError("not_backup", file=archive.name) from exc


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every readable backup in ``folder``, newest first (damaged ones are left out)."""
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []:
        with contextlib.suppress(BackupError, OSError):
            found.append(read_info(path))
    return sorted(found, key=lambda i: (i.created_at, i.path.name), reverse=True)


def thin(
    folder: Path, limits: Limits | None = None, *, spare: frozenset[Path] = frozenset()
) -> list[Path]:
    """Delete the backups Anki's rules no longer keep (never those in ``spare``); returns the
    removed files. Working files of killed runs go too."""
    archive_io.clean_leftovers(folder)
    infos = list_backups(folder)
    local = {info.path: info.created_at.astimezone() for info in infos}
    keep = backups_to_keep(local.values(), limits or Limits())
    removed = [path for path, when in local.items() if when not in keep and path not in spare]
    for path in removed:
        _remove(path)
    return removed


# -- restoring -------------------------------------------------------------------------------
def restore(db: sqlite_utils.Database, db_path: Path, archive: Path) -> RestoreResult:
    """Replace the live database's content with ``archive``'s, row for row.

    The archive is checked completely first; then the current state is backed up
    ("sebelum-pemulihan"); then the pages are copied into ``db``'s own connection, so every
    reader of this connection sees the restored data at once. Older backups are migrated.
    """
    access.require(db, Perm.BACKUP)
    from desktop.store.db import migration_files, translate_errors, upgrade

    info = read_info(archive)
    folder = paths.backup_dir_for(db_path)
    with archive_io.write_errors(folder):
        folder.mkdir(parents=True, exist_ok=True)
    archive_io.clean_leftovers(folder)
    with _extracted(archive, info, folder) as source:
        known = {p.stem for p in migration_files()}
        _check_source(source, archive, known)
        if db.conn.in_transaction:
            raise BackupError("busy")
        safety = create_backup(db, db_path, reason="sebelum-pemulihan")
        recorded = _record_in_copy(source, known, archive, info.reason)
        with translate_errors(db_path):
            _copy_into(source, db)
    migrated = upgrade(db, db_path)
    # the pages are copies of a file that passed integrity_check above; quick_check (no index
    # contents) confirms the copy at a third of the cost on a 100 MB office
    result = db.conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise BackupError("damaged_after", detail=str(result))
    thin(folder, spare=frozenset({archive}))  # the one just restored stays for a while
    if not recorded:
        _record(db, PULIH, archive, info.reason)
    return RestoreResult(info, safety, migrated)


def _record_in_copy(source: Path, known: set[str], archive: Path, reason: str) -> bool:
    """Write the restore's own audit entry into the checked copy that is about to become the
    database, so no restore is ever on disk without it (a kill -9 cannot come between). An
    archive from an older schema is migrated after the copy and gets its entry then."""
    from desktop.store.db import Database

    check = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        current = set(_applied(check)) == known
    finally:
        check.close()
    if not current:
        return False
    staged = Database(sqlite3.connect(str(source), isolation_level="IMMEDIATE"))
    try:
        _record(staged, PULIH, archive, reason)
    finally:
        staged.close()
    return True


@contextlib.contextmanager
def _extracted(archive: Path, info: BackupInfo, folder: Path) -> Iterator[Path]:
    target = archive_io.temp_path(folder, "pemulihan.sqlite")
    try:
        with archive_io.write_errors(folder):
            archive_io.extract_db(archive, target, info.db_size, info.db_sha256)
        yield target
    finally:
        for extra in ("", "-journal", "-wal", "-shm"):
            _remove(Path(f"{target}{extra}"))


def _check_source(source: Path, archive: Path, known: set[str]) -> None:
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            applied = _applied(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError("damaged", file=archive.name) from exc
    if check != "ok":
        raise BackupError("damaged", file=archive.name)
    if not applied:
        raise BackupError("not_backup", file=archive.name)
    newer = [name for name in applied if name not in known]
    if newer:
        raise BackupError("newer_schema", file=archive.name, found=newer[-1])


def _copy_into(source: Path, db: sqlite_utils.Database) -> None:
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        conn.backup(db.conn)
    finally:
        conn.close()
