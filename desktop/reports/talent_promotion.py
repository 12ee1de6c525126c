"""Printouts of the promotion slice as ``TalentDoc``: the daftar nominatif calon kenaikan
pangkat of a period, the kenaikan jenjang list, PPPK contracts ending, and the low-performance
list. Printed text is Indonesian whatever the app's language, as on every form, so the rows
are built here under Indonesian."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from desktop.core.appraisal import Predikat
from desktop.core.dates import MONTHS_ID, format_date_id, format_date_short
from desktop.core.nip import format_nip
from desktop.core.talent.low_performance import period_label
from desktop.core.talent.promotion import Kategori, masa_text, period_day
from desktop.core.talent.promotion_ak import JENJANG_NAMA
from desktop.reports.talent_doc import TalentDoc, TalentTable, indonesian
from desktop.store.talent_performance import low_performers
from desktop.store.talent_promotion import (
    Person,
    PromotionRow,
    candidates,
    jenjang_candidates,
    pppk_contracts,
)
from desktop.store.units import get_unit

PANGKAT_SOURCES = (
    "Peraturan BKN Nomor 4 Tahun 2025 (kenaikan pangkat, dua belas periode setahun)",
    "PP 99/2000 jo. PP 12/2002 Pasal 18 (pangkat tertinggi menurut pendidikan)",
    "PermenPANRB Nomor 1 Tahun 2023 dan Peraturan BKN Nomor 3 Tahun 2023 (angka kredit)",
    "PP 94/2021 (hukuman disiplin)",
    "PermenPANRB Nomor 6 Tahun 2022 (predikat kinerja)",
)
JENJANG_SOURCES = PANGKAT_SOURCES[2:]
PPPK_SOURCES = (
    "PP 49/2018 tentang Manajemen PPPK (perpanjangan perjanjian kerja berdasarkan kinerja)",
    "PermenPANRB Nomor 6 Tahun 2022 (predikat kinerja)",
)
LOW_SOURCES = (
    "PP 30/2019 tentang Penilaian Kinerja PNS (pembinaan kinerja)",
    "PermenPANRB Nomor 6 Tahun 2022 (pengelolaan kinerja pegawai ASN)",
)
DRAFT_NOTE = "Draf bahan sidang; hasil resmi di sistem BKN."


def month_label(month: date) -> str:
    """``1 April 2026``: the period is the 1st of its month."""
    return format_date_id(period_day(month))


def _scope(db: sqlite_utils.Database, unit_id: int) -> str:
    return get_unit(db, unit_id).nama if unit_id else ""


def _subtitle(text: str, scope: str) -> str:
    return f"{text} — {scope}" if scope else text


def _pred(value: str | None) -> str:
    return Predikat(value).label if value else "—"


def _who(p: Person) -> tuple[str, str]:
    return format_nip(p.nip), p.nama


def _jabatan(p: Person) -> str:
    return f"{p.jabatan}\n{p.unit_nama}".strip()


def _ak(row: PromotionRow) -> str:
    v = row.verdict
    if v.ak is None:
        return "—" if v.ak_needed is None else f"? / {v.ak_needed:.2f}".replace(".", ",")
    needed = f" / {v.ak_needed:.2f}" if v.ak_needed is not None else ""
    return f"{v.ak:.2f}{needed}".replace(".", ",")


def _pangkat_rows(rows: list[PromotionRow], belum: bool) -> tuple[tuple[str, ...], ...]:
    out = []
    for n, row in enumerate(rows, 1):
        p, v = row.person, row.verdict
        cells = [
            str(n), *_who(p), _jabatan(p), f"{p.golongan} → {v.next_golongan or '—'}",
            masa_text(v.months) if v.months is not None else "—",
            _pred(p.predikat[0]), _pred(p.predikat[1]), _ak(row),
        ]  # fmt: skip
        if belum:
            cells.append("; ".join(v.reasons))
        elif v.notes:
            cells.append("; ".join(v.notes))
        else:
            cells.append("")
        out.append(tuple(cells))
    return tuple(out)


def pangkat_doc(
    db: sqlite_utils.Database, month: date, unit_id: int = 0, *, include_belum: bool = True
) -> TalentDoc:
    """DAFTAR NOMINATIF CALON KENAIKAN PANGKAT of the period: reguler then fungsional, those
    who meet every condition first, then (``include_belum``) the others with their reasons."""
    with indonesian():
        rows = candidates(db, month, unit_id)
        y = period_day(month).year
        headers = ("No", "NIP", "Nama", "Jabatan / Unit", "Gol. → baru", "Masa kerja gol.",
                   f"Predikat {y - 2}", f"Predikat {y - 1}", "AK / syarat")  # fmt: skip
        widths = (3, 15.5, 15, 19, 7, 8, 9, 9, 8)
        tables = []
        for kategori, letter in ((Kategori.REGULER, "A"), (Kategori.FUNGSIONAL, "B")):
            mine = [r for r in rows if r.verdict.kategori is kategori]
            ok = [r for r in mine if r.verdict.eligible]
            tables.append(TalentTable(
                f"{letter}.1 Kenaikan pangkat {kategori.label.lower()} — memenuhi syarat",
                (*headers, "Catatan"), _pangkat_rows(ok, False), (*widths, 14),
                align=("R",), empty="Tidak ada yang memenuhi syarat pada periode ini.",
            ))  # fmt: skip
            if include_belum:
                tables.append(TalentTable(
                    f"{letter}.2 Kenaikan pangkat {kategori.label.lower()} — belum memenuhi syarat",
                    (*headers, "Syarat yang belum terpenuhi"),
                    _pangkat_rows([r for r in mine if not r.verdict.eligible], True),
                    (*widths, 24), align=("R",), empty="Tidak ada.",
                ))  # fmt: skip
        cpns = sum(1 for r in rows if r.verdict.kategori is Kategori.CPNS)
        notes = (
            DRAFT_NOTE,
            "Setiap syarat dibaca pada tanggal 1 bulan periode; predikat = predikat kinerja "
            f"tahunan yang ditetapkan tahun {y - 2} dan {y - 1} (minimal Baik).",
            "Hukuman disiplin menghalangi selama dijalani; tingkat sedang/berat tanpa tanggal "
            "selesai dianggap berlaku 12 bulan sejak TMT.",
            "Angka kredit jabatan fungsional = kumulatif dalam jenjang (PAK terakhir ditambah "
            "konversi predikat tahunan sesudahnya).",
            "Pejabat pimpinan (JPT, administrator, pengawas) dinilai dengan syarat reguler; "
            "kenaikan pangkat pilihan menurut eselon diperiksa terpisah.",
            f"CPNS ({cpns} orang) dan PPPK tidak dicantumkan: bukan calon kenaikan pangkat.",
        )
        return TalentDoc(
            "Daftar Nominatif Calon Kenaikan Pangkat",
            _subtitle(f"Periode {month_label(month)} — DRAF", _scope(db, unit_id)),
            PANGKAT_SOURCES, tuple(tables), notes,
        )  # fmt: skip


def jenjang_doc(db: sqlite_utils.Database, month: date, unit_id: int = 0) -> TalentDoc:
    """Pejabat fungsional and what they lack for the next jenjang, ready ones first."""
    with indonesian():
        rows = jenjang_candidates(db, month, unit_id)
        rows.sort(key=lambda r: (not r.verdict.eligible, r.person.nama))
        y = period_day(month).year
        body = []
        for n, row in enumerate(rows, 1):
            p, v = row.person, row.verdict
            ak = "—" if v.ak is None else f"{v.ak:.2f}"
            body.append((
                str(n), *_who(p), _jabatan(p), p.golongan,
                f"{JENJANG_NAMA[v.jenjang]} → {JENJANG_NAMA[v.next_jenjang]}",
                masa_text(v.months) if v.months is not None else "—", _pred(p.predikat[1]),
                f"{ak} / {v.ak_needed:.2f}".replace(".", ","),
                "memenuhi syarat" if v.eligible else "; ".join(v.reasons),
            ))  # fmt: skip
        table = TalentTable(
            "Pejabat fungsional menurut kesiapan kenaikan jenjang",
            ("No", "NIP", "Nama", "Jabatan / Unit", "Gol.", "Jenjang → berikutnya",
             "Masa dalam jenjang", f"Predikat {y - 1}", "AK / syarat", "Keterangan"),
            tuple(body), (3, 15.5, 15, 19, 5, 14, 9, 9, 9, 22), align=("R",),
            empty="Tidak ada pejabat fungsional di bawah jenjang tertinggi.",
        )  # fmt: skip
        notes = (
            DRAFT_NOTE,
            "Syarat lain (uji kompetensi, tersedianya kebutuhan jabatan) diperiksa di luar "
            "aplikasi.",
        )
        return TalentDoc(
            "Daftar Calon Kenaikan Jenjang Jabatan Fungsional",
            _subtitle(f"Periode {month_label(month)} — DRAF", _scope(db, unit_id)),
            JENJANG_SOURCES, (table,), notes,
        )  # fmt: skip


def pppk_doc(db: sqlite_utils.Database, month: date, unit_id: int = 0) -> TalentDoc:
    """PPPK whose contract ends within 6 months of the period (or has no end date)."""
    with indonesian():
        rows = pppk_contracts(db, month, unit_id)
        y = period_day(month).year
        body = tuple(
            (
                str(n), *_who(r.person), _jabatan(r.person), r.person.golongan,
                format_date_short(r.kontrak_selesai) if r.kontrak_selesai else "—",
                r.state.label, _pred(r.person.predikat[0]), _pred(r.person.predikat[1]),
            )
            for n, r in enumerate(rows, 1)
        )  # fmt: skip
        table = TalentTable(
            "PPPK dengan perjanjian kerja berakhir dalam 6 bulan",
            ("No", "NI PPPK", "Nama", "Jabatan / Unit", "Gol.", "Akhir kontrak", "Keadaan",
             f"Predikat {y - 2}", f"Predikat {y - 1}"),
            body, (3, 17, 16, 22, 5, 9, 12, 9, 9), align=("R",),
            empty="Tidak ada kontrak yang berakhir dalam 6 bulan.",
        )  # fmt: skip
        return TalentDoc(
            "Daftar PPPK Menjelang Akhir Perjanjian Kerja",
            _subtitle(f"Periode {month_label(month)} — DRAF", _scope(db, unit_id)),
            PPPK_SOURCES, (table,), (DRAFT_NOTE, "Perpanjangan bergantung pada kinerja dan "
                                     "kebutuhan; keputusan ada pada PPK."),
        )  # fmt: skip


def low_doc(db: sqlite_utils.Database, year: int, unit_id: int = 0) -> TalentDoc:
    """Staff with Kurang / Sangat Kurang in ``year``: a flag list, never a decision."""
    with indonesian():
        rows = low_performers(db, year, unit_id)
        body = tuple(
            (
                str(n), format_nip(r.nip), r.nama, r.golongan,
                f"{r.jabatan}\n{r.unit_nama}".strip(),
                "\n".join(period_label(x) for x in r.finding.low),
                "ya" if r.finding.berturut else "",
            )
            for n, r in enumerate(rows, 1)
        )  # fmt: skip
        table = TalentTable(
            f"Pegawai dengan predikat Kurang / Sangat Kurang tahun {year}",
            ("No", "NIP", "Nama", "Gol.", "Jabatan / Unit", "Periode dan predikat",
             "Berturut-turut"),
            body, (3, 15.5, 16, 5, 24, 20, 7), align=("R", "L", "L", "L", "L", "L", "C"),
            empty="Tidak ada predikat Kurang atau Sangat Kurang.",
        )  # fmt: skip
        notes = (
            "Bahan pembinaan, bukan keputusan: aplikasi hanya menandai.",
            "Berturut-turut: dua periode yang berurutan (TW3 → TW4, bulan ke bulan, tahunan ke "
            "tahunan berikutnya).",
            DRAFT_NOTE,
        )
        return TalentDoc(
            "Daftar Pegawai dengan Kinerja Rendah",
            _subtitle(f"Tahun {year} — bahan pembinaan, bukan keputusan", _scope(db, unit_id)),
            LOW_SOURCES, (table,), notes,
        )  # fmt: skip


def month_name(month: date) -> str:
    return f"{MONTHS_ID[month.month - 1]} {month.year}"
