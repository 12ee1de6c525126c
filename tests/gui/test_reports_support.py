"""Shared pieces of the Cetak screen tests: the demo office with its appraisal year, scripted
answers for the folder picker and the system print dialog, and a few reads of the result
(print log, PDF text). Also checks the printer's page order and resolution rules."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.demo import build_demo
from desktop.ui.main_window import MainWindow
from desktop.ui.reports.printer import page_sequence, render_dpi
from desktop.ui.reports.services import ReportPrompts
from tests.gui.conftest import ScriptedPrompts

DEMO_STAFF = 60


@pytest.fixture
def office(fresh_db):
    """The demo kabupaten: SKPs of the appraisal year, TW1–TW3 set, TW4 mostly rated."""
    return build_demo(fresh_db, staff=DEMO_STAFF, seed=3)


@dataclass(frozen=True)
class Evaluated:
    staff_id: int
    nip: str
    nama: str
    unit_id: int
    skp_id: int
    evaluasi_id: int
    tahun: int


def demo_year(db) -> int:
    return db.execute("SELECT max(tahun) FROM skp").fetchone()[0]


def evaluated_people(db, periode: str = "TW4", status: str = "dinilai") -> list[Evaluated]:
    """Active people with an SKP and an evaluation of ``periode`` in ``status``."""
    rows = db.execute(
        "SELECT s.id, s.nip, s.nama, s.unit_id, k.id, e.id, k.tahun FROM staff s "
        "JOIN skp k ON k.staff_id = s.id JOIN evaluasi e ON e.skp_id = k.id "
        "WHERE s.aktif = 1 AND e.periode = ? AND e.status = ? AND k.tahun = ? "
        "ORDER BY s.nama",
        [periode, status, demo_year(db)],
    ).fetchall()
    return [Evaluated(*row) for row in rows]


def logged(db) -> int:
    return db.execute("SELECT count(*) FROM print_log").fetchone()[0]


def pdf_text(data: bytes | Path) -> str:
    raw = data.read_bytes() if isinstance(data, Path) else data
    pages = PdfReader(io.BytesIO(raw)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


class ScriptedReportPrompts(ReportPrompts):
    """The window's scripted prompts for file names and notices; a folder list for the
    folder picker; the print dialog answered by pointing the printer at a PDF file."""

    def __init__(self, prompts: ScriptedPrompts) -> None:
        super().__init__(prompts)
        self.folders: list[Path | None] = []
        self.printer_files: list[Path | None] = []  # None: the person pressed Cancel
        self.print_dialogs = 0

    def choose_folder(self, parent, title):
        return self.folders.pop(0) if self.folders else None

    def setup_printer(self, parent, printer, pages):
        self.print_dialogs += 1
        target = self.printer_files.pop(0) if self.printer_files else None
        if target is None:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(150)  # a draft printer: keeps the test quick
        return True


def scripted(window: MainWindow, prompts: ScriptedPrompts) -> ScriptedReportPrompts:
    window.reports.prompts = ScriptedReportPrompts(prompts)
    return window.reports.prompts


def shown_message(qtbot) -> str:
    """The text of the warning box ``show_error`` opened (then closes it)."""

    def box() -> QMessageBox | None:
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        return found[-1] if found else None

    qtbot.waitUntil(lambda: box() is not None)
    found = box()
    assert found is not None
    text = found.text()
    found.done(0)
    return text


def press(qtbot, widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)


# -- the printer's rules -------------------------------------------------------------------------


def test_page_sequence_follows_the_print_dialog(qapp):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # makes no copies by itself
    assert page_sequence(printer, 3) == [0, 1, 2]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert page_sequence(printer, 3) == [1, 2]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert page_sequence(printer, 3) == [2, 1]
    printer.setPageOrder(QPrinter.PageOrder.FirstPageFirst)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert page_sequence(printer, 3) == [1, 2, 1, 2]
    printer.setCollateCopies(False)
    assert page_sequence(printer, 3) == [1, 1, 2, 2]
    printer.setCopyCount(1)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert page_sequence(printer, 3, current=2) == [2]


@pytest.mark.parametrize(("device", "rendered"), [(300, 300), (600, 600), (1200, 600), (720, 360)])
def test_pages_render_at_the_printer_resolution_divided_evenly(device, rendered):
    assert render_dpi(device) == rendered
