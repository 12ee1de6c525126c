"""What a package carries: the synced tables and, for each, only the fields the centre needs.

The centre merges offices' data and prepares SIASN uploads, so packages hold the staff's
service data, their history and the appraisal, and leave at the office what the centre does not
need (UU 27/2022: minimal data): NIK, contact details, address, birth place and date, religion
and marital status; local file paths of evidence; citizens' feedback (third parties' personal
data); the audit log, users and keys. Foreign keys travel as the uuid of the row they point at,
renamed ``<name>_uuid`` (``unit_id`` → ``unit_uuid``), because local integer ids differ in every
database. Adding a field here is backward compatible (the centre stores what it receives).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SyncedTable:
    name: str
    columns: tuple[str, ...]
    foreign: dict[str, str] = field(default_factory=dict)  # column -> table it points at

    @property
    def fk_fields(self) -> tuple[str, ...]:
        """Names in the package of the foreign keys, in the order ``store.changes`` returns."""
        return tuple(uuid_field(c) for c in sorted(self.foreign))

    @property
    def fields(self) -> tuple[str, ...]:
        return self.columns + self.fk_fields


def uuid_field(column: str) -> str:
    """``unit_id`` → ``unit_uuid``."""
    return column.removesuffix("_id") + "_uuid"


_PEJABAT = ("nama", "nip", "pangkat", "jabatan", "unit")

TABLES: tuple[SyncedTable, ...] = (
    SyncedTable(
        "pejabat_luar",
        (
            "nama",
            "gelar_depan",
            "gelar_belakang",
            "nip",
            "golongan",
            "jabatan",
            "instansi",
            "status_asn",
            "aktif",
        ),
    ),
    SyncedTable(
        "unit",
        (
            "kode",
            "nama",
            "jenis",
            "aktif",
            "rumpun",
            "jenis_unit",
            "singkatan",
            "jabatan_kepala",
            "kritikal",
        ),
        {"parent_id": "unit", "kepala_id": "staff", "kepala_luar_id": "pejabat_luar"},
    ),
    SyncedTable(
        "staff",
        (
            "nip",
            "nip_lama",
            "nama",
            "gelar_depan",
            "gelar_belakang",
            "jenis_kelamin",
            "status",
            "golongan",
            "tmt_golongan",
            "tmt_cpns",
            "tmt_pns",
            "jabatan",
            "jenis_jabatan",
            "jenjang",
            "eselon_id",
            "tmt_jabatan",
            "pendidikan",
            "tahun_lulus",
            "kedudukan_hukum",
            "aktif",
            "nonaktif_alasan",
            "nonaktif_tanggal",
            "siasn_id",
            "jenis_pegawai",
            "kontrak_selesai",
        ),
        {"unit_id": "unit", "atasan_id": "staff"},
    ),
    SyncedTable(
        "riwayat_jabatan",
        ("urutan", "jabatan", "unit_nama", "tmt", "nomor_sk", "tanggal_sk"),
        {"staff_id": "staff"},
    ),
    SyncedTable(
        "riwayat_golongan",
        ("urutan", "golongan", "tmt", "nomor_sk", "tanggal_sk"),
        {"staff_id": "staff"},
    ),
    SyncedTable(
        "riwayat_pendidikan",
        ("urutan", "jenjang", "nama_sekolah", "jurusan", "tahun_lulus"),
        {"staff_id": "staff"},
    ),
    SyncedTable(
        "riwayat_diklat",
        (
            "urutan",
            "nama",
            "penyelenggara",
            "tanggal_mulai",
            "tanggal_selesai",
            "jp",
            "jenis",
            "nomor_sertifikat",
        ),
        {"staff_id": "staff"},
    ),
    SyncedTable(
        "riwayat_penghargaan",
        ("urutan", "nama", "pemberi", "tahun", "nomor_sk"),
        {"staff_id": "staff"},
    ),
    # the talent inputs (issue 14): the centre prepares the talent committee's lists and the
    # SIASN riwayat; the sanction's free-text keterangan stays at the office
    SyncedTable(
        "riwayat_hukuman",
        ("urutan", "kategori", "tingkat", "jenis", "nomor_sk", "tanggal_sk", "tmt", "selesai"),
        {"staff_id": "staff"},
    ),
    SyncedTable("asesmen", ("tanggal", "jpm", "lembaga", "metode"), {"staff_id": "staff"}),
    SyncedTable(
        "riwayat_pak",
        ("tanggal", "nomor_sk", "jenjang", "golongan", "ak_kumulatif"),
        {"staff_id": "staff"},
    ),
    SyncedTable(
        "skp",
        (
            "tahun",
            "pendekatan",
            "status",
            "dukungan_sumber_daya",
            "skema_pertanggungjawaban",
            "konsekuensi",
            "alasan",
        ),
        {"staff_id": "staff", "penilai_id": "staff", "penilai_luar_id": "pejabat_luar"},
    ),
    SyncedTable(
        "rhk",
        ("urutan", "jenis", "uraian", "rhk_atasan_text", "perspektif"),
        {"skp_id": "skp", "rhk_atasan_id": "rhk"},
    ),
    SyncedTable("iki", ("urutan", "aspek", "indikator", "target"), {"rhk_id": "rhk"}),
    SyncedTable("skp_ekspektasi", ("nilai_no", "ekspektasi"), {"skp_id": "skp"}),
    SyncedTable(
        "evaluasi",
        (
            "periode",
            "status",
            "rating_hasil",
            "rating_perilaku",
            "predikat",
            "catatan",
            "alasan",
            "ditetapkan_pada",
            *(f"penilai_{f}" for f in _PEJABAT),
            *(f"atasan_penilai_{f}" for f in _PEJABAT),
            "penilai_status",
            "atasan_penilai_status",
        ),
        {"skp_id": "skp"},
    ),
    SyncedTable(
        "realisasi",
        ("realisasi", "bukti_dukung", "umpan_balik"),
        {"evaluasi_id": "evaluasi", "iki_id": "iki"},
    ),
    SyncedTable("evaluasi_perilaku", ("nilai_no", "umpan_balik"), {"evaluasi_id": "evaluasi"}),
    SyncedTable("capaian_organisasi", ("tahun", "periode", "capaian"), {"unit_id": "unit"}),
    # the unit's SKM index travels as counts per unsur; respondents (demographics) stay local
    SyncedTable(
        "skm_survei",
        ("tahun", "periode", "populasi", "sumber", "rencana_tindak_lanjut"),
        {"unit_id": "unit"},
    ),
    SyncedTable("skm_rekap", ("unsur", "n1", "n2", "n3", "n4"), {"survei_id": "skm_survei"}),
    SyncedTable(
        "penilaian_pp46",
        (
            "tahun",
            "nilai_skp",
            "nilai_perilaku",
            "nilai_prestasi",
            "sebutan",
            "penilai_nama",
            "penilai_nip",
            "sumber",
        ),
        {"staff_id": "staff"},
    ),
)

BY_NAME: dict[str, SyncedTable] = {t.name: t for t in TABLES}

# Tables with a uuid that stay at the office on purpose (see the module docstring).
NOT_SYNCED: frozenset[str] = frozenset({"umpan_balik_masyarakat"})


def present_tables(names: Iterable[str]) -> tuple[SyncedTable, ...]:
    """The synced tables among ``names`` (a database's tables), in package order."""
    have = set(names)
    return tuple(t for t in TABLES if t.name in have)
