"""Small named exceptions with stable codes; the text comes from each class's catalog.

An error carries a ``code`` (stable, testable) and ``params``; ``message()`` renders it in the
current language. Modules subclass ``KinerjaError`` with their own ``catalog`` so each rule keeps
its wording next to it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from desktop.core.i18n import language


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
        template = texts[1] if (lang or language()) == "en" else texts[0]
        try:
            return template.format(**self.params)
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
            "Basis data tidak dapat ditulis ({path}). Periksa izin berkas atau media.",
            "The database cannot be written ({path}). Check file permissions or the medium.",
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
