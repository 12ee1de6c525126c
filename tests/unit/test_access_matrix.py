"""Role × action × scope through the store API (issue 10 item 2): every cell.

A small office — two OPDs, a sub-bidang in the first, an appraiser chain (pegawai → kepala
sub-bidang → kepala OPD) — and one session per role. An allowed cell succeeds and its change
persists; a refused one raises ``AccessError`` and changes nothing (the sync counter, the
audit log and the row itself stay as they were). The expectations are written out here, not
read from ``core.access``, so a change of the table shows up as a failing cell.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core import i18n
from desktop.core.access import TABLE, AccessError, Perm, Scope, allows, transition_perm
from desktop.core.appraisal import CapaianOrganisasi, Rating
from desktop.core.errors import KinerjaError
from desktop.core.legacy import PenilaianLama, Sebutan
from desktop.core.models import JenisJabatan, Unit, UnitJenis
from desktop.core.skp import Aspek, Iki, Rhk
from desktop.core.workflow import EVAL_FLOW, SKP_FLOW, Action, Role
from desktop.reports import data as report_data
from desktop.store import access, backups, capaian, legacy, unit_ops
from desktop.store import evaluasi as ev_store
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.db import open_db
from desktop.store.session import Session, acting
from desktop.store.workspace import load_workspace
from tests.conftest import make_staff

YEAR = 2026  # SKP disetujui; TW1 draft (entry), TW2 ditetapkan (keberatan)
DRAFT_YEAR, SUBMITTED_YEAR = 2024, 2025


@dataclass
class Office:
    db: object
    path: Path
    staff: dict[str, int]  # KA, SA, P (OPD A); KB, QB (OPD B)
    units: dict[str, int]  # A, A1 (sub-bidang of A), B
    skp: dict[tuple[str, int], int]
    ev: dict[tuple[str, str], int]


def _person(db, key: str, nip: str, unit_id: int, **extra) -> int:
    born = date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
    staff = make_staff(
        nip=nip,
        nama=f"Pegawai {key}",
        tanggal_lahir=born,
        tmt_cpns=date(int(nip[8:12]), int(nip[12:14]), 1),
        unit_id=unit_id,
        alamat=f"Jl. Merdeka {key}",
        **extra,
    )
    return staff_store.save_staff(db, staff).id


def _skp(db, staff_id: int, tahun: int) -> int:
    skp = skp_store.new_skp(staff_id, tahun)
    skp.rhk = [Rhk("Terkelolanya layanan", iki=[Iki("Layanan selesai", Aspek.KUANTITAS, "100")])]
    return skp_store.save_skp(db, skp).id


def _build(path: Path) -> None:
    """The office, written once as admin (a database without accounts)."""
    db = open_db(path)
    root = unit_store.save_unit(db, Unit("1", "Pemerintah Kabupaten", UnitJenis.INSTANSI))
    opd_a = unit_store.save_unit(db, Unit("1.01", "Dinas A", UnitJenis.OPD, root.id))
    bid_a = unit_store.save_unit(db, Unit("1.01.01", "Bidang A1", UnitJenis.BIDANG, opd_a.id))
    opd_b = unit_store.save_unit(db, Unit("1.02", "Dinas B", UnitJenis.OPD, root.id))
    head = {"jenis_jabatan": JenisJabatan.ADMINISTRATOR, "golongan": "IV/a"}
    ka = _person(db, "KA", "197001012000031001", opd_a.id, **head)
    sa = _person(db, "SA", "197502022001031002", bid_a.id, **head)
    p = _person(db, "P", "198609262015051001", bid_a.id)
    kb = _person(db, "KB", "197103032000031003", opd_b.id, **head)
    qb = _person(db, "QB", "199001012015051002", opd_b.id)
    for unit, kepala in ((opd_a, ka), (bid_a, sa), (opd_b, kb)):
        unit.kepala_id = kepala
        unit_store.save_unit(db, unit)
    for who in (ka, sa, p, kb, qb):
        _skp(db, who, DRAFT_YEAR)
        submitted = _skp(db, who, SUBMITTED_YEAR)
        skp_store.transition_skp(db, submitted, Action.AJUKAN)
        approved = _skp(db, who, YEAR)
        skp_store.transition_skp(db, approved, Action.AJUKAN)
        skp_store.transition_skp(db, approved, Action.SETUJUI)
        ev_store.save_evaluasi(db, ev_store.open_evaluasi(db, approved, "TW1"))
        ev = ev_store.open_evaluasi(db, approved, "TW2")
        ev.rating_hasil = ev.rating_perilaku = Rating.SESUAI
        ev = ev_store.save_evaluasi(db, ev)
        ev_store.transition_evaluasi(db, ev.id, Action.NILAI)
        ev_store.transition_evaluasi(db, ev.id, Action.TETAPKAN, today=date(2026, 7, 1))
    from desktop.core.accounts import NewAccount
    from desktop.store import accounts

    admin = NewAccount("admin", "Admin Kepegawaian", "admin")
    accounts.create_account(db, admin, "sandi-admin-panjang", password_hash="$argon2id$test")
    db.close()


_TEMPLATE: list[Path] = []


@pytest.fixture
def office(tmp_path: Path, tmp_path_factory) -> Office:
    if not _TEMPLATE:
        _TEMPLATE.append(tmp_path_factory.mktemp("access") / "template.sqlite")
        _build(_TEMPLATE[0])
    path = tmp_path / "kantor.sqlite"
    with sqlite3.connect(_TEMPLATE[0]) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    db = open_db(path)
    staff = {r[1].split()[-1]: r[0] for r in db.execute("SELECT id, nama FROM staff")}
    units = {"A": 0, "A1": 0, "B": 0}
    for uid, kode in db.execute("SELECT id, kode FROM unit"):
        units.update({{"1.01": "A", "1.01.01": "A1", "1.02": "B"}.get(kode, "?"): uid})
    skp = {}
    for _sid, nama, tahun, kid in db.execute(
        "SELECT s.id, s.nama, k.tahun, k.id FROM skp k JOIN staff s ON s.id = k.staff_id"
    ):
        skp[(nama.split()[-1], tahun)] = kid
    ev = {}
    for nama, periode, eid in db.execute(
        "SELECT s.nama, e.periode, e.id FROM evaluasi e JOIN skp k ON k.id = e.skp_id "
        "JOIN staff s ON s.id = k.staff_id"
    ):
        ev[(nama.split()[-1], periode)] = eid
    yield Office(db, path, staff, units, skp, ev)
    db.close()


def session_for(office: Office, role: Role) -> Session:
    """One session per role; penilai = kepala sub-bidang, atasan = kepala OPD A, pegawai = P."""
    s = office.staff
    return {
        Role.ADMIN: Session(),
        Role.OPERATOR: Session(Role.OPERATOR, 2, "op", unit_ids=frozenset({office.units["A"]})),
        Role.PENILAI: Session(Role.PENILAI, 3, "penilai", staff_id=s["SA"]),
        Role.ATASAN: Session(Role.ATASAN, 4, "atasan", staff_id=s["KA"]),
        Role.PIMPINAN: Session(Role.PIMPINAN, 5, "pimpinan"),
        Role.PEGAWAI: Session(Role.PEGAWAI, 6, "pegawai", staff_id=s["P"]),
    }[role]


# -- what each action does through the store, and how to see that it persisted ---------------


def _fingerprint(db) -> tuple:
    rev = db.execute("SELECT rev FROM sync_state").fetchone()[0]
    return rev, db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def view_staff(o: Office, t: str) -> Callable[[], bool]:
    staff_store.load_record(o.db, o.staff[t])
    listed = {r.id for r in staff_store.list_rows(o.db, scoped=True)}
    assert o.staff[t] in listed
    return lambda: True


def view_personal(o: Office, t: str) -> Callable[[], bool]:
    record, _ = staff_store.load_record(o.db, o.staff[t])
    if record.alamat != f"Jl. Merdeka {t}":
        raise AccessError("role", role="pimpinan", perm=Perm.VIEW_PERSONAL)  # screened: refused
    return lambda: True


def edit_staff(o: Office, t: str) -> Callable[[], bool]:
    record = staff_store.get_staff(o.db, o.staff[t])
    record.jabatan = "Jabatan Baru"
    staff_store.save_staff(o.db, record)
    return lambda: staff_store.get_staff(o.db, o.staff[t]).jabatan == "Jabatan Baru"


def edit_units(o: Office, t: str) -> Callable[[], bool]:
    unit_ops.rename_unit(o.db, o.units["A"], "Dinas A Baru")
    return lambda: unit_store.get_unit(o.db, o.units["A"]).nama == "Dinas A Baru"


def edit_unit_data(o: Office, t: str) -> Callable[[], bool]:
    capaian.set_capaian(o.db, o.units[t], YEAR, "TW3", CapaianOrganisasi.BAIK)
    return lambda: capaian.get_capaian(o.db, o.units[t], YEAR, "TW3") is CapaianOrganisasi.BAIK


def edit_skp(o: Office, t: str) -> Callable[[], bool]:
    skp = skp_store.get_skp(o.db, o.skp[(t, DRAFT_YEAR)])
    skp.konsekuensi = "Teguran"
    skp_store.save_skp(o.db, skp)
    return lambda: skp_store.get_skp(o.db, o.skp[(t, DRAFT_YEAR)]).konsekuensi == "Teguran"


def approve_skp(o: Office, t: str) -> Callable[[], bool]:
    skp_store.transition_skp(o.db, o.skp[(t, SUBMITTED_YEAR)], Action.SETUJUI)
    return lambda: skp_store.get_skp(o.db, o.skp[(t, SUBMITTED_YEAR)]).status == "disetujui"


def evaluate(o: Office, t: str) -> Callable[[], bool]:
    ev = ev_store.get_evaluasi(o.db, o.ev[(t, "TW1")])
    ev.catatan = "Perlu pendampingan"
    ev_store.save_evaluasi(o.db, ev)
    return lambda: ev_store.get_evaluasi(o.db, o.ev[(t, "TW1")]).catatan == "Perlu pendampingan"


def decide_keberatan(o: Office, t: str) -> Callable[[], bool]:
    eid = o.ev[(t, "TW2")]
    ev_store.transition_evaluasi(o.db, eid, Action.KEBERATAN, reason="Keberatan diterima")
    return lambda: ev_store.get_evaluasi(o.db, eid).status == "dinilai"


def print_forms(o: Office, t: str) -> Callable[[], bool]:
    form = report_data.skp_form(o.db, o.skp[(t, YEAR)])
    report_data.dokumen_form(o.db, o.ev[(t, "TW2")])
    return lambda: f"Pegawai {t}," in form.pegawai.nama


def reports(o: Office, t: str) -> Callable[[], bool]:
    form = report_data.rekap_form(o.db, o.units[t], YEAR, "TW2")
    return lambda: form.pegawai_aktif >= 1


def import_(o: Office, t: str) -> Callable[[], bool]:
    record = PenilaianLama(
        o.staff[t], 2020, Decimal("90"), Decimal("80"), Decimal("86"), Sebutan.BAIK
    )
    legacy.import_legacy(o.db, [record])
    return lambda: len(legacy.list_legacy(o.db, o.staff[t])) == 1


def sync(o: Office, t: str) -> Callable[[], bool]:
    from desktop.sync.export import export_package

    folder = o.path.parent / "flashdisk"
    folder.mkdir()
    result = export_package(o.db, folder)
    return lambda: result.path.exists()


def backup(o: Office, t: str) -> Callable[[], bool]:
    target = o.path.parent / "salinan.zip"
    backups.create_backup(o.db, o.path, reason="manual", target=target)
    return target.exists


def manage_accounts(o: Office, t: str) -> Callable[[], bool]:
    from desktop.core.accounts import AccountError, NewAccount
    from desktop.store import accounts

    try:
        accounts.create_account(
            o.db,
            NewAccount("baru", "Akun Baru", "pimpinan"),
            "sandi-panjang-sekali",
            password_hash="$argon2id$test",
        )
    except AccountError as exc:  # the accounts module's own admin check
        if exc.code != "admin_only":
            raise
        raise AccessError("role", role="pimpinan", perm=Perm.MANAGE_ACCOUNTS) from exc
    return lambda: o.db.execute("SELECT 1 FROM akun WHERE username = 'baru'").fetchone()


def view_talent(o: Office, t: str) -> Callable[[], bool]:
    """The talent lists (9-box, pools, promotion, JP, IP ASN) of the employee's unit."""
    access.require(o.db, Perm.VIEW_TALENT, staff_id=o.staff[t])
    ids = access.visible_staff_ids(o.db, perm=Perm.VIEW_TALENT)
    return lambda: ids is None or o.staff[t] in ids


def view_audit(o: Office, t: str) -> Callable[[], bool]:
    """The audit trail (Jejak Audit) of the whole office."""
    from desktop.store import audit_query

    total = audit_query.count(o.db, audit_query.AuditFilter())
    return lambda: total > 0


DO: dict[Perm, Callable[[Office, str], Callable[[], bool]]] = {
    Perm.VIEW_STAFF: view_staff,
    Perm.VIEW_PERSONAL: view_personal,
    Perm.EDIT_STAFF: edit_staff,
    Perm.EDIT_UNITS: edit_units,
    Perm.EDIT_UNIT_DATA: edit_unit_data,
    Perm.EDIT_SKP: edit_skp,
    Perm.APPROVE_SKP: approve_skp,
    Perm.EVALUATE: evaluate,
    Perm.DECIDE_KEBERATAN: decide_keberatan,
    Perm.PRINT_FORMS: print_forms,
    Perm.REPORTS: reports,
    Perm.IMPORT: import_,
    Perm.SYNC: sync,
    Perm.BACKUP: backup,
    Perm.MANAGE_ACCOUNTS: manage_accounts,
    Perm.VIEW_TALENT: view_talent,
    Perm.VIEW_AUDIT: view_audit,
}
STAFF_TARGETS = ("P", "SA", "QB")  # in A's sub-bidang (appraisee of SA), SA himself, OPD B
UNIT_TARGETS = ("A1", "B")
OFFICE = ("kantor",)
TARGETS = {p: STAFF_TARGETS for p in Perm} | {
    Perm.EDIT_UNIT_DATA: UNIT_TARGETS,
    Perm.REPORTS: UNIT_TARGETS,
    Perm.EDIT_UNITS: OFFICE,
    Perm.SYNC: OFFICE,
    Perm.BACKUP: OFFICE,
    Perm.MANAGE_ACCOUNTS: OFFICE,
    Perm.VIEW_AUDIT: OFFICE,
}

# The roles as cells: (action, target) each role may do; everything else is refused.
_OPD_A = {"P", "SA", "A1"}
ALLOWED: dict[Role, set[tuple[Perm, str]]] = {
    Role.ADMIN: {(p, t) for p in Perm for t in TARGETS[p]},
    Role.OPERATOR: {
        (p, t)
        for p in (
            Perm.VIEW_STAFF,
            Perm.VIEW_PERSONAL,
            Perm.EDIT_STAFF,
            Perm.EDIT_UNIT_DATA,
            Perm.EDIT_SKP,
            Perm.EVALUATE,
            Perm.PRINT_FORMS,
            Perm.REPORTS,
            Perm.IMPORT,
            Perm.VIEW_TALENT,
        )
        for t in TARGETS[p]
        if t in _OPD_A
    },
    Role.PENILAI: {
        (p, "P") for p in (Perm.VIEW_STAFF, Perm.APPROVE_SKP, Perm.EVALUATE, Perm.PRINT_FORMS)
    },
    Role.ATASAN: {
        (p, t)
        for p in (Perm.VIEW_STAFF, Perm.DECIDE_KEBERATAN, Perm.PRINT_FORMS)
        for t in ("P", "SA")
    },
    Role.PIMPINAN: {
        (p, t)
        for p in (
            Perm.VIEW_STAFF,
            Perm.PRINT_FORMS,
            Perm.REPORTS,
            Perm.VIEW_TALENT,
            Perm.VIEW_AUDIT,
        )
        for t in TARGETS[p]
    },
    Role.PEGAWAI: {
        (p, "P") for p in (Perm.VIEW_STAFF, Perm.VIEW_PERSONAL, Perm.EDIT_SKP, Perm.PRINT_FORMS)
    },
}

CELLS = [
    pytest.param(role, perm, target, id=f"{role}-{perm}-{target}")
    for role in Role
    for perm in Perm
    for target in TARGETS[perm]
]


@pytest.mark.parametrize(("role", "perm", "target"), CELLS)
def test_cell(office, role, perm, target):
    before = _fingerprint(office.db)
    with acting(session_for(office, role)):
        if (perm, target) in ALLOWED[role]:
            persisted = DO[perm](office, target)
            assert persisted()
        else:
            with pytest.raises(AccessError):
                DO[perm](office, target)
            assert _fingerprint(office.db) == before


def test_every_role_and_action_has_at_least_one_cell():
    assert {(c.values[0], c.values[1]) for c in CELLS} == {(r, p) for r in Role for p in Perm}


def test_the_scopes_in_the_table_are_the_ones_the_matrix_exercises():
    """Operator: units; penilai: appraisees; atasan: chain; pegawai: self; pimpinan read-only."""
    assert {TABLE[Role.OPERATOR][p] for p in Perm} == {Scope.UNITS, Scope.NONE}
    assert {TABLE[Role.PENILAI][p] for p in Perm} == {Scope.APPRAISEES, Scope.NONE}
    assert {TABLE[Role.ATASAN][p] for p in Perm} == {Scope.CHAIN, Scope.NONE}
    assert {TABLE[Role.PEGAWAI][p] for p in Perm} == {Scope.SELF, Scope.NONE}
    reads = {
        Perm.VIEW_STAFF,
        Perm.VIEW_PERSONAL,
        Perm.PRINT_FORMS,
        Perm.REPORTS,
        Perm.VIEW_TALENT,
        Perm.VIEW_AUDIT,
    }
    writes = set(Perm) - reads
    assert not any(allows(Role.PIMPINAN, p) for p in writes)


@pytest.mark.parametrize("flow", [SKP_FLOW, EVAL_FLOW], ids=["skp", "evaluasi"])
def test_the_workflow_table_and_the_access_table_agree(flow):
    """A role the workflow lets make a transition has a scope for its permission, and a role
    with that permission is named by at least one transition of it."""
    for transition in flow:
        perm = transition_perm(flow, transition.action)
        for role in transition.roles:
            assert allows(role, perm), (role, transition)
    for perm in {transition_perm(flow, t.action) for t in flow}:
        named = set().union(*(t.roles for t in flow if transition_perm(flow, t.action) == perm))
        assert {r for r in Role if allows(r, perm)} <= named | {Role.ADMIN}, perm


def test_an_operator_of_opd_a_cannot_change_staff_of_opd_b_and_is_told_why(office):
    record = staff_store.get_staff(office.db, office.staff["QB"])
    record.jabatan = "Dipindah diam-diam"
    with acting(session_for(office, Role.OPERATOR)), pytest.raises(AccessError) as err:
        staff_store.save_staff(office.db, record)
    assert err.value.message() == "Peran Operator tidak boleh mengubah pegawai di luar OPD-nya."
    assert (
        err.value.message("en")
        == "The role Operator may not change staff records outside their OPD."
    )
    assert staff_store.get_staff(office.db, office.staff["QB"]).jabatan != "Dipindah diam-diam"


def test_an_operator_cannot_move_staff_out_of_their_opd(office):
    record = staff_store.get_staff(office.db, office.staff["P"])
    record.unit_id = office.units["B"]
    with acting(session_for(office, Role.OPERATOR)), pytest.raises(AccessError):
        staff_store.save_staff(office.db, record)
    assert staff_store.get_staff(office.db, office.staff["P"]).unit_id == office.units["A1"]


def test_a_penilai_never_appraises_themself(office):
    with acting(session_for(office, Role.PENILAI)), pytest.raises(AccessError) as err:
        skp_store.transition_skp(office.db, office.skp[("SA", SUBMITTED_YEAR)], Action.SETUJUI)
    assert "dirinya sendiri" in err.value.message()


def test_an_skp_override_makes_its_penilai_the_appraiser(office):
    """The chain is store.penilai's: an SKP naming another penilai moves the right with it."""
    db = office.db
    skp = skp_store.get_skp(db, office.skp[("QB", SUBMITTED_YEAR)])
    db.conn.execute("UPDATE skp SET penilai_id = ? WHERE id = ?", [office.staff["SA"], skp.id])
    with acting(session_for(office, Role.PENILAI)):
        skp_store.transition_skp(db, skp.id, Action.SETUJUI)
    assert skp_store.get_skp(db, skp.id).status == "disetujui"


def test_a_penilai_account_without_a_staff_record_is_told_to_ask_the_admin(office):
    lost = Session(Role.PENILAI, 9, "tanpa.pegawai")
    with acting(lost), pytest.raises(AccessError) as err:
        ev_store.transition_evaluasi(office.db, office.ev[("P", "TW2")], Action.BUKA_KEMBALI,
                                     reason="Salah input")  # fmt: skip
    assert "belum terhubung ke data pegawai" in err.value.message()


def test_lists_show_each_role_only_what_it_may_see(office):
    names = {v: k for k, v in office.staff.items()}
    every = {r[0] for r in office.db.execute("SELECT id FROM unit")}
    seen = {}
    for role in Role:
        with acting(session_for(office, role)):
            listed = {names[r.id] for r in staff_store.list_rows(office.db, scoped=True)}
            ws = load_workspace(office.db, office.units["A"], every, YEAR, "TW1")
            assert {names[r.staff_id] for r in ws.rows} == listed
            seen[role] = listed
    assert seen[Role.ADMIN] == seen[Role.PIMPINAN] == {"KA", "SA", "P", "KB", "QB"}
    assert seen[Role.OPERATOR] == {"KA", "SA", "P"}
    assert seen[Role.PENILAI] == {"P"}
    assert seen[Role.ATASAN] == {"SA", "P"}
    assert seen[Role.PEGAWAI] == {"P"}


def test_a_database_without_accounts_lists_everyone_with_no_filter(office):
    assert access.visible_staff_ids(office.db) is None
    assert access.visible_staff_sql(office.db) == ("1", [])


def test_refusals_speak_english_when_the_language_is_english(office):
    i18n.set_language("en")
    with acting(session_for(office, Role.PIMPINAN)), pytest.raises(KinerjaError) as err:
        unit_ops.rename_unit(office.db, office.units["A"], "X")
    assert err.value.message() == (
        "The role Head of Office may not change units and office settings."
    )


def test_appraisees_follow_the_one_appraiser_chain(tmp_path):
    """``penilai.appraisees`` finds exactly whom ``resolve_penilai`` names (plus SKPs that
    name the person as their override), on the demo office."""
    from desktop.demo import build_demo
    from desktop.store import penilai

    db = open_db(tmp_path / "demo.sqlite")
    build_demo(db, staff=150, seed=4)
    by_penilai: dict[int, set[int]] = {}
    for (sid,) in db.execute("SELECT id FROM staff").fetchall():
        chosen = penilai.resolve_penilai(db, sid)
        if chosen is not None:
            by_penilai.setdefault(chosen, set()).add(sid)
    overrides = dict(
        db.execute("SELECT staff_id, penilai_id FROM skp WHERE penilai_id IS NOT NULL")
    )
    assert len(by_penilai) > 5
    for penilai_id, expected in by_penilai.items():
        found = penilai.appraisees(db, penilai_id)
        extra = {sid for sid, chosen in overrides.items() if chosen == penilai_id}
        assert found == (expected | extra) - {penilai_id}
    db.close()


def test_the_penilai_records_citizen_feedback_for_their_appraisees_only(office):
    from desktop.core.skp import UmpanBalikMasyarakat

    db = office.db
    with acting(session_for(office, Role.PENILAI)):
        capaian.add_feedback(db, UmpanBalikMasyarakat(office.staff["P"], YEAR, "TW1", "Ramah"))
        with pytest.raises(AccessError):
            capaian.add_feedback(db, UmpanBalikMasyarakat(office.staff["QB"], YEAR, "TW1", "Cepat"))
    assert [f.isi for f in capaian.list_feedback(db, office.staff["P"], YEAR)] == ["Ramah"]
    assert capaian.list_feedback(db, office.staff["QB"], YEAR) == []
