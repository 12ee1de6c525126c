"""One demo employee as database rows: the staff row and its riwayat rows.

Built as plain dicts (not ``Staff`` dataclasses) because 50,000 of them must be ready in a few
seconds; the column names are the ``staff`` table's, which are the ``Staff`` fields.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from desktop.demo.careers import Career, Posts, Slot, head_career, member_career
from desktop.demo.people import Registry, make_identity
from desktop.demo.rand import DemoRandom
from desktop.demo.ranks import REFERENCE
from desktop.demo.riwayat import Row, history_rows, schooling
from desktop.demo.talent_marks import kontrak_selesai

PENSIUN = "99"  # kedudukan hukum: Pensiun
AKTIF = "01"


@dataclass
class Tables:
    """Rows per table, in insertion order."""

    rows: dict[str, list[Row]] = field(default_factory=dict)

    def add(self, table: str, new: list[Row]) -> None:
        self.rows.setdefault(table, []).extend(new)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, ()))


def add_employee(
    rng: DemoRandom,
    registry: Registry,
    tables: Tables,
    slot: Slot,
    staff_id: int,
    atasan_id: int | None,
    posts: Posts,
    stamp: str,
) -> Career:
    """Generate one employee for ``slot`` and append their rows to ``tables``."""
    career = head_career(rng, slot.unit, posts) if slot.head else member_career(rng, slot)
    ident = make_identity(rng, registry, career.gender, career.birth, REFERENCE)
    appointment = career.tmt_cpns or career.golongan[0][1]
    school = schooling(rng, career.edu, career.birth, appointment)
    nip = registry.nip(rng, career.birth, appointment, career.gender, career.status == "pppk")
    golongan, tmt_golongan = career.golongan[-1]
    jabatan, _, tmt_jabatan = career.jabatan[-1]
    row: Row = {
        "id": staff_id, "nip": nip, "nama": ident.nama, "gelar_depan": career.edu.depan,
        "gelar_belakang": career.edu.gelar, "tempat_lahir": ident.tempat_lahir,
        "tanggal_lahir": career.birth.isoformat(), "jenis_kelamin": career.gender,
        "agama_id": ident.agama_id, "status": career.status, "golongan": golongan,
        "tmt_golongan": tmt_golongan.isoformat(), "tmt_cpns": _iso(career.tmt_cpns),
        "tmt_pns": _iso(career.tmt_pns), "jabatan": jabatan,
        "jenis_jabatan": career.jenis.value, "jenjang": career.jenjang,
        "eselon_id": career.eselon, "unit_id": slot.unit.id, "atasan_id": atasan_id,
        "tmt_jabatan": tmt_jabatan.isoformat(), "pendidikan": school[-1][0],
        "tahun_lulus": school[-1][3], "nik": ident.nik, "email": ident.email,
        "no_hp": ident.no_hp, "alamat": ident.alamat,
        "status_perkawinan_id": ident.status_perkawinan_id,
        "kedudukan_hukum": PENSIUN if slot.leave == "pensiun" else AKTIF,
        "aktif": 0 if slot.leave else 1, "nonaktif_alasan": slot.leave,
        "nonaktif_tanggal": _iso(career.nonaktif), "uuid": rng.uuid(), "updated_at": stamp,
        "siasn_id": siasn_id(nip), "jenis_pegawai": _JENIS_PEGAWAI[career.status],
        "kontrak_selesai": _iso(kontrak_selesai(career)),
    }  # fmt: skip
    tables.add("staff", [row])
    for table, rows in history_rows(rng, staff_id, career, school, slot.family, stamp).items():
        tables.add(table, rows)
    return career


_JENIS_PEGAWAI = {
    "pns": "PNS Daerah Kabupaten/Kota yang bekerja pada Kabupaten/Kota",
    "cpns": "PNS Daerah Kabupaten/Kota yang bekerja pada Kabupaten/Kota",
    "pppk": "PPPK",
}


def siasn_id(nip: str) -> str:
    """A SIASN person id as SIASN writes them (32 upper-case hex digits), derived from the NIP
    so it is stable without drawing from the random stream (the rest of the demo is
    unchanged by it)."""
    return uuid.uuid5(uuid.NAMESPACE_OID, f"siasn/{nip}").hex.upper()


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None
