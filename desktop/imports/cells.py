"""Read one spreadsheet cell into a Staff value, or say in words why it cannot be read.

Each reader takes the raw cell (int, float, datetime or str) and the lookups of this database.
Nothing is guessed where a guess could be wrong: a NIP Excel turned into a float is refused.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlite_utils

from desktop.core import dates, nip
from desktop.core.errors import ValidationError
from desktop.core.models import Gender, JenisJabatan, StatusPegawai, Unit
from desktop.core.staff_rules import normalize_golongan
from desktop.store import reference

BLANKS = frozenset({"", "-", "–", "—"})
_NOT_KEY = re.compile(r"[^0-9a-z]")


class CellProblem(ValidationError):
    """One cell that cannot be read; becomes a RowIssue on its row."""

    catalog = {
        "required": ("{column} wajib diisi.", "{column} is required."),
        "excel_number": (
            "{what} rusak: Excel mengubahnya menjadi angka {shown} sehingga digit terakhir "
            "hilang; ketik ulang {what} sebagai teks",
            "{what} damaged: Excel turned it into the number {shown} and the last digits are "
            "lost; type the {what} again as text",
        ),
        "choice": (
            "'{value}' tidak dikenal untuk {column}; pilihan: {options}.",
            "'{value}' is not known for {column}; choices: {options}.",
        ),
        "golongan": (
            "Golongan '{value}' tidak dikenal (contoh: III/b untuk PNS, IX untuk PPPK).",
            "Unknown golongan '{value}' (e.g. III/b for PNS, IX for PPPK).",
        ),
        "status": (
            "Status pegawai '{value}' tidak dikenal; tulis PNS, CPNS atau PPPK.",
            "Unknown staff status '{value}'; write PNS, CPNS or PPPK.",
        ),
        "gender": (
            "Jenis kelamin '{value}' tidak dikenal; tulis L atau P.",
            "Unknown gender '{value}'; write L or P.",
        ),
        "year": (
            "Tahun '{value}' tidak valid; tulis empat digit, misalnya 2008.",
            "Year '{value}' is not valid; write four digits, e.g. 2008.",
        ),
        "year_only": (
            "'{value}' hanya tahun; tulis tanggal lengkap, misalnya 01-01-{value}.",
            "'{value}' is only a year; write a full date, e.g. 01-01-{value}.",
        ),
        "struktural": (
            "Jenis jabatan '{value}' belum cukup: tulis JPT, Administrator atau Pengawas, "
            "atau isi kolom Eselon.",
            "Jenis jabatan '{value}' is not specific enough: write JPT, Administrator or "
            "Pengawas, or fill in the Eselon column.",
        ),
        "unit_unknown": (
            "Unit '{value}' tidak ditemukan; tambahkan unitnya lebih dulu atau periksa ejaannya.",
            "Unit '{value}' was not found; add the unit first or check the spelling.",
        ),
        "unit_ambiguous": (
            "Nama unit '{value}' dipakai oleh {n} unit; isi kolom Kode Unit.",
            "Unit name '{value}' is used by {n} units; fill in the Kode Unit column.",
        ),
        "aktif": (
            "Isi kolom Aktif dengan Ya atau Tidak (tertulis '{value}').",
            "Fill the Aktif column with Ya or Tidak (found '{value}').",
        ),
        "duplicate": (
            "NIP {nip} sudah ada di baris {row}; baris ini tidak diimpor.",
            "NIP {nip} already appears on row {row}; this row is not imported.",
        ),
        "atasan_self": (
            "Pegawai tidak dapat menjadi atasannya sendiri.",
            "An employee cannot be their own superior.",
        ),
        "atasan_unknown": (
            "NIP atasan {nip} tidak terdaftar dan tidak ada di berkas ini.",
            "Superior NIP {nip} is neither on record nor in this file.",
        ),
        "atasan_rejected": (
            "Atasan dengan NIP {nip} (baris {row}) ditolak, jadi tidak dapat dipasang sebagai "
            "atasan.",
            "The superior with NIP {nip} (row {row}) was rejected, so cannot be set as superior.",
        ),
        "aktif_change": (
            "Status aktif tidak diubah lewat impor; aktifkan atau nonaktifkan pegawai di "
            "aplikasi (perlu alasan dan tanggal).",
            "The active status is not changed by an import; (de)activate the employee in the "
            "app (a reason and date are needed).",
        ),
    }


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if type(value) is str:
        return value.strip() in BLANKS
    return isinstance(value, float) and math.isnan(value)


def key_text(value: object) -> str:
    """A cell as a lookup key: ``"Non Eselon"``, ``"non-eselon "`` and ``"NON_ESELON"`` agree."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _NOT_KEY.sub("", str(value).lower())


def text(value: object) -> str:
    """Plain text; a whole number cell (``2008.0``) prints without its decimals."""
    if type(value) is str:
        joined = " ".join(value.split())
        return "" if joined in BLANKS else joined
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return dates.format_date_short(value)
    return " ".join(str(value).split())


# --- identity numbers --------------------------------------------------------------------


def _unwrap(value: str) -> str:
    """``="1986..."`` (the CSV trick that keeps Excel from rounding) → ``1986...``."""
    raw = value.strip()
    if raw.startswith('="') and raw.endswith('"'):
        return raw[2:-1]
    return raw


def identity_digits(value: object, what: str) -> str:
    """A NIP-like number as text. An int cell is exact; a float cell or ``1.98609E+17`` text
    is a number Excel rounded, so it is refused rather than guessed."""
    if isinstance(value, float):
        shown = f"{value:.5E}".replace(".", ",")
        raise CellProblem("excel_number", what=what, shown=shown)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raw = _unwrap(str(value))
    if nip.is_excel_scientific(raw):
        raise CellProblem("excel_number", what=what, shown=raw.lstrip("'’ "))
    return nip.normalize_digits(raw)


def read_nip(value: object) -> str:
    return identity_digits(value, "NIP")


def read_nik(value: object) -> str:
    """Digits only (the table stores digits); letters are left for the NIK rule to report."""
    if is_blank(value):
        return ""
    try:
        return identity_digits(value, "NIK")
    except nip.InvalidNip:
        return text(value)


def read_phone(value: object) -> str:
    """A phone number; a number cell lost its leading 0, which is put back."""
    if is_blank(value):
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = str(int(value))
        return "0" + digits if digits.startswith("8") else digits
    return text(value)


# --- dates, years, enums -----------------------------------------------------------------


def read_date(value: object) -> date | None:
    """Dates as cells, serials or text; a bare year (Excel would take 1986 as a day in 1905)
    is refused."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 1900 <= value <= 2100:
        raise CellProblem("year_only", value=text(value))
    return dates.parse_date_optional(value)


def read_year(value: object) -> int | None:
    if is_blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\d{4}", value.strip()):
        return int(value.strip())
    raise CellProblem("year", value=text(value))


_GENDERS = {
    **dict.fromkeys(("l", "lk", "lakilaki", "laki", "pria", "1", "m", "male"), Gender.L),
    **dict.fromkeys(("p", "pr", "perempuan", "wanita", "2", "f", "female"), Gender.P),
}


def read_gender(value: object) -> Gender | None:
    if is_blank(value):
        return None
    found = _GENDERS.get(key_text(value))
    if found is None:
        raise CellProblem("gender", value=text(value))
    return found


def read_status(value: object) -> StatusPegawai | None:
    """``PNS``, ``Calon PNS``, ``PPPK``, ``P3K``, ``PNS Daerah Kab/Kota`` ..."""
    if is_blank(value):
        return None
    key = key_text(value)
    if "pppk" in key or "p3k" in key:
        return StatusPegawai.PPPK
    if "cpns" in key or "calon" in key:
        return StatusPegawai.CPNS
    if "pns" in key:
        return StatusPegawai.PNS
    raise CellProblem("status", value=text(value))


_YES = frozenset({"ya", "y", "aktif", "1", "true", "yes", "benar"})
_NO = frozenset({"tidak", "t", "nonaktif", "tidakaktif", "0", "false", "no", "salah"})


def read_yes_no(value: object) -> bool | None:
    if is_blank(value):
        return None
    key = key_text(value)
    if key in _YES or key in _NO:
        return key in _YES
    raise CellProblem("aktif", value=text(value))


# --- reference lists and units -----------------------------------------------------------

_ALIASES: dict[str, dict[str, Any]] = {
    "agama": {"katolik": 3, "buddha": 5, "khonghucu": 6, "konghuchu": 6, "protestan": 2},
    "status_perkawinan": {
        "kawin": 1, "belummenikah": 4, "lajang": 4, "janda": 3, "duda": 3,
        "ceraihidup": 2, "ceraimati": 3,
    },
    "pendidikan": {
        "slta": "SMA", "smk": "SMA", "ma": "SMA", "sltp": "SMP", "mts": "SMP", "mi": "SD",
        "di": "D1", "dii": "D2", "diii": "D3", "div": "D4", "strata1": "S1", "strata2": "S2",
        "strata3": "S3", "sarjana": "S1", "magister": "S2", "doktor": "S3",
    },
    "jenis_jabatan": {
        "fungsionaltertentu": "fungsional", "jft": "fungsional", "2": "fungsional",
        "fungsionalumum": "pelaksana", "jfu": "pelaksana", "4": "pelaksana",
        "pimpinantinggi": "jpt", "struktural": "struktural", "1": "struktural",
    },
    "eselon": {"noneselon": 99, "non": 99, "nonselon": 99},
    "kedudukan_hukum": {},
    "jenjang": {},
}  # fmt: skip
STRUKTURAL = "struktural"


@dataclass
class Lookups:
    """This database's reference lists and units, indexed once per import."""

    choices: dict[str, dict[str, Any]]  # list name -> key_text(code or name) -> code
    options: dict[str, str]  # list name -> "Islam, Kristen, ..." for messages
    golongan: set[str]
    unit_by_kode: dict[str, int]
    units_by_name: dict[str, list[int]]

    @classmethod
    def load(cls, db: sqlite_utils.Database, units: Iterable[Unit]) -> Lookups:
        index: dict[str, dict[str, Any]] = {}
        options: dict[str, str] = {}
        for name, aliases in _ALIASES.items():
            items = reference.choices(db, name)
            table = {key_text(item.code): item.code for item in items}
            table.update({key_text(item.name): item.code for item in items})
            if name == "kedudukan_hukum":  # "1" as well as "01"
                table.update({key_text(str(item.code).lstrip("0")): item.code for item in items})
            index[name] = {**aliases, **table}
            options[name] = ", ".join(str(item.name) for item in items)
        by_name: dict[str, list[int]] = {}
        by_kode: dict[str, int] = {}
        for unit in units:
            if unit.id is not None:
                by_kode[unit.kode.strip().lower()] = unit.id
                by_name.setdefault(" ".join(unit.nama.lower().split()), []).append(unit.id)
        codes = {g.kode for g in reference.golongan(db)}
        return cls(index, options, codes, by_kode, by_name)

    def choice(self, name: str, value: object, column: str) -> Any:
        """The code of a reference entry written as its code or its name."""
        if is_blank(value):
            return None
        table = self.choices[name]
        key = key_text(value)
        if key in table:
            return table[key]
        first_word = key_text(str(value).split()[0]) if str(value).split() else key
        if name == "pendidikan" and first_word in table:  # "S1 Teknik Informatika"
            return table[first_word]
        raise CellProblem("choice", value=text(value), column=column, options=self.options[name])

    def golongan_code(self, value: object) -> str | None:
        """``III/b``, ``3b``, ``Penata Muda Tk. I (III/b)``; PPPK ``IX``."""
        if is_blank(value):
            return None
        written = text(value)
        code = normalize_golongan(written)
        if code in self.golongan:
            return code
        found = re.search(r"\b(IV|III|II|I)\s*/\s*([a-e])\b", written, flags=re.IGNORECASE)
        if found and (code := normalize_golongan(f"{found[1]}/{found[2]}")) in self.golongan:
            return code
        raise CellProblem("golongan", value=written)

    def unit_id(self, kode: object, nama: object) -> int | None:
        """By kode when one is given, else by the exact name (any case)."""
        if not is_blank(kode):
            found = self.unit_by_kode.get(text(kode).lower())
            if found is None:
                raise CellProblem("unit_unknown", value=text(kode))
            return found
        if is_blank(nama):
            return None
        ids = self.units_by_name.get(text(nama).lower(), [])
        if not ids:
            raise CellProblem("unit_unknown", value=text(nama))
        if len(ids) > 1:
            raise CellProblem("unit_ambiguous", value=text(nama), n=len(ids))
        return ids[0]


def jenis_from_eselon(eselon_id: int | None, written: object) -> JenisJabatan:
    """ "Struktural" (SIASN code 1) names no level; the eselon does (II → JPT, III, IV)."""
    level = (eselon_id or 0) // 10
    if level in (1, 2):
        return JenisJabatan.JPT
    if level == 3:
        return JenisJabatan.ADMINISTRATOR
    if level == 4:
        return JenisJabatan.PENGAWAS
    raise CellProblem("struktural", value=text(written))
