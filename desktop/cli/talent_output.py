"""What every ``kinerja talent`` list command shares: ``--unit`` (the unit with its sub-units;
default: the whole office in the account's scope), ``--paper``, ``-o FILE.pdf|FILE.xlsx`` and
``--json``; the output checked before anything is read, and the document written by its suffix.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import Context
from desktop.cli.options import (
    Decorator,
    F,
    json_option,
    output_option,
    paper_option,
    unit_option,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

    from desktop.reports.talent_doc import TalentDoc

UNIT_HELP = "Kode unit (beserta sub-unitnya); bawaan: seluruh kantor."
OUTPUT_HELP = "Berkas .pdf atau .xlsx yang ditulis."


def talent_unit_option(help: str = UNIT_HELP) -> Decorator[Any]:
    """``--unit KODE`` → ``unit_kode`` (optional: the whole office)."""
    return unit_option(required=False, help=help)


def output_options(func: F) -> F:
    """``--paper``, ``-o FILE.pdf|FILE.xlsx`` and ``--json``, in that order."""
    return paper_option()(output_option(help=OUTPUT_HELP)(json_option(func)))


def check_output(out: Path) -> None:
    """Refuse an output that is neither .pdf nor .xlsx (before reading anything)."""
    from desktop.reports.talent_doc import TalentDocError

    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise TalentDocError("format", name=out.name)


def unit_id(db: Database, unit_kode: str | None) -> int:
    """The unit's id (0: the whole office); an unknown kode refuses (``NotFound``)."""
    from desktop.store.units import unit_by_kode

    return (unit_by_kode(db, unit_kode).id or 0) if unit_kode else 0


def open_scope(obj: Context, out: Path, unit_kode: str | None) -> tuple[Database, int]:
    """The output checked, then the database and the unit id (0: the whole office)."""
    check_output(out)
    db = obj.open()
    return db, unit_id(db, unit_kode)


def is_xlsx(out: Path) -> bool:
    """The spreadsheet carries more than the PDF (every row, the evidence)."""
    return out.suffix.lower() == ".xlsx"


def write_doc(db: Database, doc: TalentDoc, out: Path, paper: str | None) -> None:
    """``doc`` to ``out`` (.pdf or .xlsx); ``paper`` None: the office's setting."""
    from desktop.reports.talent_doc import save

    save(db, doc, out, paper.lower() if paper else None)
