"""The demo office's appraisal year: SKP cascading from the heads, evaluations set with the
appraisers snapshotted, predikat by the matrix, one unit breaking its quota, TW4 left to
finish, stamping as the triggers would, determinism and refusal."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.core.appraisal import CapaianOrganisasi, Predikat, Rating, head_hasil_rating, predikat
from desktop.core.errors import Cancelled
from desktop.core.skp_rules import content_problems
from desktop.core.workflow import Action, EvalState, SkpState
from desktop.demo import DemoError, build_demo
from desktop.demo.appraisal import build_appraisal_year
from desktop.demo.appraisal_writer import TABLES
from desktop.store import evaluasi as ev_store
from desktop.store import skp as skp_store
from desktop.store.capaian import get_capaian
from desktop.store.db import open_db
from desktop.store.penilai import resolve_penilai, snapshot_values
from desktop.store.units import unit_tree
from desktop.store.workspace import load_workspace

SIZE, YEAR = 300, 2025
QUARTERS = ("TW1", "TW2", "TW3", "TW4")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_db(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    summary = build_demo(db, staff=SIZE, seed=7)
    yield db, summary
    db.close()


def rows(db, sql: str, params=()) -> list[dict]:
    return [dict(r) for r in db.query(sql, params)]


def test_every_active_employee_has_an_approved_complete_skp(demo):
    db, summary = demo
    active = {r["id"] for r in rows(db, "SELECT id FROM staff WHERE aktif = 1")}
    skps = rows(db, "SELECT * FROM skp WHERE tahun = ?", [YEAR])
    assert {s["staff_id"] for s in skps} == active and len(skps) == len(active)
    assert {s["status"] for s in skps} == {SkpState.DISETUJUI.value}
    assert summary.appraisal.skp == len(skps)
    for s in skps[::5]:
        skp = skp_store.get_skp(db, s["id"])
        assert content_problems(skp) == [], s["staff_id"]
        assert [e.nilai_no for e in skp.ekspektasi] == list(range(1, 8))
        assert all(e.ekspektasi for e in skp.ekspektasi)
        assert skp.dukungan_sumber_daya and skp.skema_pertanggungjawaban and skp.konsekuensi


def test_percentage_targets_are_kept_as_the_library_sets_them(demo):
    """A unit's count is shared out among its staff; a percentage ("100 %") is not."""
    db = demo[0]
    library = {r["indikator"]: r["target"] for r in rows(db, "SELECT * FROM ref_indikator")}
    iki = rows(db, "SELECT indikator, target FROM iki WHERE instr(target, '%') > 0")
    assert iki
    for row in iki:
        if row["indikator"] in library and library[row["indikator"]].endswith("%"):
            assert row["target"] == library[row["indikator"]], row


def test_each_rhk_intervenes_an_rhk_of_the_penilais_skp(demo):
    db, _ = demo
    skp_of = {
        r["staff_id"]: r["id"]
        for r in rows(db, f"SELECT id, staff_id FROM skp WHERE tahun = {YEAR}")
    }
    rhk_skp = {r["id"]: r["skp_id"] for r in rows(db, "SELECT id, skp_id FROM rhk")}
    top = 0
    for r in rows(
        db,
        f"SELECT r.*, s.staff_id FROM rhk r JOIN skp s ON s.id = r.skp_id WHERE s.tahun = {YEAR}",
    ):
        penilai = resolve_penilai(db, r["staff_id"])
        if penilai is None:  # the Sekretaris Daerah: the RPJMD, as text
            top += 1
            assert r["rhk_atasan_id"] is None and r["rhk_atasan_text"].startswith("Misi ")
            continue
        assert rhk_skp[r["rhk_atasan_id"]] == skp_of[penilai], r["uraian"]
    assert top == 3


def test_rhk_come_from_the_library_of_the_unit_or_the_jabatan(demo):
    db, _ = demo
    library = {r["rhk"] for r in rows(db, "SELECT rhk FROM ref_indikator")}
    guru = rows(
        db,
        "SELECT r.uraian FROM rhk r JOIN skp k ON k.id = r.skp_id JOIN staff s ON s.id = "
        "k.staff_id WHERE s.jabatan LIKE 'Guru %' AND r.jenis = 'utama'",
    )
    assert guru and {g["uraian"] for g in guru} <= {
        "Terlaksananya pembelajaran yang bermutu",
        "Terlaksananya penilaian hasil belajar",
    }
    utama = rows(db, "SELECT uraian FROM rhk WHERE jenis = 'utama'")
    from_library = [u for u in utama if any(u["uraian"].startswith(t) for t in library)]
    assert len(from_library) >= 0.95 * len(utama)
    units = {u.kode: u.rumpun for u in unit_tree(db).by_id.values()}
    assert units["1.03"] == "pendidikan" and units["1.04"] == "kesehatan"


def test_set_evaluations_carry_the_appraisers_as_the_store_snapshots_them(demo):
    db, _ = demo
    evals = rows(
        db,
        "SELECT e.*, k.staff_id, k.penilai_id FROM evaluasi e JOIN skp k ON k.id = e.skp_id "
        f"WHERE e.status = 'ditetapkan' AND k.tahun = {YEAR}",
    )
    assert {e["periode"] for e in evals} == {"TW1", "TW2", "TW3"}
    with_penilai = 0
    for e in evals:
        expected = snapshot_values(db, e["staff_id"], e["penilai_id"])
        assert {k: e[k] for k in expected} == expected, e["staff_id"]
        quarter = int(e["periode"][2])
        assert e["ditetapkan_pada"].startswith(f"{YEAR}-{3 * quarter + 1:02d}-")  # next month
        with_penilai += bool(e["penilai_nama"])
    assert with_penilai >= len(evals) - 3  # only the Sekda's penilai (the Bupati) is outside


def test_every_predikat_follows_the_matrix_and_heads_follow_their_capaian(demo):
    db, _ = demo
    heads = {u.kepala_id: u.id for u in sorted(unit_tree(db).by_id.values(), key=lambda u: -u.id)}
    for e in rows(
        db, "SELECT e.*, k.staff_id, k.tahun FROM evaluasi e JOIN skp k ON k.id = e.skp_id"
    ):
        if e["rating_hasil"] and e["rating_perilaku"]:
            assert e["predikat"] == predikat(e["rating_hasil"], e["rating_perilaku"]).value
        else:
            assert e["predikat"] is None and e["status"] == EvalState.DRAFT.value
        if e["staff_id"] in heads and e["rating_hasil"]:
            capaian = get_capaian(db, heads[e["staff_id"]], e["tahun"], e["periode"])
            assert Rating(e["rating_hasil"]) is head_hasil_rating(capaian)


def test_ratings_spread_believably(demo):
    db, _ = demo
    spread = Counter(
        r["predikat"] for r in rows(db, "SELECT predikat FROM evaluasi WHERE periode = 'TW2'")
    )
    total = sum(spread.values())
    assert spread.most_common(1)[0][0] == Predikat.BAIK.value
    assert 0.45 <= spread["baik"] / total <= 0.75
    # Istimewa subtrees are mostly Sangat Baik (SE MenPANRB 3/2023, "sebagian besar").
    assert 0.1 <= spread["sangat_baik"] / total <= 0.5
    assert 0.02 <= spread["butuh_perbaikan"] / total <= 0.2
    assert spread["kurang"] / total <= 0.06 and spread["sangat_kurang"] / total <= 0.02


def test_tw4_is_left_to_finish_and_the_year_not_started(demo):
    db, summary = demo
    skps = db.execute(f"SELECT count(*) FROM skp WHERE tahun = {YEAR}").fetchone()[0]
    of_year = f"evaluasi e JOIN skp k ON k.id = e.skp_id AND k.tahun = {YEAR}"
    tw4 = Counter(
        r["status"] for r in rows(db, f"SELECT e.status FROM {of_year} WHERE e.periode = 'TW4'")
    )
    assert set(tw4) == {"dinilai", "draft"}
    assert tw4["dinilai"] >= 0.8 * skps and tw4["draft"] >= 1
    assert skps - sum(tw4.values()) >= 1  # some not started at all
    assert not rows(db, f"SELECT e.id FROM {of_year} WHERE e.periode = 'TAHUNAN'")
    assert summary.appraisal.evaluasi["TW4 dinilai"] == tw4["dinilai"]
    drafts = rows(db, f"SELECT e.id FROM {of_year} WHERE e.periode = 'TW4' AND e.status = 'draft'")
    realisasi = rows(db, f"SELECT realisasi FROM realisasi WHERE evaluasi_id = {drafts[0]['id']}")
    assert realisasi  # a draft has its rows, some still empty


def test_exactly_the_named_unit_breaks_its_quota(demo):
    db, summary = demo
    tree = unit_tree(db)
    kode = db.execute("SELECT value FROM meta WHERE key = 'demo_quota_unit'").fetchone()[0]
    assert summary.appraisal.quota_unit.startswith(kode + " ")
    for periode in QUARTERS:
        broken = set()
        for unit_id, unit in tree.by_id.items():
            ws = load_workspace(db, unit_id, tree.subtree_ids(unit_id), YEAR, periode)
            assert ws.capaian is not None or not ws.rows, unit.kode
            if ws.breaches:
                broken.add(unit.kode)
        assert kode in broken, periode
        assert len(broken - {kode}) <= 0.02 * len(tree.by_id), (periode, broken)


def test_an_operator_can_finish_the_year_through_the_store(demo, tmp_path):
    db, _ = demo
    copy = open_db(tmp_path / "copy.sqlite")
    db.conn.backup(copy.conn)
    draft = rows(copy, "SELECT id, skp_id FROM evaluasi WHERE periode = 'TW4' AND status = 'draft'")
    ev = ev_store.get_evaluasi(copy, draft[0]["id"])
    ev = ev_store.open_evaluasi(copy, ev.skp_id, "TW4")
    ev.rating_hasil = ev.rating_hasil or Rating.SESUAI
    ev.rating_perilaku = Rating.SESUAI
    rev = copy.execute("SELECT rev FROM sync_state").fetchone()[0]
    ev = ev_store.save_evaluasi(copy, ev)
    ev_store.transition_evaluasi(copy, ev.id, Action.NILAI)
    ev = ev_store.transition_evaluasi(copy, ev.id, Action.TETAPKAN)
    assert ev.status is EvalState.DITETAPKAN and ev.predikat is not None
    stamped = copy.execute("SELECT rev FROM evaluasi WHERE id = ?", [ev.id]).fetchone()[0]
    assert stamped > rev  # the stamping triggers are back in place
    annual = ev_store.save_evaluasi(copy, ev_store.open_evaluasi(copy, ev.skp_id, "TAHUNAN"))
    assert (
        annual.id is not None
        and copy.execute("SELECT origin FROM evaluasi WHERE id = ?", [annual.id]).fetchone()[0]
        == copy.execute("SELECT office_uuid FROM office").fetchone()[0]
    )
    copy.close()


def test_rows_are_stamped_as_the_triggers_would(demo, fresh_db):
    db, _ = demo
    office = db.execute("SELECT office_uuid FROM office").fetchone()[0]
    revs = []
    for table in TABLES:
        found = db.execute(f"SELECT rev, origin FROM {table}").fetchall()
        assert {origin for _, origin in found} <= {office}, table
        revs += [rev for rev, _ in found]
    assert len(revs) == len(set(revs)) and min(revs) > 0
    assert db.execute("SELECT rev FROM sync_state").fetchone()[0] >= max(revs)
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    assert db.execute(triggers).fetchall() == fresh_db.execute(triggers).fetchall()


def appraisal_snapshot(db) -> dict[str, list[tuple]]:
    found = {}
    for table in TABLES:
        cols = [c.name for c in db[table].columns if c.name != "origin"]
        found[table] = db.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY uuid").fetchall()
    return found


def test_same_seed_same_year_another_seed_another(tmp_path):
    snapshots, latest = [], []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        db = open_db(tmp_path / f"{name}.sqlite")
        build_demo(db, staff=120, seed=seed)
        snapshots.append(appraisal_snapshot(db))
        latest += [db.execute(f"SELECT max(updated_at) FROM {t}").fetchone()[0] for t in TABLES]
        db.close()
    first, same, other = snapshots
    assert first == same
    assert first["evaluasi"] != other["evaluasi"] and first["rhk"] != other["rhk"]
    assert max(t for t in latest if t) < "2026-01-02T08"  # all before the demo's today


def test_a_second_year_is_added_alone_and_an_existing_one_refused(demo, tmp_path):
    db, _ = demo
    copy = open_db(tmp_path / "copy.sqlite")
    db.conn.backup(copy.conn)
    before = copy["audit_log"].count
    with pytest.raises(DemoError) as info:
        build_appraisal_year(copy, year=YEAR, seed=7)
    assert info.value.code == "year_exists" and "2025" in info.value.message()
    earlier = YEAR - 3  # the demo holds 2023–2025
    with pytest.raises(Cancelled):
        build_appraisal_year(copy, year=earlier, seed=7, progress=lambda done, total: False)
    assert copy.execute("SELECT count(*) FROM skp WHERE tahun = ?", [earlier]).fetchone()[0] == 0
    summary = build_appraisal_year(copy, year=earlier, seed=7)
    assert summary.year == earlier and summary.skp > 0
    added = copy.execute("SELECT count(*) FROM skp WHERE tahun = ?", [earlier]).fetchone()[0]
    assert copy["audit_log"].count == before + 1 + added  # the build, and each SKP approved
    assert get_capaian(copy, 1, earlier, "TW4") in (
        CapaianOrganisasi.BAIK,
        CapaianOrganisasi.ISTIMEWA,
    )
    copy.close()
