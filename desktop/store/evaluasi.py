"""Evaluations of an SKP per period: realisasi and umpan balik per IKI, feedback per BerAKHLAK
value, the two ratings and the derived predikat. Setting (``tetapkan``) snapshots the Pejabat
Penilai and the Atasan Pejabat Penilai so later transfers do not rewrite history; a set
evaluation is locked until a recorded reopening."""

from __future__ import annotations

import sqlite3
from datetime import date

import sqlite_utils

from desktop.core.access import Perm, transition_perm
from desktop.core.appraisal import CapaianOrganisasi, Rating, head_hasil_rating
from desktop.core.errors import NotFound, ValidationError
from desktop.core.periods import Period, parse_period
from desktop.core.skp import Evaluasi, Pejabat, Realisasi, UmpanBalikPerilaku
from desktop.core.workflow import EVAL_FLOW, Action, EvalState, Role, next_state
from desktop.store import access, audit
from desktop.store.capaian import get_capaian
from desktop.store.children import sync_children
from desktop.store.db import translate_errors
from desktop.store.penilai import PEJABAT_FIELDS as _PEJABAT
from desktop.store.penilai import pejabat, resolve_penilai, snapshot_values
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
from desktop.store.skp import get_skp
from desktop.store.units import get_office
from desktop.store.versions import record_version, refuse_if_changed

__all__ = ["pejabat", "resolve_penilai"]  # kept here for callers of the appraiser chain


class EvaluasiError(ValidationError):
    catalog = {
        "ratings": (
            "Isi Rating Hasil Kerja dan Rating Perilaku Kerja sebelum menilai.",
            "Enter both the work-result and the behaviour rating first.",
        ),
        "exists": (
            "Evaluasi periode {periode} untuk SKP ini sudah ada; buka dan ubah evaluasi itu.",
            "An evaluation for {periode} already exists for this SKP; open and edit that one.",
        ),
        "identity": (
            "SKP dan periode sebuah evaluasi tidak dapat diganti.",
            "The SKP and period of an evaluation cannot be changed.",
        ),
        "period_kind": (
            "Kantor ini menilai per {kind}: periode {periode} tidak dapat dipakai. Ubah "
            "pengaturan periode evaluasi kantor bila memang berganti.",
            "This office evaluates {kind}: period {periode} cannot be used. Change the "
            "office's evaluation period setting if it really changed.",
        ),
        "iki": (
            "Realisasi menunjuk IKI yang bukan milik SKP ini.",
            "A realisation refers to an IKI that is not part of this SKP.",
        ),
        "integrity": (
            "Evaluasi tidak dapat disimpan: {detail}.",
            "The evaluation cannot be saved: {detail}.",
        ),
        "head_rating": (
            "Rating Hasil Kerja pimpinan unit mengikuti capaian kinerja organisasi ({capaian}): "
            "harus {rating}.",
            "A unit head's work-result rating follows the unit's capaian ({capaian}): it must "
            "be {rating}.",
        ),
    }


def _load(db: sqlite_utils.Database, row: dict) -> Evaluasi:
    ev = from_row(Evaluasi, row)
    ev.penilai = Pejabat(**{f: row[f"penilai_{f}"] for f in _PEJABAT})
    ev.atasan_penilai = Pejabat(**{f: row[f"atasan_penilai_{f}"] for f in _PEJABAT})
    ev.realisasi = query_as(
        db, Realisasi, "SELECT * FROM realisasi WHERE evaluasi_id = ? ORDER BY id", [ev.id]
    )
    ev.perilaku = query_as(
        db,
        UmpanBalikPerilaku,
        "SELECT * FROM evaluasi_perilaku WHERE evaluasi_id = ? ORDER BY nilai_no",
        [ev.id],
    )
    return ev


def get_evaluasi(db: sqlite_utils.Database, evaluasi_id: int) -> Evaluasi:
    rows = list(db.query("SELECT * FROM evaluasi WHERE id = ?", [evaluasi_id]))
    if not rows:
        raise NotFound("record", what=f"evaluasi #{evaluasi_id}")
    return _load(db, rows[0])


def find_evaluasi(db: sqlite_utils.Database, skp_id: int, periode: str) -> Evaluasi | None:
    rows = list(
        db.query("SELECT * FROM evaluasi WHERE skp_id = ? AND periode = ?", [skp_id, periode])
    )
    return _load(db, rows[0]) if rows else None


def open_evaluasi(db: sqlite_utils.Database, skp_id: int, periode: str) -> Evaluasi:
    """The stored evaluation, or a new unsaved draft with a row for every IKI and value."""
    periode = parse_period(periode).code
    ev = find_evaluasi(db, skp_id, periode) or Evaluasi(skp_id=skp_id, periode=periode)
    skp = get_skp(db, skp_id)
    have = {r.iki_id for r in ev.realisasi}
    ev.realisasi += [Realisasi(required_id(iki)) for iki in skp.all_iki() if iki.id not in have]
    order = {iki.id: n for n, iki in enumerate(skp.all_iki())}
    ev.realisasi.sort(key=lambda r: order.get(r.iki_id, 999))
    values = {p.nilai_no for p in ev.perilaku}
    ev.perilaku += [UmpanBalikPerilaku(n) for n in range(1, 8) if n not in values]
    ev.perilaku.sort(key=lambda p: p.nilai_no)
    if ev.rating_hasil is None:
        ev.rating_hasil = head_rating(db, skp.staff_id, skp.tahun, periode)
    return ev


def head_capaian(
    db: sqlite_utils.Database, staff_id: int, tahun: int, periode: str
) -> CapaianOrganisasi | None:
    """The capaian of the unit this employee heads (the first, if several), if set."""
    row = db.execute(
        "SELECT id FROM unit WHERE kepala_id = ? ORDER BY id LIMIT 1", [staff_id]
    ).fetchone()
    return get_capaian(db, row[0], tahun, periode) if row else None


def head_rating(
    db: sqlite_utils.Database, staff_id: int, tahun: int, periode: str
) -> Rating | None:
    """For a unit head with the unit's capaian set: the Rating Hasil Kerja it implies."""
    capaian = head_capaian(db, staff_id, tahun, periode)
    return head_hasil_rating(capaian) if capaian else None


def _check_head_rating(db: sqlite_utils.Database, ev: Evaluasi) -> None:
    skp = get_skp(db, ev.skp_id)
    capaian = head_capaian(db, skp.staff_id, skp.tahun, ev.periode)
    expected = head_hasil_rating(capaian) if capaian else None
    if capaian is not None and expected is not None and ev.rating_hasil not in (None, expected):
        raise EvaluasiError("head_rating", capaian=capaian.label, rating=expected.label)


EVALUASI_PARTS = (("realisasi", "evaluasi_id = :id"), ("evaluasi_perilaku", "evaluasi_id = :id"))


def edit_version(db: sqlite_utils.Database, evaluasi_id: int) -> str:
    """The version of an evaluation and its rows, read before an editor loads it."""
    return record_version(db, "evaluasi", evaluasi_id, EVALUASI_PARTS)


def save_evaluasi(
    db: sqlite_utils.Database,
    ev: Evaluasi,
    *,
    role: Role | None = None,
    expected_version: str | None = None,
    session: Session | None = None,
) -> Evaluasi:
    """Save content and ratings. A new evaluation needs a role that may enter evaluations, an
    SKP, a period of the office's kind and no other evaluation of that period; a stored one
    is refused once set (locked). Every refusal is an ``EvaluasiError``/``WorkflowError``.
    With ``expected_version`` (``edit_version`` at load) a stale edit is refused."""
    who = access.require_evaluasi(
        db, Perm.EVALUATE, evaluasi_id=ev.id, skp_id=ev.skp_id, session=session
    )
    role = role or who.role  # the workflow asks the session's role (``role=``: old callers)
    with translate_errors(), db.atomic():
        if ev.id is not None:
            refuse_if_changed(db, "evaluasi", ev.id, expected_version, EVALUASI_PARTS)
        try:
            _save(db, ev, role)
        except sqlite3.IntegrityError as exc:
            raise EvaluasiError("integrity", detail=str(exc)) from exc
        saved = get_evaluasi(db, required_id(ev))
    return saved


def _save(db: sqlite_utils.Database, ev: Evaluasi, role: Role) -> None:
    period = parse_period(ev.periode)
    ev.periode = period.code
    skp = get_skp(db, ev.skp_id)
    _check_head_rating(db, ev)
    _check_iki(ev, {iki.id for iki in skp.all_iki()})
    row = _row(ev)
    summary = f"{ev.periode}: {row['predikat'] or '-'}"  # the log is data: Indonesian
    if ev.id is None:
        next_state(EVAL_FLOW, EvalState.DRAFT, role, Action.UBAH)
        if find_evaluasi(db, ev.skp_id, period.code) is not None:
            raise EvaluasiError("exists", periode=period.label())
        _check_period_kind(db, period)
        row["status"] = EvalState.DRAFT.value
        ev.id = insert_row(db, "evaluasi", row, audit=summary)["id"]
    else:
        stored = get_evaluasi(db, ev.id)
        if (stored.skp_id, stored.periode) != (ev.skp_id, period.code):
            raise EvaluasiError("identity")
        next_state(EVAL_FLOW, stored.status, role, Action.UBAH)
        update_changed(db, "evaluasi", ev.id, row, audit=summary)  # each rating: old → new
    for table, items, key in (
        ("realisasi", ev.realisasi, "iki_id"),
        ("evaluasi_perilaku", ev.perilaku, "nilai_no"),
    ):
        sync_children(db, table, "evaluasi_id", required_id(ev), items, order_col=None,
                      natural_key=key, audit=summary)  # fmt: skip


def _check_iki(ev: Evaluasi, iki_ids: set[int | None]) -> None:
    if any(r.iki_id not in iki_ids for r in ev.realisasi):
        raise EvaluasiError("iki")


def _check_period_kind(db: sqlite_utils.Database, period: Period) -> None:
    """Periodic evaluations follow the office's setting (triwulan or bulanan); the annual
    one is always allowed."""
    kind = get_office(db).periode_evaluasi
    if period.kind not in ("tahunan", kind):
        raise EvaluasiError("period_kind", kind=kind, periode=period.label())


def _row(ev: Evaluasi) -> dict:
    row = to_row(ev, exclude=("id", "uuid", "status", "alasan", "ditetapkan_pada"))
    row.pop("penilai", None)
    row.pop("atasan_penilai", None)
    row["predikat"] = ev.predikat.value if ev.predikat else None
    return row


def transition_evaluasi(
    db: sqlite_utils.Database,
    evaluasi_id: int,
    action: Action,
    *,
    role: Role | None = None,
    reason: str = "",
    today: date | None = None,
    session: Session | None = None,
) -> Evaluasi:
    """Rate, set (lock, with snapshots), reopen or uphold a keberatan (with a reason), per
    the workflow table."""
    perm = transition_perm(EVAL_FLOW, action)
    who = access.require_evaluasi(db, perm, evaluasi_id=evaluasi_id, session=session)
    role = role or who.role
    with translate_errors(), db.atomic():
        ev = get_evaluasi(db, evaluasi_id)
        new_state = next_state(EVAL_FLOW, ev.status, role, action, reason)
        if action in (Action.NILAI, Action.TETAPKAN) and ev.predikat is None:
            raise EvaluasiError("ratings")
        if new_state == ev.status and action is not Action.TETAPKAN and not reason.strip():
            return ev
        values: dict = {"status": str(new_state)}
        if action is Action.TETAPKAN:
            values.update(_snapshots(db, ev.skp_id))
            values["ditetapkan_pada"] = (today or date.today()).isoformat()
        if reason.strip():
            values["alasan"] = reason.strip()
        before = dict(next(db.query("SELECT * FROM evaluasi WHERE id = ?", [evaluasi_id])))
        update_changed(db, "evaluasi", evaluasi_id, values, audit=NO_AUDIT, before=before)
        audit.record(db, action=str(action), table="evaluasi", row_uuid=ev.uuid, before=before,
                     after={**before, **values}, summary=reason.strip())  # fmt: skip
    return get_evaluasi(db, evaluasi_id)


def _snapshots(db: sqlite_utils.Database, skp_id: int) -> dict[str, str]:
    skp = get_skp(db, skp_id)
    return snapshot_values(db, skp.staff_id, skp.penilai_id, skp.penilai_luar_id)
