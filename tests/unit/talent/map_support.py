"""A small office for the talent-map tests: two OPDs (one with a bidang), people with two
years of annual predikat, assessments and sanctions, written as the app stores them."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.appraisal import Predikat
from desktop.core.models import StatusPegawai
from desktop.store import staff as staff_store
from tests.conftest import make_staff
from tests.unit.talent.office_support import two_opds

SB, B, BP, K = Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN, Predikat.KURANG
YEAR = 2025


@dataclass
class MapOffice:
    units: dict[str, int] = field(default_factory=dict)
    staff: dict[str, int] = field(default_factory=dict)


def set_predikat(db, staff_id: int, tahun: int, predikat: Predikat, status="ditetapkan") -> None:
    skp_id = db.execute(
        "INSERT INTO skp (staff_id, tahun, status) VALUES (?, ?, 'disetujui') RETURNING id",
        [staff_id, tahun],
    ).fetchone()[0]
    db.execute(
        "INSERT INTO evaluasi (skp_id, periode, status, predikat) VALUES (?, 'TAHUNAN', ?, ?)",
        [skp_id, status, str(predikat)],
    )
    db.conn.commit()


def add_asesmen(db, staff_id: int, jpm: float, tanggal: str = "2025-03-01") -> None:
    db.execute(
        "INSERT INTO asesmen (staff_id, tanggal, jpm, lembaga) VALUES (?, ?, ?, 'UPT Asesmen')",
        [staff_id, tanggal, jpm],
    )
    db.conn.commit()


def add_hukuman(db, staff_id: int, tingkat: str, tanggal_sk: str, kategori="disiplin") -> None:
    db.execute(
        "INSERT INTO riwayat_hukuman (staff_id, kategori, tingkat, jenis, nomor_sk, tanggal_sk, "
        "tmt) VALUES (?, ?, ?, 'Penurunan jabatan', ?, ?, ?)",
        [staff_id, kategori, tingkat, f"800/{staff_id}/BKPSDM", tanggal_sk, tanggal_sk],
    )
    db.conn.commit()


# key: (name, unit, predikat 2024, predikat 2025, JPM or None)
PEOPLE = {
    "bintang": ("Ani Bintang", "A", SB, SB, 95.0),  # box 9
    "tinggi": ("Budi Tinggi", "A1", SB, B, 92.0),  # box 8
    "tujuh": ("Citra Tujuh", "B", SB, SB, 80.0),  # box 7, a sanction below
    "lima": ("Dedi Lima", "A1", B, B, 85.0),  # box 5
    "satu": ("Eko Satu", "B", BP, K, 60.0),  # box 1
    "tanpa_jpm": ("Fajar Tanpa", "A", B, B, None),
    "tanpa_2025": ("Gita Belum", "B", B, None, 88.0),
}


def build_office(db) -> MapOffice:
    """The office; every person is an active PNS unless added otherwise by a test."""
    office = MapOffice()
    office.units = two_opds(db)
    for n, (key, (nama, unit, p0, p1, jpm)) in enumerate(PEOPLE.items(), start=1):
        sid = add_person(db, office, key, nama, unit, n)
        for tahun, predikat in ((YEAR - 1, p0), (YEAR, p1)):
            if predikat is not None:
                set_predikat(db, sid, tahun, predikat)
        if jpm is not None:
            add_asesmen(db, sid, jpm)
    add_hukuman(db, office.staff["tujuh"], "berat", "2025-02-01")
    return office


def add_person(db, office: MapOffice, key: str, nama: str, unit: str, n: int, **kw) -> int:
    status = kw.pop("status", StatusPegawai.PNS)
    # NIP PNS: birth · TMT CPNS · gender · serial; NI PPPK: birth · year · 21 · gender · serial
    prefix = "19860926202321" if status == StatusPegawai.PPPK else "19860926201505"
    nip = f"{prefix}1{n:03d}"
    staff = make_staff(nip=nip, nama=nama, unit_id=office.units[unit], status=status, **kw)
    sid = staff_store.save_staff(db, staff).id
    office.staff[key] = sid
    return sid
