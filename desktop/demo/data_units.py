"""The demo kabupaten's organisation: OPD, their bidang and seksi, and who works where.

``weight`` is a unit's share of the staff; ``mix`` lists the fungsional families (keys of
``data_jabatan.FAMILIES``) working there and ``pelaksana`` the share of pelaksana posts. A small
office keeps the OPD with the lowest ``priority`` number and the heaviest bidang.
"""

from __future__ import annotations

from typing import NamedTuple

INSTANSI = "Pemerintah Kabupaten Kepahiang"
BUPATI = ("Hidayat Rahman", "S.H., M.Si.", "Bupati Kepahiang")  # nama, gelar belakang, jabatan
KOTA = "Kepahiang"
NAMA_KANTOR = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"

Mix = tuple[tuple[str, float], ...]


class BidangDef(NamedTuple):
    nama: str
    subs: tuple[str, ...] = ()
    weight: float = 1.0
    mix: Mix | None = None  # None: the OPD's mix
    pelaksana: float | None = None


class OpdDef(NamedTuple):
    nama: str
    kepala: str
    eselon: int  # 21 Sekda, 22 kepala OPD (JPT Pratama), 31 camat (administrator)
    domain: str  # key of data_jabatan.HEAD_EDU for the heads' education
    weight: float
    priority: int
    mix: Mix
    pelaksana: float
    bidang: tuple[BidangDef, ...]


SEKRETARIAT_MIX: Mix = (
    ("pranata_komputer", 3), ("analis_keuangan", 3), ("perencana", 2), ("arsiparis", 3),
    ("analis_sdm", 3), ("pranata_sdm", 2), ("pranata_humas", 1),
)  # fmt: skip
_SUBBAG = ("Sub Bagian Umum dan Kepegawaian", "Sub Bagian Keuangan",
           "Sub Bagian Perencanaan dan Pelaporan")  # fmt: skip
_GURU: Mix = (("guru", 1),)
_PAUD: Mix = (("guru", 70), ("pamong_belajar", 15), ("penilik", 15))


def _sekretariat(opd: str, subs: tuple[str, ...] = _SUBBAG[:2]) -> BidangDef:
    return BidangDef(f"Sekretariat {opd}", subs, 1.0, SEKRETARIAT_MIX, 0.6)


def _opd(
    nama: str,
    kepala: str,
    domain: str,
    weight: float,
    priority: int,
    mix: Mix,
    pelaksana: float,
    *bidang: BidangDef,
    eselon: int = 22,
) -> OpdDef:
    return OpdDef(nama, kepala, eselon, domain, weight, priority, mix, pelaksana, bidang)


def _kecamatan(nama: str, priority: int) -> OpdDef:
    return _opd(f"Kecamatan {nama}", f"Camat {nama}", "pemerintahan", 1.5, priority,
                (("penggerak_swadaya", 3), ("analis_kebijakan", 2), ("polpp", 1)), 0.7,
                BidangDef(f"Sekretariat Kecamatan {nama}", ("Sub Bagian Umum dan Kepegawaian",
                          "Sub Bagian Perencanaan dan Keuangan"), 1.5, SEKRETARIAT_MIX, 0.7),
                BidangDef("Seksi Pemerintahan"),
                BidangDef("Seksi Ketenteraman dan Ketertiban Umum"),
                BidangDef("Seksi Pemberdayaan Masyarakat dan Desa"),
                eselon=31)  # fmt: skip


OPDS: tuple[OpdDef, ...] = (
    _opd("Sekretariat Daerah", "Sekretaris Daerah", "pemerintahan", 3, 1,
         (("analis_kebijakan", 4), ("perancang_peraturan", 1), ("analis_hukum", 1),
          ("pranata_humas", 1), ("pengelola_pbj", 1), ("pranata_komputer", 1)), 0.45,
         BidangDef("Bagian Tata Pemerintahan", ("Sub Bagian Pemerintahan Umum",
                   "Sub Bagian Otonomi Daerah", "Sub Bagian Kerja Sama")),
         BidangDef("Bagian Hukum", ("Sub Bagian Perundang-undangan", "Sub Bagian Bantuan Hukum",
                   "Sub Bagian Dokumentasi dan Informasi Hukum"), mix=(("perancang_peraturan", 2),
                   ("analis_hukum", 2))),
         BidangDef("Bagian Organisasi", ("Sub Bagian Kelembagaan dan Analisis Jabatan",
                   "Sub Bagian Pelayanan Publik dan Tata Laksana",
                   "Sub Bagian Kinerja dan Reformasi Birokrasi")),
         BidangDef("Bagian Umum", ("Sub Bagian Tata Usaha Pimpinan", "Sub Bagian Rumah Tangga",
                   "Sub Bagian Keuangan"), 2.0, SEKRETARIAT_MIX, 0.7),
         BidangDef("Bagian Pengadaan Barang dan Jasa", ("Sub Bagian Pengelolaan Pengadaan",
                   "Sub Bagian Pembinaan dan Advokasi"), mix=(("pengelola_pbj", 1),)),
         eselon=21),
    _opd("Inspektorat Daerah", "Inspektur Daerah", "keuangan", 1.5, 9,
         (("auditor", 5), ("p2upd", 4)), 0.2,
         _sekretariat("Inspektorat Daerah", ("Sub Bagian Umum dan Keuangan",
                      "Sub Bagian Perencanaan, Evaluasi dan Pelaporan")),
         *(BidangDef(f"Inspektorat Pembantu Wilayah {n}") for n in ("I", "II", "III", "IV"))),
    _opd("Dinas Pendidikan dan Kebudayaan", "Kepala Dinas Pendidikan dan Kebudayaan",
         "pendidikan", 45, 3, _GURU, 0.08,
         _sekretariat("Dinas Pendidikan dan Kebudayaan", _SUBBAG),
         BidangDef("Bidang Pembinaan Sekolah Dasar", ("Seksi Kurikulum dan Penilaian SD",
                   "Seksi Peserta Didik dan Pembangunan Karakter SD",
                   "Seksi Sarana dan Prasarana SD"), 8),
         BidangDef("Bidang Pembinaan Sekolah Menengah Pertama", (
                   "Seksi Kurikulum dan Penilaian SMP",
                   "Seksi Peserta Didik dan Pembangunan Karakter SMP",
                   "Seksi Sarana dan Prasarana SMP"), 6),
         BidangDef("Bidang Pembinaan PAUD dan Pendidikan Nonformal", (
                   "Seksi Kurikulum dan Penilaian PAUD dan PNF",
                   "Seksi Kelembagaan dan Sarana Prasarana PAUD dan PNF"), 2.5, _PAUD),
         BidangDef("Bidang Kebudayaan", ("Seksi Cagar Budaya dan Permuseuman",
                   "Seksi Kesenian dan Tradisi"), 0.6, (("pamong_budaya", 1),), 0.3)),
    _opd("Dinas Kesehatan", "Kepala Dinas Kesehatan", "kesehatan", 22, 4,
         (("perawat", 30), ("bidan", 25), ("dokter", 8), ("dokter_gigi", 2), ("apoteker", 3),
          ("asisten_apoteker", 3), ("nutrisionis", 4), ("sanitarian", 4), ("pranata_lab", 4),
          ("epidemiolog", 2), ("penyuluh_kesmas", 4), ("perekam_medis", 3),
          ("administrator_kesehatan", 2)), 0.1,
         _sekretariat("Dinas Kesehatan", _SUBBAG),
         BidangDef("Bidang Pelayanan Kesehatan", ("Seksi Pelayanan Kesehatan Primer",
                   "Seksi Pelayanan Kesehatan Rujukan", "Seksi Pelayanan Kesehatan Tradisional"),
                   6),
         BidangDef("Bidang Kesehatan Masyarakat", ("Seksi Kesehatan Keluarga dan Gizi",
                   "Seksi Promosi dan Pemberdayaan Masyarakat",
                   "Seksi Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga"), 5),
         BidangDef("Bidang Pencegahan dan Pengendalian Penyakit", (
                   "Seksi Surveilans dan Imunisasi", "Seksi Pencegahan dan Pengendalian Penyakit "
                   "Menular", "Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan "
                   "Kesehatan Jiwa"), 4),
         BidangDef("Bidang Sumber Daya Kesehatan", ("Seksi Kefarmasian",
                   "Seksi Alat Kesehatan dan PKRT", "Seksi Sumber Daya Manusia Kesehatan"), 2)),
    _opd("Dinas Pekerjaan Umum dan Penataan Ruang",
         "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "teknik", 3, 6,
         (("teknik_jalan", 7), ("teknik_pengairan", 3), ("tata_bangunan", 2), ("penata_ruang", 2),
          ("pengelola_pbj", 1)), 0.45,
         _sekretariat("Dinas Pekerjaan Umum dan Penataan Ruang"),
         BidangDef("Bidang Bina Marga", ("Seksi Pembangunan Jalan dan Jembatan",
                   "Seksi Pemeliharaan Jalan dan Jembatan")),
         BidangDef("Bidang Sumber Daya Air", ("Seksi Irigasi", "Seksi Sungai, Danau dan Air Baku")),
         BidangDef("Bidang Cipta Karya", ("Seksi Air Minum dan Sanitasi",
                   "Seksi Penataan Bangunan dan Lingkungan")),
         BidangDef("Bidang Penataan Ruang", ("Seksi Perencanaan Tata Ruang",
                   "Seksi Pengendalian Pemanfaatan Ruang"))),
    _opd("Dinas Sosial", "Kepala Dinas Sosial", "sosial", 1.5, 10,
         (("pekerja_sosial", 4), ("penyuluh_sosial", 3), ("analis_kebijakan", 1)), 0.5,
         _sekretariat("Dinas Sosial"),
         BidangDef("Bidang Perlindungan dan Jaminan Sosial", (
                   "Seksi Perlindungan Sosial Korban Bencana", "Seksi Jaminan Sosial Keluarga")),
         BidangDef("Bidang Rehabilitasi Sosial", ("Seksi Rehabilitasi Sosial Anak dan Lanjut Usia",
                   "Seksi Rehabilitasi Sosial Penyandang Disabilitas")),
         BidangDef("Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin", (
                   "Seksi Pemberdayaan Sosial", "Seksi Penanganan Fakir Miskin"))),
    _opd("Dinas Kependudukan dan Pencatatan Sipil",
         "Kepala Dinas Kependudukan dan Pencatatan Sipil", "informatika", 1.5, 7,
         (("adb", 4), ("pranata_komputer", 2), ("analis_kebijakan", 1)), 0.6,
         _sekretariat("Dinas Kependudukan dan Pencatatan Sipil"),
         BidangDef("Bidang Pelayanan Pendaftaran Penduduk", ("Seksi Identitas Penduduk",
                   "Seksi Pindah Datang Penduduk")),
         BidangDef("Bidang Pelayanan Pencatatan Sipil", ("Seksi Kelahiran dan Kematian",
                   "Seksi Perkawinan dan Perceraian")),
         BidangDef("Bidang Pengelolaan Informasi Administrasi Kependudukan", (
                   "Seksi Sistem Informasi Administrasi Kependudukan",
                   "Seksi Pengolahan dan Penyajian Data Kependudukan")),
         BidangDef("Bidang Pemanfaatan Data dan Inovasi Pelayanan", ("Seksi Kerja Sama",
                   "Seksi Inovasi Pelayanan"))),
    _opd("Dinas Pertanian", "Kepala Dinas Pertanian", "pertanian", 4, 5,
         (("penyuluh_pertanian", 10), ("pengendali_opt", 2), ("medik_veteriner", 1),
          ("paramedik_veteriner", 2)), 0.3,
         _sekretariat("Dinas Pertanian"),
         BidangDef("Bidang Tanaman Pangan dan Hortikultura", ("Seksi Produksi Tanaman Pangan",
                   "Seksi Produksi Hortikultura", "Seksi Perlindungan Tanaman")),
         BidangDef("Bidang Perkebunan", ("Seksi Produksi Perkebunan",
                   "Seksi Pengolahan dan Pemasaran Hasil Perkebunan")),
         BidangDef("Bidang Peternakan dan Kesehatan Hewan", ("Seksi Produksi Peternakan",
                   "Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner")),
         BidangDef("Bidang Penyuluhan", ("Seksi Kelembagaan dan Ketenagaan Penyuluhan",
                   "Seksi Metode dan Informasi Penyuluhan"), 3)),
    _opd("Dinas Perhubungan", "Kepala Dinas Perhubungan", "teknik", 1.5, 14,
         (("penguji_kendaraan", 3), ("analis_kebijakan", 1), ("teknik_jalan", 1)), 0.6,
         _sekretariat("Dinas Perhubungan"),
         BidangDef("Bidang Lalu Lintas dan Angkutan Jalan", (
                   "Seksi Manajemen dan Rekayasa Lalu Lintas", "Seksi Angkutan")),
         BidangDef("Bidang Sarana dan Prasarana", ("Seksi Pengujian Kendaraan Bermotor",
                   "Seksi Perparkiran dan Terminal")),
         BidangDef("Bidang Keselamatan", ("Seksi Keselamatan Lalu Lintas",
                   "Seksi Pengendalian dan Operasional"))),
    _opd("Badan Perencanaan Pembangunan Daerah",
         "Kepala Badan Perencanaan Pembangunan Daerah", "umum", 1.5, 8,
         (("perencana", 6), ("statistisi", 1), ("analis_kebijakan", 2)), 0.35,
         _sekretariat("Badan Perencanaan Pembangunan Daerah"),
         BidangDef("Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan", (
                   "Sub Bidang Perencanaan dan Pendanaan", "Sub Bidang Pengendalian dan Evaluasi")),
         BidangDef("Bidang Pemerintahan dan Pembangunan Manusia", ("Sub Bidang Pemerintahan",
                   "Sub Bidang Pembangunan Manusia")),
         BidangDef("Bidang Perekonomian dan Sumber Daya Alam", ("Sub Bidang Perekonomian",
                   "Sub Bidang Sumber Daya Alam")),
         BidangDef("Bidang Infrastruktur dan Kewilayahan", ("Sub Bidang Infrastruktur",
                   "Sub Bidang Kewilayahan"))),
    _opd("Badan Keuangan Daerah", "Kepala Badan Keuangan Daerah", "keuangan", 2, 11,
         (("analis_keuangan", 6), ("pranata_komputer", 1)), 0.55,
         _sekretariat("Badan Keuangan Daerah"),
         BidangDef("Bidang Anggaran", ("Sub Bidang Penyusunan Anggaran",
                   "Sub Bidang Pengendalian Anggaran")),
         BidangDef("Bidang Perbendaharaan", ("Sub Bidang Belanja", "Sub Bidang Kas Daerah")),
         BidangDef("Bidang Akuntansi dan Pelaporan", ("Sub Bidang Akuntansi",
                   "Sub Bidang Pelaporan Keuangan")),
         BidangDef("Bidang Pendapatan Daerah", ("Sub Bidang Pendataan dan Penetapan",
                   "Sub Bidang Penagihan dan Keberatan"))),
    _opd("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
         "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "umum", 1.5, 2,
         (("analis_sdm", 5), ("pranata_sdm", 2), ("pranata_komputer", 1)), 0.45,
         _sekretariat("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
         BidangDef("Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", (
                   "Sub Bidang Pengadaan dan Pemberhentian",
                   "Sub Bidang Data dan Sistem Informasi Kepegawaian")),
         BidangDef("Bidang Mutasi dan Promosi", ("Sub Bidang Mutasi",
                   "Sub Bidang Kepangkatan dan Promosi")),
         BidangDef("Bidang Pengembangan Kompetensi Aparatur", (
                   "Sub Bidang Pengembangan Kompetensi Manajerial",
                   "Sub Bidang Pengembangan Kompetensi Teknis dan Fungsional")),
         BidangDef("Bidang Penilaian Kinerja Aparatur dan Penghargaan", (
                   "Sub Bidang Penilaian Kinerja", "Sub Bidang Disiplin dan Penghargaan"))),
    _opd("Satuan Polisi Pamong Praja", "Kepala Satuan Polisi Pamong Praja", "pemerintahan", 3,
         12, (("polpp", 1),), 0.35,
         _sekretariat("Satuan Polisi Pamong Praja"),
         BidangDef("Bidang Penegakan Peraturan Daerah", ("Seksi Pembinaan dan Penyuluhan",
                   "Seksi Penyelidikan dan Penyidikan")),
         BidangDef("Bidang Ketertiban Umum dan Ketenteraman Masyarakat", (
                   "Seksi Operasi dan Pengendalian", "Seksi Kerja Sama")),
         BidangDef("Bidang Perlindungan Masyarakat", ("Seksi Satuan Perlindungan Masyarakat",
                   "Seksi Bina Potensi Masyarakat"))),
    _opd("Dinas Lingkungan Hidup", "Kepala Dinas Lingkungan Hidup", "lingkungan", 2, 13,
         (("pengendali_dampak", 1),), 0.65,
         _sekretariat("Dinas Lingkungan Hidup"),
         BidangDef("Bidang Tata Lingkungan", ("Seksi Kajian Dampak Lingkungan",
                   "Seksi Perencanaan Lingkungan Hidup")),
         BidangDef("Bidang Pengelolaan Sampah dan Limbah B3", ("Seksi Pengurangan Sampah",
                   "Seksi Penanganan Sampah")),
         BidangDef("Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan", (
                   "Seksi Pemantauan Lingkungan", "Seksi Pemulihan Lingkungan"))),
    _opd("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
         "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "umum", 1, 15,
         (("analis_kebijakan", 2), ("pranata_komputer", 1)), 0.55,
         _sekretariat("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
         BidangDef("Bidang Penanaman Modal", ("Seksi Promosi Penanaman Modal",
                   "Seksi Pengendalian Penanaman Modal")),
         BidangDef("Bidang Pelayanan Perizinan dan Non Perizinan", ("Seksi Perizinan Berusaha",
                   "Seksi Perizinan Non Berusaha")),
         BidangDef("Bidang Pengaduan, Kebijakan dan Pelaporan Layanan", ("Seksi Pengaduan",
                   "Seksi Data dan Sistem Informasi"))),
    _kecamatan("Kepahiang", 16),
    _kecamatan("Ujan Mas", 17),
)  # fmt: skip
