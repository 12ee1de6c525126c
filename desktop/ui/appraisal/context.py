"""What the editors show besides the record itself, read from the store in one place.

The dialogs never touch the database: the controller builds an ``SkpContext`` or
``EvalContext`` here and hands it to ``load()`` with the SKP or evaluation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from desktop.core.appraisal import CapaianOrganisasi, Rating
from desktop.core.periods import Period, parse_period
from desktop.core.skp import Evaluasi, Pejabat, Skp, UmpanBalikMasyarakat
from desktop.core.workflow import Role
from desktop.store import capaian as capaian_store
from desktop.store import evaluasi as ev_store
from desktop.store import pejabat_luar as luar_store
from desktop.store import penilai as penilai_store
from desktop.store import reference
from desktop.store import skm as skm_store
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.angka_kredit import AngkaKreditBasis, angka_kredit_basis
from desktop.store.session import current_role
from desktop.store.skm import SkmEvidence
from desktop.store.skp import RhkOption


@dataclass(frozen=True)
class NilaiBerakhlak:
    """One BerAKHLAK value with its three panduan perilaku."""

    no: int
    nilai: str
    panduan: tuple[str, ...]


@dataclass
class Employee:
    staff_id: int
    nama: str
    nip: str
    jabatan: str
    unit_id: int | None


@dataclass(frozen=True)
class PenilaiChoice:
    """One Pejabat Penilai the SKP may name: both ids None is "the atasan langsung";
    ``luar_id`` an official from outside the staff list (the Bupati)."""

    staff_id: int | None
    pejabat: Pejabat
    options: list[RhkOption]  # the RHK of that person's SKP of the year
    luar_id: int | None = None

    @property
    def key(self) -> str:
        """The choice as the combo box keeps it: "staff:12", "luar:1", "" (no override)."""
        return choice_key(self.staff_id, self.luar_id)


def choice_key(staff_id: int | None, luar_id: int | None) -> str:
    if luar_id is not None:
        return f"luar:{luar_id}"
    return f"staff:{staff_id}" if staff_id is not None else ""


def parse_choice_key(key: str) -> tuple[int | None, int | None]:
    """(penilai_id, penilai_luar_id) of a combo key."""
    kind, _, number = (key or "").partition(":")
    if not number:
        return None, None
    return (int(number), None) if kind == "staff" else (None, int(number))


@dataclass
class SkpContext:
    employee: Employee
    penilai: Pejabat
    options: list[RhkOption]
    berakhlak: list[NilaiBerakhlak]
    role: Role
    penilai_choices: list[PenilaiChoice] = field(default_factory=list)


@dataclass
class EvalContext:
    employee: Employee
    period: Period
    penilai: Pejabat
    skp: Skp
    berakhlak: list[NilaiBerakhlak]
    role: Role
    head_rating: Rating | None = None
    head_capaian: CapaianOrganisasi | None = None
    feedback: list[UmpanBalikMasyarakat] = field(default_factory=list)
    angka_kredit: AngkaKreditBasis | None = None  # fungsional only
    skm: SkmEvidence | None = None  # the SKM of the unit the employee heads (or serves in)


def employee(db: sqlite_utils.Database, staff_id: int) -> Employee:
    row = staff_store.list_row(db, staff_id)
    return Employee(row.id, row.nama, row.nip, row.jabatan, row.unit_id)


def berakhlak(db: sqlite_utils.Database) -> list[NilaiBerakhlak]:
    values: dict[int, tuple[str, list[str]]] = {}
    for no, nilai, _panduan_no, panduan in reference.berakhlak(db):
        values.setdefault(no, (nilai, []))[1].append(panduan)
    return [NilaiBerakhlak(no, nilai, tuple(p)) for no, (nilai, p) in sorted(values.items())]


def current_penilai(db: sqlite_utils.Database, skp: Skp) -> penilai_store.Appraiser:
    return penilai_store.appraiser(db, skp.staff_id, skp.penilai_id, skp.penilai_luar_id)


def skp_context(db: sqlite_utils.Database, skp: Skp) -> SkpContext:
    who = current_penilai(db, skp)
    return SkpContext(
        employee=employee(db, skp.staff_id),
        penilai=penilai_store.pejabat_of(db, who),
        options=skp_store.superior_rhk_options(db, who.staff_id, skp.tahun),
        berakhlak=berakhlak(db),
        role=current_role(),
        penilai_choices=penilai_choices(db, skp),
    )


def penilai_choices(db: sqlite_utils.Database, skp: Skp) -> list[PenilaiChoice]:
    """The default (atasan langsung) first, then the heads up the unit tree and the SKP's
    current override, each with the RHK its SKP offers for cascading."""
    default = penilai_store.appraiser(db, skp.staff_id)
    default_id = default.staff_id
    ids = penilai_store.penilai_candidates(db, skp.staff_id)
    if skp.penilai_id is not None and skp.penilai_id not in ids:
        ids.append(skp.penilai_id)
    choices = [
        PenilaiChoice(
            None,
            penilai_store.pejabat_of(db, default),
            skp_store.superior_rhk_options(db, default_id, skp.tahun),
        )
    ]
    for staff_id in ids:
        if staff_id != default_id or skp.penilai_id == staff_id:
            choices.append(
                PenilaiChoice(
                    staff_id,
                    ev_store.pejabat(db, staff_id),
                    skp_store.superior_rhk_options(db, staff_id, skp.tahun),
                )
            )
    for person in luar_store.list_pejabat_luar(db, include_inactive=True):
        if person.id is not None and (person.aktif or person.id == skp.penilai_luar_id):
            who = penilai_store.Appraiser(luar_id=person.id)
            choices.append(PenilaiChoice(None, penilai_store.pejabat_of(db, who), [], person.id))
    return choices


def eval_context(db: sqlite_utils.Database, ev: Evaluasi) -> EvalContext:
    skp = skp_store.get_skp(db, ev.skp_id)
    period = parse_period(ev.periode)
    penilai = (
        ev.penilai if ev.penilai.nama else penilai_store.pejabat_of(db, current_penilai(db, skp))
    )
    return EvalContext(
        employee=employee(db, skp.staff_id),
        period=period,
        penilai=penilai,
        skp=skp,
        berakhlak=berakhlak(db),
        role=current_role(),
        head_rating=ev_store.head_rating(db, skp.staff_id, skp.tahun, period.code),
        head_capaian=ev_store.head_capaian(db, skp.staff_id, skp.tahun, period.code),
        feedback=capaian_store.list_feedback(db, skp.staff_id, skp.tahun, period.code),
        angka_kredit=angka_kredit_basis(db, skp.staff_id, skp.tahun, period.code),
        skm=skm_store.evidence_for_staff(db, skp.staff_id, skp.tahun, period.code),
    )


def evaluation_kind(db: sqlite_utils.Database) -> str:
    """``triwulan`` (default) or ``bulanan``: the office's periodic evaluations."""
    return unit_store.get_office(db).periode_evaluasi


def unit_rumpun(db: sqlite_utils.Database, unit_id: int | None) -> str:
    """The rumpun of the unit or of its nearest ancestor that has one."""
    return unit_store.unit_rumpun(db, unit_id)
