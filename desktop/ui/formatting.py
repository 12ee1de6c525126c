"""Numbers, dates and short labels as the screens print them, in the current language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.core.dates import format_date_id, format_date_short
from desktop.core.i18n import language
from desktop.core.models import Gender, NonaktifAlasan, StatusPegawai


def format_count(n: int) -> str:
    """``50.000`` in Indonesian, ``50,000`` in English."""
    text = f"{n:,}"
    return text if language() == "en" else text.replace(",", ".")


def format_date_long(d: date) -> str:
    """``26 September 1986`` with the month in the current language."""
    if language() == "en":
        return QLocale(QLocale.Language.English).toString(
            QDate(d.year, d.month, d.day), "d MMMM yyyy"
        )
    return format_date_id(d)


def format_date_input(d: date | None) -> str:
    """What a date field shows: ``26-09-1986`` (empty for no date)."""
    return format_date_short(d) if d else ""


def status_label(status: str) -> str:
    """``PNS``, ``CPNS``, ``PPPK``: the same in both languages."""
    return status.upper()


def status_choices() -> list[tuple[StatusPegawai, str]]:
    return [(s, status_label(s.value)) for s in StatusPegawai]


def gender_label(gender: Gender) -> str:
    if gender is Gender.L:
        return QCoreApplication.translate("Formatting", "laki-laki")
    return QCoreApplication.translate("Formatting", "perempuan")


def gender_choices() -> list[tuple[Gender, str]]:
    return [
        (Gender.L, QCoreApplication.translate("Formatting", "Laki-laki")),
        (Gender.P, QCoreApplication.translate("Formatting", "Perempuan")),
    ]


def alasan_choices() -> list[tuple[NonaktifAlasan, str]]:
    """Why a record leaves the active list, in the order offices use."""
    return [
        (NonaktifAlasan.MUTASI, QCoreApplication.translate("Formatting", "Mutasi")),
        (NonaktifAlasan.PENSIUN, QCoreApplication.translate("Formatting", "Pensiun")),
        (NonaktifAlasan.BERHENTI, QCoreApplication.translate("Formatting", "Berhenti")),
        (NonaktifAlasan.MENINGGAL, QCoreApplication.translate("Formatting", "Meninggal")),
    ]
