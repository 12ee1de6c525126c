"""SIASN-ready JSON at the centre: one record per set evaluation, SIASN's field names and
codes, the same records the office itself would produce."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.appraisal import Rating
from desktop.core.workflow import Action
from desktop.store.evaluasi import open_evaluasi, save_evaluasi, transition_evaluasi
from desktop.sync import export_package, import_packages, write_siasn
from desktop.sync.siasn import build_records
from tests.unit.sync_support import TRUST_ALL, centre_db, demo_office

ANNUAL_FIELDS = {
    "tahun", "hasilKinerjaNilai", "perilakuKerjaNilai", "kuadranKinerjaNilai", "penilaiNama",
    "penilaiNipNrp", "penilaiGolongan", "penilaiJabatan", "penilaiUnorNama", "statusPenilai",
    "pnsDinilaiOrang", "path",
}  # fmt: skip
PERIODIC_FIELDS = {
    "tahun", "periodikId", "bulanMulaiPenilaian", "bulanSelesaiPenilaian", "tahunMulaiPenilaian",
    "tahunSelesaiPenilaian", "hasilKinerjaNilai", "perilakuKerjaNilai", "kuadranKinerjaNilai",
    "koefisienId", "penilaiGolongan", "penilaiJabatanNama", "penilaiNama", "penilaiNipNrp",
    "penilaiUnorNama", "pnsDinilaiId", "statusPenilai",
}  # fmt: skip


def set_annual(db, tahun: int) -> tuple[str, str]:
    """Rate and set one employee's annual evaluation (Di Atas / Sesuai → Baik); (nip, uuid)."""
    rows = db.execute(
        "SELECT s.id, st.nip FROM skp s JOIN staff st ON st.id = s.staff_id "
        "WHERE s.tahun = ? AND s.status = 'disetujui' AND st.id NOT IN "
        "(SELECT kepala_id FROM unit WHERE kepala_id IS NOT NULL) ORDER BY s.id",
        [tahun],
    ).fetchall()
    for skp_id, nip in rows:
        ev = open_evaluasi(db, skp_id, "TAHUNAN")
        if ev.id is None and ev.rating_hasil is None:
            ev.rating_hasil, ev.rating_perilaku = Rating.DI_ATAS, Rating.SESUAI
            saved = save_evaluasi(db, ev)
            transition_evaluasi(db, saved.id, Action.NILAI)
            done = transition_evaluasi(db, saved.id, Action.TETAPKAN)
            return nip, done.uuid
    pytest.skip("the demo has no employee left to rate")


@pytest.fixture
def offices(tmp_path: Path):
    office = demo_office(tmp_path / "kantor.sqlite", staff=40, seed=7)
    centre = centre_db(tmp_path / "pusat.sqlite")
    yield office, centre
    office.close()
    centre.close()


def year_of(db) -> int:
    return db.execute("SELECT max(tahun) FROM skp").fetchone()[0]


def test_siasn_output_has_one_record_per_set_evaluation(offices, tmp_path):
    office, centre = offices
    tahun = year_of(office)
    nip, ev_uuid = set_annual(office, tahun)
    with office.atomic():  # SIASN's person ids, as a SIASN download brings them
        office.conn.execute("UPDATE staff SET siasn_id = 'PNS-' || nip")
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    assert import_packages(centre, [export_package(office, stick).path], trust=TRUST_ALL).ok

    out = tmp_path / "siasn"
    out.mkdir()
    result = write_siasn(centre, tahun, out)
    annual = json.loads((out / f"siasn-skp22-{tahun}.json").read_text(encoding="utf-8"))
    periodic = json.loads((out / f"siasn-kinerjaperiodik-{tahun}.json").read_text(encoding="utf-8"))
    assert annual["endpoint"] == "/skp22/save" and periodic["endpoint"] == "/kinerjaperiodik/save"

    set_count = office.execute(
        "SELECT count(*) FROM evaluasi e JOIN skp s ON s.id = e.skp_id "
        "WHERE s.tahun = ? AND e.status = 'ditetapkan'",
        [tahun],
    ).fetchone()[0]
    assert result.annual + result.periodic + sum(result.held.values()) == set_count
    assert len(annual["records"]) == result.annual and len(periodic["records"]) == result.periodic
    assert result.periodic > 0 and sum(result.skipped.values()) > 0  # drafts are not sent

    [mine] = [r for r in annual["records"] if r["sumber"]["evaluasi"] == ev_uuid]
    assert mine["nipBaru"] == nip
    payload = mine["payload"]
    assert set(payload) == ANNUAL_FIELDS
    assert (payload["hasilKinerjaNilai"], payload["perilakuKerjaNilai"]) == (1, 2)
    assert payload["kuadranKinerjaNilai"] == 2  # Baik
    assert payload["tahun"] == tahun and payload["statusPenilai"] in ("ASN", "NON ASN")
    assert payload["pnsDinilaiOrang"] == f"PNS-{nip}" and payload["path"] == []

    for record in periodic["records"]:
        p = record["payload"]
        assert set(p) == PERIODIC_FIELDS
        assert p["periodikId"] in ("1", "2")
        assert 1 <= p["bulanMulaiPenilaian"] <= p["bulanSelesaiPenilaian"] <= 12
        assert p["hasilKinerjaNilai"] in (1, 2, 3) and 1 <= p["kuadranKinerjaNilai"] <= 5
    quarters = [r for r in periodic["records"] if r["periode"] == "TW2"]
    assert quarters and all(
        (r["payload"]["bulanMulaiPenilaian"], r["payload"]["bulanSelesaiPenilaian"]) == (4, 6)
        for r in quarters
    )
    with_golongan = [r for r in periodic["records"] if r["payload"]["penilaiGolongan"]]
    assert with_golongan and all(r["payload"]["penilaiGolongan"].isdigit() for r in with_golongan)


def test_the_centre_and_the_office_produce_the_same_records(offices, tmp_path):
    office, centre = offices
    tahun = year_of(office)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    import_packages(centre, [export_package(office, stick).path], trust=TRUST_ALL)
    at_centre = build_records(centre, tahun)
    at_office = build_records(office, tahun)
    assert at_centre[2] == at_office[2]
    for mine, theirs in zip(at_centre[:2], at_office[:2], strict=True):
        assert [r["payload"] for r in mine] == [r["payload"] for r in theirs]
        assert [r["nipBaru"] for r in mine] == [r["nipBaru"] for r in theirs]


def test_a_year_without_evaluations_writes_empty_lists(offices, tmp_path):
    _office, centre = offices
    result = write_siasn(centre, 2001, tmp_path)
    assert (result.annual, result.periodic) == (0, 0)
    data = json.loads((tmp_path / "siasn-skp22-2001.json").read_text(encoding="utf-8"))
    assert data["records"] == []
