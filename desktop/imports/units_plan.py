"""What a unit sheet row says and would do: the plan the units import shows before it writes,
and the reasons a row is refused (the same shapes as the staff import's plan)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import ValidationError
from desktop.core.models import Unit, UnitJenis
from desktop.imports.plan import RowTally
from desktop.imports.sheet_notes import SheetNote
from desktop.imports.staff_import import RowAction
from desktop.imports.staff_rows import RowIssue
from desktop.imports.units_columns import COLUMN_LABELS

__all__ = ["RowAction", "RowIssue", "UnitPlan", "UnitRow", "UnitRowProblem", "UnitsFileError"]


class UnitsFileError(ValidationError):
    catalog = {
        "no_header": (
            "Baris judul kolom tidak ditemukan di berkas {name}. Baris judul harus memuat "
            "kolom Nama dan paling sedikit satu kolom lain (Kode, Induk, Jenis, …).",
            "No header row in file {name}. It must hold a Nama column and at least one other "
            "(Kode, Induk, Jenis, …).",
        ),
    }


class UnitRowProblem(ValidationError):
    catalog = {
        "nama": ("Nama unit wajib diisi.", "The unit name is required."),
        "dup_kode": ("Kode {kode} sudah dipakai di baris {row}.", "Code {kode} is already "
                     "used on row {row}."),
        "dup_nama": ("Unit {nama} sudah ada di baris {row}; beri kode bila memang unit lain.",
                     "Unit {nama} is already on row {row}; give a code if it is another unit."),
        "ambiguous": ("Ada {count} unit bernama {nama}: tulis kodenya.",
                      "{count} units are named {nama}: write its code."),
        "near_miss": ("Unit {nama} belum ada; mungkin maksudnya '{suggestion}'? Tulis kode "
                      "unit baru bila memang unit lain.",
                      "Unit {nama} does not exist; did you mean '{suggestion}'? Write a code "
                      "for a new unit if it really is another one."),
        "no_parent": ("Induk '{induk}' tidak ditemukan (bukan kode atau nama unit).",
                      "Parent '{induk}' not found (neither a unit code nor a name)."),
        "near_parent": ("Induk '{induk}' tidak ditemukan; mungkin maksudnya '{suggestion}'?",
                        "Parent '{induk}' not found; did you mean '{suggestion}'?"),
        "parent_rejected": ("Induknya (baris {row}) ditolak.", "Its parent (row {row}) was "
                            "rejected."),
        "cycle": ("Induk '{induk}' membuat lingkaran: unit tidak dapat berada di bawah "
                  "dirinya sendiri.", "Parent '{induk}' makes a loop: a unit cannot be below "
                  "itself."),
        "alias_taken": ("Nama lain '{alias}' sudah dipakai oleh unit {other}.",
                        "The other name '{alias}' is already used by unit {other}."),
        "aktif": ("Isi Aktif dengan Ya atau Tidak.", "Fill Aktif with Ya or Tidak."),
        "kritikal": ("Isi Jabatan Kritikal dengan Ya atau Tidak.",
                     "Fill Jabatan Kritikal with Ya or Tidak."),
        "has_staff": ("Unit tidak dapat dinonaktifkan: masih ada {count} pegawai aktif.",
                      "The unit cannot be deactivated: {count} active staff remain."),
    }  # fmt: skip


@dataclass
class UnitRow:
    """One sheet row: what it says, what it would do, and why not when refused."""

    row: int
    kode: str
    nama: str
    induk: str = ""
    issues: list[RowIssue] = field(default_factory=list)
    action: RowAction = RowAction.BARU
    unit: Unit | None = None  # what would be saved (id set for a unit on record)
    aliases: list[str] | None = None  # the alias list to store (None: keep)
    changed_fields: list[str] = field(default_factory=list)
    level: UnitJenis | None = None  # from the tingkat column
    existing_id: int | None = None  # the unit on record this row describes
    candidates: list[int] = field(default_factory=list)  # same-named units, parent decides
    parent: tuple[str, int] | None = None  # ("unit", id) on record or ("row", row number)

    @property
    def rejected(self) -> bool:
        return self.action is RowAction.DITOLAK


@dataclass
class UnitPlan(RowTally[UnitRow]):
    row_actions = RowAction

    path: Path
    sheet: str | None
    columns: dict[str, str]  # header as written -> key
    ignored_columns: list[str]
    rows: list[UnitRow]
    depths: dict[int, int] = field(default_factory=dict)  # row -> depth in the final tree
    notes: list[SheetNote] = field(default_factory=list)  # merged cells, formulas, hidden sheets

    @property
    def headers(self) -> dict[str, str]:
        """key -> header as the file writes it."""
        return {key: header for header, key in self.columns.items()}


def issue(row: UnitRow, headers: dict[str, str], key: str, exc: ValidationError) -> RowIssue:
    """A refusal of ``row`` in the column of ``key`` (its header as the file writes it)."""
    return RowIssue(row.row, headers.get(key) or COLUMN_LABELS.get(key, key), exc.message())


def refuse(row: UnitRow, headers: dict[str, str], key: str, exc: ValidationError) -> None:
    row.issues.append(issue(row, headers, key, exc))
    row.action = RowAction.DITOLAK
