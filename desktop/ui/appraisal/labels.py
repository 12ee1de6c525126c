"""Short texts the appraisal screens show for workflow states, periods, aspek and jenis RHK.

Domain labels that core already owns (Rating, Predikat, CapaianOrganisasi, Period) come from
core and follow ``desktop.core.i18n``; the rest is translated here through Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.core.appraisal import CapaianOrganisasi, Predikat, Rating
from desktop.core.periods import Period
from desktop.core.skp import Aspek, JenisRhk
from desktop.core.workflow import EvalState, SkpState

# Literal QCoreApplication.translate("Appraisal", …) calls: lupdate files them under that
# context (a wrapper function would file them under "" and they would never translate).


def skp_status_label(state: str | None) -> str:
    if state is None:
        return QCoreApplication.translate("Appraisal", "Tanpa SKP")
    return {
        SkpState.DRAFT: QCoreApplication.translate("Appraisal", "Draf"),
        SkpState.DIAJUKAN: QCoreApplication.translate("Appraisal", "Diajukan"),
        SkpState.DISETUJUI: QCoreApplication.translate("Appraisal", "Disetujui"),
        SkpState.DIKEMBALIKAN: QCoreApplication.translate("Appraisal", "Dikembalikan"),
    }[SkpState(state)]


def eval_status_label(state: str | None) -> str:
    if state is None:
        return QCoreApplication.translate("Appraisal", "Belum ada")
    return {
        EvalState.DRAFT: QCoreApplication.translate("Appraisal", "Draf"),
        EvalState.DINILAI: QCoreApplication.translate("Appraisal", "Dinilai"),
        EvalState.DITETAPKAN: QCoreApplication.translate("Appraisal", "Ditetapkan"),
    }[EvalState(state)]


def period_label(period: Period) -> str:
    """``Triwulan I``, ``Januari``, ``Tahunan`` for the period combo."""
    if period.kind == "tahunan":
        return QCoreApplication.translate("Appraisal", "Tahunan")
    first, _, rest = period.label().partition(" ")
    return " ".join(p for p in (first.capitalize(), rest) if p)


def rating_label(value: str | None) -> str:
    return Rating(value).label if value else ""


def rating_short_label(value: str | None) -> str:
    """``Di Atas`` / ``Sesuai`` / ``Di Bawah`` for narrow table columns (full label in the
    tooltip)."""
    if not value:
        return ""
    return {
        Rating.DI_ATAS: QCoreApplication.translate("Appraisal", "Di Atas"),
        Rating.SESUAI: QCoreApplication.translate("Appraisal", "Sesuai"),
        Rating.DI_BAWAH: QCoreApplication.translate("Appraisal", "Di Bawah"),
    }[Rating(value)]


def predikat_label(value: str | None) -> str:
    return Predikat(value).label if value else ""


def rating_choices() -> list[tuple[Rating, str]]:
    return [(r, r.label) for r in Rating]


def capaian_choices() -> list[tuple[CapaianOrganisasi, str]]:
    return [(c, c.label) for c in CapaianOrganisasi]


def aspek_label(aspek: Aspek) -> str:
    return {
        Aspek.KUANTITAS: QCoreApplication.translate("Appraisal", "Kuantitas"),
        Aspek.KUALITAS: QCoreApplication.translate("Appraisal", "Kualitas"),
        Aspek.WAKTU: QCoreApplication.translate("Appraisal", "Waktu"),
        Aspek.BIAYA: QCoreApplication.translate("Appraisal", "Biaya"),
    }[Aspek(aspek)]


def jenis_label(jenis: JenisRhk) -> str:
    return (
        QCoreApplication.translate("Appraisal", "Utama")
        if JenisRhk(jenis) is JenisRhk.UTAMA
        else QCoreApplication.translate("Appraisal", "Tambahan")
    )


# Badge colours (background, text) per workflow state; readable on old LCD panels.
_STATE_COLOURS = {
    "draft": ("#e8eaed", "#3c4043"),
    "diajukan": ("#e3ecfd", "#1a4fa0"),
    "disetujui": ("#e6f4ea", "#1e6b2e"),
    "dikembalikan": ("#fdecea", "#a3261c"),
    "dinilai": ("#e3ecfd", "#1a4fa0"),
    "ditetapkan": ("#e6f4ea", "#1e6b2e"),
}

PREDIKAT_COLOURS = {
    Predikat.SANGAT_BAIK: QColor("#1e7b34"),
    Predikat.BAIK: QColor("#4b9b5a"),
    Predikat.BUTUH_PERBAIKAN: QColor("#d49a1c"),
    Predikat.KURANG: QColor("#d4661c"),
    Predikat.SANGAT_KURANG: QColor("#b3261e"),
}


def badge_style(state: str | None) -> str:
    """A stylesheet for a rounded status badge."""
    background, text = _STATE_COLOURS.get(str(state or "draft"), _STATE_COLOURS["draft"])
    return (
        f"QLabel {{ background: {background}; color: {text}; border-radius: 9px; "
        "padding: 2px 10px; font-weight: bold; }"
    )
