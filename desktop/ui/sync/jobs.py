"""The sync work the screens hand to a ``Task`` worker: ``job(..., db, progress) -> result``.

Each job runs on the worker's own connection and never touches widgets; questions for the
operator (an unknown office's fingerprint) are settled before a job that writes starts, so no
prompt ever waits while the database is locked. ``new_offices`` lists the first-contact
offices of a batch by ``desktop.sync.trust.first_contacts`` (the rule the import itself asks
by), so the question can be asked on the GUI thread and the import given a plain fingerprint
list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop.core.i18n import pick
from desktop.sync import (
    ExportResult,
    ImportReport,
    NewOffice,
    ReceiptResult,
    SyncError,
    SyncStatus,
    TrustPolicy,
    export_log,
    export_package,
    import_packages,
    import_receipt,
    keys,
    sync_status,
)
from desktop.sync.files import remove_quietly
from desktop.sync.reader import load_package, peek_manifest, verify_members, verify_origin
from desktop.sync.status import ExportEntry, next_sequence
from desktop.sync.trust import first_contacts
from desktop.ui.tasks import ProgressFn


@dataclass(frozen=True)
class OfficeOverview:
    """What the export wizard and the status dialog show: the status and the next number."""

    status: SyncStatus
    next_sequence: int
    log: list[ExportEntry]  # newest first, at most LOG_SHOWN


LOG_SHOWN = 100


def overview_job(db: sqlite_utils.Database, _progress: ProgressFn) -> OfficeOverview:
    """Counting the waiting rows takes ~0.15 s on a 10,000-staff office: off the GUI thread."""
    return OfficeOverview(sync_status(db), next_sequence(db), export_log(db)[:LOG_SHOWN])


def export_job(
    folder: Path, full: bool, db: sqlite_utils.Database, progress: ProgressFn
) -> ExportResult:
    """Write the next package, then read it back from the stick and check it once more."""
    result = export_package(db, folder, full=full, progress=progress)
    verify_written(result)
    return result


def verify_written(result: ExportResult) -> None:
    """Read the renamed file from the medium: seal, signature, every member's hash, the
    office's key and the whole file's hash. A bad file is removed (nobody should carry it)."""
    try:
        package = load_package(result.path)
        office = package.manifest.office
        verify_origin(package, keys.unb64(office.sign_key))
        verify_members(package)
        if office.fingerprint != result.fingerprint or package.sha256 != result.package_sha256:
            raise SyncError(
                "tampered", file=result.path.name, detail=pick("isi berkas", "file content")
            )
    except (SyncError, ValueError) as exc:
        remove_quietly(result.path)
        detail = exc.message() if isinstance(exc, SyncError) else str(exc)
        raise SyncError("verify_failed", path=str(result.path), detail=detail) from exc


def new_offices(
    db: sqlite_utils.Database, files: Sequence[Path], progress: ProgressFn | None = None
) -> list[NewOffice]:
    """The unknown offices among the packages, one per key, that really signed their
    package (``sync.trust.first_contacts``); an unreadable file is refused later."""
    pending = []
    for path in files:
        try:
            pending.append((path, peek_manifest(path)))
        except SyncError:
            continue
    return first_contacts(db, pending, progress)


def new_offices_job(
    files: Sequence[Path], db: sqlite_utils.Database, progress: ProgressFn
) -> list[NewOffice]:
    return new_offices(db, files, progress)


def import_job(
    files: Sequence[Path],
    fingerprints: frozenset[str],
    receipts_dir: Path | None,
    db: sqlite_utils.Database,
    progress: ProgressFn,
) -> ImportReport:
    """Import the batch; offices outside ``fingerprints`` that are new are refused."""
    return import_packages(
        db,
        list(files),
        trust=TrustPolicy(fingerprints=fingerprints),
        receipts_dir=receipts_dir,
        progress=progress,
    )


def receipt_job(
    path: Path, trust: frozenset[str], db: sqlite_utils.Database, _progress: ProgressFn
) -> ReceiptResult:
    return import_receipt(db, path, trust=trust)
