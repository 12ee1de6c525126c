"""Jabatan data for the demo office: fungsional families, pelaksana posts, education and training.

A family (``Guru``, ``Perawat``) names its education per track: ``ahli`` (keahlian, S1 and up,
starting at III/a or III/b) and ``terampil`` (keterampilan, SMA/D3, starting at II/a or II/c).
The jenjang then follows the golongan (Ahli Pertama at III/a–III/b, ...), so a record never shows
a jenjang its pangkat could not hold.
"""

from __future__ import annotations

from typing import NamedTuple


class Edu(NamedTuple):
    """One way to be educated for a post: level, gelar, study programme, campus kind."""

    pendidikan: str
    gelar: str
    jurusan: str
    kampus: str = "umum"
    depan: str = ""
    weight: int = 1
    s1: str = ""  # the first degree of an S2/S3 holder (default: same as ``jurusan``)


class Diklat(NamedTuple):
    nama: str
    jp: int
    penyelenggara: str


class Family(NamedTuple):
    """A jabatan fungsional; ``pppk`` weighs how often its staff are PPPK (guru, nakes)."""

    nama: str
    ahli: tuple[Edu, ...] = ()
    terampil: tuple[Edu, ...] = ()
    ahli_share: float = 1.0
    female: float = 0.5
    pppk: float = 1.0
    start_ahli: str = "III/a"
    diklat: tuple[Diklat, ...] = ()
    bup: int = 58


class Pelaksana(NamedTuple):
    """A jabatan pelaksana (PermenPANRB 45/2024 names) and the levels that fill it."""

    nama: str
    levels: tuple[tuple[str, int], ...]
    weight: int


_DINKES = "Dinas Kesehatan Provinsi Bengkulu"
_BPSDM = "BPSDM Provinsi Bengkulu"
_KAB = "BKPSDM Kabupaten Kepahiang"

_S1_KES = "kesehatan"
FAMILIES: dict[str, Family] = {
    "guru": Family("Guru", (
        Edu("S1", "S.Pd.", "Pendidikan Guru Sekolah Dasar", "pendidikan", weight=6),
        Edu("S1", "S.Pd.", "Pendidikan Matematika", "pendidikan", weight=2),
        Edu("S1", "S.Pd.", "Pendidikan Bahasa Indonesia", "pendidikan", weight=2),
        Edu("S1", "S.Pd.", "Pendidikan Bahasa Inggris", "pendidikan"),
        Edu("S1", "S.Pd.", "Pendidikan Jasmani, Kesehatan dan Rekreasi", "pendidikan"),
        Edu("S1", "S.Pd.", "Pendidikan Guru PAUD", "pendidikan"),
        Edu("S1", "S.Pd.I.", "Pendidikan Agama Islam", "pendidikan", weight=2),
        Edu("S1", "S.Pd.", "Pendidikan Ilmu Pengetahuan Alam", "pendidikan"),
        Edu("S2", "S.Pd., M.Pd.", "Manajemen Pendidikan", "pendidikan", weight=2,
            s1="Pendidikan Guru Sekolah Dasar"),
    ), female=0.68, pppk=6, bup=60, diklat=(
        Diklat("Pelatihan Implementasi Kurikulum Merdeka", 32, "BBPMP Provinsi Bengkulu"),
        Diklat("Program Pendidikan Guru Penggerak", 310, "BGP Provinsi Bengkulu"),
        Diklat("Bimbingan Teknis Penyusunan Modul Ajar", 24,
               "Dinas Pendidikan dan Kebudayaan Kabupaten Kepahiang"),
        Diklat("Pelatihan Pembelajaran Berdiferensiasi", 20, "BBPMP Provinsi Bengkulu"),
    )),
    "perawat": Family("Perawat", (Edu("S1", "S.Kep., Ners", "Ilmu Keperawatan", _S1_KES),),
        (Edu("D3", "A.Md.Kep.", "Keperawatan", _S1_KES),), ahli_share=0.4, female=0.7, pppk=5,
        diklat=(Diklat("Pelatihan Basic Trauma Cardiac Life Support (BTCLS)", 40, _DINKES),
                Diklat("Pelatihan Pencegahan dan Pengendalian Infeksi", 32, _DINKES),
                Diklat("Pelatihan Manajemen Terpadu Balita Sakit", 40, _DINKES))),
    "bidan": Family("Bidan", (Edu("D4", "S.Tr.Keb.", "Kebidanan", _S1_KES),
                              Edu("S1", "S.Keb., Bd.", "Kebidanan", _S1_KES)),
        (Edu("D3", "A.Md.Keb.", "Kebidanan", _S1_KES),), ahli_share=0.35, female=1.0, pppk=5,
        diklat=(Diklat("Pelatihan Asuhan Persalinan Normal", 40, _DINKES),
                Diklat("Pelatihan Pelayanan Kontrasepsi bagi Bidan", 32, _DINKES),
                Diklat("Pelatihan Kegawatdaruratan Maternal dan Neonatal", 40, _DINKES))),
    "dokter": Family("Dokter", (
        Edu("S1", "", "Pendidikan Dokter", "dokter", "dr.", weight=4),
        Edu("S2", "M.Kes.", "Kesehatan Masyarakat", "dokter", "dr.", s1="Pendidikan Dokter"),
    ), female=0.55, pppk=2, start_ahli="III/b", bup=60, diklat=(
        Diklat("Pelatihan Advanced Cardiac Life Support", 40, _DINKES),
        Diklat("Pelatihan Tata Laksana Tuberkulosis bagi Dokter", 32, _DINKES),
        Diklat("Pelatihan Penanganan Stunting bagi Tenaga Kesehatan", 24, _DINKES))),
    "dokter_gigi": Family("Dokter Gigi", (
        Edu("S1", "", "Pendidikan Dokter Gigi", "dokter", "drg."),), female=0.7, pppk=1.5,
        start_ahli="III/b", bup=60),
    "apoteker": Family("Apoteker", (Edu("S1", "S.Farm., Apt.", "Profesi Apoteker", _S1_KES),),
        female=0.7, pppk=2, start_ahli="III/b"),
    "asisten_apoteker": Family("Asisten Apoteker", (), (Edu("D3", "A.Md.Farm.", "Farmasi",
        _S1_KES),), female=0.75, pppk=3),
    "nutrisionis": Family("Nutrisionis", (Edu("S1", "S.Gz.", "Ilmu Gizi", _S1_KES),),
        (Edu("D3", "A.Md.Gz.", "Gizi", _S1_KES),), ahli_share=0.4, female=0.8, pppk=3),
    "sanitarian": Family("Tenaga Sanitasi Lingkungan", (
        Edu("S1", "S.KM.", "Kesehatan Lingkungan", _S1_KES),),
        (Edu("D3", "A.Md.KL.", "Kesehatan Lingkungan", _S1_KES),), ahli_share=0.4, pppk=3),
    "pranata_lab": Family("Pranata Laboratorium Kesehatan", (
        Edu("D4", "S.Tr.Kes.", "Teknologi Laboratorium Medis", _S1_KES),),
        (Edu("D3", "A.Md.AK.", "Analis Kesehatan", _S1_KES),), ahli_share=0.3, female=0.65,
        pppk=3),
    "epidemiolog": Family("Epidemiolog Kesehatan", (
        Edu("S1", "S.KM.", "Epidemiologi", _S1_KES, weight=3),
        Edu("S2", "S.KM., M.Epid.", "Epidemiologi", _S1_KES),), pppk=2),
    "penyuluh_kesmas": Family("Penyuluh Kesehatan Masyarakat", (
        Edu("S1", "S.KM.", "Promosi Kesehatan", _S1_KES),), female=0.6, pppk=3),
    "perekam_medis": Family("Perekam Medis", (), (
        Edu("D3", "A.Md.RMIK.", "Rekam Medis dan Informasi Kesehatan", _S1_KES),),
        female=0.6, pppk=3),
    "administrator_kesehatan": Family("Administrator Kesehatan", (
        Edu("S1", "S.KM.", "Administrasi dan Kebijakan Kesehatan", _S1_KES, weight=2),
        Edu("S2", "S.KM., M.Kes.", "Kesehatan Masyarakat", _S1_KES),)),
    "penilik": Family("Penilik", (Edu("S1", "S.Pd.", "Pendidikan Luar Sekolah", "pendidikan"),),
        pppk=1.5, bup=60),
    "pamong_belajar": Family("Pamong Belajar", (
        Edu("S1", "S.Pd.", "Pendidikan Nonformal", "pendidikan"),), female=0.6, pppk=2, bup=60),
    "pamong_budaya": Family("Pamong Budaya", (
        Edu("S1", "S.Pd.", "Pendidikan Sejarah", "pendidikan"), Edu("S1", "S.S.", "Ilmu Sejarah"),
        Edu("S1", "S.Sn.", "Seni Tari")), female=0.5),
    "analis_kebijakan": Family("Analis Kebijakan", (
        Edu("S1", "S.Sos.", "Ilmu Administrasi Negara", weight=2),
        Edu("S1", "S.IP.", "Ilmu Pemerintahan", "pemerintahan", weight=2),
        Edu("S1", "S.AP.", "Administrasi Publik"),
        Edu("S2", "S.Sos., M.Si.", "Ilmu Administrasi", s1="Ilmu Administrasi Negara"),
        Edu("S2", "S.IP., M.AP.", "Administrasi Publik", s1="Ilmu Pemerintahan"),
    ), bup=60),
    "pranata_komputer": Family("Pranata Komputer", (
        Edu("S1", "S.Kom.", "Teknik Informatika", weight=3), Edu("S1", "S.Kom.", "Sistem Informasi",
        weight=2), Edu("S1", "S.T.", "Teknik Informatika", "teknik")),
        (Edu("D3", "A.Md.Kom.", "Manajemen Informatika"),), ahli_share=0.6, female=0.4),
    "perencana": Family("Perencana", (
        Edu("S1", "S.E.", "Ekonomi Pembangunan", weight=2),
        Edu("S1", "S.T.", "Perencanaan Wilayah dan Kota", "teknik"),
        Edu("S2", "S.E., M.Si.", "Perencanaan Pembangunan", s1="Ekonomi Pembangunan"),
    ), bup=60),
    "analis_keuangan": Family("Analis Keuangan Pusat dan Daerah", (
        Edu("S1", "S.E.", "Akuntansi", weight=3), Edu("S1", "S.Ak.", "Akuntansi"),
        Edu("S2", "S.E., M.Ak.", "Magister Akuntansi", s1="Akuntansi")), female=0.55),
    "auditor": Family("Auditor", (
        Edu("S1", "S.E.", "Akuntansi", weight=3), Edu("S1", "S.H.", "Ilmu Hukum"),
        Edu("S2", "S.E., M.M.", "Magister Manajemen", s1="Akuntansi")),
        (Edu("D3", "A.Md.Ak.", "Akuntansi"),), ahli_share=0.85, bup=60),
    "p2upd": Family("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", (
        Edu("S1", "S.H.", "Ilmu Hukum"), Edu("S1", "S.Sos.", "Ilmu Administrasi Negara"),
        Edu("S1", "S.T.", "Teknik Sipil", "teknik")), bup=60),
    "analis_sdm": Family("Analis Sumber Daya Manusia Aparatur", (
        Edu("S1", "S.Psi.", "Psikologi"), Edu("S1", "S.Sos.", "Ilmu Administrasi Negara",
        weight=2), Edu("S1", "S.H.", "Ilmu Hukum"),
        Edu("S2", "S.Sos., M.M.", "Manajemen Sumber Daya Manusia", s1="Ilmu Administrasi Negara"),
    ), female=0.55),
    "pranata_sdm": Family("Pranata Sumber Daya Manusia Aparatur", (), (
        Edu("D3", "A.Md.", "Administrasi Perkantoran"),), female=0.6),
    "arsiparis": Family("Arsiparis", (Edu("S1", "S.Hum.", "Ilmu Perpustakaan dan Kearsipan"),),
        (Edu("D3", "A.Md.", "Kearsipan"),), ahli_share=0.5, female=0.65),
    "pranata_humas": Family("Pranata Hubungan Masyarakat", (
        Edu("S1", "S.I.Kom.", "Ilmu Komunikasi"),), (Edu("D3", "A.Md.", "Hubungan Masyarakat"),),
        ahli_share=0.7),
    "perancang_peraturan": Family("Perancang Peraturan Perundang-undangan", (
        Edu("S1", "S.H.", "Ilmu Hukum", weight=3),
        Edu("S2", "S.H., M.H.", "Magister Ilmu Hukum", s1="Ilmu Hukum"))),
    "analis_hukum": Family("Analis Hukum", (Edu("S1", "S.H.", "Ilmu Hukum"),)),
    "pengelola_pbj": Family("Pengelola Pengadaan Barang/Jasa", (
        Edu("S1", "S.E.", "Manajemen"), Edu("S1", "S.T.", "Teknik Sipil", "teknik"))),
    "statistisi": Family("Statistisi", (Edu("S1", "S.Si.", "Statistika"),
                                        Edu("S1", "S.Stat.", "Statistika"))),
    "penyuluh_pertanian": Family("Penyuluh Pertanian", (
        Edu("S1", "S.P.", "Agroteknologi", weight=2), Edu("S1", "S.P.", "Agribisnis"),
        Edu("D4", "S.ST.", "Penyuluhan Pertanian")),
        (Edu("D3", "A.Md.P.", "Penyuluhan Pertanian"),), ahli_share=0.6, female=0.4, pppk=3,
        diklat=(Diklat("Pelatihan Dasar Penyuluh Pertanian", 48, "BPP Kabupaten Kepahiang"),
                Diklat("Pelatihan Budidaya Kopi Berkelanjutan", 32, "BPSDMP Kementan"))),
    "pengendali_opt": Family("Pengendali Organisme Pengganggu Tumbuhan", (
        Edu("S1", "S.P.", "Proteksi Tanaman"),), (Edu("D3", "A.Md.P.", "Budidaya Tanaman"),),
        ahli_share=0.5, female=0.4),
    "medik_veteriner": Family("Medik Veteriner", (
        Edu("S1", "", "Kedokteran Hewan", depan="drh."),), start_ahli="III/b"),
    "paramedik_veteriner": Family("Paramedik Veteriner", (), (
        Edu("D3", "A.Md.Vet.", "Kesehatan Hewan"),), female=0.3),
    "pekerja_sosial": Family("Pekerja Sosial", (Edu("S1", "S.Sos.", "Kesejahteraan Sosial"),
                                                Edu("D4", "S.Tr.Sos.", "Pekerjaan Sosial")),
        female=0.6, pppk=1.5),
    "penyuluh_sosial": Family("Penyuluh Sosial", (Edu("S1", "S.Sos.", "Ilmu Sosiatri"),)),
    "adb": Family("Administrator Database Kependudukan", (
        Edu("S1", "S.Kom.", "Sistem Informasi"),), (Edu("D3", "A.Md.Kom.", "Teknik Komputer"),),
        ahli_share=0.5, female=0.5),
    "penguji_kendaraan": Family("Penguji Kendaraan Bermotor", (
        Edu("S1", "S.T.", "Teknik Mesin", "teknik"),), (Edu("D3", "A.Md.T.", "Teknik Otomotif",
        "teknik"),), ahli_share=0.3, female=0.1),
    "teknik_jalan": Family("Teknik Jalan dan Jembatan", (
        Edu("S1", "S.T.", "Teknik Sipil", "teknik"),), (Edu("D3", "A.Md.T.", "Teknik Sipil",
        "teknik"),), ahli_share=0.6, female=0.15),
    "teknik_pengairan": Family("Teknik Pengairan", (Edu("S1", "S.T.", "Teknik Sipil", "teknik"),),
        female=0.2),
    "penata_ruang": Family("Penata Ruang", (
        Edu("S1", "S.T.", "Perencanaan Wilayah dan Kota", "teknik"),), female=0.4),
    "tata_bangunan": Family("Teknik Tata Bangunan dan Perumahan", (
        Edu("S1", "S.T.", "Arsitektur", "teknik"),), female=0.35),
    "pengendali_dampak": Family("Pengendali Dampak Lingkungan", (
        Edu("S1", "S.T.", "Teknik Lingkungan", "teknik"), Edu("S1", "S.Si.", "Biologi")),
        (Edu("D3", "A.Md.", "Teknik Lingkungan", "teknik"),), ahli_share=0.7),
    "polpp": Family("Polisi Pamong Praja", (Edu("S1", "S.H.", "Ilmu Hukum"),), (
        Edu("SMA", "", "IPS", "sma", weight=3), Edu("D3", "A.Md.", "Administrasi Negara")),
        ahli_share=0.2, female=0.2, pppk=1.5, diklat=(
            Diklat("Pendidikan dan Pelatihan Dasar Polisi Pamong Praja", 120, "Kemendagri"),)),
    "penggerak_swadaya": Family("Penggerak Swadaya Masyarakat", (
        Edu("S1", "S.Sos.", "Ilmu Kesejahteraan Sosial"),), female=0.45),
}  # fmt: skip

PELAKSANA: tuple[Pelaksana, ...] = (
    Pelaksana("Pengadministrasi Perkantoran", (("SMA", 1),), 6),
    Pelaksana("Operator Layanan Operasional", (("SMA", 1),), 4),
    Pelaksana("Pengelola Umum Operasional", (("SMA", 2), ("D3", 1)), 3),
    Pelaksana("Pengelola Layanan Operasional", (("D3", 1),), 3),
    Pelaksana("Pengelola Keuangan", (("D3", 1), ("S1", 1)), 2),
    Pelaksana("Pengolah Data dan Informasi", (("D3", 2), ("S1", 1)), 2),
    Pelaksana("Penata Layanan Operasional", (("S1", 1),), 3),
    Pelaksana("Penelaah Teknis Kebijakan", (("S1", 1),), 2),
)
# Pre-2024 pelaksana names, for the older rows of riwayat jabatan.
PELAKSANA_LAMA = (
    "Pengadministrasi Umum", "Pengolah Data", "Pengelola Kepegawaian", "Bendahara",
    "Pengadministrasi Keuangan", "Pengemudi", "Pengelola Barang Milik Negara", "Caraka",
)  # fmt: skip
PELAKSANA_EDU: dict[str, tuple[Edu, ...]] = {
    "SMA": (Edu("SMA", "", "IPS", "sma", weight=3), Edu("SMA", "", "IPA", "sma", weight=2),
            Edu("SMA", "", "Akuntansi", "sma"), Edu("SMA", "", "Administrasi Perkantoran", "sma")),
    "D3": (Edu("D3", "A.Md.", "Administrasi Perkantoran", weight=2),
           Edu("D3", "A.Md.Ak.", "Akuntansi"), Edu("D3", "A.Md.Kom.", "Manajemen Informatika")),
    "S1": (Edu("S1", "S.E.", "Manajemen", weight=2), Edu("S1", "S.Sos.", "Ilmu Administrasi Negara",
           weight=2), Edu("S1", "S.H.", "Ilmu Hukum"), Edu("S1", "S.Kom.", "Sistem Informasi"),
           Edu("S1", "S.AP.", "Administrasi Publik"), Edu("S1", "S.IP.", "Ilmu Pemerintahan")),
}  # fmt: skip

# Heads: S1 and S2 education by the OPD's field; S3 holders carry "Dr." in front.
HEAD_EDU: dict[str, tuple[Edu, ...]] = {
    "umum": (
        Edu("S1", "S.E.", "Manajemen"), Edu("S1", "S.Sos.", "Ilmu Administrasi Negara"),
        Edu("S1", "S.H.", "Ilmu Hukum"), Edu("S1", "S.AP.", "Administrasi Publik"),
        Edu("S2", "S.E., M.M.", "Magister Manajemen", s1="Manajemen"),
        Edu("S2", "S.Sos., M.Si.", "Ilmu Administrasi", s1="Ilmu Administrasi Negara"),
        Edu("S2", "S.H., M.H.", "Magister Ilmu Hukum", s1="Ilmu Hukum"),
        Edu("S3", "S.Sos., M.Si.", "Doktor Ilmu Administrasi", depan="Dr.",
            s1="Ilmu Administrasi Negara"),
    ),
    "pemerintahan": (
        Edu("S1", "S.STP.", "Ilmu Pemerintahan", "pemerintahan"),
        Edu("S1", "S.IP.", "Ilmu Pemerintahan", "pemerintahan"),
        Edu("S2", "S.STP., M.Si.", "Ilmu Pemerintahan", "pemerintahan", s1="Ilmu Pemerintahan"),
        Edu("S2", "S.IP., M.AP.", "Administrasi Publik", "pemerintahan", s1="Ilmu Pemerintahan"),
    ),
    "kesehatan": (
        Edu("S1", "S.KM.", "Kesehatan Masyarakat", "kesehatan"),
        Edu("S1", "", "Pendidikan Dokter", "dokter", "dr."),
        Edu("S2", "S.KM., M.Kes.", "Kesehatan Masyarakat", "kesehatan", s1="Kesehatan Masyarakat"),
        Edu("S2", "M.Kes.", "Kesehatan Masyarakat", "dokter", "dr.", s1="Pendidikan Dokter"),
        Edu("S2", "S.Kep., Ners, M.Kep.", "Keperawatan", "kesehatan", s1="Ilmu Keperawatan"),
    ),
    "pendidikan": (
        Edu("S1", "S.Pd.", "Pendidikan Guru Sekolah Dasar", "pendidikan"),
        Edu("S2", "S.Pd., M.Pd.", "Manajemen Pendidikan", "pendidikan", s1="Pendidikan Ekonomi"),
        Edu("S2", "S.Pd., M.M.", "Magister Manajemen", "pendidikan", s1="Pendidikan Matematika"),
    ),
    "teknik": (
        Edu("S1", "S.T.", "Teknik Sipil", "teknik"), Edu("S1", "", "Teknik Sipil", "teknik", "Ir."),
        Edu("S2", "S.T., M.T.", "Teknik Sipil", "teknik", s1="Teknik Sipil"),
        Edu("S2", "M.T.", "Teknik Sipil", "teknik", "Ir.", s1="Teknik Sipil"),
    ),
    "pertanian": (
        Edu("S1", "S.P.", "Agroteknologi"), Edu("S1", "", "Kedokteran Hewan", depan="drh."),
        Edu("S2", "S.P., M.Si.", "Ilmu Tanaman", s1="Agroteknologi"),
        Edu("S2", "M.Si.", "Agribisnis", depan="Ir.", s1="Agronomi"),
    ),
    "keuangan": (
        Edu("S1", "S.E.", "Akuntansi"), Edu("S1", "S.Ak.", "Akuntansi"),
        Edu("S2", "S.E., M.Ak.", "Magister Akuntansi", s1="Akuntansi"),
        Edu("S2", "S.E., M.M.", "Magister Manajemen", s1="Manajemen"),
    ),
    "sosial": (
        Edu("S1", "S.Sos.", "Kesejahteraan Sosial"),
        Edu("S2", "S.Sos., M.Si.", "Ilmu Kesejahteraan Sosial", s1="Kesejahteraan Sosial"),
    ),
    "lingkungan": (
        Edu("S1", "S.T.", "Teknik Lingkungan", "teknik"), Edu("S1", "S.Si.", "Biologi"),
        Edu("S2", "S.T., M.Si.", "Ilmu Lingkungan", "teknik", s1="Teknik Lingkungan"),
    ),
    "informatika": (
        Edu("S1", "S.Kom.", "Teknik Informatika"),
        Edu("S2", "S.Kom., M.Kom.", "Ilmu Komputer", s1="Teknik Informatika"),
    ),
}  # fmt: skip

LATSAR = Diklat("Pelatihan Dasar CPNS", 286, _BPSDM)
PRAJABATAN = Diklat("Diklat Prajabatan", 180, _BPSDM)
ORIENTASI_PPPK = Diklat("Orientasi Pegawai Pemerintah dengan Perjanjian Kerja", 40, _KAB)
# Leadership training per rank: (name since 2019, name before 2019, JP, organiser).
LEADERSHIP: dict[str, tuple[str, str, int, str]] = {
    "pengawas": ("Pelatihan Kepemimpinan Pengawas", "Diklat Kepemimpinan Tingkat IV", 274, _BPSDM),
    "administrator": ("Pelatihan Kepemimpinan Administrator", "Diklat Kepemimpinan Tingkat III",
                      417, _BPSDM),
    "jpt": ("Pelatihan Kepemimpinan Nasional Tingkat II", "Diklat Kepemimpinan Tingkat II", 474,
            "Lembaga Administrasi Negara"),
}  # fmt: skip
GENERAL_DIKLAT: tuple[Diklat, ...] = (
    Diklat("Bimbingan Teknis Sistem Informasi ASN (SIASN)", 16, _KAB),
    Diklat("Pelatihan Penyusunan Sasaran Kinerja Pegawai", 24, _KAB),
    Diklat("Pelatihan Pengadaan Barang/Jasa Pemerintah Tingkat Dasar", 32, "LKPP"),
    Diklat("Bimbingan Teknis Pengelolaan Arsip Dinamis", 24, "Dinas Kearsipan Provinsi Bengkulu"),
    Diklat("Bimbingan Teknis Sistem Informasi Pemerintahan Daerah (SIPD)", 24, "Kemendagri"),
    Diklat("Pelatihan Pelayanan Publik Prima", 16, _BPSDM),
    Diklat("Pelatihan Literasi Digital ASN", 12, "Kementerian Komunikasi dan Digital"),
    Diklat("Pelatihan Penyusunan Laporan Kinerja Instansi Pemerintah", 24, _BPSDM),
    Diklat("Pelatihan Manajemen Risiko Sektor Publik", 20, "BPKP Perwakilan Provinsi Bengkulu"),
    Diklat("Pelatihan Penguatan Nilai Dasar BerAKHLAK", 12, _KAB),
)
