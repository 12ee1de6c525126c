"""The appraisal sheet format ("kinerja-penilaian", version 1), shared by its writer and reader.

One worksheet per unit: a title block, a header row, one row per active employee with the two
ratings to fill in; a trailing hidden sheet ``_info`` says which format, version, year, period
and unit the file belongs to, and is read before anything else. The writer lives in
``appraisal_export``, the reader and the transaction that applies it in ``appraisal_import``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from desktop.core.appraisal import Rating
from desktop.core.errors import ValidationError
from desktop.core.i18n import pick
from desktop.core.nip import NIP_LENGTH, InvalidNip, is_excel_scientific, normalize_digits
from desktop.imports.plan import RowTally
from desktop.imports.sheet_notes import SheetNote

FORMAT_NAME = "kinerja-penilaian"
FORMAT_VERSION = 1
INFO_SHEET = "_info"
MAX_TITLE = 31
LOCKED_NOTE = "Ditetapkan – tidak dapat diubah"

# The file speaks Indonesian whatever the app's language: these texts are the format.
RATING_TEXTS: dict[Rating, str] = {
    Rating.DI_ATAS: "Di Atas Ekspektasi",
    Rating.SESUAI: "Sesuai Ekspektasi",
    Rating.DI_BAWAH: "Di Bawah Ekspektasi",
}


class Col(StrEnum):
    """The header texts of a unit sheet, in order."""

    NIP = "NIP"
    NAMA = "Nama"
    JABATAN = "Jabatan"
    STATUS_SKP = "Status SKP"
    HASIL = "Rating Hasil Kerja"
    PERILAKU = "Rating Perilaku Kerja"
    PREDIKAT = "Predikat"
    CATATAN = "Catatan/Rekomendasi"
    STATUS_EVALUASI = "Status Evaluasi"


COLUMNS: tuple[Col, ...] = tuple(Col)
REQUIRED: tuple[Col, ...] = (Col.NIP, Col.HASIL, Col.PERILAKU)

_RATING_WORDS: dict[str, Rating] = {
    "diatasekspektasi": Rating.DI_ATAS, "diatas": Rating.DI_ATAS, "1": Rating.DI_ATAS,
    "sesuaiekspektasi": Rating.SESUAI, "sesuai": Rating.SESUAI, "2": Rating.SESUAI,
    "dibawahekspektasi": Rating.DI_BAWAH, "dibawah": Rating.DI_BAWAH, "3": Rating.DI_BAWAH,
}  # fmt: skip


class AppraisalSheetError(ValidationError):
    """The file as a whole cannot be read as an appraisal sheet; nothing was changed."""

    catalog = {
        "unreadable": (
            "Berkas {path} tidak dapat dibaca sebagai lembar kerja Excel (.xlsx): berkasnya "
            "rusak atau bukan .xlsx. Simpan ulang dari Excel/LibreOffice sebagai .xlsx.",
            "File {path} cannot be read as an Excel workbook (.xlsx): it is damaged or not an "
            ".xlsx. Save it again from Excel/LibreOffice as .xlsx.",
        ),
        "open": (
            "Berkas {path} tidak dapat dibuka: {detail}.",
            "File {path} cannot be opened: {detail}.",
        ),
        "no_info": (
            "Berkas {path} bukan lembar penilaian Kinerja Luring: sheet '_info' tidak ada. "
            "Gunakan berkas hasil 'kinerja appraisal export'.",
            "File {path} is not a Kinerja Luring appraisal sheet: it has no '_info' sheet. "
            "Use a file made by 'kinerja appraisal export'.",
        ),
        "format": (
            "Berkas ini berformat '{found}', bukan lembar penilaian Kinerja Luring "
            "('kinerja-penilaian').",
            "This file has format '{found}', not a Kinerja Luring appraisal sheet "
            "('kinerja-penilaian').",
        ),
        "newer": (
            "Lembar penilaian ini versi {found}, dibuat oleh aplikasi yang lebih baru "
            "(versi yang dikenal: {supported}). Perbarui aplikasi terlebih dahulu.",
            "This appraisal sheet is version {found}, made by a newer app (known version: "
            "{supported}). Update the app first.",
        ),
        "version": (
            "Versi lembar penilaian '{found}' tidak dikenal (versi yang dikenal: {supported}).",
            "Unknown appraisal sheet version '{found}' (known version: {supported}).",
        ),
        "info_field": (
            "Sheet '_info' rusak: isian '{name}' tidak valid ('{value}'). Ekspor ulang "
            "lembar penilaiannya.",
            "The '_info' sheet is damaged: '{name}' is not valid ('{value}'). Export the "
            "appraisal sheet again.",
        ),
        "no_staff": (
            "Tidak ada pegawai aktif di unit {kode} beserta sub-unitnya.",
            "No active staff in unit {kode} or its sub-units.",
        ),
        "write": (
            "Lembar penilaian tidak dapat ditulis ke {path}: {detail}",
            "The appraisal sheet cannot be written to {path}: {detail}",
        ),
    }


class AppraisalRowError(ValidationError):
    """Reasons a sheet row is rejected (reported, never raised out of the reader)."""

    catalog = {
        "nip_empty": ("NIP kosong padahal rating diisi.",
                      "The NIP is empty but ratings are given."),
        "nip_unknown": ("NIP {nip} tidak terdaftar di basis data ini.",
                        "NIP {nip} is not in this database."),
        "nip_twice": ("NIP {nip} sudah ada di sheet '{sheet}' baris {row}.",
                      "NIP {nip} already appears in sheet '{sheet}' row {row}."),
        "inactive": ("{nama} (NIP {nip}) sudah tidak aktif.", "{nama} (NIP {nip}) is inactive."),
        "outside": ("{nama} (NIP {nip}) bukan pegawai unit {kode} atau sub-unitnya.",
                    "{nama} (NIP {nip}) is not in unit {kode} or its sub-units."),
        "no_skp": ("{nama} belum memiliki SKP tahun {tahun}.",
                   "{nama} has no SKP for {tahun}."),
        "rating": ("'{text}' bukan rating yang dikenal: pilih Di Atas Ekspektasi, Sesuai "
                   "Ekspektasi, atau Di Bawah Ekspektasi (boleh Di Atas / Sesuai / Di Bawah, "
                   "atau kode 1 / 2 / 3).",
                   "'{text}' is not a known rating: choose Di Atas Ekspektasi, Sesuai "
                   "Ekspektasi or Di Bawah Ekspektasi (or Di Atas / Sesuai / Di Bawah, or "
                   "code 1 / 2 / 3)."),
        "rating_pair": ("{column} belum diisi: {other} dan {column} harus diisi bersama.",
                        "{column} is empty: {other} and {column} go together."),
        "locked": ("Evaluasi {nama} periode {periode} sudah ditetapkan – tidak dapat diubah. "
                   "Pejabat penilai harus membukanya kembali (dengan alasan) lebih dulu.",
                   "The evaluation of {nama} for {periode} is set and cannot be changed. The "
                   "appraiser must reopen it (with a reason) first."),
        "column": ("Kolom '{column}' tidak ditemukan pada baris judul kolom.",
                   "Column '{column}' is missing from the header row."),
    }  # fmt: skip


def parse_rating(value: object) -> Rating | None:
    """A rating from a cell: the three texts in any case or spacing, the short forms
    ("Di Atas", "Sesuai", "Di Bawah") or SIASN codes 1/2/3. None when the text is unknown."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    key = re.sub(r"[\s_\-.]", "", str(value)).lower()
    return _RATING_WORDS.get(key)


def header_key(value: object) -> str:
    """A header text reduced to letters and digits, so "Catatan / Rekomendasi" matches."""
    return re.sub(r"[^0-9a-z]", "", str(value or "").lower())


HEADER_KEYS: dict[str, Col] = {header_key(c.value): c for c in COLUMNS} | {
    "catatan": Col.CATATAN, "rekomendasi": Col.CATATAN, "ratinghasil": Col.HASIL,
    "ratingperilaku": Col.PERILAKU,
}  # fmt: skip


def sheet_title(kode: str, nama: str, taken: set[str]) -> str:
    """``1.01 Bidang Mutasi``: at most 31 characters, none of ``[]:*?/\\``, unique (any case)
    among ``taken``, never ``_info``; the chosen title is added to ``taken``."""
    base = re.sub(r"[\[\]:*?/\\]", "-", f"{kode} {nama}")
    base = " ".join(base.split()).strip("'")[:MAX_TITLE].rstrip() or "Unit"
    title, n = base, 1
    while title.lower() in taken or title.lower() == INFO_SHEET:
        n += 1
        suffix = f" ~{n}"
        title = base[: MAX_TITLE - len(suffix)].rstrip() + suffix
    taken.add(title.lower())
    return title


class RowAction(StrEnum):
    """What the import does with one sheet row."""

    BARU = "baru"  # first ratings: the evaluation becomes "dinilai"
    UBAH = "ubah"  # ratings or catatan of a rated evaluation change
    SAMA = "sama"  # nothing to write
    KOSONG = "kosong"  # no rating given: skipped
    DITOLAK = "ditolak"  # rejected, with the reasons in ``issues``

    @property
    def label(self) -> str:
        return {
            "baru": pick("Dinilai", "Rated"), "ubah": pick("Diubah", "Changed"),
            "sama": pick("Sama", "Unchanged"), "kosong": pick("Kosong", "Blank"),
            "ditolak": pick("Ditolak", "Rejected"),
        }[self.value]  # fmt: skip


@dataclass(frozen=True)
class RowIssue:
    """Why a row was rejected: where (sheet, row, column, cell) and the reason."""

    sheet: str
    row: int
    column: str
    cell: str
    code: str
    message: str


@dataclass
class PlanRow:
    sheet: str
    row: int
    nip: str
    nama: str = ""
    action: RowAction = RowAction.DITOLAK
    staff_id: int | None = None
    skp_id: int | None = None
    rating_hasil: Rating | None = None
    rating_perilaku: Rating | None = None
    catatan: str = ""
    issues: list[RowIssue] = field(default_factory=list)


@dataclass
class AppraisalPlan(RowTally[PlanRow]):
    """What an appraisal sheet would change; read without writing, applied in one go."""

    row_actions = RowAction
    path: Path
    unit_kode: str
    unit_id: int
    tahun: int
    periode: str
    rows: list[PlanRow] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)
    ignored_sheets: list[str] = field(default_factory=list)
    notes: list[SheetNote] = field(default_factory=list)  # merged cells, formulas, hidden sheets

    @property
    def issues(self) -> list[RowIssue]:
        return [issue for row in self.rejected for issue in row.issues]


def read_nip(raw: object) -> str:
    """The 18 digits of a NIP cell; a number cell is never trusted (Excel keeps 15 digits)."""
    if is_blank(raw):
        raise AppraisalRowError("nip_empty")
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if abs(raw) >= 1e15:
            raise InvalidNip("scientific", text=f"{float(raw):.5E}")
        raw = str(int(raw)) if float(raw).is_integer() else str(raw)
    text = str(raw).strip()
    if is_excel_scientific(text):
        raise InvalidNip("scientific", text=text)
    digits = normalize_digits(text)
    if len(digits) != NIP_LENGTH:
        raise InvalidNip("length", n=len(digits), text=digits)
    return digits


def is_blank(value: object) -> bool:
    """An empty cell: None or only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: object) -> str:
    """A cell as stripped text; 3.0 reads "3", Windows line ends become "\\n"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\r\n", "\n").strip()
