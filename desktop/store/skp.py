"""SKP storage: one SKP per employee and year with its RHK, IKI and BerAKHLAK expectations.

Content is saved only while the workflow table allows ``ubah``; state changes go through
``transition_skp`` so the table decides, and every change is audited with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import sqlite_utils

from desktop.core.access import Perm, transition_perm
from desktop.core.errors import NotFound, ValidationError
from desktop.core.periods import parse_period
from desktop.core.skp import Aspek, Ekspektasi, Iki, Rhk, Skp
from desktop.core.skp_rules import content_problems
from desktop.core.workflow import SKP_FLOW, Action, EvalState, Role, SkpState, next_state
from desktop.store import access, audit
from desktop.store.children import sync_children
from desktop.store.db import translate_errors
from desktop.store.pejabat_luar import check_usable
from desktop.store.penilai import resolve_penilai
from desktop.store.rows import (
    NO_AUDIT,
    from_row,
    insert_row,
    query_as,
    required_id,
    to_row,
    update_changed,
)
from desktop.store.session import Session
from desktop.store.versions import record_version, refuse_if_changed


class SkpError(ValidationError):
    catalog = {
        "exists": (
            "Pegawai ini sudah memiliki SKP tahun {tahun}.",
            "This employee already has an SKP for {tahun}.",
        ),
        "no_source": (
            "Tidak ada SKP tahun {tahun} untuk disalin.",
            "There is no SKP of {tahun} to copy.",
        ),
        "incomplete": (
            "SKP belum dapat diajukan: {details}",
            "The SKP cannot be submitted yet: {details}",
        ),
        "self_penilai": (
            "Pegawai tidak dapat menjadi Pejabat Penilai bagi SKP-nya sendiri.",
            "An employee cannot be the appraiser of their own SKP.",
        ),
        "penilai_inactive": (
            "Pejabat Penilai yang dipilih tidak ada atau sudah tidak aktif.",
            "The chosen appraiser does not exist or is no longer active.",
        ),
        "atasan_rhk": (
            "RHK {n} mengintervensi RHK yang bukan milik SKP Pejabat Penilai tahun {tahun}; "
            "pilih ulang RHK atasan yang diintervensi.",
            "RHK {n} intervenes an RHK that is not in the appraiser's SKP of {tahun}; choose "
            "the superior's RHK again.",
        ),
        "rated": (
            "{what} sudah dinilai pada evaluasi {periods} yang ditetapkan; buka kembali "
            "evaluasinya (dengan alasan) dulu, atau pertahankan {kind} itu.",
            "{what} was already rated in the set evaluation {periods}; reopen that "
            "evaluation (with a reason) first, or keep that {kind}.",
        ),
    }


def _load(db: sqlite_utils.Database, row: dict) -> Skp:
    skp = from_row(Skp, row)
    for rhk_row in db.query("SELECT * FROM rhk WHERE skp_id = ? ORDER BY urutan, id", [skp.id]):
        rhk = from_row(Rhk, rhk_row)
        rhk.iki = query_as(
            db, Iki, "SELECT * FROM iki WHERE rhk_id = ? ORDER BY urutan, id", [rhk.id]
        )
        skp.rhk.append(rhk)
    skp.ekspektasi = query_as(
        db, Ekspektasi, "SELECT * FROM skp_ekspektasi WHERE skp_id = ? ORDER BY nilai_no", [skp.id]
    )
    return skp


def get_skp(db: sqlite_utils.Database, skp_id: int) -> Skp:
    rows = list(db.query("SELECT * FROM skp WHERE id = ?", [skp_id]))
    if not rows:
        raise NotFound("record", what=f"SKP #{skp_id}")
    return _load(db, rows[0])


def find_skp(db: sqlite_utils.Database, staff_id: int, tahun: int) -> Skp | None:
    rows = list(db.query("SELECT * FROM skp WHERE staff_id = ? AND tahun = ?", [staff_id, tahun]))
    return _load(db, rows[0]) if rows else None


def new_skp(staff_id: int, tahun: int) -> Skp:
    """An empty draft with the seven BerAKHLAK expectation rows ready to fill."""
    return Skp(staff_id=staff_id, tahun=tahun, ekspektasi=[Ekspektasi(n) for n in range(1, 8)])


SKP_PARTS = (
    ("rhk", "skp_id = :id"),
    ("iki", "rhk_id IN (SELECT id FROM rhk WHERE skp_id = :id)"),
    ("skp_ekspektasi", "skp_id = :id"),
)


def edit_version(db: sqlite_utils.Database, skp_id: int) -> str:
    """The version of an SKP and its parts, read before an editor loads it (stale edits)."""
    return record_version(db, "skp", skp_id, SKP_PARTS)


def save_skp(
    db: sqlite_utils.Database,
    skp: Skp,
    *,
    role: Role | None = None,
    expected_version: str | None = None,
    session: Session | None = None,
) -> Skp:
    """Insert or update the content (RHK, IKI, expectations, lampiran) in one transaction,
    while the workflow allows ``ubah``; an override of the Pejabat Penilai must name another
    active employee, and every intervened RHK must be in that penilai's SKP of the year.
    With ``expected_version`` (``edit_version`` at load) a stale edit is refused."""
    who = access.require_skp(
        db, Perm.EDIT_SKP, skp_id=skp.id, staff_id=skp.staff_id, session=session
    )
    role = role or who.role  # the workflow asks the session's role (``role=``: old callers)
    with translate_errors(), db.atomic():
        if skp.id is not None:
            refuse_if_changed(db, "skp", skp.id, expected_version, SKP_PARTS)
        stored_status = SkpState.DRAFT if skp.id is None else get_skp(db, skp.id).status
        next_state(SKP_FLOW, stored_status, role, Action.UBAH)
        _check_penilai(db, skp)
        _check_links(db, skp)
        if skp.id is None:
            if find_skp(db, skp.staff_id, skp.tahun):
                raise SkpError("exists", tahun=skp.tahun)
            skp.status = SkpState.DRAFT
            before: dict = {}
            after = insert_row(db, "skp", to_row(skp, exclude=("id", "uuid")), audit=NO_AUDIT)
            skp.id = after["id"]
            action = "insert"
        else:
            row = to_row(skp, exclude=("id", "uuid", "status", "staff_id", "tahun", "alasan"))
            before = dict(next(db.query("SELECT * FROM skp WHERE id = ?", [skp.id])))
            after = {**before, **update_changed(db, "skp", skp.id, row, audit=NO_AUDIT)}
            action = "update"
        rated_before = _rated(db, required_id(skp))
        _save_children(db, skp, f"SKP {skp.tahun}")
        lost = _lost_realisasi(db, required_id(skp), rated_before)
        saved = get_skp(db, skp.id)
        summary = f"SKP {skp.tahun}: {len(saved.rhk)} RHK"
        if lost:  # the log is data: written in Indonesian whatever the UI language
            summary += f"; {lost} realisasi evaluasi yang belum ditetapkan ikut terhapus"
        audit.record(db, action=action, table="skp", row_uuid=saved.uuid, before=before or None,
                     after=after, summary=summary)  # fmt: skip
    return saved


class _Rated(NamedTuple):
    """A realisasi row under this SKP, with what a refusal must name."""

    iki_id: int
    indikator: str
    rhk_id: int
    uraian: str
    periode: str
    ditetapkan: bool


def _rated(db: sqlite_utils.Database, skp_id: int) -> dict[int, _Rated]:
    """Every realisasi row of this SKP's IKI, by id (read before the children are saved)."""
    rows = db.execute(
        "SELECT r.id, i.id, i.indikator, h.id, h.uraian, e.periode, e.status = ? "
        "FROM realisasi r JOIN iki i ON i.id = r.iki_id JOIN rhk h ON h.id = i.rhk_id "
        "JOIN evaluasi e ON e.id = r.evaluasi_id WHERE h.skp_id = ? ORDER BY h.urutan, i.urutan",
        [EvalState.DITETAPKAN.value, skp_id],
    ).fetchall()
    return {row[0]: _Rated(row[1], row[2], row[3], row[4], row[5], bool(row[6])) for row in rows}


def _lost_realisasi(db: sqlite_utils.Database, skp_id: int, before: dict[int, _Rated]) -> int:
    """How many realisasi rows the save removed (an IKI or RHK deleted cascades to them).
    Losing one of a set evaluation is refused, so the whole save rolls back: a set
    evaluation changes only after a recorded reopening."""
    still = set(_rated(db, skp_id))
    lost = [r for row_id, r in before.items() if row_id not in still]
    locked = [r for r in lost if r.ditetapkan]
    if locked:
        first = locked[0]
        rhk_gone = db.execute("SELECT 1 FROM rhk WHERE id = ?", [first.rhk_id]).fetchone() is None
        periods = sorted({r.periode for r in locked}, key=lambda p: (p == "TAHUNAN", p))
        labels = ", ".join(parse_period(p).label() for p in periods)
        if rhk_gone:
            raise SkpError("rated", what=f"RHK '{first.uraian}'", periods=labels, kind="RHK")
        raise SkpError(
            "rated", what=f"IKI '{first.indikator}' (RHK '{first.uraian}')", periods=labels,
            kind="IKI",
        )  # fmt: skip
    return len(lost)


def _check_penilai(db: sqlite_utils.Database, skp: Skp) -> None:
    """An override names another, active employee, or an active official from outside."""
    if skp.penilai_luar_id is not None:
        check_usable(db, skp.penilai_luar_id)
    if skp.penilai_id is None:
        return
    if skp.penilai_id == skp.staff_id:
        raise SkpError("self_penilai")
    row = db.execute("SELECT aktif FROM staff WHERE id = ?", [skp.penilai_id]).fetchone()
    if row is None or not row[0]:
        raise SkpError("penilai_inactive")


def _check_links(db: sqlite_utils.Database, skp: Skp) -> None:
    """Cascading: a chosen superior RHK belongs to the Pejabat Penilai's SKP of the year."""
    linked = [(n, r.rhk_atasan_id) for n, r in enumerate(skp.rhk, start=1) if r.rhk_atasan_id]
    if not linked:
        return
    penilai_id = resolve_penilai(db, skp.staff_id, skp.penilai_id)
    if skp.penilai_luar_id is not None:
        penilai_id = None  # an outside official's RHK are not in this database
    allowed = {o.id for o in superior_rhk_options(db, penilai_id, skp.tahun)}
    for n, rhk_id in linked:
        if rhk_id not in allowed:
            raise SkpError("atasan_rhk", n=n, tahun=skp.tahun)


def _save_children(db: sqlite_utils.Database, skp: Skp, summary: str) -> None:
    """RHK, their IKI and the expectations; each changed row audited field by field."""
    sync_children(db, "rhk", "skp_id", required_id(skp), skp.rhk, audit=summary)
    for rhk in skp.rhk:
        sync_children(db, "iki", "rhk_id", required_id(rhk), rhk.iki, audit=summary)
    sync_children(
        db,
        "skp_ekspektasi",
        "skp_id",
        required_id(skp),
        skp.ekspektasi,
        order_col=None,
        natural_key="nilai_no",
        audit=summary,
    )


def transition_skp(
    db: sqlite_utils.Database,
    skp_id: int,
    action: Action,
    *,
    role: Role | None = None,
    reason: str = "",
    session: Session | None = None,
) -> Skp:
    """Submit, approve, return or revise, as the workflow table allows for ``role``. A
    submission needs a complete SKP (``core.skp_rules.content_problems``)."""
    perm = transition_perm(SKP_FLOW, action)
    role = role or access.require_skp(db, perm, skp_id=skp_id, session=session).role
    with translate_errors(), db.atomic():
        skp = get_skp(db, skp_id)
        new_state = next_state(SKP_FLOW, skp.status, role, action, reason)
        if Action(action) is Action.AJUKAN and (problems := content_problems(skp)):
            raise SkpError("incomplete", details=" ".join(p.message() for p in problems))
        alasan = reason.strip() if reason.strip() else skp.alasan
        values = {"status": str(new_state), "alasan": alasan}
        before = dict(next(db.query("SELECT * FROM skp WHERE id = ?", [skp_id])))
        update_changed(db, "skp", skp_id, values, audit=NO_AUDIT, before=before)
        audit.record(db, action=str(action), table="skp", row_uuid=skp.uuid, before=before,
                     after={**before, **values}, summary=reason.strip())  # fmt: skip
    return get_skp(db, skp_id)


@dataclass(frozen=True)
class RhkOption:
    """A superior's RHK an employee's RHK may intervene."""

    id: int
    uraian: str
    jenis: str


def superior_rhk_options(
    db: sqlite_utils.Database, penilai_id: int | None, tahun: int
) -> list[RhkOption]:
    """The RHK of the penilai's SKP of the same year (empty when it is not entered yet)."""
    if penilai_id is None:
        return []
    rows = db.execute(
        "SELECT r.id, r.uraian, r.jenis FROM rhk r JOIN skp s ON s.id = r.skp_id "
        "WHERE s.staff_id = ? AND s.tahun = ? ORDER BY r.jenis DESC, r.urutan",
        [penilai_id, tahun],
    ).fetchall()
    return [RhkOption(*r) for r in rows]


@dataclass(frozen=True)
class LibraryItem:
    rumpun: str
    rhk: str
    aspek: Aspek
    indikator: str
    target: str


def indicator_library(db: sqlite_utils.Database, rumpun: str | None = None) -> list[LibraryItem]:
    """Common indicators per unit type, so an SKP can start from what offices already use."""
    sql = "SELECT rumpun, rhk, aspek, indikator, target FROM ref_indikator"
    params: list[str] = []
    if rumpun:
        sql += " WHERE rumpun IN (?, 'umum', 'pelayanan')"
        params.append(rumpun)
    rows = db.execute(sql + " ORDER BY rumpun, id", params).fetchall()
    return [LibraryItem(r, h, Aspek(a), i, t) for r, h, a, i, t in rows]


def rhk_from_library(items: list[LibraryItem]) -> list[Rhk]:
    """Group chosen library indicators into RHK (one per distinct RHK text)."""
    grouped: dict[str, Rhk] = {}
    for item in items:
        rhk = grouped.setdefault(item.rhk, Rhk(uraian=item.rhk))
        rhk.iki.append(Iki(indikator=item.indikator, aspek=item.aspek, target=item.target))
    return list(grouped.values())


def copy_from_year(db: sqlite_utils.Database, staff_id: int, from_year: int, to_year: int) -> Skp:
    """A new draft for ``to_year`` with last year's RHK, IKI and expectations. Links to the
    superior's RHK are kept as text (last year's superior RHK no longer applies)."""
    source = find_skp(db, staff_id, from_year)
    if source is None:
        raise SkpError("no_source", tahun=from_year)
    if find_skp(db, staff_id, to_year):
        raise SkpError("exists", tahun=to_year)
    linked = sorted({r.rhk_atasan_id for r in source.rhk if r.rhk_atasan_id is not None})
    atasan_text = dict(
        db.execute(
            f"SELECT id, uraian FROM rhk WHERE id IN ({', '.join('?' * len(linked))})", linked
        ).fetchall()
    )
    copy = new_skp(staff_id, to_year)
    copy.pendekatan = source.pendekatan
    if source.penilai_id is not None:  # an override is kept while that person is still active
        row = db.execute("SELECT aktif FROM staff WHERE id = ?", [source.penilai_id]).fetchone()
        copy.penilai_id = source.penilai_id if row and row[0] else None
    copy.dukungan_sumber_daya = source.dukungan_sumber_daya
    copy.skema_pertanggungjawaban = source.skema_pertanggungjawaban
    copy.konsekuensi = source.konsekuensi
    copy.ekspektasi = [Ekspektasi(e.nilai_no, e.ekspektasi) for e in source.ekspektasi]
    copy.rhk = [
        Rhk(
            uraian=r.uraian,
            jenis=r.jenis,
            perspektif=r.perspektif,
            rhk_atasan_text=r.rhk_atasan_text or atasan_text.get(r.rhk_atasan_id, ""),
            iki=[Iki(i.indikator, i.aspek, i.target) for i in r.iki],
        )
        for r in source.rhk
    ]
    return save_skp(db, copy)
