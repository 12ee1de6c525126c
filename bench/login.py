"""Sign-in cost: the Argon2id parameters in use and how long ``authenticate`` takes (a good
password with the GUI's login record, the CLI's silent sign-in, a wrong password, a hash).

    .venv/bin/python bench/login.py [--runs 15]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.core.accounts import AccountError, NewAccount
from desktop.store import accounts
from desktop.store.db import open_db
from desktop.store.session import Source

PASSWORD = "kinerja-demo"


def timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, min) seconds of ``runs`` calls."""
    spent = []
    for _ in range(runs):
        started = time.perf_counter()
        with contextlib.suppress(AccountError):
            action()
        spent.append(time.perf_counter() - started)
    return statistics.median(spent), min(spent)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    hasher = accounts.HASHER
    print(
        f"argon2id: time_cost={hasher.time_cost} memory_cost={hasher.memory_cost} KiB "
        f"parallelism={hasher.parallelism} hash_len={hasher.hash_len} salt_len={hasher.salt_len}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "login.sqlite")
        accounts.create_account(db, NewAccount("admin", "Admin", "admin"), PASSWORD)
        cases: dict[str, Callable[[], object]] = {
            "authenticate (GUI, recorded)": lambda: accounts.authenticate(db, "admin", PASSWORD),
            "authenticate (CLI, silent)": lambda: accounts.authenticate(
                db, "admin", PASSWORD, source=Source.CLI, record_login=False
            ),
            "wrong password (counted)": lambda: _wrong(db),
            "hash a new password": lambda: accounts.hash_password(PASSWORD),
        }
        for name, action in cases.items():
            median, best = timed(action, runs)
            print(f"{name:32s} median {median * 1000:6.0f} ms   min {best * 1000:6.0f} ms")
        db.close()
    return 0


def _wrong(db) -> None:  # type: ignore[no-untyped-def]
    try:
        accounts.authenticate(db, "admin", "salah-sandi-123")
    finally:  # keep the account open for the next round
        db.conn.execute("UPDATE akun SET gagal = 0, terkunci_sampai = NULL")
        db.conn.commit()


if __name__ == "__main__":
    raise SystemExit(main())
