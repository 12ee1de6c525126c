"""Small named exceptions with stable codes; the text comes from each class's catalog.

An error carries a ``code`` (stable, testable) and ``params``; ``message()`` renders it in the
current language. Modules subclass ``KinerjaError`` with their own ``catalog`` so each rule keeps
its wording next to it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from desktop.core.i18n import Counted, language


class KinerjaError(Exception):
    """Base of every error the app reports to a person."""

    catalog: ClassVar[dict[str, tuple[str, str]]] = {
        "error": ("Terjadi kesalahan: {detail}", "An error occurred: {detail}"),
    }

    def __init__(self, code: str = "error", /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        """The error as a sentence in ``lang`` (default: the current language)."""
        texts = self.catalog.get(self.code) or KinerjaError.catalog["error"]
        lang = lang or language()
        template = texts[1] if lang == "en" else texts[0]
        params = {k: v.text(lang) if isinstance(v, Counted) else v for k, v in self.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template


class ValidationError(KinerjaError):
    """Input that breaks a rule; nothing was changed."""


class NotFound(KinerjaError):
    catalog = {
        "staff": ("Pegawai dengan NIP {nip} tidak ditemukan.", "No employee with NIP {nip}."),
        "unit": ("Unit dengan kode {kode} tidak ditemukan.", "No unit with code {kode}."),
        "record": ("Data tidak ditemukan: {what}.", "Record not found: {what}."),
    }


class StoreError(KinerjaError):
    catalog = {
        "newer_schema": (
            "Basis data ini dibuat oleh versi aplikasi yang lebih baru ({found}); "
            "perbarui aplikasi terlebih dahulu.",
            "This database was made by a newer version of the app ({found}); update the app first.",
        ),
        "not_a_database": (
            "Berkas {path} bukan basis data Kinerja Luring atau rusak.",
            "File {path} is not a Kinerja Luring database or is damaged.",
        ),
        "disk_full": (
            "Disk penuh: perubahan tidak disimpan. Kosongkan ruang lalu coba lagi.",
            "Disk full: nothing was saved. Free some space and try again.",
        ),
        "read_only": (
            "Basis data {path} hanya-baca: perubahan tidak dapat disimpan. Periksa izin berkas "
            "dan foldernya, atau media yang terkunci (kartu SD, CD).",
            "The database {path} is read-only: changes cannot be saved. Check the permissions "
            "of the file and its folder, or a locked medium (SD card, CD).",
        ),
        "corrupt": (
            "Berkas {path} rusak. Jalankan 'kinerja check' untuk rinciannya, lalu pulihkan "
            "dari cadangan.",
            "File {path} is damaged. Run 'kinerja check' for details, then restore a backup.",
        ),
        "cant_open": (
            "Berkas {path} tidak dapat dibuka: periksa nama, izin, dan apakah medianya masih "
            "terpasang.",
            "File {path} cannot be opened: check the name, the permissions and whether the "
            "medium is still attached.",
        ),
        "io_error": (
            "Gagal membaca atau menulis {path}: media mungkin dicabut atau rusak. Tidak ada "
            "yang disimpan.",
            "Reading or writing {path} failed: the medium may be unplugged or faulty. Nothing "
            "was saved.",
        ),
        "empty_file": (
            "Berkas {path} kosong (0 byte): bukan basis data. Jika ini sisa pembuatan yang "
            "gagal, hapus atau pindahkan berkasnya lalu coba lagi.",
            "File {path} is empty (0 bytes): not a database. If it is left over from a failed "
            "creation, delete or move it and try again.",
        ),
        "busy": (
            "Basis data sedang dipakai untuk menyimpan oleh {who}. Tunggu sebentar lalu coba "
            "lagi; tidak ada yang disimpan.",
            "The database is busy saving for {who}. Wait a moment and try again; nothing was "
            "saved.",
        ),
        "in_use": (
            "Basis data ini sedang dibuka oleh {who}. Tutup aplikasi di sana terlebih dahulu "
            "(satu jendela Kinerja Luring per berkas).",
            "This database is open by {who}. Close the app there first (one Kinerja Luring "
            "window per file).",
        ),
        "audit_append_only": (
            "Jejak audit tidak dapat diubah atau dihapus; perubahan dibatalkan.",
            "The audit trail cannot be changed or deleted; the change was undone.",
        ),
        "stale_edit": (
            "Data ini diubah oleh {who} pada {when} setelah Anda membukanya. Perubahan Anda "
            "belum disimpan. Muat ulang?",
            "This record was changed by {who} at {when} after you opened it. Your changes were "
            "not saved. Reload?",
        ),
        "duplicate_nip": (
            "NIP {nip} sudah terdaftar atas nama {nama}.",
            "NIP {nip} is already registered to {nama}.",
        ),
        "duplicate_unit": (
            "Kode unit {kode} sudah dipakai.",
            "Unit code {kode} is already in use.",
        ),
    }


class Cancelled(KinerjaError):
    """The person pressed Cancel; the work stopped and nothing was written."""

    catalog = {
        "cancelled": ("Dibatalkan; tidak ada yang diubah.", "Cancelled; nothing was changed."),
    }

    def __init__(self) -> None:
        super().__init__("cancelled")
