"""Column titles and cell texts of the Suksesi tab's two tables (positions, candidates)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.core.appraisal import Predikat
from desktop.core.talent.succession import Candidate, Kesiapan, Succession

_CONTEXT = "SuccessionTab"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else "-"


def _predikat(value: Predikat | None) -> str:
    return value.label if value else "-"


KESIAPAN = 4  # the candidates' readiness column (bold when "siap sekarang")
MAX_COLUMN_PX = 280  # a long jabatan or unit name wraps no further than this


def position_titles() -> list[str]:
    return [
        _tr("Jabatan kritikal"),
        _tr("Tingkat"),
        _tr("Pemangku"),
        _tr("TMT pensiun pemangku"),
        _tr("Calon"),
        _tr("Siap sekarang"),
        _tr("Unit kerja"),
    ]


def position_row(draft: Succession) -> list[str]:
    p = draft.position
    ready = sum(1 for c in draft.candidates if c.kesiapan is Kesiapan.SEKARANG)
    return [
        p.jabatan,
        p.tingkat.label + (f" ({p.eselon})" if p.eselon else ""),
        p.holder.nama if p.holder else "—",
        _day(draft.holder_pensiun),
        str(len(draft.candidates)),
        str(ready),
        p.unit_nama,
    ]


def candidate_titles(year: int) -> list[str]:
    return [
        _tr("No"),
        _tr("Nama"),
        _tr("NIP"),
        _tr("Kotak"),
        _tr("Kesiapan"),
        _tr("Catatan"),
        _tr("Predikat %1").replace("%1", str(year - 1)),
        _tr("Predikat %1").replace("%1", str(year)),
        _tr("JPM"),
        _tr("Gol."),
        _tr("Pend."),
        _tr("Jabatan"),
        _tr("Unit kerja"),
        _tr("Alasan kesiapan"),
    ]


def candidate_row(n: int, c: Candidate) -> list[str]:
    p, t = c.person, c.talent
    return [
        str(n),
        p.nama,
        p.nip,
        str(t.box),
        c.kesiapan.label,
        "; ".join(w.text() for w in c.catatan) or "-",
        _predikat(t.predikat[0]),
        _predikat(t.predikat[1]),
        f"{t.jpm:.1f}" if t.jpm is not None else "-",
        p.golongan or "-",
        p.pendidikan or "-",
        p.jabatan,
        p.unit_nama,
        c.alasan(),
    ]
