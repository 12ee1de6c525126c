"""Which database is the demo office: a ``meta`` row ``demo = 1`` written with the demo, so any
window on that file says KANTOR CONTOH and no real office is ever mistaken for it.

Demo files made before the marker existed carry ``demo_seed``; that counts too.
"""

from __future__ import annotations

import sqlite_utils

DEMO_KEY = "demo"
OLD_DEMO_KEY = "demo_seed"


def is_demo(db: sqlite_utils.Database) -> bool:
    """True when the database was built by ``build_demo``."""
    row = db.execute(
        "SELECT count(*) FROM meta WHERE key IN (?, ?)", [DEMO_KEY, OLD_DEMO_KEY]
    ).fetchone()
    return bool(row and row[0])


def office_name(db: sqlite_utils.Database) -> str:
    """The office's own name as typed in the first-run wizard or its settings ("" if none)."""
    row = db.execute("SELECT nama_kantor, instansi FROM office").fetchone()
    return (row[0] or row[1] or "").strip() if row else ""
