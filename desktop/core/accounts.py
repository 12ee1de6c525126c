"""Rules for accounts, without I/O: what a username and a password must be, when failed logins
lock an account, how long an idle window stays open, and the errors a person sees.

The store (``desktop.store.accounts``) applies them; the UI and the CLI show ``AccountError``
messages as they are, in the current language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop.core.errors import KinerjaError

MIN_PASSWORD = 10  # characters (issue 10): long beats clever for a shared office PC
MAX_PASSWORD = 256  # bounds the work of hashing a pasted novel
MAX_FAILURES = 10  # failed logins in a row that lock the account …
LOCK_MINUTES = 15  # … for this long
IDLE_MINUTES = 15  # default idle time before the window locks (office setting)
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


class AccountError(KinerjaError):
    """A login or an account change refused; nothing was changed (except the failure count)."""

    catalog = {
        "username": (
            "Nama pengguna '{username}' tidak sah: 2–32 huruf kecil, angka, titik, garis bawah "
            "atau tanda minus, diawali huruf atau angka.",
            "Username '{username}' is not valid: 2–32 lower-case letters, digits, dots, "
            "underscores or hyphens, starting with a letter or digit.",
        ),
        "nama": ("Nama lengkap wajib diisi.", "The full name is required."),
        "password_short": (
            "Kata sandi minimal {min} karakter.",
            "The password needs at least {min} characters.",
        ),
        "password_long": (
            "Kata sandi paling banyak {max} karakter.",
            "The password may have at most {max} characters.",
        ),
        "password_username": (
            "Kata sandi tidak boleh sama dengan nama pengguna.",
            "The password must not be the username.",
        ),
        "password_mismatch": (
            "Kedua kata sandi tidak sama.",
            "The two passwords differ.",
        ),
        "password_same": (
            "Kata sandi baru harus berbeda dari yang lama.",
            "The new password must differ from the old one.",
        ),
        "wrong_password": (
            "Nama pengguna atau kata sandi salah.",
            "Wrong username or password.",
        ),
        "locked": (
            "Akun '{username}' terkunci karena {count} kali salah kata sandi, sampai pukul "
            "{until}.",
            "Account '{username}' is locked after {count} wrong passwords, until {until}.",
        ),
        "inactive": (
            "Akun '{username}' dinonaktifkan. Hubungi admin kepegawaian.",
            "Account '{username}' is deactivated. Ask the HR admin.",
        ),
        "duplicate": (
            "Nama pengguna '{username}' sudah dipakai.",
            "Username '{username}' is already taken.",
        ),
        "first_admin": (
            "Akun pertama harus akun admin kepegawaian.",
            "The first account must be the HR admin's.",
        ),
        "admin_only": (
            "Hanya admin kepegawaian yang dapat mengelola akun.",
            "Only the HR admin can manage accounts.",
        ),
        "last_admin": (
            "Akun '{username}' adalah satu-satunya admin aktif; angkat admin lain terlebih dahulu.",
            "Account '{username}' is the only active admin; make another admin first.",
        ),
        "own_account": (
            "Anda tidak dapat menonaktifkan akun Anda sendiri.",
            "You cannot deactivate your own account.",
        ),
        "no_account": ("Akun '{username}' tidak ada.", "There is no account '{username}'."),
        "must_change": (
            "Kata sandi akun '{username}' direset: gantilah di aplikasi (Berkas → Ganti kata "
            "sandi) sebelum memakai baris perintah.",
            "The password of '{username}' was reset: change it in the app (Berkas → Ganti kata "
            "sandi) before using the command line.",
        ),
        "sign_in": (
            "Basis data ini memakai akun: masuk dengan --user NAMA (kata sandi ditanyakan), "
            "atau isi KINERJA_USER dan KINERJA_PASSWORD.",
            "This database has accounts: sign in with --user NAME (the password is asked), "
            "or set KINERJA_USER and KINERJA_PASSWORD.",
        ),
        "no_password": (
            "Kata sandi untuk '{username}' tidak dapat ditanyakan (tanpa terminal): isi "
            "KINERJA_PASSWORD.",
            "The password for '{username}' cannot be asked (no terminal): set KINERJA_PASSWORD.",
        ),
        "scope_needed": (
            "Operator memerlukan sedikitnya satu OPD dalam cakupannya.",
            "An operator needs at least one OPD in scope.",
        ),
        "staff_needed": (
            "Peran {role} memerlukan pegawai yang terhubung ke akun ini.",
            "The role {role} needs the employee behind this account.",
        ),
    }


@dataclass(frozen=True)
class NewAccount:
    """What the admin types for a new account; ``unit_ids`` is an operator's scope."""

    username: str
    nama: str
    role: str
    nip: str = ""
    staff_id: int | None = None
    unit_ids: frozenset[int] = frozenset()


def normal_username(username: str) -> str:
    """Usernames compare without case or surrounding blanks (``Admin `` is ``admin``)."""
    return username.strip().lower()


def check_username(username: str) -> str:
    name = normal_username(username)
    if not USERNAME.match(name):
        raise AccountError("username", username=username.strip())
    return name


def check_password(password: str, *, username: str = "", confirm: str | None = None) -> None:
    """Refuse a new password that is short, overlong, the username, or not typed twice alike."""
    if len(password) < MIN_PASSWORD:
        raise AccountError("password_short", min=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise AccountError("password_long", max=MAX_PASSWORD)
    if username and password.strip().lower() == normal_username(username):
        raise AccountError("password_username")
    if confirm is not None and confirm != password:
        raise AccountError("password_mismatch")


def check_new_account(new: NewAccount) -> NewAccount:
    """The account as it will be stored (username normalised), or an AccountError."""
    username = check_username(new.username)
    if not new.nama.strip():
        raise AccountError("nama")
    if new.role == "operator" and not new.unit_ids:
        raise AccountError("scope_needed")
    if new.role in ("penilai", "atasan", "pegawai") and new.staff_id is None:
        raise AccountError("staff_needed", role=new.role)
    return NewAccount(
        username=username,
        nama=new.nama.strip(),
        role=new.role,
        nip=new.nip.strip(),
        staff_id=new.staff_id,
        unit_ids=frozenset(new.unit_ids),
    )


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def lock_after(failures: int, now: datetime) -> datetime | None:
    """When the ``failures``-th wrong password in a row locks the account, until when."""
    return now + timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None


def locked_until(terkunci_sampai: str | None, now: datetime) -> datetime | None:
    """The end of a lock still running at ``now``; None when the account is open."""
    if not terkunci_sampai:
        return None
    until = parse_iso(terkunci_sampai)
    return until if until > now else None


def clock_time(moment: datetime) -> str:
    """``14.05`` in the PC's local time, as Indonesian clocks are written."""
    return moment.astimezone().strftime("%H.%M")
