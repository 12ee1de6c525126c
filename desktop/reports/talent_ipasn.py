"""The IP ASN pre-check as a ``TalentDoc``: the average per dimension and the spread over
bands per unit, every person's scores with what would raise them, and the rubric used; the
spreadsheet also carries each dimension's evidence. Printed text is Indonesian."""

from __future__ import annotations

import sqlite_utils

from desktop.core.nip import format_nip
from desktop.core.talent.ipasn import SOURCES_IPASN, Band, Dimensi
from desktop.core.talent.ipasn_score import IpAsnResult, IpAsnSummary, fmt
from desktop.reports.talent_doc import TalentDoc, TalentTable, indonesian
from desktop.store.talent_ipasn import IpAsnReport, ipasn_report

ADVICE_SHOWN = 3
SUMMARY_HEADERS = (
    "No", "Unit kerja", "Pegawai", "Kualifikasi", "Kompetensi", "Kinerja", "Disiplin",
    "IP ASN", "Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah",
)  # fmt: skip
SUMMARY_WIDTHS = (3, 26, 6, 7, 7, 6, 6, 6, 6, 5, 5, 5, 6)
SUMMARY_ALIGN = ("R", "L", *("R",) * 11)
PERSON_HEADERS = (
    "No", "Nama / NIP", "Jabatan / Unit kerja", "Kual.", "Komp.", "Kin.", "Disp.", "Total",
    "Kategori", "Yang dapat menaikkan",
)  # fmt: skip
PERSON_WIDTHS = (3, 17, 20, 4.5, 4.5, 4.5, 4.5, 5, 7, 30)
PERSON_ALIGN = ("R", "L", "L", "R", "R", "R", "R", "R", "L", "L")
EVIDENCE_HEADERS = ("No", "Nama", "NIP", "Kualifikasi", "Kompetensi", "Kinerja", "Disiplin")
EVIDENCE_WIDTHS = (3, 16, 12, 10, 30, 14, 15)


def _summary_row(n: str, name: str, s: IpAsnSummary) -> tuple[str, ...]:
    dims = tuple(fmt(round(s.dim_average[d], 1)) for d in Dimensi)
    bands = tuple(str(s.bands[b]) for b in Band)
    return (n, name, str(s.count), *dims, fmt(round(s.average, 1)), *bands)


def _person_row(n: int, r: IpAsnResult) -> tuple[str, ...]:
    scores = tuple(fmt(r.score(d).nilai) for d in Dimensi)
    advice = "\n".join(f"• {a}" for a in r.advice[:ADVICE_SHOWN]) or "-"
    return (str(n), f"{r.nama}\nNIP. {format_nip(r.nip)}", f"{r.jabatan}\n{r.unit_nama}",
            *scores, fmt(r.total), r.band.label, advice)  # fmt: skip


def build(report: IpAsnReport, *, full: bool = False) -> TalentDoc:
    """The document of a loaded pre-check (``full``: add the evidence, for the spreadsheet)."""
    scope = report.unit_nama or "Seluruh unit"
    summary = tuple(
        _summary_row(str(i), u.unit_nama, u.summary) for i, u in enumerate(report.units, 1)
    )
    summary += (_summary_row("", "Rata-rata " + scope, report.summary),)
    tables = [
        TalentTable("Rata-rata per dimensi dan sebaran kategori", SUMMARY_HEADERS, summary,
                    SUMMARY_WIDTHS, SUMMARY_ALIGN, "Tidak ada pegawai dalam lingkup ini."),
        TalentTable(f"Nilai per pegawai ({len(report.results)} orang)", PERSON_HEADERS,
                    tuple(_person_row(i, r) for i, r in enumerate(report.results, 1)),
                    PERSON_WIDTHS, PERSON_ALIGN, "Tidak ada pegawai dalam lingkup ini."),
    ]  # fmt: skip
    if full:
        tables.append(TalentTable(
            "Bukti per pegawai", EVIDENCE_HEADERS,
            tuple((str(i), r.nama, format_nip(r.nip), *(r.score(d).bukti for d in Dimensi))
                  for i, r in enumerate(report.results, 1)),
            EVIDENCE_WIDTHS,
        ))  # fmt: skip
    tables.append(TalentTable(
        f"Rubrik penilaian (versi {report.rubric.versi})", ("Dimensi", "Kode", "Uraian", "Nilai"),
        tuple((r.dimensi.label, r.kode, r.uraian, fmt(r.nilai)) for r in report.rubric.rows),
        (10, 14, 66, 6), ("L", "L", "L", "R"),
    ))  # fmt: skip
    return TalentDoc(
        title=f"PRA-PENGUKURAN INDEKS PROFESIONALITAS ASN TAHUN {report.tahun} — DRAF",
        subtitle=f"{scope} · rubrik versi {report.rubric.versi}",
        sources=SOURCES_IPASN,
        tables=tuple(tables),
        notes=NOTES,
    )


NOTES = (
    "Bobot: kualifikasi 25, kompetensi 40, kinerja 30, disiplin 5. Kategori: 91–100 sangat "
    "tinggi, 81–90 tinggi, 71–80 sedang, 61–70 rendah, 60 ke bawah sangat rendah.",
    "Kompetensi: diklat kepemimpinan/fungsional dihitung bila pernah diikuti; pelatihan teknis "
    "(paling sedikit 20 JP) dan seminar/sejenis dalam 2 tahun terakhir. Kinerja: predikat "
    "tahunan tahun ini (bila belum ditetapkan, tahun sebelumnya). Disiplin: hukuman disiplin "
    "yang dijatuhkan atau berlaku pada tahun ini.",
    "Pegawai: PNS dan CPNS aktif. Ini pra-pengukuran dari data kantor; hasil resmi IP ASN "
    "diukur di sistem BKN.",
)


def ipasn_document(
    db: sqlite_utils.Database, tahun: int, unit_id: int = 0, *, full: bool = False
) -> TalentDoc:
    """Load the pre-check (in Indonesian) and build its document."""
    with indonesian():
        return build(ipasn_report(db, tahun, unit_id), full=full)
