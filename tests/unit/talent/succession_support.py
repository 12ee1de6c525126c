"""A small office for the succession tests: two OPDs, three key positions, and people in and
out of the talent pool of 2025, written as the app stores them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from desktop.core.appraisal import Predikat
from desktop.core.models import JenisJabatan
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.talent_succession import set_kritikal
from tests.conftest import make_staff, make_unit
from tests.unit.talent.map_support import add_asesmen, add_hukuman, set_predikat

SB, B = Predikat.SANGAT_BAIK, Predikat.BAIK
YEAR = 2025
ON = date(2026, 1, 15)  # the draft date of the tests
ES = {"II.b": 22, "III.b": 32, "IV.a": 41, "IV.b": 42}
ADM, PEL, FUN, JPT = (
    JenisJabatan.ADMINISTRATOR,
    JenisJabatan.PELAKSANA,
    JenisJabatan.FUNGSIONAL,
    JenisJabatan.JPT,
)

# key: (nama, unit, predikat 2024, 2025, JPM, staff fields)
PEOPLE = {
    "kadis": ("Hadi Kadis", "A", SB, B, 85.0,
              dict(eselon_id=ES["II.b"], jenis_jabatan=JPT, golongan="IV/c", pendidikan="S2",
                   tanggal_lahir=date(1967, 5, 20))),
    "kabid": ("Ani Kabid", "A1", SB, SB, 95.0,
              dict(eselon_id=ES["III.b"], jenis_jabatan=ADM, golongan="IV/a", pendidikan="S2")),
    "kasi": ("Budi Kasi", "A1", SB, B, 92.0,
             dict(eselon_id=ES["IV.a"], jenis_jabatan=JenisJabatan.PENGAWAS, golongan="III/d",
                  pendidikan="S1")),
    "madya": ("Citra Madya", "B", SB, SB, 93.0,
              dict(jenis_jabatan=FUN, jenjang="ahli_madya", golongan="IV/b", pendidikan="S2")),
    "sanksi": ("Dedi Sanksi", "A", SB, SB, 96.0,
               dict(eselon_id=ES["IV.b"], jenis_jabatan=JenisJabatan.PENGAWAS,
                    golongan="III/c", pendidikan="S1")),
    "lima": ("Eko Lima", "A1", B, B, 85.0,
             dict(eselon_id=ES["IV.a"], jenis_jabatan=JenisJabatan.PENGAWAS, golongan="III/d",
                  pendidikan="S1")),
    "kasi_kes": ("Fajar Kasi", "B", SB, SB, 80.0,
                 dict(eselon_id=ES["IV.a"], jenis_jabatan=JenisJabatan.PENGAWAS,
                      golongan="III/b", pendidikan="D3", tanggal_lahir=date(1968, 3, 3))),
    "staf": ("Gita Staf", "B1", SB, SB, 91.0,
             dict(jenis_jabatan=PEL, golongan="III/a", pendidikan="S1")),
}  # fmt: skip


@dataclass
class SuccessionOffice:
    units: dict[str, int] = field(default_factory=dict)
    staff: dict[str, int] = field(default_factory=dict)

    def key(self, staff_id: int) -> str:
        return {v: k for k, v in self.staff.items()}[staff_id]


def build_office(db) -> SuccessionOffice:
    """Root → Dinas Pendidikan (A, kritikal) → Bidang Guru (A1, kritikal); Dinas Kesehatan (B)
    → Bidang Yankes (B1, kritikal, no head). Heads: kadis of A, kabid of A1."""
    office = SuccessionOffice()
    root = make_unit(db)
    a = make_unit(db, kode="2", nama="Dinas Pendidikan", jenis="opd", parent_id=root.id)
    a1 = make_unit(db, kode="2.1", nama="Bidang Guru", jenis="bidang", parent_id=a.id,
                   jabatan_kepala="Kepala Bidang Pembinaan Guru")  # fmt: skip
    b = make_unit(db, kode="3", nama="Dinas Kesehatan", jenis="opd", parent_id=root.id)
    b1 = make_unit(db, kode="3.1", nama="Bidang Pelayanan Kesehatan", jenis="bidang",
                   parent_id=b.id)  # fmt: skip
    office.units = {"root": root.id, "A": a.id, "A1": a1.id, "B": b.id, "B1": b1.id}
    for n, (key, (nama, unit, p0, p1, jpm, extra)) in enumerate(PEOPLE.items(), start=1):
        staff = make_staff(nip=f"198609262015051{n:03d}", nama=nama, unit_id=office.units[unit],
                           gelar_belakang="", **extra)  # fmt: skip
        sid = staff_store.save_staff(db, staff).id
        office.staff[key] = sid
        set_predikat(db, sid, YEAR - 1, p0)
        set_predikat(db, sid, YEAR, p1)
        add_asesmen(db, sid, jpm)
    add_hukuman(db, office.staff["sanksi"], "berat", "2025-02-01")
    for key, head in (("A", "kadis"), ("A1", "kabid")):
        unit = unit_store.get_unit(db, office.units[key])
        unit_store.save_unit(db, replace(unit, kepala_id=office.staff[head]))
    for key in ("A", "A1", "B1"):
        set_kritikal(db, office.units[key], True)
    if db.conn.in_transaction:  # the raw inserts above (another connection reads them)
        db.conn.commit()
    return office
