"""The competence-development ledger as a ``TalentDoc``: the per-unit summary, those below the
JP target and the suggested development needs; the spreadsheet also carries every person.

Printed text is Indonesian whatever the app's language, as on every form: ``jp_document``
loads the ledger under Indonesian. The draft line and the signature come with the frame.
"""

from __future__ import annotations

from dataclasses import replace

import sqlite_utils

from desktop.core.nip import format_nip
from desktop.core.talent.jp import SOURCES_JP, JpPerson, JpUnit
from desktop.reports.talent_doc import TalentDoc, TalentTable, indonesian
from desktop.store.talent_jp import JpLedger, jp_ledger

SUMMARY_HEADERS = (
    "No", "Unit kerja", "Pegawai", "Capai target", "Di bawah target", "% capai",
    "Jumlah JP", "Rata-rata JP",
)  # fmt: skip
SUMMARY_WIDTHS = (3, 36, 8, 8, 9, 7, 9, 9)
SUMMARY_ALIGN = ("R", "L", "R", "R", "R", "R", "R", "R")
PERSON_HEADERS = (
    "No", "Nama / NIP", "Jabatan", "Unit kerja", "Klasikal", "Nonklasikal", "Lainnya",
    "Jumlah JP", "Kurang JP",
)  # fmt: skip
PERSON_WIDTHS = (3, 20, 20, 20, 7, 8, 7, 7, 7)
PERSON_ALIGN = ("R", "L", "L", "L", "R", "R", "R", "R", "R")
NEED_HEADERS = ("No", "Nama / NIP", "Jabatan / Unit kerja", "Dasar", "Saran pengembangan")
NEED_WIDTHS = (3, 18, 22, 18, 39)


def _num(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _unit_row(n: str, u: JpUnit) -> tuple[str, ...]:
    return (n, u.unit_nama, str(u.staff), str(u.reached), str(u.below), _num(u.reached_share),
            str(u.total_jp), _num(u.average))  # fmt: skip


def _person_row(n: int, p: JpPerson) -> tuple[str, ...]:
    return (str(n), f"{p.nama}\nNIP. {format_nip(p.nip)}", p.jabatan, p.unit_nama,
            str(p.klasikal), str(p.nonklasikal), str(p.lainnya), str(p.total),
            str(p.short))  # fmt: skip


def _needs_table(ledger: JpLedger) -> TalentTable:
    rows = tuple(
        (str(i), f"{n.nama}\nNIP. {format_nip(n.nip)}", f"{n.jabatan}\n{n.unit_nama}", n.basis,
         "\n".join(f"• {s}" for s in n.suggestions))
        for i, n in enumerate(ledger.needs, 1)
    )  # fmt: skip
    return TalentTable(
        f"Kebutuhan pengembangan — saran ({len(ledger.needs)} orang)",
        NEED_HEADERS,
        rows,
        NEED_WIDTHS,
        ("R", "L", "L", "L", "L"),
        "Tidak ada pegawai dengan kinerja di bawah ekspektasi.",
    )


def build(ledger: JpLedger, *, full: bool = False) -> TalentDoc:
    """The document of a loaded ledger (``full``: add every person, for the spreadsheet)."""
    scope = ledger.unit_nama or "Seluruh unit"
    summary = tuple(_unit_row(str(i), u) for i, u in enumerate(ledger.units, 1))
    summary += (_unit_row("", replace(ledger.total, unit_nama="Jumlah")),)
    below = ledger.below
    tables = [
        TalentTable("Ringkasan per unit kerja", SUMMARY_HEADERS, summary, SUMMARY_WIDTHS,
                    SUMMARY_ALIGN, "Tidak ada pegawai dalam lingkup ini."),
        TalentTable(
            f"Pegawai di bawah target {ledger.target} JP ({len(below)} orang)", PERSON_HEADERS,
            tuple(_person_row(i, p) for i, p in enumerate(below, 1)), PERSON_WIDTHS,
            PERSON_ALIGN, f"Semua pegawai telah mencapai {ledger.target} JP.",
        ),
        _needs_table(ledger),
    ]  # fmt: skip
    if full:
        tables.append(TalentTable(
            "Rincian per pegawai", PERSON_HEADERS,
            tuple(_person_row(i, p) for i, p in enumerate(ledger.people, 1)), PERSON_WIDTHS,
            PERSON_ALIGN, "Tidak ada pegawai dalam lingkup ini.",
        ))  # fmt: skip
    return TalentDoc(
        title=f"REKAPITULASI PENGEMBANGAN KOMPETENSI TAHUN {ledger.tahun} — DRAF",
        subtitle=f"{scope} · target {ledger.target} JP per pegawai per tahun",
        sources=SOURCES_JP,
        tables=tuple(tables),
        notes=NOTES,
    )


NOTES = (
    "JP dihitung dari riwayat pengembangan kompetensi: pelatihan dihitung pada tahun tanggal "
    "selesainya (bila kosong, tahun tanggal mulai). Bentuk menurut jenis pelatihan "
    "(klasikal/nonklasikal); 'Lainnya' = jenis belum diisi, tetap dihitung dalam jumlah JP.",
    "Pegawai: PNS dan CPNS aktif. PPPK tidak termasuk (PP 49/2018 Pasal 39: paling lama 24 JP "
    "per tahun, bukan target minimal).",
    "Kebutuhan pengembangan adalah saran bagi BKPSDM dari evaluasi kinerja tahunan (bila belum "
    "ditetapkan, evaluasi periodik terakhir) yang di bawah ekspektasi: RHK dengan realisasi "
    "terendah, atau semua RHK bila realisasi tidak dapat dibandingkan. Bukan keputusan.",
)


def jp_document(
    db: sqlite_utils.Database, tahun: int, unit_id: int = 0, *, full: bool = False
) -> TalentDoc:
    """Load the ledger (in Indonesian) and build its document."""
    with indonesian():
        return build(jp_ledger(db, tahun, unit_id), full=full)
