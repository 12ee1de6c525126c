"""PP 46/2011 appraisal history (``penilaian_pp46``): imported once, then read-only.

Rows are inserted, never updated (a trigger refuses changes); importing the same record again
changes nothing, a record that contradicts a stored one is refused. Nothing here converts the
old scores into a predikat of PermenPANRB 6/2022.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.legacy import LegacyError, PenilaianLama, Sebutan, check
from desktop.store import access, audit
from desktop.store.db import translate_errors
from desktop.store.rows import insert_row

_COLUMNS = (
    "staff_id", "tahun", "nilai_skp", "nilai_perilaku", "nilai_prestasi", "sebutan",
    "penilai_nama", "penilai_nip", "sumber",
)  # fmt: skip
_COMPARED = _COLUMNS[2:8]  # what must agree for a repeated import to count as the same


@dataclass
class LegacyImportResult:
    inserted: int = 0
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)


def _values(record: PenilaianLama) -> dict[str, object]:
    return {
        "staff_id": record.staff_id,
        "tahun": record.tahun,
        "nilai_skp": _text(record.nilai_skp),
        "nilai_perilaku": _text(record.nilai_perilaku),
        "nilai_prestasi": _text(record.nilai_prestasi),
        "sebutan": Sebutan(record.sebutan).value,
        "penilai_nama": record.penilai_nama.strip(),
        "penilai_nip": record.penilai_nip.strip(),
        "sumber": record.sumber.strip(),
    }


def _text(value: Decimal) -> str:
    """``87.4`` stays ``87.4``: the figure as the old form printed it, without float noise."""
    return format(Decimal(value).normalize(), "f")


def import_legacy(db: sqlite_utils.Database, records: list[PenilaianLama]) -> LegacyImportResult:
    """Insert new history in one transaction. Raises ``LegacyError`` (nothing written) for an
    impossible record or one that contradicts what is stored."""
    result = LegacyImportResult()
    with translate_errors(), db.atomic():
        for record in records:
            access.require(db, Perm.IMPORT, staff_id=record.staff_id)
            result.warnings += check(record)
            values = _values(record)
            stored = db.execute(
                f"SELECT {', '.join(_COMPARED)} FROM penilaian_pp46 "
                "WHERE staff_id = ? AND tahun = ?",
                [record.staff_id, record.tahun],
            ).fetchone()
            if stored is not None:
                if tuple(stored) != tuple(values[c] for c in _COMPARED):
                    nip = db.execute(
                        "SELECT nip FROM staff WHERE id = ?", [record.staff_id]
                    ).fetchone()
                    raise LegacyError("changed", tahun=record.tahun, nip=nip[0] if nip else "?")
                result.unchanged += 1
                continue
            record.id = insert_row(db, "penilaian_pp46", values, audit="PP 46/2011")["id"]
            result.inserted += 1
        if result.inserted:
            audit.record(
                db,
                action="import",
                table="penilaian_pp46",
                row_uuid=None,
                summary=f"PP 46/2011: {result.inserted} baru, {result.unchanged} sama",
            )
    return result


def list_legacy(db: sqlite_utils.Database, staff_id: int) -> list[PenilaianLama]:
    """The employee's PP 46/2011 history, oldest first."""
    rows = db.query("SELECT * FROM penilaian_pp46 WHERE staff_id = ? ORDER BY tahun", [staff_id])
    return [
        PenilaianLama(
            staff_id=r["staff_id"],
            tahun=r["tahun"],
            nilai_skp=Decimal(r["nilai_skp"]),
            nilai_perilaku=Decimal(r["nilai_perilaku"]),
            nilai_prestasi=Decimal(r["nilai_prestasi"]),
            sebutan=Sebutan(r["sebutan"]),
            penilai_nama=r["penilai_nama"],
            penilai_nip=r["penilai_nip"],
            sumber=r["sumber"],
            id=r["id"],
            uuid=r["uuid"],
        )
        for r in rows
    ]
