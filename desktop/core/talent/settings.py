"""The office's talent settings (table ``pengaturan_talenta``, one row)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class GabungKinerja(StrEnum):
    """How the annual predikat of two years make one kinerja status (PermenPANRB 20/2025
    Pasal 17 leaves it to the instansi): the lower of the two, or the latest year only."""

    TERENDAH = "terendah"
    TERAKHIR = "terakhir"


@dataclass(frozen=True)
class TalentSettings:
    gabung_kinerja: GabungKinerja = GabungKinerja.TERENDAH
    jpm_tinggi: float = 90.0  # JPM % from which potensial is "tinggi"
    jpm_menengah: float = 78.0  # JPM % from which potensial is "menengah"
    asesmen_berlaku_tahun: int = 3  # an assessment older than this many years is not used
    target_jp: int = 20  # hours of competence development per employee per year
    ipasn_versi: str = ""  # rubric version in ref_ipasn; "" = the newest
