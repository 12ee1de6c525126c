"""The talent map printout: "PETA TALENTA (9-BOX) TAHUN Y — DRAF".

The drawn 3 × 3 grid with counts and shares, then the people per box (9 down to 1) with the
box's follow-up, then those not mapped with the reason. Built as a ``TalentDoc`` (the shared
frame: office header, draft line on every page, sources, signature) so the same data also
goes to .xlsx. Printed text is Indonesian, as on every form.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.core.appraisal import Predikat
from desktop.core.nip import format_nip
from desktop.core.talent.ninebox import BOXES, Placement, reason_detail
from desktop.reports import fonts
from desktop.reports.grid import wrap
from desktop.reports.talent_doc import TalentDoc, TalentTable
from desktop.store.units import get_unit

SOURCES = (
    "PermenPANRB Nomor 20 Tahun 2025 Pasal 17 (predikat kinerja sebagai status kinerja)",
    "Keputusan Kepala BKN Nomor 411 Tahun 2025 (peta talenta)",
    "PermenPANRB Nomor 3 Tahun 2020 tentang Manajemen Talenta ASN",
)
NOTES = (
    "Kinerja dari predikat kinerja tahunan yang telah ditetapkan: Sangat Baik = di atas "
    "ekspektasi, Baik = sesuai ekspektasi, Butuh Perbaikan/Kurang/Sangat Kurang = di bawah "
    "ekspektasi.",
    "Potensial dari hasil asesmen (JPM) terakhir yang masih berlaku.",
    "Kotak 7–9 tanpa catatan rekam jejak membentuk kelompok rencana suksesi; hukuman disiplin "
    "tingkat sedang/berat atau pelanggaran kode etik dalam dua tahun terakhir membuat pegawai "
    "tidak memenuhi rekam jejak.",
    "Hanya PNS aktif; PPPK dan CPNS tidak dipetakan. Hasil resmi peta talenta ada di sistem BKN.",
)
PREDIKAT_ID = {
    Predikat.SANGAT_BAIK: "Sangat Baik",
    Predikat.BAIK: "Baik",
    Predikat.BUTUH_PERBAIKAN: "Butuh Perbaikan",
    Predikat.KURANG: "Kurang",
    Predikat.SANGAT_KURANG: "Sangat Kurang",
}
# calm, printable tints: the follow-up's urgency, lightest where nothing is pressing
BOX_TINT = {
    1: "#f3d9d5", 2: "#f7e6cf", 3: "#f7e6cf", 4: "#f8f1d0", 5: "#f8f1d0", 6: "#f8f1d0",
    7: "#dcefd9", 8: "#dcefd9", 9: "#c9e6c3",
}  # fmt: skip
ROWS_TOP_DOWN = ((4, 7, 9), (2, 5, 8), (1, 3, 6))  # kinerja di atas / sesuai / di bawah
KINERJA_ROWS = ("Di atas ekspektasi", "Sesuai ekspektasi", "Di bawah ekspektasi")
POTENSIAL_COLUMNS = ("Rendah", "Menengah", "Tinggi")


@dataclass(frozen=True)
class MapSummary:
    """The figures under the grid."""

    counts: dict[int, int]  # box → people
    mapped: int
    unmapped: int
    rekam_jejak: int  # people (mapped or not) who do not meet the rekam jejak
    pool: int

    @classmethod
    def of(cls, placements: Sequence[Placement]) -> MapSummary:
        counts = Counter(p.box for p in placements if p.box is not None)
        return cls(
            counts={n: counts.get(n, 0) for n in range(1, 10)},
            mapped=sum(counts.values()),
            unmapped=sum(1 for p in placements if p.box is None),
            rekam_jejak=sum(1 for p in placements if p.rekam_jejak),
            pool=sum(1 for p in placements if p.in_pool),
        )

    def share(self, box: int) -> str:
        """The box's share of the mapped people, "12,5 %" (Indonesian decimal comma)."""
        if not self.mapped:
            return "0 %"
        return f"{100 * self.counts[box] / self.mapped:.1f} %".replace(".", ",")


def scope_label(db: sqlite_utils.Database, unit_id: int) -> str:
    """The unit the map covers ("Seluruh unit kerja" for the whole office)."""
    if not unit_id:
        return "Seluruh unit kerja"
    unit = get_unit(db, unit_id)
    return f"{unit.nama} (termasuk sub-unit)"


def predikat_text(value: Predikat | None) -> str:
    return PREDIKAT_ID[value] if value is not None else "—"


def jpm_text(value: float | None) -> str:
    return f"{value:.2f}".replace(".", ",") if value is not None else "—"


def rekam_jejak_text(placement: Placement) -> str:
    return placement.rekam_jejak or "Memenuhi"


def box_heading(box: int, count: int) -> str:
    name, _en, rekomendasi, _ = BOXES[box]
    return f"Kotak {box} — {name} ({count} orang). Rekomendasi: {'; '.join(rekomendasi)}."


def map_doc(placements: Sequence[Placement], year: int, scope: str) -> TalentDoc:
    """The printout's content; ``scope`` names the unit (``scope_label``)."""
    summary = MapSummary.of(placements)
    by_box: dict[int, list[Placement]] = {n: [] for n in range(1, 10)}
    for p in placements:
        if p.box is not None:
            by_box[p.box].append(p)
    tables = [_box_table(n, by_box[n], year) for n in range(9, 0, -1)]
    tables.append(_unmapped_table([p for p in placements if p.box is None], year))
    return TalentDoc(
        title=f"PETA TALENTA (9-BOX) TAHUN {year} — DRAF",
        subtitle=scope,
        sources=SOURCES,
        tables=tuple(tables),
        notes=NOTES,
        extra=(NineBoxGrid(summary), SummaryLine(summary)),
    )


_HEAD = ("No", "NIP", "Nama", "Jabatan", "Unit Kerja")
_WIDTHS = (3, 13, 17, 17, 15, 7, 7, 5, 16)
_ALIGN = ("R", "L", "L", "L", "L", "C", "C", "R", "L")
_UNMAPPED_WIDTHS = (3, 12, 15, 14, 13, 6, 6, 4, 27)


def _person(n: int, p: Placement) -> tuple[str, ...]:
    return (str(n), format_nip(p.nip), p.nama, p.jabatan, p.unit_nama)


def _box_table(box: int, people: list[Placement], year: int) -> TalentTable:
    headers = (*_HEAD, f"Predikat {year - 1}", f"Predikat {year}", "JPM", "Rekam Jejak")
    rows = tuple(
        (
            *_person(n, p),
            predikat_text(p.predikat[0]),
            predikat_text(p.predikat[1]),
            jpm_text(p.jpm),
            rekam_jejak_text(p),
        )
        for n, p in enumerate(people, 1)
    )
    return TalentTable(
        heading=box_heading(box, len(people)),
        headers=headers,
        rows=rows,
        widths=_WIDTHS,
        align=_ALIGN,
        empty="Tidak ada pegawai pada kotak ini.",
    )


def _unmapped_table(people: list[Placement], year: int) -> TalentTable:
    headers = (*_HEAD, f"Predikat {year - 1}", f"Predikat {year}", "JPM", "Alasan")
    rows = tuple(
        (
            *_person(n, p),
            predikat_text(p.predikat[0]),
            predikat_text(p.predikat[1]),
            jpm_text(p.jpm),
            reason_detail(p.reason),
        )
        for n, p in enumerate(people, 1)
    )
    return TalentTable(
        heading=f"Belum dipetakan ({len(people)} orang)",
        headers=headers,
        rows=rows,
        widths=_UNMAPPED_WIDTHS,
        align=_ALIGN,
        empty="Semua pegawai telah dipetakan.",
    )


class NineBoxGrid(Flowable):
    """The 3 × 3 grid: potensial across (rendah → tinggi), kinerja up; each cell with its
    number, count, share of the mapped people and its first follow-up."""

    CELL_W = 58 * mm
    CELL_H = 21 * mm
    LEFT = 24 * mm  # room for the kinerja labels
    BOTTOM = 11 * mm  # room for the potensial labels

    def __init__(self, summary: MapSummary) -> None:
        super().__init__()
        self.summary = summary

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.BOTTOM + 3 * self.CELL_H + 4 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x0 = (self.width - self.LEFT - 3 * self.CELL_W) / 2 + self.LEFT
        y0 = self.BOTTOM
        for row, boxes in enumerate(ROWS_TOP_DOWN):
            y = y0 + (2 - row) * self.CELL_H
            for column, box in enumerate(boxes):
                self._cell(x0 + column * self.CELL_W, y, box)
            canvas.setFillColor(colors.black)
            canvas.setFont(fonts.BOLD, 7.5)
            for n, line in enumerate(wrap(KINERJA_ROWS[row], fonts.BOLD, 7.5, self.LEFT - 4 * mm)):
                canvas.drawRightString(x0 - 2 * mm, y + self.CELL_H / 2 - n * 9 + 2, line)
        canvas.setFont(fonts.BOLD, 7.5)
        for column, label in enumerate(POTENSIAL_COLUMNS):
            canvas.drawCentredString(x0 + (column + 0.5) * self.CELL_W, y0 - 4 * mm, label)
        canvas.setFont(fonts.BOLD, 8.5)
        canvas.drawCentredString(x0 + 1.5 * self.CELL_W, y0 - 9 * mm, "POTENSIAL →")
        canvas.saveState()
        canvas.translate(x0 - self.LEFT + 3 * mm, y0 + 1.5 * self.CELL_H)
        canvas.rotate(90)
        canvas.drawCentredString(0, 0, "KINERJA →")
        canvas.restoreState()

    def _cell(self, x: float, y: float, box: int) -> None:
        canvas = self.canv
        canvas.setFillColor(colors.HexColor(BOX_TINT[box]))
        canvas.setStrokeColor(colors.Color(0.35, 0.35, 0.35))
        canvas.setLineWidth(0.8)
        canvas.rect(x, y, self.CELL_W, self.CELL_H, fill=1, stroke=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(fonts.BOLD, 13)
        canvas.drawString(x + 2.5 * mm, y + self.CELL_H - 6 * mm, str(box))
        count = self.summary.counts[box]
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawRightString(
            x + self.CELL_W - 2.5 * mm, y + self.CELL_H - 6 * mm, f"{count} orang"
        )
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.drawRightString(
            x + self.CELL_W - 2.5 * mm, y + self.CELL_H - 9.5 * mm, self.summary.share(box)
        )
        follow_up = "; ".join(BOXES[box][2])
        lines = wrap(follow_up, fonts.ITALIC, 6.5, self.CELL_W - 5 * mm)
        if len(lines) > 3:
            lines = [*lines[:2], lines[2].rstrip(";,") + " …"]
        canvas.setFont(fonts.ITALIC, 6.5)
        for n, line in enumerate(lines):
            canvas.drawString(x + 2.5 * mm, y + 8.5 * mm - n * 7.5, line)


class SummaryLine(Flowable):
    """The counts under the grid, one line."""

    def __init__(self, summary: MapSummary) -> None:
        super().__init__()
        self.summary = summary

    def text(self) -> str:
        s = self.summary
        parts = [
            f"Dipetakan: {s.mapped} orang",
            f"belum dipetakan: {s.unmapped} orang",
            f"tidak memenuhi rekam jejak: {s.rekam_jejak} orang",
            f"kelompok rencana suksesi (kotak 7–9): {s.pool} orang",
        ]
        return " · ".join(parts)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self._lines = wrap(self.text(), fonts.REGULAR, 8.5, available_width)
        self.height = len(self._lines) * 11 + 4 * mm
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFont(fonts.REGULAR, 8.5)
        for n, line in enumerate(self._lines):
            self.canv.drawCentredString(self.width / 2, self.height - 4 * mm - n * 11 + 2, line)
