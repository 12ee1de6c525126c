"""How the sync screens name things: tables, package states, conflict kinds, sizes and times.

The package format speaks in table names (``riwayat_jabatan``) and UTC timestamps
(``2026-11-23T05:34:01.790Z``); an operator reads "Riwayat jabatan" and "23 November 2026
pukul 12.34" in local time.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from desktop.core.dates import format_date_short
from desktop.core.i18n import language
from desktop.ui.formatting import format_date_long, format_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncLabels", text)


_TABLES = {
    "unit": QT_TRANSLATE_NOOP("SyncLabels", "Unit kerja"),
    "staff": QT_TRANSLATE_NOOP("SyncLabels", "Pegawai"),
    "riwayat_jabatan": QT_TRANSLATE_NOOP("SyncLabels", "Riwayat jabatan"),
    "riwayat_golongan": QT_TRANSLATE_NOOP("SyncLabels", "Riwayat golongan"),
    "riwayat_pendidikan": QT_TRANSLATE_NOOP("SyncLabels", "Riwayat pendidikan"),
    "riwayat_diklat": QT_TRANSLATE_NOOP("SyncLabels", "Riwayat diklat"),
    "riwayat_penghargaan": QT_TRANSLATE_NOOP("SyncLabels", "Riwayat penghargaan"),
    "riwayat_hukuman": QT_TRANSLATE_NOOP("SyncLabels", "Riwayat hukuman disiplin"),
    "asesmen": QT_TRANSLATE_NOOP("SyncLabels", "Hasil asesmen"),
    "riwayat_pak": QT_TRANSLATE_NOOP("SyncLabels", "Penetapan angka kredit"),
    "skp": QT_TRANSLATE_NOOP("SyncLabels", "SKP"),
    "rhk": QT_TRANSLATE_NOOP("SyncLabels", "Rencana hasil kerja (RHK)"),
    "iki": QT_TRANSLATE_NOOP("SyncLabels", "Indikator kinerja (IKI)"),
    "skp_ekspektasi": QT_TRANSLATE_NOOP("SyncLabels", "Ekspektasi pimpinan"),
    "evaluasi": QT_TRANSLATE_NOOP("SyncLabels", "Evaluasi kinerja"),
    "realisasi": QT_TRANSLATE_NOOP("SyncLabels", "Realisasi"),
    "evaluasi_perilaku": QT_TRANSLATE_NOOP("SyncLabels", "Umpan balik perilaku"),
    "capaian_organisasi": QT_TRANSLATE_NOOP("SyncLabels", "Capaian organisasi"),
    "penilaian_pp46": QT_TRANSLATE_NOOP("SyncLabels", "Penilaian lama (PP 46/2011)"),
}


def table_label(name: str) -> str:
    """``riwayat_jabatan`` → "Riwayat jabatan" (unknown tables keep their name)."""
    text = _TABLES.get(name)
    return _tr(text) if text else name


def deletions_label() -> str:
    return QCoreApplication.translate("SyncLabels", "Data yang dihapus")


# package states: the three of an import outcome, plus "superseded" of a stored package
APPLIED, HELD, REFUSED, SUPERSEDED = "applied", "held", "refused", "superseded"

_STATE_COLORS = {
    APPLIED: ("#1b5e20", "#e8f5e9"),
    HELD: ("#8a5a00", "#fff4d6"),
    REFUSED: ("#b71c1c", "#fdecea"),
    SUPERSEDED: ("#455a64", "#eceff1"),
}


def state_label(state: str) -> str:
    return {
        APPLIED: QCoreApplication.translate("SyncLabels", "diterapkan"),
        HELD: QCoreApplication.translate("SyncLabels", "ditahan"),
        REFUSED: QCoreApplication.translate("SyncLabels", "ditolak"),
        SUPERSEDED: QCoreApplication.translate("SyncLabels", "digantikan paket baru"),
    }.get(state, state)


def state_colors(state: str) -> tuple[QColor, QColor]:
    """Text and background colour of a state (the same scheme as the import preview)."""
    fg, bg = _STATE_COLORS.get(state, ("#000000", "#ffffff"))
    return QColor(fg), QColor(bg)


def conflict_label(kind: str) -> str:
    return {
        "both_changed": QCoreApplication.translate(
            "SyncLabels", "diubah di kantor dan di pusat; versi kantor dipakai"
        ),
        "deleted_corrected": QCoreApplication.translate(
            "SyncLabels", "dihapus kantor setelah dikoreksi pusat; dihapus"
        ),
        "other_office": QCoreApplication.translate("SyncLabels", "milik kantor lain; tidak diubah"),
    }.get(kind, kind)


def format_size(n: int | None) -> str:
    """``3,2 GB`` in Indonesian (decimal comma), ``3.2 GB`` in English."""
    if n is None:
        return "?"
    value, unit = float(n), "B"
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            break
        value /= 1024
    text = f"{value:.0f}" if unit in ("B", "KB") or value >= 100 else f"{value:.1f}"
    return f"{text} {unit}" if language() == "en" else f"{text.replace('.', ',')} {unit}"


def format_when(stamp: str | None, *, short: bool = False) -> str:
    """A stored UTC timestamp in local time: ``23 November 2026 pukul 12.34``, or in tables
    (``short``) ``23-11-2026 12.34``."""
    if not stamp:
        return "—"
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    clock = format_time(moment)
    if short:
        return f"{format_date_short(moment.date())} {clock}"
    day = format_date_long(moment.date())
    return (
        f"{day}, {clock}"
        if language() == "en"
        else f"{day} {QCoreApplication.translate('SyncLabels', 'pukul')} {clock}"
    )
