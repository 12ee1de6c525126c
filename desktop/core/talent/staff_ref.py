"""Who a row of a talent list is about: the fields every list (map, JP, IP ASN) carries first."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StaffRef:
    """The employee a list row stands for; subclasses add their figures after these fields."""

    staff_id: int
    nip: str
    nama: str  # with gelar
    jabatan: str
    unit_id: int | None
    unit_nama: str
