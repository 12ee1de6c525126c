"""The succession draft (Draf Rencana Suksesi) of key positions as a ``TalentDoc``: one
position gets its own titled document; several get a summary table and one table each.

Printed text is Indonesian whatever the app's language, as on every form; the draft line and
the legal sources come with the frame (``reports.talent_doc``).
"""

from __future__ import annotations

from datetime import date

from desktop.core.appraisal import Predikat
from desktop.core.talent.succession import Candidate, Kesiapan, Succession
from desktop.reports.talent_doc import TalentDoc, TalentTable, indonesian

SOURCES = (
    "PermenPANRB Nomor 3 Tahun 2020 tentang Manajemen Talenta Aparatur Sipil Negara",
    "Keputusan Kepala BKN Nomor 411 Tahun 2025 (manajemen talenta, sistem BKN)",
    "PP Nomor 11 Tahun 2017 jo. PP Nomor 17 Tahun 2020 (batas usia pensiun)",
)
NOTES = (
    "Calon diambil dari kelompok rencana suksesi (kotak 7–9 peta talenta yang memenuhi rekam "
    "jejak), satu tingkat di bawah jabatan (jabatan pengawas: dari pelaksana, eselon V dan "
    "fungsional ahli pertama/keterampilan); untuk JPT dari seluruh instansi, untuk "
    "administrator dan pengawas dari perangkat daerah jabatan itu.",
    "Urutan: kotak (9, 8, 7), predikat tahun terakhir, predikat tahun sebelumnya, JPM.",
    "Kesiapan: kotak 9 siap sekarang, kotak 8 dan 7 siap 1–2 tahun; setiap catatan (BUP dalam "
    "2 tahun, pendidikan atau golongan di bawah syarat, data belum tercatat) memundurkan satu "
    "tahap. Golongan minimal: satu tingkat di bawah pangkat terendah eselon jabatan.",
    "Draf ini bahan sidang Baperjakat / tim penilai kinerja; keputusan dan hasil resmi ada di "
    "sistem BKN.",
)
HEADERS = (
    "No", "Nama / NIP", "Jabatan / Unit kerja", "Gol.", "Pend.", "Kotak",
    "Predikat {y0} / {y1}", "JPM", "Kesiapan", "Catatan",
)  # fmt: skip
PRINT_LIMIT = 10  # candidates per position on paper; the Excel export lists them all
WIDTHS = (3, 17, 19, 4.5, 4.5, 4, 10, 4.5, 13, 20)
ALIGN = ("R", "L", "L", "C", "C", "C", "C", "R", "L", "L")
SUMMARY_HEADERS = (
    "No", "Jabatan kritikal", "Unit kerja", "Tingkat", "Pemangku", "TMT pensiun pemangku",
    "Calon", "Siap sekarang",
)  # fmt: skip
SUMMARY_WIDTHS = (3, 22, 18, 10, 20, 10, 5, 7)
SUMMARY_ALIGN = ("R", "L", "L", "L", "L", "C", "R", "R")


def _day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else "-"


def _predikat(value: Predikat | None) -> str:
    return value.label if value else "-"


def candidate_cells(n: int, c: Candidate) -> tuple[str, ...]:
    """One candidate as the table's cells (also the screen's export)."""
    p, t = c.person, c.talent
    return (
        str(n),
        f"{p.nama}\n{p.nip}",
        f"{p.jabatan}\n{p.unit_nama}".strip(),
        p.golongan or "-",
        p.pendidikan or "-",
        str(t.box),
        f"{_predikat(t.predikat[0])} / {_predikat(t.predikat[1])}",
        f"{t.jpm:.1f}".replace(".", ",") if t.jpm is not None else "-",
        f"{c.kesiapan.label}\n({c.alasan()})",
        "; ".join(w.text() for w in c.catatan) or "-",
    )


def holder_line(draft: Succession) -> str:
    """ "Pemangku: nama, NIP …, TMT pensiun …" (or that the post is vacant)."""
    holder = draft.position.holder
    if holder is None:
        return "Pemangku: — (lowong / dijabat pejabat di luar daftar pegawai)"
    return f"Pemangku: {holder.nama}, NIP {holder.nip}, TMT pensiun {_day(draft.holder_pensiun)}"


def _position_table(draft: Succession, year: int, heading: str, limit: int | None) -> TalentTable:
    headers = tuple(h.format(y0=year - 1, y1=year) for h in HEADERS)
    shown = draft.candidates[:limit] if limit else draft.candidates
    rows = tuple(candidate_cells(n, c) for n, c in enumerate(shown, start=1))
    if len(shown) < len(draft.candidates):
        heading += f" ({len(shown)} teratas dari {len(draft.candidates)} calon)"
    return TalentTable(
        heading=heading, headers=headers, rows=rows, widths=WIDTHS, align=ALIGN,
        empty="Belum ada calon dari kelompok rencana suksesi untuk jabatan ini.",
    )  # fmt: skip


def _summary(drafts: list[Succession]) -> TalentTable:
    rows = []
    for n, d in enumerate(drafts, start=1):
        p = d.position
        ready = sum(1 for c in d.candidates if c.kesiapan is Kesiapan.SEKARANG)
        level = p.tingkat.label + (f" ({p.eselon})" if p.eselon else "")
        rows.append((
            str(n), p.jabatan, p.unit_nama, level,
            p.holder.nama if p.holder else "—", _day(d.holder_pensiun),
            str(len(d.candidates)), str(ready),
        ))  # fmt: skip
    return TalentTable(
        heading="Ringkasan jabatan kritikal", headers=SUMMARY_HEADERS, rows=tuple(rows),
        widths=SUMMARY_WIDTHS, align=SUMMARY_ALIGN,
        empty="Belum ada jabatan kritikal: tandai unit kerjanya di Struktur Organisasi.",
    )  # fmt: skip


def succession_doc(
    drafts: list[Succession], year: int, unit_nama: str, on: date, limit: int | None = None
) -> TalentDoc:
    """The draft of one position, or of every position in ``drafts`` under ``unit_nama``;
    ``limit`` keeps the first candidates of each position (a printout for the committee), the
    heading then says how many there are in all."""
    with indonesian():
        basis = f"Peta talenta tahun {year} (predikat {year - 1}–{year}); draf per {_day(on)}"
        if len(drafts) == 1:
            d = drafts[0]
            p = d.position
            return TalentDoc(
                title=f"DRAF RENCANA SUKSESI — {p.jabatan.upper()}",
                subtitle=f"{p.unit_nama} · {p.tingkat.label} · {basis}",
                sources=SOURCES,
                tables=(_position_table(d, year, holder_line(d), limit),),
                notes=NOTES,
            )
        tables = [_summary(drafts)]
        for d in drafts:
            heading = f"{d.position.jabatan} — {holder_line(d)}"
            tables.append(_position_table(d, year, heading, limit))
        return TalentDoc(
            title="DRAF RENCANA SUKSESI JABATAN KRITIKAL",
            subtitle=f"{unit_nama} · {basis}" if unit_nama else basis,
            sources=SOURCES,
            tables=tuple(tables),
            notes=NOTES,
        )
