"""The demo office: valid identities, a headed unit tree, atasan by the tree, ~20 % PPPK,
history that agrees with the record, determinism, refusal and cancellation."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date

import pytest

from desktop.core.errors import Cancelled
from desktop.core.models import JenisJabatan, StatusPegawai, UnitJenis
from desktop.core.nip import NipKind, cross_check, parse_nik, parse_nip
from desktop.core.staff_rules import PNS_GOLONGAN, validate_staff
from desktop.demo import DemoError, DemoSummary, build_demo, generator
from desktop.demo.prefetch import prefetch
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.db import open_db
from tests.conftest import make_staff, make_unit

SIZE = 300
RIWAYAT = ("riwayat_jabatan", "riwayat_golongan", "riwayat_pendidikan", "riwayat_diklat",
           "riwayat_penghargaan")  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One 300-staff office shared by the read-only tests (building it takes ~0.1 s)."""
    db = open_db(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    summary = build_demo(db, staff=SIZE, seed=7)
    yield db, summary
    db.close()


@pytest.fixture(scope="module")
def records(demo):
    db, _ = demo
    return [staff_store.get_staff(db, row["id"]) for row in db.query("SELECT id FROM staff")]


def rows(db, sql: str) -> list[dict]:
    return [dict(r) for r in db.query(sql)]


@pytest.mark.parametrize("size", [1, 12, 30, 75])
def test_counts_match_the_staff_argument(fresh_db, size):
    summary = build_demo(fresh_db, staff=size, seed=3)
    assert fresh_db["staff"].count == summary.staff == size
    assert summary.pns + summary.cpns + summary.pppk == size
    assert summary.units == fresh_db["unit"].count
    assert summary.riwayat == {t: fresh_db[t].count for t in RIWAYAT}


def test_summary_of_the_default_size(demo):
    _, summary = demo
    assert isinstance(summary, DemoSummary)
    assert summary.staff == SIZE and summary.opd >= 15 and summary.units > 100
    assert f"{SIZE} pegawai" in str(summary)


def test_every_nip_and_nik_parse_and_agree(records):
    nips = [s.nip for s in records]
    assert len(set(nips)) == len(nips)
    for s in records:
        nip, nik = parse_nip(s.nip), parse_nik(s.nik)
        assert cross_check(nip, nik) == [], s.nip
        assert (nip.birth_date, nip.gender) == (s.tanggal_lahir, s.jenis_kelamin)
        assert nik.region.startswith("17")
        assert (nip.kind is NipKind.PPPK) == (s.status is StatusPegawai.PPPK)


def test_every_record_passes_the_staff_rules(records):
    for s in records:
        report = validate_staff(s)
        assert report.issues == [], (s.nip, [i.message for i in report.issues])


def test_appointment_ages_and_dates(records):
    for s in records:
        nip = parse_nip(s.nip)
        age = (nip.appointment.year - s.tanggal_lahir.year) - (
            (nip.appointment.month, 1) < (s.tanggal_lahir.month, s.tanggal_lahir.day)
        )
        if s.status is StatusPegawai.PPPK:
            assert 2021 <= nip.appointment.year <= 2024
            assert s.tmt_cpns is None and s.golongan in ("V", "VI", "VII", "VIII", "IX", "X", "XI")
        else:
            assert 22 <= age <= 35 and s.tmt_cpns == nip.appointment <= date(2025, 12, 31)
            assert s.golongan in PNS_GOLONGAN
        if s.status is StatusPegawai.CPNS:
            assert s.tmt_cpns.year == 2025 and s.tmt_pns is None
            assert s.golongan in ("II/a", "II/c", "III/a", "III/b")


def test_every_unit_below_the_instansi_has_an_active_head_of_its_rank(demo, records):
    db, _ = demo
    by_id = {s.id: s for s in records}
    units = unit_store.list_units(db)
    assert [u.jenis for u in units].count(UnitJenis.INSTANSI) == 1
    for unit in units:
        if unit.jenis is UnitJenis.INSTANSI:
            continue
        head = by_id[unit.kepala_id]
        assert head.aktif and head.unit_id == unit.id and head.jenis_jabatan.manajerial
        assert head.status is StatusPegawai.PNS and head.eselon_id is not None
        if unit.jenis is UnitJenis.SUBBIDANG:
            assert head.jenis_jabatan is JenisJabatan.PENGAWAS
            assert head.golongan in ("III/c", "III/d")
        if head.jenis_jabatan is JenisJabatan.JPT:
            assert unit.jenis is UnitJenis.OPD and head.golongan in ("IV/c", "IV/d")
        if head.jenis_jabatan is JenisJabatan.ADMINISTRATOR:
            assert head.golongan in ("III/d", "IV/a", "IV/b")


def test_unit_codes_follow_the_tree(demo):
    db, _ = demo
    tree = unit_store.unit_tree(db)
    for unit in tree.by_id.values():
        if unit.parent_id is None:
            assert unit.kode == "1"
        else:
            parent = tree.by_id[unit.parent_id].kode
            assert unit.kode.startswith(parent + ".") and len(unit.kode) == len(parent) + 3
    names = {u.nama for u in tree.by_id.values()}
    assert {"Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan", "Sekretariat Daerah"} <= names


def test_atasan_follows_the_unit_tree_for_active_staff(demo, records):
    db, _ = demo
    tree = unit_store.unit_tree(db)
    active = [s for s in records if s.aktif]
    for s in active:
        assert s.atasan_id == tree.default_atasan(s.unit_id, s.id), s.nip
    assert sum(s.atasan_id is None for s in active) == 1  # the Sekretaris Daerah


def test_about_a_fifth_are_pppk_mostly_guru_and_nakes(records):
    pppk = [s for s in records if s.status is StatusPegawai.PPPK]
    assert 0.17 <= len(pppk) / len(records) <= 0.23
    families = Counter(s.jabatan.split()[0] for s in pppk)
    assert families["Guru"] + families["Perawat"] + families["Bidan"] > len(pppk) / 2
    assert 1 <= sum(s.status is StatusPegawai.CPNS for s in records) <= 0.05 * len(records)


def test_staff_spread_with_education_and_gelar_to_match(demo, records):
    db, _ = demo
    units = {u.id: u for u in unit_store.list_units(db)}
    opd_of = {}
    for u in units.values():
        top = u
        while top.parent_id is not None and units[top.parent_id].jenis is not UnitJenis.INSTANSI:
            top = units[top.parent_id]
        opd_of[u.id] = top.nama
    per_opd = Counter(opd_of[s.unit_id] for s in records)
    assert [name for name, _ in per_opd.most_common(2)] == [
        "Dinas Pendidikan dan Kebudayaan",
        "Dinas Kesehatan",
    ]
    for s in records:
        if s.jabatan.startswith("Guru "):
            assert s.pendidikan in ("S1", "S2") and "S.Pd" in s.gelar_belakang
        if s.jabatan.startswith("Dokter Ahli"):
            assert s.gelar_depan == "dr." and s.pendidikan in ("S1", "S2")
        if s.jenis_jabatan is JenisJabatan.FUNGSIONAL:
            assert s.jenjang and s.jabatan.endswith(s.jenjang.replace("_", " ").title())


def test_history_agrees_with_the_record(demo, records):
    db, _ = demo
    for s in records[::7]:
        _, history = staff_store.load_record(db, s.id)
        assert 1 <= len(history.jabatan) <= 3 and history.jabatan[-1].jabatan == s.jabatan
        assert history.jabatan[-1].tmt == s.tmt_jabatan
        tmts = [j.tmt for j in history.jabatan]
        assert tmts == sorted(tmts)
        path = [g.golongan for g in history.golongan]
        assert path[-1] == s.golongan and history.golongan[-1].tmt == s.tmt_golongan
        if s.status is not StatusPegawai.PPPK:
            steps = [PNS_GOLONGAN.index(g) for g in path]
            assert steps == list(range(steps[0], steps[0] + len(steps)))
            assert history.golongan[0].tmt == s.tmt_cpns
        assert 1 <= len(history.pendidikan) <= 2
        assert history.pendidikan[-1].jenjang == s.pendidikan
        assert history.pendidikan[-1].tahun_lulus == s.tahun_lulus
        assert all(d.jp > 0 for d in history.diklat)


def test_managers_have_leadership_training_and_long_servers_satyalancana(demo, records):
    db, _ = demo
    for s in records:
        if not s.aktif:
            continue
        _, history = staff_store.load_record(db, s.id)
        names = " ".join(d.nama for d in history.diklat)
        if s.jenis_jabatan is JenisJabatan.PENGAWAS and s.tmt_jabatan < date(2025, 3, 1):
            assert "Pengawas" in names or "Tingkat IV" in names, s.nip
        if s.tmt_cpns and s.tmt_cpns.year <= 2010:
            assert any("Karya Satya X " in p.nama for p in history.penghargaan), s.nip


def test_a_handful_left_with_their_history(demo, records):
    db, _ = demo
    gone = [s for s in records if not s.aktif]
    assert 1 <= len(gone) <= 5
    for s in gone:
        assert s.nonaktif_alasan is not None and s.nonaktif_tanggal is not None
        assert staff_store.load_record(db, s.id)[1].golongan


def test_office_settings_audit_and_meta(demo):
    db, _ = demo
    office = unit_store.get_office(db)
    assert (office.instansi, office.kota, office.kertas) == (
        "Pemerintah Kabupaten Kepahiang",
        "Kepahiang",
        "f4",
    )
    assert office.nama_kantor == "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    audit = rows(db, "SELECT * FROM audit_log WHERE action <> 'setujui'")
    assert len(audit) == 1 and audit[0]["action"] == "demo"
    approvals = rows(db, "SELECT a.row_uuid FROM audit_log a JOIN skp s ON s.uuid = a.row_uuid")
    assert len(approvals) == db["skp"].count  # each SKP's approval, to date its printed form
    assert str(SIZE) in audit[0]["summary"]
    assert "tahun penilaian 2025" in audit[0]["summary"]  # one action, one entry
    meta = dict(db.execute("SELECT key, value FROM meta WHERE key LIKE 'demo_%'").fetchall())
    assert meta.items() >= {"demo_seed": "7", "demo_staff": str(SIZE)}.items()
    assert meta["demo_appraisal_year"] == "2025" and meta["demo_quota_unit"]


def table_snapshot(db) -> dict[str, list[dict]]:
    """Every generated table, without ``origin`` (the office's own random uuid)."""
    found = {
        "staff": rows(db, "SELECT * FROM staff ORDER BY nip"),
        "unit": rows(db, "SELECT * FROM unit ORDER BY kode"),
    }
    for table in RIWAYAT:
        found[table] = rows(db, f"SELECT * FROM {table} ORDER BY id")
    for table_rows in found.values():
        for row in table_rows:
            row.pop("origin")
    return found


def test_same_seed_gives_identical_data_and_another_seed_differs(tmp_path):
    snapshots = []
    for name, seed in (("a", 11), ("b", 11), ("c", 12)):
        db = open_db(tmp_path / f"{name}.sqlite")
        build_demo(db, staff=120, seed=seed)
        snapshots.append(table_snapshot(db))
        db.close()
    first, same, other = snapshots
    assert first == same
    assert first["staff"] != other["staff"] and first["unit"] != other["unit"]
    assert {r["updated_at"] for r in first["staff"]} == {"2026-01-02T08:00:11.000Z"}


@pytest.mark.parametrize("existing", ["unit", "staff"])
def test_refuses_a_database_that_is_not_empty(fresh_db, existing):
    if existing == "unit":
        make_unit(fresh_db)
    else:
        staff_store.save_staff(fresh_db, make_staff())
    before = fresh_db["audit_log"].count
    with pytest.raises(DemoError) as info:
        build_demo(fresh_db, staff=30)
    assert info.value.code == "not_empty"
    assert "basis data kosong" in info.value.message()
    assert fresh_db["audit_log"].count == before
    assert fresh_db["staff"].count + fresh_db["unit"].count == 1


@pytest.mark.parametrize("size", [0, -5, 200_001])
def test_refuses_an_impossible_size(fresh_db, size):
    with pytest.raises(DemoError) as info:
        build_demo(fresh_db, staff=size)
    assert info.value.code == "staff_count"


def test_progress_is_reported_in_order_up_to_the_total(fresh_db):
    calls: list[tuple[int, int]] = []
    build_demo(fresh_db, staff=50, progress=lambda done, total: calls.append((done, total)))
    # the staff, then each of the three appraisal years (two complete, one open)
    assert calls[-1] == (200, 200) and len(calls) >= 5
    assert any(50 < done < 200 for done, _ in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def assert_untouched(db, office_before) -> None:
    assert db["staff"].count == db["unit"].count == 0
    assert db["riwayat_golongan"].count == db["audit_log"].count == 0
    assert unit_store.get_office(db) == office_before


@pytest.mark.parametrize("stop_at", [0.0, 0.5])
def test_cancel_writes_nothing(fresh_db, stop_at):
    office_before = unit_store.get_office(fresh_db)
    with pytest.raises(Cancelled):
        build_demo(fresh_db, staff=60, progress=lambda done, total: done <= stop_at * total)
    assert_untouched(fresh_db, office_before)
    assert build_demo(fresh_db, staff=60).staff == 60


def test_a_failure_while_generating_writes_nothing(fresh_db, monkeypatch):
    office_before = unit_store.get_office(fresh_db)
    real = generator.add_employee

    def failing(rng, registry, tables, slot, staff_id, *args):
        if staff_id == 45:
            raise RuntimeError("boom")
        return real(rng, registry, tables, slot, staff_id, *args)

    monkeypatch.setattr(generator, "add_employee", failing)
    with pytest.raises(RuntimeError, match="boom"):
        build_demo(fresh_db, staff=60)
    assert_untouched(fresh_db, office_before)
    assert no_prefetch_thread()


def no_prefetch_thread() -> bool:
    return not any(t.name == "demo-prefetch" for t in threading.enumerate())


def test_prefetch_keeps_order_passes_errors_and_stops_early():
    with prefetch(iter(range(100)), depth=2) as items:
        assert list(items) == list(range(100))

    def broken():
        yield 1
        raise ValueError("bad")

    with pytest.raises(ValueError, match="bad"), prefetch(broken()) as items:
        list(items)
    produced: list[int] = []

    def endless():
        while True:
            produced.append(len(produced))
            yield produced[-1]

    with prefetch(endless(), depth=2) as items:
        assert next(items) == 0
    assert len(produced) <= 5 and no_prefetch_thread()
