"""Import assessment results, training records or sanctions from .xlsx or .csv: a plan
first, then one write (the staff import's flow, preview and reasons).

``read_plan`` reads every row, finds the employee by NIP (an unknown NIP, or one the session
may not edit, rejects the row with the reason), checks the values with the rules of the staff
dialog (``core.talent.records``) and compares the row with what is on record: ``baru``,
``ubah`` (with what changes), ``sama`` or ``ditolak``. A row the file repeats (the same NIP
and date; for training the same NIP, name and start; for a sanction the same NIP, SK number
and TMT) is rejected as a duplicate. Sanctions are imported only by a session that may read
them. ``apply_plan``
writes the new and changed rows in one transaction; the same file twice changes nothing.
Columns the file lacks keep their stored values.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core.access import AccessError, Perm
from desktop.core.errors import ValidationError
from desktop.core.i18n import pick
from desktop.core.models import Asesmen, RiwayatDiklat, RiwayatHukuman
from desktop.core.talent.records import CHECKS
from desktop.imports import cells
from desktop.imports.plan import RowAction, RowTally, map_columns
from desktop.imports.sheet import ImportFileError, open_table
from desktop.imports.sheet_notes import SheetNote
from desktop.imports.staff_rows import RowIssue
from desktop.imports.talent_columns import (
    LABELS,
    REQUIRED,
    TalentSheet,
    jenis_index,
    read_hours,
    read_jenis,
    read_kategori,
    read_number,
    read_tingkat,
    recogniser,
)
from desktop.store import access
from desktop.store import talent_records as store

__all__ = ["ImportFileError", "TalentFileError", "TalentPlan", "TalentRow", "TalentSheet",
           "apply_plan", "read_plan"]  # fmt: skip


class TalentFileError(ValidationError):
    catalog = {
        "missing": (
            "Berkas {name} tidak memiliki kolom {columns}.",
            "File {name} lacks the columns {columns}.",
        ),
        "no_rows": ("Berkas {name} tidak berisi baris data.", "File {name} holds no data rows."),
    }


class TalentRowProblem(ValidationError):
    catalog = {
        "unknown_nip": (
            "NIP {nip} tidak terdaftar di basis data ini.",
            "NIP {nip} is not on record in this database.",
        ),
        "duplicate": (
            "Baris ini sama dengan baris {row} (NIP, {what}); hanya satu yang diimpor.",
            "This row repeats row {row} (NIP, {what}); only one is imported.",
        ),
        "required": ("{column} wajib diisi.", "{column} is required."),
    }


@dataclass
class TalentRow:
    row: int
    nip: str
    nama: str = ""  # the employee on record (or as the file writes it)
    issues: list[RowIssue] = field(default_factory=list)
    action: RowAction = RowAction.BARU
    staff_id: int | None = None
    item: Asesmen | RiwayatDiklat | None = None  # what would be saved
    changed_fields: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # "jpm 80 → 82,5"

    def reject(self, column: str, message: str) -> None:
        self.issues.append(RowIssue(self.row, column, message))
        self.action, self.item = RowAction.DITOLAK, None


@dataclass
class TalentPlan(RowTally[TalentRow]):
    row_actions = RowAction

    kind: TalentSheet
    path: Path
    sheet: str | None
    columns: dict[str, str]  # header as written -> what it fills
    ignored_columns: list[str]
    rows: list[TalentRow]
    fields: set[str]  # the record fields the file carries
    notes: list[SheetNote] = field(default_factory=list)
    # the staff preview's unit page stays empty for these sheets
    new_units: list[Any] = field(default_factory=list)
    hints: list[Any] = field(default_factory=list)
    create_units: bool = False

    def set_create_units(self, _checked: bool) -> None:
        """No units are made by these imports (the preview dialog's checkbox stays hidden)."""


@dataclass(frozen=True)
class _Spec:
    """What one kind of sheet fills, how its rows are matched and saved."""

    item: type
    fields: tuple[str, ...]
    stored: Callable[[sqlite_utils.Database, list[int]], dict[Any, Any]]
    save: Callable[..., store.WriteCounts]
    key: Callable[[int, Any], tuple[Any, ...]]
    what: tuple[str, str]  # the duplicate's key, named (id, en)
    sensitive: bool = False  # needs ``Perm.VIEW_PERSONAL`` on the employee as well


def _iso(value: Any) -> str:
    return value.isoformat() if value else ""


_SPECS: dict[TalentSheet, _Spec] = {
    TalentSheet.ASESMEN: _Spec(
        Asesmen, ("tanggal", "jpm", "lembaga", "metode", "keterangan"),
        store.stored_asesmen, store.save_asesmen,
        lambda staff_id, item: (staff_id, _iso(item.tanggal)), ("tanggal", "date"),
    ),
    TalentSheet.DIKLAT: _Spec(
        RiwayatDiklat, ("nama", "jenis", "penyelenggara", "tanggal_mulai", "tanggal_selesai",
                        "jp", "nomor_sertifikat"),
        store.stored_diklat, store.save_diklat,
        lambda staff_id, item: (staff_id, store.diklat_key(item.nama), _iso(item.tanggal_mulai)),
        ("nama pelatihan dan tanggal mulai", "training name and start date"),
    ),
    TalentSheet.HUKUMAN: _Spec(
        RiwayatHukuman, ("kategori", "tingkat", "jenis", "nomor_sk", "tanggal_sk", "tmt",
                         "selesai", "keterangan"),
        store.stored_hukuman, store.save_hukuman,
        lambda staff_id, item: (staff_id, store.diklat_key(item.nomor_sk), _iso(item.tmt)),
        ("nomor SK dan TMT", "SK number and TMT"), sensitive=True,
    ),
}  # fmt: skip


def read_plan(db: sqlite_utils.Database, path: Path | str, kind: TalentSheet) -> TalentPlan:
    """Read and check ``path``; nothing is written. Raises ``ImportFileError`` or
    ``TalentFileError`` for a file that cannot be read."""
    path, kind = Path(path), TalentSheet(kind)
    recognise = recogniser(kind)
    with open_table(path, recognise, required="nip") as table:
        columns, ignored, index = map_columns(table.headers, recognise, LABELS[kind].__getitem__)
        missing = [LABELS[kind][k] for k in REQUIRED[kind] if k not in index]
        if missing:
            raise TalentFileError("missing", name=path.name, columns=", ".join(missing))
        headers = {key: table.headers[i] for key, i in index.items()}
        raw = [(n, values) for n, values in table.rows if not all(map(cells.is_blank, values))]
        notes, sheet = list(table.notes), table.sheet
    if not raw:
        raise TalentFileError("no_rows", name=path.name)
    staff = _staff_by_nip(db)
    reader = _Reader(db, kind, index, headers, staff, jenis_index(store.jenis_pengembangan(db)))
    rows = [reader.read(number, values) for number, values in raw]
    fields = {k for k in index if k in _SPECS[kind].fields}
    plan = TalentPlan(kind, path, sheet, columns, ignored, rows, fields, notes)
    _decide(db, plan, headers)
    return plan


def _staff_by_nip(db: sqlite_utils.Database) -> dict[str, tuple[int, str]]:
    rows = db.execute("SELECT nip, id, nama FROM staff").fetchall()
    return {nip: (staff_id, nama) for nip, staff_id, nama in rows}


@dataclass
class _Reader:
    db: sqlite_utils.Database
    kind: TalentSheet
    index: dict[str, int]
    headers: dict[str, str]
    staff: dict[str, tuple[int, str]]
    jenis: dict[str, str]

    def read(self, number: int, values: Sequence[object]) -> TalentRow:
        def cell(key: str) -> object:
            at = self.index.get(key)
            return values[at] if at is not None and at < len(values) else None

        row = TalentRow(number, "", cells.text(cell("nama_pegawai")))
        try:
            row.nip = cells.read_nip(cell("nip"))
        except ValidationError as exc:
            row.reject(self.headers["nip"], exc.message())
            return row
        found = self.staff.get(row.nip)
        if found is None:
            problem = TalentRowProblem("unknown_nip", nip=row.nip or "—")
            row.reject(self.headers["nip"], problem.message())
            return row
        row.staff_id, row.nama = found
        values_read = self._values(row, cell)
        if row.action is RowAction.DITOLAK:
            return row
        item = _SPECS[self.kind].item(**values_read)
        row.item = item
        for name, fault in CHECKS[str(self.kind)](item, None):
            row.reject(self.headers.get(name, LABELS[self.kind].get(name, name)), fault.message())
        return row

    def _values(self, row: TalentRow, cell: Callable[[str], object]) -> dict[str, Any]:
        readers: dict[str, Callable[[object], Any]] = {
            "tanggal": cells.read_date, "tanggal_mulai": cells.read_date,
            "tanggal_selesai": cells.read_date, "jpm": read_number, "jp": read_hours,
            "jenis": lambda v: read_jenis(v, self.jenis), "tanggal_sk": cells.read_date,
            "tmt": cells.read_date, "selesai": cells.read_date, "tingkat": read_tingkat,
            "kategori": read_kategori,
        }  # fmt: skip
        if self.kind is TalentSheet.HUKUMAN:
            del readers["jenis"]  # the sanction's own words, not a kind of training
        out: dict[str, Any] = {}
        for key in _SPECS[self.kind].fields:
            if key not in self.index:
                continue
            try:
                value = readers.get(key, cells.text)(cell(key))
            except ValidationError as exc:
                row.reject(self.headers[key], exc.message())
                continue
            if key in REQUIRED[self.kind] and value in (None, ""):
                problem = TalentRowProblem("required", column=self.headers[key])
                row.reject(self.headers[key], problem.message())
                continue
            out[key] = value
        if row.action is not RowAction.DITOLAK:
            perms = [Perm.EDIT_STAFF] + (
                [Perm.VIEW_PERSONAL] if _SPECS[self.kind].sensitive else []
            )
            try:  # an operator's sheet may name staff of another OPD: that row is refused
                for perm in perms:
                    access.require(self.db, perm, staff_id=row.staff_id)
            except AccessError as exc:
                row.reject(self.headers["nip"], exc.message())
        return out


def _decide(db: sqlite_utils.Database, plan: TalentPlan, headers: dict[str, str]) -> None:
    """Duplicates in the file, then each accepted row against what is on record."""
    spec = _SPECS[plan.kind]
    stored = spec.stored(db, [r.staff_id for r in plan.rows if r.staff_id is not None])
    what = pick(*spec.what)
    seen: dict[Any, int] = {}
    for row in plan.rows:
        if row.item is None or row.staff_id is None:
            continue
        key = spec.key(row.staff_id, row.item)
        first = seen.setdefault(key, row.row)
        if first != row.row:
            problem = TalentRowProblem("duplicate", row=first, what=what)
            row.reject(headers["nip"], problem.message())
            continue
        before = stored.get(key)
        if before is None:
            row.action = RowAction.BARU
            continue
        row.changed_fields = [
            name for name in sorted(plan.fields)
            if getattr(before, name) != getattr(row.item, name)
        ]  # fmt: skip
        row.changes = [
            f"{LABELS[plan.kind].get(n, n)} {_shown(getattr(before, n))} → "
            f"{_shown(getattr(row.item, n))}"
            for n in row.changed_fields
        ]
        row.action = RowAction.UBAH if row.changed_fields else RowAction.SAMA


def _shown(value: object) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if pick("id", "en") == "id" else text
    return value.strftime("%d-%m-%Y") if hasattr(value, "strftime") else str(value)


def apply_plan(db: sqlite_utils.Database, plan: TalentPlan) -> store.WriteCounts:
    """Save the new and changed rows in one transaction (the ``sama`` rows count as
    unchanged); columns the file lacks keep their stored values."""
    items = [(r.staff_id, r.item) for r in plan.accepted if r.staff_id and r.item is not None]
    counts = _SPECS[plan.kind].save(db, items, fields=plan.fields)
    counts.unchanged += plan.counts()[RowAction.SAMA]
    return counts
