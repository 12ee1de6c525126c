"""Office export: every row changed since the last package the centre acknowledged, with the
deletions, into one signed (and, with a centre key, encrypted) ``.kinerja`` file.

Because each package starts from the last *acknowledged* one rather than the last written, a
lost stick loses nothing: the next package carries its rows again. The rows are read in one
read transaction (a consistent snapshot that does not block the operator's edits); the file
is written under a temporary name, fsynced, re-read and verified; then its export-log row is
committed, and only then is it renamed. So a file under a final name always has its log row,
and a sequence number is never given to two packages (a kill between the commit and the
rename leaves a logged package that never reached the stick: like a lost stick, the next
package carries its rows). Cancelling or failing before the commit leaves neither a file under
the final name nor a log entry. The temporary file is guarded while it is written; one left by
a killed export is removed by the next export to that folder (``store.cleanup``).
"""

from __future__ import annotations

import contextlib
import operator
import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop import __version__
from desktop.core.access import Perm
from desktop.core.errors import Cancelled
from desktop.store import access, audit, changes, cleanup
from desktop.store.db import migration_files, translate_errors
from desktop.store.units import Office, get_office
from desktop.sync import keys
from desktop.sync.encryption import encrypter
from desktop.sync.errors import SyncError
from desktop.sync.files import (
    fsync_dir,
    remove_quietly,
    require_folder,
    slug,
    temp_name,
    write_errors,
)
from desktop.sync.manifest import (
    FORMAT,
    FORMAT_VERSION,
    TOMBSTONES,
    Manifest,
    OfficeInfo,
    canonical,
    row_line,
)
from desktop.sync.reader import load_package, verify_members, verify_origin
from desktop.sync.registry import configured_centre
from desktop.sync.status import ack_point, full_pending, next_sequence
from desktop.sync.tables import SyncedTable, present_tables
from desktop.sync.writer import PackageWriter

Progress = Callable[[int, int], bool | None]
CHUNK_ROWS = 50_000
PROGRESS_STEP = 5_000
CACHE_MIB = 64
SUFFIX = ".kinerja"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    base_sequence: int
    full: bool
    encrypted: bool
    centre_nama: str
    rows: dict[str, int]
    tombstones: int
    size: int
    package_sha256: str
    fingerprint: str
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values()) + self.tombstones


@dataclass(frozen=True)
class _Plan:
    sequence: int
    base_sequence: int
    since_rev: int
    upto_rev: int
    full_pending: bool
    total: int
    tables: tuple[SyncedTable, ...]


def package_name(office: Office, sequence: int, when: datetime) -> str:
    """``bkpsdm-kepahiang-3b6048-00007-20261123.kinerja``: the office's name and the start of
    its uuid (offices may share a name and a stick), sequence, date."""
    name = slug(office.nama_kantor or office.instansi, limit=32)
    return f"{name}-{office.office_uuid[:6]}-{sequence:05d}-{when:%Y%m%d}{SUFFIX}"


def export_package(
    db: sqlite_utils.Database,
    folder: Path,
    *,
    full: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the next package into ``folder``; ``full`` sends every row (after the centre lost
    data). ``progress(done, total)`` returning False cancels (``Cancelled``)."""
    access.require(db, Perm.SYNC)
    started = time.perf_counter()
    require_folder(folder)
    office = get_office(db)
    centre = configured_centre(db)
    stored_sign = keys.own_key(db, keys.SIGN)
    sign = stored_sign or keys.new_pair(keys.SIGN)
    now = datetime.now(UTC)
    cleanup.sweep_temp_files(folder)
    with _snapshot(db), changes.page_cache(db, CACHE_MIB):
        plan = _plan(db, full)
        final = folder / package_name(office, plan.sequence, now)
        tmp = temp_name(final)
        info = OfficeInfo(
            office.office_uuid, office.nama_kantor, office.instansi, office.kota,
            keys.b64(sign.public), sign.fingerprint,
        )  # fmt: skip
        manifest = _manifest(plan, info, now)
        guard = _guard(tmp, final)
        try:
            with write_errors(final), open(tmp, "w+b") as handle:
                writer = _writer(handle, manifest, sign, centre)
                try:
                    counts = _write_rows(db, writer, plan, _Ticker(progress, plan.total))
                    manifest = writer.close(rows=counts)
                except BaseException:
                    writer.abort()
                    raise
                os.fsync(handle.fileno())
        except BaseException:
            guard.release()
            remove_quietly(tmp)
            raise
    try:
        package = _verified(tmp, final, manifest, sign)
        new_key = sign if stored_sign is None else None
        _record(db, tmp, final, manifest, package.sha256, new_key, plan, guard)
    finally:
        guard.release()
    return ExportResult(
        path=final, sequence=plan.sequence, base_sequence=plan.base_sequence,
        full=plan.since_rev == 0, encrypted=manifest.encryption is not None,
        centre_nama=centre.nama if centre else "", rows=_row_counts(manifest),
        tombstones=manifest.rows.get(TOMBSTONES, 0), size=package.size,
        package_sha256=package.sha256, fingerprint=sign.fingerprint,
        seconds=round(time.perf_counter() - started, 2),
    )  # fmt: skip


class _snapshot:
    """A read transaction: every query inside sees the database as of its first read."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.conn = db.conn
        self.own = False

    def __enter__(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            self.own = True

    def __exit__(self, *exc: object) -> None:
        if self.own:
            self.conn.execute("ROLLBACK")


def _plan(db: sqlite_utils.Database, full: bool) -> _Plan:
    ack = ack_point(db)
    pending = full_pending(db)
    since = 0 if (full or pending) else ack.upto_rev
    tables = present_tables(db.table_names())
    names = [t.name for t in tables]
    total = sum(changes.count_changed(db, names, since_rev=since).values())
    total += changes.count_tombstones(db, names, since_rev=since)
    return _Plan(
        sequence=next_sequence(db),
        base_sequence=0 if since == 0 else ack.sequence,
        since_rev=since,
        upto_rev=changes.current_rev(db),
        full_pending=pending,
        total=total,
        tables=tables,
    )


def _manifest(plan: _Plan, office: OfficeInfo, now: datetime) -> Manifest:
    files = migration_files()
    return Manifest(
        format=FORMAT, format_version=FORMAT_VERSION, app_version=__version__,
        schema=files[-1].stem if files else "", package_id=uuid.uuid4().hex, office=office,
        sequence=plan.sequence, base_sequence=plan.base_sequence, full=plan.since_rev == 0,
        since_rev=plan.since_rev, upto_rev=plan.upto_rev,
        created_at=now.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        created_by=audit.current_user(), rows={},
    )  # fmt: skip


def _writer(handle, manifest: Manifest, sign: keys.KeyPair, centre) -> PackageWriter:
    if centre is None or centre.box_key is None:
        return PackageWriter(handle, manifest, sign)
    info, encrypt = encrypter(centre.uuid, centre.box_key, manifest.package_id)
    return PackageWriter(handle, replace(manifest, encryption=info), sign, encrypt)


class _Ticker:
    """Counts rows and calls ``progress`` every few thousand; False from it cancels."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done, self.next = progress, total, 0, 0

    def add(self, count: int) -> None:
        self.done += count
        if self.progress is not None and (self.done >= self.next or self.done >= self.total):
            self.next = self.done + PROGRESS_STEP
            if self.progress(min(self.done, self.total), self.total) is False:
                raise Cancelled()


def table_records(
    db: sqlite_utils.Database, table: SyncedTable, *, since_rev: int, upto_rev: int | None = None
) -> Iterator[tuple[str, int, str, str, dict[str, Any]]]:
    """``(uuid, rev, updated_at, origin, data)`` of the rows changed after ``since_rev``,
    ordered by uuid; ``data`` holds the package fields in key order."""
    order = sorted(range(len(table.fields)), key=lambda i: table.fields[i])
    names = [table.fields[i] for i in order]
    pick_values = operator.itemgetter(*(4 + i for i in order))
    rows = changes.changed_rows(
        db, table.name, table.columns, table.foreign, since_rev=since_rev, upto_rev=upto_rev
    )
    for row in rows:
        values = pick_values(row)
        yield row[0], row[1], row[2], row[3], dict(zip(names, values, strict=True))


def table_lines(
    db: sqlite_utils.Database, table: SyncedTable, *, since_rev: int, upto_rev: int | None = None
) -> Iterator[str]:
    """The package lines of one table: canonical JSON, one row each, ordered by uuid."""
    for record in table_records(db, table, since_rev=since_rev, upto_rev=upto_rev):
        yield row_line(*record)


def tombstone_lines(
    db: sqlite_utils.Database,
    tables: tuple[SyncedTable, ...],
    *,
    since_rev: int,
    upto_rev: int | None = None,
) -> Iterator[str]:
    names = [t.name for t in tables]
    for table, row_uuid, rev, deleted_at, origin in changes.tombstones(
        db, names, since_rev=since_rev, upto_rev=upto_rev
    ):
        yield canonical(
            {
                "deleted_at": deleted_at,
                "origin": origin,
                "rev": rev,
                "table": table,
                "uuid": row_uuid,
            }
        )


def _write_rows(
    db: sqlite_utils.Database, writer: PackageWriter, plan: _Plan, ticker: _Ticker
) -> dict[str, int]:
    """Every table's changed rows, then the deletions, in members of at most CHUNK_ROWS
    lines (every table gets a member, empty or not, so the manifest lists them all)."""
    sources = [(t.name, table_lines(db, t, since_rev=plan.since_rev)) for t in plan.tables]
    sources.append((TOMBSTONES, tombstone_lines(db, plan.tables, since_rev=plan.since_rev)))
    counts: dict[str, int] = {}
    for name, lines in sources:
        chunk: list[str] = []
        counts[name] = 0
        for line in lines:
            chunk.append(line)
            if len(chunk) % PROGRESS_STEP == 0:
                ticker.add(PROGRESS_STEP)
                if len(chunk) == CHUNK_ROWS:
                    writer.add(name, chunk)
                    counts[name] += len(chunk)
                    chunk = []
        if chunk or not counts[name]:
            writer.add(name, chunk)
            counts[name] += len(chunk)
            ticker.add(len(chunk) % PROGRESS_STEP)
    return counts


def _row_counts(manifest: Manifest) -> dict[str, int]:
    return {t: n for t, n in manifest.rows.items() if t != TOMBSTONES}


def _verified(tmp: Path, final: Path, manifest: Manifest, sign: keys.KeyPair):
    """Re-read the file just written: seal, signature, manifest and every member's hash."""
    try:
        package = load_package(tmp)
        verify_origin(package, sign.public)
        verify_members(package)
        if package.manifest != manifest:
            raise SyncError("tampered", file=final.name, detail="manifest")
    except SyncError as exc:
        remove_quietly(tmp)
        raise SyncError("verify_failed", path=str(final), detail=exc.message()) from exc
    return package


def _guard(tmp: Path, final: Path) -> cleanup.Guard:
    """Create the temporary file, held so that a sweep leaves it alone while we live."""
    with write_errors(final):
        return cleanup.Guard(tmp)


def _record(
    db: sqlite_utils.Database,
    tmp: Path,
    final: Path,
    manifest: Manifest,
    sha256: str,
    new_key: keys.KeyPair | None,
    plan: _Plan,
    guard: cleanup.Guard,
) -> None:
    """Log the package and commit, then rename it into place. Never the other way round: a
    package under its final name without a log row would see its sequence number given to
    the next export, and the centre refuse one of the two (``sequence_reused``)."""
    try:
        with translate_errors(), db.atomic():
            if next_sequence(db) != plan.sequence:
                raise SyncError("busy")
            if new_key is not None and keys.own_key(db, keys.SIGN) is None:
                keys.store_key(db, new_key)
            _log(db, manifest, sha256, final.name)
            if plan.full_pending:
                db.conn.execute("UPDATE sync_config SET full_pending = 0")
        try:
            if os.name == "nt":
                guard.release()  # Windows renames no file that is open
            with write_errors(final):
                os.replace(tmp, final)
        except BaseException:
            _keep_full_pending(db, plan)
            raise
        fsync_dir(final.parent)
    except BaseException:
        remove_quietly(tmp)
        raise


def _keep_full_pending(db: sqlite_utils.Database, plan: _Plan) -> None:
    """The logged package never got its name: the next one must still be full if this one
    had to be. (Its log row stays: its number may not be used again.)"""
    if plan.full_pending:
        with contextlib.suppress(Exception), db.atomic():
            db.conn.execute("UPDATE sync_config SET full_pending = 1")


def _log(db: sqlite_utils.Database, manifest: Manifest, sha256: str, file_name: str) -> None:
    rows = _row_counts(manifest)
    db.conn.execute(
        "INSERT INTO sync_export (sequence, package_id, base_sequence, since_rev, upto_rev, "
        "created_at, user, row_count, tombstone_count, counts, package_sha256, file_name, "
        "encrypted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [manifest.sequence, manifest.package_id, manifest.base_sequence, manifest.since_rev,
         manifest.upto_rev, manifest.created_at, manifest.created_by, sum(rows.values()),
         manifest.rows.get(TOMBSTONES, 0), canonical(rows), sha256, file_name,
         int(manifest.encryption is not None)],
    )  # fmt: skip
