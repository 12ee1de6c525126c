"""Where a staff row says its unit is: a path of names from the top down.

Offices write a "Unit Induk" / "Unit Kerja" pair, SIASN writes ``UNOR_INDUK_NAMA`` →
``UNOR_NAMA`` or the whole ``NAMA_UNOR_ESELON_1..4`` chain. Each step keeps the key of the
column it came from, so a problem is reported against the column the operator must fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.core.models import JenisUnit, UnitJenis
from desktop.core.unit_names import normalize as _normalize
from desktop.imports import cells

# A list names the same few hundred units on thousands of rows: normalise each name once.
normalize = lru_cache(maxsize=8192)(_normalize)

_ESELON_KEYS = tuple(f"unor_eselon_{n}" for n in range(1, 5))


@dataclass(frozen=True)
class Step:
    key: str  # the header key the name came from
    nama: str  # as written (spacing tidied)

    @property
    def norm(self) -> str:
        return normalize(self.nama)


def unit_path(raw: dict[str, Any]) -> list[Step]:
    """The unit's path as the row gives it, top first; [] when the row names no unit."""
    eselon = _steps(raw, _ESELON_KEYS)
    unor = _steps(raw, ("unit_nama",))
    if eselon:
        path = eselon
        norms = [s.norm for s in path]
        if unor and unor[0].norm in norms:  # UNOR_NAMA is one of the levels: stop there
            path = path[: norms.index(unor[0].norm) + 1]
        elif unor:  # a unit below eselon IV (a puskesmas, a school)
            path = [*path, *unor]
    else:
        path = _steps(raw, ("unit_induk", "unit_nama"))
    deduped: list[Step] = []
    for step in path:
        if step.norm and (not deduped or deduped[-1].norm != step.norm):
            deduped.append(step)
    return deduped


def _steps(raw: dict[str, Any], keys: tuple[str, ...]) -> list[Step]:
    return [Step(k, cells.text(raw[k])) for k in keys if k in raw and not cells.is_blank(raw[k])]


def child_level(parent: UnitJenis | None) -> UnitJenis:
    """The level below ``parent`` in the tree (an orphan is an OPD)."""
    return (
        {
            UnitJenis.INSTANSI: UnitJenis.OPD,
            UnitJenis.OPD: UnitJenis.BIDANG,
            UnitJenis.BIDANG: UnitJenis.SUBBIDANG,
            UnitJenis.SUBBIDANG: UnitJenis.SUBBIDANG,
        }.get(parent, UnitJenis.OPD)
        if parent is not None
        else UnitJenis.OPD
    )


# The kind of unit its name begins with; the first match wins (UPTD Puskesmas is a puskesmas).
_KINDS: tuple[tuple[str, JenisUnit], ...] = (
    (r"(uptd? )?puskesmas\b", JenisUnit.PUSKESMAS),
    (r"upt[d]?\b|unit pelaksana teknis", JenisUnit.UPT),
    (r"(sd|smp|sma|smk|sdn|smpn|tk|paud)\b|sekolah", JenisUnit.SEKOLAH),
    (r"kecamatan\b", JenisUnit.KECAMATAN),
    (r"kelurahan\b", JenisUnit.KELURAHAN),
    (r"sekretariat (daerah|dprd)\b", JenisUnit.OPD),
    (r"sekretariat\b", JenisUnit.SEKRETARIAT),
    (r"(sub ?bagian|subbag)\b", JenisUnit.SUBBAGIAN),
    (r"seksi\b", JenisUnit.SEKSI),
    (r"bidang\b", JenisUnit.BIDANG),
    (r"(dinas|badan|inspektorat|satuan polisi|kantor|rumah sakit|rsud)\b", JenisUnit.OPD),
)


def kind_of(nama: str) -> JenisUnit:
    """The SOTK kind a name announces ("Seksi …" → seksi), '' when it says none."""
    key = normalize(nama)
    for pattern, kind in _KINDS:
        if re.match(pattern, key):
            return kind
    return JenisUnit.NONE


_NUMBER = re.compile(r"\d+|[ivxl]+")
MIN_TYPO_WORD = 4  # a shorter word that differs is another unit (SD / SMP), not a typo


def typo_of(written: str, known: str) -> bool:
    """Whether ``written`` looks like a misspelling of ``known`` rather than another unit.

    Names that differ only in spacing are the same name misspelt ("Sub Bagian" / "Subbagian").
    Otherwise every word that differs must be a slip of its partner on the other side (a letter
    or two dropped, added, changed or swapped): an extra word, a number ("Wilayah I" / "II",
    "SD Negeri 1" / "2"), a short word ("SD" / "SMP") or another word ("Penanganan" /
    "Pengurangan") makes another unit. The caller has already found the names similar overall.
    """
    a, b = normalize(written), normalize(known)
    if a.replace(" ", "") == b.replace(" ", ""):
        return True
    extra_a = _minus(a.split(), b.split())
    extra_b = _minus(b.split(), a.split())
    if len(extra_a) != len(extra_b):
        return False
    return all(
        min(len(x), len(y)) >= MIN_TYPO_WORD
        and not _NUMBER.fullmatch(x)
        and not _NUMBER.fullmatch(y)
        and _edits(x, y) <= (1 if max(len(x), len(y)) < 8 else 2)
        for x, y in zip(extra_a, extra_b, strict=True)
    )


def _edits(a: str, b: str) -> int:
    """Letters inserted, dropped, changed or swapped (optimal string alignment distance)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def _minus(words: list[str], other: list[str]) -> list[str]:
    left = list(other)
    kept = []
    for word in words:
        if word in left:
            left.remove(word)
        else:
            kept.append(word)
    return kept


def compact(text: str) -> str:
    """A name without its spaces: "Sub Bagian Umum" and "Subbagian Umum" are one name."""
    return normalize(text).replace(" ", "")
