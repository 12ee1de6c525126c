"""Staff records and units as plain dataclasses: what the store saves and the screens edit.

Dates are ``datetime.date``; identity numbers are digit strings (never ints). ``id`` is the local
row id (None before the first save); ``uuid`` is the stable id that travels in sync packages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Gender(StrEnum):
    """Jenis kelamin as written on SIASN forms (NIP digit 1 = L, 2 = P)."""

    L = "L"  # laki-laki
    P = "P"  # perempuan


class StatusPegawai(StrEnum):
    PNS = "pns"
    CPNS = "cpns"
    PPPK = "pppk"


class JenisJabatan(StrEnum):
    """Kinds of jabatan under UU 20/2023; ``siasn_code`` maps to SIASN's jenis jabatan."""

    JPT = "jpt"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    PELAKSANA = "pelaksana"
    FUNGSIONAL = "fungsional"

    @property
    def manajerial(self) -> bool:
        return self in (JenisJabatan.JPT, JenisJabatan.ADMINISTRATOR, JenisJabatan.PENGAWAS)

    @property
    def siasn_code(self) -> int:
        """1 Struktural, 2 Fungsional Tertentu, 4 Fungsional Umum (pelaksana)."""
        if self.manajerial:
            return 1
        return 2 if self is JenisJabatan.FUNGSIONAL else 4


class UnitJenis(StrEnum):
    """Levels of the unit tree: instansi → OPD → bidang → sub-bidang/seksi."""

    INSTANSI = "instansi"
    OPD = "opd"
    BIDANG = "bidang"
    SUBBIDANG = "subbidang"


class JenisUnit(StrEnum):
    """The kind of work unit as the SOTK names it ('' when not stated); independent of the
    level in the tree (``UnitJenis``)."""

    NONE = ""
    OPD = "opd"
    SEKRETARIAT = "sekretariat"
    BIDANG = "bidang"
    SUBBAGIAN = "subbagian"
    SEKSI = "seksi"
    UPT = "upt"
    PUSKESMAS = "puskesmas"
    SEKOLAH = "sekolah"
    KECAMATAN = "kecamatan"
    KELURAHAN = "kelurahan"


class StatusAsn(StrEnum):
    """Whether an appraiser is an ASN (SIASN ``statusPenilai`` "ASN" / "NON ASN")."""

    ASN = "asn"
    NON_ASN = "non_asn"


class NonaktifAlasan(StrEnum):
    """Why a record left the active list; the record and its history stay."""

    MUTASI = "mutasi"
    PENSIUN = "pensiun"
    BERHENTI = "berhenti"
    MENINGGAL = "meninggal"


@dataclass
class Unit:
    kode: str
    nama: str
    jenis: UnitJenis = UnitJenis.BIDANG
    parent_id: int | None = None
    kepala_id: int | None = None
    aktif: bool = True
    rumpun: str = ""  # kind of work (kesehatan, pendidikan, ...): picks the indicator library
    jenis_unit: JenisUnit = JenisUnit.NONE
    singkatan: str = ""  # BKPSDM, Dinkes: matched when lists name the unit this way
    jabatan_kepala: str = ""  # "Kepala Dinas Kesehatan"
    kepala_luar_id: int | None = None  # head not on the staff list (PejabatLuar), e.g. Bupati
    kritikal: bool = False  # its head's position is a key position (succession, issue 14)
    id: int | None = None
    uuid: str | None = None


@dataclass
class PejabatLuar:
    """An official who appraises staff but is not on the staff list: the Bupati, the Wakil
    Bupati, an official of another instansi. NIP optional; NON ASN by default."""

    nama: str
    jabatan: str
    gelar_depan: str = ""
    gelar_belakang: str = ""
    nip: str = ""
    golongan: str | None = None
    instansi: str = ""
    status_asn: StatusAsn = StatusAsn.NON_ASN
    aktif: bool = True
    id: int | None = None
    uuid: str | None = None


@dataclass
class RiwayatJabatan:
    jabatan: str
    unit_nama: str = ""
    tmt: date | None = None
    nomor_sk: str = ""
    tanggal_sk: date | None = None
    id: int | None = None
    uuid: str | None = None


@dataclass
class RiwayatGolongan:
    golongan: str
    tmt: date | None = None
    nomor_sk: str = ""
    tanggal_sk: date | None = None
    id: int | None = None
    uuid: str | None = None


@dataclass
class RiwayatPendidikan:
    jenjang: str
    nama_sekolah: str = ""
    jurusan: str = ""
    tahun_lulus: int | None = None
    id: int | None = None
    uuid: str | None = None


@dataclass
class RiwayatDiklat:
    nama: str
    penyelenggara: str = ""
    tanggal_mulai: date | None = None
    tanggal_selesai: date | None = None
    jp: int = 0
    jenis: str | None = None  # ref_jenis_pengembangan kode (klasikal / nonklasikal kind)
    nomor_sertifikat: str = ""
    id: int | None = None
    uuid: str | None = None


@dataclass
class RiwayatPenghargaan:
    nama: str
    pemberi: str = ""
    tahun: int | None = None
    nomor_sk: str = ""
    id: int | None = None
    uuid: str | None = None


class KategoriHukuman(StrEnum):
    """Hukuman disiplin (PP 94/2021) or a breach of the code of ethics (kode etik)."""

    DISIPLIN = "disiplin"
    KODE_ETIK = "kode_etik"


class TingkatHukuman(StrEnum):
    """Tingkat hukuman disiplin (PP 94/2021 Pasal 8); '' for a code-of-ethics breach."""

    NONE = ""
    RINGAN = "ringan"
    SEDANG = "sedang"
    BERAT = "berat"


@dataclass
class RiwayatHukuman:
    """One sanction; sensitive (read only with ``Perm.VIEW_PERSONAL``, ``store.history``)."""

    jenis: str = ""  # "teguran tertulis", "penurunan jabatan setingkat lebih rendah", ...
    kategori: KategoriHukuman = KategoriHukuman.DISIPLIN
    tingkat: TingkatHukuman = TingkatHukuman.NONE
    nomor_sk: str = ""
    tanggal_sk: date | None = None
    tmt: date | None = None
    selesai: date | None = None
    keterangan: str = ""
    id: int | None = None
    uuid: str | None = None


@dataclass
class Asesmen:
    """An assessment result: JPM (job person match, %) is the 9-box's potensial axis."""

    tanggal: date | None = None
    jpm: float | None = None
    lembaga: str = ""
    metode: str = ""
    keterangan: str = ""
    id: int | None = None
    uuid: str | None = None


@dataclass
class RiwayatPak:
    """A penetapan angka kredit: the cumulative AK it states on its date."""

    tanggal: date | None = None
    nomor_sk: str = ""
    jenjang: str | None = None
    golongan: str | None = None
    ak_kumulatif: float | None = None
    keterangan: str = ""
    id: int | None = None
    uuid: str | None = None


@dataclass
class StaffHistory:
    """The riwayat tabs of one employee; saved as a whole with the record."""

    jabatan: list[RiwayatJabatan] = field(default_factory=list)
    golongan: list[RiwayatGolongan] = field(default_factory=list)
    pendidikan: list[RiwayatPendidikan] = field(default_factory=list)
    diklat: list[RiwayatDiklat] = field(default_factory=list)
    penghargaan: list[RiwayatPenghargaan] = field(default_factory=list)
    hukuman: list[RiwayatHukuman] = field(default_factory=list)
    asesmen: list[Asesmen] = field(default_factory=list)
    pak: list[RiwayatPak] = field(default_factory=list)

    def total_jp(self, year: int | None = None) -> int:
        """Training hours (JP), optionally of one year: offices track ≥ 20 JP a year."""
        return sum(
            d.jp
            for d in self.diklat
            if year is None or (d.tanggal_mulai is not None and d.tanggal_mulai.year == year)
        )


@dataclass
class Staff:
    """One ASN (PNS, CPNS or PPPK) with the fields operators know from SIASN."""

    nip: str
    nama: str
    gelar_depan: str = ""
    gelar_belakang: str = ""
    tempat_lahir: str = ""
    tanggal_lahir: date | None = None
    jenis_kelamin: Gender | None = None
    agama_id: int | None = None
    status: StatusPegawai = StatusPegawai.PNS
    golongan: str | None = None  # "III/b" for PNS, "IX" for PPPK
    tmt_golongan: date | None = None
    tmt_cpns: date | None = None
    tmt_pns: date | None = None
    jabatan: str = ""
    jenis_jabatan: JenisJabatan | None = None
    jenjang: str | None = None  # fungsional jenjang code, e.g. "ahli_pertama"
    eselon_id: int | None = None
    unit_id: int | None = None
    atasan_id: int | None = None
    tmt_jabatan: date | None = None
    pendidikan: str | None = None  # "S1", "D3", ...
    tahun_lulus: int | None = None
    nik: str = ""
    email: str = ""
    no_hp: str = ""
    alamat: str = ""
    status_perkawinan_id: int | None = None
    kedudukan_hukum: str = "01"
    nip_lama: str = ""
    siasn_id: str = ""  # SIASN's person id (PNS_ID), needed by the SIASN JSON
    jenis_pegawai: str = ""  # as SIASN names it ("PNS Daerah Kab./Kota ...", "PPPK")
    aktif: bool = True
    nonaktif_alasan: NonaktifAlasan | None = None
    nonaktif_tanggal: date | None = None
    kontrak_selesai: date | None = None  # PPPK: the perjanjian kerja ends (PP 49/2018)
    id: int | None = None
    uuid: str | None = None


def full_name(nama: str, gelar_depan: str = "", gelar_belakang: str = "") -> str:
    """Name as printed on forms: ``Dr. Siti Aminah, S.Kom., M.Si.``."""
    name = " ".join(p for p in (gelar_depan.strip(), nama.strip()) if p)
    belakang = gelar_belakang.strip()
    return f"{name}, {belakang}" if belakang else name


def staff_full_name(staff: Staff) -> str:
    return full_name(staff.nama, staff.gelar_depan, staff.gelar_belakang)
