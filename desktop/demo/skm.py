"""The demo's Survei Kepuasan Masyarakat: the public-service units (Dukcapil, DPMPTSP, the
kecamatan, and the health service: a Puskesmas where the office has one, else the Dinas
Kesehatan's Bidang Pelayanan Kesehatan) surveyed each semester of the appraisal year and the
year before. Dukcapil improves from C to A, DPMPTSP falls from B to C, the rest hold steady;
one kecamatan's first survey falls short of the minimum sample.

Its own random stream (``kinerja-skm-<seed>-<year>``), explicit uuids and stamps: the same
seed gives the same rows, and the rest of the demo is untouched by adding them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import sqlite_utils

from desktop.core.skm import UNSUR, tally
from desktop.core.skm_sample import minimum_sample
from desktop.demo.rand import DemoRandom

# Semesters of the year before and of the appraisal year, in order.
SEMESTERS = (("S1", -1), ("S2", -1), ("S1", 0), ("S2", 0))
# Gaps of each unsur from the unit's level (answers 1–4): waiting time and complaints lag,
# the free services (biaya) score high.
UNSUR_BIAS = (0.05, -0.05, -0.25, 0.3, 0.05, 0.0, 0.1, -0.2, -0.1)
PENDIDIKAN = ("SD", "SMP", "SMA", "SMA", "SMA", "D3", "S1", "S1", "S2")
PEKERJAAN = ("PNS", "TNI/POLRI", "Swasta", "Wiraswasta", "Wiraswasta", "Petani",
             "Pelajar/Mahasiswa", "Lainnya")  # fmt: skip
FOLLOW_UP = {
    3: "Menambah loket dan menerapkan antrean daring agar waktu penyelesaian lebih singkat.",
    8: "Menyediakan kotak dan nomor WhatsApp pengaduan yang dijawab paling lama 3 hari kerja.",
    9: "Memperbaiki ruang tunggu, kursi, dan papan informasi layanan.",
    2: "Menyederhanakan alur layanan dan memasang bagan prosedur di loket.",
}


@dataclass(frozen=True)
class Profile:
    """How a unit's index (converted, per semester) moves, and its service users."""

    match: str  # unit name, or its beginning when ending with "*"
    levels: tuple[float, float, float, float]
    populasi: int
    layanan: tuple[str, ...]


PROFILES = (
    Profile("Dinas Kependudukan dan Pencatatan Sipil", (71.0, 77.5, 84.0, 93.0), 2400,
            ("KTP-el", "Kartu Keluarga", "Akta Kelahiran", "Akta Kematian", "Pindah Datang")),
    Profile("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", (86.5, 83.5, 79.0, 74.0),
            900, ("Persetujuan Bangunan Gedung", "Perizinan Berusaha (OSS)",
                  "Izin Praktik Tenaga Kesehatan", "Izin Reklame")),
    Profile("UPTD Puskesmas*", (82.0, 83.0, 83.5, 84.5), 1500,
            ("Rawat Jalan", "Kesehatan Ibu dan Anak", "Imunisasi", "Laboratorium")),
    Profile("Bidang Pelayanan Kesehatan", (82.0, 83.0, 83.5, 84.5), 1500,
            ("Rujukan", "Pelayanan Kesehatan Primer", "Imunisasi", "Surat Keterangan Sehat")),
    Profile("Kecamatan *", (79.0, 80.5, 79.5, 81.0), 600,
            ("Surat Keterangan", "Rekomendasi", "Legalisasi", "Perekaman KTP-el")),
)  # fmt: skip


def public_service_units(db: sqlite_utils.Database) -> list[tuple[int, str, Profile]]:
    """(unit id, name, profile) of every active unit a profile matches, in code order."""
    found = []
    rows = db.execute("SELECT id, nama FROM unit WHERE aktif = 1 ORDER BY kode").fetchall()
    for unit_id, nama in rows:
        for profile in PROFILES:
            pattern = profile.match
            hit = nama.startswith(pattern[:-1]) if pattern.endswith("*") else nama == pattern
            if hit:
                found.append((unit_id, nama, profile))
                break
    return found


def write_surveys(db: sqlite_utils.Database, *, year: int, seed: int) -> int:
    """Add the semesters' surveys of ``year - 1`` and ``year`` inside the caller's
    transaction; surveys already on record are left alone. Returns the surveys added."""
    rng = DemoRandom(f"kinerja-skm-{seed}-{year}")
    origin = db.execute("SELECT office_uuid FROM office").fetchone()[0]
    added = kecamatan = 0
    for unit_id, _nama, profile in public_service_units(db):
        kecamatan += profile.match == "Kecamatan *"
        for step, (periode, offset) in enumerate(SEMESTERS):
            tahun = year + offset
            short = kecamatan == 2 and step == 0 and profile.match == "Kecamatan *"
            # drawn whether or not the survey exists: the stream stays the same for the rest
            answers = _respondents(rng, profile, profile.levels[step], tahun, periode, short)
            exists = db.execute(
                "SELECT 1 FROM skm_survei WHERE unit_id = ? AND tahun = ? AND periode = ?",
                [unit_id, tahun, periode],
            ).fetchone()
            if exists:
                continue
            _insert(db, rng, origin, unit_id, tahun, periode, profile, answers, step)
            added += 1
    return added


def _respondents(
    rng: DemoRandom, profile: Profile, level: float, tahun: int, periode: str, short: bool
) -> list[tuple]:
    minimum = minimum_sample(profile.populasi)
    count = minimum - 40 if short else minimum + rng.randint(0, 30)
    mean = level / 25
    first = date(tahun, 1 if periode == "S1" else 7, 1)
    rows = []
    for n in range(1, count + 1):
        mood = rng.gauss(0, 0.35)
        answers = tuple(
            min(4, max(1, round(rng.gauss(mean + bias + mood, 0.45)))) for bias in UNSUR_BIAS
        )
        umur = str(rng.randint(17, 70))
        when = first + timedelta(days=rng.randint(0, 180))
        rows.append(
            (
                str(n), *answers, rng.choice(profile.layanan), rng.choice(("L", "P")), umur,
                rng.choice(PENDIDIKAN), rng.choice(PEKERJAAN), when.isoformat(),
            )
        )  # fmt: skip
    return rows


def _insert(
    db: sqlite_utils.Database, rng: DemoRandom, origin: str, unit_id: int, tahun: int,
    periode: str, profile: Profile, rows: list[tuple], step: int,
) -> None:  # fmt: skip
    counts = tally(r[1:10] for r in rows)
    weakest = min(UNSUR, key=lambda u: sum(a * n for a, n in zip((1, 2, 3, 4), counts[u.no - 1],
                                                                  strict=True)))  # fmt: skip
    plan = FOLLOW_UP.get(weakest.no, "") if step < len(SEMESTERS) - 1 else ""
    stamp = _stamp(rng, date(tahun, 7, 3) if periode == "S1" else date(tahun + 1, 1, 8))
    cur = db.conn.execute(
        "INSERT INTO skm_survei (unit_id, tahun, periode, populasi, sumber, "
        "rencana_tindak_lanjut, uuid, updated_at, origin) VALUES (?, ?, ?, ?, 'impor', ?, ?, ?, ?)",
        [unit_id, tahun, periode, profile.populasi, plan, rng.uuid(), stamp, origin],
    )
    survei_id = cur.lastrowid
    berkas = f"skm_{periode.lower()}_{tahun}.xlsx"
    db.conn.executemany(
        "INSERT INTO skm_responden (survei_id, berkas, kunci, u1, u2, u3, u4, u5, u6, u7, u8, "
        "u9, layanan, jenis_kelamin, umur, pendidikan, pekerjaan, tanggal) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(survei_id, berkas, *r) for r in rows],
    )
    db.conn.executemany(
        "INSERT INTO skm_rekap (survei_id, unsur, n1, n2, n3, n4, uuid, updated_at, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(survei_id, u.no, *counts[u.no - 1], rng.uuid(), stamp, origin) for u in UNSUR],
    )


def _stamp(rng: DemoRandom, day: date) -> str:
    return f"{day.isoformat()}T{rng.randint(1, 7):02d}:{rng.randint(0, 59):02d}:00.000Z"
