"""Numbers, dates, times and short labels as the screens print them, in the current language.

The one place for number and time formats (issue 12 found "1311" beside "1.494" and "06:28"
beside "06.31"): Indonesian groups thousands with a dot, writes decimals with a comma and the
clock as ``06.31``; English uses ``1,494``, ``3.5`` and ``06:31``."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.core.dates import format_date_id, format_date_short
from desktop.core.i18n import language
from desktop.core.models import Gender, NonaktifAlasan, StatusPegawai


def format_count(n: int) -> str:
    """``50.000`` in Indonesian, ``50,000`` in English."""
    text = f"{n:,}"
    return text if language() == "en" else text.replace(",", ".")


def format_decimal(value: float | Decimal, places: int = 1) -> str:
    """``3,5`` in Indonesian, ``3.5`` in English; thousands grouped as ``format_count``. A
    Decimal is rounded half up first (how SKM and angka kredit figures are published)."""
    if isinstance(value, Decimal):
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{value:,.{places}f}"
    if language() == "en":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_time(moment: datetime) -> str:
    """The clock: ``06.31`` in Indonesian (PUEBI), ``06:31`` in English."""
    return f"{moment:%H:%M}" if language() == "en" else f"{moment:%H.%M}"


def format_datetime_short(moment: datetime) -> str:
    """Tables and short notes: ``23-11-2026 06.31`` (``06:31`` in English)."""
    return f"{format_date_short(moment.date())} {format_time(moment)}"


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
