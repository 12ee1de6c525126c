"""Column headers of staff spreadsheets: the spellings offices and SIASN use, and our own.

Headers are compared after normalising (``Gol. Ruang``, ``gol_ruang`` and ``GolRuang`` are
one header), so each synonym is written once. A *key* is a ``Staff`` field, or one of the
keys that need a lookup first: ``unit_kode``, ``atasan_nip`` and the unit path (``unit_nama``
under ``unit_induk``, or SIASN's ``unor_eselon_1..4``, with ``instansi`` naming the root).
SIASN's data utama is read under both its UPPER_SNAKE sheet headers and its JSON camelCase.
"""

from __future__ import annotations

import re

# The export's columns, in order: the names operators know. Import accepts all of them.
EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("NIP", "nip"),
    ("Nama", "nama"),
    ("Gelar Depan", "gelar_depan"),
    ("Gelar Belakang", "gelar_belakang"),
    ("Tempat Lahir", "tempat_lahir"),
    ("Tanggal Lahir", "tanggal_lahir"),
    ("Jenis Kelamin", "jenis_kelamin"),
    ("Agama", "agama_id"),
    ("Status Pegawai", "status"),
    ("Golongan", "golongan"),
    ("TMT Golongan", "tmt_golongan"),
    ("TMT CPNS", "tmt_cpns"),
    ("TMT PNS", "tmt_pns"),
    ("Jabatan", "jabatan"),
    ("Jenis Jabatan", "jenis_jabatan"),
    ("Jenjang", "jenjang"),
    ("Eselon", "eselon_id"),
    ("Kode Unit", "unit_kode"),
    ("Unit Kerja", "unit_nama"),
    ("NIP Atasan", "atasan_nip"),
    ("TMT Jabatan", "tmt_jabatan"),
    ("Pendidikan Terakhir", "pendidikan"),
    ("Tahun Lulus", "tahun_lulus"),
    ("NIK", "nik"),
    ("Email", "email"),
    ("No HP", "no_hp"),
    ("Alamat", "alamat"),
    ("Status Perkawinan", "status_perkawinan_id"),
    ("Kedudukan Hukum", "kedudukan_hukum"),
    ("Jenis Pegawai", "jenis_pegawai"),
    ("Akhir Kontrak", "kontrak_selesai"),  # PPPK: the perjanjian kerja ends (issue 14)
    ("ID SIASN", "siasn_id"),  # SIASN's person id (PNS_ID): the SIASN JSON needs it
    ("Aktif", "aktif"),
)

# Other spellings, beyond the export names above. SIASN field names come last in each tuple.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "nip": ("NIP Baru", "NIP PNS", "NI PPPK", "NIP/NI PPPK", "Nomor Induk Pegawai", "nipBaru"),
    "nip_lama": ("NIP Lama", "nipLama"),
    "siasn_id": ("PNS_ID", "ID SIASN", "pnsId"),
    "jenis_pegawai": ("JENIS_PEGAWAI_NAMA", "jenisPegawaiNama"),
    "nama": ("Nama Lengkap", "Nama Pegawai", "Nama ASN"),
    "gelar_depan": ("gelarDepan",),
    "gelar_belakang": ("gelarBelakang",),
    "tempat_lahir": ("TEMPAT_LAHIR_NAMA", "tempatLahir", "tempatLahirNama"),
    "tanggal_lahir": ("Tgl Lahir", "Tgl. Lahir", "Tanggal Lahir Pegawai", "tglLahir"),
    "jenis_kelamin": ("L/P", "JK", "Kelamin", "jenisKelamin"),
    "agama_id": ("AGAMA_NAMA", "agama", "agamaNama"),
    "status": (
        "Jenis Pegawai",
        "Status ASN",
        "Status Kepegawaian",
        "STATUS_CPNS_PNS",
        "statusPegawai",
        "jenisPegawai",
    ),
    "golongan": (
        "Gol",
        "Gol/Ruang",
        "Gol. Ruang",
        "Golongan/Ruang",
        "Golongan Ruang",
        "Pangkat/Gol",
        "Pangkat/Golongan",
        "Pangkat Golongan",
        "Gol Akhir",
        "GOL_AKHIR_NAMA",
        "golRuangAkhir",
    ),
    "tmt_golongan": ("TMT Gol", "TMT Gol/Ruang", "TMT Pangkat", "tmtGolAkhir"),
    "tmt_cpns": ("tmtCpns",),
    "tmt_pns": ("tmtPns",),
    "kontrak_selesai": (
        "Akhir Perjanjian Kerja",
        "Tanggal Akhir Kontrak",
        "Kontrak Selesai",
        "TMT Akhir Kontrak",
        "Masa Kontrak Sampai",
    ),
    "jabatan": ("Nama Jabatan", "JABATAN_NAMA", "jabatanNama"),
    "jenis_jabatan": ("JENIS_JABATAN_NAMA", "jenisJabatan", "jenisJabatanNama"),
    "jenjang": ("Jenjang Jabatan", "Jenjang Fungsional"),
    "eselon_id": ("eselon",),
    "unit_kode": ("Kode Unor", "Kode Unit Kerja"),
    "unit_nama": ("Unor", "Unit", "Nama Unit", "Nama Unor", "Unit Organisasi", "unorNama"),
    "unit_induk": (
        "Unit Induk",
        "Unor Induk",
        "Unit Kerja Induk",
        "OPD",
        "UNOR_INDUK_NAMA",
        "unorIndukNama",
    ),
    **{f"unor_eselon_{n}": (f"NAMA_UNOR_ESELON_{n}", f"namaUnorEselon{n}") for n in range(1, 5)},
    "instansi": (
        "Instansi",
        "INSTANSI_KERJA_NAMA",
        "INSTANSI_INDUK_NAMA",
        "instansiKerjaNama",
        "instansiIndukNama",
    ),
    "atasan_nip": ("NIP Atasan Langsung", "NIP Pejabat Penilai"),
    "tmt_jabatan": ("tmtJabatan",),
    "pendidikan": (
        "Pendidikan",
        "Tingkat Pendidikan",
        "Jenjang Pendidikan",
        "TINGKAT_PENDIDIKAN_NAMA",
        "PENDIDIKAN_NAMA",
        "pendidikanTerakhir",
        "pendidikanTerakhirNama",
        "tkPendidikanTerakhir",
    ),
    "tahun_lulus": ("Thn Lulus", "tahunLulus"),
    "nik": ("nik",),
    "email": ("E-mail", "Surel", "email"),
    "no_hp": ("No. HP", "Nomor HP", "No Handphone", "HP", "noHp"),
    "alamat": ("alamat",),
    "status_perkawinan_id": ("Status Kawin", "statusPerkawinan"),
    "kedudukan_hukum": (
        "Kedudukan PNS",
        "KEDUDUKAN_HUKUM_NAMA",
        "kedudukanPns",
        "kedudukanPnsNama",
    ),
    "aktif": ("Status Aktif",),
}

# The keys that name a unit (besides its kode): the path from the top down.
UNIT_PATH_KEYS = ("unit_induk", *(f"unor_eselon_{n}" for n in range(1, 5)), "unit_nama")
UNIT_KEYS = ("unit_kode", *UNIT_PATH_KEYS, "instansi")

# How the preview names the unit keys (they all fill ``unit_id``).
UNIT_KEY_LABELS = {
    "unit_kode": "Kode Unit",
    "unit_nama": "Unit Kerja",
    "unit_induk": "Unit Induk",
    **{f"unor_eselon_{n}": f"Unit Eselon {n}" for n in range(1, 5)},
    "instansi": "Instansi",
}

# Keys that are not Staff fields map to the field they end up filling.
KEY_FIELD = {**dict.fromkeys(UNIT_KEYS, "unit_id"), "atasan_nip": "atasan_id"}

# The label for a field's problems when the file has no column for it.
FIELD_LABELS: dict[str, str] = {
    **{KEY_FIELD.get(key, key): label for label, key in reversed(EXPORT_COLUMNS)},
    "nip_lama": "NIP Lama",
    "nonaktif_alasan": "Aktif",
}


def normalize_header(text: object) -> str:
    """Lower case letters and digits only; a note in brackets (``Tgl Lahir (dd-mm-yyyy)``) goes."""
    without_notes = re.sub(r"\([^)]*\)", "", str(text))
    return re.sub(r"[^0-9a-z]", "", without_notes.lower())


_INDEX: dict[str, str] = {}
for _label, _key in EXPORT_COLUMNS:
    _INDEX[normalize_header(_label)] = _key
for _key, _spellings in _SYNONYMS.items():
    for _spelling in _spellings:
        _INDEX.setdefault(normalize_header(_spelling), _key)


def match_header(text: object) -> str | None:
    """The key a header stands for, or None for a column we do not read (``TTL``, ``No``)."""
    if text is None:
        return None
    return _INDEX.get(normalize_header(text))


def field_of(key: str) -> str:
    """The Staff field a key fills."""
    return KEY_FIELD.get(key, key)
