"""Why a package, receipt or key file was refused, or an export failed; each code has its
Indonesian and English sentence. A refusal always means nothing was changed."""

from __future__ import annotations

import sqlite3
import sys

from desktop.core.errors import KinerjaError

_NOTE = ("{_AGAIN}", "Tidak ada yang diubah."), ("{_AGAIN_EN}", "Nothing was changed.")


class SyncError(KinerjaError):
    catalog = {
        # reading a package
        "not_a_package": (
            "Berkas {file} bukan paket Kinerja Luring. {_AGAIN}",
            "File {file} is not a Kinerja Luring package. {_AGAIN_EN}",
        ),
        "damaged": (
            "Paket {file} rusak, terpotong atau diubah ({detail}); mungkin flashdisk dicabut "
            "saat menulis. Minta kantor mengekspor ulang. {_AGAIN}",
            "Package {file} is damaged, truncated or altered ({detail}); perhaps the stick was "
            "pulled out while writing. Ask the office to export again. {_AGAIN_EN}",
        ),
        "unreadable": (
            "Berkas {file} tidak dapat dibaca: {detail}. {_AGAIN}",
            "File {file} cannot be read: {detail}. {_AGAIN_EN}",
        ),
        "tampered": (
            "Paket {file} tidak utuh ({detail}): isinya berubah setelah ditandatangani kantor. "
            "Paket ditolak. {_AGAIN}",
            "Package {file} is not intact ({detail}): it changed after the office signed it. "
            "Refused. {_AGAIN_EN}",
        ),
        "too_large": (
            "Paket {file} ditolak sebelum dibuka: {what} berukuran {size}, melebihi batas "
            "{limit}. Paket asli dari kantor tidak sebesar ini; berkas ini mungkin dibuat untuk "
            "melumpuhkan komputer pusat. {_AGAIN}",
            "Package {file} was refused before it was opened: {what} is {size}, over the limit "
            "of {limit}. A real office package is not this large; this file may be made to "
            "cripple the centre's computer. {_AGAIN_EN}",
        ),
        "zip_unsafe": (
            "Paket {file} ditolak: {detail}. Paket asli dari kantor tidak pernah berbentuk "
            "seperti ini. {_AGAIN}",
            "Package {file} was refused: {detail}. A real office package never looks like "
            "this. {_AGAIN_EN}",
        ),
        "bad_number": (
            "Paket {file} ditolak: {field} bernilai {value}, padahal harus bilangan bulat "
            "yang sah. {_AGAIN}",
            "Package {file} was refused: {field} is {value}, but it must be a valid whole "
            "number. {_AGAIN_EN}",
        ),
        "invalid_row": (
            "Paket {file} memuat data yang tidak sah: tabel {table}, baris {uuid}, kolom "
            "{field}: {problem}. Paket ditolak seluruhnya; minta kantor memeriksa data itu "
            "dan mengekspor ulang. {_AGAIN}",
            "Package {file} holds invalid data: table {table}, row {uuid}, field {field}: "
            "{problem}. The whole package was refused; ask the office to check that data and "
            "export again. {_AGAIN_EN}",
        ),
        "personal_data": (
            "Paket {file} memuat data pribadi yang tidak pernah dikirim kantor: tabel {table}, "
            "baris {uuid}, kolom {field}. Paket ditolak dan datanya tidak disimpan; laporkan "
            "ke kantor tersebut. {_AGAIN}",
            "Package {file} holds personal data an office never sends: table {table}, row "
            "{uuid}, field {field}. The package was refused and the data not stored; report "
            "it to that office. {_AGAIN_EN}",
        ),
        "dangling_reference": (
            "Paket {file} memuat rujukan yang tidak ada: tabel {table}, baris {uuid}, kolom "
            "{field} menunjuk {target} {ref}, yang tidak ada di paket ini maupun di pusat. "
            "Paket ditolak; minta kantor mengekspor paket lengkap (--full). {_AGAIN}",
            "Package {file} holds a reference to nothing: table {table}, row {uuid}, field "
            "{field} points at {target} {ref}, which is neither in this package nor at the "
            "centre. Refused; ask the office for a full package (--full). {_AGAIN_EN}",
        ),
        "newer_format": (
            "Berkas {file} memakai format versi {version}, lebih baru dari yang dikenal aplikasi "
            "ini (versi {known}); perbarui aplikasi. {_AGAIN}",
            "File {file} uses format version {version}, newer than this app knows (version "
            "{known}); update the app. {_AGAIN_EN}",
        ),
        "unknown_office": (
            "Kantor {nama} belum terdaftar di pusat ini. Sidik jari kuncinya: {fingerprint}. "
            "Cocokkan dengan kantor tersebut (telepon atau surat), lalu impor ulang dengan "
            "--trust {fingerprint}, atau impor dulu berkas kunci kantor itu. {_AGAIN}",
            "Office {nama} is not registered at this centre. Its key fingerprint: "
            "{fingerprint}. Check it with the office (phone or letter), then import again with "
            "--trust {fingerprint}, or import the office's key file first. {_AGAIN_EN}",
        ),
        "revoked": (
            "Paket {file} ditolak: kunci ini telah dicabut pada {when} (kantor {nama}, sidik "
            "jari {fingerprint}). Kunci yang dicabut tidak berlaku lagi dengan uuid kantor mana "
            "pun; kantor yang sah membuat kunci baru (kinerja sync keys new) dan menyerahkan "
            "berkas kuncinya langsung ke pusat. {_AGAIN}",
            "Package {file} was refused: this key was revoked on {when} (office {nama}, "
            "fingerprint {fingerprint}). A revoked key stays revoked under any office uuid; "
            "the real office makes a new key (kinerja sync keys new) and hands its key file "
            "to the centre in person. {_AGAIN_EN}",
        ),
        "key_mismatch": (
            "Paket {file} ditandatangani dengan kunci {fingerprint}, bukan kunci terdaftar "
            "kantor {nama} ({registered}). Jika kantor memang mengganti kunci, impor berkas "
            "kunci barunya dulu. {_AGAIN}",
            "Package {file} is signed with key {fingerprint}, not the registered key of office "
            "{nama} ({registered}). If the office really changed its key, import its new key "
            "file first. {_AGAIN_EN}",
        ),
        "wrong_centre": (
            "Paket {file} dienkripsi untuk pusat lain (kunci {fingerprint}); tidak dapat dibuka "
            "di sini. {_AGAIN}",
            "Package {file} is encrypted for another centre (key {fingerprint}); it cannot be "
            "opened here. {_AGAIN_EN}",
        ),
        "not_central": (
            "Basis data ini adalah basis data kantor; paket kantor diimpor di basis data pusat "
            "(jadikan pusat dengan: kinerja sync role central). {_AGAIN}",
            "This is an office database; office packages are imported into a central database "
            "(make one with: kinerja sync role central). {_AGAIN_EN}",
        ),
        "pg_unreachable": (
            "Server PostgreSQL {url} tidak dapat dihubungi: {detail}. {_AGAIN}",
            "The PostgreSQL server {url} cannot be reached: {detail}. {_AGAIN_EN}",
        ),
        "xlsx_only": (
            "Rekap disimpan hanya ke berkas .xlsx (diminta: {name}). {_AGAIN}",
            "The overview is saved only to .xlsx files (asked for: {name}). {_AGAIN_EN}",
        ),
        "pg_lost": (
            "Hubungan ke server PostgreSQL terputus, atau server tidak dapat melanjutkan: "
            "{detail}. Pekerjaan yang sedang berjalan dibatalkan seluruhnya; periksa server lalu "
            "ulangi. {_AGAIN}",
            "The connection to the PostgreSQL server was lost, or the server cannot go on: "
            "{detail}. The work in progress was cancelled as a whole; check the server and try "
            "again. {_AGAIN_EN}",
        ),
        "pg_missing": (
            "Pusat di PostgreSQL memerlukan paket psycopg, yang tidak terpasang di sini (aplikasi "
            "kantor tidak membawanya; pasang: pip install 'kinerja-luring[central]'). {_AGAIN}",
            "A PostgreSQL centre needs the psycopg package, which is not installed here (the "
            "office app does not carry it; install: pip install 'kinerja-luring[central]'). "
            "{_AGAIN_EN}",
        ),
        "pg_not_central": (
            "Basis data {url} belum menjadi basis data pusat (buat dengan: kinerja --db {url} "
            "sync role central). {_AGAIN}",
            "Database {url} is not a central database yet (make one with: kinerja --db {url} "
            "sync role central). {_AGAIN_EN}",
        ),
        "pg_office_only": (
            "Perintah ini untuk basis data kantor (berkas SQLite); PostgreSQL hanya untuk pusat "
            "(sync import, offices, rekap, status, siasn, revoke, keys, role). {_AGAIN}",
            "This command is for an office database (a SQLite file); PostgreSQL is for the "
            "centre only (sync import, offices, rekap, status, siasn, revoke, keys, role). "
            "{_AGAIN_EN}",
        ),
        "own_package": (
            "Paket {file} berasal dari basis data ini sendiri. {_AGAIN}",
            "Package {file} comes from this very database. {_AGAIN_EN}",
        ),
        "already_applied": (
            "Paket urutan {sequence} dari {nama} sudah diimpor pada {when}. {_AGAIN}",
            "Package {sequence} of {nama} was already imported on {when}. {_AGAIN_EN}",
        ),
        "already_held": (
            "Paket urutan {sequence} dari {nama} sudah menunggu di antrean. {_AGAIN}",
            "Package {sequence} of {nama} is already waiting in the backlog. {_AGAIN_EN}",
        ),
        "superseded": (
            "Paket urutan {sequence} dari {nama} sudah tercakup oleh paket urutan {applied} "
            "yang lebih baru. {_AGAIN}",
            "Package {sequence} of {nama} is covered by the newer package {applied}. {_AGAIN_EN}",
        ),
        "sequence_reused": (
            "Urutan {sequence} dari {nama} sudah dipakai paket lain (diterima {when}). Basis "
            "data kantor itu mungkin dipulihkan dari cadangan atau disalin: impor tanda terima "
            "terakhir dari pusat di kantor, lalu ekspor lagi. {_AGAIN}",
            "Sequence {sequence} of {nama} was already used by another package (received "
            "{when}). The office database may have been restored from a backup or copied: "
            "import the centre's latest receipt at the office, then export again. {_AGAIN_EN}",
        ),
        # writing a package
        "no_folder": (
            "Folder tujuan {path} tidak ada atau bukan folder. {_AGAIN}",
            "The target folder {path} does not exist or is not a folder. {_AGAIN_EN}",
        ),
        "write_failed": (
            "Berkas tidak dapat ditulis ke {path}: {detail}. Periksa ruang kosong dan "
            "flashdisk, lalu ulangi. {_AGAIN}",
            "The file could not be written to {path}: {detail}. Check free space and the stick, "
            "then try again. {_AGAIN_EN}",
        ),
        "verify_failed": (
            "Paket yang baru ditulis ke {path} tidak lolos pemeriksaan ulang ({detail}); "
            "berkas dihapus. Coba flashdisk lain. {_AGAIN}",
            "The package just written to {path} failed its re-check ({detail}); the file was "
            "removed. Try another stick. {_AGAIN_EN}",
        ),
        "busy": (
            "Ekspor lain sedang berjalan pada basis data ini; coba lagi. {_AGAIN}",
            "Another export is running on this database; try again. {_AGAIN_EN}",
        ),
        # key files
        "key_file_bad": (
            "Berkas {file} bukan berkas kunci Kinerja Luring yang utuh. {_AGAIN}",
            "File {file} is not an intact Kinerja Luring key file. {_AGAIN_EN}",
        ),
        "key_role": (
            "Berkas {file} berisi kunci {found}; di sini diperlukan kunci {expected}. {_AGAIN}",
            "File {file} holds a {found} key; this needs a {expected} key. {_AGAIN_EN}",
        ),
        "key_own": (
            "Berkas {file} berisi kunci basis data ini sendiri. {_AGAIN}",
            "File {file} holds this database's own key. {_AGAIN_EN}",
        ),
        "key_known": (
            "Kunci {fingerprint} untuk {nama} sudah terdaftar. {_AGAIN}",
            "Key {fingerprint} of {nama} is already registered. {_AGAIN_EN}",
        ),
        "key_revoked": (
            "Kunci {fingerprint} untuk {nama} telah dicabut dan tidak dapat didaftarkan "
            "lagi. {_AGAIN}",
            "Key {fingerprint} of {nama} was revoked and cannot be registered again. {_AGAIN_EN}",
        ),
        "no_centre_keys": (
            "Basis data pusat ini belum punya kunci; buat dengan: kinerja sync role central. "
            "{_AGAIN}",
            "This central database has no keys yet; create them with: kinerja sync role "
            "central. {_AGAIN_EN}",
        ),
        # receipts
        "receipt_bad": (
            "Berkas {file} bukan tanda terima Kinerja Luring yang utuh. {_AGAIN}",
            "File {file} is not an intact Kinerja Luring receipt. {_AGAIN_EN}",
        ),
        "receipt_other_office": (
            "Tanda terima {file} ditujukan untuk kantor lain ({office}). {_AGAIN}",
            "Receipt {file} is meant for another office ({office}). {_AGAIN_EN}",
        ),
        "receipt_unknown_centre": (
            "Tanda terima {file} berasal dari pusat {nama} yang belum dikenal kantor ini "
            "(sidik jari {fingerprint}). Impor berkas kunci pusat, atau ulangi dengan --trust "
            "{fingerprint} setelah mencocokkannya dengan pusat. {_AGAIN}",
            "Receipt {file} comes from centre {nama}, unknown to this office (fingerprint "
            "{fingerprint}). Import the centre's key file, or repeat with --trust "
            "{fingerprint} after checking it with the centre. {_AGAIN_EN}",
        ),
        "receipt_other_centre": (
            "Tanda terima {file} ditandatangani pusat lain ({fingerprint}), bukan pusat "
            "kantor ini ({expected}). {_AGAIN}",
            "Receipt {file} is signed by another centre ({fingerprint}), not this office's "
            "centre ({expected}). {_AGAIN_EN}",
        ),
        "receipt_unknown_package": (
            "Tanda terima {file} menyebut paket urutan {sequence} yang tidak tercatat di log "
            "ekspor kantor ini. {_AGAIN}",
            "Receipt {file} names package {sequence}, which is not in this office's export "
            "log. {_AGAIN_EN}",
        ),
        "receipt_duplicate": (
            "Tanda terima paket urutan {sequence} sudah diimpor pada {when}. {_AGAIN}",
            "The receipt of package {sequence} was already imported on {when}. {_AGAIN_EN}",
        ),
        # the centre's registry and copies
        "office_not_found": (
            "Kantor {office} tidak terdaftar di pusat ini. {_AGAIN}",
            "Office {office} is not registered at this centre. {_AGAIN_EN}",
        ),
        "row_not_found": (
            "Data {table} {uuid} tidak ada di salinan pusat. {_AGAIN}",
            "Row {table} {uuid} is not in the centre's copy. {_AGAIN_EN}",
        ),
        "field_unknown": (
            "Kolom {field} tidak dikirim kantor untuk tabel {table}. {_AGAIN}",
            "Field {field} is not sent by offices for table {table}. {_AGAIN_EN}",
        ),
    }


def _with_note(catalog: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Spell out the closing "nothing was changed" every refusal ends with."""
    (mark_id, text_id), (mark_en, text_en) = _NOTE
    return {
        k: (i.replace(mark_id, text_id), e.replace(mark_en, text_en))
        for k, (i, e) in catalog.items()
    }


SyncError.catalog = _with_note(SyncError.catalog)


def server_error_for(exc: BaseException) -> SyncError | None:
    """What a person should read when a PostgreSQL centre's server went away mid-work or
    cannot go on (shut down, out of disk): the transaction is gone with it, so nothing was
    changed. None for anything else (a bug). psycopg is only looked at when already loaded."""
    psycopg = sys.modules.get("psycopg")
    if psycopg is None or not isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        return None
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return SyncError("pg_lost", detail=first)


def known_error(exc: BaseException) -> KinerjaError | None:
    """The error as a person can act on it, for the command line and the screens alike: a
    KinerjaError, a SQLite failure such as a full disk or a busy file, a PostgreSQL server
    gone; None for a bug (shown as one)."""
    if isinstance(exc, KinerjaError):
        return exc
    if isinstance(exc, sqlite3.Error):
        from desktop.store.db import store_error_for

        return store_error_for(exc)
    return server_error_for(exc)
