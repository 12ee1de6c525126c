"""Read PP 46/2011 appraisal history (the old SKP/PPK recap an office kept in Excel) so it can
be kept, read-only, beside the new appraisals (``store.legacy``).

Columns (any order, headers as offices write them): NIP, Tahun, Nilai SKP, Nilai Perilaku,
Nilai Prestasi (optional: 60 % SKP + 40 % perilaku when empty), Sebutan (optional: from the
score when empty), Nama Penilai, NIP Penilai. Each bad row is reported with its number and
nothing is imported while any row is rejected; figures are kept exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import sqlite_utils

from desktop.core.errors import KinerjaError, ValidationError
from desktop.core.i18n import Counted
from desktop.core.legacy import PenilaianLama, check, nilai_prestasi, parse_sebutan, sebutan
from desktop.imports.cells import is_blank, read_nip, text
from desktop.imports.sheet import open_table
from desktop.imports.sheet_notes import SheetNote
from desktop.store.legacy import LegacyImportResult, import_legacy
from desktop.store.session import Source, from_source

_HEADERS = {
    "nip": "nip", "nipbaru": "nip", "tahun": "tahun", "tahunpenilaian": "tahun",
    "nilaiskp": "nilai_skp", "skp": "nilai_skp", "nilaiperilaku": "nilai_perilaku",
    "nilaiperilakukerja": "nilai_perilaku", "perilaku": "nilai_perilaku",
    "nilaiprestasi": "nilai_prestasi", "nilaiprestasikerja": "nilai_prestasi",
    "prestasi": "nilai_prestasi", "sebutan": "sebutan", "namapenilai": "penilai_nama",
    "penilai": "penilai_nama", "nippenilai": "penilai_nip",
}  # fmt: skip


class LegacyRowError(ValidationError):
    catalog = {
        "nip_unknown": ("NIP {nip} tidak terdaftar.", "NIP {nip} is not registered."),
        "nilai": ("{kolom} '{value}' bukan angka.", "{kolom} '{value}' is not a number."),
        "missing": ("{kolom} wajib diisi.", "{kolom} is required."),
        "twice": ("NIP {nip} tahun {tahun} sudah ada di baris {row}.",
                  "NIP {nip} year {tahun} already appears in row {row}."),
        "rejected": ("{rows} ditolak; tidak ada yang disimpan (baris {row}: {reason}).",
                     "{rows} rejected; nothing was saved (row {row}: {reason})."),
    }  # fmt: skip


@dataclass
class LegacyPlan:
    path: Path
    records: list[PenilaianLama] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    notes: list[SheetNote] = field(default_factory=list)  # merged cells, formulas, hidden sheets


def recognise(value: object) -> str | None:
    return _HEADERS.get(re.sub(r"[^0-9a-z]", "", str(value or "").lower()))


def read_legacy_sheet(db: sqlite_utils.Database, path: Path | str) -> LegacyPlan:
    """Check every row against the database and the PP 46/2011 rules; writes nothing."""
    plan = LegacyPlan(Path(path))
    staff = dict(db.execute("SELECT nip, id FROM staff").fetchall())
    seen: dict[tuple[str, int], int] = {}
    with open_table(Path(path), recognise) as table:
        keys = [recognise(h) for h in table.headers]
        for number, values in table.rows:
            cells = {k: v for k, v in zip(keys, values, strict=False) if k}
            if all(is_blank(v) for v in cells.values()):
                continue
            try:
                nip, record = _nip(cells), _record(cells, staff)
                first = seen.setdefault((nip, record.tahun), number)
                if first != number:
                    raise LegacyRowError("twice", nip=nip, tahun=record.tahun, row=first)
                plan.warnings += [(number, w) for w in check(record)]
            except KinerjaError as exc:
                plan.rejected.append((number, exc.message()))
                continue
            record.sumber = plan.path.name
            plan.records.append(record)
        plan.notes = table.notes
    return plan


@from_source(Source.IMPORT)
def apply_legacy_plan(db: sqlite_utils.Database, plan: LegacyPlan) -> LegacyImportResult:
    """Store the plan's records in one transaction (refused while any row was rejected)."""
    if plan.rejected:
        row, reason = plan.rejected[0]
        rows = Counted(len(plan.rejected), "baris", "row", "rows")
        raise LegacyRowError("rejected", rows=rows, row=row, reason=reason)
    return import_legacy(db, plan.records)


def _nip(cells: dict[str, object]) -> str:
    if is_blank(cells.get("nip")):
        raise LegacyRowError("missing", kolom="NIP")
    return read_nip(cells["nip"])


def _record(cells: dict[str, object], staff: dict[str, int]) -> PenilaianLama:
    nip = _nip(cells)
    if nip not in staff:
        raise LegacyRowError("nip_unknown", nip=nip)
    tahun = _decimal(cells, "tahun", "Tahun")
    skp, perilaku = (
        _decimal(cells, "nilai_skp", "Nilai SKP"),
        _decimal(cells, "nilai_perilaku", "Nilai Perilaku"),
    )
    prestasi = (
        nilai_prestasi(skp, perilaku)
        if is_blank(cells.get("nilai_prestasi"))
        else _decimal(cells, "nilai_prestasi", "Nilai Prestasi")
    )
    grade = (
        sebutan(prestasi)
        if is_blank(cells.get("sebutan"))
        else parse_sebutan(text(cells["sebutan"]))
    )
    return PenilaianLama(
        staff_id=staff[nip], tahun=int(tahun), nilai_skp=skp, nilai_perilaku=perilaku,
        nilai_prestasi=prestasi, sebutan=grade, penilai_nama=text(cells.get("penilai_nama")),
        penilai_nip=text(cells.get("penilai_nip")),
    )  # fmt: skip


def _decimal(cells: dict[str, object], key: str, kolom: str) -> Decimal:
    value = cells.get(key)
    if is_blank(value):
        raise LegacyRowError("missing", kolom=kolom)
    raw = text(value).replace(",", ".") if isinstance(value, str) else str(value)
    try:
        return Decimal(raw).normalize() if "." in raw else Decimal(raw)
    except InvalidOperation:
        raise LegacyRowError("nilai", kolom=kolom, value=text(value)) from None
