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
from desktop.store import reference
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
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


@dataclass
class SkpContext:
    employee: Employee
    penilai: Pejabat
    options: list[RhkOption]
    berakhlak: list[NilaiBerakhlak]
    role: Role


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
    )


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
        head_capaian=_head_capaian(db, skp.staff_id, skp.tahun, period.code),
        feedback=capaian_store.list_feedback(db, skp.staff_id, skp.tahun, period.code),
    )


def _head_capaian(
    db: sqlite_utils.Database, staff_id: int, tahun: int, periode: str
) -> CapaianOrganisasi | None:
    """The capaian of the unit the employee heads (the lowest unit id, as the store picks)."""
    headed = sorted(
        u.id for u in unit_store.list_units(db) if u.kepala_id == staff_id and u.id is not None
    )
    return capaian_store.get_capaian(db, headed[0], tahun, periode) if headed else None


# -- settings the store does not expose yet -------------------------------------------------
# ``store.units.get_office`` lacks ``periode_evaluasi`` and ``Unit`` lacks ``rumpun`` (both added
# by migration 0003). Read them through sqlite-utils' table API until the store offers them.


def evaluation_kind(db: sqlite_utils.Database) -> str:
    """``triwulan`` (default) or ``bulanan``: the office's periodic evaluations."""
    row = db["office"].get(1)
    return str(row.get("periode_evaluasi") or "triwulan")


def unit_rumpun(db: sqlite_utils.Database, unit_id: int | None) -> str:
    """The rumpun of the unit or, when empty, of its nearest ancestor that has one."""
    tree = unit_store.unit_tree(db)
    if unit_id is None or unit_id not in tree.by_id:
        return ""
    for unit_id_ in [unit_id, *(u.id for u in tree.ancestors(unit_id))]:
        rumpun = str(db["unit"].get(unit_id_).get("rumpun") or "")
        if rumpun:
            return rumpun
    return ""
