"""Who the demo staff are: names, religion, birth place, NIK, NIP, contacts, marital status.

Identity numbers are built from the same birth date and gender as the record, so the NIP and the
NIK always agree (``core.nip.cross_check`` finds nothing); serials count up per prefix, as the
registries do, which also keeps every number unique.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.demo import data
from desktop.demo.rand import DemoRandom, Weighted

_GROUPS = Weighted((g, g.weight) for g in data.NAME_GROUPS)
_AGAMA = {g.key: Weighted(g.agama) for g in data.NAME_GROUPS}
_PLACES = Weighted(data.BIRTH_PLACES)
_REGIONS = Weighted(data.NIK_REGIONS)
_DOMAINS = Weighted(data.EMAIL_DOMAINS)
_NOT_LETTERS = re.compile(r"[^a-z]")
_EMAIL_SKIP = frozenset(("i", "ni", "muh", "andi"))

# Status perkawinan ids (db/reference/status_perkawinan.csv).
MENIKAH, CERAI, JANDA_DUDA, BELUM_KAWIN = 1, 2, 3, 4


@dataclass(slots=True)
class Identity:
    """The personal part of a staff record (everything but the career)."""

    nama: str
    gender: str  # "L" / "P"
    agama_id: int
    tempat_lahir: str
    nik: str
    email: str
    no_hp: str
    alamat: str
    status_perkawinan_id: int


class Registry:
    """Serial counters for NIP and NIK prefixes: unique numbers in a deterministic order."""

    def __init__(self) -> None:
        self._nip: dict[str, int] = {}
        self._nik: dict[str, int] = {}

    def nip(self, rng: DemoRandom, birth: date, appointment: date, gender: str, pppk: bool) -> str:
        """``YYYYMMDD YYYYMM G NNN`` (PNS) or ``YYYYMMDD YYYY 21 G NNN`` (PPPK)."""
        middle = f"{appointment.year:04d}21" if pppk else f"{appointment:%Y%m}"
        prefix = f"{birth:%Y%m%d}{middle}{1 if gender == 'L' else 2}"
        serial = self._nip.get(prefix, 0) + rng.randint(1, 3)
        self._nip[prefix] = serial
        return f"{prefix}{serial:03d}"

    def nik(self, rng: DemoRandom, birth: date, gender: str) -> str:
        """Region · DDMMYY (day + 40 for women) · serial, as Dukcapil writes it."""
        day = birth.day + (40 if gender == "P" else 0)
        prefix = f"{rng.pick(_REGIONS)}{day:02d}{birth:%m}{birth.year % 100:02d}"
        serial = self._nik.get(prefix, 0) + rng.randint(1, 40)
        self._nik[prefix] = serial
        return f"{prefix}{serial:04d}"


def make_identity(
    rng: DemoRandom, registry: Registry, gender: str, birth: date, today: date
) -> Identity:
    """A person of the given gender and birth date, with consistent NIK and contacts."""
    group = rng.pick(_GROUPS)
    nama = _name(rng, group, gender)
    place = rng.item(group.places) if group.places and rng.chance(0.4) else rng.pick(_PLACES)
    return Identity(
        nama=nama,
        gender=gender,
        agama_id=rng.pick(_AGAMA[group.key]),
        tempat_lahir=place,
        nik=registry.nik(rng, birth, gender),
        email=_email(rng, nama, birth) if rng.chance(0.88) else "",
        no_hp=_phone(rng) if rng.chance(0.85) else "",
        alamat=_address(rng),
        status_perkawinan_id=_marital(rng, _age(birth, today)),
    )


def _name(rng: DemoRandom, group: data.NameGroup, gender: str) -> str:
    male = gender == "L"
    given = rng.item(group.male if male else group.female)
    if group.family:
        if rng.chance(0.25):
            middle = rng.item(group.male if male else group.female)
            if middle != given:
                given = f"{given} {middle}"
        return f"{given} {rng.item(group.family)}"
    seconds = group.second_male if male else group.second_female
    if not seconds or rng.chance(group.single):
        return given
    second = rng.item(seconds)
    if rng.chance(0.15):
        middle = rng.item(group.male if male else group.female)
        if middle not in (given, second):
            return f"{given} {middle} {second}"
    return given if second == given else f"{given} {second}"


def _email(rng: DemoRandom, nama: str, birth: date) -> str:
    parts = [_NOT_LETTERS.sub("", p) for p in nama.lower().split()]
    parts = [p for p in parts if p and p not in _EMAIL_SKIP] or ["pegawai"]
    local = parts[0] if len(parts) == 1 else f"{parts[0]}{rng.item(('.', '', '_'))}{parts[-1]}"
    suffix = rng.item((f"{birth.year % 100:02d}", str(birth.year), "", str(rng.randint(1, 99))))
    return f"{local}{suffix}@{rng.pick(_DOMAINS)}"


def _phone(rng: DemoRandom) -> str:
    digits = rng.randint(7, 8)
    return f"{rng.item(data.PHONE_PREFIXES)}{rng.randint(0, 10**digits - 1):0{digits}d}"


def _address(rng: DemoRandom) -> str:
    desa, kecamatan = rng.item(data.DESA)
    street = rng.item(data.STREETS)
    return f"{street} No. {rng.randint(1, 150)}, {desa}, Kec. {kecamatan}, Kab. Kepahiang"


def _marital(rng: DemoRandom, age: int) -> int:
    x = rng.random()
    if age < 26:
        return BELUM_KAWIN if x < 0.65 else MENIKAH
    if age < 31:
        return BELUM_KAWIN if x < 0.3 else MENIKAH
    if x < 0.88:
        return MENIKAH
    return BELUM_KAWIN if x < 0.93 else (CERAI if x < 0.96 else JANDA_DUDA)


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
