"""Print one form from the store: load it, seal it (code, QR, print-log entry), lay it out,
and record it in the print log. What the CLI and the GUI call.

``tanggal`` (the date beside the place) is the day the record was decided: an SKP the day it
was approved, an evaluation the day it was set; dots to write by hand before that, never the
print date (a 2025 SKP printed in 2026 must not read 2026). Only the rekap, a report of the
data as it stands, is dated the day it is printed. The paper is the office's setting,
overridable per print.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import ModuleType

import sqlite_utils

from desktop.core.errors import KinerjaError
from desktop.core.i18n import pick
from desktop.reports import data, dokumen, evaluasi, rekap, skp
from desktop.reports.layout import parse_paper
from desktop.reports.model import Form, FormKind, PrintOptions
from desktop.reports.pages import Stamp, build_pdf
from desktop.reports.verification import Sealed, register, seal_all


class OutputError(KinerjaError):
    catalog = {
        "write": (
            "Berkas {path} tidak dapat ditulis: {detail}. Tidak ada yang disimpan.",
            "File {path} cannot be written: {detail}. Nothing was saved.",
        ),
    }


def save_pdf(path: Path, pdf: bytes) -> None:
    """Write to a temporary name beside ``path``, then rename: never a half-written PDF."""
    temp = path.with_name(f".{path.name}.tmp")
    try:
        temp.write_bytes(pdf)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise OutputError("write", path=str(path), detail=os_reason(exc)) from exc


def os_reason(exc: OSError) -> str:
    """Why a file could not be written, in the operator's language."""
    reasons = {
        errno.ENOENT: ("foldernya tidak ada", "the folder does not exist"),
        errno.EACCES: ("tidak ada izin menulis di sana", "no permission to write there"),
        errno.EPERM: ("tidak ada izin menulis di sana", "no permission to write there"),
        errno.ENOSPC: ("disk penuh", "the disk is full"),
        errno.EROFS: ("media hanya dapat dibaca", "the medium is read-only"),
        errno.EISDIR: ("itu sebuah folder", "it is a folder"),
    }
    texts = reasons.get(exc.errno or 0)
    return pick(*texts) if texts else (exc.strerror or str(exc))


RENDERERS: dict[FormKind, ModuleType] = {
    FormKind.SKP: skp,
    FormKind.EVALUASI: evaluasi,
    FormKind.DOKUMEN: dokumen,
    FormKind.REKAP: rekap,
}


@dataclass(frozen=True)
class Printed:
    """A rendered form: the PDF, its verification code as printed, and its page count.
    ``sealed`` is what ``register`` records once the PDF is really saved or printed."""

    pdf: bytes
    code: str
    pages: int
    kind: str
    title: str
    paper: str
    sealed: list[Sealed] = field(default_factory=list, repr=False, compare=False)


def form_date(form: Form, today: date | None = None) -> date | None:
    """The date a form is signed on (see the module's docstring)."""
    if form.kind is FormKind.REKAP:
        return today or date.today()
    if form.kind is FormKind.SKP:
        return form.disetujui_pada if form.final else None  # type: ignore[union-attr]
    return form.ditetapkan_pada if form.final else None  # type: ignore[union-attr]


def options_for(sealed: Sealed, paper: str, kota: str, today: date | None) -> PrintOptions:
    tanggal = form_date(sealed.form, today)
    return PrintOptions(paper, kota, tanggal, sealed.printed_code, sealed.qr)


def part(sealed: Sealed, options: PrintOptions) -> tuple[Stamp, list]:
    return RENDERERS[sealed.form.kind].part(sealed.form, options)


def render_sealed(
    sealed: list[Sealed],
    paper: str,
    kota: str,
    *,
    today: date | None = None,
    on_form: Callable[[int], None] | None = None,
) -> tuple[bytes, list[int]]:
    """Lay out sealed forms into one PDF; returns it and each form's page count."""
    parts = [part(s, options_for(s, paper, kota, today)) for s in sealed]
    title = (
        RENDERERS[sealed[0].form.kind].document_title(sealed[0].form)
        if len(sealed) == 1
        else ("Kinerja Luring - cetak massal")
    )
    return build_pdf(parts, paper, title=title, on_form=on_form)


def print_forms(
    db: sqlite_utils.Database,
    forms: list[Form],
    *,
    paper: str | None = None,
    today: date | None = None,
    log: bool = True,
) -> Printed:
    """Forms (already loaded) into one PDF, recorded in the print log unless ``log`` is off
    (a preview records nothing; call ``register(db, printed.sealed)`` once it is printed)."""
    office = data.office_print(db)
    paper = parse_paper(paper or office.paper)
    sealed = seal_all(db, forms, paper)
    pdf, pages = render_sealed(sealed, paper, office.kota, today=today)
    if log:
        register(db, sealed)
    first = sealed[0]
    return Printed(
        pdf,
        first.printed_code,
        sum(pages),
        first.form.kind.value,
        RENDERERS[first.form.kind].document_title(first.form),
        paper,
        sealed,
    )


def print_record(
    db: sqlite_utils.Database,
    kind: str,
    record_id: int,
    *,
    tahun: int = 0,
    periode: str = "",
    paper: str | None = None,
    today: date | None = None,
    log: bool = True,
) -> Printed:
    """One form by kind and record id: an SKP id, an evaluation id (evaluasi, dokumen) or a
    unit id (rekap, with ``tahun`` and ``periode``)."""
    form = data.load_form(db, kind, record_id, tahun, periode)
    return print_forms(db, [form], paper=paper, today=today, log=log)
