"""Laporan Data Pribadi: everything the office's database holds about one employee, and every
audit entry touching them, as a printable PDF (the right of access, UU 27/2022 Pasal 30–32).

The report is a copy for the data subject, not a verified form: no verification code, but the
house layout (title, instansi line, page numbers "Halaman 2 dari 5", a running header on
continuation pages) and Indonesian wording whatever the app's language, as every printed form.
Who may ask for it is decided here, below the UI: the admin kepegawaian for anyone, an employee
for themself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlite_utils
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.core import audit_terms as terms
from desktop.core.audit_terms import CETAK
from desktop.core.errors import NotFound
from desktop.core.i18n import language, set_language
from desktop.core.nip import format_nip
from desktop.core.workflow import Role, role_label
from desktop.reports.grid import Cell, Grid
from desktop.reports.layout import (
    Line,
    TextBlock,
    content_width,
    header_cells,
    instansi_line,
    parse_paper,
    section_heading,
    title_block,
)
from desktop.reports.pages import Stamp, build_pdf
from desktop.store import audit_events, audit_query, person_data, session
from desktop.store.audit_query import AuditEntry
from desktop.store.person_data import Section
from desktop.store.units import get_office

LEGAL_BASIS = (
    "Laporan ini disusun untuk memenuhi hak akses Subjek Data Pribadi menurut Undang-Undang "
    "Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, Pasal 30 sampai dengan Pasal 32: "
    "Pengendali Data Pribadi wajib memperbaiki data yang tidak akurat, merekam seluruh kegiatan "
    "pemrosesan Data Pribadi, dan memberikan akses kepada Subjek Data Pribadi atas data yang "
    "diproses beserta rekam jejak pemrosesannya. Bagian A dan B memuat seluruh data yang "
    "tersimpan tentang pegawai ini di basis data kantor; bagian C memuat setiap catatan jejak "
    "audit yang menyangkut pegawai ini (perubahan, ekspor, cetak)."
)
PASSWORD_NOTE = (
    "Kata sandi akun disimpan hanya sebagai hash Argon2id dan tidak dicantumkan dalam laporan."
)
GAP = 4 * mm
SIZE = 7.5


class PersonalReportError(terms.PersonalDataError):
    catalog = {
        "refused": (
            "Peran {role} tidak boleh mencetak laporan data pribadi pegawai lain.",
            "The role {role} may not print the personal-data report of another employee.",
        ),
    }


@dataclass(frozen=True)
class PersonalDataReport:
    nip: str
    nama: str
    instansi: str
    printed_on: date
    sections: list[Section]
    entries: list[AuditEntry]
    paper: str = "a4"


def load(
    db: sqlite_utils.Database,
    nip: str,
    *,
    paper: str | None = None,
    today: date | None = None,
    acting: session.Session | None = None,
) -> PersonalDataReport:
    """What the report shows for ``nip``; refused (``PersonalReportError``) unless the session
    is the admin's, or the employee's own."""
    person = audit_query.person_by_nip(db, "".join(ch for ch in nip if ch.isdigit()))
    if person is None:
        raise NotFound("staff", nip=nip)
    acting = acting or session.current()
    if acting.role is not Role.ADMIN and acting.staff_id != person.id:
        raise PersonalReportError("refused", role=role_label(acting.role))
    office = get_office(db)
    return PersonalDataReport(
        nip=person.nip,
        nama=person.nama,
        instansi=office.instansi.strip() or office.nama_kantor.strip(),
        printed_on=today or date.today(),
        sections=person_data.held_about(db, person.id),
        entries=audit_query.for_person(db, person.id),
        paper=parse_paper(paper or office.kertas),
    )


def document_title(report: PersonalDataReport) -> str:
    return f"Laporan Data Pribadi - {report.nama} ({report.nip})"


def render(report: PersonalDataReport) -> tuple[bytes, int]:
    """The PDF and its page count; labels are Indonesian whatever the app's language."""
    previous = language()
    set_language("id")
    try:
        running = f"Laporan Data Pribadi · {report.nama} · NIP {format_nip(report.nip)}"
        pdf, pages = build_pdf(
            [(Stamp(running_title=running), story(report))],
            report.paper,
            title=document_title(report),
        )
    finally:
        set_language(previous)
    return pdf, pages[0] if pages else 1


def story(report: PersonalDataReport) -> list[Flowable]:
    width = content_width(report.paper)
    printed = f"Dicetak {report.printed_on:%d-%m-%Y}"
    out: list[Flowable] = [
        title_block(
            ["LAPORAN DATA PRIBADI PEGAWAI", f"{report.nama} — NIP {format_nip(report.nip)}"]
        ),
        instansi_line(report.instansi, printed),
        TextBlock([Line(LEGAL_BASIS, size=8, align="LEFT")], space_after=GAP),
    ]
    staff, *lists = report.sections
    out += [section_heading("A. DATA PEGAWAI"), _record_table(staff, width), Spacer(1, GAP)]
    out.append(section_heading("B. RIWAYAT, KINERJA DAN AKUN"))
    for n, section in enumerate(lists, 1):
        out += _list_part(n, section, width)
    out.append(TextBlock([Line(PASSWORD_NOTE, size=7.5, align="LEFT")], space_after=GAP))
    out.append(section_heading(f"C. JEJAK AUDIT ({len(report.entries)} catatan)"))
    out.append(_audit_table(report.entries, width))
    return out


def _record_table(section: Section, width: float) -> Flowable:
    """The staff record as label | value rows, two pairs a row to save paper."""
    grid = Grid([width * 0.17, width * 0.33, width * 0.17, width * 0.33], size=SIZE)
    row = section.rows[0] if section.rows else ()
    pairs = [
        (terms.field_label(col), terms.value_text(value, col))
        for col, value in zip(section.columns, row, strict=False)
    ]
    for i in range(0, len(pairs), 2):
        left, right = pairs[i], pairs[i + 1] if i + 1 < len(pairs) else ("", "")
        grid.row(Cell(left[0], bold=True), left[1], Cell(right[0], bold=True), right[1])
    return grid.table()


def _list_part(n: int, section: Section, width: float) -> list[Flowable]:
    title = f"{n}. {terms.table_label(section.code)}"
    if not section.rows:
        return [TextBlock([Line(f"{title}: tidak ada.", size=8, align="LEFT")], space_after=2)]
    widths = _widths(section, width)
    grid = Grid(widths, size=SIZE)
    grid.row(*header_cells([terms.field_label(c) for c in section.columns]))
    for row in section.rows:
        grid.row(*[terms.value_text(v, c) for c, v in zip(section.columns, row, strict=True)])
    heading = TextBlock([Line(title, bold=True, size=8, align="LEFT")], space_after=1)
    heading.keepWithNext = True
    return [heading, grid.table(header_rows=1), Spacer(1, 2 * mm)]


_WIDE = frozenset({"uraian", "iki", "isi", "catatan", "jabatan", "unit_nama", "nama_sekolah",
                   "nama", "penyelenggara", "alasan", "penilai_id", "penilai_nama"})  # fmt: skip


_MEDIUM = frozenset({"tmt", "tanggal_sk", "tanggal_mulai", "tanggal_selesai", "ditetapkan_pada",
                     "updated_at", "rating_hasil", "rating_perilaku", "predikat", "status",
                     "dibuat", "login_terakhir", "tanggal", "nomor_sk", "role"})  # fmt: skip


def _widths(section: Section, width: float) -> list[float]:
    """Text columns take three shares, dates and ratings 1.4 (a date never breaks), codes one."""
    shares = [3 if c in _WIDE else 1.4 if c in _MEDIUM else 1 for c in section.columns]
    unit = width / sum(shares)
    return [s * unit for s in shares]


_AUDIT_COLUMNS = ("Waktu", "Akun", "Sumber", "Jenis", "Tabel", "Perubahan (lama → baru)",
                  "Ringkasan")  # fmt: skip
_AUDIT_SHARES = (1.5, 1.3, 1.1, 1.1, 1.3, 4.2, 2.5)


def _audit_table(entries: list[AuditEntry], width: float) -> Flowable:
    unit = width / sum(_AUDIT_SHARES)
    grid = Grid([s * unit for s in _AUDIT_SHARES], size=7)
    grid.row(*header_cells(list(_AUDIT_COLUMNS)))
    if not entries:
        grid.row(Cell("Belum ada catatan jejak audit tentang pegawai ini.", span=7), *[None] * 6)
    for entry in entries:
        grid.row(
            terms.local_time_text(entry.at),
            entry.user,
            terms.source_label(entry.source),
            terms.kind_label(entry.action),
            terms.table_label(entry.table_name),
            change_lines(entry),
            entry.summary,
        )
    return grid.table(header_rows=1)


def change_lines(entry: AuditEntry) -> str:
    """``Rating hasil kerja: Sesuai Ekspektasi → Di Bawah Ekspektasi``, one line per field."""
    return "\n".join(terms.change_lines(entry.changes(), with_old=bool(entry.before)))


def write_report(
    db: sqlite_utils.Database, nip: str, out: Path, *, paper: str | None = None
) -> tuple[PersonalDataReport, int]:
    """Load, render and write the report to ``out`` (a temporary name, then renamed), and
    record the print in the audit trail; returns the report and its page count."""
    from desktop.reports.printing import save_pdf

    report = load(db, nip, paper=paper)
    pdf, pages = render(report)
    save_pdf(out, pdf)
    person = audit_query.person_by_nip(db, report.nip)
    uuid = person.uuid if person else None
    audit_events.record_event(
        db, CETAK, table="staff", row_uuid=uuid, staff_uuid=uuid,
        summary=f"laporan data pribadi ke {out.name}", details={"berkas": out.name},
    )  # fmt: skip
    return report, pages
