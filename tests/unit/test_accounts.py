"""Accounts in the store: Argon2id hashes, sign-in, the lock after 10 failures, resets, roles
and scope, the admin-only rules, and an audit trail that never holds a password."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from desktop.core import accounts as rules
from desktop.core.accounts import AccountError, NewAccount
from desktop.core.workflow import Role
from desktop.store import accounts
from desktop.store import session as sessions
from desktop.store.session import Session, Source
from tests.conftest import make_unit

PASSWORD = "rahasia-kantor-1"
CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    """Argon2id with tiny parameters: the rules are the same, the suite stays fast."""
    monkeypatch.setattr(accounts, "HASHER", CHEAP)
    sessions.end()
    yield
    sessions.end()


def admin(db, username="admin", password=PASSWORD) -> int:
    return accounts.create_account(db, NewAccount(username, "Admin Kepegawaian", "admin"), password)


def audit_rows(db, action):
    return [dict(r) for r in db.query("SELECT * FROM audit_log WHERE action = ?", [action])]


def test_the_first_account_must_be_the_admin(fresh_db):
    assert not accounts.has_accounts(fresh_db)
    with pytest.raises(AccountError) as refused:
        accounts.create_account(
            fresh_db, NewAccount("pimpinan", "Ibu Kepala", "pimpinan"), PASSWORD
        )
    assert refused.value.code == "first_admin"
    assert not accounts.has_accounts(fresh_db)
    admin(fresh_db)
    assert accounts.has_accounts(fresh_db)


def test_the_stored_hash_is_argon2id_and_the_password_is_nowhere_in_the_files(
    fresh_db, db_path, monkeypatch
):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher())  # the real defaults
    account_id = admin(fresh_db)
    accounts.authenticate(fresh_db, "admin", PASSWORD)
    with pytest.raises(AccountError):
        accounts.authenticate(fresh_db, "admin", PASSWORD + "x")
    (stored,) = fresh_db.conn.execute("SELECT password_hash FROM akun WHERE id = ?", [account_id])
    assert stored[0].startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    files = [db_path, db_path.with_name(db_path.name + "-wal")]
    for path in files:
        if path.exists():
            assert PASSWORD.encode() not in path.read_bytes()
    texts = " ".join(str(v) for r in fresh_db.query("SELECT * FROM audit_log") for v in r.values())
    assert PASSWORD not in texts


def test_sign_in_returns_the_accounts_session_with_role_scope_and_person(fresh_db):
    admin(fresh_db)
    opd = make_unit(fresh_db, kode="2", nama="Dinas Pendidikan", jenis="opd")
    accounts.create_account(
        fresh_db,
        NewAccount("Operator.Dik", "Operator Dinas", "operator", unit_ids=frozenset({opd.id})),
        PASSWORD,
    )
    session = accounts.authenticate(fresh_db, " operator.DIK ", PASSWORD, source=Source.CLI)
    assert (session.role, session.username, session.nama) == (
        Role.OPERATOR,
        "operator.dik",
        "Operator Dinas",
    )
    assert session.unit_ids == frozenset({opd.id}) and session.source == Source.CLI
    assert session.signed_in and sessions.current().account_id is None  # not begun here
    (login,) = audit_rows(fresh_db, "login")
    assert login["akun_id"] == session.account_id and login["source"] == "cli"


@pytest.mark.parametrize("username", ["admin", "tidak-ada"])
def test_a_wrong_password_and_an_unknown_name_get_the_same_answer(fresh_db, username):
    admin(fresh_db)
    with pytest.raises(AccountError) as refused:
        accounts.authenticate(fresh_db, username, "salah-sekali-1")
    assert refused.value.message() == "Nama pengguna atau kata sandi salah."


def test_ten_failures_lock_the_account_for_fifteen_minutes(fresh_db):
    account_id = admin(fresh_db)
    now = rules.utc_now()
    for attempt in range(1, 10):
        with pytest.raises(AccountError) as refused:
            accounts.authenticate(fresh_db, "admin", f"salah-{attempt:04d}x", now=now)
        assert refused.value.code == "wrong_password"
    with pytest.raises(AccountError) as tenth:
        accounts.authenticate(fresh_db, "admin", "salah-terakhir", now=now)
    assert tenth.value.code == "locked"
    until = rules.clock_time(now + timedelta(minutes=15))
    assert tenth.value.message() == (
        f"Akun 'admin' terkunci karena 10 kali salah kata sandi, sampai pukul {until}."
    )
    with pytest.raises(AccountError) as still:  # even the right password waits
        accounts.authenticate(fresh_db, "admin", PASSWORD, now=now + timedelta(minutes=14))
    assert still.value.code == "locked"
    session = accounts.authenticate(fresh_db, "admin", PASSWORD, now=now + timedelta(minutes=16))
    assert session.account_id == account_id
    assert accounts.get_account(fresh_db, account_id).gagal == 0
    assert len(audit_rows(fresh_db, "login_gagal")) == 10


def test_a_deactivated_account_cannot_sign_in(fresh_db):
    admin(fresh_db)
    other = accounts.create_account(
        fresh_db, NewAccount("pimpinan", "Ibu Kepala", "pimpinan"), PASSWORD
    )
    accounts.set_active(fresh_db, other, False)
    with pytest.raises(AccountError) as refused:
        accounts.authenticate(fresh_db, "pimpinan", PASSWORD)
    assert refused.value.message() == ("Akun 'pimpinan' dinonaktifkan. Hubungi admin kepegawaian.")
    assert audit_rows(fresh_db, "akun_nonaktif")[0]["summary"] == "pimpinan"


def test_the_admin_keeps_own_account_and_the_last_admin(fresh_db):
    account_id = admin(fresh_db)
    me = accounts.authenticate(fresh_db, "admin", PASSWORD)
    with pytest.raises(AccountError) as own:
        accounts.set_active(fresh_db, account_id, False, acting=me)
    assert own.value.code == "own_account"
    with pytest.raises(AccountError) as last:
        accounts.set_role_and_scope(fresh_db, account_id, "pimpinan", acting=me)
    assert last.value.code == "last_admin"


@pytest.mark.parametrize("role", ["operator", "penilai", "atasan", "pimpinan", "pegawai"])
def test_only_the_admin_manages_accounts(fresh_db, role):
    account_id = admin(fresh_db)
    other = Session(role=Role(role), account_id=99, username="x")
    attempts = [
        lambda: accounts.list_accounts(fresh_db, acting=other),
        lambda: accounts.reset_password(fresh_db, account_id, "baru-sekali-12", acting=other),
        lambda: accounts.set_active(fresh_db, account_id, False, acting=other),
        lambda: accounts.set_idle_minutes(fresh_db, 5, acting=other),
        lambda: accounts.set_role_and_scope(fresh_db, account_id, "pimpinan", acting=other),
    ]
    with sessions.acting(other):
        attempts.append(
            lambda: accounts.create_account(
                fresh_db, NewAccount("baru", "Orang Baru", "pimpinan"), PASSWORD
            )
        )
        for attempt in attempts:
            with pytest.raises(AccountError) as refused:
                attempt()
            assert refused.value.code == "admin_only"
    assert [a.username for a in accounts.list_accounts(fresh_db)] == ["admin"]


def test_a_reset_forces_a_new_password_and_lifts_the_lock(fresh_db):
    admin(fresh_db)
    pimpinan = accounts.create_account(
        fresh_db, NewAccount("pimpinan", "Ibu Kepala", "pimpinan"), PASSWORD
    )
    now = rules.utc_now()
    for attempt in range(10):
        with pytest.raises(AccountError):
            accounts.authenticate(fresh_db, "pimpinan", f"salah-{attempt:04d}x", now=now)
    accounts.reset_password(fresh_db, pimpinan, "sementara-123")
    session = accounts.authenticate(fresh_db, "pimpinan", "sementara-123", now=now)
    assert accounts.must_change_password(fresh_db, pimpinan)
    with pytest.raises(AccountError) as wrong_old:
        accounts.change_password(fresh_db, "bukan-ini-123", "milik-saya-456", acting=session)
    assert wrong_old.value.code == "wrong_password"
    with pytest.raises(AccountError) as same:
        accounts.change_password(fresh_db, "sementara-123", "sementara-123", acting=session)
    assert same.value.code == "password_same"
    accounts.change_password(fresh_db, "sementara-123", "milik-saya-456", acting=session)
    assert not accounts.must_change_password(fresh_db, pimpinan)
    assert accounts.authenticate(fresh_db, "pimpinan", "milik-saya-456").account_id == pimpinan
    assert [r["summary"] for r in audit_rows(fresh_db, "reset_sandi")] == ["pimpinan"]
    assert [r["akun_id"] for r in audit_rows(fresh_db, "ganti_sandi")] == [pimpinan]


def test_a_hash_made_with_other_parameters_is_redone_at_the_next_login(fresh_db, monkeypatch):
    account_id = admin(fresh_db)
    before = accounts._row(fresh_db, "id = ?", account_id)["password_hash"]
    assert "m=1024,t=1,p=1" in before
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=2, memory_cost=2048))
    accounts.authenticate(fresh_db, "admin", PASSWORD)
    after = accounts._row(fresh_db, "id = ?", account_id)["password_hash"]
    assert after.startswith("$argon2id$") and "m=2048,t=2" in after
    assert accounts.authenticate(fresh_db, "admin", PASSWORD).account_id == account_id


def test_role_and_scope_change_is_recorded_and_a_repeat_writes_nothing(fresh_db):
    admin(fresh_db)
    opd = make_unit(fresh_db, kode="2", nama="Dinas Pendidikan", jenis="opd")
    other = accounts.create_account(
        fresh_db, NewAccount("kepala", "Ibu Kepala", "pimpinan"), PASSWORD
    )
    with pytest.raises(AccountError) as no_scope:
        accounts.set_role_and_scope(fresh_db, other, "operator")
    assert no_scope.value.code == "scope_needed"
    accounts.set_role_and_scope(fresh_db, other, "operator", frozenset({opd.id}))
    accounts.set_role_and_scope(fresh_db, other, "operator", frozenset({opd.id}))
    changed = accounts.get_account(fresh_db, other)
    assert (changed.role, changed.unit_ids) == ("operator", frozenset({opd.id}))
    (entry,) = audit_rows(fresh_db, "akun_peran")
    assert '"pimpinan"' in entry["before"] and '"operator"' in entry["after"]


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("pendek", "password_short"),
        ("x" * 257, "password_long"),
        ("Budi.Santoso", "password_username"),
    ],
)
def test_password_rules(password, code):
    with pytest.raises(AccountError) as refused:
        rules.check_password(password, username="budi.santoso")
    assert refused.value.code == code


@pytest.mark.parametrize("username", ["a", "nama dengan spasi", "-awal", "x" * 33, "é"])
def test_username_rules(username):
    with pytest.raises(AccountError):
        rules.check_username(username)


def test_the_messages_speak_english_too(fresh_db):
    from desktop.core import i18n

    i18n.set_language("en")
    with pytest.raises(AccountError) as refused:
        rules.check_password("pendek")
    assert refused.value.message() == "The password needs at least 10 characters."


def test_idle_minutes_are_an_office_setting(fresh_db):
    assert accounts.idle_minutes(fresh_db) == rules.IDLE_MINUTES == 15
    accounts.set_idle_minutes(fresh_db, 5)
    assert accounts.idle_minutes(fresh_db) == 5
    accounts.set_idle_minutes(fresh_db, 1000)
    assert accounts.idle_minutes(fresh_db) == accounts.MAX_IDLE


def test_the_demo_has_four_accounts_with_the_demo_password(fresh_db):
    from desktop.demo import build_demo
    from desktop.demo.accounts import DEMO_PASSWORD
    from desktop.store.penilai import resolve_penilai

    build_demo(fresh_db, staff=40, seed=2)
    listed = {a.username: a for a in accounts.list_accounts(fresh_db)}
    assert list(listed) == ["admin", "operator", "penilai", "pimpinan"]
    assert {a.role for a in listed.values()} == {"admin", "operator", "penilai", "pimpinan"}
    (opd,) = listed["operator"].unit_ids
    assert fresh_db.execute("SELECT jenis FROM unit WHERE id = ?", [opd]).fetchone()[0] == "opd"
    penilai = listed["penilai"].staff_id
    appraised = [
        r[0] for r in fresh_db.execute("SELECT staff_id, penilai_id FROM skp")
        if resolve_penilai(fresh_db, r[0], r[1]) == penilai
    ]  # fmt: skip
    assert len(appraised) >= 2 and penilai not in appraised
    for username in listed:
        assert accounts.authenticate(fresh_db, username, DEMO_PASSWORD).username == username
