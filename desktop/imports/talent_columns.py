"""Headers and cells of the talent-input sheets: assessment results and training records.

Headers are compared normalised (``headers.normalize_header``), so ``Tgl. Asesmen``,
``tanggal_asesmen`` and ``TANGGAL ASESMEN`` are one. The kind of a training (``Jenis``) is
read tolerantly: its code (``bimtek``), its name (``Bimbingan teknis``), the usual wordings
("Diklat Teknis", "Diklat PIM", "E-Learning", "Lokakarya"), with "Pelatihan"/"Diklat" in front
or not; anything else is refused with the list of codes, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum

from desktop.core.errors import ValidationError
from desktop.imports import cells
from desktop.imports.headers import normalize_header
from desktop.store.talent_records import JenisPengembangan


class TalentSheet(StrEnum):
    ASESMEN = "asesmen"
    DIKLAT = "diklat"
    HUKUMAN = "hukuman"


_COMMON = {
    "nip": ("NIP", "NIP Baru", "NIP Pegawai", "NIP ASN"),
    "nama_pegawai": ("Nama", "Nama Pegawai", "Nama ASN", "Nama Lengkap"),
}
_SPELLINGS: dict[TalentSheet, dict[str, tuple[str, ...]]] = {
    TalentSheet.ASESMEN: {
        **_COMMON,
        "tanggal": ("Tanggal", "Tanggal Asesmen", "Tgl Asesmen", "Tanggal Pelaksanaan",
                    "Tanggal Uji Kompetensi"),
        "jpm": ("JPM", "JPM (%)", "Job Person Match", "Nilai JPM", "Persentase JPM",
                "Skor JPM"),
        "lembaga": ("Lembaga", "Penyelenggara", "Lembaga Asesor", "Assessment Center",
                    "Pelaksana"),
        "metode": ("Metode", "Metode Asesmen", "Alat Ukur", "Metode Penilaian"),
        "keterangan": ("Keterangan", "Catatan", "Rekomendasi"),
    },
    TalentSheet.DIKLAT: {
        **_COMMON,
        "nama": ("Nama Pelatihan", "Nama Diklat", "Nama Kursus", "Pelatihan", "Diklat",
                 "Nama Kegiatan", "Judul Pelatihan", "Nama Pengembangan Kompetensi"),
        "jenis": ("Jenis", "Jenis Pelatihan", "Jenis Diklat", "Jenis Pengembangan",
                  "Jenis Kursus", "Jenis Pengembangan Kompetensi", "Bentuk"),
        "penyelenggara": ("Penyelenggara", "Institusi Penyelenggara", "Lembaga",
                          "Lembaga Penyelenggara"),
        "tanggal_mulai": ("Mulai", "Tanggal Mulai", "Tgl Mulai", "Tanggal", "Tanggal Kursus",
                          "Tanggal Pelatihan"),
        "tanggal_selesai": ("Selesai", "Tanggal Selesai", "Tgl Selesai",
                            "Tanggal Selesai Kursus"),
        "jp": ("JP", "Jumlah JP", "Jam Pelajaran", "Jumlah Jam", "Jam"),
        "nomor_sertifikat": ("Nomor Sertifikat", "No Sertifikat", "Nomor Sertipikat",
                             "No Sertipikat", "Sertifikat"),
    },
    TalentSheet.HUKUMAN: {
        **_COMMON,
        "kategori": ("Kategori", "Jenis Pelanggaran", "Pelanggaran"),
        "tingkat": ("Tingkat", "Tingkat Hukuman", "Tingkat Hukuman Disiplin", "Tingkat HD"),
        "jenis": ("Jenis Hukuman", "Hukuman", "Jenis Hukuman Disiplin", "Sanksi", "Jenis Sanksi"),
        "nomor_sk": ("Nomor SK", "No SK", "Nomor Keputusan", "SK"),
        "tanggal_sk": ("Tanggal SK", "Tgl SK", "Tanggal Keputusan"),
        "tmt": ("TMT", "TMT Hukuman", "Mulai Berlaku", "Berlaku Mulai"),
        "selesai": ("Selesai", "Akhir Hukuman", "TMT Selesai", "Berlaku Sampai", "Masa Berakhir"),
        "keterangan": ("Keterangan", "Catatan"),
    },
}  # fmt: skip
_INDEX = {
    sheet: {normalize_header(s): key for key, spellings in keys.items() for s in spellings}
    for sheet, keys in _SPELLINGS.items()
}
REQUIRED: dict[TalentSheet, tuple[str, ...]] = {
    TalentSheet.ASESMEN: ("nip", "tanggal", "jpm"),
    TalentSheet.DIKLAT: ("nip", "nama", "tanggal_mulai", "jp"),
    TalentSheet.HUKUMAN: ("nip", "jenis"),
}
# What each key's column is called in messages (the first spelling above).
LABELS = {sheet: {key: s[0] for key, s in keys.items()} for sheet, keys in _SPELLINGS.items()}


def recogniser(sheet: TalentSheet) -> Callable[[object], str | None]:
    """The header matcher of one kind of sheet."""
    index = _INDEX[sheet]

    def recognise(header: object) -> str | None:
        return index.get(normalize_header(header))

    return recognise


class TalentCellProblem(ValidationError):
    """A cell of a talent sheet that cannot be read."""

    catalog = {
        "number": (
            "'{value}' bukan angka (contoh: 82,5).",
            "'{value}' is not a number (e.g. 82.5).",
        ),
        "whole": (
            "'{value}' bukan bilangan bulat jam pelajaran (contoh: 24).",
            "'{value}' is not a whole number of hours (e.g. 24).",
        ),
        "jenis": (
            "Jenis '{value}' tidak dikenal; tulis kodenya atau namanya, misalnya {options}.",
            "Unknown kind '{value}'; write its code or name, e.g. {options}.",
        ),
        "tingkat": (
            "Tingkat '{value}' tidak dikenal; tulis ringan, sedang atau berat.",
            "Unknown level '{value}'; write ringan, sedang or berat.",
        ),
        "kategori": (
            "Kategori '{value}' tidak dikenal; tulis hukuman disiplin atau kode etik.",
            "Unknown category '{value}'; write hukuman disiplin or kode etik.",
        ),
    }


def read_number(value: object) -> float | None:
    """``82,5``, ``82.5``, ``82,5 %`` or a number cell; blank → None."""
    if cells.is_blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raw = str(value).strip().rstrip("%").strip().replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+,\d+", raw):  # 1.234,5
        raw = raw.replace(".", "")
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        raise TalentCellProblem("number", value=cells.text(value)) from None


def read_hours(value: object) -> int | None:
    """Whole hours (JP); ``24``, ``24,0`` or a number cell."""
    number = read_number(value)
    if number is None:
        return None
    if not float(number).is_integer():
        raise TalentCellProblem("whole", value=cells.text(value))
    return int(number)


_PREFIX = re.compile(r"^(pelatihan|diklat|kegiatan)(?=.)")
_ALIASES = {
    "prajabatan": "latsar", "latihandasar": "latsar", "pelatihandasar": "latsar",
    "pim": "kepemimpinan", "diklatpim": "kepemimpinan", "pkp": "kepemimpinan",
    "pka": "kepemimpinan", "pkn": "kepemimpinan", "struktural": "kepemimpinan",
    "strukturalkepemimpinan": "kepemimpinan", "pkm": "kepemimpinan",
    "bimbinganteknis": "bimtek", "konferensi": "seminar", "sarasehan": "seminar",
    "webinar": "seminar", "lokakarya": "workshop", "elearning": "e_learning",
    "pjj": "jarak_jauh", "secondment": "detasering", "datasering": "detasering",
    "outbound": "alam_terbuka", "benchmarking": "patok_banding", "selfdevelopment":
    "belajar_mandiri", "communityofpractices": "komunitas_belajar", "praktikkerja": "magang",
    "internship": "magang", "coach": "coaching",
}  # fmt: skip


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def jenis_index(kinds: list[JenisPengembangan]) -> dict[str, str]:
    """Every accepted spelling (normalised) → kode."""
    index: dict[str, str] = {}
    for kind in kinds:
        index[_key(kind.kode)] = kind.kode
        index[_key(kind.nama)] = kind.kode
        for part in re.split(r"[/()]", kind.nama):  # "Workshop / lokakarya", "(secondment)"
            if _key(part):
                index.setdefault(_key(part), kind.kode)
    known = set(index.values())
    for alias, kode in _ALIASES.items():
        if kode in known:
            index.setdefault(alias, kode)
    return index


def read_jenis(value: object, index: dict[str, str]) -> str | None:
    """The kode of a written kind; blank → None."""
    if cells.is_blank(value):
        return None
    key = _key(cells.text(value))
    for candidate in (key, _PREFIX.sub("", key)):
        if candidate in index:
            return index[candidate]
    examples = "teknis, fungsional, bimtek, seminar, e_learning, coaching"
    raise TalentCellProblem("jenis", value=cells.text(value), options=examples)


def read_tingkat(value: object) -> str:
    """``Ringan``, ``Hukuman Disiplin Sedang``, ``HD Berat`` → the tingkat; blank → ''."""
    key = _key(cells.text(value))
    if not key:
        return ""
    found = [t for t in ("ringan", "sedang", "berat") if t in key]
    if len(found) != 1:
        raise TalentCellProblem("tingkat", value=cells.text(value))
    return found[0]


def read_kategori(value: object) -> str:
    """``Hukuman Disiplin`` / ``Disiplin`` or ``Kode Etik`` / ``Pelanggaran Kode Etik``;
    blank → disiplin."""
    key = _key(cells.text(value))
    if not key or "disiplin" in key:
        return "disiplin"
    if "etik" in key:
        return "kode_etik"
    raise TalentCellProblem("kategori", value=cells.text(value))
