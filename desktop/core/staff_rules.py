"""Rules a staff record must satisfy before it is saved, shared by the detail dialog and the
spreadsheet import: errors block the save, warnings (NIP/NIK disagreement, ...) are shown."""

from __future__ import annotations

import re
from datetime import date

from desktop.core.errors import ValidationError
from desktop.core.i18n import pick
from desktop.core.models import JenisJabatan, Staff, StatusPegawai
from desktop.core.nip import NipInfo, NipKind, cross_check, parse_nik, parse_nip
from desktop.core.validation import Report

PNS_GOLONGAN = tuple(
    f"{roman}/{letter}"
    for roman, letters in (("I", "abcd"), ("II", "abcd"), ("III", "abcd"), ("IV", "abcde"))
    for letter in letters
)
PPPK_GOLONGAN = tuple(
    [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
        "XIII",
        "XIV",
        "XV",
        "XVI",
        "XVII",
    ]
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^(\+62|62|0)8\d{7,12}$")


def normalize_golongan(text: str) -> str:
    """``3b``, ``III-b``, ``iii / B`` → ``III/b``; PPPK ``ix`` → ``IX``; unknown → stripped."""
    raw = re.sub(r"\s+", "", text or "").replace("-", "/").replace(".", "/")
    arabic = {"1": "I", "2": "II", "3": "III", "4": "IV"}
    match = re.fullmatch(r"(IV|III|II|I|[1-4])/?([a-eA-E])", raw, flags=re.IGNORECASE)
    if match:
        roman = arabic.get(match[1], match[1].upper())
        return f"{roman}/{match[2].lower()}"
    return raw.upper()


def validate_staff(staff: Staff, *, today: date | None = None) -> Report:
    """Check one record; the report's messages are in the current language."""
    today = today or date.today()
    report = Report()
    if not staff.nama.strip():
        report.error("nama", "required", pick("Nama wajib diisi.", "Name is required."))
    nip = _check_nip(staff, report, today)
    _check_golongan(staff, report)
    _check_nik(staff, nip, report)
    _check_dates(staff, report, today)
    _check_contact(staff, report)
    _check_jabatan(staff, report)
    if not staff.aktif and staff.nonaktif_alasan is None:
        report.error(
            "nonaktif_alasan",
            "required",
            pick(
                "Pilih alasan nonaktif (mutasi, pensiun, ...).",
                "Choose why the record is inactive.",
            ),
        )
    return report


def _check_nip(staff: Staff, report: Report, today: date) -> NipInfo | None:
    try:
        info = parse_nip(staff.nip, today=today)
    except ValidationError as exc:
        report.error("nip", exc.code, exc.message())
        return None
    is_pppk = staff.status is StatusPegawai.PPPK
    if is_pppk and info.kind is not NipKind.PPPK:
        report.error(
            "nip",
            "kind",
            pick(
                "Status PPPK memerlukan NI PPPK (digit 13–14 = 21).",
                "PPPK status needs an NI PPPK (digits 13–14 = 21).",
            ),
        )
    elif not is_pppk and info.kind is NipKind.PPPK:
        report.error(
            "status",
            "kind",
            pick(
                "NIP ini adalah NI PPPK; ubah status pegawai menjadi PPPK.",
                "This number is an NI PPPK; set the status to PPPK.",
            ),
        )
    if staff.tanggal_lahir and staff.tanggal_lahir != info.birth_date:
        report.warn(
            "tanggal_lahir",
            "nip_mismatch",
            pick(
                f"Tanggal lahir berbeda dengan NIP ({info.birth_date:%d-%m-%Y}).",
                f"Birth date differs from the NIP ({info.birth_date:%d-%m-%Y}).",
            ),
        )
    if staff.jenis_kelamin and staff.jenis_kelamin != info.gender:
        report.warn(
            "jenis_kelamin",
            "nip_mismatch",
            pick(
                "Jenis kelamin berbeda dengan digit ke-15 NIP.",
                "Gender differs from digit 15 of the NIP.",
            ),
        )
    return info


def _check_golongan(staff: Staff, report: Report) -> None:
    if not staff.golongan:
        return
    allowed = PPPK_GOLONGAN if staff.status is StatusPegawai.PPPK else PNS_GOLONGAN
    if staff.golongan not in allowed:
        report.error(
            "golongan",
            "invalid",
            pick(
                f"Golongan {staff.golongan} tidak berlaku untuk {staff.status.value.upper()} "
                f"(contoh: {allowed[9]}).",
                f"Golongan {staff.golongan} is not valid for {staff.status.value.upper()} "
                f"(e.g. {allowed[9]}).",
            ),
        )


def _check_nik(staff: Staff, nip: NipInfo | None, report: Report) -> None:
    if not staff.nik:
        return
    try:
        nik = parse_nik(staff.nik)
    except ValidationError as exc:
        report.error("nik", exc.code, exc.message())
        return
    if nip is not None:
        for warning in cross_check(nip, nik):
            report.warn("nik", warning.code, warning.message())


def _check_dates(staff: Staff, report: Report, today: date) -> None:
    if staff.tanggal_lahir and staff.tanggal_lahir > today:
        report.error(
            "tanggal_lahir",
            "future",
            pick("Tanggal lahir tidak boleh di masa depan.", "Birth date cannot be in the future."),
        )
    if staff.tmt_cpns and staff.tmt_pns and staff.tmt_pns < staff.tmt_cpns:
        report.error(
            "tmt_pns",
            "order",
            pick("TMT PNS tidak boleh sebelum TMT CPNS.", "TMT PNS cannot precede TMT CPNS."),
        )
    if staff.tahun_lulus and not 1950 <= staff.tahun_lulus <= today.year:
        report.error(
            "tahun_lulus",
            "invalid",
            pick(
                f"Tahun lulus {staff.tahun_lulus} tidak masuk akal.",
                f"Graduation year {staff.tahun_lulus} is not plausible.",
            ),
        )


def _check_contact(staff: Staff, report: Report) -> None:
    if staff.email and not _EMAIL.match(staff.email):
        report.error(
            "email",
            "invalid",
            pick("Alamat email tidak valid.", "The e-mail address is not valid."),
        )
    phone = re.sub(r"[\s\-.()]", "", staff.no_hp)
    if phone and not _PHONE.match(phone):
        report.warn(
            "no_hp",
            "invalid",
            pick(
                "Nomor HP tidak seperti nomor seluler Indonesia (08…/+628…).",
                "The phone number does not look like an Indonesian mobile number.",
            ),
        )


def _check_jabatan(staff: Staff, report: Report) -> None:
    if staff.jenjang and staff.jenis_jabatan not in (None, JenisJabatan.FUNGSIONAL):
        report.error(
            "jenjang",
            "not_fungsional",
            pick(
                "Jenjang hanya untuk jabatan fungsional.", "A jenjang applies only to fungsional."
            ),
        )
    if staff.atasan_id is not None and staff.atasan_id == staff.id:
        report.error(
            "atasan_id",
            "self",
            pick(
                "Pegawai tidak dapat menjadi atasannya sendiri.",
                "An employee cannot be their own superior.",
            ),
        )
