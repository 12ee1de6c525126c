"""What the installed app does at start and when printing: a ``.kinerja`` package opened from
the file manager lands in the central import; F4 forms go out on 215 × 330 mm at 100 %."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSizeF
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desktop.app import SMOKE_ENV, run_gui
from desktop.ui.reports.printer import paper_matches, prepare_printer, print_scale
from desktop.ui.sync.central_dialog import CentralImportDialog


def test_a_package_opened_from_the_file_manager_is_queued_in_the_central_import(
    isolated_app, db_path, office, tmp_path, monkeypatch, capsys
):
    package = tmp_path / "kantor-a-00001.kinerja"
    package.write_bytes(b"bukan paket")
    monkeypatch.setenv(SMOKE_ENV, "1")  # quit once the window is usable
    assert run_gui(db_path, import_file=package) == 0
    assert "KINERJA_WINDOW_READY" in capsys.readouterr().out
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CentralImportDialog)]
    assert [d.queued() for d in dialogs] == [[package]]  # the window closed when the app quit


def test_f4_is_set_as_215_by_330_mm_exactly(qapp):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Legal))  # a driver's "nearest" size
    prepare_printer(printer, "f4", "Dokumen Evaluasi")
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert (round(size.width(), 1), round(size.height(), 1)) == (215.0, 330.0)
    assert paper_matches(printer, "f4") and not paper_matches(printer, "a4")
    assert printer.fullPage()


def test_forms_print_at_100_percent_and_shrink_only_to_fit_a_smaller_sheet(qapp):
    dpi = 600
    f4_points = QSizeF(215 / 25.4 * 72, 330 / 25.4 * 72)
    a4_points = QSizeF(210 / 25.4 * 72, 297 / 25.4 * 72)
    f4_sheet = QRect(0, 0, round(215 / 25.4 * dpi), round(330 / 25.4 * dpi))
    a4_sheet = QRect(0, 0, round(210 / 25.4 * dpi), round(297 / 25.4 * dpi))
    actual = dpi / 72
    assert print_scale(f4_sheet, f4_points, dpi) == pytest.approx(actual, rel=1e-3)
    assert print_scale(f4_sheet, a4_points, dpi) == actual  # A4 form on F4 paper: not enlarged
    assert print_scale(a4_sheet, f4_points, dpi) == pytest.approx(actual * 297 / 330, rel=1e-3)
