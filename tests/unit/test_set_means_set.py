"""A set (ditetapkan) evaluation changes only through a recorded reopening: revising the SKP
under it, saving it again or rating it again never touches its rows."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import i18n
from desktop.core.appraisal import Rating
from desktop.core.models import Unit, UnitJenis
from desktop.core.skp import Aspek, Iki, Rhk
from desktop.core.workflow import Action, EvalState, Role, WorkflowError
from desktop.store import evaluasi as ev_store
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from tests.conftest import make_staff, make_unit

YEAR = 2026


@pytest.fixture
def rated(fresh_db):
    """An approved SKP with two RHK; TW1 set (ditetapkan), TW2 still a draft."""
    db = fresh_db
    root = make_unit(db)
    bidang = unit_store.save_unit(db, Unit("1.01", "Bidang Mutasi", UnitJenis.BIDANG, root.id))
    kabid = staff_store.save_staff(
        db,
        make_staff(
            nip="197501012000031002",
            nama="Ahmad Yani",
            tanggal_lahir=date(1975, 1, 1),
            tmt_cpns=date(2000, 3, 1),
            unit_id=bidang.id,
        ),
    )
    analis = staff_store.save_staff(db, make_staff(unit_id=bidang.id, atasan_id=kabid.id))
    skp = skp_store.new_skp(analis.id, YEAR)
    skp.rhk = [
        Rhk(
            "Terkelolanya data kepegawaian",
            iki=[
                Iki("Jumlah usulan diproses", Aspek.KUANTITAS, "500 usulan"),
                Iki("Usulan tanpa kesalahan", Aspek.KUALITAS, "100 %"),
            ],
        ),
        Rhk("Tersusunnya laporan mutasi", iki=[Iki("Laporan tepat waktu", Aspek.WAKTU, "12")]),
    ]
    skp = skp_store.save_skp(db, skp)
    skp_store.transition_skp(db, skp.id, Action.AJUKAN)
    skp_store.transition_skp(db, skp.id, Action.SETUJUI, role=Role.PENILAI)
    tw1 = _filled(db, skp.id, "TW1")
    ev_store.transition_evaluasi(db, tw1.id, Action.NILAI)
    ev_store.transition_evaluasi(db, tw1.id, Action.TETAPKAN, role=Role.PENILAI)
    tw2 = _filled(db, skp.id, "TW2")
    skp_store.transition_skp(
        db, skp.id, Action.REVISI, role=Role.PENILAI, reason="Tugas laporan dipindahkan"
    )
    return db, skp.id, tw1.id, tw2.id


def _filled(db, skp_id: int, periode: str):
    ev = ev_store.open_evaluasi(db, skp_id, periode)
    ev.rating_hasil = ev.rating_perilaku = Rating.SESUAI
    for n, row in enumerate(ev.realisasi):
        row.realisasi, row.umpan_balik = f"{periode} realisasi {n}", "Pertahankan"
    ev.perilaku[0].umpan_balik = "Selalu tepat waktu"
    return ev_store.save_evaluasi(db, ev)


def _rows(db, evaluasi_id: int) -> list[tuple]:
    """Everything a set evaluation consists of, to compare before and after."""
    ev = db.execute("SELECT * FROM evaluasi WHERE id = ?", [evaluasi_id]).fetchall()
    realisasi = db.execute(
        "SELECT * FROM realisasi WHERE evaluasi_id = ? ORDER BY id", [evaluasi_id]
    ).fetchall()
    perilaku = db.execute(
        "SELECT * FROM evaluasi_perilaku WHERE evaluasi_id = ? ORDER BY id", [evaluasi_id]
    ).fetchall()
    return [*ev, *realisasi, *perilaku]


def test_removing_a_rated_rhk_is_refused_naming_the_set_period(rated):
    db, skp_id, tw1, _ = rated
    before = _rows(db, tw1)
    skp = skp_store.get_skp(db, skp_id)
    skp.rhk.pop()  # "Tersusunnya laporan mutasi"
    with pytest.raises(skp_store.SkpError) as err:
        skp_store.save_skp(db, skp)
    message = err.value.message()
    assert "Tersusunnya laporan mutasi" in message and "TRIWULAN I " in message
    assert "buka kembali" in message and "TRIWULAN II" not in message
    assert _rows(db, tw1) == before
    assert len(skp_store.get_skp(db, skp_id).rhk) == 2
    assert ev_store.get_evaluasi(db, tw1).status is EvalState.DITETAPKAN


def test_removing_a_rated_iki_is_refused_in_english_too(rated):
    db, skp_id, tw1, _ = rated
    before = _rows(db, tw1)
    skp = skp_store.get_skp(db, skp_id)
    del skp.rhk[0].iki[1]
    i18n.set_language("en")
    with pytest.raises(skp_store.SkpError) as err:
        skp_store.save_skp(db, skp)
    assert "Usulan tanpa kesalahan" in err.value.message()
    assert "QUARTER I" in err.value.message() and "reopen" in err.value.message()
    assert _rows(db, tw1) == before


def test_adding_and_rewording_leave_the_set_evaluation_alone(rated):
    db, skp_id, tw1, _ = rated
    before = _rows(db, tw1)
    skp = skp_store.get_skp(db, skp_id)
    skp.rhk[0].iki[0].target = "600 usulan"
    skp.rhk.append(Rhk("Terlayaninya konsultasi", iki=[Iki("Konsultasi", Aspek.KUANTITAS, "50")]))
    saved = skp_store.save_skp(db, skp)
    assert len(saved.rhk) == 3
    assert _rows(db, tw1) == before


def test_after_a_recorded_reopening_the_rhk_can_go_and_the_loss_is_audited(rated):
    db, skp_id, tw1, tw2 = rated
    ev_store.transition_evaluasi(
        db, tw1, Action.BUKA_KEMBALI, role=Role.PENILAI, reason="RHK laporan dipindahkan"
    )
    skp = skp_store.get_skp(db, skp_id)
    skp.rhk.pop()
    skp_store.save_skp(db, skp)
    assert [len(ev_store.get_evaluasi(db, e).realisasi) for e in (tw1, tw2)] == [2, 2]
    summary = db.execute(
        "SELECT summary FROM audit_log WHERE table_name = 'skp' ORDER BY id DESC LIMIT 1"
    ).fetchone()[0]
    assert "2 realisasi" in summary


def test_a_set_evaluation_refuses_new_realisasi_feedback_and_ratings(rated):
    db, _, tw1, _ = rated
    before = _rows(db, tw1)
    edits = [
        lambda ev: setattr(ev.realisasi[0], "realisasi", "diubah"),
        lambda ev: setattr(ev.realisasi[0], "umpan_balik", "diubah"),
        lambda ev: setattr(ev.perilaku[0], "umpan_balik", "diubah"),
        lambda ev: setattr(ev, "rating_hasil", Rating.DI_ATAS),
        lambda ev: ev.realisasi.pop(),
    ]
    for edit in edits:
        ev = ev_store.open_evaluasi(db, ev_store.get_evaluasi(db, tw1).skp_id, "TW1")
        edit(ev)
        with pytest.raises(WorkflowError):
            ev_store.save_evaluasi(db, ev, role=Role.ADMIN)
    for action in (Action.NILAI, Action.TETAPKAN, Action.UBAH):
        with pytest.raises(WorkflowError):
            ev_store.transition_evaluasi(db, tw1, action, role=Role.ADMIN)
    assert _rows(db, tw1) == before
