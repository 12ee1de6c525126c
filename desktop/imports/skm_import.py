"""Import SKM respondents from .xlsx or .csv: a plan first, then one write.

One row per respondent: the nine unsur (headers ``U1``…``U9``, ``Unsur 1`` or the unsur's
name) answered 1–4, optionally a respondent number and demographics (layanan, jenis kelamin,
umur, pendidikan, pekerjaan, tanggal). ``read_plan`` checks every row and compares it with
the respondents stored from the same file for the unit and period (``baru`` / ``ubah`` /
``sama`` / ``ditolak`` with the reason per cell), writing nothing. ``apply_plan`` replaces
that file's respondents and recomputes the survey in one transaction; the same file twice
changes nothing. The sheet reader, row reasons and actions are the staff import's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.errors import ValidationError
from desktop.core.skm import (
    DEMOGRAPHICS,
    UNSUR,
    Responden,
    SkmError,
    SkmResult,
    compute,
    read_answer,
    tally,
)
from desktop.imports import cells
from desktop.imports.plan import RowTally, map_columns
from desktop.imports.sheet import ImportFileError, open_table
from desktop.imports.sheet_notes import SheetNote
from desktop.imports.staff_import import RowAction
from desktop.imports.staff_rows import RowIssue
from desktop.store import access
from desktop.store import skm as skm_store
from desktop.store.session import Source, from_source
from desktop.store.skm import ImportCounts

__all__ = ["ImportFileError", "RowAction", "RowIssue", "SkmFileError", "SkmPlan", "SkmRow",
           "apply_plan", "read_plan"]  # fmt: skip


class SkmFileError(ValidationError):
    catalog = {
        "no_header": (
            "Baris judul kolom tidak ditemukan di berkas {name}. Baris judul harus memuat "
            "kolom unsur U1 sampai U9 (atau nama unsurnya, misalnya Persyaratan).",
            "No header row in file {name}. It must hold the unsur columns U1 to U9 (or the "
            "unsur names, e.g. Persyaratan).",
        ),
        "missing": (
            "Berkas {name} tidak memiliki kolom unsur {unsur}. Setiap responden menjawab "
            "kesembilan unsur.",
            "File {name} lacks the unsur columns {unsur}. Every respondent answers all nine.",
        ),
        "no_rows": ("Berkas {name} tidak berisi responden.", "File {name} holds no respondents."),
    }


class SkmRowProblem(ValidationError):
    catalog = {
        "dup": (
            "Nomor responden {kunci} sudah dipakai di baris {row}.",
            "Respondent number {kunci} is already used on row {row}.",
        ),
    }


def _norm(text: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(text or "").lower())


_HEADERS: dict[str, str] = {}
for _u in UNSUR:
    for _spelling in (f"U{_u.no}", f"Unsur {_u.no}", f"Unsur U{_u.no}", _u.nama,
                      f"U{_u.no} {_u.nama}", f"U{_u.no}. {_u.nama}"):  # fmt: skip
        _HEADERS[_norm(_spelling)] = f"u{_u.no}"
for _key, _spellings in {
    "kunci": ("No", "No.", "Nomor", "No Responden", "Nomor Responden", "Responden", "ID"),
    "layanan": ("Layanan", "Jenis Layanan", "Layanan yang Diterima", "Jenis Pelayanan"),
    "jenis_kelamin": ("Jenis Kelamin", "JK", "L/P", "Kelamin"),
    "umur": ("Umur", "Usia"),
    "pendidikan": ("Pendidikan", "Pendidikan Terakhir"),
    "pekerjaan": ("Pekerjaan", "Pekerjaan Utama"),
    "tanggal": ("Tanggal", "Tanggal Survei", "Tgl"),
}.items():
    for _spelling in _spellings:
        _HEADERS[_norm(_spelling)] = _key
_HEADERS.update({_norm("Biaya"): "u4", _norm("Tarif"): "u4", _norm("Prosedur"): "u2"})


def match_skm_header(value: object) -> str | None:
    """The key of a column header, or None for a column the import does not read."""
    return _HEADERS.get(_norm(value))


@dataclass
class SkmRow:
    row: int
    kunci: str
    issues: list[RowIssue] = field(default_factory=list)
    action: RowAction = RowAction.BARU
    responden: Responden | None = None  # what would be saved (None when rejected)


@dataclass
class SkmPlan(RowTally[SkmRow]):
    row_actions = RowAction

    path: Path
    sheet: str | None
    unit_id: int
    tahun: int
    periode: str
    columns: dict[str, str]  # header as written -> key
    ignored_columns: list[str]
    rows: list[SkmRow]
    notes: list[SheetNote] = field(default_factory=list)
    populasi: int | None = None
    removed: int = 0  # respondents stored from this file that it no longer lists
    result: SkmResult | None = None  # the survey once the accepted rows are saved

    @property
    def berkas(self) -> str:
        return self.path.name

    @property
    def changes(self) -> bool:
        return bool(self.accepted) or self.removed > 0


def read_plan(
    db: sqlite_utils.Database, path: Path | str, *, unit_id: int, tahun: int, periode: str,
    populasi: int | None = None,
) -> SkmPlan:  # fmt: skip
    """Read and check ``path`` for the unit's survey of the period; nothing is written.
    Raises ``ImportFileError`` or ``SkmFileError`` for a file that cannot be read."""
    path = Path(path)
    try:
        with open_table(path, match_skm_header, required="u1") as table:
            columns, ignored, index = map_columns(table.headers, match_skm_header)
            missing = [u.kode for u in UNSUR if f"u{u.no}" not in index]
            if missing:
                raise SkmFileError("missing", name=path.name, unsur=", ".join(missing))
            headers = {key: table.headers[i] for key, i in index.items()}
            rows = [
                _read_row(number, values, index, headers)
                for number, values in table.rows
                if not all(cells.is_blank(v) for v in values)
            ]
            notes = list(table.notes)
    except ImportFileError as exc:
        if exc.code in ("no_header", "no_nip"):
            raise SkmFileError("no_header", name=path.name) from exc
        raise
    if not rows:
        raise SkmFileError("no_rows", name=path.name)
    plan = SkmPlan(path, table.sheet, unit_id, tahun, periode, columns, ignored, rows, notes,
                   populasi)  # fmt: skip
    _decide(db, plan, headers)
    return plan


def _read_row(
    number: int, values: Sequence[object], index: dict[str, int], headers: dict[str, str]
) -> SkmRow:
    def cell(key: str) -> object:
        position = index.get(key)
        return values[position] if position is not None and position < len(values) else None

    kunci = cells.text(cell("kunci")) or str(number)
    row = SkmRow(number, kunci)
    answers: list[int] = []
    for unsur in UNSUR:
        key = f"u{unsur.no}"
        try:
            answers.append(read_answer(cell(key)))
        except SkmError as exc:
            row.issues.append(RowIssue(number, headers[key], exc.message()))
    if row.issues:
        row.action = RowAction.DITOLAK
        return row
    extra = {name: cells.text(cell(name)) for name in DEMOGRAPHICS}
    row.responden = Responden(kunci, tuple(answers), **extra)
    return row


def _decide(db: sqlite_utils.Database, plan: SkmPlan, headers: dict[str, str]) -> None:
    """Duplicates, then each accepted row against what is stored from this file."""
    survey = skm_store.get_survey(db, plan.unit_id, plan.tahun, plan.periode)
    stored = skm_store.respondents(db, survey.id, plan.berkas) if survey and survey.id else {}
    seen: dict[str, int] = {}
    for row in plan.rows:
        first = seen.setdefault(row.kunci, row.row)
        if first != row.row:
            column = headers.get("kunci", "No")
            problem = SkmRowProblem("dup", kunci=row.kunci, row=first)
            row.issues.append(RowIssue(row.row, column, problem.message()))
            row.action, row.responden = RowAction.DITOLAK, None
            continue
        if row.responden is None:
            continue
        before = stored.get(row.kunci)
        if before is None:
            row.action = RowAction.BARU
        else:
            row.action = RowAction.SAMA if before == row.responden else RowAction.UBAH
    plan.removed = len(set(stored) - set(seen))
    kept = _rows_to_save(plan, stored)
    others = _other_answers(db, survey.id if survey else None, plan.berkas)
    try:
        counts = tally([*others, *(r.answers for r in kept)])
        populasi = plan.populasi or (survey.populasi if survey else None)
        plan.result = compute(counts, populasi)
    except SkmError:
        plan.result = None


def _rows_to_save(plan: SkmPlan, stored: dict[str, Responden]) -> list[Responden]:
    """The file's accepted rows; a rejected row keeps what was stored under its number."""
    out = []
    for row in plan.rows:
        if row.responden is not None:
            out.append(row.responden)
        elif row.kunci in stored and row.action is RowAction.DITOLAK:
            out.append(stored[row.kunci])
    unique = {r.kunci: r for r in reversed(out)}
    return [unique[k] for k in dict.fromkeys(r.kunci for r in out)]


def _other_answers(db: sqlite_utils.Database, survei_id: int | None, berkas: str) -> list:
    if survei_id is None:
        return []
    rows = db.execute(
        "SELECT u1, u2, u3, u4, u5, u6, u7, u8, u9 FROM skm_responden "
        "WHERE survei_id = ? AND berkas <> ?",
        [survei_id, berkas],
    ).fetchall()
    return [tuple(r) for r in rows]


@from_source(Source.IMPORT)
def apply_plan(db: sqlite_utils.Database, plan: SkmPlan) -> ImportCounts:
    """Save the file's accepted rows in one transaction (rejected rows keep what was stored
    under their number); nothing is written when nothing changed."""
    access.require(db, Perm.IMPORT, unit_id=plan.unit_id)
    survey = skm_store.get_survey(db, plan.unit_id, plan.tahun, plan.periode)
    stored = skm_store.respondents(db, survey.id, plan.berkas) if survey and survey.id else {}
    rows = _rows_to_save(plan, stored)
    return skm_store.save_respondents(
        db, plan.unit_id, plan.tahun, plan.periode, plan.berkas, rows, populasi=plan.populasi
    )
