"""Talent facts the demo writes on the staff and unit rows themselves: the end of a PPPK's work
contract and the key positions (``unit.kritikal``). Neither draws from the random stream, so the
rest of the office is unchanged by them.
"""

from __future__ import annotations

import zlib
from datetime import date, timedelta

from desktop.core.models import UnitJenis
from desktop.demo.careers import Career
from desktop.demo.orgtree import DemoUnit
from desktop.demo.rand import add_years
from desktop.demo.ranks import REFERENCE

CONTRACT_YEARS = 5  # PP 49/2018 Pasal 37: one to five years; the kabupaten gives five
KEY_BIDANG_SHARE = 3  # one administrator post in three (by its code) is a key position


def kontrak_selesai(career: Career) -> date | None:
    """The last day of a PPPK's current contract: five years from the TMT, renewed for five
    more where the first ended before the demo's today (None for PNS and CPNS)."""
    if career.status != "pppk":
        return None
    start = career.golongan[0][1]
    end = add_years(start, CONTRACT_YEARS) - timedelta(days=1)
    while end < REFERENCE:
        start = end + timedelta(days=1)
        end = add_years(start, CONTRACT_YEARS) - timedelta(days=1)
    return end


def is_kritikal(unit: DemoUnit) -> bool:
    """Key positions for succession: every OPD head, and some heads of a bidang or bagian
    (administrator posts, eselon III), picked by a hash of the unit code (stable)."""
    if unit.jenis is UnitJenis.OPD:
        return True
    administrator = unit.eselon is not None and 30 <= unit.eselon < 40
    return administrator and zlib.crc32(unit.kode.encode()) % KEY_BIDANG_SHARE == 0
