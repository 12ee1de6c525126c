"""Officials outside the staff list (the Bupati) as appraisers: stored and audited, found at
the end of the appraiser chain, snapshotted when an evaluation is set, printed on the forms
with "NIP. -", and sent to SIASN as NON ASN."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.appraisal import Rating
from desktop.core.errors import ValidationError
from desktop.core.models import PejabatLuar, StatusAsn, UnitJenis
from desktop.core.workflow import Action
from desktop.demo.data_units import BUPATI
from desktop.reports import dokumen, evaluasi, skp
from desktop.reports.data import Loader
from desktop.reports.model import PrintOptions
from desktop.store import evaluasi as ev_store
from desktop.store import pejabat_luar as luar_store
from desktop.store import penilai as penilai_store
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store.penilai import Appraiser
from desktop.sync import export_package, import_packages, write_siasn
from tests.conftest import make_staff, make_unit
from tests.unit.sync_support import TRUST_ALL, centre_db, demo_office
from tests.unit.test_store_appraisal import rate, skp_with_rhk

BUPATI_NAME = f"{BUPATI[0]}, {BUPATI[1]}"


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def kabupaten(fresh_db):
    """Root unit headed by the Bupati (outside), Setda headed by the Sekda, a bidang in it."""
    db = fresh_db
    bupati = luar_store.save_pejabat_luar(
        db, PejabatLuar(nama="Hidayat Rahman", gelar_belakang="S.H.", jabatan="Bupati Kepahiang")
    )
    root = make_unit(db)
    luar_store.set_unit_head(db, root.id, bupati.id)
    setda = make_unit(db, kode="1.01", nama="Sekretariat Daerah", jenis=UnitJenis.OPD,
                      parent_id=root.id)  # fmt: skip
    bagian = make_unit(db, kode="1.01.01", nama="Bagian Umum", parent_id=setda.id)
    sekda = staff_store.save_staff(db, make_staff(unit_id=setda.id, jabatan="Sekretaris Daerah",
                                                  golongan="IV/c"))  # fmt: skip
    analis = staff_store.save_staff(
        db,
        make_staff(
            nip="199001012015052001",
            nama="Rina",
            tanggal_lahir=None,
            jenis_kelamin=None,
            unit_id=bagian.id,
        ),
    )
    db.conn.execute("UPDATE unit SET kepala_id = ? WHERE id = ?", [sekda.id, setda.id])
    return db, bupati, sekda, analis


def test_an_outside_official_is_stored_cleaned_and_audited(fresh_db):
    saved = luar_store.save_pejabat_luar(
        fresh_db, PejabatLuar(nama=" Wakil ", jabatan="Wakil Bupati", nip="19700101 199001 1 001")
    )
    assert (saved.nama, saved.nip, saved.status_asn) == ("Wakil", "197001011990011001",
                                                         StatusAsn.NON_ASN)  # fmt: skip
    rev = fresh_db.execute("SELECT rev FROM sync_state").fetchone()[0]
    luar_store.save_pejabat_luar(fresh_db, saved)  # nothing changed: nothing written
    assert fresh_db.execute("SELECT rev FROM sync_state").fetchone()[0] == rev
    actions = [r[0] for r in fresh_db.execute(
        "SELECT action FROM audit_log WHERE table_name = 'pejabat_luar'")]  # fmt: skip
    assert actions == ["insert"]


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"nama": " ", "jabatan": "Bupati"}, "nama"),
        ({"nama": "A", "jabatan": ""}, "jabatan"),
        ({"nama": "A", "jabatan": "Bupati", "nip": "12ab"}, "nip"),
        ({"nama": "A", "jabatan": "Bupati", "golongan": "V/z"}, "golongan"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(fresh_db, fields, code):
    with pytest.raises(ValidationError) as caught:
        luar_store.save_pejabat_luar(fresh_db, PejabatLuar(**fields))
    assert caught.value.code == code and fresh_db["pejabat_luar"].count == 0


def test_the_chain_ends_at_the_outside_head(kabupaten):
    db, bupati, sekda, analis = kabupaten
    assert penilai_store.appraisers(db, sekda.id) == (Appraiser(luar_id=bupati.id), Appraiser())
    assert penilai_store.appraisers(db, analis.id) == (
        Appraiser(staff_id=sekda.id),
        Appraiser(luar_id=bupati.id),
    )
    printed = penilai_store.pejabat_of(db, Appraiser(luar_id=bupati.id))
    assert (printed.nama, printed.nip, printed.status) == ("Hidayat Rahman, S.H.", "", "non_asn")


def test_an_skp_may_name_an_outside_official_and_a_set_evaluation_keeps_him(kabupaten):
    db, bupati, _sekda, analis = kabupaten
    plan = skp_store.new_skp(analis.id, 2026)
    plan.penilai_luar_id = bupati.id
    saved = skp_store.save_skp(db, plan)
    assert skp_store.get_skp(db, saved.id).penilai_luar_id == bupati.id
    values = penilai_store.snapshot_values(db, analis.id, None, bupati.id)
    assert values["penilai_nama"] == "Hidayat Rahman, S.H."
    assert values["penilai_status"] == "non_asn" and values["atasan_penilai_nama"] == ""


def test_an_inactive_outside_official_cannot_be_chosen(kabupaten):
    db, bupati, _sekda, analis = kabupaten
    bupati.aktif = False
    luar_store.save_pejabat_luar(db, bupati)
    plan = skp_store.new_skp(analis.id, 2026)
    plan.penilai_luar_id = bupati.id
    with pytest.raises(ValidationError) as caught:
        skp_store.save_skp(db, plan)
    assert "nonaktif" in caught.value.message()
    assert db["skp"].count == 0


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bupati")
    office = demo_office(folder / "kantor.sqlite", staff=40, seed=7)
    yield office, folder
    office.close()


def sekda_evaluations(db) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT e.id FROM evaluasi e JOIN skp s ON s.id = e.skp_id JOIN staff st "
        "ON st.id = s.staff_id WHERE st.jabatan = 'Sekretaris Daerah' "
        "AND e.status = 'ditetapkan' ORDER BY s.tahun DESC, e.periode")]  # fmt: skip


def test_the_demo_sekda_forms_print_the_bupati(demo):
    db, _ = demo
    [first, *_] = sekda_evaluations(db)
    loader = Loader(db)
    form = loader.dokumen_form(first)
    assert form.penilai.nama == BUPATI_NAME and form.penilai.jabatan == BUPATI[2]
    text = text_of(dokumen.render(form, PrintOptions()))
    assert BUPATI_NAME in text and "NIP. -" in text
    ev = ev_store.get_evaluasi(db, first)
    for module, built in (
        (skp, loader.skp_form(ev.skp_id)),
        (evaluasi, loader.evaluasi_form(first)),
    ):
        assert BUPATI_NAME in text_of(module.render(built, PrintOptions())), module.__name__


def test_the_demo_sekda_goes_to_siasn_with_the_bupati_as_non_asn(demo):
    db, folder = demo
    tahun = db.execute("SELECT max(tahun) FROM skp").fetchone()[0]
    [first, *_] = sekda_evaluations(db)
    uuid = ev_store.get_evaluasi(db, first).uuid
    centre = centre_db(folder / "pusat.sqlite")
    stick = folder / "stick"
    stick.mkdir()
    assert import_packages(centre, [export_package(db, stick).path], trust=TRUST_ALL).ok
    out = folder / "siasn"
    out.mkdir()
    write_siasn(centre, tahun, out)
    records = [  # sent, or held back in the side file while the demo has no SIASN person ids
        r for name in ("kinerjaperiodik", "tertahan")
        for r in json.loads(Path(out / f"siasn-{name}-{tahun}.json").read_text("utf-8"))["records"]
    ]  # fmt: skip
    [record] = [r for r in records if r["sumber"]["evaluasi"] == uuid]
    assert record["payload"]["penilaiNama"] == BUPATI_NAME
    assert record["payload"]["statusPenilai"] == "NON ASN"
    centre.close()


def test_setting_an_evaluation_snapshots_the_outside_official(kabupaten):
    db, _bupati, sekda, _analis = kabupaten
    plan = skp_with_rhk(db, sekda.id)
    for action in (Action.AJUKAN, Action.SETUJUI):
        skp_store.transition_skp(db, plan.id, action)
    saved = rate(db, plan.id, Rating.SESUAI, Rating.SESUAI)
    ev_store.transition_evaluasi(db, saved.id, Action.NILAI)
    done = ev_store.transition_evaluasi(db, saved.id, Action.TETAPKAN)
    assert (done.penilai.nama, done.penilai.status) == ("Hidayat Rahman, S.H.", "non_asn")
