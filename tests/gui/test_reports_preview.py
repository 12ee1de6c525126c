"""Cetak → a form of the selected employee: the year chooser when the appraisal page is not
open, the preview of the real PDF, Save as PDF and printing (into a PDF printer), and the
print log written only once a form really left the app."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.core.models import Gender
from desktop.core.nip import format_nip
from desktop.reports.verify import verify
from desktop.store import staff as staff_store
from desktop.ui.reports.period_dialog import PeriodDialog
from desktop.ui.reports.preview import PreviewDialog
from tests.conftest import make_staff
from tests.gui.conftest import wait_window
from tests.gui.helpers import click_staff
from tests.gui.test_reports_support import (
    demo_year,
    evaluated_people,
    logged,
    office,  # noqa: F401 - the demo office for the window fixture
    pdf_text,
    press,
    scripted,
    shown_message,
)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
A4_POINTS, F4_POINTS = (595, 842), (609, 935)


def choose_year(qtbot, year: int) -> PeriodDialog:
    chooser = wait_window(qtbot, PeriodDialog)
    press(qtbot, chooser.year, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(chooser.year, str(year))
    press(qtbot, chooser.year, Qt.Key.Key_Return)
    return chooser


def test_skp_preview_then_save_as_pdf_records_the_code(qtbot, window, prompts, fresh_db, tmp_path):
    person = evaluated_people(fresh_db)[0]
    click_staff(qtbot, window, person.staff_id)
    press(qtbot, window.staff_panel.table, Qt.Key.Key_P, CTRL)  # Cetak SKP
    chooser = choose_year(qtbot, person.tahun)
    assert chooser.period.isHidden()  # an SKP needs only the year
    preview = wait_window(qtbot, PreviewDialog)
    assert preview.page_count_shown() >= 1
    assert preview.heading.text() == f"Sasaran Kinerja Pegawai — {person.tahun}"
    assert format_nip(person.nip) in preview.subject.text()
    assert preview.paper.paper() == "f4"  # the demo office prints on F4
    assert logged(fresh_db) == 0  # a preview is not a print

    prompts.files.append(tmp_path / "skp-pegawai")  # typed without the extension
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "skp-pegawai.pdf"
    text = pdf_text(saved)
    assert "SASARAN KINERJA PEGAWAI" in text
    assert f"NIP. {format_nip(person.nip)}" in text
    box = PdfReader(saved).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == F4_POINTS
    code = preview.printed.code
    assert code in preview.status.text() and code in text
    assert logged(fresh_db) == 1
    assert verify(fresh_db, code).ok


def test_printing_on_a4_sends_the_pages_and_records_them(
    qtbot, window, prompts, fresh_db, tmp_path
):
    person = evaluated_people(fresh_db)[0]
    report_prompts = scripted(window, prompts)
    press(qtbot, window.staff_panel.table, Qt.Key.Key_2, CTRL)  # the appraisal page
    workspace = window.appraisal
    workspace.top.year.setValue(person.tahun)
    workspace.top.period.setCurrentIndex(workspace.top.period.findData("TW4"))
    workspace.select_staff(person.staff_id)
    press(qtbot, workspace.table.view, Qt.Key.Key_D, CTRL_SHIFT)  # Cetak Dokumen Evaluasi
    preview = wait_window(qtbot, PreviewDialog)
    assert (
        preview.heading.text() == f"Dokumen Evaluasi Kinerja Pegawai — Triwulan IV {person.tahun}"
    )
    assert preview.draft_note.isVisible()  # TW4 is rated, not yet set: prints as KONSEP

    preview.paper.setFocus()
    press(qtbot, preview.paper, Qt.Key.Key_Up)  # F4 → A4: laid out again
    qtbot.waitUntil(lambda: preview.printed.paper == "a4")
    assert "A4" in preview.paper.currentText()

    report_prompts.printer_files = [None]  # the print dialog is cancelled
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert report_prompts.print_dialogs == 1 and logged(fresh_db) == 0

    out = tmp_path / "printer.pdf"
    report_prompts.printer_files = [out]
    pages, code = preview.page_count_shown(), preview.printed.code
    with qtbot.waitSignal(preview.finished, timeout=20_000):  # closes once printed
        press(qtbot, preview, Qt.Key.Key_P, CTRL)
    printed = PdfReader(out)
    assert len(printed.pages) == pages
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
    assert logged(fresh_db) == 1
    assert code in window.statusBar().currentMessage()
    assert verify(fresh_db, code).ok


def test_an_employee_without_skp_gets_a_clear_message(qtbot, window, prompts, fresh_db):
    newcomer = staff_store.save_staff(
        fresh_db,
        make_staff(
            nip="199805172024012001", nama="Rina Anggraini", tanggal_lahir=date(1998, 5, 17),
            tmt_cpns=date(2024, 1, 1), jenis_kelamin=Gender.P,
            unit_id=evaluated_people(fresh_db)[0].unit_id,
        ),
    )  # fmt: skip
    window.reload()
    click_staff(qtbot, window, newcomer.id)
    press(qtbot, window.staff_panel.table, Qt.Key.Key_P, CTRL)
    choose_year(qtbot, demo_year(fresh_db))
    assert f"belum memiliki SKP tahun {demo_year(fresh_db)}" in shown_message(qtbot)
    assert logged(fresh_db) == 0


def test_person_actions_wait_for_a_selected_employee(qtbot, window):
    actions = window.reports.actions
    window.staff_panel.table.clearSelection()
    window.staff_panel.table.setCurrentIndex(window.staff_model.index(-1, -1))
    window.reports.menu.aboutToShow.emit()
    assert not actions.skp.isEnabled() and actions.verify.isEnabled()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("&Pegawai") < menus.index("&Cetak") < menus.index("&Tampilan")
