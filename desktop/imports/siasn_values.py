"""Cell values as SIASN writes them, read into the same Staff values as an office sheet.

SIASN's data utama says ``P`` / ``C`` for PNS / CPNS, "Jabatan Fungsional Tertentu" for a
jenis jabatan, "Penata Muda Tingkat I (III/b)" or a PPPK "Golongan IX" for a golongan, "S-1
Teknik Informatika" or "SLTA/SMA" for an education, and names a struktural jabatan without
its eselon. Each reader here tries the general reader first and only then SIASN's forms.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.models import JenisJabatan, StatusPegawai
from desktop.core.nip import NIP_LENGTH, PPPK_MARK
from desktop.core.staff_rules import normalize_golongan
from desktop.imports import cells
from desktop.imports.cells import CellProblem, Lookups

_STATUS_CODES = {"p": StatusPegawai.PNS, "c": StatusPegawai.CPNS}


def read_status(value: object) -> StatusPegawai | None:
    """PNS, CPNS, PPPK as words, or SIASN's one-letter ``STATUS_CPNS_PNS`` (P, C)."""
    if not cells.is_blank(value) and cells.key_text(value) in _STATUS_CODES:
        return _STATUS_CODES[cells.key_text(value)]
    return cells.read_status(value)


def is_pppk(nip: str, jenis_pegawai: str) -> bool:
    """An NI PPPK ("21" at digits 13–14, never a month) or SIASN's jenis pegawai says so."""
    if len(nip) == NIP_LENGTH and nip[12:14] == PPPK_MARK:
        return True
    key = cells.key_text(jenis_pegawai)
    return "pppk" in key or "p3k" in key or "perjanjiankerja" in key


def golongan_code(lk: Lookups, value: object, column: str) -> str | None:
    """The general reader, then the last golongan-like word ("Golongan IX", "IX - Sembilan")."""
    try:
        return lk.golongan_code(value)
    except CellProblem:
        words = re.findall(r"[A-Za-z0-9/]+", cells.text(value))
        for word in reversed(words):
            code = normalize_golongan(word)
            if code in lk.golongan and (len(word) > 1 or word.upper() in ("I", "V", "X")):
                return code
        raise


def jenis_jabatan(lk: Lookups, value: object, column: str) -> Any:
    """ "Jabatan Fungsional Tertentu" reads as "Fungsional Tertentu"."""
    if cells.is_blank(value):
        return None
    written = cells.text(value)
    stripped = re.sub(r"^jabatan\s+", "", written, flags=re.IGNORECASE)
    try:
        return lk.choice("jenis_jabatan", stripped or written, column)
    except CellProblem:
        return lk.choice("jenis_jabatan", written, column)


def pendidikan(lk: Lookups, value: object, column: str) -> Any:
    """ "S-1 Teknik Informatika", "D-III Keperawatan", "SLTA/SMA": any word that is a level."""
    try:
        return lk.choice("pendidikan", value, column)
    except CellProblem:
        written = cells.text(value)
        for word in re.split(r"[\s/,()]+", written):
            if word and cells.key_text(word) in lk.choices["pendidikan"]:
                return lk.choices["pendidikan"][cells.key_text(word)]
        raise


# A struktural jabatan's title names its level when no eselon is given; the most specific
# titles come first ("Sekretaris Kecamatan" is a pengawas, "Sekretaris Dinas" an administrator).
_TITLES: tuple[tuple[str, JenisJabatan], ...] = (
    (r"^(kepala (seksi|sub ?bagian|sub ?bidang|subbag|upt|uptd|puskesmas|sekolah|tata usaha)|"
     r"lurah|sekretaris (kecamatan|kelurahan|desa))", JenisJabatan.PENGAWAS),
    (r"^(sekretaris daerah|kepala (dinas|badan)|inspektur( daerah| kabupaten| kota)?$|"
     r"kepala satuan polisi|asisten|staf ahli|direktur rsud|sekretaris dprd)", JenisJabatan.JPT),
    (r"^(sekretaris|kepala bidang|kepala bagian|camat|inspektur pembantu|irban|"
     r"kepala kantor)", JenisJabatan.ADMINISTRATOR),
)  # fmt: skip


def jenis_from_title(jabatan: str) -> JenisJabatan | None:
    """JPT, administrator or pengawas as a struktural title says ("Kepala Seksi …")."""
    key = " ".join(re.sub(r"[^0-9a-z ]", " ", jabatan.lower()).split())
    for pattern, jenis in _TITLES:
        if re.search(pattern, key):
            return jenis
    return None
