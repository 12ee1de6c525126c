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
from desktop.store import penilai as penilai_store
from desktop.store import reference
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.angka_kredit import AngkaKreditBasis, angka_kredit_basis
from desktop.store.session import current_role
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
    """One Pejabat Penilai the SKP may name: ``staff_id`` None is "the atasan langsung"."""

    staff_id: int | None
    pejabat: Pejabat
    options: list[RhkOption]  # the RHK of that person's SKP of the year


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


def employee(db: sqlite_utils.Database, staff_id: int) -> Employee:
    row = staff_store.list_row(db, staff_id)
    return Employee(row.id, row.nama, row.nip, row.jabatan, row.unit_id)


def berakhlak(db: sqlite_utils.Database) -> list[NilaiBerakhlak]:
    values: dict[int, tuple[str, list[str]]] = {}
    for no, nilai, _panduan_no, panduan in reference.berakhlak(db):
        values.setdefault(no, (nilai, []))[1].append(panduan)
    return [NilaiBerakhlak(no, nilai, tuple(p)) for no, (nilai, p) in sorted(values.items())]


def skp_context(db: sqlite_utils.Database, skp: Skp) -> SkpContext:
    penilai_id = ev_store.resolve_penilai(db, skp.staff_id, skp.penilai_id)
    return SkpContext(
        employee=employee(db, skp.staff_id),
        penilai=ev_store.pejabat(db, penilai_id),
        options=skp_store.superior_rhk_options(db, penilai_id, skp.tahun),
        berakhlak=berakhlak(db),
        role=current_role(),
        penilai_choices=penilai_choices(db, skp),
    )


def penilai_choices(db: sqlite_utils.Database, skp: Skp) -> list[PenilaiChoice]:
    """The default (atasan langsung) first, then the heads up the unit tree and the SKP's
    current override, each with the RHK its SKP offers for cascading."""
    default_id = ev_store.resolve_penilai(db, skp.staff_id)
    ids = penilai_store.penilai_candidates(db, skp.staff_id)
    if skp.penilai_id is not None and skp.penilai_id not in ids:
        ids.append(skp.penilai_id)
    choices = [
        PenilaiChoice(
            None,
            ev_store.pejabat(db, default_id),
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
    return choices


def eval_context(db: sqlite_utils.Database, ev: Evaluasi) -> EvalContext:
    skp = skp_store.get_skp(db, ev.skp_id)
    period = parse_period(ev.periode)
    penilai = (
        ev.penilai
        if ev.penilai.nama
        else ev_store.pejabat(db, ev_store.resolve_penilai(db, skp.staff_id, skp.penilai_id))
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
    )


def evaluation_kind(db: sqlite_utils.Database) -> str:
    """``triwulan`` (default) or ``bulanan``: the office's periodic evaluations."""
    return unit_store.get_office(db).periode_evaluasi


def unit_rumpun(db: sqlite_utils.Database, unit_id: int | None) -> str:
    """The rumpun of the unit or of its nearest ancestor that has one."""
    return unit_store.unit_rumpun(db, unit_id)
