"""Cetak Massal on a full disk: the operator reads "disk penuh" in a message box (not the bug
dialog), and the output folder holds no PDF and no staging folder; nothing is logged."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop import paths
from desktop.ui.reports.batch_dialog import BatchDialog
from tests.gui.conftest import wait_window
from tests.gui.helpers import click_unit
from tests.gui.test_reports_support import (
    evaluated_people,
    logged,
    office,  # noqa: F401 - the demo office for the window fixture
    press,
    scripted,
    shown_message,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize("per_person", [False, True], ids=["one-pdf", "per-person"])
def test_a_full_disk_is_named_and_leaves_nothing(
    qtbot, window, prompts, fresh_db, tmp_path, monkeypatch, per_person
):
    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "data")
    out = tmp_path / "keluar"
    out.mkdir()
    real = Path.write_bytes

    def write_bytes(self: Path, data: bytes) -> int:
        if out in self.parents:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    report_prompts = scripted(window, prompts)
    person = evaluated_people(fresh_db)[0]
    click_unit(qtbot, window.unit_tree, window.unit_model.index_of(person.unit_id))
    press(qtbot, window.unit_tree, Qt.Key.Key_M, CTRL_SHIFT)  # Cetak Massal Unit
    dialog = wait_window(qtbot, BatchDialog)
    dialog.year.setValue(person.tahun)
    dialog.period.setCurrentIndex(dialog.period.findData("TW4"))
    if per_person:
        qtbot.mouseClick(dialog.per_person, Qt.MouseButton.LeftButton)
        report_prompts.folders.append(out)
    else:
        prompts.files.append(out / "unit.pdf")
    with qtbot.waitSignal(window.reports.batch_started):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert "disk penuh" in shown_message(qtbot)  # waits for the box
    assert list(out.iterdir()) == []
    assert logged(fresh_db) == 0


def test_the_gui_start_removes_a_killed_batch_s_staging_folder(isolated_app, tmp_path, monkeypatch):
    """``run_gui`` sweeps before the window opens (here the store refuses, to stop early)."""
    import desktop.app as app_module

    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "data")
    documents = tmp_path / "Dokumen"
    documents.mkdir()
    left = documents / ".kinerja-cetak-0123456789ab"
    left.mkdir()
    (left / "00001").write_bytes(b"%PDF half of someone's form")
    (left / ".kunci").touch()  # nobody holds it: its batch was killed
    (tmp_path / "data" / "sementara").mkdir(parents=True)
    (tmp_path / "data" / "sementara" / f"{left.name}.txt").write_text(str(left))
    monkeypatch.setattr(app_module, "open_main_window", lambda *args, **kwargs: None)
    assert app_module.run_gui(tmp_path / "kantor.sqlite") == 1
    assert list(documents.iterdir()) == []
