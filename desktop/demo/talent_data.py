"""Texts of the demo's talent inputs: the competence-development courses of 2023–2025, the kinds
of development they are (matched by name to ``ref_jenis_pengembangan``), assessment centres,
and disciplinary sanctions (PP 94/2021) and code-of-ethics breaches. Data only.
"""

from __future__ import annotations

from typing import NamedTuple

_KAB = "BKPSDM Kabupaten Kepahiang"
_PROV = "BPSDM Provinsi Bengkulu"


class Course(NamedTuple):
    """A course an employee may follow in a year: JP drawn from ``jp_low``–``jp_high``."""

    nama: str
    kind: str  # a key of KIND_WORDS
    jp_low: int
    jp_high: int
    penyelenggara: str


# Words that find each kind in ref_jenis_pengembangan (its kode or nama, lower case), best first.
# Matched by words, not fixed codes, so the demo follows the reference list as it is written.
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "kepemimpinan": ("kepemimpinan", "struktural"),
    "dasar": ("pelatihan dasar", "latsar", "prajabatan"),
    "orientasi": ("orientasi", "klasikal_lain", "klasikal lain"),
    "fungsional": ("pelatihan fungsional", "fungsional"),
    "teknis": ("pelatihan teknis", "diklat teknis"),
    "bimtek": ("bimbingan teknis", "bimtek"),
    "seminar": ("seminar", "konferensi", "sarasehan"),
    "workshop": ("workshop", "lokakarya"),
    "sosialisasi": ("sosialisasi",),
    "kursus": ("kursus",),
    "elearning": ("e-learning", "elearning", "e_learning"),
    "pjj": ("jarak jauh", "pjj"),
    "coaching": ("coaching",),
    "mentoring": ("mentoring",),
    "magang": ("magang", "praktik kerja"),
    "mandiri": ("belajar mandiri", "mandiri"),
    "komunitas": ("komunitas",),
    "patok_banding": ("patok banding", "benchmark"),
}
NO_CERTIFICATE = frozenset(("sosialisasi", "coaching", "mentoring", "mandiri", "komunitas"))

# What an employee of the kabupaten follows in a year besides their career's big trainings.
COURSES: tuple[Course, ...] = (
    Course("Pelatihan Teknis Penyusunan Standar Operasional Prosedur", "teknis", 24, 32, _PROV),
    Course("Pelatihan Teknis Analisis Jabatan dan Analisis Beban Kerja", "teknis", 24, 40, _PROV),
    Course("Pelatihan Teknis Pengelolaan Keuangan Daerah", "teknis", 30, 40, _PROV),
    Course("Pelatihan Teknis Pelayanan Publik Berbasis Digital", "teknis", 20, 32, _PROV),
    Course("Bimbingan Teknis Aplikasi e-Kinerja", "bimtek", 8, 16, _KAB),
    Course("Bimbingan Teknis Penyusunan Perjanjian Kinerja", "bimtek", 8, 16,
           "Bagian Organisasi Setda Kabupaten Kepahiang"),
    Course("Bimbingan Teknis Keamanan Informasi", "bimtek", 8, 12,
           "Dinas Komunikasi dan Informatika Kabupaten Kepahiang"),
    Course("Seminar Reformasi Birokrasi Berdampak", "seminar", 4, 8,
           "Bagian Organisasi Setda Kabupaten Kepahiang"),
    Course("Seminar Nasional Inovasi Pelayanan Publik", "seminar", 4, 8,
           "Kementerian PANRB"),
    Course("Workshop Penyusunan Indikator Kinerja Individu", "workshop", 8, 16, _KAB),
    Course("Workshop Manajemen Risiko Perangkat Daerah", "workshop", 8, 12,
           "Inspektorat Daerah Kabupaten Kepahiang"),
    Course("Sosialisasi Pencegahan Korupsi dan Gratifikasi", "sosialisasi", 2, 4,
           "Inspektorat Daerah Kabupaten Kepahiang"),
    Course("Sosialisasi Disiplin dan Kode Etik ASN", "sosialisasi", 2, 4, _KAB),
    Course("Kursus Bahasa Inggris untuk Pelayanan Publik", "kursus", 24, 48,
           "UPT Bahasa Universitas Bengkulu"),
    Course("E-learning Literasi Digital ASN", "elearning", 10, 20,
           "Lembaga Administrasi Negara (ASN Unggul)"),
    Course("E-learning Manajemen ASN", "elearning", 8, 16, "BKN Corporate University"),
    Course("E-learning Etika Pelayanan Publik", "elearning", 10, 20,
           "Lembaga Administrasi Negara (ASN Unggul)"),
    Course("Pelatihan Jarak Jauh Penyusunan Laporan Kinerja", "pjj", 20, 30, _PROV),
    Course("Coaching Kinerja oleh Atasan Langsung", "coaching", 2, 6, "Unit kerja"),
    Course("Mentoring Pengembangan Karier", "mentoring", 2, 6, "Unit kerja"),
    Course("Belajar Mandiri pada Platform ASN Unggul", "mandiri", 4, 10,
           "Lembaga Administrasi Negara (ASN Unggul)"),
    Course("Komunitas Belajar Unit Kerja", "komunitas", 2, 4, "Unit kerja"),
    Course("Magang pada Perangkat Daerah Provinsi Bengkulu", "magang", 24, 40,
           "Pemerintah Provinsi Bengkulu"),
    Course("Patok Banding Inovasi Pelayanan ke Kabupaten Banyuwangi", "patok_banding", 8, 16,
           _KAB),
)  # fmt: skip
# Weights of the courses above (same order): coaching, e-learning and bimtek are the most common.
COURSE_WEIGHTS = (3, 3, 2, 3, 6, 4, 3, 4, 2, 4, 3, 5, 4, 1, 6, 5, 4, 3, 6, 3, 5, 3, 1, 1)

# -- assessment (penilaian kompetensi) ----------------------------------------------------------
ASSESSORS = (
    ("UPT Penilaian Kompetensi Pegawai BKN Kantor Regional VII", "assessment center"),
    ("UPT Penilaian Kompetensi Pegawai BKN Kantor Regional VII", "CAT potensi dan kompetensi"),
    ("Assessment Center BKPSDM Provinsi Bengkulu", "assessment center"),
    ("BKPSDM Kabupaten Kepahiang", "metode sederhana (wawancara dan portofolio)"),
)

# -- sanctions: (jenis, months in force; 0: none) ------------------------------------------------
HUKUMAN: dict[str, tuple[tuple[str, int], ...]] = {
    "ringan": (("Teguran lisan", 0), ("Teguran tertulis", 0),
               ("Pernyataan tidak puas secara tertulis", 0)),
    "sedang": (("Pemotongan tunjangan kinerja 25% selama 6 bulan", 6),
               ("Pemotongan tunjangan kinerja 25% selama 9 bulan", 9),
               ("Pemotongan tunjangan kinerja 25% selama 12 bulan", 12)),
    "berat": (("Penurunan jabatan setingkat lebih rendah selama 12 bulan", 12),
              ("Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan", 12)),
}  # fmt: skip
HUKUMAN_SEBAB = (
    "Tidak masuk kerja tanpa alasan yang sah",
    "Tidak memenuhi target kinerja yang telah disepakati",
    "Tidak menaati ketentuan jam kerja",
    "Menyalahgunakan wewenang dalam pelayanan",
)
KODE_ETIK = (
    "Sanksi moral berupa pernyataan secara tertutup",
    "Sanksi moral berupa pernyataan secara terbuka",
)
KODE_ETIK_SEBAB = (
    "Bersikap tidak patut kepada pengguna layanan (putusan Majelis Kode Etik)",
    "Unggahan media sosial yang merendahkan instansi (putusan Majelis Kode Etik)",
)
