"""A small office for the JP ledger and IP ASN tests: two OPDs (one with a bidang), staff of
each kind of position, trainings of every form (one spanning the new year, one without a
kind), annual and periodic evaluations with RHK/IKI and realisation, a sanction."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.models import StatusPegawai
from desktop.store import staff as staff_store
from tests.conftest import make_staff
from tests.unit.talent.office_support import skp_of, two_opds

YEAR = 2025


@dataclass
class JpOffice:
    units: dict[str, int] = field(default_factory=dict)
    staff: dict[str, int] = field(default_factory=dict)


def add_person(db, office: JpOffice, key: str, nama: str, unit: str, n: int, **kw) -> int:
    status = kw.pop("status", StatusPegawai.PNS)
    kw.setdefault("gelar_belakang", "")
    prefix = "19860926202321" if status == StatusPegawai.PPPK else "19860926201505"
    staff = make_staff(nip=f"{prefix}1{n:03d}", nama=nama, unit_id=office.units[unit],
                       status=status, **kw)  # fmt: skip
    sid = staff_store.save_staff(db, staff).id
    office.staff[key] = sid
    return sid


def add_diklat(db, staff_id: int, nama: str, jp: int, mulai: str | None,
               selesai: str | None = None, jenis: str | None = None) -> None:  # fmt: skip
    db.execute(
        "INSERT INTO riwayat_diklat (staff_id, nama, jp, tanggal_mulai, tanggal_selesai, jenis) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [staff_id, nama, jp, mulai, selesai, jenis],
    )
    db.conn.commit()


def add_evaluation(db, staff_id: int, tahun: int, periode: str, predikat: str | None,
                   hasil: str | None = None, perilaku: str | None = None,
                   status: str = "ditetapkan") -> tuple[int, int]:  # fmt: skip
    """An evaluation (the SKP of the year is made once); returns (skp id, evaluation id)."""
    skp_id = skp_of(db, staff_id, tahun)
    eval_id = db.execute(
        "INSERT INTO evaluasi (skp_id, periode, status, rating_hasil, rating_perilaku, predikat) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        [skp_id, periode, status, hasil, perilaku, predikat],
    ).fetchone()[0]
    db.conn.commit()
    return skp_id, eval_id


def add_rhk(db, skp_id: int, uraian: str, iki: list[tuple[str, str | None]],
            eval_id: int | None = None) -> None:  # fmt: skip
    """An RHK with IKI (target, realisation in ``eval_id`` or None)."""
    rhk_id = db.execute(
        "INSERT INTO rhk (skp_id, jenis, uraian) VALUES (?, 'utama', ?) RETURNING id",
        [skp_id, uraian],
    ).fetchone()[0]
    for n, (target, realisasi) in enumerate(iki):
        iki_id = db.execute(
            "INSERT INTO iki (rhk_id, urutan, aspek, indikator, target) "
            "VALUES (?, ?, 'kuantitas', 'Jumlah', ?) RETURNING id",
            [rhk_id, n, target],
        ).fetchone()[0]
        if realisasi is not None and eval_id is not None:
            db.execute("INSERT INTO realisasi (evaluasi_id, iki_id, realisasi) VALUES (?, ?, ?)",
                       [eval_id, iki_id, realisasi])  # fmt: skip
    db.conn.commit()


def add_hukuman(db, staff_id: int, tingkat: str, tmt: str, selesai: str | None = None,
                kategori: str = "disiplin") -> None:  # fmt: skip
    db.execute(
        "INSERT INTO riwayat_hukuman (staff_id, kategori, tingkat, jenis, nomor_sk, tanggal_sk, "
        "tmt, selesai) VALUES (?, ?, ?, 'Hukuman', ?, ?, ?, ?)",
        [staff_id, kategori, tingkat, f"800/{staff_id}", tmt, tmt, selesai],
    )
    db.conn.commit()


def build_office(db) -> JpOffice:
    """Units root → A (OPD) → A1 (bidang), root → B (OPD); people:

    - "rajin" (A, pelaksana, S1): 16 JP teknis klasikal 2025 + 8 JP coaching + a seminar;
      a course from Dec 2024 to Jan 2025 (12 JP, counts in 2025); Baik 2024 and 2025
    - "kurang" (A1, fungsional, D3): 6 JP without a kind in 2025, 10 JP in 2024; annual
      2025 Kurang (hasil di bawah) with two RHK, one far behind its target
    - "pemimpin" (B, administrator, S2): PIM in 2019, 30 JP bimtek in 2024; Sangat Baik
      2025; a hukuman disiplin ringan in 2025
    - "kosong" (B, pelaksana, no education): nothing at all
    - "kontrak" (B, PPPK): 40 JP in 2025 — not in the ledger
    """
    office = JpOffice()
    office.units = two_opds(db)
    s = office.staff
    add_person(db, office, "rajin", "Ani Rajin", "A", 1, jenis_jabatan="pelaksana",
               pendidikan="S1")  # fmt: skip
    add_person(db, office, "kurang", "Budi Kurang", "A1", 2, jenis_jabatan="fungsional",
               pendidikan="D3")  # fmt: skip
    add_person(db, office, "pemimpin", "Citra Pemimpin", "B", 3, jenis_jabatan="administrator",
               pendidikan="S2")  # fmt: skip
    add_person(db, office, "kosong", "Dedi Kosong", "B", 4, jenis_jabatan="pelaksana")
    add_person(db, office, "kontrak", "Eka Kontrak", "B", 5, status=StatusPegawai.PPPK)
    add_diklat(db, s["rajin"], "Pelatihan Arsip Digital", 16, "2025-03-01", "2025-03-03", "teknis")
    add_diklat(db, s["rajin"], "Coaching Pelayanan", 8, "2025-05-01", None, "coaching")
    add_diklat(db, s["rajin"], "Seminar Reformasi Birokrasi", 0, "2025-06-01", "2025-06-01",
               "seminar")  # fmt: skip
    add_diklat(db, s["rajin"], "Kursus Akhir Tahun", 12, "2024-12-28", "2025-01-03", "kursus")
    add_diklat(db, s["kurang"], "Pelatihan Tanpa Jenis", 6, "2025-02-01", "2025-02-02")
    add_diklat(db, s["kurang"], "Bimtek Kurikulum", 10, "2024-04-01", "2024-04-02", "bimtek")
    add_diklat(db, s["pemimpin"], "PKA Angkatan V", 200, "2019-03-01", "2019-06-30",
               "kepemimpinan")  # fmt: skip
    add_diklat(db, s["pemimpin"], "Bimtek Pengelolaan Keuangan", 30, "2024-08-01", "2024-08-05",
               "bimtek")  # fmt: skip
    add_diklat(db, s["kontrak"], "Pelatihan PPPK", 40, "2025-02-01", "2025-02-05", "teknis")
    add_evaluation(db, s["rajin"], YEAR - 1, "TAHUNAN", "baik", "sesuai", "sesuai")
    add_evaluation(db, s["rajin"], YEAR, "TAHUNAN", "baik", "sesuai", "sesuai")
    skp, ev = add_evaluation(db, s["kurang"], YEAR, "TAHUNAN", "kurang", "di_bawah", "di_bawah")
    add_rhk(db, skp, "Terlaksananya pembelajaran kelas", [("36 pertemuan", "35 pertemuan")], ev)
    add_rhk(db, skp, "Tersusunnya modul ajar", [("12 modul", "3 modul")], ev)
    db.execute("INSERT INTO evaluasi_perilaku (evaluasi_id, nilai_no, umpan_balik) "
               "VALUES (?, 2, 'Sering terlambat menyerahkan laporan')", [ev])  # fmt: skip
    db.conn.commit()
    add_evaluation(db, s["pemimpin"], YEAR, "TAHUNAN", "sangat_baik", "di_atas", "di_atas")
    add_hukuman(db, s["pemimpin"], "ringan", "2025-04-01")
    return office
