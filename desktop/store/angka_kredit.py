"""Angka kredit of a pejabat fungsional for an evaluation: what the predikat earns.

The rule is ``core.angka_kredit`` (months/12 × percentage(predikat) × koefisien of the jenjang);
this module finds its inputs: whether the employee is fungsional, the jenjang, and how many
months of the period were served in the current jabatan.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import sqlite_utils

from desktop.core.angka_kredit import KOEFISIEN, angka_kredit, credited_months
from desktop.core.appraisal import Predikat
from desktop.core.models import JenisJabatan
from desktop.core.periods import parse_period
from desktop.store.skp import get_skp
from desktop.store.staff import get_staff


@dataclass(frozen=True)
class AngkaKreditBasis:
    """What the angka kredit of one employee's period depends on besides the predikat."""

    jenjang: str
    jenjang_nama: str
    koefisien: Decimal
    months: int

    def nilai(self, predikat: Predikat) -> Decimal:
        """Angka kredit for ``predikat`` (0 when no month of the period counts)."""
        if self.months == 0:
            return Decimal("0.000")
        return angka_kredit(predikat, self.jenjang, self.months)


def angka_kredit_basis(
    db: sqlite_utils.Database, staff_id: int, tahun: int, periode: str
) -> AngkaKreditBasis | None:
    """None unless the employee holds a jabatan fungsional with a jenjang that earns credit."""
    staff = get_staff(db, staff_id)
    if staff.jenis_jabatan is not JenisJabatan.FUNGSIONAL or staff.jenjang not in KOEFISIEN:
        return None
    row = db.execute(
        "SELECT nama FROM ref_jenjang_fungsional WHERE kode = ?", [staff.jenjang]
    ).fetchone()
    months = credited_months(parse_period(periode), tahun, staff.tmt_jabatan)
    jenjang = staff.jenjang or ""
    return AngkaKreditBasis(jenjang, row[0] if row else jenjang, KOEFISIEN[jenjang], months)


def angka_kredit_of(db: sqlite_utils.Database, evaluasi_id: int) -> Decimal | None:
    """The angka kredit a rated evaluation earns; None without a predikat or for non-fungsional."""
    row = db.execute(
        "SELECT skp_id, periode, predikat FROM evaluasi WHERE id = ?", [evaluasi_id]
    ).fetchone()
    if row is None or row[2] is None:
        return None
    skp = get_skp(db, row[0])
    basis = angka_kredit_basis(db, skp.staff_id, skp.tahun, row[1])
    return basis.nilai(Predikat(row[2])) if basis else None
