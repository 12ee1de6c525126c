"""Rekam jejak for the talent map: recent sanctions keep a person out of the pools.

A disciplinary sanction of tingkat sedang or berat (PP 94/2021) or any code-of-ethics breach
within the two calendar years ending 31 December of the map's year marks "tidak memenuhi
rekam jejak" beside the box, and the person is never in the kelompok rencana suksesi. A
sanction counts when its SK date or TMT falls in that window, or when it is still being served
in it (TMT before the window, ``selesai`` inside or after its start), or when it has no date
at all (to be checked). Ringan sanctions do not count. The box itself is not changed: the
committee sees both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.core.i18n import pick

DISIPLIN = "disiplin"
KODE_ETIK = "kode_etik"
COUNTED_TINGKAT = ("sedang", "berat")


@dataclass(frozen=True)
class Hukuman:
    """One row of ``riwayat_hukuman`` as the rule needs it."""

    kategori: str  # disiplin | kode_etik
    tingkat: str = ""  # ringan | sedang | berat ("" for kode_etik)
    nomor_sk: str = ""
    tanggal_sk: date | None = None
    tmt: date | None = None
    selesai: date | None = None
    jenis: str = ""


def window(year: int) -> tuple[date, date]:
    """The two years a sanction is looked for: 1 Jan of year-1 to 31 Dec of year."""
    return date(year - 1, 1, 1), date(year, 12, 31)


def counts(hukuman: Hukuman) -> bool:
    """Does this kind of sanction break the rekam jejak (whatever its date)?"""
    return hukuman.kategori == KODE_ETIK or hukuman.tingkat in COUNTED_TINGKAT


def in_window(hukuman: Hukuman, year: int) -> bool:
    """SK date or TMT inside the window, or the sanction still served in it. A sanction with
    neither date cannot be placed in time: it counts (the reason says the date is missing) so
    that the record is checked before the person enters a pool."""
    start, end = window(year)
    dates = [d for d in (hukuman.tanggal_sk, hukuman.tmt) if d is not None]
    if not dates:
        return True
    if any(start <= d <= end for d in dates):
        return True
    began = min(dates, default=None)
    return (
        began is not None
        and began <= end
        and hukuman.selesai is not None
        and hukuman.selesai >= start
    )


def _describe(hukuman: Hukuman) -> str:
    if hukuman.kategori == KODE_ETIK:
        what = pick("pelanggaran kode etik", "code-of-ethics breach")
    else:
        tingkat = {
            "sedang": pick("sedang", "moderate"),
            "berat": pick("berat", "severe"),
        }.get(hukuman.tingkat, hukuman.tingkat)
        what = pick(f"hukuman disiplin tingkat {tingkat}", f"{tingkat} disciplinary sanction")
    if hukuman.jenis:
        what += f" ({hukuman.jenis})"
    when = hukuman.tanggal_sk or hukuman.tmt
    sk = pick("SK", "decree")
    parts = [what]
    if hukuman.nomor_sk:
        parts.append(f"{sk} {hukuman.nomor_sk}")
    text = ", ".join(parts)
    if when:
        return f"{text} {when.isoformat()}" if hukuman.nomor_sk else f"{text}, {when.isoformat()}"
    return text + pick(" (tanggal SK/TMT belum diisi)", " (decree date/TMT missing)")


def rekam_jejak(hukuman: Iterable[Hukuman], year: int) -> str:
    """ "" when the rekam jejak is met, else the reason naming each sanction's SK."""
    found = [h for h in hukuman if counts(h) and in_window(h, year)]
    if not found:
        return ""
    found.sort(key=lambda h: (h.tanggal_sk or h.tmt or date.min, h.nomor_sk))
    return pick("tidak memenuhi rekam jejak: ", "track record not met: ") + "; ".join(
        _describe(h) for h in found
    )
