"""A small office for the promotion-slice tests, written through the store as the app does:
reguler and fungsional PNS on both sides of each condition, a CPNS, PPPK with contracts, and
people with Kurang in consecutive periods. The period is April 2026 (predikat 2024 and 2025)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.core.models import JenisJabatan, StatusPegawai
from desktop.store import staff as staff_store
from tests.conftest import make_staff
from tests.unit.talent.map_support import add_hukuman
from tests.unit.talent.office_support import skp_of, two_opds

MONTH = date(2026, 4, 1)
PNS, FUNG = JenisJabatan.PELAKSANA, JenisJabatan.FUNGSIONAL


@dataclass
class PromotionOffice:
    units: dict[str, int] = field(default_factory=dict)
    staff: dict[str, int] = field(default_factory=dict)


def rate(db, staff_id: int, tahun: int, periode: str, predikat: str, status="ditetapkan") -> None:
    """An evaluation of ``periode`` (the SKP of the year is made when missing)."""
    skp_id = skp_of(db, staff_id, tahun)
    db.execute(
        "INSERT INTO evaluasi (skp_id, periode, status, predikat) VALUES (?, ?, ?, ?)",
        [skp_id, periode, status, predikat],
    )
    db.conn.commit()


# key: (nama, unit, status, jenis, golongan, tmt_golongan, pendidikan, jenjang, tmt_jabatan,
#       predikat 2024, predikat 2025)
D = date
PEOPLE = {
    "siap": ("Ani Siap", "A", "pns", PNS, "III/a", D(2022, 4, 1), "S1", None, None,
             "baik", "sangat_baik"),
    "muda": ("Budi Muda", "A", "pns", PNS, "III/a", D(2022, 4, 2), "S1", None, None,
             "baik", "baik"),
    "puncak": ("Citra Puncak", "B", "pns", PNS, "III/d", D(2018, 1, 1), "S1", None, None,
               "baik", "baik"),
    "kurang": ("Dedi Kurang", "B", "pns", PNS, "II/c", D(2019, 1, 1), "SMA", None, None,
               "baik", "kurang"),
    "dihukum": ("Eko Dihukum", "A1", "pns", PNS, "III/b", D(2020, 1, 1), "S1", None, None,
                "baik", "baik"),
    "fungsi": ("Fajar Fungsional", "A1", "pns", FUNG, "III/a", D(2024, 4, 1), "S1",
               "ahli_pertama", D(2021, 1, 1), "baik", "baik"),
    "jenjang": ("Gita Jenjang", "A1", "pns", FUNG, "III/b", D(2024, 1, 1), "S1",
                "ahli_pertama", D(2024, 4, 1), "sangat_baik", "baik"),
    "cpns": ("Hadi Cpns", "A", "cpns", PNS, "III/a", D(2025, 3, 1), "S1", None, None,
             None, None),
}  # fmt: skip


def build(db) -> PromotionOffice:
    office = PromotionOffice()
    office.units = two_opds(db)
    for n, (key, spec) in enumerate(PEOPLE.items(), start=1):
        nama, unit, status, jenis, gol, tmt_gol, pend, jenjang, tmt_jab, p24, p25 = spec
        sid = _add(db, office, key, n, nama=nama, unit_id=office.units[unit],
                   status=StatusPegawai(status), jenis_jabatan=jenis, golongan=gol,
                   tmt_golongan=tmt_gol, pendidikan=pend, jenjang=jenjang,
                   tmt_jabatan=tmt_jab)  # fmt: skip
        for tahun, value in ((2024, p24), (2025, p25)):
            if value:
                rate(db, sid, tahun, "TAHUNAN", value)
    add_hukuman(db, office.staff["dihukum"], "sedang", "2025-12-01")
    db.execute(  # Fajar: a PAK of 25 in January 2024; 2024 and 2025 Baik add 12.5 each
        "INSERT INTO riwayat_pak (staff_id, tanggal, jenjang, golongan, ak_kumulatif) "
        "VALUES (?, '2024-01-10', 'ahli_pertama', 'III/a', 25)",
        [office.staff["fungsi"]],
    )
    db.execute(  # Gita: 75 at the end of 2024, + 2025 Baik 12.5 = 87.5 of the 100 for Ahli Muda
        "INSERT INTO riwayat_pak (staff_id, tanggal, jenjang, golongan, ak_kumulatif) "
        "VALUES (?, '2024-12-31', 'ahli_pertama', 'III/b', 75)",
        [office.staff["jenjang"]],
    )
    db.conn.commit()
    for n, (key, ends) in enumerate(
        (("pppk_segera", date(2026, 8, 31)), ("pppk_lama", date(2028, 1, 1)),
         ("pppk_kosong", None)), start=20,
    ):  # fmt: skip
        sid = _add(db, office, key, n, nama=f"Pegawai {key}", unit_id=office.units["B"],
                   status=StatusPegawai.PPPK, golongan="IX", kontrak_selesai=ends)  # fmt: skip
        rate(db, sid, 2025, "TAHUNAN", "baik")
    # low performance in 2025: TW3 and TW4 Kurang (consecutive); one Kurang only in TW1
    rate(db, office.staff["kurang"], 2025, "TW3", "kurang")
    rate(db, office.staff["kurang"], 2025, "TW4", "sangat_kurang", status="dinilai")
    rate(db, office.staff["siap"], 2025, "TW1", "kurang")
    rate(db, office.staff["muda"], 2025, "TW2", "kurang", status="draft")  # a draft: not counted
    return office


def _add(db, office: PromotionOffice, key: str, n: int, **kw) -> int:
    prefix = "19860926202321" if kw.get("status") == StatusPegawai.PPPK else "19860926201505"
    staff = make_staff(nip=f"{prefix}1{n:03d}", **kw)
    sid = staff_store.save_staff(db, staff).id
    office.staff[key] = sid
    return sid
