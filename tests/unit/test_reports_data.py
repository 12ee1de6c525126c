"""What the forms are built from: the appraiser chain (the same as the store's), snapshots of a
set evaluation, the capaian of the nearest unit that has one, and the office's print settings."""

from __future__ import annotations

import pytest

from desktop.reports import data
from desktop.store import penilai as penilai_store
from desktop.store import prints
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from tests.unit.report_office import YEAR, build_report_office


@pytest.fixture
def office(fresh_db):
    return fresh_db, build_report_office(fresh_db)


def test_the_loaders_appraiser_chain_is_the_stores(office):
    db, o = office
    loader = data.Loader(db)
    for person in [o.kaban, o.kabid, *o.staff]:
        skp = skp_store.new_skp(person.id, YEAR)
        expected = penilai_store.chain(db, person.id, None)
        assert loader.chain(skp) == expected, person.nama
        assert loader.person(person.id).nama == penilai_store.pejabat(db, person.id).nama
        assert loader.person(person.id).pangkat == penilai_store.pejabat(db, person.id).pangkat


def test_forms_print_names_with_gelar_pangkat_and_the_current_chain(office):
    db, o = office
    form = data.skp_form(db, o.skp[o.siti.id])
    assert form.pegawai.nama == "Dr. Hj. Siti Nurhaliza Kusumawardhani, S.Sos., M.Si."
    assert form.pegawai.pangkat == "Penata Muda Tingkat I (III/b)"
    assert form.penilai.nama == "Ir. Ahmad Fauzi Rahmatullah, M.T."
    assert form.rhk[0].rhk_atasan.startswith("Terverifikasinya usulan layanan")  # the head's RHK
    assert [r.jenis for r in form.rhk] == ["utama", "utama", "tambahan"]
    assert form.instansi == "Pemerintah Kabupaten Kepahiang" and form.final is False


def test_a_set_evaluation_keeps_the_appraisers_as_they_were(office):
    db, o = office
    kabid = o.kabid
    kabid.nama, kabid.golongan = "Ahmad Fauzi", "IV/c"
    staff_store.save_staff(db, kabid)
    dokumen = data.dokumen_form(db, o.evaluasi[o.siti.id])
    assert dokumen.penilai.nama == "Ir. Ahmad Fauzi Rahmatullah, M.T."  # the snapshot
    assert dokumen.atasan_penilai.nama == "Drs. H. Bambang Sutrisno, M.M."
    assert dokumen.predikat == "sangat_baik" and dokumen.final
    unset = data.evaluasi_form(db, o.evaluasi[o.staff[1].id])
    assert unset.penilai.nama == "Ir. Ahmad Fauzi, M.T." and unset.penilai.pangkat.endswith(
        "(IV/c)"
    )


def test_capaian_comes_from_the_nearest_unit_that_has_one(office):
    db, o = office
    assert data.unit_capaian(db, o.bidang.id, YEAR, "TW1") == "baik"  # set on the OPD
    assert data.unit_capaian(db, o.bidang.id, YEAR, "TW2") == ""
    assert data.evaluasi_form(db, o.evaluasi[o.siti.id]).capaian == "baik"


def test_office_print_settings_and_emblem(office):
    db, _o = office
    audited = "SELECT count(*) FROM audit_log WHERE table_name = 'office'"
    before = db.execute(audited).fetchone()[0]
    prints.set_office_print(db, paper="f4", emblem=b"\x89PNG fake")
    settings = data.office_print(db)
    assert (settings.paper, settings.emblem, settings.kota) == ("f4", b"\x89PNG fake", "Kepahiang")
    prints.set_office_print(db, emblem=None)
    assert data.office_print(db).emblem is None and data.office_print(db).paper == "f4"
    prints.set_office_print(db, paper="f4")  # no change, no entry
    assert db.execute(audited).fetchone()[0] == before + 2


def test_finding_what_to_print_refuses_clearly(office):
    db, o = office
    with pytest.raises(data.ReportError) as err:
        data.skp_of(db, "199203202020122004", YEAR)
    assert err.value.message() == "Dewi Lestari belum memiliki SKP tahun 2026."
    with pytest.raises(data.ReportError):
        data.evaluasi_of(db, o.siti.nip, YEAR, "TW4")
    with pytest.raises(data.ReportError):
        data.unit_id_by_kode(db, "9.99")
