"""SKP and evaluation storage: content, cascading, workflow, snapshots, locks, workspace."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.appraisal import CapaianOrganisasi, Predikat, Rating
from desktop.core.distribution import distribution_note
from desktop.core.models import JenisJabatan, Unit, UnitJenis
from desktop.core.skp import Aspek, Iki, Rhk
from desktop.core.workflow import Action, EvalState, Role, SkpState, WorkflowError
from desktop.store import evaluasi as ev_store
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.capaian import set_capaian
from desktop.store.workspace import load_workspace
from tests.conftest import make_staff, make_unit

YEAR = 2026


@pytest.fixture
def office(fresh_db):
    """A bidang with a head (kabid) and one staff member (analis) reporting to him."""
    root = make_unit(fresh_db)
    bidang = unit_store.save_unit(
        fresh_db, Unit("1.01", "Bidang Mutasi", UnitJenis.BIDANG, root.id)
    )
    kabid = staff_store.save_staff(
        fresh_db,
        make_staff(
            nip="197501012000031002",
            nama="Ahmad Yani",
            tanggal_lahir=date(1975, 1, 1),
            tmt_cpns=date(2000, 3, 1),
            golongan="IV/a",
            jabatan="Kepala Bidang Mutasi",
            jenis_jabatan=JenisJabatan.ADMINISTRATOR,
            unit_id=bidang.id,
        ),
    )
    bidang.kepala_id = kabid.id
    unit_store.save_unit(fresh_db, bidang)
    analis = staff_store.save_staff(fresh_db, make_staff(unit_id=bidang.id, atasan_id=kabid.id))
    return fresh_db, bidang, kabid, analis


def skp_with_rhk(db, staff_id, uraian="Terkelolanya data kepegawaian", atasan=None):
    skp = skp_store.new_skp(staff_id, YEAR)
    skp.rhk = [
        Rhk(
            uraian,
            rhk_atasan_id=atasan,
            iki=[
                Iki("Jumlah usulan diproses", Aspek.KUANTITAS, "500 usulan"),
                Iki("Usulan tanpa kesalahan", Aspek.KUALITAS, "100 %"),
            ],
        )
    ]
    return skp_store.save_skp(db, skp)


def test_skp_saves_rhk_iki_and_seven_expectations(office):
    db, _, _, analis = office
    skp = skp_with_rhk(db, analis.id)
    assert [len(r.iki) for r in skp.rhk] == [2]
    assert [e.nilai_no for e in skp.ekspektasi] == list(range(1, 8))
    with pytest.raises(skp_store.SkpError):
        skp_store.save_skp(db, skp_store.new_skp(analis.id, YEAR))


def test_employee_rhk_chooses_from_the_superiors_rhk(office):
    db, _, kabid, analis = office
    head_skp = skp_with_rhk(db, kabid.id, "Meningkatnya kualitas layanan mutasi")
    options = skp_store.superior_rhk_options(db, ev_store.resolve_penilai(db, analis.id), YEAR)
    assert [o.uraian for o in options] == ["Meningkatnya kualitas layanan mutasi"]
    skp = skp_with_rhk(db, analis.id, atasan=options[0].id)
    assert skp.rhk[0].rhk_atasan_id == head_skp.rhk[0].id


def test_submit_return_with_reason_and_approve(office):
    db, _, _, analis = office
    skp = skp_with_rhk(db, analis.id)
    skp = skp_store.transition_skp(db, skp.id, Action.AJUKAN, role=Role.OPERATOR)
    with pytest.raises(WorkflowError):
        skp_store.transition_skp(db, skp.id, Action.SETUJUI, role=Role.OPERATOR)
    skp = skp_store.transition_skp(
        db, skp.id, Action.KEMBALIKAN, role=Role.PENILAI, reason="Target kuantitas terlalu rendah"
    )
    assert (skp.status, skp.alasan) == (SkpState.DIKEMBALIKAN, "Target kuantitas terlalu rendah")
    skp.rhk[0].iki[0].target = "600 usulan"
    skp = skp_store.save_skp(db, skp, role=Role.OPERATOR)
    skp_store.transition_skp(db, skp.id, Action.AJUKAN, role=Role.OPERATOR)
    skp = skp_store.transition_skp(db, skp.id, Action.SETUJUI, role=Role.PENILAI)
    assert skp.status is SkpState.DISETUJUI
    with pytest.raises(WorkflowError):
        skp_store.save_skp(db, skp, role=Role.OPERATOR)


def rate(db, skp_id, hasil, perilaku, periode="TW1"):
    ev = ev_store.open_evaluasi(db, skp_id, periode)
    ev.rating_hasil, ev.rating_perilaku = hasil, perilaku
    ev.realisasi[0].realisasi = "130 usulan"
    ev.realisasi[0].bukti_dukung = "Register usulan Jan–Mar"
    return ev_store.save_evaluasi(db, ev)


def test_evaluation_rates_sets_with_snapshots_and_locks(office):
    db, _bidang, kabid, analis = office
    skp = skp_with_rhk(db, analis.id)
    ev = rate(db, skp.id, Rating.DI_ATAS, Rating.DI_ATAS)
    assert ev.predikat is Predikat.SANGAT_BAIK and len(ev.realisasi) == 2
    ev = ev_store.transition_evaluasi(db, ev.id, Action.NILAI)
    ev = ev_store.transition_evaluasi(
        db, ev.id, Action.TETAPKAN, role=Role.PENILAI, today=date(2026, 4, 3)
    )
    assert ev.status is EvalState.DITETAPKAN and ev.ditetapkan_pada == date(2026, 4, 3)
    assert ev.penilai.nama == "Ahmad Yani, S.Kom." and ev.penilai.nip == kabid.nip
    assert ev.penilai.pangkat == "Pembina (IV/a)" and ev.penilai.unit == "Bidang Mutasi"
    # The kabid moves on: the printed history must not change.
    kabid.jabatan = "Sekretaris Dinas"
    staff_store.save_staff(db, kabid)
    assert ev_store.get_evaluasi(db, ev.id).penilai.jabatan == "Kepala Bidang Mutasi"
    ev.rating_perilaku = Rating.SESUAI
    with pytest.raises(WorkflowError):
        ev_store.save_evaluasi(db, ev, role=Role.PENILAI)
    assert ev_store.get_evaluasi(db, ev.id).predikat is Predikat.SANGAT_BAIK


def test_reopening_needs_a_reason_and_is_recorded(office):
    db, _, _, analis = office
    ev = rate(db, skp_with_rhk(db, analis.id).id, Rating.SESUAI, Rating.SESUAI)
    ev_store.transition_evaluasi(db, ev.id, Action.NILAI)
    ev_store.transition_evaluasi(db, ev.id, Action.TETAPKAN)
    with pytest.raises(WorkflowError):
        ev_store.transition_evaluasi(db, ev.id, Action.BUKA_KEMBALI, reason="")
    ev = ev_store.transition_evaluasi(
        db, ev.id, Action.BUKA_KEMBALI, reason="Bukti dukung triwulan belum lengkap"
    )
    assert ev.status is EvalState.DINILAI
    logged = db.execute("SELECT summary FROM audit_log WHERE action = 'buka_kembali'").fetchone()
    assert logged == ("Bukti dukung triwulan belum lengkap",)


def test_rating_needs_both_ratings(office):
    db, _, _, analis = office
    ev = ev_store.open_evaluasi(db, skp_with_rhk(db, analis.id).id, "TW2")
    ev.rating_hasil = Rating.SESUAI
    ev = ev_store.save_evaluasi(db, ev)
    with pytest.raises(ev_store.EvaluasiError):
        ev_store.transition_evaluasi(db, ev.id, Action.NILAI)


def test_unit_heads_hasil_rating_follows_the_capaian(office):
    db, bidang, kabid, _ = office
    set_capaian(db, bidang.id, YEAR, "TW1", CapaianOrganisasi.ISTIMEWA)
    ev = ev_store.open_evaluasi(db, skp_with_rhk(db, kabid.id).id, "TW1")
    assert ev.rating_hasil is Rating.DI_ATAS
    ev.rating_hasil = Rating.SESUAI
    with pytest.raises(ev_store.EvaluasiError) as err:
        ev_store.save_evaluasi(db, ev)
    assert "Istimewa" in err.value.message()


def test_workspace_shows_missing_evaluated_and_broken_quota(office):
    db, bidang, _kabid, analis = office
    rate(db, skp_with_rhk(db, analis.id).id, Rating.SESUAI, Rating.SESUAI)
    set_capaian(db, bidang.id, YEAR, "TW1", CapaianOrganisasi.BAIK)
    ws = load_workspace(db, bidang.id, {bidang.id}, YEAR, "tw1")
    assert [r.nama for r in ws.without_skp] == ["Ahmad Yani, S.Kom."]
    assert ws.counts[Predikat.BAIK] == 1
    assert ws.breaches == []  # one rated person: too few for a percentage (a note instead)
    assert "terlalu sedikit" in distribution_note(ws.counts)


def test_copy_last_years_skp_keeps_links_as_text(office):
    db, _, kabid, analis = office
    head = skp_with_rhk(db, kabid.id, "Meningkatnya kualitas layanan mutasi")
    skp_with_rhk(db, analis.id, atasan=head.rhk[0].id)
    copy = skp_store.copy_from_year(db, analis.id, YEAR, YEAR + 1)
    assert copy.tahun == YEAR + 1 and copy.status is SkpState.DRAFT
    assert copy.rhk[0].rhk_atasan_id is None
    assert copy.rhk[0].rhk_atasan_text == "Meningkatnya kualitas layanan mutasi"
    assert [i.target for i in copy.rhk[0].iki] == ["500 usulan", "100 %"]


def test_indicator_library_starts_an_skp(fresh_db):
    items = skp_store.indicator_library(fresh_db, "kesehatan")
    assert any("imunisasi" in i.indikator for i in items)
    assert {i.rumpun for i in items} == {"kesehatan", "umum", "pelayanan"}
    rhk = skp_store.rhk_from_library([i for i in items if "imunisasi" in i.rhk.lower()])
    assert len(rhk) == 1 and len(rhk[0].iki) == 3
