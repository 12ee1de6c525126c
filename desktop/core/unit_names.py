"""Matching unit names as offices and SIASN write them: case, spacing and punctuation do not
matter, a singkatan (BKPSDM) or an alias names the same unit, and a near miss ("Dinas
Kesehtan") is only ever offered as a suggestion, never taken silently.

Pure functions over plain values so the staff import, the units import and the unit screen
share one rule.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

# Words an acronym skips: "Badan Kepegawaian dan Pengembangan SDM" → BKPSDM.
_SKIPPED = frozenset({"dan", "serta", "atau", "pada", "di", "ke", "dari", "untuk", "yang"})
# A near miss must be this similar (difflib ratio on normalised names) to be suggested.
NEAR_MISS = 0.85


def normalize(text: str) -> str:
    """Case-, accent-, spacing- and punctuation-free form of a unit name or code."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return " ".join(text.split())


def acronym(name: str) -> str:
    """Initials of a name's significant words, normalised: the singkatan offices write."""
    words = [w for w in normalize(name).split() if w not in _SKIPPED]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


@dataclass(frozen=True)
class UnitName:
    """What a unit is known by: its id, kode, nama, singkatan and aliases."""

    id: int
    kode: str
    nama: str
    singkatan: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    id: int
    nama: str
    score: float


@dataclass
class UnitIndex:
    """Look units up by any of their names; ambiguous names match nothing."""

    units: list[UnitName] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._exact: dict[str, set[int]] = {}
        self._acronyms: dict[str, set[int]] = {}
        self._names: dict[int, str] = {}
        self._kode: dict[str, int] = {}
        for unit in self.units:
            self._add(unit)

    def _add(self, unit: UnitName) -> None:
        self._names[unit.id] = unit.nama
        for text in (unit.nama, unit.singkatan, *unit.aliases):
            key = normalize(text)
            if key:
                self._exact.setdefault(key, set()).add(unit.id)
        short = acronym(unit.nama)
        if short:
            self._acronyms.setdefault(short, set()).add(unit.id)
        self._kode[normalize(unit.kode)] = unit.id

    def add(self, unit: UnitName) -> None:
        """Index a unit created during an import so later rows find it."""
        self.units.append(unit)
        self._add(unit)

    def by_kode(self, kode: str) -> int | None:
        return self._kode.get(normalize(kode))

    def find(self, text: str) -> int | None:
        """The one unit named ``text`` (name, singkatan, alias or the name's acronym)."""
        key = normalize(text)
        if not key:
            return None
        ids = self._exact.get(key)
        if ids is None and " " not in key:
            ids = self._acronyms.get(key)
        return next(iter(ids)) if ids and len(ids) == 1 else None

    def ambiguous(self, text: str) -> list[int]:
        """Units that share the name ``text`` (more than one means the name cannot decide)."""
        return sorted(self._exact.get(normalize(text), ()))

    def suggest(self, text: str, limit: int = 3) -> list[Suggestion]:
        """Near misses of ``text``, best first ("mungkin maksudnya …")."""
        key = normalize(text)
        if not key:
            return []
        scored: dict[int, float] = {}
        for name, ids in self._exact.items():
            score = difflib.SequenceMatcher(None, key, name).ratio()
            if score >= NEAR_MISS:
                for unit_id in ids:
                    scored[unit_id] = max(scored.get(unit_id, 0.0), score)
        best = sorted(scored.items(), key=lambda item: (-item[1], self._names[item[0]]))
        return [Suggestion(i, self._names[i], round(s, 3)) for i, s in best[:limit]]


def index_of(units: Iterable[UnitName]) -> UnitIndex:
    return UnitIndex(list(units))
