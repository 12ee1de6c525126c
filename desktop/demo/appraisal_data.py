"""Texts of the demo appraisal year: the kinds of work (rumpun) of the units, which library RHK
suit which jabatan, the Sekda's RHK from the RPJMD, tugas tambahan, Ekspektasi Khusus Pimpinan,
lampiran, umpan balik and citizen feedback. Data only; ``appraisal_*`` modules use it.
"""

from __future__ import annotations

# -- which indicators a unit starts from (db/reference/indikator.csv ``rumpun``) -------------------
OPD_RUMPUN: dict[str, str] = {
    "Sekretariat Daerah": "umum",
    "Inspektorat Daerah": "keuangan",
    "Dinas Pendidikan dan Kebudayaan": "pendidikan",
    "Dinas Kesehatan": "kesehatan",
    "Dinas Pekerjaan Umum dan Penataan Ruang": "pu",
    "Dinas Sosial": "pelayanan",
    "Dinas Kependudukan dan Pencatatan Sipil": "pelayanan",
    "Dinas Pertanian": "pelayanan",
    "Dinas Perhubungan": "pelayanan",
    "Badan Perencanaan Pembangunan Daerah": "umum",
    "Badan Keuangan Daerah": "keuangan",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia": "kepegawaian",
    "Satuan Polisi Pamong Praja": "pelayanan",
    "Dinas Lingkungan Hidup": "pelayanan",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu": "pelayanan",
}
KECAMATAN_RUMPUN = "desa"
# Units whose own name says what they do, whatever their OPD (first match wins).
NAME_RUMPUN: tuple[tuple[str, str], ...] = (
    ("Keuangan", "keuangan"),
    ("Kepegawaian", "kepegawaian"),
    ("Sekretariat", "umum"),
    ("Sub Bagian Umum", "umum"),
    ("Sub Bagian Perencanaan", "umum"),
    ("Tata Usaha", "umum"),
    ("Rumah Tangga", "umum"),
)

# -- library RHK that suit a jabatan (words of the jabatan → words of the RHK), first match --------
JABATAN_RHK: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("Guru",), ("pembelajaran yang bermutu", "penilaian hasil belajar")),
    (("Pamong Belajar", "Penilik"), ("partisipasi sekolah", "kompetensi pendidik")),
    (("Perawat",), ("asuhan keperawatan",)),
    (("Bidan",), ("kesehatan ibu dan anak", "imunisasi")),
    (("Dokter",), ("imunisasi", "kesehatan ibu dan anak")),
    (("Nutrisionis", "Sanitasi", "Penyuluh Kesehatan"), ("stunting",)),
    (("Epidemiolog", "Pranata Laboratorium", "Apoteker", "Asisten Apoteker"), ("imunisasi",)),
    (("Analis Keuangan", "Pengelola Keuangan", "Auditor"), ("administrasi keuangan",)),
    (("Analis Sumber Daya Manusia", "Pranata Sumber Daya Manusia"), ("kepegawaian",
     "kompetensi ASN", "penilaian kinerja")),
    (("Teknik", "Tata Bangunan", "Penata Ruang"), ("infrastruktur", "jalan kabupaten")),
    (("Penggerak Swadaya",), ("pengembangan desa",)),
    (("Arsiparis", "Pengadministrasi", "Pengelola Umum", "Operator Layanan"), ("perkantoran",)),
    (("Perencana", "Statistisi", "Penelaah Teknis"), ("perencanaan dan laporan",)),
)  # fmt: skip

# -- the Sekretaris Daerah: RHK from the RPJMD (the Bupati's SKP is not in this database) -------
SEKDA_RHK: tuple[tuple[str, str, str], ...] = (
    (
        "Meningkatnya kualitas penyelenggaraan pemerintahan daerah",
        "Misi 1 RPJMD: Mewujudkan tata kelola pemerintahan yang bersih dan melayani",
        "Penerima Layanan",
    ),
    (
        "Meningkatnya kualitas pelayanan publik perangkat daerah",
        "Misi 2 RPJMD: Meningkatkan kualitas pelayanan dasar bagi masyarakat",
        "Proses Bisnis",
    ),
    (
        "Meningkatnya akuntabilitas kinerja dan keuangan daerah",
        "Misi 1 RPJMD: Mewujudkan tata kelola pemerintahan yang bersih dan melayani",
        "Anggaran",
    ),
)
SEKDA_IKI: tuple[tuple[str, str, str], ...] = (
    ("kualitas", "Indeks Reformasi Birokrasi Kabupaten", "≥ 70"),
    ("kualitas", "Indeks kepuasan masyarakat atas layanan perangkat daerah", "≥ 85"),
    ("kualitas", "Opini BPK atas laporan keuangan daerah", "WTP"),
)
JPT_PERSPEKTIF = ("Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran")

# -- tugas tambahan (RHK Tambahan, one kuantitas IKI each) --------------------------------------
TAMBAHAN: tuple[tuple[str, str, str], ...] = (
    ("Terlaksananya tugas sebagai operator SIASN unit kerja", "Jumlah data pegawai yang "
     "dimutakhirkan", "40 data"),
    ("Terlaksananya tugas sebagai bendahara pengeluaran pembantu", "Jumlah laporan "
     "pertanggungjawaban bendahara", "12 laporan"),
    ("Terlaksananya tugas sebagai anggota tim penyusun LKjIP", "Jumlah bab LKjIP yang disusun",
     "2 bab"),
    ("Terlaksananya tugas sebagai pengelola media sosial unit", "Jumlah konten informasi "
     "layanan yang dipublikasikan", "48 konten"),
    ("Terlaksananya tugas sebagai anggota tim pengelola barang milik daerah", "Jumlah laporan "
     "inventarisasi barang", "2 laporan"),
    ("Terlaksananya tugas sebagai fasilitator pengembangan kompetensi", "Jumlah sesi "
     "pembelajaran yang difasilitasi", "4 sesi"),
)  # fmt: skip

# -- Ekspektasi Khusus Pimpinan per BerAKHLAK value (1–7), a few ways each head says it -------
EKSPEKTASI: dict[int, tuple[str, ...]] = {
    1: ("Melayani pemohon dengan ramah dan tuntas pada hari yang sama",
        "Menindaklanjuti setiap keluhan layanan paling lambat 2 hari kerja",
        "Memberi informasi yang jelas kepada pengguna layanan"),
    2: ("Menyelesaikan tugas tepat waktu dan melaporkan hasilnya kepada atasan",
        "Menggunakan barang milik daerah secara hemat dan bertanggung jawab",
        "Hadir dan pulang sesuai jam kerja"),
    3: ("Mengikuti pengembangan kompetensi minimal 20 JP dalam setahun",
        "Berbagi pengetahuan dengan rekan kerja dalam rapat unit",
        "Menguasai aplikasi kerja yang digunakan unit"),
    4: ("Menjaga suasana kerja yang saling menghargai",
        "Membantu rekan kerja yang beban kerjanya tinggi"),
    5: ("Menjaga kerahasiaan data pegawai dan dokumen jabatan",
        "Menjaga nama baik instansi di media sosial"),
    6: ("Cepat menyesuaikan diri dengan perubahan prosedur dan aplikasi",
        "Mengusulkan minimal satu gagasan perbaikan layanan"),
    7: ("Aktif bekerja sama dengan unit lain untuk menyelesaikan pekerjaan bersama",
        "Terbuka menerima masukan dalam tim kerja"),
}  # fmt: skip

LAMPIRAN_SUMBER_DAYA = (
    "Anggaran DPA {unit} Tahun {tahun}; sarana komputer, jaringan internet dan aplikasi kerja",
    "Anggaran DPA {unit} Tahun {tahun}; dukungan tim kerja dan sarana kantor",
)
LAMPIRAN_SKEMA = (
    "Laporan capaian kinerja triwulanan kepada Pejabat Penilai Kinerja disertai bukti dukung",
    "Laporan bulanan kepada atasan langsung; rekap triwulanan dengan bukti dukung",
)
LAMPIRAN_KONSEKUENSI = (
    "Capaian kinerja menjadi dasar pengembangan karier dan tambahan penghasilan pegawai; "
    "kinerja di bawah ekspektasi ditindaklanjuti dengan pembinaan sesuai PermenPANRB 6/2022",
)

# -- umpan balik berkelanjutan per IKI, by the Rating Hasil Kerja of the period ----------------
UMPAN_BALIK_HASIL: dict[str, tuple[str, ...]] = {
    "di_atas": ("Capaian melampaui target triwulan; pertahankan dan bagikan caranya ke tim.",
                "Sangat baik, hasil kerja rapi dan lebih cepat dari jadwal."),
    "sesuai": ("Capaian sesuai target; jaga konsistensi.", "Sudah sesuai rencana.",
               "Baik; lengkapi bukti dukung tepat waktu.", ""),
    "di_bawah": ("Capaian di bawah target; susun rencana percepatan bersama atasan.",
                 "Perlu pendampingan agar target triwulan berikutnya tercapai."),
}  # fmt: skip
UMPAN_BALIK_PERILAKU: dict[int, tuple[str, ...]] = {
    1: ("Pelayanan kepada pemohon ramah dan tuntas.", "Tanggap terhadap keluhan pengguna."),
    2: ("Laporan disampaikan tepat waktu.", "Perlu lebih disiplin dalam kehadiran."),
    3: ("Aktif mengikuti pelatihan daring.", "Sudah membimbing rekan yang baru."),
    4: ("Membantu rekan saat beban kerja tinggi.",),
    5: ("Menjaga kerahasiaan dokumen dengan baik.",),
    6: ("Cepat menyesuaikan diri dengan aplikasi baru.", "Mengusulkan perbaikan alur layanan."),
    7: ("Kerja sama lintas bidang berjalan baik.",),
}
BUKTI_DUKUNG = (
    "Rekapitulasi {periode} dan laporan kegiatan",
    "Register kegiatan {periode}",
    "Laporan {periode} yang ditandatangani atasan langsung",
    "Dokumentasi kegiatan dan daftar hadir {periode}",
)
CATATAN: dict[str, tuple[str, ...]] = {
    "sangat_baik": ("Pertahankan kinerja; dapat diusulkan untuk penghargaan.",
                    "Kinerja sangat baik; layak menjadi mentor bagi rekan kerja."),
    "baik": ("", "", "Tingkatkan ketepatan waktu pelaporan.", "Lanjutkan; lengkapi bukti dukung."),
    "butuh_perbaikan": ("Perlu rencana perbaikan kinerja dan pendampingan pada triwulan "
                        "berikutnya.",),
    "kurang": ("Perlu pembinaan perilaku kerja oleh atasan langsung.",),
    "sangat_kurang": ("Perlu pembinaan intensif dan evaluasi penempatan.",),
}  # fmt: skip

# -- umpan balik masyarakat: what service users say, by sentiment ------------------------------
FEEDBACK_SOURCES = ("Survei kepuasan masyarakat", "Kotak saran", "Pengaduan daring (SP4N-LAPOR!)",
                    "Media sosial kantor", "Buku tamu layanan")  # fmt: skip
FEEDBACK: dict[str, tuple[str, ...]] = {
    "positif": ("Pelayanan cepat dan petugas ramah.", "Penjelasan petugas mudah dipahami.",
                "Berkas selesai lebih cepat dari janji layanan.", "Petugas sabar melayani lansia."),
    "netral": ("Antrean cukup tertib, ruang tunggu perlu kipas angin.",
               "Informasi persyaratan sudah ada, tetapi perlu papan yang lebih besar."),
    "negatif": ("Petugas sulit ditemui pada jam layanan.", "Berkas dikembalikan tanpa "
                "penjelasan yang jelas.", "Waktu tunggu lebih dari satu jam."),
}  # fmt: skip
FEEDBACK_RUMPUN = frozenset(("pelayanan", "kesehatan", "pendidikan", "desa"))


def rumpun_of(nama: str, is_opd: bool) -> str:
    """A unit's own rumpun: from its name (Sub Bagian Keuangan → keuangan), else for an OPD from
    its kind of work; "" lets a unit inherit its OPD's (``store.units.unit_rumpun``)."""
    for word, rumpun in NAME_RUMPUN:
        if word in nama:
            return rumpun
    if is_opd:
        return KECAMATAN_RUMPUN if nama.startswith("Kecamatan ") else OPD_RUMPUN.get(nama, "umum")
    return ""
