"""The options many ``kinerja`` commands share, declared once: the same flag has the same name,
type, range and help text everywhere (``--year`` is always 2000–2100, ``--paper`` always a4/f4).

Flags are plain decorators (``@json_option``); options whose ``required``, ``default`` or
``help`` vary with the command are factories (``@unit_option(required=False)``): ``--unit`` of a
batch is the unit with its sub-units, of an SKM the service unit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])
Decorator = Callable[[F], F]

PAPER = click.Choice(["a4", "f4", "A4", "F4"])
YEARS = click.IntRange(2000, 2100)
PERIOD_HELP = "Periode: TW1–TW4, B01–B12, TAHUNAN."


def json_option(func: F) -> F:
    """``--json``: the report as JSON on stdout (every reporting command takes it)."""
    return click.option("--json", "as_json", is_flag=True, help="Keluaran JSON.")(func)


def dry_run_option(func: F) -> F:
    return click.option("--dry-run", is_flag=True, help="Periksa saja; tidak ada yang ditulis.")(
        func
    )


def skip_invalid_option(func: F) -> F:
    return click.option(
        "--skip-invalid", is_flag=True, help="Impor baris yang valid walau ada baris ditolak."
    )(func)


def import_options(func: F) -> F:
    """``--dry-run`` and ``--skip-invalid``, as every spreadsheet import takes them."""
    return dry_run_option(skip_invalid_option(func))


def unit_option(
    *, required: bool = True, help: str = "Kode unit (beserta sub-unitnya)."
) -> Decorator[Any]:
    """``--unit KODE`` → ``unit_kode``."""
    return click.option(
        "--unit", "unit_kode", metavar="KODE", required=required, default=None, help=help
    )


def year_option(*, required: bool = True, help: str = "Tahun.") -> Decorator[Any]:
    """``--year Y`` → ``tahun`` (2000–2100)."""
    return click.option(
        "--year", "tahun", type=YEARS, metavar="TAHUN", required=required, default=None, help=help
    )


def period_option(
    *, required: bool = False, default: str | None = None, help: str = PERIOD_HELP
) -> Decorator[Any]:
    """``--period P`` → ``periode`` (parsed by the command: TW1, B03, 2025-S1 …)."""
    return click.option(
        "--period",
        "periode",
        metavar="PERIODE",
        required=required,
        default=default,
        show_default=default is not None,
        help=help,
    )


def paper_option(*, help: str = "Kertas (bawaan: kantor).") -> Decorator[Any]:
    """``--paper a4|f4`` → ``paper`` (None: the office's setting)."""
    return click.option("--paper", type=PAPER, default=None, help=help)


def nip_option(func: F) -> F:
    return click.option("--nip", metavar="NIP", required=True, help="NIP pegawai.")(func)


def output_option(
    *,
    help: str = "Berkas keluaran.",
    target: Literal["file", "folder", "either"] = "file",
    name: str = "out",
    required: bool = True,
) -> Decorator[Any]:
    """``-o OUT`` (long forms ``--output`` and ``--out``, so either spelling works on every
    command): a file, a folder, or either (a batch, a backup)."""
    return click.option(
        "-o",
        "--output",
        "--out",
        name,
        type=click.Path(file_okay=target != "folder", dir_okay=target != "file", path_type=Path),
        required=required,
        help=help,
    )


def file_argument(*, exists: bool = True) -> Decorator[Any]:
    """The ``FILE`` a command reads (``exists``) or writes."""
    return click.argument("file", type=click.Path(exists=exists, dir_okay=False, path_type=Path))
