"""Accounts of one office database: create, sign in, change and reset passwords, deactivate,
role and scope (issue 10).

Passwords are kept only as Argon2id hashes in argon2-cffi's encoded form (its defaults; a hash
made with other parameters is redone at the next good login). Ten wrong passwords in a row lock
an account for 15 minutes; the count survives a crash because each failure is committed before
the refusal is raised. Every change and every login, good or bad, goes to the audit trail in
the same transaction, never with the password. Managing accounts is the admin's: the session
(``desktop.store.session``) is checked here, below the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NoReturn

import sqlite_utils
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from desktop.core.access import Perm, allows
from desktop.core.accounts import (
    IDLE_MINUTES,
    AccountError,
    NewAccount,
    check_new_account,
    check_password,
    clock_time,
    iso,
    lock_after,
    locked_until,
    normal_username,
    utc_now,
)
from desktop.core.workflow import Role
from desktop.store import audit
from desktop.store import session as sessions
from desktop.store.session import Session, Source

HASHER = PasswordHasher()  # argon2-cffi's defaults (RFC 9106 low-memory profile)
_dummy_hash: str | None = None  # verified against for an unknown username (same timing)

ACCOUNT_COLUMNS = (
    "id, username, nama, nip, staff_id, role, aktif, gagal, terkunci_sampai, harus_ganti, "
    "dibuat, login_terakhir"
)


@dataclass(frozen=True)
class Account:
    """One row of ``akun`` with its scope; never the hash."""

    id: int
    username: str
    nama: str
    nip: str
    staff_id: int | None
    role: str
    aktif: bool
    gagal: int
    terkunci_sampai: str | None
    harus_ganti: bool
    dibuat: str
    login_terakhir: str | None
    unit_ids: frozenset[int] = frozenset()


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def has_accounts(db: sqlite_utils.Database) -> bool:
    """True once the office has made its first account (from then on everyone signs in)."""
    if "akun" not in db.table_names():
        return False
    return db.conn.execute("SELECT 1 FROM akun LIMIT 1").fetchone() is not None


def _require_admin(acting: Session | None) -> Session:
    acting = acting or sessions.current()
    if not allows(acting.role, Perm.MANAGE_ACCOUNTS):  # the one table (core.access) says who
        raise AccountError("admin_only")
    return acting


def _row(db: sqlite_utils.Database, where: str, value: object) -> dict | None:
    cursor = db.conn.execute(
        f"SELECT {ACCOUNT_COLUMNS}, password_hash FROM akun WHERE {where}", [value]
    )
    found = cursor.fetchone()
    if found is None:
        return None
    return dict(zip([c[0] for c in cursor.description], found, strict=True))


def _units(db: sqlite_utils.Database, account_id: int) -> frozenset[int]:
    rows = db.conn.execute("SELECT unit_id FROM akun_unit WHERE akun_id = ?", [account_id])
    return frozenset(r[0] for r in rows)


def _account(db: sqlite_utils.Database, row: dict) -> Account:
    values = {k: v for k, v in row.items() if k != "password_hash"}
    values.update(aktif=bool(row["aktif"]), harus_ganti=bool(row["harus_ganti"]))
    values["nip"] = row["nip"] or ""
    return Account(**values, unit_ids=_units(db, row["id"]))


def get_account(db: sqlite_utils.Database, account_id: int) -> Account:
    row = _row(db, "id = ?", account_id)
    if row is None:
        raise AccountError("no_account", username=str(account_id))
    return _account(db, row)


def list_accounts(db: sqlite_utils.Database, *, acting: Session | None = None) -> list[Account]:
    """Every account, by username (Kelola Akun: the admin's)."""
    _require_admin(acting)
    cursor = db.conn.execute(
        f"SELECT {ACCOUNT_COLUMNS}, '' AS password_hash FROM akun ORDER BY username"
    )
    names = [c[0] for c in cursor.description]
    return [_account(db, dict(zip(names, r, strict=True))) for r in cursor.fetchall()]


def create_account(
    db: sqlite_utils.Database,
    new: NewAccount,
    password: str,
    *,
    confirm: str | None = None,
    acting: Session | None = None,
    password_hash: str | None = None,
    audited: bool = True,
) -> int:
    """Add an account and return its id. The first one must be an admin (anyone may make it,
    as anyone could open the account-less database); later ones only the admin.
    ``password_hash`` (the demo's one hash for its four accounts) skips hashing;
    ``audited=False`` leaves the entry to the caller (the demo's single entry says it)."""
    account = check_new_account(new)
    check_password(password, username=account.username, confirm=confirm)
    hashed = password_hash or hash_password(password)
    with db.atomic():
        if has_accounts(db):
            _require_admin(acting)
        elif account.role != Role.ADMIN:
            raise AccountError("first_admin")
        if _row(db, "username = ?", account.username) is not None:
            raise AccountError("duplicate", username=account.username)
        cursor = db.conn.execute(
            "INSERT INTO akun (username, nama, nip, staff_id, role, password_hash) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                account.username,
                account.nama,
                account.nip or None,
                account.staff_id,
                str(account.role),
                hashed,
            ),
        )
        account_id = int(cursor.lastrowid or 0)
        _write_units(db, account_id, account.unit_ids)
        if audited:
            audit.record(
                db,
                action="akun_baru",
                table="akun",
                row_uuid=str(account_id),
                after={"username": account.username, "role": str(account.role)},
                summary=f"{account.username} ({account.role})",
            )
    return account_id


def _write_units(db: sqlite_utils.Database, account_id: int, unit_ids: frozenset[int]) -> None:
    db.conn.execute("DELETE FROM akun_unit WHERE akun_id = ?", [account_id])
    db.conn.executemany(
        "INSERT INTO akun_unit (akun_id, unit_id) VALUES (?, ?)",
        [(account_id, u) for u in sorted(unit_ids)],
    )


def _verify(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _unknown_user(password: str) -> None:
    """Spend the time a real check takes, so a wrong name answers like a wrong password."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = hash_password("kinerja-luring-tidak-ada-akun")
    _verify(_dummy_hash, password)


def session_for(db: sqlite_utils.Database, row: dict, source: Source) -> Session:
    return Session(
        role=Role(row["role"]),
        account_id=row["id"],
        username=row["username"],
        nama=row["nama"],
        staff_id=row["staff_id"],
        unit_ids=_units(db, row["id"]),
        source=Source(source),
    )


def authenticate(
    db: sqlite_utils.Database,
    username: str,
    password: str,
    *,
    source: Source = Source.GUI,
    now: datetime | None = None,
    record_login: bool = True,
) -> Session:
    """The session of ``username`` when ``password`` is right and the account is active and not
    locked; else an AccountError (``wrong_password``, ``locked``, ``inactive``). Does not begin
    the session: the caller does (``session.begin``).

    A refusal is always recorded (and counted). ``record_login=False`` (the CLI, where every
    command signs in and its own writes, exports and backups name the account) writes nothing
    for a good sign-in unless a failure count must be cleared or the hash redone, so a command
    that is then refused leaves the file as it was."""
    now = now or utc_now()
    row = _row(db, "username = ?", normal_username(username))
    if row is None:
        _unknown_user(password)
        raise AccountError("wrong_password")
    until = locked_until(row["terkunci_sampai"], now)
    if until is not None:
        raise AccountError(
            "locked", username=row["username"], count=row["gagal"], until=clock_time(until)
        )
    if not _verify(row["password_hash"], password):
        _count_failure(db, row, source, now)
    if not row["aktif"]:
        with sessions.acting(source=source), db.atomic():
            audit.record(
                db,
                action="login_gagal",
                table="akun",
                row_uuid=str(row["id"]),
                summary=f"{row['username']}: nonaktif",
            )
        raise AccountError("inactive", username=row["username"])
    signed_in = session_for(db, row, source)
    rehashed = hash_password(password) if HASHER.check_needs_rehash(row["password_hash"]) else None
    if record_login or rehashed or row["gagal"] or row["terkunci_sampai"]:
        _record_success(db, row, signed_in, rehashed, now, record_login)
    return signed_in


def _record_success(
    db: sqlite_utils.Database,
    row: dict,
    signed_in: Session,
    rehashed: str | None,
    now: datetime,
    record_login: bool,
) -> None:
    """Clear the failure count, redo an outdated hash, stamp the login and record it."""
    stamp = iso(now) if record_login else row["login_terakhir"]
    with sessions.acting(signed_in), db.atomic():
        db.conn.execute(
            "UPDATE akun SET gagal = 0, terkunci_sampai = NULL, login_terakhir = ?, "
            "password_hash = ? WHERE id = ?",
            (stamp, rehashed or row["password_hash"], row["id"]),
        )
        if record_login:
            audit.record(
                db,
                action="login",
                table="akun",
                row_uuid=str(row["id"]),
                summary=f"{row['username']} ({signed_in.source})",
            )


def _count_failure(db: sqlite_utils.Database, row: dict, source: Source, now: datetime) -> NoReturn:
    """Commit one more failure (and the lock at the tenth), then refuse."""
    failures = row["gagal"] + 1
    until = lock_after(failures, now)
    with sessions.acting(source=source), db.atomic():
        db.conn.execute(
            "UPDATE akun SET gagal = ?, terkunci_sampai = ? WHERE id = ?",
            (failures, iso(until) if until else None, row["id"]),
        )
        locked = f", terkunci sampai {iso(until)}" if until else ""
        audit.record(
            db,
            action="login_gagal",
            table="akun",
            row_uuid=str(row["id"]),
            summary=f"{row['username']}: gagal ke-{failures}{locked}",
        )
    if until is not None:
        raise AccountError(
            "locked", username=row["username"], count=failures, until=clock_time(until)
        )
    raise AccountError("wrong_password")


def verify_password(db: sqlite_utils.Database, account_id: int, password: str) -> bool:
    """The idle lock's check: the same account's password (a failure counts as at login)."""
    row = _row(db, "id = ?", account_id)
    return row is not None and _verify(row["password_hash"], password)


def must_change_password(db: sqlite_utils.Database, account_id: int) -> bool:
    found = db.conn.execute("SELECT harus_ganti FROM akun WHERE id = ?", [account_id]).fetchone()
    return bool(found and found[0])


def record_logout(db: sqlite_utils.Database, acting: Session | None = None) -> None:
    acting = acting or sessions.current()
    if acting.account_id is None:
        return
    with sessions.acting(acting), db.atomic():
        audit.record(
            db,
            action="logout",
            table="akun",
            row_uuid=str(acting.account_id),
            summary=acting.username,
        )


def change_password(
    db: sqlite_utils.Database,
    old: str,
    new: str,
    *,
    confirm: str | None = None,
    acting: Session | None = None,
) -> None:
    """The signed-in person's own password; the old one must be right."""
    acting = acting or sessions.current()
    row = _row(db, "id = ?", acting.account_id) if acting.account_id is not None else None
    if row is None:
        raise AccountError("no_account", username=acting.username or "-")
    if not _verify(row["password_hash"], old):
        raise AccountError("wrong_password")
    check_password(new, username=row["username"], confirm=confirm)
    if new == old:
        raise AccountError("password_same")
    hashed = hash_password(new)
    with sessions.acting(acting), db.atomic():
        db.conn.execute(
            "UPDATE akun SET password_hash = ?, harus_ganti = 0 WHERE id = ?", (hashed, row["id"])
        )
        audit.record(
            db, action="ganti_sandi", table="akun", row_uuid=str(row["id"]), summary=row["username"]
        )


def reset_password(
    db: sqlite_utils.Database,
    account_id: int,
    new: str,
    *,
    confirm: str | None = None,
    acting: Session | None = None,
) -> None:
    """The admin gives a temporary password; the account must choose its own at next login.
    A lock is lifted too."""
    acting = _require_admin(acting)
    target = get_account(db, account_id)
    check_password(new, username=target.username, confirm=confirm)
    hashed = hash_password(new)
    with db.atomic():
        db.conn.execute(
            "UPDATE akun SET password_hash = ?, harus_ganti = 1, gagal = 0, "
            "terkunci_sampai = NULL WHERE id = ?",
            (hashed, account_id),
        )
        audit.record(
            db,
            action="reset_sandi",
            table="akun",
            row_uuid=str(account_id),
            summary=target.username,
        )


def _active_admins(db: sqlite_utils.Database) -> int:
    found = db.conn.execute("SELECT count(*) FROM akun WHERE role = 'admin' AND aktif = 1")
    return int(found.fetchone()[0])


def set_active(
    db: sqlite_utils.Database, account_id: int, aktif: bool, *, acting: Session | None = None
) -> None:
    """Deactivate (or reactivate) an account; never one's own, never the last active admin."""
    acting = _require_admin(acting)
    with db.atomic():
        target = get_account(db, account_id)
        if target.aktif == aktif:
            return
        if not aktif and acting.account_id == account_id:
            raise AccountError("own_account")
        if not aktif and target.role == Role.ADMIN and _active_admins(db) <= 1:
            raise AccountError("last_admin", username=target.username)
        db.conn.execute("UPDATE akun SET aktif = ? WHERE id = ?", (int(aktif), account_id))
        audit.record(
            db,
            action="akun_nonaktif" if not aktif else "akun_aktif",
            table="akun",
            row_uuid=str(account_id),
            before={"aktif": target.aktif},
            after={"aktif": aktif},
            summary=target.username,
        )


def set_role_and_scope(
    db: sqlite_utils.Database,
    account_id: int,
    role: str,
    unit_ids: frozenset[int] = frozenset(),
    *,
    staff_id: int | None = None,
    acting: Session | None = None,
) -> None:
    """Give an account another role, scope (an operator's OPDs) and linked employee; the last
    active admin keeps the admin role. Nothing is written when nothing changes."""
    _require_admin(acting)
    with db.atomic():
        target = get_account(db, account_id)
        checked = check_new_account(
            NewAccount(target.username, target.nama, role, staff_id=staff_id, unit_ids=unit_ids)
        )
        scope = checked.unit_ids if checked.role == Role.OPERATOR else frozenset()
        before = {
            "role": target.role,
            "unit_ids": sorted(target.unit_ids),
            "staff_id": target.staff_id,
        }
        after = {"role": str(checked.role), "unit_ids": sorted(scope), "staff_id": staff_id}
        if before == after:
            return
        demoted = target.role == Role.ADMIN and checked.role != Role.ADMIN
        if demoted and target.aktif and _active_admins(db) <= 1:
            raise AccountError("last_admin", username=target.username)
        db.conn.execute(
            "UPDATE akun SET role = ?, staff_id = ? WHERE id = ?",
            (str(checked.role), staff_id, account_id),
        )
        _write_units(db, account_id, scope)
        audit.record(
            db,
            action="akun_peran",
            table="akun",
            row_uuid=str(account_id),
            before=before,
            after=after,
            summary=target.username,
        )


IDLE_KEY = "kunci_menit"  # meta: minutes without input before the window locks (0: never)
MAX_IDLE = 240


def idle_minutes(db: sqlite_utils.Database) -> int:
    """The office's idle-lock time (default ``core.accounts.IDLE_MINUTES``)."""
    found = db.conn.execute("SELECT value FROM meta WHERE key = ?", [IDLE_KEY]).fetchone()
    try:
        return max(0, min(MAX_IDLE, int(found[0]))) if found else IDLE_MINUTES
    except (TypeError, ValueError):
        return IDLE_MINUTES


def set_idle_minutes(
    db: sqlite_utils.Database, minutes: int, *, acting: Session | None = None
) -> None:
    """An office setting, so every PC of the office locks alike; the admin's."""
    _require_admin(acting)
    minutes = max(0, min(MAX_IDLE, int(minutes)))
    before = idle_minutes(db)
    if minutes == before:
        return
    with db.atomic():
        db.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (IDLE_KEY, str(minutes))
        )
        audit.record(
            db,
            action="pengaturan",
            table="meta",
            row_uuid=IDLE_KEY,
            before={IDLE_KEY: before},
            after={IDLE_KEY: minutes},
            summary=f"kunci otomatis {minutes} menit",
        )
