"""Columns and cell values of a unit structure (SOTK) sheet: the headers offices write and the
labels they use for the kind of unit ("UPTD", "Puskesmas", "Sub Bagian"), shared by the units
import and export so that an exported file reads back unchanged.
"""

from __future__ import annotations

from desktop.core.errors import ValidationError
from desktop.core.models import JenisUnit, UnitJenis
from desktop.imports.headers import normalize_header

# The export's columns, in order (label, key). Import accepts these and the synonyms below.
EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Kode", "kode"),
    ("Nama", "nama"),
    ("Singkatan", "singkatan"),
    ("Induk", "induk"),
    ("Jenis", "jenis_unit"),
    ("Tingkat", "tingkat"),
    ("Jabatan Kepala", "jabatan_kepala"),
    ("Alias", "alias"),
    ("Aktif", "aktif"),
    ("Jabatan Kritikal", "kritikal"),  # its head's post is a key position (succession)
)

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "kode": ("Kode Unit", "Kode Unor", "Kode Unit Kerja", "ID Unor"),
    "nama": ("Nama Unit", "Unit", "Unit Kerja", "Nama Unit Kerja", "Unor", "Nama Unor",
             "UNOR_NAMA", "unorNama"),
    "singkatan": ("Akronim", "Nama Singkat"),
    "induk": ("Kode Induk", "Unit Induk", "Unor Induk", "Induk Unit", "Atasan Unit",
              "Nama Induk", "UNOR_INDUK_NAMA", "unorIndukNama", "Diatasan"),
    "jenis_unit": ("Jenis Unit", "Jenis Unor", "Kategori"),
    "tingkat": ("Level", "Tingkatan", "Eselon Unit"),
    "jabatan_kepala": ("Jabatan Pimpinan", "Nama Jabatan Kepala", "Jabatan Kepala Unit"),
    "alias": ("Nama Lain", "Alias Nama", "Aliases"),
    "aktif": ("Status", "Status Aktif"),
    "kritikal": ("Kritikal", "Jabatan Kritis", "Posisi Kunci"),
}  # fmt: skip

_INDEX: dict[str, str] = {normalize_header(label): key for label, key in EXPORT_COLUMNS}
for _key, _spellings in _SYNONYMS.items():
    for _spelling in _spellings:
        _INDEX.setdefault(normalize_header(_spelling), _key)

COLUMN_LABELS = {key: label for label, key in EXPORT_COLUMNS}

# jenis_unit values and the labels an office may write for them (compared after normalising).
JENIS_LABELS: dict[JenisUnit, str] = {
    JenisUnit.NONE: "",
    JenisUnit.OPD: "OPD",
    JenisUnit.SEKRETARIAT: "Sekretariat",
    JenisUnit.BIDANG: "Bidang",
    JenisUnit.SUBBAGIAN: "Subbagian",
    JenisUnit.SEKSI: "Seksi",
    JenisUnit.UPT: "UPT/UPTD",
    JenisUnit.PUSKESMAS: "Puskesmas",
    JenisUnit.SEKOLAH: "Sekolah",
    JenisUnit.KECAMATAN: "Kecamatan",
    JenisUnit.KELURAHAN: "Kelurahan",
}
_JENIS_WORDS: dict[str, JenisUnit] = {
    **{normalize_header(label): jenis for jenis, label in JENIS_LABELS.items() if label},
    **{jenis.value: jenis for jenis in JenisUnit if jenis.value},
    "perangkatdaerah": JenisUnit.OPD, "dinas": JenisUnit.OPD, "badan": JenisUnit.OPD,
    "kantor": JenisUnit.OPD, "inspektorat": JenisUnit.OPD, "satuan": JenisUnit.OPD,
    "sekretariatdaerah": JenisUnit.SEKRETARIAT, "setda": JenisUnit.SEKRETARIAT,
    "sekretariatdprd": JenisUnit.SEKRETARIAT, "bagian": JenisUnit.BIDANG,
    "subbag": JenisUnit.SUBBAGIAN, "subbagian": JenisUnit.SUBBAGIAN,
    "subbidang": JenisUnit.SEKSI, "subbid": JenisUnit.SEKSI,
    "upt": JenisUnit.UPT, "uptd": JenisUnit.UPT, "unitpelaksanateknis": JenisUnit.UPT,
    "unitpelaksanateknisdaerah": JenisUnit.UPT, "uptdaerah": JenisUnit.UPT,
    "pkm": JenisUnit.PUSKESMAS, "sd": JenisUnit.SEKOLAH, "smp": JenisUnit.SEKOLAH,
    "sma": JenisUnit.SEKOLAH, "smk": JenisUnit.SEKOLAH, "tk": JenisUnit.SEKOLAH,
    "kec": JenisUnit.KECAMATAN, "kel": JenisUnit.KELURAHAN, "desa": JenisUnit.KELURAHAN,
}  # fmt: skip

_LEVEL_WORDS: dict[str, UnitJenis] = {
    "instansi": UnitJenis.INSTANSI, "pemda": UnitJenis.INSTANSI,
    "pemerintahdaerah": UnitJenis.INSTANSI, "opd": UnitJenis.OPD,
    "perangkatdaerah": UnitJenis.OPD, "bidang": UnitJenis.BIDANG,
    "subbidang": UnitJenis.SUBBIDANG, "seksi": UnitJenis.SUBBIDANG,
    "subbagian": UnitJenis.SUBBIDANG, "1": UnitJenis.INSTANSI, "2": UnitJenis.OPD,
    "3": UnitJenis.BIDANG, "4": UnitJenis.SUBBIDANG,
}  # fmt: skip


class UnitCellProblem(ValidationError):
    """One cell of a unit sheet that cannot be read; the row is refused."""

    catalog = {
        "jenis": (
            "Jenis unit '{value}' tidak dikenal. Pilih salah satu: {choices}.",
            "Unknown unit kind '{value}'. Choose one of: {choices}.",
        ),
        "tingkat": (
            "Tingkat '{value}' tidak dikenal. Pilih instansi, opd, bidang atau subbidang.",
            "Unknown level '{value}'. Choose instansi, opd, bidang or subbidang.",
        ),
    }


def match_unit_header(text: object) -> str | None:
    """The key a unit-sheet header stands for, or None for a column we do not read."""
    if text is None:
        return None
    return _INDEX.get(normalize_header(text))


def read_jenis(value: str) -> JenisUnit:
    """A jenis label as written ("UPTD", "Sub Bagian", "puskesmas") → ``JenisUnit``."""
    if not value.strip():
        return JenisUnit.NONE
    found = _JENIS_WORDS.get(normalize_header(value))
    if found is None:
        choices = ", ".join(label for label in JENIS_LABELS.values() if label)
        raise UnitCellProblem("jenis", value=value, choices=choices)
    return found


def read_level(value: str) -> UnitJenis | None:
    """The tree level as written, or None when blank (it then follows the depth)."""
    if not value.strip():
        return None
    found = _LEVEL_WORDS.get(normalize_header(value))
    if found is None:
        raise UnitCellProblem("tingkat", value=value)
    return found


def jenis_label(jenis: JenisUnit) -> str:
    return JENIS_LABELS.get(jenis, jenis.value)


def split_aliases(value: str) -> list[str]:
    """Aliases in one cell, separated by ';', '|' or line breaks."""
    parts = value.replace("|", ";").replace("\n", ";").split(";")
    return [" ".join(p.split()) for p in parts if p.strip()]
