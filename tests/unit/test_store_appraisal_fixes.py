"""Appraisal storage rules beyond the basics: office settings and rumpun, clearing a capaian,
refused evaluation inserts, submission checks, the appraiser override and cascade links,
the workspace counts, angka kredit and the read-only PP 46/2011 history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.core.appraisal import CapaianOrganisasi, Predikat, Rating
from desktop.core.legacy import LegacyError, PenilaianLama, Sebutan
from desktop.core.models import JenisJabatan, Unit, UnitJenis
from desktop.core.skp import Aspek, Evaluasi, Iki, Realisasi, Rhk
from desktop.core.workflow import Action, Role, SkpState, WorkflowError
from desktop.store import capaian as capaian_store
from desktop.store import evaluasi as ev_store
from desktop.store import legacy as legacy_store
from desktop.store import penilai as penilai_store
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.angka_kredit import angka_kredit_basis, angka_kredit_of
from desktop.store.workspace import load_workspace
from tests.conftest import make_staff, make_unit

YEAR = 2026


@pytest.fixture
def office(fresh_db):
    """Dinas (rumpun kepegawaian, headed by a kadis) → bidang (kabid) → an analis."""
    db = fresh_db
    root = make_unit(db)
    dinas = unit_store.save_unit(
        db, Unit("1.01", "BKPSDM", UnitJenis.OPD, root.id, rumpun="kepegawaian")
    )
    bidang = unit_store.save_unit(db, Unit("1.01.01", "Bidang Mutasi", UnitJenis.BIDANG, dinas.id))
    kadis = staff_store.save_staff(
        db,
        make_staff(
            nip="197003032000031001", nama="Kepala Badan", tanggal_lahir=date(1970, 3, 3),
            tmt_cpns=date(2000, 3, 1), golongan="IV/c", jabatan="Kepala BKPSDM",
            jenis_jabatan=JenisJabatan.JPT, unit_id=dinas.id,
        ),
    )  # fmt: skip
    kabid = staff_store.save_staff(
        db,
        make_staff(
            nip="197501012000031002", nama="Ahmad Yani", tanggal_lahir=date(1975, 1, 1),
            tmt_cpns=date(2000, 3, 1), golongan="IV/a", jabatan="Kepala Bidang Mutasi",
            jenis_jabatan=JenisJabatan.ADMINISTRATOR, unit_id=bidang.id, atasan_id=kadis.id,
        ),
    )  # fmt: skip
    dinas.kepala_id, bidang.kepala_id = kadis.id, kabid.id
    unit_store.save_unit(db, dinas)
    bidang = unit_store.save_unit(db, bidang)
    analis = staff_store.save_staff(
        db,
        make_staff(
            unit_id=bidang.id, atasan_id=kabid.id, jenis_jabatan=JenisJabatan.FUNGSIONAL,
            jenjang="ahli_pertama", tmt_jabatan=date(2026, 2, 1),
        ),
    )  # fmt: skip
    return db, bidang, kadis, kabid, analis


def full_skp(db, staff_id, uraian="Terkelolanya data", atasan=None, penilai_id=None):
    skp = skp_store.new_skp(staff_id, YEAR)
    skp.penilai_id = penilai_id
    skp.rhk = [Rhk(uraian, rhk_atasan_id=atasan, iki=[Iki("Jumlah", Aspek.KUANTITAS, "500")])]
    return skp_store.save_skp(db, skp)


def rev(db) -> int:
    return db.execute("SELECT rev FROM sync_state").fetchone()[0]


# -- office settings and units -------------------------------------------------------------------
def test_office_evaluation_period_is_read_and_saved(fresh_db):
    office = unit_store.get_office(fresh_db)
    assert office.periode_evaluasi == "triwulan"
    office.periode_evaluasi = "bulanan"
    unit_store.save_office(fresh_db, office)
    assert unit_store.get_office(fresh_db).periode_evaluasi == "bulanan"
    office.periode_evaluasi = "semester"
    with pytest.raises(unit_store.UnitError) as info:
        unit_store.save_office(fresh_db, office)
    assert "triwulan atau bulanan" in info.value.message()
    assert unit_store.get_office(fresh_db).periode_evaluasi == "bulanan"


def test_rumpun_is_kept_on_the_unit_and_inherited_below(office):
    db, bidang, *_ = office
    assert {u.kode: u.rumpun for u in unit_store.list_units(db)}["1.01"] == "kepegawaian"
    assert unit_store.unit_rumpun(db, bidang.id) == "kepegawaian"  # from the dinas
    assert unit_store.unit_rumpun(db, bidang.parent_id - 1) == ""  # the instansi has none
    assert unit_store.unit_rumpun(db, None) == ""


# -- capaian -------------------------------------------------------------------------------------
def test_a_capaian_can_be_cleared_with_a_tombstone_and_an_audit_entry(office):
    db, bidang, *_ = office
    capaian_store.set_capaian(db, bidang.id, YEAR, "TW1", CapaianOrganisasi.BAIK)
    assert capaian_store.clear_capaian(db, bidang.id, YEAR, "tw1") is True
    assert capaian_store.get_capaian(db, bidang.id, YEAR, "TW1") is None
    tombstones = "SELECT count(*) FROM tombstone WHERE table_name = 'capaian_organisasi'"
    assert db.execute(tombstones).fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'delete'").fetchone() == (1,)
    before = rev(db)
    assert capaian_store.clear_capaian(db, bidang.id, YEAR, "TW1") is False
    capaian_store.set_capaian(db, bidang.id, YEAR, "TW1", None)
    assert rev(db) == before


# -- evaluation inserts --------------------------------------------------------------------------
def test_a_pimpinan_cannot_create_an_evaluation(office):
    db, *_, analis = office
    skp = full_skp(db, analis.id)
    before = rev(db)
    with pytest.raises(WorkflowError):
        ev_store.save_evaluasi(db, ev_store.open_evaluasi(db, skp.id, "TW1"), role=Role.PIMPINAN)
    assert rev(db) == before and ev_store.find_evaluasi(db, skp.id, "TW1") is None


def test_a_second_evaluation_of_the_same_period_is_a_clear_error(office):
    db, *_, analis = office
    skp = full_skp(db, analis.id)
    ev_store.save_evaluasi(db, ev_store.open_evaluasi(db, skp.id, "TW1"))
    before = rev(db)
    duplicate = Evaluasi(skp_id=skp.id, periode="tw 1", rating_hasil=Rating.SESUAI)
    with pytest.raises(ev_store.EvaluasiError) as info:
        ev_store.save_evaluasi(db, duplicate)
    assert info.value.code == "exists"
    assert "periode TRIWULAN I untuk SKP ini sudah ada" in info.value.message()
    assert rev(db) == before


def test_realisasi_of_another_skps_iki_is_refused(office):
    db, *_, kabid, analis = office
    other = full_skp(db, kabid.id)
    skp = full_skp(db, analis.id)
    ev = ev_store.open_evaluasi(db, skp.id, "TW1")
    ev.realisasi.append(Realisasi(other.rhk[0].iki[0].id, "10"))
    with pytest.raises(ev_store.EvaluasiError) as info:
        ev_store.save_evaluasi(db, ev)
    assert info.value.code == "iki"


def test_an_evaluation_keeps_its_skp_and_period(office):
    db, *_, analis = office
    skp = full_skp(db, analis.id)
    ev = ev_store.save_evaluasi(db, ev_store.open_evaluasi(db, skp.id, "TW1"))
    ev.periode = "TW2"
    with pytest.raises(ev_store.EvaluasiError) as info:
        ev_store.save_evaluasi(db, ev)
    assert info.value.code == "identity"


def test_a_monthly_office_evaluates_by_month_and_the_year(office):
    db, *_, analis = office
    settings = unit_store.get_office(db)
    settings.periode_evaluasi = "bulanan"
    unit_store.save_office(db, settings)
    skp = full_skp(db, analis.id)
    with pytest.raises(ev_store.EvaluasiError) as info:
        ev_store.save_evaluasi(db, ev_store.open_evaluasi(db, skp.id, "TW1"))
    assert "menilai per bulanan" in info.value.message()
    for periode in ("Maret", "TAHUNAN"):
        ev = ev_store.open_evaluasi(db, skp.id, periode)
        ev.rating_hasil = ev.rating_perilaku = Rating.SESUAI
        saved = ev_store.save_evaluasi(db, ev)
        assert saved.predikat is Predikat.BAIK
    assert ev_store.find_evaluasi(db, skp.id, "B03") is not None


# -- SKP submission, override and cascade --------------------------------------------------------
def test_an_incomplete_skp_cannot_be_submitted(office):
    db, *_, analis = office
    skp = skp_store.save_skp(db, skp_store.new_skp(analis.id, YEAR))
    with pytest.raises(skp_store.SkpError) as info:
        skp_store.transition_skp(db, skp.id, Action.AJUKAN)
    assert info.value.message() == "SKP belum dapat diajukan: SKP belum memiliki RHK Utama."
    assert skp_store.get_skp(db, skp.id).status is SkpState.DRAFT
    skp.rhk = [Rhk("Terkelolanya data", iki=[Iki("Jumlah usulan", target="")])]
    skp = skp_store.save_skp(db, skp)
    with pytest.raises(skp_store.SkpError, match="RHK 1, IKI 1: isi indikator dan target"):
        skp_store.transition_skp(db, skp.id, Action.AJUKAN)
    skp.rhk[0].iki[0].target = "500 usulan"
    skp_store.save_skp(db, skp)
    assert skp_store.transition_skp(db, skp.id, Action.AJUKAN).status is SkpState.DIAJUKAN


def test_a_pimpinan_cannot_create_an_skp(office):
    db, *_, analis = office
    with pytest.raises(WorkflowError):
        skp_store.save_skp(db, skp_store.new_skp(analis.id, YEAR), role=Role.PIMPINAN)
    assert skp_store.find_skp(db, analis.id, YEAR) is None


def test_the_penilai_override_changes_the_chain_and_the_snapshot(office):
    db, _bidang, kadis, kabid, analis = office
    assert penilai_store.penilai_candidates(db, analis.id) == [kabid.id, kadis.id]
    assert penilai_store.chain(db, analis.id, None) == (kabid.id, kadis.id)
    skp = full_skp(db, analis.id, penilai_id=kadis.id)
    assert ev_store.resolve_penilai(db, analis.id, skp.penilai_id) == kadis.id
    ev = ev_store.open_evaluasi(db, skp.id, "TW1")
    ev.rating_hasil = ev.rating_perilaku = Rating.SESUAI
    ev = ev_store.save_evaluasi(db, ev)
    ev_store.transition_evaluasi(db, ev.id, Action.NILAI)
    ev = ev_store.transition_evaluasi(db, ev.id, Action.TETAPKAN)
    assert (ev.penilai.nama, ev.penilai.pangkat) == (
        "Kepala Badan, S.Kom.",
        "Pembina Utama Muda (IV/c)",
    )
    assert ev.atasan_penilai.nama == ""  # the kadis has no superior in this office


@pytest.mark.parametrize("who", ["self", "inactive"])
def test_an_impossible_override_is_refused(office, who):
    db, _bidang, kadis, _kabid, analis = office
    if who == "inactive":
        kadis.aktif, kadis.nonaktif_alasan, kadis.nonaktif_tanggal = (
            False,
            "pensiun",
            date(2026, 1, 1),
        )
        staff_store.save_staff(db, kadis)
    skp = skp_store.new_skp(analis.id, YEAR)
    skp.penilai_id = analis.id if who == "self" else kadis.id
    with pytest.raises(skp_store.SkpError) as info:
        skp_store.save_skp(db, skp)
    assert info.value.code == ("self_penilai" if who == "self" else "penilai_inactive")


def test_a_cascade_link_must_point_into_the_penilais_skp(office):
    db, _bidang, kadis, kabid, analis = office
    kadis_skp = full_skp(db, kadis.id, "Meningkatnya kualitas ASN")
    kabid_skp = full_skp(db, kabid.id, "Meningkatnya kualitas layanan mutasi")
    with pytest.raises(skp_store.SkpError) as info:
        full_skp(db, analis.id, atasan=kadis_skp.rhk[0].id)  # the kadis is not his penilai
    assert "RHK 1 mengintervensi RHK yang bukan milik SKP Pejabat Penilai" in info.value.message()
    assert full_skp(db, analis.id, atasan=kabid_skp.rhk[0].id).rhk[0].rhk_atasan_id


def test_copy_keeps_only_its_own_links_as_text_and_drops_a_gone_override(office):
    db, _bidang, kadis, kabid, analis = office
    full_skp(db, kadis.id, "RHK kepala badan")
    head = full_skp(db, kabid.id, "RHK kepala bidang")
    full_skp(db, analis.id, atasan=head.rhk[0].id, penilai_id=None)
    copy = skp_store.copy_from_year(db, analis.id, YEAR, YEAR + 1)
    assert [r.rhk_atasan_text for r in copy.rhk] == ["RHK kepala bidang"]
    skp_kabid_next = skp_store.new_skp(kabid.id, YEAR - 1)
    skp_kabid_next.penilai_id = kadis.id
    skp_store.save_skp(db, skp_kabid_next)
    kadis.aktif, kadis.nonaktif_alasan, kadis.nonaktif_tanggal = False, "pensiun", date(2026, 1, 1)
    staff_store.save_staff(db, kadis)
    assert skp_store.copy_from_year(db, kabid.id, YEAR - 1, YEAR + 1).penilai_id is None


# -- workspace counts ----------------------------------------------------------------------------
def test_the_preview_counts_every_rated_evaluation_and_says_how_many_are_not_set(office):
    db, bidang, _kadis, kabid, analis = office
    for person, status in ((kabid, "draft"), (analis, "ditetapkan")):
        skp = full_skp(db, person.id)
        ev = ev_store.open_evaluasi(db, skp.id, "TW1")
        ev.rating_hasil, ev.rating_perilaku = Rating.DI_ATAS, Rating.DI_ATAS
        ev = ev_store.save_evaluasi(db, ev)
        if status == "ditetapkan":
            ev_store.transition_evaluasi(db, ev.id, Action.NILAI)
            ev_store.transition_evaluasi(db, ev.id, Action.TETAPKAN)
    ws = load_workspace(db, bidang.id, {bidang.id}, YEAR, "TW1")
    assert ws.counts[Predikat.SANGAT_BAIK] == 2  # the draft with both ratings counts
    assert ws.set_counts[Predikat.SANGAT_BAIK] == 1
    assert ws.not_set_count == 1


# -- angka kredit --------------------------------------------------------------------------------
def test_angka_kredit_of_a_fungsional_counts_the_months_in_the_jabatan(office):
    db, *_, kabid, analis = office
    assert angka_kredit_basis(db, kabid.id, YEAR, "TAHUNAN") is None  # not fungsional
    basis = angka_kredit_basis(db, analis.id, YEAR, "TW1")
    assert (basis.jenjang_nama, basis.koefisien, basis.months) == ("Ahli Pertama", 12.5, 2)
    assert basis.nilai(Predikat.BAIK) == Decimal("2.08")
    skp = full_skp(db, analis.id)
    ev = ev_store.open_evaluasi(db, skp.id, "TAHUNAN")
    assert angka_kredit_of(db, ev_store.save_evaluasi(db, ev).id) is None  # not rated yet
    ev = ev_store.find_evaluasi(db, skp.id, "TAHUNAN")
    ev.rating_hasil = ev.rating_perilaku = Rating.DI_ATAS
    ev = ev_store.save_evaluasi(db, ev)
    assert angka_kredit_of(db, ev.id) == Decimal("17.19")  # 11/12 × 150 % × 12.5


# -- PP 46/2011 history --------------------------------------------------------------------------
def lama(staff_id, **overrides) -> PenilaianLama:
    values = {
        "staff_id": staff_id, "tahun": 2019, "nilai_skp": Decimal("85.50"),
        "nilai_perilaku": Decimal("90.25"), "nilai_prestasi": Decimal("87.40"),
        "sebutan": Sebutan.BAIK, "penilai_nama": "Drs. Penilai Lama", "sumber": "ppk2019.xlsx",
    }  # fmt: skip
    values.update(overrides)
    return PenilaianLama(**values)


def test_legacy_history_is_stored_as_imported_and_never_changed(office):
    db, *_, analis = office
    result = legacy_store.import_legacy(
        db, [lama(analis.id), lama(analis.id, tahun=2018, nilai_prestasi=Decimal("92"))]
    )
    assert (result.inserted, result.unchanged, len(result.warnings)) == (2, 0, 2)
    stored = legacy_store.list_legacy(db, analis.id)
    assert [(r.tahun, r.nilai_prestasi, r.sebutan) for r in stored] == [
        (2018, Decimal("92"), Sebutan.BAIK),  # kept as the file says, not recomputed
        (2019, Decimal("87.4"), Sebutan.BAIK),
    ]
    again = legacy_store.import_legacy(db, [lama(analis.id)])
    assert (again.inserted, again.unchanged) == (0, 1)
    before = rev(db)
    with pytest.raises(LegacyError) as info:
        legacy_store.import_legacy(
            db, [lama(analis.id, tahun=2017), lama(analis.id, sebutan=Sebutan.CUKUP)]
        )
    assert info.value.code == "changed" and "tidak dapat diubah" in info.value.message()
    assert rev(db) == before and len(legacy_store.list_legacy(db, analis.id)) == 2
    with pytest.raises(Exception, match="read-only"):
        db.conn.execute("UPDATE penilaian_pp46 SET nilai_skp = '99' WHERE tahun = 2019")
