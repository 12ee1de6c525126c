"""Cetak Massal Unit: the options dialog, the batch in the background with a progress bar,
one file per person into a chosen folder, the people left out named afterwards, and Cancel
leaving no file and no print-log entry behind."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QPushButton

from desktop.core.models import Gender
from desktop.core.nip import format_nip
from desktop.store import staff as staff_store
from desktop.ui.reports.batch_dialog import BatchDialog
from desktop.ui.reports.batch_summary import BatchSummaryDialog
from tests.conftest import make_staff
from tests.gui.conftest import wait_window
from tests.gui.helpers import click_unit
from tests.gui.test_reports_support import (
    evaluated_people,
    logged,
    office,  # noqa: F401 - the demo office for the window fixture
    pdf_text,
    press,
    scripted,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_batch(qtbot, window, unit_id: int) -> BatchDialog:
    click_unit(qtbot, window.unit_tree, window.unit_model.index_of(unit_id))
    press(qtbot, window.unit_tree, Qt.Key.Key_M, CTRL_SHIFT)  # Cetak Massal Unit
    dialog = wait_window(qtbot, BatchDialog)
    return dialog


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_batch_of_a_unit_writes_a_file_per_person_and_names_who_was_skipped(
    qtbot, window, prompts, fresh_db, tmp_path
):
    report_prompts = scripted(window, prompts)
    person = evaluated_people(fresh_db)[0]
    newcomer = staff_store.save_staff(
        fresh_db,
        make_staff(
            nip="199805172024012001", nama="Rina Anggraini", tanggal_lahir=date(1998, 5, 17),
            tmt_cpns=date(2024, 1, 1), jenis_kelamin=Gender.P, unit_id=person.unit_id,
        ),
    )  # fmt: skip
    window.reload()
    dialog = open_batch(qtbot, window, person.unit_id)
    assert dialog.year.value() == date.today().year  # nothing chosen yet: this year
    press(qtbot, dialog.year, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.year, str(person.tahun))
    dialog.period.setCurrentIndex(dialog.period.findData("TW4"))
    click(qtbot, dialog.skp)  # SKP and Dokumen Evaluasi (checked by default)
    click(qtbot, dialog.per_person)
    folder = tmp_path / "cetak"
    folder.mkdir()
    report_prompts.folders.append(folder)
    click(qtbot, dialog.browse)
    assert dialog.output.text() == str(folder)
    with qtbot.waitSignal(window.reports.batch_finished, timeout=30_000) as finished:
        click(qtbot, dialog.print_button)
    summary = finished.args[0]
    assert isinstance(summary, BatchSummaryDialog)
    files = sorted(folder.iterdir())
    assert files and all(f.suffix == ".pdf" for f in files)
    mine = next(f for f in files if f.name.startswith(person.nip))
    text = pdf_text(mine)
    assert "SASARAN KINERJA PEGAWAI" in text and "DOKUMEN EVALUASI KINERJA PEGAWAI" in text
    assert not any(f.name.startswith(newcomer.nip) for f in files)
    skipped = summary.skipped
    rows = [[skipped.item(r, c).text() for c in range(4)] for r in range(skipped.rowCount())]
    nama = f"{newcomer.nama}, {newcomer.gelar_belakang}"
    assert [format_nip(newcomer.nip), nama, "SKP, Dokumen Evaluasi", "belum ada SKP"] in rows
    assert f"{len(files)} berkas" in summary.summary.text()
    assert logged(fresh_db) == summary.result.forms  # every form of the batch is recorded


@pytest.mark.parametrize("per_person", [False, True], ids=["one-pdf", "per-person"])
def test_cancel_mid_way_leaves_no_file_and_records_nothing(
    qtbot, window, prompts, fresh_db, tmp_path, per_person
):
    report_prompts = scripted(window, prompts)
    tahun = evaluated_people(fresh_db)[0].tahun
    root = window.unit_model.tree.roots()[0]
    dialog = open_batch(qtbot, window, root.id)
    dialog.year.setValue(tahun)
    dialog.period.setCurrentIndex(dialog.period.findData("TW4"))
    for box in (dialog.skp, dialog.evaluasi):
        click(qtbot, box)
    out = tmp_path / "keluar"
    out.mkdir()
    if per_person:
        click(qtbot, dialog.per_person)
        report_prompts.folders.append(out)
    else:
        prompts.files.append(out / "kabupaten.pdf")  # asked for with the save dialog
    with qtbot.waitSignal(window.reports.batch_started) as started:
        click(qtbot, dialog.print_button)  # no place chosen yet: the picker opens first
    task = started.args[0]
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        qtbot.waitUntil(
            lambda: task.progress.isVisible() and task.progress.value() >= 1, timeout=20_000
        )
        assert task.progress.value() < task.progress.maximum()  # mid-way
        bar = task.progress.findChild(QProgressBar).text()
        assert bar.endswith(f"dari {task.progress.maximum()} formulir")
        click(qtbot, task.progress.findChild(QPushButton))  # Batal
    assert list(out.iterdir()) == []  # no PDF, no half-written staging folder
    assert logged(fresh_db) == 0
    assert "dibatalkan" in prompts.notices[-1]
