"""Words for the audit trail and personal data (UU 27/2022): kinds of entry, sources, tables,
field names and the fields that count as personal data.

The audit log stores codes (``update``, ``gui``, ``rating_hasil``); the "Jejak Audit" screen,
its spreadsheet and the "Laporan Data Pribadi" show them in words through these tables, in the
current language (``i18n.pick``). An unknown code is shown as it is, never hidden.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from desktop.core import access, workflow
from desktop.core.dates import format_date_short
from desktop.core.errors import ValidationError
from desktop.core.i18n import language, pick
from desktop.core.nip import format_nip
from desktop.core.workflow import Role

# Staff fields that are personal data beyond what forms print (one list, in ``core.access``):
# left out of staff exports unless the role may see them and the operator asks for them.

# Entries written by the app outside data changes (issue 10: exports, prints, backups, restores).
EKSPOR, CETAK, CADANGAN, PULIH = "ekspor", "cetak", "cadangan", "pulih"

_KINDS: dict[str, tuple[str, str]] = {
    "insert": ("Tambah", "Add"),
    "update": ("Ubah", "Change"),
    "delete": ("Hapus", "Delete"),
    "import": ("Impor", "Import"),
    "demo": ("Data contoh", "Demo data"),
    EKSPOR: ("Ekspor", "Export"),
    CETAK: ("Cetak", "Print"),
    CADANGAN: ("Cadangan", "Backup"),
    PULIH: ("Pemulihan", "Restore"),
    "login": ("Masuk", "Sign-in"),
    "login_gagal": ("Gagal masuk", "Failed sign-in"),
    "logout": ("Keluar", "Sign-out"),
    "akun_baru": ("Akun baru", "New account"),
    "reset_sandi": ("Atur ulang sandi", "Password reset"),
    "ganti_sandi": ("Ganti sandi", "Password change"),
    "akun_nonaktif": ("Akun dinonaktifkan", "Account deactivated"),
    "ajukan": ("Ajukan", "Submit"),
    "setujui": ("Setujui", "Approve"),
    "kembalikan": ("Kembalikan", "Return"),
    "revisi": ("Revisi", "Revise"),
    "nilai": ("Nilai", "Rate"),
    "tetapkan": ("Tetapkan", "Set"),
    "buka_kembali": ("Buka kembali", "Reopen"),
}

_SOURCES: dict[str, tuple[str, str]] = {
    "gui": ("Aplikasi", "App"),
    "cli": ("Baris perintah", "Command line"),
    "import": ("Impor", "Import"),
    "sync": ("Sinkronisasi", "Sync"),
    "system": ("Sistem", "System"),
}

_TABLES: dict[str, tuple[str, str]] = {
    "staff": ("Pegawai", "Staff"),
    "skp": ("SKP", "SKP"),
    "evaluasi": ("Evaluasi", "Evaluation"),
    "unit": ("Unit kerja", "Unit"),
    "office": ("Kantor", "Office"),
    "akun": ("Akun", "Account"),
    "riwayat_jabatan": ("Riwayat jabatan", "Position history"),
    "riwayat_golongan": ("Riwayat golongan", "Rank history"),
    "riwayat_pendidikan": ("Riwayat pendidikan", "Education history"),
    "riwayat_diklat": ("Riwayat diklat", "Training history"),
    "riwayat_penghargaan": ("Riwayat penghargaan", "Awards history"),
    "riwayat_hukuman": ("Riwayat hukuman disiplin", "Disciplinary sanctions"),
    "asesmen": ("Hasil asesmen", "Assessment results"),
    "riwayat_pak": ("Penetapan angka kredit (PAK)", "Credit-point assessments (PAK)"),
    "penilaian_pp46": ("Penilaian PP 46/2011", "PP 46/2011 appraisal"),
    "umpan_balik_masyarakat": ("Umpan balik masyarakat", "Public feedback"),
    "capaian_organisasi": ("Capaian organisasi", "Organisation result"),
    "pejabat_luar": ("Pejabat luar", "Outside official"),
    "print_log": ("Cetakan", "Print"),
    "backup": ("Cadangan", "Backup"),
    "skm_survei": ("Survei SKM", "SKM survey"),
    "rhk": ("Rencana hasil kerja dan indikator", "Work plans and indicators"),
    "iki": ("Indikator kinerja", "Performance indicator"),
    "realisasi": ("Realisasi", "Realisation"),
    "skp_ekspektasi": ("Ekspektasi pimpinan", "Head's expectations"),
    "evaluasi_perilaku": ("Umpan balik perilaku", "Behaviour feedback"),
}

_FIELDS: dict[str, tuple[str, str]] = {
    "nip": ("NIP", "NIP"),
    "nip_lama": ("NIP lama", "Old NIP"),
    "nama": ("Nama", "Name"),
    "gelar_depan": ("Gelar depan", "Title before"),
    "gelar_belakang": ("Gelar belakang", "Title after"),
    "tempat_lahir": ("Tempat lahir", "Place of birth"),
    "tanggal_lahir": ("Tanggal lahir", "Date of birth"),
    "jenis_kelamin": ("Jenis kelamin", "Sex"),
    "agama_id": ("Agama", "Religion"),
    "status": ("Status", "Status"),
    "golongan": ("Golongan", "Rank"),
    "tmt_golongan": ("TMT golongan", "Rank since"),
    "tmt_cpns": ("TMT CPNS", "CPNS since"),
    "tmt_pns": ("TMT PNS", "PNS since"),
    "jabatan": ("Jabatan", "Position"),
    "jenis_jabatan": ("Jenis jabatan", "Position type"),
    "jenjang": ("Jenjang", "Level"),
    "eselon_id": ("Eselon", "Echelon"),
    "unit_id": ("Unit kerja", "Unit"),
    "atasan_id": ("Atasan langsung", "Superior"),
    "tmt_jabatan": ("TMT jabatan", "Position since"),
    "pendidikan": ("Pendidikan terakhir", "Education"),
    "tahun_lulus": ("Tahun lulus", "Graduation year"),
    "nik": ("NIK", "NIK (national ID)"),
    "email": ("Email", "Email"),
    "no_hp": ("No HP", "Phone"),
    "alamat": ("Alamat", "Address"),
    "status_perkawinan_id": ("Status perkawinan", "Marital status"),
    "kedudukan_hukum": ("Kedudukan hukum", "Legal standing"),
    "siasn_id": ("ID SIASN", "SIASN id"),
    "jenis_pegawai": ("Jenis pegawai", "Employee type"),
    "aktif": ("Aktif", "Active"),
    "nonaktif_alasan": ("Alasan nonaktif", "Reason inactive"),
    "nonaktif_tanggal": ("Tanggal nonaktif", "Date inactive"),
    "rating_hasil": ("Rating hasil kerja", "Work result rating"),
    "rating_perilaku": ("Rating perilaku kerja", "Work behaviour rating"),
    "predikat": ("Predikat", "Predicate"),
    "catatan": ("Catatan", "Note"),
    "alasan": ("Alasan", "Reason"),
    "periode": ("Periode", "Period"),
    "tahun": ("Tahun", "Year"),
    "pendekatan": ("Pendekatan", "Approach"),
    "penilai_id": ("Pejabat penilai", "Appraiser"),
    "penilai_nama": ("Nama pejabat penilai", "Appraiser name"),
    "ditetapkan_pada": ("Ditetapkan pada", "Set on"),
    "role": ("Peran", "Role"),
    "username": ("Nama pengguna", "User name"),
    "berkas": ("Berkas", "File"),
    "kode": ("Kode", "Code"),
    "jumlah": ("Jumlah", "Count"),
    "data_pribadi": ("Data pribadi", "Personal data"),
    "unit_nama": ("Unit kerja", "Unit"),
    "tmt": ("TMT", "Since"),
    "nomor_sk": ("Nomor SK", "Decree no."),
    "tanggal_sk": ("Tanggal SK", "Decree date"),
    "nama_sekolah": ("Sekolah/perguruan tinggi", "School/university"),
    "jurusan": ("Jurusan", "Major"),
    "penyelenggara": ("Penyelenggara", "Organiser"),
    "tanggal_mulai": ("Mulai", "From"),
    "tanggal_selesai": ("Selesai", "To"),
    "jp": ("JP", "Hours"),
    "pemberi": ("Pemberi", "Given by"),
    "uraian": ("Uraian", "Description"),
    "iki": ("Indikator (aspek: indikator — target)", "Indicators (aspect: indicator — target)"),
    "sumber": ("Sumber", "Source"),
    "isi": ("Isi", "Content"),
    "sentimen": ("Sentimen", "Sentiment"),
    "tanggal": ("Tanggal", "Date"),
    "nilai_skp": ("Nilai SKP", "SKP score"),
    "nilai_perilaku": ("Nilai perilaku", "Behaviour score"),
    "nilai_prestasi": ("Nilai prestasi", "Performance score"),
    "sebutan": ("Sebutan", "Grade"),
    "dibuat": ("Dibuat", "Created"),
    "login_terakhir": ("Masuk terakhir", "Last sign-in"),
    "kritikal": ("Jabatan kritikal", "Key position"),
    "updated_at": ("Terakhir diubah", "Last changed"),
    "jenis": ("Jenis", "Kind"),
    "kontrak_selesai": ("Akhir kontrak", "Contract ends"),
    "nomor_sertifikat": ("Nomor sertifikat", "Certificate no."),
    "kategori": ("Kategori", "Category"),
    "tingkat": ("Tingkat", "Level"),
    "selesai": ("Selesai", "Ends"),
    "keterangan": ("Keterangan", "Note"),
    "jpm": ("JPM (%)", "JPM (%)"),
    "lembaga": ("Lembaga", "Institution"),
    "metode": ("Metode", "Method"),
    "ak_kumulatif": ("AK kumulatif", "Cumulative AK"),
}

_VALUES: dict[str, tuple[str, str]] = {
    "di_atas": ("Di Atas Ekspektasi", "Above expectations"),
    "sesuai": ("Sesuai Ekspektasi", "As expected"),
    "di_bawah": ("Di Bawah Ekspektasi", "Below expectations"),
    "sangat_baik": ("Sangat Baik", "Very good"),
    "baik": ("Baik", "Good"),
    "butuh_perbaikan": ("Butuh Perbaikan", "Needs improvement"),
    "kurang": ("Kurang/Misconduct", "Poor/Misconduct"),
    "sangat_kurang": ("Sangat Kurang", "Very poor"),
    "draft": ("Draf", "Draft"),
    "diajukan": ("Diajukan", "Submitted"),
    "disetujui": ("Disetujui", "Approved"),
    "dikembalikan": ("Dikembalikan", "Returned"),
    "dinilai": ("Dinilai", "Rated"),
    "ditetapkan": ("Ditetapkan", "Set"),
    "kuantitatif": ("Kuantitatif", "Quantitative"),
    "kualitatif": ("Kualitatif", "Qualitative"),
    "utama": ("Utama", "Main"),
    "tambahan": ("Tambahan", "Additional"),
    "disiplin": ("Hukuman disiplin", "Disciplinary sanction"),
    "kode_etik": ("Pelanggaran kode etik", "Code-of-ethics breach"),
    "ringan": ("Ringan", "Minor"),
    "sedang": ("Sedang", "Moderate"),
    "berat": ("Berat", "Severe"),
}

_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")


class PersonalDataError(ValidationError):
    """Personal data asked for by a role that may not see it; nothing was written."""

    catalog = {
        "role": (
            "Peran {role} tidak boleh mengekspor data pribadi (NIK, alamat, telepon, email). "
            "Ekspor tanpa data pribadi, atau minta admin kepegawaian.",
            "The role {role} may not export personal data (NIK, address, phone, email). "
            "Export without personal data, or ask the staff administrator.",
        ),
        "audit": (
            "Peran {role} tidak boleh membuka jejak audit atau laporan data pribadi.",
            "The role {role} may not open the audit trail or the personal-data report.",
        ),
    }


def _word(table: dict[str, tuple[str, str]], code: str | None) -> str:
    if code is None or code == "":
        return ""
    texts = table.get(str(code))
    if texts is None:
        return str(code)
    return texts[1] if language() == "en" else texts[0]


def kind_label(code: str | None) -> str:
    return _word(_KINDS, code)


def source_label(code: str | None) -> str:
    return _word(_SOURCES, code)


def table_label(code: str | None) -> str:
    return _word(_TABLES, code)


def field_label(code: str | None) -> str:
    return _word(_FIELDS, code)


def role_label(code: str | None) -> str:
    try:
        return workflow.role_label(str(code))
    except KeyError:
        return str(code or "")


def value_text(value: Any, field: str = "") -> str:
    """A stored value as a person reads it: codes of ratings in words, dates as dd-mm-yyyy,
    times in local time, a NIP grouped, empty as "–"."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool) or (field == "aktif" and value in (0, 1)):
        return pick("Ya", "Yes") if value else pick("Tidak", "No")
    if field == "role":
        return role_label(value)
    if not isinstance(value, str):
        return str(value)
    if value in _VALUES:
        return _word(_VALUES, value)
    if field in ("nip", "nip_lama") and len(value) == 18 and value.isdigit():
        return format_nip(value)
    if _TIMESTAMP.match(value):
        return local_time_text(value)
    if _DATE.fullmatch(value):
        return format_date_short(date.fromisoformat(value))
    return value


def local_time_text(utc_text: str) -> str:
    """``2026-12-05T02:46:00.000Z`` as ``05-12-2026 09.46`` (``09:46`` in English) in this
    computer's time zone."""
    when = datetime.fromisoformat(utc_text.replace("Z", "+00:00")).astimezone()
    clock = f"{when:%H:%M}" if language() == "en" else f"{when:%H.%M}"
    return f"{format_date_short(when.date())} {clock}"


def known_kinds() -> list[str]:
    """The kinds offered in the screen's "Jenis" filter, in a stable order."""
    return list(_KINDS)


def may_see_personal(role: Role | str) -> bool:
    """May this role see and export NIK, address, phone and email? (``core.access``)"""
    return access.allows(role, access.Perm.VIEW_PERSONAL)


def may_read_audit(role: Role | str) -> bool:
    """The audit trail and the personal-data report: who the access table lets
    (``Perm.VIEW_AUDIT``: admin and pimpinan, issue 10)."""
    return access.allows(role, access.Perm.VIEW_AUDIT)


def change_lines(changes: list[tuple[str, Any, Any]], *, with_old: bool = True) -> list[str]:
    """``Rating hasil kerja: Sesuai Ekspektasi → Di Bawah Ekspektasi``, one per field; an entry
    without "before" values (a new row, an export) shows only the value."""
    lines = []
    for key, old, new in changes:
        label = field_label(key)
        if with_old:
            lines.append(f"{label}: {value_text(old, key)} → {value_text(new, key)}")
        else:
            lines.append(f"{label}: {value_text(new, key)}")
    return lines
