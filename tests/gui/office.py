"""A small office built through the store: a unit tree and ~30 staff with valid NIPs."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from desktop.core.models import Gender, JenisJabatan, Staff, StatusPegawai, Unit, UnitJenis
from desktop.store import staff as staff_store
from desktop.store import units as unit_store

FIRST = ["Budi", "Siti", "Ahmad", "Dewi", "Rudi", "Nur", "Agus", "Rina", "Joko", "Yuni"]
LAST = ["Aminah", "Santoso", "Hidayat", "Lestari", "Saputra", "Rahmawati", "Wibowo", "Susanti"]
JABATAN = [
    "Guru Ahli Pertama",
    "Perawat Terampil",
    "Analis Kepegawaian Ahli Muda",
    "Pengadministrasi Umum",
    "Bidan Ahli Pertama",
    "Pranata Komputer Ahli Pertama",
]
GOLONGAN = ["II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a"]


@dataclass
class Office:
    units: dict[str, Unit] = field(default_factory=dict)
    staff: list[Staff] = field(default_factory=list)

    def unit(self, kode: str) -> Unit:
        return self.units[kode]


def nip_for(birth: date, tmt: date, gender: Gender, serial: int) -> str:
    digit = "1" if gender is Gender.L else "2"
    return f"{birth:%Y%m%d}{tmt:%Y%m}{digit}{serial:03d}"


def build_office(db: sqlite_utils.Database, staff_count: int = 30, seed: int = 7) -> Office:
    """Kabupaten → 3 OPD → bidang; staff spread over the units, the first one a kepala."""
    office = Office()
    tree = [
        ("1", "Pemerintah Kabupaten Kepahiang", UnitJenis.INSTANSI, None),
        ("1.01", "Dinas Kesehatan", UnitJenis.OPD, "1"),
        ("1.01.01", "Bidang Pelayanan Kesehatan", UnitJenis.BIDANG, "1.01"),
        ("1.01.02", "Bidang Kesehatan Masyarakat", UnitJenis.BIDANG, "1.01"),
        ("1.02", "Dinas Pendidikan", UnitJenis.OPD, "1"),
        ("1.02.01", "Bidang Pembinaan Sekolah Dasar", UnitJenis.BIDANG, "1.02"),
        ("1.03", "Badan Kepegawaian dan Pengembangan SDM", UnitJenis.OPD, "1"),
    ]
    for kode, nama, jenis, parent in tree:
        parent_id = office.units[parent].id if parent else None
        office.units[kode] = unit_store.save_unit(
            db, Unit(kode=kode, nama=nama, jenis=jenis, parent_id=parent_id)
        )
    rng = random.Random(seed)
    leaf_codes = [k for k, *_ in tree[1:]]
    for n in range(staff_count):
        office.staff.append(staff_store.save_staff(db, _person(rng, n, office, leaf_codes)))
    kepala = office.staff[0]
    dinkes = office.units["1.01"]
    dinkes.kepala_id = kepala.id
    office.units["1.01"] = unit_store.save_unit(db, dinkes)
    office_row = unit_store.get_office(db)
    office_row.nama_kantor = "BKPSDM Kabupaten Kepahiang"
    unit_store.save_office(db, office_row)
    return office


def _person(rng: random.Random, n: int, office: Office, leaf_codes: list[str]) -> Staff:
    gender = Gender.P if n % 2 else Gender.L
    birth = date(1965 + rng.randrange(30), 1 + rng.randrange(12), 1 + rng.randrange(28))
    tmt = date(min(birth.year + 22 + rng.randrange(8), 2023), 1 + rng.randrange(12), 1)
    unit = office.units["1.01" if n == 0 else leaf_codes[n % len(leaf_codes)]]
    return Staff(
        nip=nip_for(birth, tmt, gender, n + 1),
        nama=f"{FIRST[n % len(FIRST)]} {LAST[(n // 2) % len(LAST)]}",
        gelar_belakang=rng.choice(["", "S.Kom.", "S.Pd.", "S.Kep.", "A.Md."]),
        tempat_lahir="Kepahiang",
        tanggal_lahir=birth,
        jenis_kelamin=gender,
        status=StatusPegawai.PNS,
        golongan=rng.choice(GOLONGAN) if n else "IV/a",
        tmt_cpns=tmt,
        jabatan="Kepala Dinas Kesehatan" if n == 0 else JABATAN[n % len(JABATAN)],
        jenis_jabatan=JenisJabatan.ADMINISTRATOR if n == 0 else JenisJabatan.FUNGSIONAL,
        unit_id=unit.id,
    )
