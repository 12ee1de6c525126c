"""The golongan ladder, the jenjang of jabatan fungsional and the angka kredit they need
(PermenPANRB 1/2023, Peraturan BKN 3/2023).

Under the integrated system AK accumulate *within a jenjang* and restart at 0 on a kenaikan
jenjang. The lampiran of PermenPANRB 1/2023 gives the AK per pangkat (Ahli Pertama 50, Ahli
Muda 100, Ahli Madya 150, Ahli Utama 200; keterampilan II/b–II/d 20, III/a–III/b 50,
III/c 100); a kenaikan pangkat needs "kumulatif angka kredit pangkat dalam jenjang jabatan",
so the second pangkat of Ahli Madya (IV/b → IV/c) needs 150 + 150 = 300, and the sum over a
jenjang's pangkat is its kenaikan jenjang figure (Ahli Pertama → Muda 100, Muda → Madya 200,
Madya → Utama 450; Pemula → Terampil 15, Terampil → Mahir 60, Mahir → Penyelia 100).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from desktop.core.angka_kredit import JENJANG_NAMA as JENJANG_NAMA  # re-exported
from desktop.core.angka_kredit import angka_kredit, credited_months
from desktop.core.appraisal import Predikat
from desktop.core.periods import Period

LADDER = (
    "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
    "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
)  # fmt: skip
RANK = {kode: i for i, kode in enumerate(LADDER)}
TOP = LADDER[-1]

# The golongan of each jenjang, lowest first (PermenPANRB 1/2023 Pasal 15–16).
JENJANG_GOLONGAN: dict[str, tuple[str, ...]] = {
    "pemula": ("II/a",),
    "terampil": ("II/b", "II/c", "II/d"),
    "mahir": ("III/a", "III/b"),
    "penyelia": ("III/c", "III/d"),
    "ahli_pertama": ("III/a", "III/b"),
    "ahli_muda": ("III/c", "III/d"),
    "ahli_madya": ("IV/a", "IV/b", "IV/c"),
    "ahli_utama": ("IV/d", "IV/e"),
}
NEXT_JENJANG = {
    "pemula": "terampil", "terampil": "mahir", "mahir": "penyelia",
    "ahli_pertama": "ahli_muda", "ahli_muda": "ahli_madya", "ahli_madya": "ahli_utama",
}  # fmt: skip

# AK per pangkat inside a jenjang (kenaikan pangkat from that pangkat, or its share of the
# kenaikan jenjang when it is the jenjang's top pangkat).
_AK_PANGKAT = {
    "keterampilan": {"II/a": 15, "II/b": 20, "II/c": 20, "II/d": 20, "III/a": 50,
                     "III/b": 50, "III/c": 100},
    "keahlian": {"III/a": 50, "III/b": 50, "III/c": 100, "III/d": 100, "IV/a": 150,
                 "IV/b": 150, "IV/c": 150, "IV/d": 200},
}  # fmt: skip
KEAHLIAN = frozenset({"ahli_pertama", "ahli_muda", "ahli_madya", "ahli_utama"})
GOOD = frozenset({Predikat.SANGAT_BAIK.value, Predikat.BAIK.value})


def _pangkat_values(jenjang: str) -> dict[str, int]:
    return _AK_PANGKAT["keahlian" if jenjang in KEAHLIAN else "keterampilan"]


# Worked out once (the lists read them for every person).
_NEXT = dict(pairwise(LADDER))
_FOR_PANGKAT = {
    (jenjang, golongan): Decimal(sum(_pangkat_values(jenjang)[g] for g in ranks[: i + 1]))
    for jenjang, ranks in JENJANG_GOLONGAN.items()
    for i, golongan in enumerate(ranks[:-1])
}
_FOR_JENJANG = {
    jenjang: Decimal(sum(_pangkat_values(jenjang)[g] for g in JENJANG_GOLONGAN[jenjang]))
    for jenjang in NEXT_JENJANG
}


def next_golongan(golongan: str) -> str | None:
    """The next step of the ladder; None at IV/e (or for an unknown code)."""
    return _NEXT.get(golongan)


def ak_for_pangkat(jenjang: str, golongan: str) -> Decimal | None:
    """Cumulative AK in the jenjang for a kenaikan pangkat from ``golongan`` (counted from the
    jenjang's first pangkat); None when ``golongan`` is the jenjang's top or outside it."""
    return _FOR_PANGKAT.get((jenjang, golongan))


def ak_for_jenjang(jenjang: str) -> Decimal | None:
    """Cumulative AK for the kenaikan jenjang from ``jenjang``; None at the top jenjang."""
    return _FOR_JENJANG.get(jenjang)


def _pak_covers(pak_date: date) -> int:
    """The last year whose annual predikat a PAK of that date already counts: a PAK states
    the AK up to its date, so only the years that end after it add to it."""
    return pak_date.year if (pak_date.month, pak_date.day) == (12, 31) else pak_date.year - 1


def accumulated_ak(
    jenjang: str,
    predikat: Mapping[int, str],
    until_year: int,
    *,
    pak_ak: Decimal | None = None,
    pak_date: date | None = None,
    tmt_jabatan: date | None = None,
) -> Decimal | None:
    """AK in the jenjang up to the end of ``until_year``: the PAK's cumulative AK plus what
    the annual predikat of later years earn (``core.angka_kredit``), or without a PAK what
    the predikat since ``tmt_jabatan`` earn (months before the TMT do not count). None when
    neither a PAK nor a TMT jabatan is known."""
    total = Decimal("0.00")
    if pak_ak is not None and pak_date is not None:
        total, first = Decimal(pak_ak), _pak_covers(pak_date) + 1
        start = None
    elif tmt_jabatan is not None:
        first, start = tmt_jabatan.year, tmt_jabatan
    else:
        return None
    annual = Period("TAHUNAN")
    for year in range(first, until_year + 1):
        value = predikat.get(year)
        if value is None:
            continue
        months = credited_months(annual, year, start) if start else 12
        if months:
            total += _earned(value, jenjang, months)
    return total


@lru_cache(maxsize=512)
def _earned(predikat: str, jenjang: str, months: int) -> Decimal:
    """``core.angka_kredit`` for one year, cached: 50,000 people share a few dozen values."""
    return angka_kredit(Predikat(predikat), jenjang, months)
