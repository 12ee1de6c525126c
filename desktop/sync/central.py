"""Central import: verify each package, then apply it, hold it, or refuse it, in one transaction.

For every file: the manifest is read first (format and version), the office is looked up
(unknown offices need a fingerprint confirmation; revoked ones are refused), the seal and the
manifest's signature are checked against the office's key, the encryption must be for this
centre, every row is checked against the centre's schema (``validate``), and the sequence
decides: a package applies when the centre already has the package it
builds on (``base_sequence``) or when it is full; one that arrives before its base is held in the
backlog and applied as soon as the base is; one already applied, covered by a newer one, or
reusing a number is refused. A refused package changes nothing; the whole batch is one
transaction, so cancelling changes nothing either. Receipts are written after the commit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.access import Perm
from desktop.core.errors import Cancelled
from desktop.store import access
from desktop.store.audit import current_user
from desktop.store.db import translate_errors
from desktop.sync import backend, keys
from desktop.sync.admission import Admitted, admit, decrypter_for
from desktop.sync.backend import CACHE_MIB
from desktop.sync.errors import SyncError
from desktop.sync.keys import utc_now
from desktop.sync.manifest import TOMBSTONES, Manifest
from desktop.sync.merge import BadRow, Merger, parse_rows, record_conflicts
from desktop.sync.reader import (
    PackageFile,
    load_package,
    member_bytes,
    open_package,
    peek_manifest,
    verify_origin,
)
from desktop.sync.receipts import store_receipt, write_receipt
from desktop.sync.registry import OfficeEntry, Role, find_office, get_role, register_office
from desktop.sync.report import ImportReport, PackageOutcome, State
from desktop.sync.trust import NO_TRUST, TrustPolicy, ask_first
from desktop.sync.validate import Rules, validate_package

__all__ = ["CACHE_MIB", "TrustPolicy", "admit", "import_packages", "preview_packages"]

Progress = Callable[[int, int], bool | None]


@dataclass
class _Batch:
    """One import: progress counts every row twice (checked, then applied)."""

    db: Any  # a SQLite Database or a pg.PgDatabase
    progress: Progress | None
    total: int
    done: int = 0
    receipts: list[tuple[PackageOutcome, int, Path]] = field(default_factory=list)
    _rules: Rules | None = None

    @property
    def rules(self) -> Rules:
        if self._rules is None:
            self._rules = Rules(self.db)
        return self._rules

    def close(self) -> None:
        if self._rules is not None:
            self._rules.close()

    def tick(self, rows: int) -> None:
        self.done += rows
        if (
            self.progress is not None
            and self.progress(min(self.done, self.total), self.total) is False
        ):
            raise Cancelled()


def import_packages(
    db: Any,
    files: Iterable[Path],
    *,
    trust: TrustPolicy = NO_TRUST,
    receipts_dir: Path | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import packages into this central database and write a receipt for each applied one
    (into ``receipts_dir``, else beside the package). ``progress(done, total)`` counts rows."""
    access.require(db, Perm.SYNC)
    if get_role(db) is not Role.CENTRAL:
        raise SyncError("not_central")
    report = ImportReport(database=backend.location(db), started_at=utc_now())
    pending: list[tuple[Path, Manifest]] = []
    for path in files:
        try:
            pending.append((Path(path), peek_manifest(Path(path))))
        except SyncError as exc:
            report.outcomes.append(_refused(PackageOutcome(Path(path).name, State.REFUSED), exc))
    pending.sort(key=lambda item: (item[1].office.uuid, item[1].sequence))
    trust = ask_first(db, pending, trust)
    if pending:
        backend.before_import(db, "sebelum-impor-pusat")
    rows = sum(m.total_rows for _, m in pending)
    batch = _Batch(db, progress, 2 * rows)
    try:
        with translate_errors(), backend.bulk(db, rows):
            _run(batch, pending, trust, receipts_dir, report)
    finally:
        batch.close()
    _write_receipts(db, batch.receipts)
    report.finished_at = utc_now()
    return report


def preview_packages(
    db: Any, files: Iterable[Path], *, trust: TrustPolicy = NO_TRUST
) -> list[PackageOutcome]:
    """What importing would do with each file (applied, held, or refused and why), without
    writing anything and without asking: for the import screen's list before the operator
    confirms. Row counts are only known after the import."""
    if get_role(db) is not Role.CENTRAL:
        raise SyncError("not_central")
    out = []
    quiet = TrustPolicy(trust.fingerprints, trust.any_new)
    rules = Rules(db)
    try:
        for path in files:
            outcome = PackageOutcome(Path(path).name, State.REFUSED)
            try:
                pkg = load_package(Path(path))
                outcome = _describe(pkg)
                admitted = admit(db, pkg, quiet, outcome)
                _validate(rules, admitted)
            except SyncError as exc:
                _refused(outcome, exc)
            out.append(outcome)
    finally:
        rules.close()
    return out


def _run(
    batch: _Batch,
    pending: list[tuple[Path, Manifest]],
    trust: TrustPolicy,
    receipts_dir: Path | None,
    report: ImportReport,
) -> None:
    """All packages in one transaction, committed only if something was applied or held.
    One package is in memory at a time."""
    db = batch.db
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        backend.start_batch(db, [m.office.uuid for _, m in pending])
        for path, manifest in pending:
            folder = receipts_dir or path.parent
            start = batch.done
            try:
                outcome = _one(batch, load_package(path), trust, folder)
            except SyncError as exc:  # the file changed or vanished since it was listed
                outcome = _refused(PackageOutcome(path.name, State.REFUSED), exc)
            report.outcomes.append(outcome)
            if outcome.state is State.APPLIED:
                report.outcomes.extend(_drain(batch, outcome.office_uuid, folder))
            else:
                batch.done = start + manifest.total_rows  # its rows count as done twice
                batch.tick(manifest.total_rows)
        changed = any(o.state is not State.REFUSED for o in report.outcomes)
        db.conn.execute("COMMIT" if changed else "ROLLBACK")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    if changed:
        backend.after_commit(db)


def _one(batch: _Batch, pkg: PackageFile, trust: TrustPolicy, folder: Path) -> PackageOutcome:
    outcome = _describe(pkg)
    try:
        admitted = admit(batch.db, pkg, trust, outcome)
        _validate(batch.rules, admitted, batch.tick)
        with batch.db.atomic():
            if admitted.office is None:
                _register(batch.db, pkg.manifest)
                outcome.registered = True
            row = _record_package(batch.db, pkg, State.HELD if admitted.hold else State.APPLIED)
            if admitted.hold:
                batch.db.conn.execute(
                    "INSERT INTO sync_backlog (package, content) VALUES (?, ?)", [row, pkg.content]
                )
            else:
                _apply(batch, admitted, row)
                batch.receipts.append((outcome, row, folder))
    except SyncError as exc:
        if exc.params.get("_receipt_for"):
            batch.receipts.append((outcome, exc.params["_receipt_for"], folder))
        return _refused(outcome, exc)
    return outcome


def _describe(pkg: PackageFile) -> PackageOutcome:
    m = pkg.manifest
    return PackageOutcome(
        pkg.name, State.APPLIED, m.office.uuid, m.office.nama or m.office.instansi,
        m.office.fingerprint, m.sequence, m.base_sequence, m.encryption is not None,
    )  # fmt: skip


def _refused(outcome: PackageOutcome, exc: SyncError) -> PackageOutcome:
    outcome.state, outcome.code, outcome.message = State.REFUSED, exc.code, exc.message()
    outcome.counts, outcome.conflicts, outcome.registered = {}, [], False
    return outcome


def _validate(rules: Rules, admitted: Admitted, tick: Callable[[int], None] | None = None) -> None:
    """Every row of an admitted package against the schema, before its first write; a held
    package's references are looked up when it is applied."""
    pkg = admitted.pkg
    validate_package(
        rules, pkg.name, pkg.manifest,
        lambda member: member_bytes(pkg, member, admitted.decrypt),
        references=not admitted.hold, tick=tick,
    )  # fmt: skip


def _register(db: Any, m: Manifest) -> None:
    register_office(
        db, office_uuid=m.office.uuid, nama=m.office.nama, instansi=m.office.instansi,
        sign_key=keys.unb64(m.office.sign_key), how="first_contact",
    )  # fmt: skip


def _record_package(db: Any, pkg: PackageFile, state: State) -> int:
    m = pkg.manifest
    cur = db.conn.execute(
        "INSERT INTO sync_package (office_uuid, sequence, base_sequence, full, package_id, "
        "package_sha256, created_at, received_at, received_by, file_name, encrypted, state, "
        "rows_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [m.office.uuid, m.sequence, m.base_sequence, int(m.full), m.package_id, pkg.sha256,
         m.created_at, utc_now(), current_user(), pkg.name, int(m.encryption is not None),
         state.value, m.total_rows],
    )  # fmt: skip
    return int(cur.lastrowid or 0)


def _apply(batch: _Batch, admitted: Admitted, row: int) -> None:
    """Merge the rows (deletions first), keep the conflicts, mark the package applied."""
    db, pkg, outcome = batch.db, admitted.pkg, admitted.outcome
    m = pkg.manifest
    has_rows = db.execute(
        "SELECT 1 FROM central_row WHERE office_uuid = ? LIMIT 1", [m.office.uuid]
    ).fetchone()
    merger = backend.merger(db, m.office.uuid, row, seen=bool(m.full and has_rows))
    seen = merger.seen
    members = sorted(m.members, key=lambda mem: mem.table != TOMBSTONES)
    for member in members:
        content = member_bytes(pkg, member, admitted.decrypt)
        try:
            if member.table == TOMBSTONES:
                lines = content.splitlines()
                if len(lines) != member.rows:
                    raise BadRow("count")
                merger.tombstones(lines)
            else:
                merger.rows(member.table, parse_rows(content, member.rows))
        except BadRow as exc:
            raise SyncError("damaged", file=pkg.name, detail=member.name) from exc
        batch.tick(member.rows)
    if seen is not None:
        merger.delete_unseen()
        seen.close()
    record_conflicts(db, row, m.office.uuid, merger.conflicts)
    _mark_applied(db, m, row, merger)
    outcome.state = State.APPLIED
    outcome.counts = merger.counts.as_dict()
    outcome.conflicts = merger.conflicts


def _mark_applied(db: Any, m: Manifest, row: int, merger: Merger) -> None:
    c = merger.counts
    now = utc_now()
    db.conn.execute(
        "UPDATE sync_package SET state = 'applied', applied_at = ?, rows_new = ?, "
        "rows_updated = ?, rows_unchanged = ?, rows_deleted = ?, conflicts = ? WHERE id = ?",
        [now, c.new, c.updated, c.unchanged, c.deleted, c.conflicts, row],
    )
    db.conn.execute(
        "UPDATE sync_office SET applied_sequence = ?, last_package_at = ?, nama = ?, "
        "instansi = ? WHERE office_uuid = ?",
        [m.sequence, now, m.office.nama, m.office.instansi, m.office.uuid],
    )
    store_receipt(db, row)


def _drain(batch: _Batch, office_uuid: str, folder: Path) -> list[PackageOutcome]:
    """Apply the held packages of an office whose base has now arrived, oldest first; those
    a newer applied package covers are marked superseded."""
    db = batch.db
    out: list[PackageOutcome] = []
    while True:
        office = find_office(db, office_uuid)
        assert office is not None
        held = db.execute(
            "SELECT p.id, p.sequence, p.base_sequence, p.full, p.file_name, b.content "
            "FROM sync_package p JOIN sync_backlog b ON b.package = p.id "
            "WHERE p.office_uuid = ? AND p.state = 'held' ORDER BY p.sequence",
            [office_uuid],
        ).fetchall()
        ready = None
        for row_id, sequence, base, full, file_name, content in held:
            if sequence <= office.applied_sequence:
                db.conn.execute(
                    "UPDATE sync_package SET state = 'superseded' WHERE id = ?", [row_id]
                )
                db.conn.execute("DELETE FROM sync_backlog WHERE package = ?", [row_id])
            elif ready is None and (full or base <= office.applied_sequence):
                ready = (row_id, file_name, bytes(content))
        if ready is None or office.status != "active":
            return out
        row_id, file_name, content = ready
        try:
            out.append(
                _from_backlog(batch, office, row_id, open_package(content, file_name), folder)
            )
        except SyncError as exc:  # e.g. the office has a new key since: leave it held
            out.append(_refused(PackageOutcome(file_name, State.HELD), exc))
            out[-1].state = State.HELD
            return out


def _from_backlog(
    batch: _Batch, office: OfficeEntry, row: int, pkg: PackageFile, folder: Path
) -> PackageOutcome:
    outcome = _describe(pkg)
    outcome.from_backlog = True
    verify_origin(pkg, office.sign_key)
    admitted = Admitted(pkg, outcome, office, decrypter_for(batch.db, pkg), hold=False)
    _validate(batch.rules, admitted)
    with batch.db.atomic():
        _apply(batch, admitted, row)
        batch.db.conn.execute("DELETE FROM sync_backlog WHERE package = ?", [row])
    batch.receipts.append((outcome, row, folder))
    return outcome


def _write_receipts(db: Any, receipts: list[tuple[PackageOutcome, int, Path]]) -> None:
    """After the commit: a receipt file per applied package; a failure is reported, not fatal
    (importing the same package again writes its receipt again)."""
    for outcome, row, folder in receipts:
        try:
            outcome.receipt = str(write_receipt(db, row, folder))
        except SyncError as exc:
            outcome.receipt_error = exc.message()
